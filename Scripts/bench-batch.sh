#!/bin/sh
# Times `ayumi batch` on 200 people, as docs/performance.md reports it.
#
#   swift build -c release --product ayumi
#   Scripts/bench-batch.sh [.build/release/ayumi]
#
# Two tables of 200 rows are made here (all names fictional):
#   notice  — Tests/ayumiTests/Fixtures/notice with its 2026 edition; each row gives a name, a
#             message and a seminar date (a one-page A5 notice: title, 和暦 dates, contacts, law notes).
#   article — templates/article; each row gives a title and the sample article's whole body
#             (a one-page A4 article: about 900 characters of prose with headings and ruby).
# Each table is run three times; every run's wall-clock time is printed.
set -eu
ayumi=${1:-.build/release/ayumi}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import csv, sys
work = sys.argv[1]
with open(f"{work}/notice.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "message", "seminar_date"])
    for i in range(1, 201):
        w.writerow([f"利用者{i:03d}", "講座のご案内です。ご都合のよいときにお越しください。\n\n当日は筆記用具をお持ちください。", "2026-11-30"])
lines = open("examples/article/sample.yaml", encoding="utf-8").read().split("\n")
start = lines.index("body: |") + 1
body = "\n".join(line[2:] for line in lines[start:])
with open(f"{work}/article.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["title", "body"])
    for i in range(1, 201):
        w.writerow([f"人生会議のすすめ（{i:03d}）", body])
open(f"{work}/article-base.yaml", "w", encoding="utf-8").write("page_size: A4\n")
PY

seconds() { echo "$1 $2" | awk '{printf "%.2f", ($2 - $1) / 1e9}'; }
for run in 1 2 3; do
    start=$(date +%s%N)
    "$ayumi" batch Tests/ayumiTests/Fixtures/notice --data Tests/ayumiTests/Fixtures/notice/edition-2026.yaml \
        --people "$work/notice.csv" -o "$work/notice-out" --quiet
    end=$(date +%s%N)
    echo "notice  run $run: $(seconds "$start" "$end") s, $(ls "$work/notice-out" | wc -l) PDFs"
done
for run in 1 2 3; do
    start=$(date +%s%N)
    "$ayumi" batch templates/article --data "$work/article-base.yaml" --people "$work/article.csv" \
        -o "$work/article-out" --quiet
    end=$(date +%s%N)
    echo "article run $run: $(seconds "$start" "$end") s, $(ls "$work/article-out" | wc -l) PDFs"
done
