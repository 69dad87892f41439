import AyumiModel
import AyumiTestSupport
import Foundation
import Testing

/// `ReadableFiles`: real paths inside the allowed folders, and who could have put a file there.
@Suite("Readable files")
struct ReadableFilesTests {
    @Test("names resolve to real paths; `..`, absolute paths and links that leave the folder are outside")
    func resolution() throws {
        let folder = Repository.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/tpl/sections", withIntermediateDirectories: true)
        try "a".write(toFile: folder + "/tpl/sections/a.yaml", atomically: true, encoding: .utf8)
        try "s".write(toFile: folder + "/secret", atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(atPath: folder + "/tpl/inside.yaml", withDestinationPath: "sections/a.yaml")
        try manager.createSymbolicLink(atPath: folder + "/tpl/outside.yaml", withDestinationPath: folder + "/secret")
        try manager.createSymbolicLink(atPath: folder + "/tpl/up", withDestinationPath: folder)
        let files = ReadableFiles(folders: [folder + "/tpl/"], description: "the template's folder")
        let tpl = folder + "/tpl"

        #expect(files.roots == [tpl])
        #expect(files.resolve("sections/a.yaml", relativeTo: tpl) == .inside(tpl + "/sections/a.yaml"))
        #expect(files.resolve("inside.yaml", relativeTo: tpl) == .inside(tpl + "/sections/a.yaml"))
        #expect(files.resolve("sections/../sections/a.yaml", relativeTo: tpl) == .inside(tpl + "/sections/a.yaml"))
        #expect(files.resolve(tpl + "/sections/a.yaml", relativeTo: tpl) == .inside(tpl + "/sections/a.yaml"))
        #expect(files.resolve("outside.yaml", relativeTo: tpl) == .outside(folder + "/secret"))
        #expect(files.resolve("up/secret", relativeTo: tpl) == .outside(folder + "/secret"))
        #expect(files.resolve("../secret", relativeTo: tpl) == .outside(folder + "/secret"))
        #expect(files.resolve("/etc/hostname", relativeTo: tpl) == .outside("/etc/hostname"))
        #expect(files.resolve("../nowhere.yaml", relativeTo: tpl) == .outside(folder + "/nowhere.yaml"),
                "a name that would leave the folder is refused as such even when nothing is there")
        #expect(files.resolve("nowhere.yaml", relativeTo: tpl) == .missing)
        // A folder whose name starts like the root's is not inside it.
        try manager.createDirectory(atPath: folder + "/tpl2", withIntermediateDirectories: true)
        try "b".write(toFile: folder + "/tpl2/b.yaml", atomically: true, encoding: .utf8)
        #expect(files.resolve("../tpl2/b.yaml", relativeTo: tpl) == .outside(folder + "/tpl2/b.yaml"))

        var diagnostics = Diagnostics()
        let location = SourceLocation(file: tpl + "/template.yaml", line: 3, column: 5)
        let refused = files.file("outside.yaml", relativeTo: tpl, at: location, diagnostics: &diagnostics)
        #expect(refused.real == nil && !refused.missing)
        #expect(mkfifo(tpl + "/pipe.yaml", 0o600) == 0)
        #expect(files.resolve("pipe.yaml", relativeTo: tpl) == .inside(tpl + "/pipe.yaml"))
        let pipe = files.file("pipe.yaml", relativeTo: tpl, at: location, diagnostics: &diagnostics)
        #expect(pipe.real == nil && !pipe.missing)
        #expect(diagnostics.all.last == .error(at: location, "`pipe.yaml` is not a file (it is a pipe, a socket or a device)",
                                               hints: ["name an ordinary file"]))
        diagnostics = Diagnostics()
        _ = files.file("outside.yaml", relativeTo: tpl, at: location, diagnostics: &diagnostics)
        #expect(diagnostics.all == [.error(at: location, "`outside.yaml` is outside the template's folder (it leads to `\(folder)/secret`)",
                                           hints: ["Ayumi reads only files inside the template's folder; copy the file there and give its name relative to `\(tpl)`"])])
    }

    @Test("a found file is distrusted when everyone may write to a folder above it (unless sticky) or another user owns it")
    func distrust() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/fonts", withIntermediateDirectories: true)
        let file = folder + "/fonts/manifest.yaml"
        try "families: {}".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(chmod(folder, 0o755) == 0)
        #expect(ReadableFiles.distrust(of: file) == nil)
        #expect(chmod(folder, 0o777) == 0)
        #expect(ReadableFiles.distrust(of: file) == .othersCanWrite(folder))
        #expect(chmod(folder, 0o1777) == 0, "sticky, like /tmp")
        #expect(ReadableFiles.distrust(of: file) == nil)
        #expect(chmod(file, 0o666) == 0)
        #expect(ReadableFiles.distrust(of: file) == .othersCanWrite(file))
        #expect(chmod(file, 0o644) == 0)

        // Another user's file: as root, give it away; otherwise ask as if for another user.
        let stranger: uid_t = 4242
        if geteuid() == 0 {
            #expect(chown(file, stranger, 0) == 0)
            #expect(ReadableFiles.distrust(of: file) == .ownedByAnother(file))
        } else {
            #expect(ReadableFiles.distrust(of: file, user: stranger) == .ownedByAnother(file))
        }
    }

    @Test("the project folder: the nearest folder holding .git, not above the home folder")
    func projectRoot() throws {
        let folder = Repository.temporaryFolder()
        try FileManager.default.createDirectory(atPath: folder + "/p/.git", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: folder + "/p/a/b", withIntermediateDirectories: true)
        #expect(ProjectRoot.of(folder + "/p/a/b", home: nil) == folder + "/p")
        #expect(ProjectRoot.of(folder + "/p/a/b", home: folder + "/p/a") == nil, "the home folder comes first")
        #expect(ProjectRoot.of(folder, home: nil) == nil)
        #expect(ProjectRoot.folders(from: folder + "/p/a/b", home: nil) == [folder + "/p/a/b", folder + "/p/a", folder + "/p"])
        #expect(ProjectRoot.folders(from: "/", home: nil) == [])
    }
}
