#!/usr/bin/env bash
# Turns a produced document (.docx, .xlsx or .pptx) into PNG pages, so a person can look at every
# page as a reader would. Needs Debian's libreoffice-*-nogui and poppler-utils:
#   apt-get install -y --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui \
#     libreoffice-impress-nogui poppler-utils
# Usage: scripts/render-pages.sh DOCUMENT [OUTPUT_FOLDER] [DPI]
set -euo pipefail
document=${1:?Usage: scripts/render-pages.sh DOCUMENT [OUTPUT_FOLDER] [DPI]}
out=${2:-"${document%.*}-pages"}
dpi=${3:-80}
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: install libreoffice-writer-nogui and poppler-utils." >&2; exit 1; }
done
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$out" "$document" >/dev/null
pdf="$out/$(basename "${document%.*}").pdf"
pdftoppm -r "$dpi" -png "$pdf" "$out/page"
echo "Wrote $(ls "$out"/page*.png | wc -l) pages to $out"
