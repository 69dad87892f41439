import AyumiAnswers
import AyumiQPDF
import AyumiTemplate

/// Every sentence the command line prints itself, named by a stable identifier (the case).
///
/// The wording lives in one place per language: `english` (Message+English.swift) and
/// `japanese` (Message+Japanese.swift). Both are exhaustive `switch`es, so the compiler refuses
/// a message that is missing from either. Arguments are typed values (a path, a count), never
/// pieces of English to splice.
///
/// To add a message: add a case here, then its wording to both files. To add a language: add a
/// case to `Language`, a `Message+Xxx.swift` with one more exhaustive switch, and a line in
/// `text(in:)`. docs/cli.md ("Messages and translations") says the same for translators.
enum Message: Sendable {
    // MARK: Words in diagnostics
    case errorWord, warningWord, hintWord

    // MARK: Inputs, as diagnostics name them
    /// Which input a message is about.
    enum InputKind: Sendable { case dataFile, answersFile, editionFile, peopleFile, template, csvFile, fontManifest, filledPDF }
    case inputMissing(InputKind, String)
    case inputIsAFolder(InputKind, String)
    case inputUnreadable(InputKind, String)
    case inputNotUTF8(InputKind)
    case templateMissing(String)
    case templateIsAFile(String)
    case manifestNotFound
    /// Why a manifest found by searching was not used (`ReadableFiles.Distrust`).
    enum Distrust: Sendable { case othersCanWrite(String), ownedByAnother(String) }
    case manifestUntrusted(String, Distrust)
    /// A template, data or table names a file outside the folders a build may read.
    case outsideReadable(what: String?, name: String, roots: String, leadsTo: String?)
    case cannotWrite(String, String)
    case internalError(String)
    case sourceDateEpochInvalid(String)
    case hintSourceDateEpoch
    case featureNotAvailable(String)
    case pdftoppmMissing
    // Output files and signals (docs/robustness.md, "Hardening: output files and interruptions")
    case outputNotRegularFile(String, OutputTarget.Kind)
    case outputIsAFolder(String)
    case diskFull(String)
    case stoppedBySignal, stopAsked
    case privateUseCharacter, invisibleCharacter

    // MARK: Library diagnostics, recognised by DiagnosticTranslation
    case unknownKey(String, place: String)
    case requiredMissing(String, label: String?)
    case valueEmpty(String)
    case noFontCanShow(String)
    case notAValue(String, what: String)
    case dataFileEmpty
    case yamlSyntax(String)
    case fontFileMissing(name: String, file: String)
    case fontChecksumDiffers(String)
    case formFontLacks(code: String, field: String)
    case formValueTooLong(String)
    case pictureUnreadable(String)
    case pictureCutShort(String)
    case pictureDamaged(String, reason: String)
    /// The picture's width and height, the pixel limit and the side limit, as the stage wrote them (grouped digits).
    case pictureTooLarge(String, width: String, height: String, pixels: String, side: String)
    case formFontUnavailable(String)
    case answersNoSuchField(String)
    case controlCharacter(String)
    case duplicateKey(String)
    case csvReadAsShiftJIS
    case cannotLayOutYet(String)
    case mustBeDate(String, value: String)
    case mustBeLength(String, value: String)
    case uprightDigitsOutOfRange(style: String, value: String)
    // The limits (`Limits`): each names the limit; the hint says what to split.
    case fileTooLarge(size: String, limit: String)
    case aliasesExpandToValues(String), aliasesExpandToText(String)
    case tooManyIncludes(Int)
    case tooManyBlocks(Int)
    case tooManyPages(Int, next: Int)
    case moreProblems(Int, shown: Int)
    case paperSideTooLarge(String, value: String, limit: String)
    case paperSideNotPositive(String, value: String)

    // MARK: Hints
    case hintCheckPath, hintPermissions, hintSaveAsUTF8, hintTemplateExample, hintManifest, hintFolderWritable
    case hintOutputRegularFile, hintDiskFull
    case hintOutputFileName(String)
    case hintManifestUntrusted(String)
    case hintOutsideReadable(roots: String, folder: String)
    case hintGiveTemplateFolder(String)
    case hintDidYouMean(String)
    case hintFeatureNotAvailable
    case hintInstallPoppler
    case hintInstallPackage(String)
    case hintKeysAllowed(String)
    case hintUseOneOf(String)
    case hintUprightDigits
    case hintAddDataLine(String)
    case hintWriteValue(String)
    case hintPrivateUse
    case hintNoFontHas(String)
    case hintRemoveBlockForNow
    case hintDeleteControl
    case hintKeepOneKey
    case hintFontUpdated(sha256: String)
    case hintFormFontLacks
    case hintFormValueTooLong
    case hintPictureFormat, hintPictureCopyAgain, hintPictureSaveAgain, hintPictureScaleDown
    case hintFormFontGothic
    case hintDataFileEmpty
    case hintAnswersFields
    case hintBatchColumns([String])
    case hintDateHyphens, hintLengthUnits
    case hintSplitFile, hintAliasesWriteOut, hintIncludesMultiply, hintRepeatMultiplies, hintSplitDocument, hintMoreProblems
    case hintPeopleYAML
    case hintEditionShape
    case hintEditionCannotEdit

    // MARK: Command-line usage
    case needsData, dataNeedsTemplate, quietAndVerbose, filledNeedsFill
    case fillNeedsAnswerRendition(String)
    case bleedInvalid(String)
    case pageAndPages
    case pageNumberInvalid(String)
    case pageRangeInvalid(String)
    case dpiInvalid(Int, lowest: Int, highest: Int)
    case previewNeedsPNG(String)
    case jobsInvalid(Int)
    case intervalInvalid(String)
    case yearsInvalid(String)
    case yearsNotAscending(String)
    case editionSameFile

    // MARK: Results
    case wrote(String, pages: Int)
    case wrotePreview([String])
    case pageOutOfRange(Int, pageCount: Int)
    case checkSummary(errors: Int, warnings: Int)
    case verboseManifest(String)
    case verboseStage(String, milliseconds: Int)

    // MARK: batch
    case peopleFileWhat, peopleYAMLNotAList
    case peopleYAMLItemNotAMapping(Int)
    case peopleYAMLValueShape(String)
    case batchNoPeople
    case batchNameColumnMissing(String, String)
    case batchColumnUnknown(String)
    case batchColumnUnused(String)
    case batchNothingBinds(Int)
    case batchFontNotOpened(String, String)
    /// `named`: the person's key, when `--name-column` names the files (`` `resident_no` 10234 ``).
    case batchRow(Int, column: String?, named: String? = nil)
    case batchPerson(Int, key: String?, named: String? = nil)
    /// The rows (already worded, `row 2`) whose file names collide when names come from the first column.
    case batchNamesCollide([String])
    /// The rows (worded) that share one value of the column chosen with `--name-column`.
    case batchKeyRepeated(String, rows: [String])
    case batchKeyEmpty(String)
    /// The output folder and the PDFs in it this run does not make.
    case batchStaleFiles(String, [String])
    case hintBatchNameColumn, hintBatchKeyRepeated(String), hintBatchStaleFiles
    case batchStarting(Int, jobs: Int)
    case batchProgressBar(bar: String, done: Int, total: Int, failed: Int, elapsed: String)
    case batchProgressLine(done: Int, total: Int, failed: Int)
    case batchWroteOne(String, pages: Int)
    case batchSummary(written: Int, total: Int, folder: String, seconds: String, jobs: Int)
    case batchFailedRows([String])
    case batchInterrupted(signal: String, made: Int, total: Int)

    // MARK: answers
    case answersNeedsData, answersSameFile
    case answersCannotRead(SavedFormError)
    case answersOtherTemplate(found: String, expected: String, folder: String)
    case answersNoFields
    case answersFieldsOfAnotherTemplate(unknown: Int, total: Int, template: String)
    case answersProblem(AnswersProblem)
    case answersFileHeader(String)
    case answersWrote(String, answers: Int)
    case hintAnswersTemplateFolder(String)
    case hintAnswersFillable, hintAnswersWhichTemplate

    // MARK: edition
    case editionFileWhat, editionNotAMapping, editionNoEditionGroup, editionNoFiscalYears
    case editionNotAYear(String)
    case editionNotADate(String)
    case editionYearOutOfRange(Int)
    case editionCannotEdit(String)
    case editionWrote(String, years: [String], asOf: String)
    case editionChangedHeading(Int)
    case editionReviewHeading(Int)
    case editionNextStep(String)
    case review(EditionCarryForward.ReviewItem.Reason)
    case diffSummary(changed: Int, added: Int, removed: Int)

    // MARK: fonts
    case fontsManifestHeading(String)
    case fontsFallbackPrefix
    case fontsFieldFile, fontsFieldVersion, fontsFieldPackage, fontsFieldLicence, fontsFieldChecksum
    case fontsChecksumOK, fontsChecksumDiffers
    case fontsFileMissing(String)
    case fontsFileUnreadable(String)
    case fontsAllOwn
    case fontsFallbackHeading(Int)
    case fontsMissingHeading(Int)
    case fontsCharacter(String, family: String, face: String?, place: String?, count: Int)

    // MARK: watch
    case watchStarted(String, files: Int)
    case watchChanged(String)
    case watchBuilt(time: String, files: [String], pages: Int)
    case watchFailed(time: String, errors: Int)
    case watchPreviewFailed(String)
    case watchStopped

    // MARK: Help: abstracts, discussions, option help
    case rootAbstract, rootDiscussion
    case buildAbstract, buildDiscussion
    case checkAbstract, checkDiscussion
    case previewAbstract, previewDiscussion
    case batchAbstract, batchDiscussion
    case answersAbstract, answersDiscussion
    case editionAbstract, editionDiscussion, editionNewAbstract, editionNewDiscussion, editionDiffAbstract, editionDiffDiscussion
    case fontsAbstract, fontsDiscussion
    case watchAbstract, watchDiscussion
    case groupPrintProduction, groupPreview
    case helpTemplateDirectory, helpData, helpFontManifest, helpQuiet, helpVerbose, helpRendition, helpFill
    case helpLargePrint, helpBleed, helpCropMarks, helpImposition
    case helpOutputPDF, helpOutputPNG, helpPage, helpPages, helpDPI
    case helpPeople, helpOutputFolder, helpJobs, helpNameColumn
    case helpEditionFrom, helpEditionYears, helpEditionOutput, helpDiffOld, helpDiffNew
    case helpFontsTemplate, helpWatchPreview, helpInterval
    case helpFilledPDF, helpAnswersTemplate, helpOutputAnswers

    /// The message in `language`.
    func text(in language: Language) -> String {
        switch language {
        case .english: english
        case .japanese: japanese
        }
    }
}
