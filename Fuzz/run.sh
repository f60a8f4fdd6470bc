#!/usr/bin/env bash
# Runs every fuzzer for FUZZ_SECONDS (default 60) from a seed corpus made of the test fixtures,
# the sample workspace and the preset schemes. Crashes are written to .build/fuzz/artifacts/;
# turn each into a regression test with the input as a literal.
#
#   FUZZ_SECONDS=20 Fuzz/run.sh          (skips with a message when -sanitize=fuzzer is unsupported)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${FUZZ_SECONDS:-60}
OUT=.build/fuzz
if ! Fuzz/build.sh --check; then
  echo "fuzz: this toolchain does not support -sanitize=fuzzer; skipped"
  exit 0
fi
if [[ ! -x $OUT/csv-reader || ! -x $OUT/number-parser || ! -x $OUT/scheme-decoder || ! -x $OUT/xlsx-reader || -n "$(find Sources/TICSupport Sources/TICIngest Sources/TICScoring Sources/TICPolicy Sources/TICReport Fuzz -newer $OUT/scheme-decoder -name '*.swift' | head -1)" ]]; then
  Fuzz/build.sh
fi

# Seed corpora.
seeds=$OUT/seeds
rm -rf "$seeds"; mkdir -p "$seeds/csv" "$seeds/number" "$seeds/scheme" "$seeds/xlsx" "$OUT/artifacts"
# Whole workbooks (first byte of a zip, "P", is even) and sheet XML behind an odd first byte.
cp Tests/TICIngestTests/Fixtures/xlsx/*.xlsx "$seeds/xlsx/"
printf '\x01<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>x&amp;y</t></is></c></row><row r="3"><c r="C3" s="1"><f>1+2</f><v>3</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/></mergeCells>' > "$seeds/xlsx/sheet-literal"
if command -v unzip >/dev/null; then
  for f in Tests/TICIngestTests/Fixtures/xlsx/*.xlsx; do
    { printf '\x01'; unzip -p "$f" xl/worksheets/sheet2.xml; } > "$seeds/xlsx/sheet-$(basename "$f" .xlsx)"
  done
fi
cp Tests/TICIngestTests/Fixtures/*.csv "$seeds/csv/"
for f in Datasets/sample/*.csv Datasets/sample/reports/*.csv; do head -c 4096 "$f" > "$seeds/csv/sample-$(basename "$(dirname "$f")")-$(basename "$f")"; done
i=0
for cell in 0 1234.5 -3 +3 1e3 '"1,234.5"' 12.5% １２３．５ －３ １２％ ' 7 ' - -- — N/A 无 / NaN inf 1e999 '#DIV/0!' '#N/A' 2023-01-05 2023/1/5 0.1 123456789012345678 1e-320; do
  printf '%s' "$cell" > "$seeds/number/$i"; i=$((i + 1))
done
cp Datasets/sample/scheme.json "$seeds/scheme/sample.json"
TICEVAL=.build/release/ticeval; [[ -x $TICEVAL ]] || TICEVAL=.build/debug/ticeval
if [[ -x $TICEVAL ]]; then
  for preset in national-2017 sichuan-2022 hunan-2020 tianjin-2018; do
    "$TICEVAL" schemes show "$preset" --lang en > "$seeds/scheme/$preset.json" 2>/dev/null || true
  done
fi

status=0
run() {
  local target=$1 corpus=$2 dict=${3:-}
  local work=$OUT/corpus/$target
  mkdir -p "$work"
  echo "fuzz: $target for ${SECONDS_EACH}s"
  if ! "$OUT/$target" "$work" "$corpus" -max_total_time="$SECONDS_EACH" -max_len=65536 -rss_limit_mb=2048 \
       -artifact_prefix="$OUT/artifacts/$target-" -print_final_stats=1 ${dict:+-dict=$dict} 2>"$OUT/$target.log"; then
    echo "fuzz: $target FOUND A CRASH; see $OUT/$target.log and $OUT/artifacts/"
    tail -40 "$OUT/$target.log"
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "$OUT/$target.log" | tr '\n' ' '; echo
  fi
}
run csv-reader "$seeds/csv"
run number-parser "$seeds/number"
run scheme-decoder "$seeds/scheme" Fuzz/json.dict
run xlsx-reader "$seeds/xlsx" Fuzz/xml.dict
exit $status
