#!/bin/sh
# Regenerates tests/data/writers/: workbooks as openpyxl and LibreOffice write them, full of features a copy
# must keep. Made once and committed (the tests only read them); needs Debian's python3-openpyxl, python3-pil
# and libreoffice-calc-nogui:  apt-get install -y python3-openpyxl python3-pil libreoffice-calc-nogui
#   sh scripts/make-writer-samples.sh [FIXTURES_DIR]     (default ../shared/fixtures)
set -eu
cd "$(dirname "$0")/.."
fixtures=${1:-../shared/fixtures}
out=tests/data/writers
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
/usr/bin/python3 scripts/writer-samples/openpyxl_features.py "$fixtures" "$out"
/usr/bin/python3 scripts/writer-samples/openpyxl_hidden.py "$out"
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp" \
  "$out/openpyxl-scores.xlsx" "$out/openpyxl-balance.xlsx" "$out/openpyxl-hidden.xlsx" scripts/writer-samples/pivot.fods >/dev/null 2>&1
mv "$tmp/openpyxl-scores.xlsx" "$out/libreoffice-scores.xlsx"
mv "$tmp/openpyxl-balance.xlsx" "$out/libreoffice-balance.xlsx"
mv "$tmp/openpyxl-hidden.xlsx" "$out/libreoffice-hidden.xlsx"
mv "$tmp/pivot.xlsx" "$out/libreoffice-pivot.xlsx"
ls -l "$out"
# The Word report (tests/data/reports/README.md): needs libreoffice-writer-nogui.
if soffice --headless --convert-to docx --outdir "$tmp" scripts/writer-samples/report.fodt >/dev/null 2>&1 && [ -f "$tmp/report.docx" ]; then
  mkdir -p tests/data/reports && mv "$tmp/report.docx" tests/data/reports/libreoffice-report.docx
fi
