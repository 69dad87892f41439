import Foundation

extension ReadableFiles {
    /// Why a file that Ayumi found by searching (not one the user named) cannot be trusted.
    public enum Distrust: Equatable, Sendable {
        /// Another user could replace the file: this folder (real path) is writable by everyone
        /// and not sticky.
        case othersCanWrite(String)
        /// This file or folder (real path) belongs to another user (not the user, not root).
        case ownedByAnother(String)
    }

    /// Whether someone other than the user (and root) could have put the file at `path` there
    /// or changed it: `nil` when no one could; otherwise the first place, from the file up to
    /// `/`, that lets them.
    ///
    /// The rule (OpenSSH's for its configuration files, with `/tmp` allowed): the file and every
    /// folder above it belong to the user or root, and none is writable by everyone unless it is
    /// sticky (`/tmp`: there others may add entries but not rename or replace the user's, and
    /// the entry below it is checked for its owner). Group-writable is allowed: Debian gives
    /// each user a group of their own.
    public static func distrust(of path: String, user: uid_t = geteuid()) -> Distrust? {
        guard var current = realPath(path) else { return nil }
        while true {
            var info = stat()
            guard lstat(current, &info) == 0 else { return .ownedByAnother(current) }
            if info.st_uid != user && info.st_uid != 0 { return .ownedByAnother(current) }
            let isFolder = info.st_mode & S_IFMT == S_IFDIR
            if info.st_mode & S_IWOTH != 0 && !(isFolder && info.st_mode & S_ISVTX != 0) {
                return .othersCanWrite(current)
            }
            guard current != "/" else { return nil }
            current = (current as NSString).deletingLastPathComponent
        }
    }
}
