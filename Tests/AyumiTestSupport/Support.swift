import Foundation

/// Paths of the repository and of the built products, for tests that use real files.
public enum Repository {
    /// The repository's root folder (the one holding Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    public static func path(_ relative: String) -> String { root + "/" + relative }

    /// The folder SwiftPM builds into (where the test runner and `ayumi` both are).
    public static let productsFolder: String = {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = runner.deletingLastPathComponent()
        // On Linux the runner is `<products>/AyumiPackageTests.xctest`; step out of a bundle if any.
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
            folder.deleteLastPathComponent()
        }
        return folder.path
    }()

    /// The `ayumi` executable built alongside the tests.
    public static var ayumi: String { productsFolder + "/ayumi" }

    /// A fresh, empty temporary folder for one test.
    public static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "ayumi-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The result of running a program to completion.
public struct ProcessResult: Sendable {
    public var status: Int32
    public var standardOutput: String
    public var standardError: String
}

/// Runs programs (the `ayumi` executable, PDF readers) and collects what they print.
public enum Run {
    /// Runs `executable` with `arguments`; `environment` entries are added to this process's own.
    @discardableResult
    public static func program(_ executable: String, _ arguments: [String], environment: [String: String] = [:],
                               in folder: String = Repository.root) throws -> ProcessResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting, so a chatty program cannot block on a full pipe.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ProcessResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outputData, as: UTF8.self),
                             standardError: String(decoding: errorData, as: UTF8.self))
    }

    /// Runs the `ayumi` executable, in an English locale unless `environment` sets another
    /// (`LANG=ja_JP.UTF-8` for Japanese messages), so tests do not depend on the caller's locale.
    @discardableResult
    public static func ayumi(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
        try program(Repository.ayumi, arguments, environment: englishLocale.merging(environment) { $1 })
    }

    /// An English locale: `LANG=C.UTF-8`, with `LC_ALL` and `LC_MESSAGES` emptied so they do not win.
    public static let englishLocale = ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""]

    /// Runs a tool found on PATH (`pdftotext`, `qpdf`, …).
    @discardableResult
    public static func tool(_ name: String, _ arguments: [String]) throws -> ProcessResult {
        try program("/usr/bin/env", [name] + arguments)
    }
}

extension String {
    /// The text without any whitespace, for comparing extracted PDF text with its source
    /// regardless of where lines were broken.
    public var withoutWhitespace: String {
        String(unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }
}
