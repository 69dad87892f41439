import AyumiModel
import Foundation
import Yams

extension BlockReader {
    /// `image: images/map.png` with `alt:` (required: screen readers read it) and `width:`.
    mutating func image(_ content: Node, options: [String: Node], at location: SourceLocation,
                        diagnostics: inout Diagnostics) -> [Block] {
        guard let (file, fileLocation) = binding.string(content, "`image`", diagnostics: &diagnostics),
              let path = templateFile(file, at: fileLocation, diagnostics: &diagnostics)
        else { return [] }
        let lower = file.lowercased()
        guard lower.hasSuffix(".png") || lower.hasSuffix(".jpg") || lower.hasSuffix(".jpeg") else {
            diagnostics.append(.error(at: fileLocation, "`\(file)` is not a PNG or JPEG file",
                                      hints: ["save the picture as .png or .jpg"]))
            return []
        }
        guard let altNode = options["alt"], let alt = binding.text(altNode, "`alt`", diagnostics: &diagnostics)?.text,
              !alt.isEmpty else {
            diagnostics.append(.error(at: location, "the image `\(file)` has no `alt` text",
                                      hints: ["add `alt:` saying in a few words what the picture shows, for screen readers"]))
            return []
        }
        return [.image(ImageBlock(path: path, alternativeText: alt, width: share(options["width"], "`width`", diagnostics: &diagnostics),
                                  location: location))]
    }

    /// `qr: "{{ event.url }}"` with `size:` and an optional `caption:`.
    mutating func qrCode(_ content: Node, options: [String: Node], at location: SourceLocation,
                         diagnostics: inout Diagnostics) -> [Block] {
        guard let data = binding.text(content, "`qr`", diagnostics: &diagnostics)?.text, !data.isEmpty else {
            diagnostics.append(.error(at: location, "the QR code has nothing to hold", hints: ["give the address: qr: https://…"]))
            return []
        }
        var size = Length.mm(25)
        if let node = options["size"], case .absolute(let length)? = binding.length(node, "`size`", diagnostics: &diagnostics) {
            size = length
        }
        if size < .mm(15) {
            diagnostics.append(.warning(at: location, "a QR code smaller than 15 mm is hard to scan for many phones",
                                        hints: ["use `size: 20mm` or more"]))
        }
        let caption = options["caption"].flatMap { inlines($0, "`caption`", diagnostics: &diagnostics) }
        guard let style = style(options, fallbacks: ["caption", "paragraph"], at: location, diagnostics: &diagnostics) else {
            return []
        }
        return [.qrCode(QRCodeBlock(data: data, size: size, caption: caption, captionStyle: style, location: location))]
    }

    /// The real path of a file the template names, relative to its folder; a name (or a link)
    /// that leads outside the folder is refused (`ReadableFiles`).
    func templateFile(_ relative: String, at location: SourceLocation, diagnostics: inout Diagnostics) -> String? {
        let (found, missing) = binding.template.ownFiles.file(relative, relativeTo: binding.template.directory,
                                                              at: location, diagnostics: &diagnostics)
        if missing {
            diagnostics.append(.error(at: location, "there is no file `\(relative)` in the template's folder"))
        }
        guard let found else { return nil }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: found, isDirectory: &isDirectory), !isDirectory.boolValue else {
            diagnostics.append(.error(at: location, "`\(relative)` is a folder, not a file", hints: ["name a file inside it"]))
            return nil
        }
        return found
    }
}
