import Foundation

/// Turns pages of a PDF into PNG files with poppler's `pdftoppm`.
///
/// This is the preview's stand-in until AyumiRender draws PNGs from the layout itself; then
/// `Preview` calls that renderer with the same pages and file names, and this type goes.
/// `pdftoppm` is found on `PATH`; Debian installs it with `poppler-utils`.
struct PDFRasterizer {
    var executable: String

    enum Failure: Error {
        /// `pdftoppm` is not installed.
        case notInstalled
        /// It ran and failed; what it printed.
        case failed(status: Int32, message: String)
        /// The images could not be written (a full disk, a folder given as `-o`, …).
        case output(OutputError)
    }

    /// The rasterizer, or `.notInstalled` when no `pdftoppm` is on `PATH`.
    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws(Failure) -> PDFRasterizer {
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = folder + "/pdftoppm"
            if FileManager.default.isExecutableFile(atPath: candidate) { return PDFRasterizer(executable: candidate) }
        }
        throw .notInstalled
    }

    /// Writes `pages` of `pdf` (a document of `pageCount` pages) at `dpi`: to `output` itself
    /// for one page, else to `name-N.png` beside it for each page number N. Returns the files
    /// written, in page order. `private`: the pages show a resident's answers (0600 when new).
    ///
    /// The PDF and the images are private temporaries next to `output` (`TemporaryFile`),
    /// each registered with `ExitCleanup` before pdftoppm starts, and pdftoppm itself too, so
    /// a signal kills it and removes them; they are renamed into place at the end, so a failed
    /// preview leaves no partial PNG and never replaces a good one. Only regular files (or
    /// nothing) are replaced.
    func rasterize(_ pdf: [UInt8], pages: ClosedRange<Int>, pageCount: Int, dpi: Int, output: String,
                   private: Bool = false) throws(Failure) -> [String] {
        let parent = (output as NSString).deletingLastPathComponent
        let folder = parent.isEmpty ? "." : parent
        let targets = pages.map { pages.count == 1 ? output : Self.pageFile(output, page: $0) }
        let existing: [OutputTarget]
        let source: TemporaryFile.KeptFile
        do throws(OutputError) {
            existing = try targets.map { target throws(OutputError) in try OutputTarget.inspect(target) }
            try OutputTarget.createFolder(folder)
            let temporary = try TemporaryFile.create(in: folder, suffix: ".pdf")
            do throws(OutputError) {
                try temporary.write(pdf)
            } catch {
                temporary.discard()
                throw error
            }
            source = temporary.closeKeeping()
        } catch {
            throw .output(Self.naming(error, output))
        }
        defer { source.remove() }

        // pdftoppm names its files root-N.png, N padded to the digits of the document's page count.
        let root = String(source.path.dropLast(".pdf".count))
        let width = String(pageCount).count
        let images = pages.map { root + "-" + String(repeating: "0", count: max(0, width - String($0).count)) + String($0) + ".png" }
        var registered: [ExitCleanup.Registration] = []
        defer {
            for image in images { unlink(image) }
            for registration in registered { registration.forget() }
        }
        do {
            for image in images { registered.append(try ExitCleanup.register(image)) }
        } catch {
            throw .output(.system(folder, EMFILE))
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-png", "-r", String(dpi), "-f", String(pages.lowerBound), "-l", String(pages.upperBound),
                             source.path, root]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .failed(status: -1, message: error.localizedDescription)
        }
        let child = ExitCleanup.registerChild(process.processIdentifier)
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        ExitCleanup.forgetChild(child)
        guard process.terminationStatus == 0, process.terminationReason == .exit else {
            // pdftoppm says little about a full disk (it may even crash): look at the disk.
            if Self.diskIsFull(folder) { throw .output(.system(output, ENOSPC)) }
            throw .failed(status: process.terminationStatus, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }

        var written: [String] = []
        for ((image, target), before) in zip(zip(images, targets), existing) {
            // rename(2) replaces an older preview in one step.
            guard chmod(image, FileModes.mode(replacing: before.existingMode, private: `private`)) == 0,
                  rename(image, target) == 0 else {
                throw .output(.system(target, errno))
            }
            written.append(target)
        }
        return written
    }

    /// Less than 1 MiB left for this user: a failed pdftoppm is then taken for a full disk.
    static func diskIsFull(_ folder: String) -> Bool {
        var status = statvfs()
        guard statvfs(folder, &status) == 0 else { return false }
        return UInt64(status.f_bavail) * UInt64(status.f_frsize) < 1 << 20
    }

    /// A write error names the output, not a temporary beside it.
    private static func naming(_ error: OutputError, _ output: String) -> OutputError {
        if case .system(let path, let code) = error, path.contains("/" + TemporaryFile.prefix) { return .system(output, code) }
        return error
    }

    /// `out.png`, page 3 → `out-3.png`.
    static func pageFile(_ output: String, page: Int) -> String {
        let url = URL(fileURLWithPath: output)
        let ext = url.pathExtension.isEmpty ? "png" : url.pathExtension
        let stem = output.hasSuffix("." + url.pathExtension) && !url.pathExtension.isEmpty
            ? String(output.dropLast(url.pathExtension.count + 1)) : output
        return "\(stem)-\(page).\(ext)"
    }
}
