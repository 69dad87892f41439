import Foundation

/// Progress of a batch: a bar redrawn in place on a terminal, plain lines otherwise.
///
/// On a terminal the bar is one line of standard error, redrawn as documents finish; messages
/// printed meanwhile clear it first and it comes back under them. Elsewhere (a log file, a
/// pipe) a line is written at every tenth of the work, so logs stay short.
struct ProgressDisplay {
    let total: Int
    let onTerminal: Bool
    let enabled: Bool
    private var lastTenth = 0
    private(set) var done = 0
    private(set) var failed = 0
    private let start = ContinuousClock.now

    init(total: Int, console: Console, onTerminal: Bool = Console.standardErrorIsTerminal) {
        self.total = total
        self.onTerminal = onTerminal
        self.enabled = console.verbosity >= .normal
    }

    mutating func advance(failed isFailure: Bool) {
        done += 1
        if isFailure { failed += 1 }
        guard enabled else { return }
        if onTerminal {
            draw()
        } else {
            let tenth = total == 0 ? 10 : done * 10 / total
            if tenth > lastTenth || done == total {
                lastTenth = tenth
                Console.write(tr(.batchProgressLine(done: done, total: total, failed: failed)) + "\n", to: .standardError)
            }
        }
    }

    /// Prints `text` (diagnostics) above the bar.
    func printAbove(_ text: String) {
        guard !text.isEmpty else { return }
        if enabled && onTerminal {
            Console.write("\r\u{1B}[2K" + text, to: .standardError)
            draw()
        } else {
            Console.write(text, to: .standardError)
        }
    }

    /// Removes the bar, leaving the terminal clean for the summary.
    func finish() {
        if enabled && onTerminal { Console.write("\r\u{1B}[2K", to: .standardError) }
    }

    func draw() {
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let seconds = Int((ContinuousClock.now - start) / .seconds(1))
        let line = "\r\u{1B}[2K" + tr(.batchProgressBar(bar: bar, done: done, total: total, failed: failed,
                                                         elapsed: String(format: "%d:%02d", seconds / 60, seconds % 60)))
        Console.write(line, to: .standardError)
    }
}
