#!/bin/sh
# Regenerates tests/data/libreoffice/: workbooks of the layout generator (seeds in
# tests/core/generalisation/generator/libreOfficeSamples.ts) written by exceljs, then opened and saved by
# LibreOffice Calc, so the tests read a second writer's .xlsx. Made once and committed; needs Debian's
# libreoffice-calc-nogui:  apt-get install -y libreoffice-calc-nogui
#   sh scripts/make-libreoffice-samples.sh
set -eu
cd "$(dirname "$0")/.."
out=tests/data/libreoffice
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/src" "$out"
WRITE_GENERATED="$tmp/src" npx jest tests/core/generalisation/generator/writeLibreOfficeSources >/dev/null
soffice --headless --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$tmp/lo" "$tmp"/src/*.xlsx >/dev/null 2>&1
cp "$tmp"/lo/*.xlsx "$out/"
ls -l "$out"
