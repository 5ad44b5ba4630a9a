#!/usr/bin/env bash
# Text dumps of the sample PDFs (samples/dumps/), as reports often arrive: pdftotext plain and -layout
# (poppler-utils: apt-get install -y poppler-utils poppler-data), and a pdfplumber-style dump (one table row per
# line, cells separated by single spaces) made by scripts/make-plumber-dump.ts from juesuan's own PDF reader
# (python's pdfplumber is not available here). Usage: scripts/make-dumps.sh [PDF…]
set -euo pipefail
cd "$(dirname "$0")/.."
out="samples/dumps"
mkdir -p "$out"
pdfs=("$@")
[ ${#pdfs[@]} -eq 0 ] && pdfs=(samples/shanghai-putuo-czj-2024.pdf samples/shanghai-template-2024.pdf samples/chongqing-swu-2023.pdf samples/lo/changji-czj-2024.lo.pdf)
command -v pdftotext >/dev/null || { echo "pdftotext not found: apt-get install -y poppler-utils poppler-data" >&2; exit 2; }
for pdf in "${pdfs[@]}"; do
  base="$(basename "$pdf" .pdf)"
  base="${base%.lo}"
  pdftotext -enc UTF-8 "$pdf" "$out/$base.pdftotext.txt" 2>/dev/null
  pdftotext -enc UTF-8 -layout "$pdf" "$out/$base.layout.txt" 2>/dev/null
  npx tsx scripts/make-plumber-dump.ts "$pdf" > "$out/$base.plumber.txt"
done
# -layout dumps of differently made PDFs of the same report (samples/lo/variants/): list items whose label is spaced
# out from the text ("5.   其他支出(类)…") must stay prose
mkdir -p "$out/variants"
for pdf in samples/lo/variants/changji-czj-2024.docx-pkg.pdf; do
  pdftotext -enc UTF-8 -layout "$pdf" "$out/variants/$(basename "$pdf" .pdf).layout.txt" 2>/dev/null
done
pdftotext -v 2>&1 | head -1 > "$out/VERSION"
ls -l "$out"
