/// A resident's answers read from a saved form: the keys and values of an answers file, in the
/// template's order, and what could not be read.
public struct ReadAnswers: Hashable, Sendable {
    public var answers: [Answer]
    /// Problems worth telling, each naming a field, never its contents.
    public var problems: [AnswersProblem]

    public init(answers: [Answer] = [], problems: [AnswersProblem] = []) {
        self.answers = answers
        self.problems = problems
    }
}

/// One key of an answers file.
public struct Answer: Hashable, Sendable {
    public var key: String
    public var value: AnswerValue

    public init(_ key: String, _ value: AnswerValue) {
        self.key = key
        self.value = value
    }
}

/// An answer's value, in the shapes docs/templates.md ("Renditions and answers") gives.
public enum AnswerValue: Hashable, Sendable {
    /// Text, a choice's word or an ISO date (`1948-03-15`).
    case text(String)
    /// The words of a check list.
    case list([String])
    /// A table with `keys:`: each row its non-empty cells by key, in column order.
    case keyedRows([[KeyedCell]])
    /// A table without keys: each row its cells in column order, up to the last non-empty one.
    case cellRows([[String]])
}

/// One cell of a keyed table row.
public struct KeyedCell: Hashable, Sendable {
    public var key: String
    public var text: String

    public init(_ key: String, _ text: String) {
        self.key = key
        self.text = text
    }
}

/// Something in the form that did not become an answer. Each names the field (the template's
/// key or the PDF field's name), never what the resident wrote.
public enum AnswersProblem: Hashable, Sendable {
    /// A PDF field that belongs to none of the template's fields.
    case unknownField(String)
    /// A date with some of era, year, month and day missing or not a number; left out.
    case incompleteDate(String)
    /// A date that does not exist (昭和65年, 2月30日, 平成元年1月7日); left out.
    case impossibleDate(String)
    /// A button in a state that stands for none of the field's options; left out.
    case unknownState(String)
    /// 「その他」 text written while another option of a one-answer choice is chosen; the
    /// chosen option is kept, the written text left out.
    case writeInBesideChoice(String)
}

/// Why a PDF is refused as a whole.
public enum AnswersRefusal: Error, Hashable, Sendable {
    /// The PDF says it was made from another template.
    case otherTemplate(found: String, expected: String)
    /// The PDF has no form fields: not a fillable PDF.
    case noFields
    /// The PDF names no template, and most of its fields are not this template's.
    case fieldsOfAnotherTemplate(unknown: Int, total: Int)
}
