#!/usr/bin/env bash
# PDFs of the same report made differently (issue 8, "PDFs made differently"): other page sizes, margins, fonts,
# font sizes, table and column widths (scripts/pdf-variant-html.mjs), and two made from Word files
# (the docx-package fixture and LibreOffice's own .docx, each converted docx → pdf).
# Forms break across pages at other rows and cells wrap at other widths; the reader must give the same facts.
# Needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk fonts-wqy-zenhei
# Tests never run this: the outputs under samples/lo/variants/ are committed.
# Usage: scripts/make-pdf-variants.sh [variant…]   (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
html="samples/changji-czj-2024.html"
base="$(basename "$html" .html)"
out="samples/lo/variants"
command -v soffice >/dev/null || { echo "soffice not found: install libreoffice-writer-nogui" >&2; exit 1; }
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# $1 input file, $2 output pdf, $3 optional --infilter value. One fresh profile per run.
to_pdf() {
  local in="$1" dest="$2" filter="${3:-}" profile
  profile="$(mktemp -d -p "$tmp")"
  local args=(-env:UserInstallation="file://$profile" --headless --norestore)
  [ -n "$filter" ] && args+=(--infilter="$filter")
  local produced="$tmp/pdf/$(basename "${in%.*}").pdf"
  mkdir -p "$tmp/pdf"
  rm -f "$produced"
  for _ in 1 2; do # soffice sometimes exits 0 without writing: retry once
    HOME="$profile" soffice "${args[@]}" --convert-to pdf --outdir "$tmp/pdf" "$in" >/dev/null 2>>"$tmp/log" || true
    [ -s "$produced" ] && break
  done
  [ -s "$produced" ] || { echo "soffice did not write $produced:" >&2; cat "$tmp/log" >&2; exit 1; }
  mv "$produced" "$dest"
  echo "wrote $dest ($(pdfinfo "$dest" 2>/dev/null | awk '/^Pages/{print $2}') pages)"
}

variants=("$@")
if [ ${#variants[@]} -eq 0 ]; then
  mapfile -t variants < <(node -e 'import("./scripts/pdf-variant-html.mjs").then(m=>console.log(Object.keys(m.VARIANTS).join("\n")))')
  variants+=(docx-pkg lo-docx)
fi
for v in "${variants[@]}"; do
  case "$v" in
    docx-pkg) # the Word fixture made with the docx package (scripts/make-docx.ts), printed by LibreOffice
      cp "samples/$base.docx" "$tmp/$base.docx-pkg.docx"
      to_pdf "$tmp/$base.docx-pkg.docx" "$out/$base.docx-pkg.pdf" ;;
    lo-docx) # LibreOffice's own .docx of the HTML (samples/lo/), printed again: docx → pdf
      cp "samples/lo/$base.lo.docx" "$tmp/$base.lo-docx.docx"
      to_pdf "$tmp/$base.lo-docx.docx" "$out/$base.lo-docx.pdf" ;;
    *)
      node scripts/pdf-variant-html.mjs "$v" "$html" > "$tmp/$base.$v.html"
      to_pdf "$tmp/$base.$v.html" "$out/$base.$v.pdf" "HTML (StarWriter)" ;;
  esac
done
