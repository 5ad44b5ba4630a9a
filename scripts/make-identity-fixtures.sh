#!/usr/bin/env bash
# Report openings for the identity tests in every format: each samples/identity/*.html is converted by
# LibreOffice into .docx, .pdf and .txt beside it (toolchain.md §4.2). Tests never run this: outputs are committed.
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk
# Usage: scripts/make-identity-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for in in samples/identity/*.html; do
  base="$(basename "$in" .html)"
  for fmt in docx pdf "txt:Text (encoded):UTF8"; do
    ext="${fmt%%:*}"
    profile="$tmp/profile-$base-$ext" # one fresh profile per run (a shared profile makes a 2nd soffice exit silently)
    mkdir -p "$profile" "$tmp/out"
    for try in 1 2; do
      HOME="$profile" soffice -env:UserInstallation="file://$profile" --headless --norestore \
        --infilter="HTML (StarWriter)" --convert-to "$fmt" --outdir "$tmp/out" "$in" >/dev/null 2>"$tmp/log" || true
      [ -s "$tmp/out/$base.$ext" ] && break
    done
    [ -s "$tmp/out/$base.$ext" ] || { echo "soffice did not write $base.$ext:" >&2; cat "$tmp/log" >&2; exit 1; }
    mv "$tmp/out/$base.$ext" "samples/identity/$base.$ext"
    echo "wrote samples/identity/$base.$ext"
  done
done
