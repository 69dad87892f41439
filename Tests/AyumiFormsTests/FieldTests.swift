import AyumiLayout
import AyumiPDF
import AyumiTestSupport
import Foundation
import Testing

@Suite("AcroForm fields of the fillable rendition")
struct FieldTests {
    @Test("the test note builds with fields")
    func builds() throws {
        let built = try FormBuild.note()
        let path = try built.write()
        if let keep = ProcessInfo.processInfo.environment["AYUMI_KEEP_PDF"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(atPath: path, toPath: keep)
        }
        #expect(built.finished.fieldCount > 20)
    }
}

