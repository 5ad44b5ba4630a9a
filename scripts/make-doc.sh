#!/usr/bin/env bash
# The legacy Word fixture samples/doc/changji-czj-2024.doc: LibreOffice saves the Word fixture as .doc (Word 97-2003).
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui. Tests never run this: the output is committed.
set -euo pipefail
in="${1:-samples/changji-czj-2024.docx}"
out="${2:-samples/doc}"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
HOME="$tmp" soffice -env:UserInstallation="file://$tmp/profile" --headless --norestore --convert-to doc --outdir "$tmp" "$in" >/dev/null 2>"$tmp/log" || true
produced="$tmp/$(basename "$in" .docx).doc"
[ -s "$produced" ] || { echo "soffice did not write $produced:" >&2; cat "$tmp/log" >&2; exit 1; }
mv "$produced" "$out/"
echo "wrote $out/$(basename "$produced")"
