/// "Did you mean …?" for misspelt keys and names.
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    ///
    /// "Close enough" is at most a third of the word's length (at least 1, at most 3) edits, so
    /// `colums` suggests `columns` but `size` does not suggest `title`.
    public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
        let limit = min(3, max(1, word.count / 3))
        let typed = Array(word.lowercased().unicodeScalars)
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased().unicodeScalars)
            // More edits than the limit just to make the lengths agree: no need to count them.
            // (A table with 20,000 unknown columns once spent minutes here, before any document.)
            guard abs(typed.count - other.count) <= limit,
                  let distance = editDistance(typed, other, atMost: min(limit, (best?.distance ?? .max) - 1))
            else { continue }
            best = (candidate, distance)
        }
        return best?.name
    }

    /// Edit distance where inserting, deleting or replacing a character, or swapping two
    /// neighbours (`fiel` → `file`), each count one (optimal string alignment).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), atMost: .max)!
    }

    /// The edit distance of `a` and `b` when it is at most `bound`; `nil` as soon as every
    /// alignment needs more (no row of the table has a value within the bound).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int) -> Int? {
        guard bound >= 0 else { return nil }
        if a.isEmpty { return b.count <= bound ? b.count : nil }
        if b.isEmpty { return a.count <= bound ? a.count : nil }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        var previousRowMinimum = 0
        for i in 1...a.count {
            var rowMinimum = table[i][0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, table[i][j])
            }
            // A value comes from the row above, or from two rows up plus one (a swap): once two
            // rows in a row are past the bound, every later row is too.
            if rowMinimum > bound, previousRowMinimum > bound { return nil }
            previousRowMinimum = rowMinimum
        }
        let distance = table[a.count][b.count]
        return distance <= bound ? distance : nil
    }
}
