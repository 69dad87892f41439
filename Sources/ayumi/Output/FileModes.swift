import Foundation

/// The modes Ayumi gives the files it writes.
///
/// At start the process's umask is set to 077 (`tightenUmask`), so whatever it or a child
/// (pdftoppm) creates is private from the first byte; the user's own umask is kept here and
/// applied explicitly to the outputs that are not personal.
enum FileModes {
    /// The umask the user ran Ayumi with.
    nonisolated(unsafe) private(set) static var userUmask: mode_t = 0o022

    /// Called once, first thing in `main`.
    static func tightenUmask() {
        userUmask = umask(0o077)
    }

    /// The mode of a file written over `existing` (its mode, or nil for a new file).
    ///
    /// A rebuild keeps the mode the file has (the staff may have set 0640 for a group); a new
    /// file holding a resident's answers is 0600, another follows the user's umask. A private
    /// file never keeps permissions for others: a 0644 file rebuilt with answers becomes 0640.
    static func mode(replacing existing: mode_t?, private: Bool) -> mode_t {
        if let existing { return `private` ? existing & 0o7770 : existing }
        return `private` ? 0o600 : 0o666 & ~userUmask
    }

    /// The mode of a folder Ayumi creates for outputs.
    static var folderMode: mode_t { 0o777 & ~userUmask }
}
