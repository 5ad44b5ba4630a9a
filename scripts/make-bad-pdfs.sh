#!/usr/bin/env bash
# Makes the broken/protected PDF fixtures in samples/pdf/ from samples/pdf/synthetic.pdf
# (run scripts/make-pdf-fixtures.ts first). Needs: qpdf, poppler-utils (pdftoppm), img2pdf
#   apt-get install -y qpdf poppler-utils img2pdf
set -euo pipefail
cd "$(dirname "$0")/.."
src=samples/pdf/synthetic.pdf
out=samples/pdf
# a password is needed to open it
qpdf --encrypt secret-user secret-owner 256 -- "$src" "$out/encrypted-user.pdf"
# owner password only (restrictions, no password to open): must read normally
qpdf --encrypt "" secret-owner 256 --print=none --modify=none --extract=n -- "$src" "$out/owner-only.pdf"
# truncated: the first 40% of the bytes (no xref, no trailer, cut inside a stream)
size=$(stat -c %s "$src")
head -c $((size * 40 / 100)) "$src" > "$out/truncated.pdf"
# not a PDF at all behind a PDF header
{ printf '%%PDF-1.7\n'; head -c 4000 /dev/zero | tr '\0' 'x'; } > "$out/garbage.pdf"
# image only (a scan): page 1 rendered to PNG, wrapped in a PDF
tmp=$(mktemp -d)
pdftoppm -png -r 40 -f 1 -l 1 "$src" "$tmp/page"
img2pdf "$tmp"/page*.png -o "$out/image-only.pdf"
rm -rf "$tmp"
ls -l "$out"
