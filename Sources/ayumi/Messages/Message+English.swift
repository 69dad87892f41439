import AyumiTemplate

// The English wording of every message. Messages are lowercase sentences without a final
// period (compiler style); help texts are ordinary sentences.

extension Message.InputKind {
    var english: String {
        switch self {
        case .dataFile: "the data file"
        case .answersFile: "the resident's answers"
        case .editionFile: "the edition file"
        case .peopleFile: "the table of people"
        case .template: "the template"
        case .csvFile: "the CSV file"
        case .fontManifest: "the font manifest"
        case .filledPDF: "the filled PDF"
        }
    }
}

extension Message {
    var english: String {
        switch self {
        case .errorWord: "error"
        case .warningWord: "warning"
        case .hintWord: "hint"

        case .inputMissing(let kind, let path): "\(kind.english) `\(path)` does not exist"
        case .inputIsAFolder(let kind, let path): "\(kind.english) `\(path)` is a folder, not a file"
        case .inputUnreadable(let kind, let path): "cannot read \(kind.english) `\(path)`"
        case .inputNotUTF8(let kind): "\(kind.english) is not UTF-8 text"
        case .templateMissing(let folder): "there is no template in `\(folder)` (no template.yaml)"
        case .templateIsAFile(let path): "`\(path)` is a file; give the template's folder"
        case .manifestNotFound: "cannot find the font manifest fonts/manifest.yaml"
        case .manifestUntrusted(let path, .othersCanWrite(let folder)):
            "the font manifest `\(path)` was not used: everyone may write to `\(folder)`, so anyone could have put it there"
        case .manifestUntrusted(let path, .ownedByAnother(let owned)):
            "the font manifest `\(path)` was not used: `\(owned)` belongs to another user"
        case .outsideReadable(let what, let name, let roots, let leadsTo):
            (what.map { $0 + " " } ?? "") + "`\(name)` is outside \(roots)" + (leadsTo.map { " (it leads to `\($0)`)" } ?? "")
        case .cannotWrite(let path, let reason): "cannot write \(path): \(reason)"
        case .internalError(let detail): "internal error: \(detail); please report this"
        case .sourceDateEpochInvalid(let value): "SOURCE_DATE_EPOCH is `\(value)`, but it must be a whole number of seconds since 1970-01-01 00:00 UTC, such as 1775001600"
        case .hintSourceDateEpoch: "set it to a number of seconds (date -d 2026-04-01 +%s gives one), or unset it to date the PDF from the edition's `date`"
        case .featureNotAvailable(let option): "\(option) is not available in this version of Ayumi yet"
        case .pdftoppmMissing: "cannot make a preview: the program pdftoppm is not installed"
        case .outputNotRegularFile(let path, let kind):
            "will not write over `\(path)`: it is \(kind.english), not a regular file"
        case .outputIsAFolder(let path): "`\(path)` is a folder; -o needs the name of a file"
        case .diskFull(let path): "cannot write \(path): the disk is full"
        case .stoppedBySignal: "stopped; the files being written were removed"
        case .stopAsked: "stopping after the documents in progress; press Ctrl-C again to stop at once"
        case .privateUseCharacter: "(a private-use character)"
        case .invisibleCharacter: "(an invisible control character)"

        case .unknownKey(let key, let place): "unknown key `\(key)` in \(place)"
        case .requiredMissing(let key, let label): "the data has no `\(key)`\(label.map { "（\($0)）" } ?? ""), which this template needs"
        case .valueEmpty(let key): "`\(key)` is empty"
        case .noFontCanShow(let character): "no font can show \(character)"
        case .notAValue(let word, let what): "`\(word)` is not a value \(what) can take"
        case .dataFileEmpty: "the data file is empty"
        case .yamlSyntax(let problem): "YAML syntax: \(problem)"
        case .fontFileMissing(let name, let file): "the font file of \(name) is missing: \(file)"
        case .fontChecksumDiffers(let file): "\(file) is not the file the manifest names (its SHA-256 differs)"
        case .formFontLacks(let code, let field): "no form font has \(code) in the value of field `\(field)`"
        case .formValueTooLong(let field): "the value of field `\(field)` does not fit its box even at 7 pt; the print cuts it off"
        case .pictureUnreadable(let path): "cannot read the picture `\(path)` as PNG or JPEG"
        case .pictureCutShort(let path): "the picture `\(path)` is cut short: the file ends before the picture does"
        case .pictureDamaged(let path, let reason): "the picture `\(path)` is damaged: \(reason)"
        case .pictureTooLarge(let path, let width, let height, let pixels, let side):
            "the picture `\(path)` is \(width) × \(height) pixels, more than Ayumi decodes: at most \(pixels) pixels (imagePixels), \(side) on a side"
        case .formFontUnavailable(let problem): "cannot make the typing font of the form: \(problem)"
        case .answersNoSuchField(let key): "the template has no field named `\(key)`"
        case .controlCharacter(let code): "an invisible control character (\(code)) is in the text"
        case .duplicateKey(let names): "the key \(names) appears more than once in this mapping"
        case .csvReadAsShiftJIS: "the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)"
        case .cannotLayOutYet(let kind): "this version of Ayumi cannot lay out \(kind) blocks yet"
        case .mustBeDate(let key, let value): "\(key) must be a date written like `2026-04-01`, not `\(value)`"
        case .mustBeLength(let key, let value): "\(key) must be a length such as `12pt` or `4mm`, not `\(value)`"
        case .uprightDigitsOutOfRange(let style, let value):
            "`upright_digits` of the style `\(style)` must be a whole number from 0 to 4, not `\(value)`"
        case .fileTooLarge(let size, let limit): "this file is \(size) MB, more than the \(limit) MB Ayumi reads from one file"
        case .aliasesExpandToValues(let count): "this file holds more than \(count) values once its aliases (`*name`) are expanded"
        case .aliasesExpandToText(let megabytes): "this file holds more than \(megabytes) MB of text once its aliases (`*name`) are expanded"
        case .tooManyIncludes(let limit): "this `include` would read more than \(limit) files in one build, the most Ayumi reads"
        case .tooManyBlocks(let limit): "the template makes more than \(limit) blocks for this document, the most Ayumi makes; this block passes the limit"
        case .tooManyPages(let limit, let next): "the document is longer than \(limit) pages, the most Ayumi makes; this is where page \(next) would start"
        case .moreProblems(let count, let shown): "and \(count) more problems in this file, not shown (Ayumi shows the first \(shown) of a file)"
        case .paperSideTooLarge(let what, let value, let limit): "\(what) is \(value), larger than the largest allowed, \(limit)"
        case .paperSideNotPositive(let what, let value): "\(what) is \(value), but a side of the paper must be longer than 0mm"

        case .hintCheckPath: "check the spelling of the path; it is relative to the current folder"
        case .hintPermissions: "check that you may read it (its permissions)"
        case .hintSaveAsUTF8: "save the file as UTF-8 (in Windows Notepad: 名前を付けて保存 → 文字コード UTF-8)"
        case .hintTemplateExample: "give the folder of a template, such as `templates/article`"
        case .hintManifest: "run ayumi inside the Ayumi folder, or give --font-manifest PATH"
        case .hintFolderWritable: "check that the folder exists and can be written"
        case .hintOutputRegularFile: "Ayumi replaces only regular files: give -o the name of a new file, or of one Ayumi wrote before"
        case .hintDiskFull: "free some space on that disk, or write to a folder on another disk, then run the command again"
        case .hintOutputFileName(let folder): "for example -o \(folder.hasSuffix("/") ? folder : folder + "/")note.pdf"
        case .hintManifestUntrusted(let path): "if you trust it, name it: --font-manifest \(path) (or set AYUMI_FONT_MANIFEST)"
        case .hintOutsideReadable(let roots, let folder):
            "Ayumi reads only files inside \(roots); copy the file there and give its name relative to \(folder)"
        case .hintGiveTemplateFolder(let folder): "give the folder that holds template.yaml, such as `\(folder)`"
        case .hintDidYouMean(let word): "did you mean `\(word)`?"
        case .hintFeatureNotAvailable: "build without it for now; it comes with the layout work (see docs/cli.md)"
        case .hintInstallPoppler: "install it with: apt-get install poppler-utils"
        case .hintInstallPackage(let package): "install it: apt-get install \(package)"
        case .hintKeysAllowed(let keys): "the keys allowed here are \(keys)"
        case .hintUseOneOf(let words): "use one of \(words)"
        case .hintUprightDigits:
            "`2` sets one- and two-digit numbers upright in vertical text (「9時～17時」); `0` leaves numbers to `^…^`"
        case .hintAddDataLine(let key): "add a line `\(key): …` to the data file"
        case .hintWriteValue(let label): "write the \(label) here"
        case .hintPrivateUse:
            "private-use characters (外字) show differently on every computer; write the character with a standard one, or describe it in words"
        case .hintNoFontHas(let family):
            "no font of the family `\(family)` or its fallbacks has this character; replace it, or add a font that has it to fonts/manifest.yaml"
        case .hintRemoveBlockForNow: "remove the block from the template for now"
        case .hintDeleteControl: "delete it: it cannot be printed, and it may have come from copying text out of another program"
        case .hintKeepOneKey: "keep one of them; YAML does not allow the same key twice"
        case .hintFontUpdated(let sha256):
            "a font update can move line breaks; check the output, then set `sha256: \(sha256)` and the new `version` in the manifest"
        case .hintDataFileEmpty: "write the values as `key: value` lines, such as `title: …`"
        case .hintFormFontLacks: "the field shows an empty box there until the resident types it again"
        case .hintFormValueTooLong: "shorten the answer, or give the field a larger box in the template"
        case .hintPictureFormat: "check the file's name and folder; save the picture as PNG or JPEG"
        case .hintPictureCopyAgain: "copy or save the picture again from where it came from; this copy is incomplete"
        case .hintPictureSaveAgain: "open it in an image program and save it again as PNG or JPEG"
        case .hintPictureScaleDown: "scale the picture down in an image program: printed across a whole A4 page at 300 dpi, 2,480 × 3,508 pixels are enough"
        case .hintFormFontGothic: "the fillable rendition types in the first regular face of the family `gothic` in the font manifest (a TrueType font such as BIZ UDGothic)"
        case .hintAnswersFields: "the template's fields are listed by `ayumi check`; remove or rename this line"
        case .hintBatchColumns(let names): "the columns Ayumi can use are " + names.map { "`\($0)`" }.joined(separator: ", ")
        case .hintDateHyphens: "write the year, month and day with hyphens: 2026-04-01"
        case .hintLengthUnits: "units: pt, mm, cm, Q (1 Q = 0.25 mm)"
        case .hintSplitFile: "split it into several files (a table into several batches, a long text into several documents)"
        case .hintAliasesWriteOut: "write the values out instead of repeating them through aliases"
        case .hintIncludesMultiply: "a file probably includes another (or itself) more than once, so the includes multiply; include each file once, or split the document into several templates"
        case .hintRepeatMultiplies: "a `repeat` over a long list (or an `include` inside one) probably makes them; shorten the list, or split the document into several"
        case .hintSplitDocument: "split the document into several, or check the data for text repeated many times (through YAML aliases `*name`, or a long list)"
        case .hintMoreProblems: "fix the ones shown and run again; the same mistake repeated is often one cause"
        case .hintPeopleYAML: "write one item per person: `- full_name: 山田花子` followed by that person's other values"
        case .hintEditionShape: "an edition starts `edition: {fiscal_years: [2026, 2027], as_of: 2026-04-01, …}`"
        case .hintEditionCannotEdit: "write the value on one line, such as `fiscal_years: [2026, 2027]`, and run this again"

        case .needsData: "Give the data with --data FILE.yaml (for example --data examples/article/sample.yaml)."
        case .dataNeedsTemplate: "--data needs the template's folder too, such as: ayumi fonts templates/article --data FILE.yaml"
        case .quietAndVerbose: "Choose --quiet or --verbose, not both."
        case .filledNeedsFill: "The filled rendition needs the resident's answers: add --fill RESIDENT.yaml."
        case .fillNeedsAnswerRendition(let rendition):
            "--fill gives a resident's answers, which only the filled and fillable renditions hold; drop --rendition \(rendition) or --fill."
        case .bleedInvalid(let text): "'\(text)' is not a bleed: give a length with its unit from 0 to 20mm, such as --bleed 3mm."
        case .pageAndPages: "Give --page N or --pages A-B, not both."
        case .pageNumberInvalid(let text): "'\(text)' is not a page number: pages count from 1."
        case .pageRangeInvalid(let text): "'\(text)' is not a page range: write it like --pages 2-5 (or 3- for page 3 to the end)."
        case .dpiInvalid(let dpi, let lowest, let highest): "--dpi \(dpi) is out of range: give \(lowest) to \(highest) (150 is good on screen)."
        case .previewNeedsPNG(let path): "A preview is a PNG picture: give a name ending in .png, not '\(path)'."
        case .jobsInvalid(let jobs): "--jobs \(jobs) is not a number of jobs: give 1 or more."
        case .intervalInvalid(let text): "--interval \(text) is out of range: give 0.1 to 60 seconds."
        case .yearsInvalid(let text): "'\(text)' is not a list of fiscal years: write them like --years 2028,2029."
        case .yearsNotAscending(let text): "The fiscal years '\(text)' must each be given once, earliest first, such as --years 2028,2029."
        case .editionSameFile: "Write the new edition to a new file (-o), so the old edition stays as it was."

        case .wrote(let path, let pages): "wrote \(path) (\(pages) \(pages == 1 ? "page" : "pages"))"
        case .wrotePreview(let files):
            files.count == 1 ? "wrote \(files[0])" : "wrote \(files.count) pictures: \(files.first ?? "") … \(files.last ?? "")"
        case .pageOutOfRange(let page, let count): "the document has \(count) \(count == 1 ? "page" : "pages"), so there is no page \(page)"
        case .checkSummary(let errors, let warnings):
            errors == 0 && warnings == 0 ? "no problems found" : [
                errors > 0 ? "\(errors) \(errors == 1 ? "error" : "errors")" : nil,
                warnings > 0 ? "\(warnings) \(warnings == 1 ? "warning" : "warnings")" : nil,
            ].compactMap { $0 }.joined(separator: ", ")
        case .verboseManifest(let path): "font manifest: \(path)"
        case .verboseStage(let stage, let milliseconds): "\(stage): \(milliseconds) ms"

        case .peopleFileWhat: Message.InputKind.peopleFile.english
        case .peopleYAMLNotAList: "the table of people must be a list, one `- ` item per person"
        case .peopleYAMLItemNotAMapping(let number): "person \(number) must be `key: value` lines"
        case .peopleYAMLValueShape(let key): "`\(key)` must be a text or a list of texts"
        case .batchNoPeople: "the table has no people: only a header, or nothing at all"
        case .batchNameColumnMissing(let column, let path): "\(path) has no column `\(column)` to name the files by"
        case .batchColumnUnknown(let name): "the column `\(name)` is not a value or field of this template"
        case .batchColumnUnused(let name): "the column `\(name)` is not a value or field of this template, so it is not used"
        case .batchNothingBinds(let count):
            "the first \(count) \(count == 1 ? "person's document fails" : "people's documents all fail"); stopping, since the template or the edition data is probably at fault"
        case .batchFontNotOpened(let family, let weight): "this document needs the font \(family) \(weight), which the others did not"
        case .batchRow(let row, let column, let named): "row \(row)" + (named.map { " (\($0))" } ?? "") + (column.map { ", column `\($0)`" } ?? "")
        case .batchPerson(let number, let key, let named): "person \(number)" + (named.map { " (\($0))" } ?? "") + (key.map { ", `\($0)`" } ?? "")
        case .batchNamesCollide(let rows):
            "\(rows.joined(separator: ", ")) give the same file name, so their files differ only by their order in the table (-2, -3 …): "
                + "if a row is removed or moved, a file goes to another person"
        case .batchKeyRepeated(let column, let rows): "\(rows.joined(separator: ", ")) have the same `\(column)`, which names the files"
        case .batchKeyEmpty(let column): "`\(column)`, which names the files, is empty"
        case .batchStaleFiles(let folder, let files):
            "\(folder) already holds \(files.count) \(files.count == 1 ? "PDF" : "PDFs") this run does not make (from an earlier run?): "
                + files.joined(separator: ", ")
        case .hintBatchNameColumn: "name the files by a column that is different for every person, such as a resident number: --name-column COLUMN"
        case .hintBatchKeyRepeated(let column): "give every person their own `\(column)`, or name the files by another column with --name-column"
        case .hintBatchStaleFiles: "remove those that belong to no one in the table any more; the files this run makes are replaced"
        case .batchStarting(let count, let jobs): "making \(count) documents, \(jobs) at a time"
        case .batchProgressBar(let bar, let done, let total, let failed, let elapsed):
            "\(bar) \(done)/\(total)" + (failed > 0 ? "  \(failed) failed" : "") + "  \(elapsed)"
        case .batchProgressLine(let done, let total, let failed):
            "progress: \(done)/\(total) (\(total == 0 ? 100 : done * 100 / total)%)" + (failed > 0 ? ", \(failed) failed" : "")
        case .batchWroteOne(let path, let pages): "wrote \(path) (\(pages) \(pages == 1 ? "page" : "pages"))"
        case .batchSummary(let written, let total, let folder, let seconds, let jobs):
            "wrote \(written) of \(total) \(total == 1 ? "document" : "documents") to \(folder) in \(seconds) s (\(jobs) at a time)"
        case .batchInterrupted(let signal, let made, let total): "stopped by \(signal) after \(made) of \(total); the rest were not made"
        case .batchFailedRows(let rows): "failed (see the messages above): " + rows.joined(separator: "; ")

        case .editionFileWhat: Message.InputKind.editionFile.english
        case .editionNotAMapping: "the edition file must be `key: value` lines"
        case .editionNoEditionGroup: "the edition file has no `edition:` group"
        case .editionNoFiscalYears: "`edition:` has no `fiscal_years`"
        case .editionNotAYear(let text): "`\(text)` is not a fiscal year such as `2026`"
        case .editionNotADate(let text): "`as_of` must be a date such as `2026-04-01`, not `\(text)`"
        case .editionYearOutOfRange(let year): "\(year) is too early to name in 和暦 (the filters start in 1873)"
        case .editionCannotEdit(let path): "cannot rewrite `\(path)` in place"
        case .editionWrote(let path, let years, let asOf): "wrote \(path): fiscal years \(years.joined(separator: ", ")), as of \(asOf)"
        case .editionChangedHeading(let count): "changed (\(count)):"
        case .editionReviewHeading(let count): "still to review by hand (\(count)):"
        case .editionNextStep(let path): "next: edit what is listed above, then check it with ayumi check TEMPLATE_DIR --data \(path)"
        case .review(let reason): reason.english
        case .diffSummary(let changed, let added, let removed):
            changed + added + removed == 0 ? "no differences" : "\(changed) changed, \(added) added, \(removed) removed"

        case .fontsManifestHeading(let path): "fonts of \(path)"
        case .fontsFallbackPrefix: "fallback: "
        case .fontsFieldFile: "file"
        case .fontsFieldVersion: "version"
        case .fontsFieldPackage: "package"
        case .fontsFieldLicence: "licence"
        case .fontsFieldChecksum: "checksum"
        case .fontsChecksumOK: "matches the manifest"
        case .fontsChecksumDiffers: "differs from the manifest (the font was updated; lines may break differently)"
        case .fontsFileMissing(let package): "the file is missing: apt-get install \(package)"
        case .fontsFileUnreadable(let package): "the file cannot be read as a font: apt-get install --reinstall \(package)"
        case .fontsAllOwn: "every character of the document is in its family's own font"
        case .fontsFallbackHeading(let count): "characters set in a fallback font (\(count)):"
        case .fontsMissingHeading(let count): "characters no font has (\(count)):"
        case .fontsCharacter(let character, let family, let face, let place, let count):
            "\(character) in \(family)" + (face.map { ": from \($0)" } ?? ": no font has it")
                + (place.map { ", first at \($0)" } ?? "") + (count > 1 ? " (\(count) times)" : "")

        case .watchStarted(let folder, let files):
            "watching \(folder) and \(files) data \(files == 1 ? "file" : "files"); press Ctrl-C to stop"
        case .watchChanged(let path): "changed: \(path)"
        case .watchBuilt(let time, let files, let pages): "[\(time)] wrote \(files.joined(separator: ", ")) (\(pages) \(pages == 1 ? "page" : "pages"))"
        case .watchFailed(let time, let errors): "[\(time)] not built: \(errors) \(errors == 1 ? "error" : "errors"); waiting for changes"
        case .watchPreviewFailed(let detail): "the preview failed: \(detail)"
        case .watchStopped: "stopped watching"

        case .rootAbstract: "Typeset Japanese ending notes, ACP leaflets and event flyers from YAML."
        case .rootDiscussion: """
            A template describes a document once; data files fill it. Example:

              ayumi check templates/article --data examples/article/sample.yaml
              ayumi build templates/article --data examples/article/sample.yaml \\
                -o output/article.pdf

            Messages are in Japanese when LANG (or LC_ALL, LC_MESSAGES) starts with ja.
            Exit status: 0 done, 1 a problem with the input, 2 a problem with the
            command line, 3 an internal error. docs/cli.md describes every command.
            """
        case .answersNeedsData:
            "Give the edition data the PDF was built with, as for build: --data FILE.yaml (the template needs it to know its fields)."
        case .answersSameFile: "-o names the filled PDF itself: give another file for the answers, such as resident.yaml."
        case .answersCannotRead(.unreadable(let kind, let position)):
            "cannot read the fields of this PDF: " + {
                switch kind {
                case .damaged: "it is not a PDF, or it is damaged beyond repair"
                case .encrypted: "it is protected by a password"
                case .unsupported: "it uses a PDF feature that cannot be read"
                case .tooComplex: "its form is deeper or larger than any real form"
                case .internalFailure: "the PDF library failed"
                }
            }() + (position.map { " (at byte \($0))" } ?? "")
        case .answersOtherTemplate(let found, let expected, let folder):
            "this PDF was made from the template `\(found)`, not from `\(expected)` (\(folder))"
        case .answersNoFields: "this PDF has no form fields: it is not a fillable PDF"
        case .answersFieldsOfAnotherTemplate(let unknown, let total, let template):
            "\(unknown) of this PDF's \(total) fields are not fields of the template `\(template)`: it seems to be another template's PDF"
        case .answersProblem(let problem):
            switch problem {
            case .unknownField(let name): "the field `\(name)` is not one of the template's; it was left out"
            case .incompleteDate(let name): "the date `\(name)` is incomplete (era, year, month and day are needed); it was left out"
            case .impossibleDate(let name): "the date `\(name)` does not exist in its era or calendar; it was left out"
            case .unknownState(let name): "the choice `\(name)` is in a state that stands for none of its options; it was left out"
            case .writeInBesideChoice(let name):
                "the choice `\(name)` has another option chosen and text written in 「その他」; the chosen option was kept, the text left out"
            }
        case .answersFileHeader(let template):
            "A resident's answers to the template \(template), read from a filled PDF by `ayumi answers`. Personal data: keep it private."
        case .answersWrote(let path, let count): "wrote \(path) (\(count) \(count == 1 ? "answer" : "answers"))"
        case .hintAnswersTemplateFolder(let folder): "give --template \(folder)"
        case .hintAnswersFillable: "give a PDF built with --rendition fillable, as the resident saved it"
        case .hintAnswersWhichTemplate: "give --template the folder of the template the PDF was built from"
        case .answersAbstract: "Read the answers of a filled fillable PDF into an answers file."
        case .answersDiscussion: """
            Reads the form fields of a fillable PDF as a resident filled and saved it (in
            Firefox, Chrome, Edge, Evince, Okular, MuPDF or Acrobat) and writes the answers
            with the template's own keys, ready for --fill. Give the template and the
            edition data the PDF was built with. Fields left empty are left out; fields the
            template does not know are named in a warning. The answers file is written
            atomically, readable by you alone; no message shows a value from it.

            Example:
              ayumi answers hanako-saved.pdf --template templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml -o output/hanako.yaml
            """
        case .helpFilledPDF: "The fillable PDF, filled in and saved by a viewer."
        case .helpAnswersTemplate: "The template's folder the PDF was built from (the one holding template.yaml)."
        case .helpOutputAnswers: "Where to write the answers file (YAML)."
        case .buildAbstract: "Build a PDF from a template and its data."
        case .buildDiscussion: """
            The PDF is written only when the build succeeds: a failed build leaves no
            file and never replaces a good one. Set SOURCE_DATE_EPOCH to stamp a
            creation date; without it the PDF carries none, so the same input always
            gives the same bytes.

            Examples:
              ayumi build templates/article --data examples/article/sample.yaml \\
                -o output/article.pdf
              ayumi build templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml \\
                --fill examples/jinsei-note/residents/morikawa-hanako.yaml -o output/hanako.pdf
              ayumi build templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml --rendition fillable \\
                --fill examples/jinsei-note/residents/morikawa-hanako.yaml \\
                -o output/hanako-fillable.pdf
            """
        case .checkAbstract: "Check a template and its data without making a PDF."
        case .checkDiscussion: """
            Reports every problem in the template, the data and the font manifest, with
            file:line:column, then a summary such as "no problems found" or "2 errors, 1
            warning". Exits with 0 when there is no error (warnings alone still give 0),
            1 otherwise.

            Example:
              ayumi check templates/article --data examples/article/sample.yaml
            """
        case .previewAbstract: "Draw pages as PNG pictures, to look at before printing."
        case .previewDiscussion: """
            One page gives exactly the file named by -o; several give one file per page,
            numbered by page: out-1.png, out-2.png … Needs pdftoppm (Debian:
            poppler-utils).

            Examples:
              ayumi preview templates/article --data examples/article/sample.yaml \\
                -o output/article.png
              ayumi preview templates/article --data examples/article/sample.yaml \\
                --pages 2-3 --dpi 200 -o output/p.png
            """
        case .batchAbstract: "Make one filled document per person of a table (CSV or YAML)."
        case .batchDiscussion: """
            Each row of the table is one person. A column named like a value of the
            template's data: fills that value (a personalised flyer); a column named
            like a field is the person's answer (the filled note). Several choices go in
            one cell, split by ; Files are named by --name-column, a key such as a
            resident number that each person has their own of (without it, by the
            first column, with a warning when names repeat). A person's bad row is
            reported by row and column and never stops the others. PDFs left in the
            folder by an earlier run are listed. Exit status 1 when any document
            failed.

            Example:
              ayumi batch templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml \\
                --people residents.csv -o output/notes --name-column resident_no
            """
        case .editionAbstract: "Carry the yearly edition forward, and compare editions."
        case .editionDiscussion: """
            Examples:
              ayumi edition new --from editions/2026.yaml --years 2028,2029 \\
                -o editions/2028.yaml
              ayumi edition diff editions/2026.yaml editions/2028.yaml
            """
        case .editionNewAbstract: "Make next edition's data file from this one."
        case .editionNewDiscussion: """
            Sets edition.fiscal_years to --years, moves edition.as_of to April 1st of
            the first new fiscal year, and rewrites 和暦 labels written in values
            (令和8・9年度版, 令和8年4月1日 …) with the template filters. Comments and key order are
            kept: the file's text is edited in place. Then lists what staff must still
            review: contacts, fees, law notes, files the edition names, dates not moved,
            and text that still mentions an old year.

            Example:
              ayumi edition new --from editions/2026.yaml --years 2028,2029 \\
                -o editions/2028.yaml
            """
        case .editionDiffAbstract: "Show what changed between two edition files, key by key."
        case .editionDiffDiscussion: """
            Lines start with ~ (changed), + (added) or - (removed); --verbose adds where
            each is.

            Example:
              ayumi edition diff editions/2026.yaml editions/2028.yaml
            """
        case .fontsAbstract: "List the fonts in use and the characters that need a fallback font or have none."
        case .fontsDiscussion: """
            Without a template, lists every font of the manifest: family, weight, file,
            version, Debian package, licence and whether the file matches the manifest's
            checksum. With a template and its data, lists the fonts the document uses,
            and each character that comes from a fallback font or from no font, with
            where it first appears. Exit status 1 when a font file is missing or a
            character has no font.

            Examples:
              ayumi fonts
              ayumi fonts templates/article --data examples/article/sample.yaml
            """
        case .watchAbstract: "Build again whenever the template or the data change."
        case .watchDiscussion: """
            Looks at the template's folder, the data files and the font manifest every
            --interval seconds, and builds (and draws the preview, with --preview) after
            each change. Problems are printed and the watch goes on. Press Ctrl-C to
            stop.

            Example:
              ayumi watch templates/article --data examples/article/sample.yaml \\
                -o output/article.pdf --preview output/article.png
            """
        case .groupPrintProduction: "Print production (coming with the layout work)"
        case .groupPreview: "Preview"
        case .helpTemplateDirectory: "The template's folder (it holds template.yaml)."
        case .helpData: "A data file (YAML); repeat for more, later files win."
        case .helpFontManifest: "The font manifest (default: fonts/manifest.yaml above the template)."
        case .helpQuiet: "Print only errors."
        case .helpVerbose: "Also say what each stage did and how long it took."
        case .helpRendition: "blank (the printed booklet, default), fillable (form fields) or filled (a resident's answers)."
        case .helpFill: "A resident's answers (YAML): printed in (--rendition filled, the default with --fill) or put in the fields (--rendition fillable)."
        case .helpLargePrint: "Reflow at a larger size (body 14pt or more)."
        case .helpBleed: "Extend backgrounds past the trim edge by this length, such as 3mm."
        case .helpCropMarks: "Draw crop marks (トンボ) outside the trim."
        case .helpImposition: "saddle-stitch (booklet order) or cards (several to a sheet)."
        case .helpOutputPDF: "Where to write the PDF."
        case .helpOutputPNG: "Where to write the picture (several pages: name-1.png, name-2.png …)."
        case .helpPage: "Draw only this page."
        case .helpPages: "Draw these pages, such as 2-5 (or 3- to the end)."
        case .helpDPI: "Dots per inch (150 for the screen, 300 to check details)."
        case .helpPeople: "The table of people: CSV (UTF-8 or Shift_JIS) or a YAML list."
        case .helpOutputFolder: "The folder to write the documents into (made if missing)."
        case .helpJobs: "How many documents to make at once (default: the number of processor cores)."
        case .helpNameColumn: "The column that names each file: a key such as a resident number, different for every person (default: the first column)."
        case .helpEditionFrom: "The edition to start from."
        case .helpEditionYears: "The new fiscal years, such as 2028,2029."
        case .helpEditionOutput: "Where to write the new edition."
        case .helpDiffOld: "The older edition."
        case .helpDiffNew: "The newer edition."
        case .helpFontsTemplate: "A template's folder, to list the fonts its document uses (needs --data)."
        case .helpWatchPreview: "Also draw pages as PNG after each build (with --page, --pages, --dpi)."
        case .helpInterval: "How often to look for changes, in seconds."
        }
    }
}

extension EditionCarryForward.ReviewItem.Reason {
    var english: String {
        switch self {
        case .contacts: "contacts: check names, phone numbers, addresses and opening hours"
        case .fees: "fees: check amounts and who pays"
        case .laws: "law notes: check for revisions since the last edition"
        case .publisher: "publisher: check the section's name and address"
        case .file(let name): "names the file \(name): update the file itself"
        case .date(let value): "the date \(value) was not moved: change it if it should"
        case .mentionsOldYear(let mention): "still mentions \(mention): change it if it should move"
        case .commentMentionsOldYear(let comment): "a comment mentions an old year: \(comment)"
        case .labelNotUpdated(let label): "\(label) could not be rewritten in place: change it by hand"
        case .other: "check that it is still right"
        }
    }
}
