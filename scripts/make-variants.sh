#!/usr/bin/env bash
# Encoding variants of a seed text (samples/variants/): GB18030, CRLF line ends, UTF-8 with BOM.
# Node has no GB18030 encoder, so this uses iconv. Usage: scripts/make-variants.sh [in.txt]
set -euo pipefail
in="${1:-samples/changji-czj-2024.txt}"
out="samples/variants"
base="$(basename "$in" .txt)"
mkdir -p "$out"
iconv -f UTF-8 -t GB18030 "$in" > "$out/$base.gb18030.txt"
sed 's/$/\r/' "$in" > "$out/$base.crlf.txt"
{ printf '\xef\xbb\xbf'; cat "$in"; } > "$out/$base.bom.txt"
ls -l "$out"
