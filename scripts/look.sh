#!/usr/bin/env bash
# Renders every document the app writes for the `group` and `hub` demos (Word, Excel and slides)
# to PNG pages in one folder, so a person can look over all of them in a minute. Builds the app
# first. Needs Debian's libreoffice-*-nogui and poppler-utils (see scripts/render-pages.sh).
# Usage: npm run look [-- OUTPUT_FOLDER]      (default: look/)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-look}")
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: install libreoffice-writer-nogui, libreoffice-calc-nogui, libreoffice-impress-nogui and poppler-utils." >&2; exit 1; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm run --silent build >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out/documents"
wge() { node bin/wge.js "$@"; }

# The demos are invented, so what the personal-data check flags in them is shown, not refused.
wge demo --db "$work/group.wgdb" --scale group >/dev/null
wge demo --db "$work/hub.wgdb" --scale hub >/dev/null
group=$(wge workgroup list --db "$work/group.wgdb" --json | node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync(0, "utf8"))[0].code)')
participant=$(node -e '
  const Database = require("better-sqlite3-multiple-ciphers");
  const db = new Database(process.argv[1], { readonly: true });
  process.stdout.write(db.prepare("SELECT id FROM participant WHERE deleted_at IS NULL ORDER BY name LIMIT 1").get().id);
' "$work/group.wgdb")

docs="$out/documents"
for what in report summary slides; do
  ext=$([ "$what" = summary ] && echo xlsx || ([ "$what" = slides ] && echo pptx || echo docx))
  wge export "$what" --db "$work/group.wgdb" --work-group "$group" --out "$docs/group-$what.$ext" --allow-flagged >/dev/null
done
wge export case-study --db "$work/group.wgdb" --work-group "$group" --out "$docs/case-studies" --allow-flagged >/dev/null
wge export action-research --db "$work/group.wgdb" --participant "$participant" --out "$docs/group-action-research.docx" --allow-flagged >/dev/null
wge export hub-report --db "$work/hub.wgdb" --out "$docs/hub-report.docx" --allow-flagged >/dev/null
wge export hub-summary --db "$work/hub.wgdb" --out "$docs/hub-summary.xlsx" --allow-flagged >/dev/null
wge export slides --hub --db "$work/hub.wgdb" --out "$docs/hub-slides.pptx" --allow-flagged >/dev/null

# One LibreOffice run converts them all; each document's pages are named after it.
profile=$(mktemp -d)
soffice "-env:UserInstallation=file://$profile" --headless --convert-to pdf --outdir "$work/pdf" \
  "$docs"/*.* "$docs"/case-studies/*.docx >/dev/null 2>&1
rm -rf "$profile"
# A hub workbook prints to hundreds of pages: its first twelve show how its sheets print.
for pdf in "$work"/pdf/*.pdf; do
  name=$(basename "${pdf%.pdf}")
  pages=()
  [ -f "$docs/$name.xlsx" ] && pages=(-l 12)
  pdftoppm -r 60 "${pages[@]}" -png "$pdf" "$out/$name"
done
echo "Wrote $(ls "$out"/*.png | wc -l) pages of $(ls "$work"/pdf/*.pdf | wc -l) documents to $out (the documents themselves are in $docs)."
