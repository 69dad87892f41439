import AyumiTemplate

// 日本語の文言。診断メッセージは短い常体（「〜がありません」）、ヒントと説明は敬体で書きます。
// 利用者（市の職員、イベントの主催者）はプログラマーではないので、用語はできるだけ日常の言葉にします。

extension Message.InputKind {
    var japanese: String {
        switch self {
        case .dataFile: "データファイル"
        case .answersFile: "記入内容のファイル"
        case .editionFile: "版のファイル"
        case .peopleFile: "名簿"
        case .template: "テンプレート"
        case .csvFile: "CSV ファイル"
        case .fontManifest: "フォント一覧（マニフェスト）"
        case .filledPDF: "記入済みの PDF"
        }
    }
}

extension Message {
    var japanese: String {
        switch self {
        case .errorWord: "エラー"
        case .warningWord: "警告"
        case .hintWord: "ヒント"

        case .inputMissing(let kind, let path): "\(kind.japanese) `\(path)` がありません"
        case .inputIsAFolder(let kind, let path): "\(kind.japanese) `\(path)` はフォルダーです（ファイルを指定してください）"
        case .inputUnreadable(let kind, let path): "\(kind.japanese) `\(path)` を読めません"
        case .inputNotUTF8(let kind): "\(kind.japanese)の文字コードが UTF-8 ではありません"
        case .templateMissing(let folder): "`\(folder)` にテンプレートがありません（template.yaml がありません）"
        case .templateIsAFile(let path): "`\(path)` はファイルです。テンプレートのフォルダーを指定してください"
        case .manifestNotFound: "フォント一覧 fonts/manifest.yaml が見つかりません"
        case .manifestUntrusted(let path, .othersCanWrite(let folder)):
            "フォント一覧 `\(path)` は使いませんでした。`\(folder)` はだれでも書き込めるフォルダーなので、ほかの人が置いたものかもしれません"
        case .manifestUntrusted(let path, .ownedByAnother(let owned)):
            "フォント一覧 `\(path)` は使いませんでした。`\(owned)` はほかの利用者のものです"
        case .outsideReadable(let what, let name, let roots, let leadsTo):
            (what.map { Self.japaneseWhat($0) } ?? "") + "`\(name)` は\(Self.japaneseRoots(roots))の外にあるため、読みません"
                + (leadsTo.map { "（リンク先: `\($0)`）" } ?? "")
        case .cannotWrite(let path, let reason): "\(path) に書き込めません: \(reason)"
        case .internalError(let detail): "内部エラー: \(detail)（Ayumi の不具合です。お手数ですがご報告ください）"
        case .sourceDateEpochInvalid(let value): "SOURCE_DATE_EPOCH が `\(value)` になっています。1970年1月1日 0時（世界協定時）からの秒数を、1775001600 のような整数で書いてください"
        case .hintSourceDateEpoch: "秒数は date -d 2026-04-01 +%s で求められます。設定を消すと、PDF の日付は版の `date` になります"
        case .featureNotAvailable(let option): "\(option) は、この版の Ayumi ではまだ使えません"
        case .pdftoppmMissing: "プレビューを作れません: pdftoppm というプログラムがインストールされていません"
        case .outputNotRegularFile(let path, let kind):
            "`\(path)` は\(kind.japanese)で、ふつうのファイルではないため、書き込みません"
        case .outputIsAFolder(let path): "`\(path)` はフォルダーです。-o にはファイルの名前を指定してください"
        case .diskFull(let path): "\(path) に書き込めません: ディスクがいっぱいです"
        case .stoppedBySignal: "止めました。書きかけのファイルは消しました"
        case .stopAsked: "作っている途中の文書を仕上げてから止めます。すぐに止めるには、もう一度 Ctrl-C を押してください"
        case .privateUseCharacter: "（外字：私用領域の文字）"
        case .invisibleCharacter: "（目に見えない制御文字）"

        case .unknownKey(let key, let place): "\(place)に `\(key)` というキーはありません"
        case .requiredMissing(let key, let label):
            "データに `\(key)`\(label.map { "（\($0)）" } ?? "") がありません。このテンプレートでは必ず書く項目です"
        case .valueEmpty(let key): "`\(key)` が空です"
        case .noFontCanShow(let character): "\(character) を表示できるフォントがありません"
        case .notAValue(let word, let what): "\(what) に `\(word)` は指定できません"
        case .dataFileEmpty: "データファイルが空です"
        case .yamlSyntax(let problem): "YAML の書き方に誤りがあります（\(problem)）"
        case .fontFileMissing(let name, let file): "\(name) のフォントファイルがありません: \(file)"
        case .fontChecksumDiffers(let file): "\(file) はフォント一覧に書かれたファイルと違います（SHA-256 が一致しません）"
        case .formFontLacks(let code, let field): "記入欄 `\(field)` の値の \(code) を表示できるフォームのフォントがありません"
        case .formValueTooLong(let field): "記入欄 `\(field)` の値は 7 pt にしても枠に収まりません。印刷では切れてしまいます"
        case .pictureUnreadable(let path): "画像 `\(path)` を PNG や JPEG として読み取れません"
        case .pictureCutShort(let path): "画像 `\(path)` は途中で切れています（ファイルが最後までありません）"
        case .pictureDamaged(let path, _): "画像 `\(path)` は壊れていて、読み取れません"
        case .pictureTooLarge(let path, let width, let height, let pixels, let side):
            "画像 `\(path)` は \(width) × \(height) ピクセルあり、Ayumi が扱える大きさ（\(pixels) ピクセル、一辺 \(side) ピクセルまで。imagePixels）を超えています"
        case .formFontUnavailable(let problem): "記入用のフォントを作れません: \(problem)"
        case .answersNoSuchField(let key): "テンプレートに `\(key)` という記入欄はありません"
        case .controlCharacter(let code): "目に見えない制御文字（\(code)）が入っています"
        case .duplicateKey(let names): "キー \(names) が同じところに二度書かれています"
        case .csvReadAsShiftJIS: "CSV ファイルが UTF-8 ではないため、Shift_JIS（CP932）として読みました"
        case .cannotLayOutYet(let kind): "この版の Ayumi では、まだ \(kind) ブロックを組版できません"
        case .mustBeDate(let key, let value): "\(key) は `2026-04-01` のような日付で書いてください（`\(value)` になっています）"
        case .mustBeLength(let key, let value): "\(key) は `12pt` や `4mm` のような長さで書いてください（`\(value)` になっています）"
        case .uprightDigitsOutOfRange(let style, let value):
            "スタイル `\(style)` の `upright_digits` は 0 から 4 までの整数にしてください（`\(value)` になっています）"
        case .fileTooLarge(let size, let limit): "このファイルは \(size) MB あります。Ayumi が1つのファイルから読むのは \(limit) MB までです"
        case .aliasesExpandToValues(let count): "このファイルは、別名（`*name`）を展開すると値が上限の \(count) 個を超えます"
        case .aliasesExpandToText(let megabytes): "このファイルは、別名（`*name`）を展開すると文字が上限の \(megabytes) MB を超えます"
        case .tooManyIncludes(let limit): "この `include` で、1回の作成で読むファイルが上限の \(limit) を超えます"
        case .tooManyBlocks(let limit): "この文書でテンプレートが作るブロックが上限の \(limit) を超えます。このブロックで上限に達しました"
        case .tooManyPages(let limit, let next): "文書が上限の \(limit) ページを超えます。ここから \(next) ページ目になります"
        case .moreProblems(let count, let shown): "このファイルには、ほかに \(count) 件の問題があります（1つのファイルについて最初の \(shown) 件だけを表示しています）"
        case .paperSideTooLarge(let what, let value, let limit): "\(what) が \(value) になっています。\(limit) 以下にしてください"
        case .paperSideNotPositive(let what, let value): "\(what) が \(value) になっています。用紙の辺は 0mm より長くしてください"

        case .hintCheckPath: "パスのつづりを確かめてください。パスは今いるフォルダーから数えます"
        case .hintPermissions: "読み取る権限があるか確かめてください"
        case .hintSaveAsUTF8: "ファイルを UTF-8 で保存し直してください（Windows のメモ帳では「名前を付けて保存」→ 文字コード「UTF-8」）"
        case .hintTemplateExample: "`templates/article` のように、テンプレートのフォルダーを指定してください"
        case .hintManifest: "Ayumi のフォルダーの中で実行するか、--font-manifest でフォント一覧のパスを指定してください"
        case .hintFolderWritable: "フォルダーがあるか、書き込めるかを確かめてください"
        case .hintOutputRegularFile: "Ayumi が置き換えるのはふつうのファイルだけです。-o には新しいファイルの名前か、Ayumi が前に作ったファイルの名前を指定してください"
        case .hintDiskFull: "ディスクの空きを増やすか、別のディスクのフォルダーに書き出してから、もう一度実行してください"
        case .hintOutputFileName(let folder): "たとえば -o \(folder.hasSuffix("/") ? folder : folder + "/")note.pdf のように指定します"
        case .hintManifestUntrusted(let path): "信頼できるものなら、--font-manifest \(path) と指定してください（環境変数 AYUMI_FONT_MANIFEST でも指定できます）"
        case .hintOutsideReadable(let roots, let folder):
            "Ayumi が読むのは\(Self.japaneseRoots(roots))の中のファイルだけです。ファイルをそこにコピーして、"
                + (folder == "the current folder" ? "今いるフォルダー" : folder) + "から数えた名前で書いてください"
        case .hintGiveTemplateFolder(let folder): "template.yaml が入っているフォルダー（`\(folder)` など）を指定してください"
        case .hintDidYouMean(let word): "`\(word)` のことですか？"
        case .hintFeatureNotAvailable: "今はこのオプションを付けずに作ってください。組版の機能と一緒に使えるようになります（docs/cli.md）"
        case .hintInstallPoppler: "次のコマンドでインストールしてください: apt-get install poppler-utils"
        case .hintInstallPackage(let package): "次のコマンドでインストールしてください: apt-get install \(package)"
        case .hintKeysAllowed(let keys): "ここで使えるキー: \(keys)"
        case .hintUseOneOf(let words): "次のどれかにしてください: \(words)"
        case .hintUprightDigits:
            "`2` にすると、縦書きで1けたと2けたの数字が縦中横になります（「9時～17時」）。`0` では `^…^` で囲んだ数字だけです"
        case .hintAddDataLine(let key): "データファイルに `\(key): …` の行を書き加えてください"
        case .hintWriteValue(let label): "ここに\(label)を書いてください"
        case .hintPrivateUse: "外字はパソコンごとに違う字で表示されます。標準の文字で書くか、言葉で説明してください"
        case .hintNoFontHas(let family):
            "`\(family)` の書体にも代わりのフォントにもこの文字がありません。別の文字に置き換えるか、この文字を持つフォントを fonts/manifest.yaml に加えてください"
        case .hintRemoveBlockForNow: "今はこのブロックをテンプレートから外してください"
        case .hintDeleteControl: "この文字を消してください。印刷できない文字で、ほかのプログラムから文章をコピーしたときに紛れ込むことがあります"
        case .hintKeepOneKey: "どちらか一つを残してください。YAML では同じキーを二度書けません"
        case .hintFontUpdated(let sha256):
            "フォントが更新されると改行位置が変わることがあります。仕上がりを確かめてから、フォント一覧を `sha256: \(sha256)` と新しい `version` に書き換えてください"
        case .hintDataFileEmpty: "`title: …` のように「キー: 値」の行で書いてください"
        case .hintFormFontLacks: "住民の方が入力し直すまで、その文字は空の四角で表示されます"
        case .hintFormValueTooLong: "答えを短くするか、テンプレートで記入欄を大きくしてください"
        case .hintPictureFormat: "ファイルの名前と置き場所を確かめ、画像を PNG か JPEG で保存してください"
        case .hintPictureCopyAgain: "元の場所から画像をもう一度コピーするか、保存し直してください。このファイルは途中までしかありません"
        case .hintPictureSaveAgain: "画像ソフトで開き、PNG か JPEG で保存し直してください"
        case .hintPictureScaleDown: "画像ソフトで画像を小さくしてください。A4 の紙いっぱいに 300 dpi で印刷しても、2,480 × 3,508 ピクセルあれば足ります"
        case .hintFormFontGothic: "記入できる版では、フォント一覧の書体 `gothic` の最初の標準の太さのフォント（BIZ UDゴシックのような TrueType フォント）で入力します"
        case .hintAnswersFields: "テンプレートの記入欄は `ayumi check` で確かめられます。この行を消すか、名前を直してください"
        case .hintBatchColumns(let names): "使える列: " + names.map { "`\($0)`" }.joined(separator: "、")
        case .hintDateHyphens: "年・月・日を半角のハイフンでつないで書いてください: 2026-04-01"
        case .hintLengthUnits: "使える単位: pt、mm、cm、Q（1Q = 0.25mm）"
        case .hintSplitFile: "いくつかのファイルに分けてください（表なら何回かに分けて batch を実行し、長い文章なら文書を分けます）"
        case .hintAliasesWriteOut: "別名（*name）でくり返さず、値をそのまま書いてください"
        case .hintIncludesMultiply: "同じファイル（または自分自身）を何度も include しているため、読む回数がふくらんでいるようです。各ファイルを1回だけ include するか、テンプレートを分けてください"
        case .hintRepeatMultiplies: "長い一覧を `repeat` でくり返している（またはその中で `include` している）ためと思われます。一覧を短くするか、文書をいくつかに分けてください"
        case .hintSplitDocument: "文書をいくつかに分けてください。データの中で、同じ文章が別名（*name）や長い一覧で何度もくり返されていないかも確かめてください"
        case .hintMoreProblems: "表示された問題を直してから、もう一度実行してください。同じまちがいのくり返しは、原因が1つのことがよくあります"
        case .hintPeopleYAML: "一人ごとに `- full_name: 山田花子` のように書き、その人のほかの値を続けてください"
        case .hintEditionShape: "版のファイルは `edition: {fiscal_years: [2026, 2027], as_of: 2026-04-01, …}` のように始まります"
        case .hintEditionCannotEdit: "`fiscal_years: [2026, 2027]` のように一行で書いてから、もう一度実行してください"

        case .needsData: "--data でデータファイルを指定してください（例: --data examples/article/sample.yaml）。"
        case .dataNeedsTemplate: "--data にはテンプレートのフォルダーも必要です（例: ayumi fonts templates/article --data FILE.yaml）。"
        case .quietAndVerbose: "--quiet と --verbose は同時に指定できません。"
        case .filledNeedsFill: "記入済み（filled）を作るには記入内容が必要です。--fill RESIDENT.yaml を付けてください。"
        case .fillNeedsAnswerRendition(let rendition):
            "--fill の記入内容は記入済み（filled）と入力欄付き（fillable）にしか入りません。--rendition \(rendition) と --fill のどちらかを外してください。"
        case .bleedInvalid(let text): "'\(text)' は塗り足しの長さになりません。--bleed 3mm のように、単位を付けて 0〜20mm で指定してください。"
        case .pageAndPages: "--page と --pages は同時に指定できません。"
        case .pageNumberInvalid(let text): "'\(text)' はページ番号になりません。ページは 1 から数えます。"
        case .pageRangeInvalid(let text): "'\(text)' はページの範囲になりません。--pages 2-5 のように書いてください（3- で 3ページから最後まで）。"
        case .dpiInvalid(let dpi, let lowest, let highest): "--dpi \(dpi) は範囲外です。\(lowest)〜\(highest) で指定してください（画面で見るなら 150）。"
        case .previewNeedsPNG(let path): "プレビューは PNG 画像です。'\(path)' ではなく、.png で終わる名前を指定してください。"
        case .jobsInvalid(let jobs): "--jobs \(jobs) は指定できません。1 以上にしてください。"
        case .intervalInvalid(let text): "--interval \(text) は範囲外です。0.1〜60 秒で指定してください。"
        case .yearsInvalid(let text): "'\(text)' は年度の並びになりません。--years 2028,2029 のように書いてください。"
        case .yearsNotAscending(let text): "年度 '\(text)' は、同じ年度を二度書かず、古い順に並べてください（例: --years 2028,2029）。"
        case .editionSameFile: "新しい版は別のファイルに書いてください（-o）。元の版はそのまま残します。"

        case .wrote(let path, let pages): "\(path) を作りました（\(pages)ページ）"
        case .wrotePreview(let files):
            files.count == 1 ? "\(files[0]) を作りました" : "画像を\(files.count)枚作りました: \(files.first ?? "") … \(files.last ?? "")"
        case .pageOutOfRange(let page, let count): "この文書は\(count)ページなので、\(page)ページはありません"
        case .checkSummary(let errors, let warnings):
            errors == 0 && warnings == 0 ? "問題は見つかりませんでした" : [
                errors > 0 ? "エラー\(errors)件" : nil,
                warnings > 0 ? "警告\(warnings)件" : nil,
            ].compactMap { $0 }.joined(separator: "、")
        case .verboseManifest(let path): "フォント一覧: \(path)"
        case .verboseStage(let stage, let milliseconds): "\(stage): \(milliseconds) ms"

        case .peopleFileWhat: Message.InputKind.peopleFile.japanese
        case .peopleYAMLNotAList: "名簿は一人ごとに `- ` で始まるリストにしてください"
        case .peopleYAMLItemNotAMapping(let number): "\(number)人目は「キー: 値」の行で書いてください"
        case .peopleYAMLValueShape(let key): "`\(key)` は文字か、文字のリストにしてください"
        case .batchNoPeople: "名簿に人がいません（見出しの行だけか、空です）"
        case .batchNameColumnMissing(let column, let path): "\(path) に、ファイル名に使う列 `\(column)` がありません"
        case .batchColumnUnknown(let name): "列 `\(name)` は、このテンプレートの値にも記入欄にもありません"
        case .batchColumnUnused(let name): "列 `\(name)` は、このテンプレートの値にも記入欄にもないため使いません"
        case .batchNothingBinds(let count):
            "最初の\(count)人の文書がすべて作れないため、中止します。テンプレートか版のデータに問題があると思われます"
        case .batchFontNotOpened(let family, let weight): "この文書には、ほかの文書が使わないフォント \(family) \(weight) が必要です"
        case .batchRow(let row, let column, let named): "\(row)行目" + (named.map { "（\($0)）" } ?? "") + (column.map { "の「\($0)」列" } ?? "")
        case .batchPerson(let number, let key, let named): "\(number)人目" + (named.map { "（\($0)）" } ?? "") + (key.map { "の `\($0)`" } ?? "")
        case .batchNamesCollide(let rows):
            "\(rows.joined(separator: "、"))は同じファイル名になるため、表の中の順番（-2、-3 …）でしか区別されません。"
                + "行を削除したり並べ替えたりすると、ファイルが別の人のものになります"
        case .batchKeyRepeated(let column, let rows): "\(rows.joined(separator: "、"))は、ファイル名に使う `\(column)` が同じです"
        case .batchKeyEmpty(let column): "ファイル名に使う `\(column)` が空です"
        case .batchStaleFiles(let folder, let files):
            "\(folder) には、今回は作らない PDF が\(files.count)件あります（前に作ったものでしょうか）: " + files.joined(separator: "、")
        case .hintBatchNameColumn: "一人ひとり違う値の列（住民番号など）でファイル名を付けてください: --name-column 列名"
        case .hintBatchKeyRepeated(let column): "一人ひとりに違う `\(column)` を付けるか、--name-column で別の列を指定してください"
        case .hintBatchStaleFiles: "表にもういない人のファイルは削除してください。今回作るファイルは置き換わります"
        case .batchStarting(let count, let jobs): "\(count)件の文書を、同時に\(jobs)件ずつ作ります"
        case .batchProgressBar(let bar, let done, let total, let failed, let elapsed):
            "\(bar) \(done)/\(total)件" + (failed > 0 ? "  失敗\(failed)件" : "") + "  \(elapsed)"
        case .batchProgressLine(let done, let total, let failed):
            "進み具合: \(done)/\(total)件（\(total == 0 ? 100 : done * 100 / total)%）" + (failed > 0 ? "、失敗\(failed)件" : "")
        case .batchWroteOne(let path, let pages): "\(path) を作りました（\(pages)ページ）"
        case .batchSummary(let written, let total, let folder, let seconds, let jobs):
            "\(total)件中\(written)件の文書を \(folder) に作りました（\(seconds)秒、同時に\(jobs)件）"
        case .batchInterrupted(let signal, let made, let total): "\(signal) で止めました（\(total)件中\(made)件まで）。残りは作っていません"
        case .batchFailedRows(let rows): "作れなかったもの（理由は上のメッセージにあります）: " + rows.joined(separator: "、")

        case .editionFileWhat: Message.InputKind.editionFile.japanese
        case .editionNotAMapping: "版のファイルは「キー: 値」の行で書いてください"
        case .editionNoEditionGroup: "版のファイルに `edition:` がありません"
        case .editionNoFiscalYears: "`edition:` に `fiscal_years`（年度）がありません"
        case .editionNotAYear(let text): "`\(text)` は `2026` のような年度になっていません"
        case .editionNotADate(let text): "`as_of` は `2026-04-01` のような日付で書いてください（`\(text)` になっています）"
        case .editionYearOutOfRange(let year): "\(year)年は和暦で表せません（明治6年＝1873年より前です）"
        case .editionCannotEdit(let path): "`\(path)` をその場で書き換えられません"
        case .editionWrote(let path, let years, let asOf): "\(path) を作りました: \(years.joined(separator: "・"))年度、\(asOf) 現在"
        case .editionChangedHeading(let count): "書き換えたところ（\(count)件）:"
        case .editionReviewHeading(let count): "職員の確認が必要なところ（\(count)件）:"
        case .editionNextStep(let path): "次に: 上の項目を直してから、ayumi check TEMPLATE_DIR --data \(path) で確かめてください"
        case .review(let reason): reason.japanese
        case .diffSummary(let changed, let added, let removed):
            changed + added + removed == 0 ? "違いはありません" : "変更\(changed)件、追加\(added)件、削除\(removed)件"

        case .fontsManifestHeading(let path): "\(path) のフォント"
        case .fontsFallbackPrefix: "代わりのフォント: "
        case .fontsFieldFile: "ファイル"
        case .fontsFieldVersion: "版"
        case .fontsFieldPackage: "パッケージ"
        case .fontsFieldLicence: "ライセンス"
        case .fontsFieldChecksum: "チェックサム"
        case .fontsChecksumOK: "一覧と一致"
        case .fontsChecksumDiffers: "一覧と不一致（フォントが更新されました。改行位置が変わることがあります）"
        case .fontsFileMissing(let package): "ファイルがありません: apt-get install \(package)"
        case .fontsFileUnreadable(let package): "フォントとして読めません: apt-get install --reinstall \(package)"
        case .fontsAllOwn: "文書のすべての文字が、それぞれの書体のフォントにあります"
        case .fontsFallbackHeading(let count): "代わりのフォントで組む文字（\(count)字）:"
        case .fontsMissingHeading(let count): "どのフォントにもない文字（\(count)字）:"
        case .fontsCharacter(let character, let family, let face, let place, let count):
            "\(character)（\(family)）" + (face.map { ": \($0) を使います" } ?? ": どのフォントにもありません")
                + (place.map { "。最初は \($0)" } ?? "") + (count > 1 ? "（\(count)回）" : "")

        case .watchStarted(let folder, let files): "\(folder) とデータファイル\(files)個を見張っています。止めるには Ctrl-C を押してください"
        case .watchChanged(let path): "変更: \(path)"
        case .watchBuilt(let time, let files, let pages): "[\(time)] \(files.joined(separator: "、")) を作りました（\(pages)ページ）"
        case .watchFailed(let time, let errors): "[\(time)] エラー\(errors)件のため作れませんでした。直されるのを待っています"
        case .watchPreviewFailed(let detail): "プレビューを作れませんでした: \(detail)"
        case .watchStopped: "見張りを終えました"

        case .rootAbstract: "YAML から、エンディングノート・人生会議のリーフレット・催しのチラシを組版します。"
        case .rootDiscussion: """
            テンプレートで文書の形を一度決め、データファイルで中身を入れます。例:

              ayumi check templates/article --data examples/article/sample.yaml
              ayumi build templates/article --data examples/article/sample.yaml \\
                -o output/article.pdf

            LANG（または LC_ALL、LC_MESSAGES）が ja で始まるときは、
            メッセージが日本語になります。
            終了コード: 0 完了、1 入力の問題、2 コマンドの書き方の問題、
            3 内部エラー。くわしくは docs/cli.md を見てください。
            """
        case .answersNeedsData:
            "PDF を作ったときの版のデータを、build と同じく --data FILE.yaml で指定してください（テンプレートの記入欄を知るのに必要です）。"
        case .answersSameFile: "-o に記入済みの PDF そのものが指定されています。記入内容には別のファイル（resident.yaml など）を指定してください。"
        case .answersCannotRead(.unreadable(let kind, let position)):
            "この PDF の入力欄を読み取れません: " + {
                switch kind {
                case .damaged: "PDF ではないか、直せないほど壊れています"
                case .encrypted: "パスワードで保護されています"
                case .unsupported: "読み取れない PDF の機能を使っています"
                case .tooComplex: "入力欄の構造が実際の書式ではありえないほど深いか大きいものです"
                case .internalFailure: "PDF を読むライブラリーが失敗しました"
                }
            }() + (position.map { "（\($0)バイト目）" } ?? "")
        case .answersOtherTemplate(let found, let expected, let folder):
            "この PDF はテンプレート `\(found)` から作られたもので、`\(expected)`（\(folder)）のものではありません"
        case .answersNoFields: "この PDF には入力欄がありません（入力欄付きの PDF ではありません）"
        case .answersFieldsOfAnotherTemplate(let unknown, let total, let template):
            "この PDF の入力欄 \(total) 個のうち \(unknown) 個がテンプレート `\(template)` にありません。別のテンプレートの PDF のようです"
        case .answersProblem(let problem):
            switch problem {
            case .unknownField(let name): "入力欄 `\(name)` はテンプレートにないため、読み取りませんでした"
            case .incompleteDate(let name): "日付 `\(name)` が足りません（元号・年・月・日が必要です）。読み取りませんでした"
            case .impossibleDate(let name): "日付 `\(name)` はその元号・暦にない日付です。読み取りませんでした"
            case .unknownState(let name): "選択 `\(name)` の状態が、どの選択肢にも当たりません。読み取りませんでした"
            case .writeInBesideChoice(let name):
                "選択 `\(name)` でほかの選択肢が選ばれ、「その他」にも書き込みがあります。選ばれた選択肢を残し、書き込みは読み取りませんでした"
            }
        case .answersFileHeader(let template):
            "テンプレート \(template) の記入内容です（ayumi answers で記入済みの PDF から読み取りました）。個人の情報です。人に見せないでください。"
        case .answersWrote(let path, let count): "\(path) を作りました（回答\(count)件）"
        case .hintAnswersTemplateFolder(let folder): "--template \(folder) を指定してください"
        case .hintAnswersFillable: "--rendition fillable で作った PDF を、記入して保存したものを指定してください"
        case .hintAnswersWhichTemplate: "--template には、その PDF を作ったテンプレートのフォルダーを指定してください"
        case .answersAbstract: "記入済みの入力欄付き PDF から、記入内容のファイルを作ります。"
        case .answersDiscussion: """
            住民の方が入力欄付きの PDF に記入して保存したもの（Firefox、Chrome、Edge、
            Evince、Okular、MuPDF、Acrobat のどれでも）から入力欄を読み取り、テンプレートの
            記入欄の名前をキーにした記入内容のファイル（--fill で使えます）を作ります。
            PDF を作ったときのテンプレートと版のデータを指定してください。空の入力欄は
            書き出しません。テンプレートにない入力欄は警告で名前だけを示します。
            記入内容のファイルは、本人だけが読めるファイルとして一度に書き出します。
            メッセージに記入内容が出ることはありません。

            例:
              ayumi answers hanako-saved.pdf --template templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml -o output/hanako.yaml
            """
        case .helpFilledPDF: "記入して保存した入力欄付きの PDF。"
        case .helpAnswersTemplate: "PDF を作ったテンプレートのフォルダー（template.yaml があるフォルダー）。"
        case .helpOutputAnswers: "記入内容のファイル（YAML）を書き出す場所。"
        case .buildAbstract: "テンプレートとデータから PDF を作ります。"
        case .buildDiscussion: """
            PDF は、作成に成功したときだけ書き出します。失敗したときは
            ファイルを残さず、前にできた PDF を壊すこともありません。
            作成日を入れるには SOURCE_DATE_EPOCH を設定します。設定しなければ
            日付は入らず、同じ入力からはいつも同じバイト列の PDF ができます。

            例:
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
        case .checkAbstract: "PDF を作らずに、テンプレートとデータを点検します。"
        case .checkDiscussion: """
            テンプレート・データ・フォント一覧の問題を、ファイル名:行:桁 を
            付けてすべて示し、最後に「問題は見つかりませんでした」
            「エラー2件、警告1件」のようにまとめます。
            エラーがなければ 0（警告だけでも 0）、エラーがあれば 1 で終わります。

            例:
              ayumi check templates/article --data examples/article/sample.yaml
            """
        case .previewAbstract: "印刷の前に見られるよう、ページを PNG 画像にします。"
        case .previewDiscussion: """
            1ページなら -o の名前そのままのファイルに、複数ページなら
            ページ番号を付けた out-1.png、out-2.png … に書き出します。
            pdftoppm（Debian の poppler-utils）を使います。

            例:
              ayumi preview templates/article --data examples/article/sample.yaml \\
                -o output/article.png
              ayumi preview templates/article --data examples/article/sample.yaml \\
                --pages 2-3 --dpi 200 -o output/p.png
            """
        case .batchAbstract: "名簿（CSV または YAML）の一人ごとに、記入済みの文書を作ります。"
        case .batchDiscussion: """
            名簿の一行が一人です。テンプレートの data: の値と同じ名前の列は
            その値に（名前入りのチラシなど）、記入欄と同じ名前の列はその人の
            記入内容に（記入済みのノート）なります。複数の選択肢は、一つの
            セルに ; で区切って書きます。
            ファイル名は --name-column の列（住民番号など、一人ひとり違う値の
            列）から付けます。指定がなければ最初の列から付け、同じ名前があれば
            警告します。一人の行に誤りがあっても、行と列を示して、ほかの人の
            文書は作り続けます。前に作った PDF がフォルダーに残っていれば一覧を
            示します。作れない文書があれば終了コードは 1 です。

            例:
              ayumi batch templates/jinsei-note \\
                --data examples/jinsei-note/edition.yaml \\
                --people residents.csv -o output/notes --name-column resident_no
            """
        case .editionAbstract: "毎年の版を次の年度へ引き継ぎ、版どうしを比べます。"
        case .editionDiscussion: """
            例:
              ayumi edition new --from editions/2026.yaml --years 2028,2029 \\
                -o editions/2028.yaml
              ayumi edition diff editions/2026.yaml editions/2028.yaml
            """
        case .editionNewAbstract: "今の版のファイルから、次の版のファイルを作ります。"
        case .editionNewDiscussion: """
            edition.fiscal_years を --years の年度に、edition.as_of を
            新しい最初の年度の4月1日にします。値に書かれた和暦
            （令和8・9年度版、令和8年4月1日 …）は、テンプレートと同じ
            フィルターで計算し直します。コメントやキーの順は元のまま残します
            （ファイルの文字をその場で書き換えます）。
            最後に、職員が確かめるべきところ（連絡先、料金、法令の説明、
            版が参照するファイル、動かさなかった日付、古い年が残っている文）を
            示します。

            例:
              ayumi edition new --from editions/2026.yaml --years 2028,2029 \\
                -o editions/2028.yaml
            """
        case .editionDiffAbstract: "二つの版のファイルの違いを、キーごとに示します。"
        case .editionDiffDiscussion: """
            行の頭の ~ は変更、+ は追加、- は削除です。
            --verbose を付けると、それぞれの場所も示します。

            例:
              ayumi edition diff editions/2026.yaml editions/2028.yaml
            """
        case .fontsAbstract: "使うフォントと、代わりのフォントで組む文字・どのフォントにもない文字を示します。"
        case .fontsDiscussion: """
            テンプレートを指定しなければ、フォント一覧のすべてのフォント
            （書体、太さ、ファイル、版、Debian パッケージ、ライセンス、
            チェックサムが一致するか）を示します。
            テンプレートとデータを指定すると、その文書が使うフォントと、
            代わりのフォントで組む文字・どのフォントにもない文字を、最初に
            出てくる場所とともに示します。フォントのファイルがないときや、
            どのフォントにもない文字があるときは、終了コード 1 です。

            例:
              ayumi fonts
              ayumi fonts templates/article --data examples/article/sample.yaml
            """
        case .watchAbstract: "テンプレートやデータが変わるたびに、作り直します。"
        case .watchDiscussion: """
            テンプレートのフォルダー、データファイル、フォント一覧を
            --interval 秒ごとに見て、変わったら作り直します（--preview を
            付ければプレビューも）。問題があれば示して、見張りを続けます。
            止めるには Ctrl-C を押してください。

            例:
              ayumi watch templates/article --data examples/article/sample.yaml \\
                -o output/article.pdf --preview output/article.png
            """
        case .groupPrintProduction: "印刷用の仕上げ（組版の機能と一緒に使えるようになります）"
        case .groupPreview: "プレビュー"
        case .helpTemplateDirectory: "テンプレートのフォルダー（template.yaml が入っているもの）。"
        case .helpData: "データファイル（YAML）。複数指定でき、後のファイルが優先されます。"
        case .helpFontManifest: "フォント一覧（省略時はテンプレートの上にある fonts/manifest.yaml）。"
        case .helpQuiet: "エラーだけを表示します。"
        case .helpVerbose: "各段階で何をしたか、どれだけ時間がかかったかも表示します。"
        case .helpRendition: "blank（印刷用の冊子、既定）、fillable（入力欄付き）、filled（記入済み）。"
        case .helpFill: "記入内容のファイル（YAML）。印刷して入れるか（--rendition filled。--fill だけのときの既定）、入力欄に入れます（--rendition fillable）。"
        case .helpLargePrint: "大きな文字（本文14ポイント以上）で組み直します。"
        case .helpBleed: "背景を仕上がり線の外へ広げる長さ（塗り足し）。例: 3mm"
        case .helpCropMarks: "仕上がりの外にトンボを付けます。"
        case .helpImposition: "saddle-stitch（中綴じの面付け）または cards（一枚に複数並べる）。"
        case .helpOutputPDF: "PDF を書き出す場所。"
        case .helpOutputPNG: "画像を書き出す場所（複数ページなら 名前-1.png、名前-2.png …）。"
        case .helpPage: "このページだけを画像にします。"
        case .helpPages: "このページを画像にします。例: 2-5（3- で最後まで）"
        case .helpDPI: "解像度（画面なら 150、細部の確認なら 300）。"
        case .helpPeople: "名簿: CSV（UTF-8 または Shift_JIS）か YAML のリスト。"
        case .helpOutputFolder: "文書を書き出すフォルダー（なければ作ります）。"
        case .helpJobs: "同時に作る文書の数（既定: プロセッサのコア数）。"
        case .helpNameColumn: "ファイル名に使う列。住民番号など、一人ひとり違う値の列にします（既定: 最初の列）。"
        case .helpEditionFrom: "もとにする版のファイル。"
        case .helpEditionYears: "新しい年度。例: 2028,2029"
        case .helpEditionOutput: "新しい版を書き出す場所。"
        case .helpDiffOld: "古い版のファイル。"
        case .helpDiffNew: "新しい版のファイル。"
        case .helpFontsTemplate: "文書が使うフォントを調べるテンプレートのフォルダー（--data も必要）。"
        case .helpWatchPreview: "作り直すたびにページを PNG 画像にもします（--page、--pages、--dpi と一緒に）。"
        case .helpInterval: "変更を確かめる間隔（秒）。"
        }
    }
}

extension Message {
    /// The kinds of file `ReadableFiles` names, in Japanese (with the particle that follows).
    static func japaneseWhat(_ english: String) -> String {
        switch english {
        case "the CSV file": "CSV ファイル "
        default: english + " "
        }
    }

    private static let projectPrefix = "the folders of the template and the data files, and the project folder "

    /// The allowed folders `ReadableFiles` names, in Japanese.
    static func japaneseRoots(_ english: String) -> String {
        switch english {
        case "the template's folder": "テンプレートのフォルダー"
        case "the folders of the template and the data files": "テンプレートとデータファイルのフォルダー"
        case "the folders of the template, the data files and the table of people": "テンプレート、データファイル、名簿のフォルダー"
        default:
            english.hasPrefix(projectPrefix) ? "テンプレートとデータファイルのフォルダー、プロジェクトのフォルダー "
                + english.dropFirst(projectPrefix.count) : english
        }
    }
}

extension EditionCarryForward.ReviewItem.Reason {
    var japanese: String {
        switch self {
        case .contacts: "連絡先: 名称・電話番号・住所・受付時間を確かめてください"
        case .fees: "料金: 金額と負担する人を確かめてください"
        case .laws: "法令の説明: 前の版からの改正がないか確かめてください"
        case .publisher: "発行者: 課の名前と所在地を確かめてください"
        case .file(let name): "ファイル \(name) を参照しています: ファイルそのものを更新してください"
        case .date(let value): "日付 \(value) は動かしていません: 動かすべきなら直してください"
        case .mentionsOldYear(let mention): "まだ「\(mention)」と書かれています: 動かすべきなら直してください"
        case .commentMentionsOldYear(let comment): "コメントに古い年が残っています: \(comment)"
        case .labelNotUpdated(let label): "「\(label)」をその場で書き換えられませんでした: 手で直してください"
        case .other: "今も正しいか確かめてください"
        }
    }
}
