import AyumiModel
import Yams

extension BlockReader {
    /// `box: [blocks]` with an optional title and look:
    ///
    /// ```yaml
    /// - box:
    ///     - paragraph: このノートに法的な効力はありません。
    ///   title: ご注意ください
    ///   border: 1.5pt
    ///   border_style: dashed          # solid (the default) or dashed (a line to cut along)
    ///   background: "#FFF6E0"
    ///   radius: 3mm
    /// ```
    mutating func box(_ content: Node, options: [String: Node], at location: SourceLocation,
                      diagnostics: inout Diagnostics) -> [Block] {
        guard let nodes = reader.sequence(content, "`box`", diagnostics: &diagnostics) else { return [] }
        let inner = blocks(nodes, diagnostics: &diagnostics)
        var look = BoxLook()
        if let node = options["border"], case .absolute(let width)? = binding.length(node, "`border`", diagnostics: &diagnostics) {
            look.borderWidth = width
        }
        if let node = options["border_style"] {
            look.borderStyle = binding.choice(node, "`border_style`", as: BoxLook.BorderStyle.self, diagnostics: &diagnostics)
                ?? look.borderStyle
        }
        if let node = options["border_color"] { look.borderColor = color(node, "`border_color`", diagnostics: &diagnostics) ?? look.borderColor }
        if let node = options["background"] { look.background = color(node, "`background`", diagnostics: &diagnostics) }
        if let node = options["radius"], case .absolute(let radius)? = binding.length(node, "`radius`", diagnostics: &diagnostics) {
            look.cornerRadius = radius
        }
        if let node = options["padding"], case .absolute(let padding)? = binding.length(node, "`padding`", diagnostics: &diagnostics) {
            look.padding = padding
        }
        var title: [Inline]?
        var titleStyle: TextStyle?
        if let node = options["title"] {
            title = inlines(node, "`title`", diagnostics: &diagnostics)
            titleStyle = style(options, "title_style", fallbacks: ["box_title", "heading2", "paragraph"], at: location,
                               diagnostics: &diagnostics)
        }
        return [.box(BoxBlock(title: title, titleStyle: titleStyle, blocks: inner, look: look))]
    }

    /// `#RRGGBB` or `#RGB`.
    func color(_ node: Node, _ what: String, diagnostics: inout Diagnostics) -> Color? {
        guard let (text, location) = binding.string(node, what, diagnostics: &diagnostics) else { return nil }
        guard let color = Color(hex: text) else {
            diagnostics.append(.error(at: location, "\(what) must be a colour written like `#FFF6E0`, not `\(text)`",
                                      hints: ["quote it in YAML (\"#FFF6E0\"): a bare # starts a comment"]))
            return nil
        }
        return color
    }
}
