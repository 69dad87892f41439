import AyumiModel

/// `{{ name }}` inside template text: where the data's value goes.
struct Placeholder {
    /// The field's name, without braces or spaces.
    var name: String
    /// Scalar offsets of the whole `{{ … }}` in the text it was found in.
    var range: Range<Int>

    /// Every placeholder in `text`, in order. Unclosed `{{` is left as text here; the inline
    /// markup parser reports it (as it does a `{{` in a data file, where nothing is filled in).
    static func all(in text: String) -> [Placeholder] {
        let scalars = Array(text.unicodeScalars)
        var found: [Placeholder] = []
        var index = 0
        while index + 1 < scalars.count {
            guard scalars[index] == "{", scalars[index + 1] == "{" else { index += 1; continue }
            var end = index + 2
            while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
            guard end + 1 < scalars.count else { break }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[(index + 2)..<end].filter { $0 != " " })
            found.append(Placeholder(name: String(view), range: index..<(end + 2)))
            index = end + 2
        }
        return found
    }
}
