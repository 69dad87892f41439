import AyumiLayout

/// The layout's field widgets arranged as AcroForm fields (ISO 32000-1 §12.7.3): terminal
/// fields that hold values, under non-terminal fields for the parts of dotted names.
///
/// A widget's `name` is the full field name, its dots AcroForm's hierarchy (§12.7.3.2):
/// `birthday.year` is the field `year` under the field `birthday`. So:
/// - widgets with the same name are one field: the buttons of a radio group, or a text field
///   shown in two places (a PDF field shown twice shares one value);
/// - the parts of a name become non-terminal fields, in the order they first appear;
/// - a name under a terminal field cannot be a child of it (a radio group's kids are its
///   buttons, §12.7.4.2.4), so its dot becomes `_`: the 「その他」 write-in of the radio group
///   `cpr` is `cpr_other`, the second page of ruled lines `memo` is `memo_2`. (Check boxes are
///   `name.1` … under a non-terminal `name`, so their write-in stays `name.other`.)
struct FormFieldTree {
    /// A field with a value and one or more widgets.
    struct Terminal {
        enum Kind: Equatable {
            case text
            case checkBox
            case radio
        }

        var partialName: String
        var fullName: String
        var kind: Kind
        /// The widgets, in reading order; a radio group's buttons, in the order of their options.
        var widgets: [FieldWidget]
        /// `/TU`: what a screen reader says for the field.
        var label: String
    }

    /// A non-terminal field: the common part of some names.
    struct Group {
        var partialName: String
        var fullName: String
        var label: String
        var children: [Node]
    }

    indirect enum Node {
        case group(Group)
        case terminal(Terminal)

        var partialName: String {
            switch self {
            case .group(let group): group.partialName
            case .terminal(let terminal): terminal.partialName
            }
        }

        var label: String {
            switch self {
            case .group(let group): group.label
            case .terminal(let terminal): terminal.label
            }
        }
    }

    /// The top-level fields (`/AcroForm /Fields`), in reading order.
    var roots: [Node]
    /// Every widget, in reading order, with the full name of its field and its position among
    /// that field's widgets (a radio button's appearance state).
    var widgets: [(widget: FieldWidget, fieldName: String, position: Int)]

    var isEmpty: Bool { roots.isEmpty }

    init(_ widgets: [FieldWidget]) {
        // 1. One terminal per name; a name reused for a different kind of field gets `_2`, `_3` ….
        var terminals: [Terminal] = []
        var byName: [String: Int] = [:]
        var terminalOfWidget: [Int] = []
        for widget in widgets {
            let kind = Self.kind(of: widget)
            var name = widget.name.isEmpty ? "field" : widget.name
            var suffix = 2
            while let index = byName[name], terminals[index].kind != kind || kind == .checkBox {
                name = "\(widget.name)_\(suffix)"
                suffix += 1
            }
            if let index = byName[name] {
                terminals[index].widgets.append(widget)
                terminalOfWidget.append(index)
            } else {
                terminalOfWidget.append(terminals.count)
                byName[name] = terminals.count
                terminals.append(Terminal(partialName: name, fullName: name, kind: kind, widgets: [widget], label: widget.label))
            }
        }
        // 2. No terminal under a terminal: `cpr.other` under the radio group `cpr` becomes `cpr_other`.
        var names = Set(terminals.map(\.fullName))
        for index in terminals.indices {
            var name = terminals[index].fullName
            var changed = true
            while changed {
                changed = false
                let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                for cut in 1..<max(parts.count, 1) where names.contains(parts[..<cut].joined(separator: ".")) {
                    let renamed = parts[..<cut].joined(separator: ".") + "_" + parts[cut...].joined(separator: ".")
                    names.remove(name)
                    name = renamed
                    names.insert(name)
                    changed = true
                    break
                }
            }
            terminals[index].fullName = name
        }
        for index in terminals.indices {
            terminals[index].label = Self.label(of: terminals[index])
        }
        // 3. The tree of dotted names, in order of first appearance.
        var roots: [Node] = []
        for terminal in terminals {
            let parts = terminal.fullName.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            var leaf = terminal
            leaf.partialName = parts.last ?? terminal.fullName
            Self.insert(.terminal(leaf), path: Array(parts.dropLast()), prefix: "", into: &roots)
        }
        self.roots = roots.map(Self.labelGroups)
        var positions: [Int: Int] = [:]
        self.widgets = widgets.indices.map { index in
            let terminal = terminalOfWidget[index]
            defer { positions[terminal, default: 0] += 1 }
            return (widgets[index], terminals[terminal].fullName, positions[terminal, default: 0])
        }
    }

    private static func kind(of widget: FieldWidget) -> Terminal.Kind {
        switch widget.kind {
        case .text, .comb: .text
        case .checkBox: .checkBox
        case .radioButton: .radio
        }
    }

    private static func insert(_ node: Node, path: [String], prefix: String, into nodes: inout [Node]) {
        guard let first = path.first else {
            nodes.append(node)
            return
        }
        let fullName = prefix.isEmpty ? first : prefix + "." + first
        if let index = nodes.firstIndex(where: { if case .group(let group) = $0 { group.partialName == first } else { false } }),
           case .group(var group) = nodes[index] {
            insert(node, path: Array(path.dropFirst()), prefix: fullName, into: &group.children)
            nodes[index] = .group(group)
        } else {
            var group = Group(partialName: first, fullName: fullName, label: "", children: [])
            insert(node, path: Array(path.dropFirst()), prefix: fullName, into: &group.children)
            nodes.append(.group(group))
        }
    }

    /// A group's `/TU`: what its children's labels share, without a trailing 「（」 or 「：」 —
    /// 生年月日（年）, 生年月日（月） → 生年月日.
    private static func labelGroups(_ node: Node) -> Node {
        guard case .group(var group) = node else { return node }
        group.children = group.children.map(labelGroups)
        group.label = commonLabel(group.children.map(\.label))
        return .group(group)
    }

    /// A radio group's `/TU`: its buttons' labels less the option after 「：」 (心肺蘇生：希望する → 心肺蘇生).
    private static func label(of terminal: Terminal) -> String {
        guard terminal.kind == .radio, terminal.widgets.count > 1 else { return terminal.widgets[0].label }
        return commonLabel(terminal.widgets.map(\.label))
    }

    static func commonLabel(_ labels: [String]) -> String {
        guard var common = labels.first.map(Array.init) else { return "" }
        for label in labels.dropFirst() {
            let characters = Array(label)
            var length = 0
            while length < common.count, length < characters.count, common[length] == characters[length] { length += 1 }
            common = Array(common[..<length])
        }
        if labels.count > 1 {
            while let last = common.last, "（(：:・、 　".contains(last) { common.removeLast() }
        }
        return common.isEmpty ? labels.first ?? "" : String(common)
    }
}
