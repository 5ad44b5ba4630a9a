#!/usr/bin/env bash
# A long PDF for the benchmark (bench/run.ts, "long PDF"): the sample reports' PDFs concatenated in turn
# (Shanghai Putuo 25 pages, Shanghai template 23, Chongqing SWU 21, the LibreOffice Changji 28) until PAGES pages,
# the last one cut to fit. Not a report anyone wrote: a stress input of real pages, built on the fly (≈10 MB for 200
# pages, too big to commit). Needs qpdf (apt-get install -y qpdf); tests never need it.
#   scripts/make-long-pdf.sh OUT.pdf [PAGES=200]
set -euo pipefail
out=${1:?usage: make-long-pdf.sh OUT.pdf [PAGES]}
want=${2:-200}
root="$(cd "$(dirname "$0")/.." && pwd)"
srcs=("$root/samples/shanghai-putuo-czj-2024.pdf" "$root/samples/shanghai-template-2024.pdf" "$root/samples/chongqing-swu-2023.pdf" "$root/samples/lo/changji-czj-2024.lo.pdf")
args=()
have=0
i=0
while [ "$have" -lt "$want" ]; do
  f=${srcs[$((i % ${#srcs[@]}))]}
  n=$(qpdf --show-npages "$f")
  take=$((want - have < n ? want - have : n))
  args+=("$f" "1-$take")
  have=$((have + take))
  i=$((i + 1))
done
# qpdf exits 3 when it only warned (the file is written)
qpdf --empty --pages "${args[@]}" -- "$out" || [ $? -eq 3 ]
echo "$out: $(qpdf --show-npages "$out") pages, $(stat -c %s "$out") bytes"
