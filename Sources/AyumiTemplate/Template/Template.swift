import AyumiModel
import Yams

/// A template as written in `TEMPLATE_DIR/template.yaml`, before any data is bound.
///
/// Values in `page`, `styles`, `metadata` and `body` stay YAML nodes until binding: any of them
/// may be a placeholder `{{ name }}` that the data fills in.
public struct Template {
    public let directory: String
    let file: YAMLFile
    let reader: NodeReader
    let name: String
    /// The `template:` key's value; `nil` when template.yaml has none (`name` is then the folder).
    public let declaredName: String?
    let fields: [DataField]
    let metadata: [(key: String, value: Node)]
    let page: [(key: String, value: Node)]
    let styles: [(name: String, location: SourceLocation, pairs: [(key: String, keyNode: Node, value: Node)])]
    let body: [Node]

    let master: [(key: String, value: Node)]

    /// The files the template itself may name (includes, images): those inside its folder.
    public let ownFiles: ReadableFiles

    static let topLevelKeys = ["template", "description", "data", "metadata", "page", "master", "styles", "body"]
    static let masterKeys = ["header", "footer", "numbering", "cover", "style"]
    static let pageKeys = ["paper", "custom_size", "orientation", "facing_pages", "writing_mode", "margins", "grid", "text_area",
                           "columns", "column_gap"]
    static let metadataKeys = ["title", "author", "subject", "keywords", "date"]
}

extension Template {
    /// Loads `directory/template.yaml`, collecting every problem in `diagnostics`.
    public static func load(directory: String, diagnostics: inout Diagnostics) -> Template? {
        let path = directory.hasSuffix("/") ? directory + "template.yaml" : directory + "/template.yaml"
        var errors = Diagnostics()
        let ownFiles = ReadableFiles(folders: [directory], description: "the template's folder")
        // template.yaml itself may be a link, but not to a file outside the folder.
        if let real = ReadableFiles.realPath(path), !ownFiles.contains(real) {
            diagnostics.append(.error(at: nil, "`\(path)` is a link to a file outside the template's folder",
                                      hints: ["copy the file into the template's folder instead of linking to it"]))
            return nil
        }
        guard let file = YAMLFile.load(path, what: "the template", diagnostics: &errors) else {
            if errors.all.first?.message.contains("does not exist") == true {
                diagnostics.append(.error(at: nil, "there is no template in `\(directory)` (no template.yaml)",
                                          hints: ["give the folder of a template, such as `templates/article`"]))
            } else {
                diagnostics.append(contentsOf: errors)
            }
            return nil
        }
        guard let root = file.root else {
            diagnostics.append(.error(at: SourceLocation(file: path, line: 1, column: 1), "the template is empty"))
            return nil
        }
        let reader = NodeReader(file: file)
        guard let pairs = reader.mapping(root, "template.yaml", allowed: topLevelKeys, diagnostics: &diagnostics)
        else { return nil }
        var name = directory
        var declaredName: String?
        var fields: [DataField] = []
        var metadata: [(key: String, value: Node)] = []
        var page: [(key: String, value: Node)] = []
        var styles: [(name: String, location: SourceLocation, pairs: [(key: String, keyNode: Node, value: Node)])] = []
        var body: [Node] = []
        var master: [(key: String, value: Node)] = []
        for (key, _, value) in pairs {
            switch key {
            case "template":
                declaredName = reader.string(value, "`template`", diagnostics: &diagnostics)
                name = declaredName ?? name
            case "data":
                for (fieldName, _, declaration) in reader.mapping(value, "`data`", diagnostics: &diagnostics) ?? [] {
                    if let field = DataField.read(name: fieldName, node: declaration, reader: reader,
                                                  diagnostics: &diagnostics) {
                        fields.append(field)
                    }
                }
            case "metadata":
                metadata = (reader.mapping(value, "`metadata`", allowed: metadataKeys, diagnostics: &diagnostics) ?? [])
                    .map { ($0.key, $0.value) }
            case "master":
                master = (reader.mapping(value, "`master`", allowed: masterKeys, diagnostics: &diagnostics) ?? [])
                    .map { ($0.key, $0.value) }
            case "page":
                page = (reader.mapping(value, "`page`", allowed: pageKeys, diagnostics: &diagnostics) ?? [])
                    .map { ($0.key, $0.value) }
            case "styles":
                for (styleName, _, declaration) in reader.mapping(value, "`styles`", diagnostics: &diagnostics) ?? [] {
                    let stylePairs = reader.mapping(declaration, "the style `\(styleName)`", allowed: StyleResolver.keys,
                                                    diagnostics: &diagnostics) ?? []
                    styles.append((styleName, reader.location(declaration), stylePairs))
                }
            case "body":
                body = reader.sequence(value, "`body`", diagnostics: &diagnostics) ?? []
            default:
                break
            }
        }
        return Template(directory: directory, file: file, reader: reader, name: name, declaredName: declaredName, fields: fields,
                        metadata: metadata, page: page, styles: styles, body: body, master: master,
                        ownFiles: ownFiles)
    }
}
