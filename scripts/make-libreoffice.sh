#!/usr/bin/env bash
# Convert the HTML fixture with LibreOffice into a .docx and a .pdf (toolchain.md §4.2).
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk
# Tests never run this: the outputs under samples/lo/ are committed.
# Usage: scripts/make-libreoffice.sh [in.html] [outdir]
set -euo pipefail
in="${1:-samples/changji-czj-2024.html}"
out="${2:-samples/lo}"
base="$(basename "$in" .html)"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

convert() { # $1 = target format; one fresh profile per run (a shared profile makes a 2nd soffice exit silently)
  local profile="$tmp/profile-$1"
  mkdir -p "$profile" "$tmp/$1"
  # Without --infilter the HTML opens in Writer/Web, which has no docx export filter.
  HOME="$profile" soffice -env:UserInstallation="file://$profile" --headless --norestore \
    --infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$tmp/$1" "$in" >/dev/null 2>"$tmp/$1.log" || true
  local produced="$tmp/$1/$base.$1"
  # soffice sometimes exits 0 without writing: check, and retry once.
  if [ ! -s "$produced" ]; then
    HOME="$profile" soffice -env:UserInstallation="file://$profile" --headless --norestore \
      --infilter="HTML (StarWriter)" --convert-to "$1" --outdir "$tmp/$1" "$in" >/dev/null 2>>"$tmp/$1.log" || true
  fi
  [ -s "$produced" ] || { echo "soffice did not write $produced:" >&2; cat "$tmp/$1.log" >&2; exit 1; }
  mv "$produced" "$out/$base.lo.$1"
  echo "wrote $out/$base.lo.$1"
}
convert docx
convert pdf
