#!/usr/bin/env bash
# Writes delivered-xlsx/: every CSV file of delivered/ opened and saved as .xlsx by LibreOffice Calc
# (headless), as a clerk would save the department's files from a spreadsheet program. GB18030
# files are converted to UTF-8 first (LibreOffice's import options name one character set).
# Ran with LibreOffice 7.4.7.2 (Debian 12) on 2026-12-07; the files are committed.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export HOME=$work/home
rm -rf delivered-xlsx; mkdir -p delivered-xlsx/reports "$work/utf8/reports"
( cd delivered
  for f in *.csv reports/*.csv; do
    if iconv -f utf-8 -t utf-8 "$f" >/dev/null 2>&1; then cp "$f" "$work/utf8/$f"; else iconv -f gb18030 -t utf-8 "$f" > "$work/utf8/$f"; fi
  done )
for f in "$work"/utf8/*.csv; do
  soffice --headless --infilter="CSV:44,34,76,1,,0,false,true" --convert-to xlsx --outdir delivered-xlsx "$f" >/dev/null
done
for f in "$work"/utf8/reports/*.csv; do
  soffice --headless --infilter="CSV:44,34,76,1,,0,false,true" --convert-to xlsx --outdir delivered-xlsx/reports "$f" >/dev/null
done
