import AyumiModel
import AyumiTemplate

/// Loaded templates for the tasks of a batch, each used by one task at a time.
///
/// A `Template` holds Yams nodes, and Yams resolves a node's tag lazily inside a class the node
/// shares, so one template read by two threads at once would race. The pool hands each task a
/// template of its own and takes it back afterwards; at most as many are loaded as tasks run
/// at once. (Fonts, by contrast, are opened once and shared: `FontLibrary` is thread-safe.)
final class TemplatePool: Sendable {
    private let directory: String
    private let free: Locked<[TemplateBox]>

    init(directory: String, first: Template) {
        self.directory = directory
        self.free = Locked([TemplateBox(template: first)])
    }

    /// Runs `body` with a template no other task is using; `nil` if a new one could not be loaded.
    func withTemplate<R>(_ body: (Template) -> R) -> R? {
        let box = free.withLock { $0.popLast() } ?? load()
        guard let box else { return nil }
        defer { free.withLock { $0.append(box) } }
        return body(box.template)
    }

    private func load() -> TemplateBox? {
        var ignored = Diagnostics()   // the same template loaded cleanly once already
        return Template.load(directory: directory, diagnostics: &ignored).map(TemplateBox.init)
    }
}

/// A template that the pool lends to one task at a time (see `TemplatePool`).
struct TemplateBox: @unchecked Sendable {
    let template: Template
}
