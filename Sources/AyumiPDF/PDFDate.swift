/// Dates for PDF metadata, from the sources Ayumi allows: the edition's date or
/// `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/source-date-epoch/), never the clock.
public enum PDFDate {
    /// `SOURCE_DATE_EPOCH` (seconds since 1970 UTC) as ISO 8601, `2026-04-01T00:00:00Z`.
    ///
    /// Returns `nil` for text that is not a whole number of seconds.
    public static func iso8601(sourceDateEpoch text: String) -> String? {
        guard let seconds = Int64(text), seconds >= 0, seconds < 253_402_300_800 else { return nil }
        let days = seconds / 86_400, rest = seconds % 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(rest / 3600, 2)):\(pad(rest % 3600 / 60, 2)):\(pad(rest % 60, 2))Z"
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (H. Hinnant's civil_from_days).
    static func civilDate(daysSince1970 days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func pad(_ value: Int64, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
