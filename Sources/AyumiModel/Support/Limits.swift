/// The most one build reads or makes: every input Ayumi accepts is bounded here, in one place.
///
/// Templates, data files, tables and pictures may come from anyone (a template shared by
/// another city, a table exported from someone's spreadsheet), and a mistake or a hostile file
/// must not run for minutes or take gigabytes. Each limit is far above what the city's own
/// documents need — the 41-page 人生ノート with its edition stays below a tenth of every one
/// (`LimitsTests` checks it) — and far below what would hurt. Reaching a limit is an error
/// with exit status 1, located where the limit was reached, that says which limit it is and
/// what to split. The limits are fixed, not options: a template or table that could raise
/// them would be the very file they protect against. docs/robustness.md lists them.
public enum Limits {
    /// Pages in one document. The 人生ノート has 41; a thousand is a thick book. A page of the
    /// note takes about 190 KB while it is being made, so the limit also bounds memory (about
    /// 200 MB); aliased YAML once made 20,400 pages and 3.9 GB. Split a longer document.
    public static let pagesPerDocument = 1_000

    /// Files read through `include:` in one build, counting a file each time it is included.
    /// The note reads 29 files this way. The depth limit (16) stops a loop, but not fan-out: a
    /// four-line file that includes itself three times would read 3¹⁶ files.
    public static let includesPerBuild = 500

    /// Blocks of the template read for one document, counting a block again each time a
    /// `repeat` or an `include` reads it. The note reads 495, the kizuna note 139. Pages bound
    /// what layout makes, but binding comes first: a `repeat` of a few blocks over a list of a
    /// million items (a 4 MB data file) would make millions of blocks before any page. A
    /// hundred thousand short paragraphs are some 5,000 pages, past the page limit anyway.
    public static let blocksPerDocument = 100_000

    /// Bytes of one input text file (template file, data file, answers, CSV table), before or
    /// after its YAML aliases are expanded. The largest the project ships is 11 KB; 4 MiB is
    /// about two million Japanese characters of text, or a table of some 13,000 people. A
    /// 100 MB body once took 3.6 GB. Split a larger table into several batches.
    public static let bytesPerInputFile = 4 * 1024 * 1024

    /// Values (scalars, lists, mappings) in one YAML file once its aliases are expanded: the
    /// guard against "billion laughs". The note's largest file holds a few hundred.
    public static let yamlValuesPerFile = 1_000_000

    /// Messages shown for one file; after them, one line says how many more there are. Fifty
    /// fill a terminal screen or two; a 20,000-column table once printed 20,000 warnings.
    public static let messagesPerFile = 50

    /// Pixels of one picture (width × height), about 50 megapixels: a 8,000 × 6,000 camera
    /// photo fits. A decoded pixel takes 4 bytes, so the limit bounds one picture at 200 MB;
    /// a 1.1 MB PNG of 20,000 × 20,000 once decoded to 1.6 GB. (Checked from the picture's header before decoding: `ImageLimits`.)
    public static let imagePixels = 50_000_000
}
