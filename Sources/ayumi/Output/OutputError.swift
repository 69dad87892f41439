import ArgumentParser
import AyumiModel
import Foundation

/// Why an output could not be written, worded for the person who ran the command.
enum OutputError: Error, Equatable {
    /// `-o` names something that is not a regular file; Ayumi replaces only regular files.
    case notARegularFile(String, OutputTarget.Kind)
    /// `-o` names a folder.
    case isAFolder(String)
    /// A system call failed with this errno (ENOSPC, EACCES, EROFS, …).
    case system(String, Int32)

    /// The message and hints, as a diagnostic (exit status 1: it is never Ayumi's bug).
    var diagnostic: Diagnostic {
        switch self {
        case .notARegularFile(let path, let kind):
            .error(at: nil, tr(.outputNotRegularFile(path, kind)), hints: [tr(.hintOutputRegularFile)])
        case .isAFolder(let path):
            .error(at: nil, tr(.outputIsAFolder(path)), hints: [tr(.hintOutputFileName(path))])
        case .system(let path, let code) where code == ENOSPC || code == EDQUOT:
            .error(at: nil, tr(.diskFull(path)), hints: [tr(.hintDiskFull)])
        case .system(let path, let code) where code == EACCES || code == EPERM || code == EROFS:
            .error(at: nil, tr(.cannotWrite(path, String(cString: strerror(code)))), hints: [tr(.hintFolderWritable)])
        case .system(let path, let code):
            .error(at: nil, tr(.cannotWrite(path, String(cString: strerror(code)))))
        }
    }

    /// The diagnostic for any error a write threw (other errors keep their own description).
    static func diagnostic(for error: Error, path: String) -> Diagnostic {
        if let error = error as? OutputError { return error.diagnostic }
        return .error(at: nil, tr(.cannotWrite(path, error.localizedDescription)), hints: [tr(.hintFolderWritable)])
    }
}

/// What a path given to `-o` names now.
enum OutputTarget: Equatable {
    case absent
    case regularFile(mode: mode_t)

    enum Kind: Sendable, Equatable { case symbolicLink, device, fifo, socket }

    /// Looks at `path` itself (lstat: a symbolic link is not followed). Only nothing or a
    /// regular file may be replaced: renaming over a link, a device or a pipe would replace
    /// it (as root, `-o /dev/null` would replace the system's /dev/null with a PDF).
    static func inspect(_ path: String) throws(OutputError) -> OutputTarget {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            if errno == ENOENT { return .absent }
            throw .system(path, errno)
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile(mode: status.st_mode & 0o7777)
        case S_IFDIR: throw .isAFolder(path)
        case S_IFLNK: throw .notARegularFile(path, .symbolicLink)
        case S_IFIFO: throw .notARegularFile(path, .fifo)
        case S_IFSOCK: throw .notARegularFile(path, .socket)
        default: throw .notARegularFile(path, .device)
        }
    }

    var existingMode: mode_t? {
        if case .regularFile(let mode) = self { return mode }
        return nil
    }

    /// Creates `folder` and any missing parents, with the user's folder mode.
    static func createFolder(_ folder: String) throws(OutputError) {
        var status = stat()
        if stat(folder, &status) == 0 {
            if status.st_mode & S_IFMT == S_IFDIR { return }
            throw .system(folder, ENOTDIR)
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try createFolder(parent) }
        guard mkdir(folder, FileModes.folderMode) == 0 || errno == EEXIST else { throw .system(folder, errno) }
        chmod(folder, FileModes.folderMode)   // mkdir's mode went through the tightened umask
    }
}

extension OutputTarget.Kind {
    var english: String {
        switch self {
        case .symbolicLink: "a symbolic link"
        case .device: "a device"
        case .fifo: "a named pipe (FIFO)"
        case .socket: "a socket"
        }
    }

    var japanese: String {
        switch self {
        case .symbolicLink: "シンボリックリンク"
        case .device: "デバイス"
        case .fifo: "名前付きパイプ（FIFO）"
        case .socket: "ソケット"
        }
    }
}

extension OutputTarget {
    /// Refuses, before a long build, a `-o` that the write would refuse anyway (a folder, a link,
    /// a device): the same message, exit 1. The write checks again.
    static func refuseEarly(_ path: String, console: Console) throws {
        do {
            _ = try inspect(path)
        } catch {
            console.report(Diagnostics([error.diagnostic]))
            throw ExitCode(1)
        }
    }
}
