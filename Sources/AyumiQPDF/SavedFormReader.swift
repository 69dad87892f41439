internal import CQPDF
import AyumiAnswers

/// Reads the AcroForm of a PDF as a viewer saved it into plain `SavedForm` values.
///
/// The saved file may be anything a viewer writes — an incremental update after Ayumi's own
/// (pdf.js, MuPDF), a full rewrite with object and cross-reference streams (PDFium, Acrobat,
/// qpdf), several updates, a repaired xref — so it is read through qpdf rather than AyumiPDF's
/// reader, which reads only what cairo writes. The field tree is walked from `/AcroForm
/// /Fields` through `/Kids` (ISO 32000-1 §12.7.3.1): a kid with a `/T` is a field of its own, a
/// kid without one is a widget of its parent. Entries that fields inherit (`/FT`, `/Ff`, `/V`)
/// come down from the parents. A hostile file cannot make the walk loop or run away: objects
/// are visited once, and depth and count are bounded.
public enum SavedFormReader {
    /// Deeper than any real form (Ayumi's are three levels: `medications.1.drug`).
    static let maximumDepth = 32
    /// More field and widget dictionaries than any real form (the 人生ノート has about 2,000).
    static let maximumNodes = 200_000

    public static func read(_ bytes: [UInt8]) throws(SavedFormError) -> SavedForm {
        let document = try QPDFDocument(bytes: bytes)
        var walker = Walker(document: document)
        return try walker.form()
    }
}

/// One walk over one document's field tree.
private struct Walker {
    let document: QPDFDocument
    var handle: qpdf_data { document.handle }
    var visited: Set<Int> = []
    var nodes = 0
    var fields: [SavedField] = []

    init(document: QPDFDocument) {
        self.document = document
    }

    /// What a field passes to its kids (§12.7.3.1 Table 220: FT, Ff, V are inheritable).
    struct Inherited {
        var name: String?
        var type: SavedField.FieldType?
        var flags: Int?
        var value: SavedField.Value?
        var options: [String]?
        var label: String?
    }

    mutating func form() throws(SavedFormError) -> SavedForm {
        let root = qpdf_get_root(handle)
        try check()
        let acroForm = qpdf_oh_get_key_if_dict(handle, root, "/AcroForm")
        try check()
        let templateIdentifier = infoIdentifier()
        guard qpdf_oh_is_dictionary(handle, acroForm) != QPDF_FALSE else {
            return SavedForm(fields: [], templateIdentifier: templateIdentifier)
        }
        let roots = qpdf_oh_get_key(handle, acroForm, "/Fields")
        try check()
        for item in try items(of: roots) {
            try visit(item, inherited: Inherited(), depth: 0)
        }
        return SavedForm(fields: fields, templateIdentifier: templateIdentifier)
    }

    /// `/AyumiTemplate` in the Info dictionary (written by AyumiPDF's finisher).
    func infoIdentifier() -> String? {
        let trailer = qpdf_get_trailer(handle)
        let info = qpdf_oh_get_key_if_dict(handle, trailer, "/Info")
        guard qpdf_has_error(handle) == QPDF_FALSE, qpdf_oh_is_dictionary(handle, info) != QPDF_FALSE else {
            _ = document.failure()
            return nil
        }
        let value = qpdf_oh_get_key(handle, info, "/AyumiTemplate")
        let text = string(value)
        _ = document.failure()
        return text
    }

    mutating func visit(_ node: qpdf_oh, inherited: Inherited, depth: Int) throws(SavedFormError) {
        guard depth < SavedFormReader.maximumDepth else { throw .unreadable(.tooComplex, position: nil) }
        nodes += 1
        guard nodes <= SavedFormReader.maximumNodes else { throw .unreadable(.tooComplex, position: nil) }
        guard qpdf_oh_is_dictionary(handle, node) != QPDF_FALSE else { return }
        if qpdf_oh_is_indirect(handle, node) != QPDF_FALSE {
            let id = Int(qpdf_oh_get_object_id(handle, node)) << 16 | Int(qpdf_oh_get_generation(handle, node) & 0xFFFF)
            guard visited.insert(id).inserted else { return }
        }
        try check()

        var mine = inherited
        let partial = string(key(node, "/T"))
        if let partial {
            mine.name = inherited.name.map { "\($0).\(partial)" } ?? partial
        }
        if let type = name(key(node, "/FT")) {
            mine.type = switch type {
            case "Tx": .text
            case "Btn": .button
            case "Ch": .choice
            default: .other
            }
        }
        if let flags = integer(key(node, "/Ff")) { mine.flags = flags }
        if qpdf_oh_has_key(handle, node, "/V") != QPDF_FALSE { mine.value = value(key(node, "/V")) }
        if qpdf_oh_has_key(handle, node, "/Opt") != QPDF_FALSE { mine.options = try options(key(node, "/Opt")) }
        if let label = string(key(node, "/TU")) { mine.label = label }
        try check()

        // Kids with a /T are fields; kids without are this field's widgets.
        var childFields: [qpdf_oh] = []
        var widgets: [qpdf_oh] = []
        if qpdf_oh_has_key(handle, node, "/Kids") != QPDF_FALSE {
            for kid in try items(of: key(node, "/Kids")) where qpdf_oh_is_dictionary(handle, kid) != QPDF_FALSE {
                if qpdf_oh_has_key(handle, kid, "/T") != QPDF_FALSE { childFields.append(kid) } else { widgets.append(kid) }
            }
        }
        try check()
        for child in childFields {
            try visit(child, inherited: mine, depth: depth + 1)
        }
        // A terminal field: no field kids (or widgets beside them), and a name.
        guard childFields.isEmpty || !widgets.isEmpty, partial != nil || !widgets.isEmpty, let fullName = mine.name else { return }
        if widgets.isEmpty { widgets = [node] }
        var states: [String?] = []
        var onStates: [String?] = []
        for widget in widgets {
            nodes += 1
            guard nodes <= SavedFormReader.maximumNodes else { throw .unreadable(.tooComplex, position: nil) }
            states.append(name(key(widget, "/AS")))
            onStates.append(onState(of: widget))
        }
        try check()
        fields.append(SavedField(fullName: fullName, type: mine.type ?? .other, value: mine.value, options: mine.options ?? [],
                                 label: mine.label, flags: mine.flags ?? 0, widgetStates: states, onStates: onStates))
    }

    /// The name in a widget's `/AP /N` that is not `Off`.
    func onState(of widget: qpdf_oh) -> String? {
        let appearances = key(widget, "/AP")
        guard qpdf_oh_is_dictionary(handle, appearances) != QPDF_FALSE else { return nil }
        let normal = key(appearances, "/N")
        guard qpdf_oh_is_dictionary(handle, normal) != QPDF_FALSE else { return nil }
        qpdf_oh_begin_dict_key_iter(handle, normal)
        var count = 0
        while qpdf_oh_dict_more_keys(handle) != QPDF_FALSE, count < 64 {
            count += 1
            guard let key = qpdf_oh_dict_next_key(handle) else { break }
            let state = String(cString: key)
            if state != "/Off" { return String(state.dropFirst()) }
        }
        return nil
    }

    // MARK: - Objects to values

    func key(_ dictionary: qpdf_oh, _ key: String) -> qpdf_oh {
        qpdf_oh_get_key_if_dict(handle, dictionary, key)
    }

    /// The items of an array (a lone object counts as one), at most `maximumNodes`.
    func items(of array: qpdf_oh) throws(SavedFormError) -> [qpdf_oh] {
        if qpdf_oh_is_array(handle, array) == QPDF_FALSE {
            return qpdf_oh_is_dictionary(handle, array) != QPDF_FALSE ? [array] : []
        }
        let count = Int(qpdf_oh_get_array_n_items(handle, array))
        guard count <= SavedFormReader.maximumNodes else { throw .unreadable(.tooComplex, position: nil) }
        let result = (0..<max(0, count)).map { qpdf_oh_get_array_item(handle, array, Int32($0)) }
        try check()
        return result
    }

    /// A text string as Unicode (PDFDocEncoding or UTF-16BE, §7.9.2.2).
    func string(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_string(handle, object) != QPDF_FALSE else { return nil }
        var pointer: UnsafePointer<CChar>?
        var length = 0
        guard qpdf_oh_get_value_as_utf8(handle, object, &pointer, &length) != QPDF_FALSE, let pointer else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// A name without its slash.
    func name(_ object: qpdf_oh) -> String? {
        guard qpdf_oh_is_name(handle, object) != QPDF_FALSE else { return nil }
        var pointer: UnsafePointer<CChar>?
        var length = 0
        guard qpdf_oh_get_value_as_name(handle, object, &pointer, &length) != QPDF_FALSE, let pointer else { return nil }
        let text = String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
        return text.hasPrefix("/") ? String(text.dropFirst()) : text
    }

    func integer(_ object: qpdf_oh) -> Int? {
        var value: Int64 = 0
        guard qpdf_oh_is_integer(handle, object) != QPDF_FALSE,
              qpdf_oh_get_value_as_longlong(handle, object, &value) != QPDF_FALSE else { return nil }
        return Int(truncatingIfNeeded: value)
    }

    func value(_ object: qpdf_oh) -> SavedField.Value? {
        if let text = string(object) { return .text(text) }
        if let name = name(object) { return .name(name) }
        if qpdf_oh_is_array(handle, object) != QPDF_FALSE {
            let count = min(Int(qpdf_oh_get_array_n_items(handle, object)), 10_000)
            return .texts((0..<max(0, count)).compactMap { string(qpdf_oh_get_array_item(handle, object, Int32($0))) })
        }
        return nil
    }

    /// `/Opt`: strings, or `[export display]` pairs (the export value is kept).
    func options(_ object: qpdf_oh) throws(SavedFormError) -> [String] {
        guard qpdf_oh_is_array(handle, object) != QPDF_FALSE else { return [] }
        return try items(of: object).map { item in
            if let text = string(item) { return text }
            if qpdf_oh_is_array(handle, item) != QPDF_FALSE, qpdf_oh_get_array_n_items(handle, item) >= 1 {
                return string(qpdf_oh_get_array_item(handle, item, 0)) ?? ""
            }
            return ""
        }
    }

    /// Turns an error qpdf noted into a thrown one.
    func check() throws(SavedFormError) {
        if let failure = document.failure() { throw failure }
    }
}
