/// Why a saved PDF could not be read. It says where, never what the file holds.
public enum SavedFormError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Not a PDF, or damaged past what qpdf can rebuild.
        case damaged
        /// Protected by a password that opening it needs.
        case encrypted
        /// A PDF feature qpdf does not read.
        case unsupported
        /// The form's field tree is deeper, larger or more tangled than a real form's.
        case tooComplex
        /// qpdf itself failed (memory, a bug).
        case internalFailure
    }

    /// `position`: the byte offset qpdf gives, when it gives one.
    case unreadable(Kind, position: Int?)
}
