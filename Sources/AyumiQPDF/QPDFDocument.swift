internal import CQPDF

/// A PDF opened by qpdf, owning its `qpdf_data` handle and the bytes qpdf reads from.
///
/// qpdf's C API reports failures as state on the handle rather than by exceptions, so every
/// call that may fail is followed by `failure()`. Messages are never printed: qpdf is told to
/// keep its errors and warnings to itself (`qpdf_silence_errors`, suppressed warnings), since a
/// message about a resident's file must not show its contents.
final class QPDFDocument {
    let handle: qpdf_data
    /// qpdf reads the file from this memory without copying it, so it lives as long as the handle.
    private let buffer: UnsafeMutableRawBufferPointer

    /// Opens `bytes` as a PDF: damaged cross-reference tables are rebuilt (qpdf's recovery),
    /// cross-reference and object streams read, an owner password alone is no obstacle.
    init(bytes: [UInt8]) throws(SavedFormError) {
        guard let handle = qpdf_init() else { throw .unreadable(.internalFailure, position: nil) }
        self.handle = handle
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 1)
        buffer.copyMemory(from: UnsafeRawBufferPointer(start: bytes, count: bytes.count))
        qpdf_silence_errors(handle)
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
        qpdf_set_attempt_recovery(handle, QPDF_TRUE)
        let status = qpdf_read_memory(handle, "the PDF", buffer.baseAddress!.assumingMemoryBound(to: CChar.self),
                                      UInt64(bytes.count), "")
        if status & QPDF_ERRORS != 0 || qpdf_has_error(handle) != QPDF_FALSE {
            throw failure() ?? .unreadable(.damaged, position: nil)
        }
    }

    deinit {
        var handle: qpdf_data? = handle
        qpdf_cleanup(&handle)
        buffer.deallocate()
    }

    /// The error qpdf holds, if any, as a value (and clears it).
    func failure() -> SavedFormError? {
        guard qpdf_has_error(handle) != QPDF_FALSE, let error = qpdf_get_error(handle) else { return nil }
        let position = qpdf_get_error_file_position(handle, error)
        let kind: SavedFormError.Kind = switch qpdf_get_error_code(handle, error) {
        case qpdf_e_password: .encrypted
        case qpdf_e_unsupported: .unsupported
        case qpdf_e_system: .internalFailure
        default: .damaged
        }
        return .unreadable(kind, position: position > 0 ? Int(clamping: position) : nil)
    }
}
