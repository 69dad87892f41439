import AyumiModel

/// The stages' most common diagnostics, in the reader's language.
///
/// Diagnostics from the library stages carry English text and no identifier (adding one means
/// changing every stage; see docs/cli.md). The command line avoids the need where it can: it
/// checks the most frequent mistakes itself first (`Preflight`) and words them from the catalog.
/// For the rest, this table recognises a message by its sentence shape and names the catalog
/// entry that words it, with the parts it quotes (a key, a path). A message it does not know
/// keeps its English; its hints are still translated where known.
///
/// The shapes are the stages' own wording. `LanguageTests` and `BatchCommandTests` make the
/// common mistakes through the real executable in Japanese, so a stage that rewords one of
/// those shows up as a failing test; `catalogMirrorsStages` checks the catalog's English copies.
enum DiagnosticTranslation {
    static func translate(_ diagnostic: Diagnostic, to language: Language) -> Diagnostic {
        guard language != .english else { return diagnostic }
        var translated = diagnostic
        if let message = message(diagnostic.message) { translated.message = message.text(in: language) }
        translated.hints = diagnostic.hints.map { hint in self.hint(hint)?.text(in: language) ?? hint }
        return translated
    }

    /// The catalog entry for a stage's message, if its shape is known.
    static func message(_ text: String) -> Message? {
        for (pattern, make) in messageRules {
            if let parts = Pattern.match(pattern, text), let message = make(parts) { return message }
        }
        return nil
    }

    static func hint(_ text: String) -> Message? {
        for (pattern, make) in hintRules {
            if let parts = Pattern.match(pattern, text), let message = make(parts) { return message }
        }
        return nil
    }

    /// What the stages call their inputs, as the catalog names them.
    static func inputKind(_ english: String) -> Message.InputKind? {
        switch english {
        case "the data file": .dataFile
        case "the resident's answers": .answersFile
        case "the template": .template
        case "the CSV file": .csvFile
        case "the edition file": .editionFile
        case "the table of people": .peopleFile
        default: nil
        }
    }

    /// Places a stage names in "unknown key" messages, in Japanese (others are kept as written).
    static func place(_ english: String) -> String {
        switch english {
        case "the data for this template": "このテンプレートのデータ"
        case "template.yaml": "template.yaml "
        default: english.hasPrefix("`") ? english + " " : english + " "
        }
    }

    typealias Rule = (String, @Sendable ([String]) -> Message?)

    static let messageRules: [Rule] = [
        ("there is no template in `{}` (no template.yaml)", { .templateMissing($0[0]) }),
        ("{} `{}` does not exist", { parts in inputKind(parts[0]).map { .inputMissing($0, parts[1]) } }),
        ("{} `{}` is a folder, not a file", { parts in inputKind(parts[0]).map { .inputIsAFolder($0, parts[1]) } }),
        ("{} is not UTF-8 text", { parts in inputKind(parts[0]).map { .inputNotUTF8($0) } }),
        ("unknown key `{}` in {}", { .unknownKey($0[0], place: place($0[1])) }),
        ("the data has no `{}`（{}）, which this template needs", { .requiredMissing($0[0], label: $0[1]) }),
        ("the data has no `{}`, which this template needs", { .requiredMissing($0[0], label: nil) }),
        ("`{}` is empty", { .valueEmpty($0[0]) }),
        ("no font can show U+{} (a private-use character)", { .noFontCanShow("U+" + $0[0] + " " + Message.privateUseCharacter.japanese) }),
        ("no font can show U+{} (an invisible control character)", { .noFontCanShow("U+" + $0[0] + " " + Message.invisibleCharacter.japanese) }),
        ("no font can show {}", { .noFontCanShow($0[0]) }),
        ("`{}` is not a value {} can take", { .notAValue($0[0], what: $0[1]) }),
        ("the data file is empty", { _ in .dataFileEmpty }),
        ("YAML syntax: {}", { .yamlSyntax($0[0]) }),
        ("the font file of {} is missing: {}", { .fontFileMissing(name: $0[0], file: $0[1]) }),
        ("{} is not the file the manifest names (its SHA-256 differs)", { .fontChecksumDiffers($0[0]) }),
        ("no form font has {} in the value of field `{}`", { .formFontLacks(code: $0[0], field: $0[1]) }),
        ("the value of field `{}` does not fit its box even at 7 pt; the print cuts it off", { .formValueTooLong($0[0]) }),
        ("cannot read the picture `{}` as PNG or JPEG", { .pictureUnreadable($0[0]) }),
        ("the picture `{}` is cut short: the file ends before the picture does", { .pictureCutShort($0[0]) }),
        ("the picture `{}` is damaged: {}", { .pictureDamaged($0[0], reason: $0[1]) }),
        ("the picture `{}` is {} × {} pixels, more than Ayumi decodes: at most {} pixels (imagePixels), {} on a side",
         { .pictureTooLarge($0[0], width: $0[1], height: $0[2], pixels: $0[3], side: $0[4]) }),
        ("cannot make the typing font of the form: {}", { .formFontUnavailable($0[0]) }),
        ("the template has no field named `{}`", { .answersNoSuchField($0[0]) }),
        ("an invisible control character ({}) is in the text", { .controlCharacter($0[0]) }),
        ("the key {} appears more than once in this mapping", { .duplicateKey($0[0]) }),
        ("the CSV file is not UTF-8, so it was read as Shift_JIS (CP932)", { _ in .csvReadAsShiftJIS }),
        ("this version of Ayumi cannot lay out {} blocks yet", { .cannotLayOutYet($0[0]) }),
        ("{} must be a date written like `2026-04-01`, not `{}`", { .mustBeDate($0[0], value: $0[1]) }),
        ("{} must be a length such as `12pt` or `4mm`, not `{}`", { .mustBeLength($0[0], value: $0[1]) }),
        ("`upright_digits` of the style `{}` must be a whole number from 0 to 4, not `{}`",
         { .uprightDigitsOutOfRange(style: $0[0], value: $0[1]) }),
        ("cannot find the font manifest fonts/manifest.yaml", { _ in .manifestNotFound }),
        ("`{}` is outside {} (it leads to `{}`)", { .outsideReadable(what: nil, name: $0[0], roots: $0[1], leadsTo: $0[2]) }),
        ("`{}` is outside {}", { .outsideReadable(what: nil, name: $0[0], roots: $0[1], leadsTo: nil) }),
        ("the CSV file `{}` is outside {} (it leads to `{}`)",
         { .outsideReadable(what: "the CSV file", name: $0[0], roots: $0[1], leadsTo: $0[2]) }),
        ("the CSV file `{}` is outside {}", { .outsideReadable(what: "the CSV file", name: $0[0], roots: $0[1], leadsTo: nil) }),
        ("internal error: {}; please report this", { .internalError($0[0]) }),
        ("this file is {} MB, more than the {} MB Ayumi reads from one file", { .fileTooLarge(size: $0[0], limit: $0[1]) }),
        ("this file holds more than {} values once its aliases (`*name`) are expanded", { .aliasesExpandToValues($0[0]) }),
        ("this file holds more than {} MB of text once its aliases (`*name`) are expanded", { .aliasesExpandToText($0[0]) }),
        ("this `include` would read more than {} files in one build, the most Ayumi reads", { Int($0[0]).map { .tooManyIncludes($0) } }),
        ("the template makes more than {} blocks for this document, the most Ayumi makes; this block passes the limit",
         { Int($0[0]).map { .tooManyBlocks($0) } }),
        ("the document is longer than {} pages, the most Ayumi makes; this is where page {} would start",
         { parts in Int(parts[0]).flatMap { limit in Int(parts[1]).map { .tooManyPages(limit, next: $0) } } }),
        ("and {} more problems in this file, not shown (Ayumi shows the first {} of a file)",
         { parts in Int(parts[0]).flatMap { count in Int(parts[1]).map { .moreProblems(count, shown: $0) } } }),
        ("{} is {}, larger than the largest allowed, {}", { .paperSideTooLarge($0[0], value: $0[1], limit: $0[2]) }),
        ("{} is {}, but a side of the paper must be longer than 0mm", { .paperSideNotPositive($0[0], value: $0[1]) }),
    ]

    static let hintRules: [Rule] = [
        ("did you mean `{}`?", { .hintDidYouMean($0[0]) }),
        ("check the spelling of the path; it is relative to the current folder", { _ in .hintCheckPath }),
        ("give the folder of a template, such as `templates/article`", { _ in .hintTemplateExample }),
        ("save the file as UTF-8 (in Windows Notepad: 名前を付けて保存 → 文字コード UTF-8)", { _ in .hintSaveAsUTF8 }),
        ("the keys allowed here are {}", { .hintKeysAllowed($0[0]) }),
        ("use one of {}", { .hintUseOneOf($0[0]) }),
        ("`2` sets one- and two-digit numbers upright in vertical text (「9時～17時」); `0` leaves numbers to `^…^`",
         { _ in .hintUprightDigits }),
        ("add a line `{}: …` to the data file", { .hintAddDataLine($0[0]) }),
        ("write the {} here", { .hintWriteValue($0[0]) }),
        ("private-use characters (外字) show differently on every computer; write the character with a standard one, or describe it in words",
         { _ in .hintPrivateUse }),
        ("no font of the family `{}` or its fallbacks has this character; replace it, or add a font that has it to fonts/manifest.yaml",
         { .hintNoFontHas($0[0]) }),
        ("install it: apt-get install {}", { .hintInstallPackage($0[0]) }),
        ("remove the block from the template for now", { _ in .hintRemoveBlockForNow }),
        ("delete it: it cannot be printed, and it may have come from copying text out of another program", { _ in .hintDeleteControl }),
        ("keep one of them; YAML does not allow the same key twice", { _ in .hintKeepOneKey }),
        ("a font update can move line breaks; check the output, then set `sha256: {}` and the new `version` in the manifest",
         { .hintFontUpdated(sha256: $0[0]) }),
        ("write the values as `key: value` lines, such as `title: …`", { _ in .hintDataFileEmpty }),
        ("the field shows an empty box there until the resident types it again", { _ in .hintFormFontLacks }),
        ("shorten the answer, or give the field a larger box in the template", { _ in .hintFormValueTooLong }),
        ("check the file's name and folder; save the picture as PNG or JPEG", { _ in .hintPictureFormat }),
        ("copy or save the picture again from where it came from; this copy is incomplete", { _ in .hintPictureCopyAgain }),
        ("open it in an image program and save it again as PNG or JPEG", { _ in .hintPictureSaveAgain }),
        ("scale the picture down in an image program: printed across a whole A4 page at 300 dpi, 2,480 × 3,508 pixels are enough",
         { _ in .hintPictureScaleDown }),
        ("the fillable rendition types in the first regular face of the family `gothic` in the font manifest (a TrueType font such as BIZ UDGothic)",
         { _ in .hintFormFontGothic }),
        ("the template's fields are listed by `ayumi check`; remove or rename this line", { _ in .hintAnswersFields }),
        ("run ayumi inside the Ayumi folder, or give --font-manifest PATH", { _ in .hintManifest }),
        ("check that the folder exists and can be written", { _ in .hintFolderWritable }),
        ("Ayumi reads only files inside {}; copy the file there and give its name relative to {}",
         { .hintOutsideReadable(roots: $0[0], folder: $0[1]) }),
        ("write the year, month and day with hyphens: 2026-04-01", { _ in .hintDateHyphens }),
        ("units: pt, mm, cm, Q (1 Q = 0.25 mm)", { _ in .hintLengthUnits }),
        ("split it into several files (a table into several batches, a long text into several documents)", { _ in .hintSplitFile }),
        ("write the values out instead of repeating them through aliases", { _ in .hintAliasesWriteOut }),
        ("a file probably includes another (or itself) more than once, so the includes multiply; include each file once, or split the document into several templates",
         { _ in .hintIncludesMultiply }),
        ("a `repeat` over a long list (or an `include` inside one) probably makes them; shorten the list, or split the document into several",
         { _ in .hintRepeatMultiplies }),
        ("split the document into several, or check the data for text repeated many times (through YAML aliases `*name`, or a long list)",
         { _ in .hintSplitDocument }),
        ("fix the ones shown and run again; the same mistake repeated is often one cause", { _ in .hintMoreProblems }),
    ]
}

/// Matching a sentence against a shape in which `{}` stands for any text (at least one character).
enum Pattern {
    static func match(_ pattern: String, _ text: String) -> [String]? {
        let pieces = pattern.components(separatedBy: "{}")
        guard text.hasPrefix(pieces[0]) else { return nil }
        var rest = Substring(text.dropFirst(pieces[0].count))
        var parts: [String] = []
        for (index, literal) in pieces.enumerated().dropFirst() {
            let isLast = index == pieces.count - 1
            if isLast && literal.isEmpty {
                guard !rest.isEmpty else { return nil }
                parts.append(String(rest))
                rest = ""
                continue
            }
            // The last literal must end the text; earlier ones take their first occurrence after
            // at least one character of the part before them.
            let range: Range<Substring.Index>?
            if isLast {
                range = rest.hasSuffix(literal) && rest.count > literal.count ? rest.index(rest.endIndex, offsetBy: -literal.count)..<rest.endIndex : nil
            } else {
                range = rest.dropFirst().range(of: literal)
            }
            guard let range else { return nil }
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return rest.isEmpty ? parts : nil
    }
}
