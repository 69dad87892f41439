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
        case cannotWrite(String, String)
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

    /// Writes `pages` of `pdf` at `dpi`: to `output` itself for one page, else to `name-N.png`
    /// beside it for each page number N. Returns the files written, in page order.
    ///
    /// The images are made in a hidden folder next to `output` and renamed into place, so a
    /// failed preview leaves no partial PNG and never replaces a good one.
    func rasterize(_ pdf: [UInt8], pages: ClosedRange<Int>, dpi: Int, output: String) throws(Failure) -> [String] {
        let outputURL = URL(fileURLWithPath: output)
        let folder = outputURL.deletingLastPathComponent()
        let work = folder.appendingPathComponent(".ayumi-preview-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(folder.path, error.localizedDescription)
        }
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("document.pdf")
        do {
            try Data(pdf).write(to: source)
        } catch {
            throw .cannotWrite(folder.path, error.localizedDescription)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-png", "-r", String(dpi), "-f", String(pages.lowerBound), "-l", String(pages.upperBound),
                             source.path, work.appendingPathComponent("page").path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .failed(status: -1, message: error.localizedDescription)
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .failed(status: process.terminationStatus, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }

        // pdftoppm names its files page-1.png, or page-01.png when the document has 10 pages or more.
        let made = ((try? FileManager.default.contentsOfDirectory(atPath: work.path)) ?? []).compactMap { name -> (Int, String)? in
            guard name.hasPrefix("page-"), name.hasSuffix(".png"),
                  let number = Int(name.dropFirst(5).dropLast(4)) else { return nil }
            return (number, name)
        }.sorted { $0.0 < $1.0 }
        var written: [String] = []
        for (number, name) in made {
            let target = pages.count == 1 ? output : Self.pageFile(output, page: number)
            // rename(2) replaces an older preview in one step.
            guard rename(work.appendingPathComponent(name).path, target) == 0 else {
                throw .cannotWrite(target, String(cString: strerror(errno)))
            }
            written.append(target)
        }
        return written
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
