#!/usr/bin/env python3
"""Times Ayumi and Typst on the same 40-page Japanese article, side by side.

Issue 15 asks that Ayumi's "article, 40 pages" build stay at or below one fifth of Typst's time
for the same text on the same machine. This script makes that text the way ayumi-bench does
(the body of examples/article/sample.yaml, one 「人生会議」 given ruby, repeated 78 times), writes
it once as Ayumi data and once as a Typst document with the same page (A4, 20 mm margins), fonts
(BIZ UDMincho 12 pt, headings in BIZ UDGothic Bold), line pitch (1.75 em), indent and
justification, and times each, alternating, RUNS times:

- Ayumi: the whole `ayumi build` process (start-up, fonts, composition, PDF), wall clock;
- Typst: only `typst.compile()`, in a fresh Python that has already imported Typst (the typst
  package from PyPI, the Typst compiler as a library) — Python's own start-up is left out,
  which favours Typst.

Typst has no ruby without a package (and Ayumi never fetches one), so its copy sets the base
without the reading; that, too, favours Typst.

  swift build -c release --product ayumi
  python3 -m pip install typst        # PIP_BREAK_SYSTEM_PACKAGES=1 on Debian's python3
  python3 Benchmarks/typst/compare.py [--runs 11] [--ayumi .build/release/ayumi]

Run it from the repository's root on an idle machine; it prints each median and their ratio.
"""
import argparse, os, re, resource, statistics, subprocess, sys, tempfile, time

REPEATS = 78  # as ayumi-bench's article, 40 pages (BenchInputs.fortyPageRepeats)


def sample_body():
    lines = open("examples/article/sample.yaml", encoding="utf-8").read().split("\n")
    body = lines[lines.index("body: |") + 1:]
    while body and not body[-1]:
        body.pop()
    for i, line in enumerate(body):
        if "人生会議は" in line:
            body[i] = line.replace("人生会議は", "{人生会議|じんせいかいぎ}は", 1)
            break
    return [line[2:] for line in body]


def ayumi_data(body):
    chunk = "\n".join("  " + line if line else "" for line in body)
    return "title: 人生会議のすすめ\nbody: |\n" + "\n\n".join([chunk] * REPEATS) + "\n"


def typst_text(line):
    line = re.sub(r"\{([^|}]+)\|[^}]+\}", r"\1", line)  # ruby: base only (see above)
    if line.startswith("## "):
        return "== " + line[3:]
    if line.startswith("# "):
        return "= " + line[2:]
    return line


def typst_document(body):
    chunk = "\n".join(typst_text(line) for line in body)
    # Paragraphs are separated by blank lines in both; a heading line ends its paragraph.
    chunk = re.sub(r"\n(?==)", "\n\n", chunk)
    chunk = re.sub(r"(^=.*)\n(?!\n)", r"\1\n\n", chunk, flags=re.M)
    return "\n".join([
        '#set page(paper: "a4", margin: 20mm)',
        # A line box from ascender to descender (BIZ UD: the em box) plus 0.75 em of leading:
        # Ayumi's line pitch of 1.75 em.
        '#set text(font: "BIZ UDMincho", size: 12pt, lang: "ja", top-edge: "ascender", bottom-edge: "descender")',
        "#set par(justify: true, first-line-indent: (amount: 1em, all: true), leading: 0.75em, spacing: 0.75em)",
        '#show heading: set text(font: "BIZ UDGothic", weight: "bold")',
        '#show heading.where(level: 1): set text(size: 1.25em)',
        '#show heading.where(level: 2): set text(size: 1.1em)',
        '#text(font: "BIZ UDGothic", weight: "bold", size: 1.6em)[人生会議のすすめ]',
        "",
        "\n\n".join([chunk] * REPEATS),
        "",
    ])


# Times one `typst.compile` (wall clock, then CPU time of all threads) after Python has
# started and imported Typst.
TIME_TYPST = """
import resource, sys, time, typst
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
start, start_cpu = time.perf_counter(), cpu()
typst.compile(sys.argv[1], output=sys.argv[2])
print(time.perf_counter() - start, cpu() - start_cpu)
"""


def pages(pdf):
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--ayumi", default=".build/release/ayumi")
    args = parser.parse_args()
    try:
        import typst
    except ImportError:
        sys.exit("compare.py needs Typst as a library: python3 -m pip install typst")
    if not os.path.exists("templates/article/template.yaml"):
        sys.exit("compare.py: run it from the repository's root")
    body = sample_body()
    with tempfile.TemporaryDirectory() as folder:
        data, source = f"{folder}/article-40.yaml", f"{folder}/article-40.typ"
        open(data, "w", encoding="utf-8").write(ayumi_data(body))
        open(source, "w", encoding="utf-8").write(typst_document(body))
        ayumi_pdf, typst_pdf = f"{folder}/ayumi.pdf", f"{folder}/typst.pdf"
        command = [args.ayumi, "build", "templates/article", "--data", data, "--quiet", "-o", ayumi_pdf]
        def cpu(who):
            usage = resource.getrusage(who)
            return usage.ru_utime + usage.ru_stime
        ayumi_times, typst_times, ayumi_cpu, typst_cpu = [], [], [], []
        for run in range(args.runs + 1):  # the first of each is a warm-up
            start, start_cpu = time.perf_counter(), cpu(resource.RUSAGE_CHILDREN)
            subprocess.run(command, check=True)
            ayumi_time, ayumi_cpu_time = time.perf_counter() - start, cpu(resource.RUSAGE_CHILDREN) - start_cpu
            # A fresh Python for each run, as `typst compile` is a fresh process: in one process
            # Typst memoizes (comemo) and a second compile of the same source redoes little.
            measured = subprocess.run([sys.executable, "-c", TIME_TYPST, source, typst_pdf],
                                      check=True, capture_output=True, text=True).stdout.split()
            typst_time, typst_cpu_time = float(measured[0]), float(measured[1])
            if run:
                ayumi_times.append(ayumi_time)
                typst_times.append(typst_time)
                ayumi_cpu.append(ayumi_cpu_time)
                typst_cpu.append(typst_cpu_time)
        ayumi_ms, typst_ms = 1000 * statistics.median(ayumi_times), 1000 * statistics.median(typst_times)
        print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at the end")
        # CPU time (user + system, all threads) beside the wall clock: on a busy machine the
        # wall clock mostly measures the other processes.
        print(f"Ayumi  {pages(ayumi_pdf):3d} pages: median {ayumi_ms:7.1f} ms, fastest {1000 * min(ayumi_times):7.1f} ms,"
              f" CPU median {1000 * statistics.median(ayumi_cpu):7.1f} ms")
        print(f"Typst  {pages(typst_pdf):3d} pages: median {typst_ms:7.1f} ms, fastest {1000 * min(typst_times):7.1f} ms,"
              f" CPU median {1000 * statistics.median(typst_cpu):7.1f} ms  (typst {getattr(typst, '__version__', '?')})")
        ratio = ayumi_ms / typst_ms
        print(f"Ayumi / Typst = {ratio:.3f} (target ≤ 0.200): {'met' if ratio <= 0.2 else 'NOT MET'}")
        return 0 if ratio <= 0.2 else 1


if __name__ == "__main__":
    sys.exit(main())
