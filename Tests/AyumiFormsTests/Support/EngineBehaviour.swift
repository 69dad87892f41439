/// What each engine does with a typed answer that Ayumi's file cannot change: the engine's own
/// bugs, measured and written down in docs/pdf-output.md ("Typing in the engines"). The tests
/// expect exactly this, so a change in an engine (or in the note) shows up as a failure.
///
/// Everything not listed here is expected to come out exactly as typed.
extension Engine {
    /// The value the engine stores in the field (`/V`) when a person types `typed`, line breaks
    /// written as "\n" (PDFium stores "\r\n"; readers and `ayumi answers` normalise them).
    func stored(_ typed: String, in field: String) -> String {
        typed
    }

    /// The text the engine's saved appearance of the field shows, as it extracts once flattened.
    func shown(_ typed: String, in field: String) -> String {
        stored(typed, in: field)
    }
}
