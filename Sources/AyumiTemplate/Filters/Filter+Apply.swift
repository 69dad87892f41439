import AyumiModel

extension Filter {
    /// What one filter made of its value.
    enum Outcome {
        case value(FilterValue)
        /// The data left the value out (and no `default` has filled it yet).
        case missing
        /// The value could not be converted; a diagnostic says why.
        case failed
    }

    /// Applies this filter to `value`, which belongs to `subject` (the placeholder's path, for
    /// messages). Text the filter makes up itself (a default) is located at `origin`, where the
    /// template writes it.
    ///
    /// A missing value passes through every filter but `default`. Messages name the subject and
    /// the rule, never the value itself: the caret shows it, and a resident's birth date does
    /// not belong in a log.
    func apply(to value: FilterValue?, subject: String, origin: SourceLocation,
               diagnostics: inout Diagnostics) -> Outcome {
        if case .defaultValue(let text) = self {
            guard let value, !value.isEmpty else { return .value(.text(text, at: origin)) }
            return .value(value)
        }
        guard let value else { return .missing }
        switch self {
        case .fiscalYears(let suffix):
            return fiscalYears(value, suffix: suffix, subject: subject, diagnostics: &diagnostics)
        default:
            guard case .text(let text) = value.content else {
                diagnostics.append(.error(at: value.location, "`\(subject)` is a list, but `\(name)` needs a single value",
                                          hints: ["name one item of the list, or use a filter made for lists such as `fiscal_years`"]))
                return .failed
            }
            guard let converted = convert(text, at: value.location, subject: subject, diagnostics: &diagnostics)
            else { return .failed }
            return .value(.text(converted, at: value.location))
        }
    }

    /// The filters that take one text and give one text.
    private func convert(_ text: String, at location: SourceLocation, subject: String,
                         diagnostics: inout Diagnostics) -> String? {
        switch self {
        case .wareki, .warekiWeekday:
            guard let date = date(text, at: location, subject: subject, diagnostics: &diagnostics),
                  let era = era(on: date, at: location, subject: subject, diagnostics: &diagnostics)
            else { return nil }
            let label = "\(era.name)\(JapaneseEra.yearNumeral(era.year(of: date.year)))年\(date.month)月\(date.day)日"
            return self == .wareki ? label : label + "（\(Self.weekdayNames[date.weekday])）"
        case .eraYear:
            if text.count == 4, text.allSatisfy(\.isASCIIDigit), let year = Int(text) {
                guard let era = JapaneseEra.era(ofCalendarYear: year) else {
                    yearTooEarly(at: location, subject: subject, diagnostics: &diagnostics)
                    return nil
                }
                return Self.yearLabel(era, year)
            }
            if case .failure(.notADate) = CivilDate.parse(text) {
                diagnostics.append(.error(at: location, "`\(subject)` is not a year such as 2026 or a date such as 2026-04-01, which `era_year` needs",
                                          hints: ["write the year with four half-width digits"]))
                return nil
            }
            guard let date = date(text, at: location, subject: subject, diagnostics: &diagnostics),
                  let era = era(on: date, at: location, subject: subject, diagnostics: &diagnostics)
            else { return nil }
            return Self.yearLabel(era, date.year)
        case .fullwidthDigits:
            return NumberNotation.fullwidthDigits(text)
        case .kanjiDigits(let style):
            return NumberNotation.kanjiDigits(text, style: style)
        case .fiscalYears, .defaultValue:
            return text
        }
    }

    static let weekdayNames = ["日", "月", "火", "水", "木", "金", "土"]

    /// `令和8年`, `令和元年`.
    private static func yearLabel(_ era: JapaneseEra, _ year: Int) -> String {
        "\(era.name)\(JapaneseEra.yearNumeral(era.year(of: year)))年"
    }

    // MARK: - Fiscal years

    /// `令和8・9年度版`: the years in increasing order, the era named once and again wherever it changes.
    private func fiscalYears(_ value: FilterValue, suffix: String, subject: String,
                             diagnostics: inout Diagnostics) -> Outcome {
        let items: [FilterValue]
        switch value.content {
        case .text: items = [value]
        case .list(let list): items = list
        }
        guard !items.isEmpty else {
            diagnostics.append(.error(at: value.location, "`\(subject)` lists no years",
                                      hints: ["write the fiscal years of this edition, such as [2026, 2027]"]))
            return .failed
        }
        var label = ""
        var previous: (year: Int, era: JapaneseEra)?
        for item in items {
            guard case .text(let text) = item.content, text.count == 4, text.allSatisfy(\.isASCIIDigit),
                  let year = Int(text)
            else {
                diagnostics.append(.error(at: item.location, "an item of `\(subject)` is not a year such as 2026",
                                          hints: ["write each fiscal year (年度) with four half-width digits: [2026, 2027]"]))
                return .failed
            }
            guard let era = JapaneseEra.era(ofFiscalYear: year) else {
                yearTooEarly(at: item.location, subject: subject, diagnostics: &diagnostics)
                return .failed
            }
            if let previous, year <= previous.year {
                diagnostics.append(.error(at: item.location, "the years of `\(subject)` must increase, each after the one before",
                                          hints: ["write them oldest first, each once: [2026, 2027]"]))
                return .failed
            }
            if previous != nil { label += "・" }
            if previous?.era != era { label += era.name }
            label += JapaneseEra.yearNumeral(era.year(of: year))
            previous = (year, era)
        }
        return .value(.text(label + "年度" + suffix, at: value.location))
    }

    // MARK: - Shared checks

    private func date(_ text: String, at location: SourceLocation, subject: String,
                      diagnostics: inout Diagnostics) -> CivilDate? {
        switch CivilDate.parse(text) {
        case .success(let date):
            return date
        case .failure(.notADate):
            diagnostics.append(.error(at: location, "`\(subject)` is not a date written as YYYY-MM-DD, which `\(name)` needs",
                                      hints: ["write the date with half-width digits and hyphens, such as 2026-04-01"]))
        case .failure(.noSuchMonth):
            diagnostics.append(.error(at: location, "`\(subject)` is not a real date: the month must be 1 to 12"))
        case .failure(.noSuchDay(let length)):
            diagnostics.append(.error(at: location, "`\(subject)` is not a real date: that month has only \(length) days"))
        }
        return nil
    }

    private func era(on date: CivilDate, at location: SourceLocation, subject: String,
                     diagnostics: inout Diagnostics) -> JapaneseEra? {
        if let era = JapaneseEra.era(on: date) { return era }
        diagnostics.append(.error(at: location, "`\(subject)` is before 1873-01-01 (明治6年1月1日), the first day `\(name)` can convert",
                                  hints: ["Japan used the lunisolar calendar until 明治5年12月2日; write the 和暦 date itself in the data"]))
        return nil
    }

    private func yearTooEarly(at location: SourceLocation, subject: String, diagnostics: inout Diagnostics) {
        diagnostics.append(.error(at: location, "`\(subject)` is before 1873, the first year `\(name)` can name",
                                  hints: ["Japan used the lunisolar calendar until 明治5年 (1872); write the 和暦 year itself in the data"]))
    }
}
