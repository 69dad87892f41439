import Foundation

/// The language of the command line's own words: Japanese for a Japanese locale, English otherwise.
///
/// The locale is read the way POSIX programs read it for messages: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides, and a value starting `ja`
/// (`ja_JP.UTF-8`, `ja_JP.eucJP`, `ja`) means Japanese. `LANG=C`, `POSIX` or any other language
/// gives English. Output is always UTF-8, whatever the locale's character set says.
enum Language: String, Sendable, CaseIterable {
    case english = "en"
    case japanese = "ja"

    static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.hasPrefix("ja") ? .japanese : .english
            }
        }
        return .english
    }

    /// The language of this process, from its environment.
    static let current = from(environment: ProcessInfo.processInfo.environment)
}

/// The text of `message` in this process's language.
///
/// Every word the command line prints itself goes through here, so a message is chosen by its
/// case in `Message` (a stable identifier), never by matching English text.
func tr(_ message: Message) -> String {
    message.text(in: .current)
}
