#!/usr/bin/env bash
# Renders report.html in headless Chromium and checks it the way a reader would see it.
#
#   Tests/browser/check_report.sh [--screenshot PATH] [--ticeval PATH]
#
# 1. Evaluates the bundled sample, and a hostile copy of it (a center named with a <script> tag and
#    attribute breakers, a region holding an <img onerror>), with `ticeval evaluate`.
# 2. Loads each report.html?selftest=1 with `chromium --headless --dump-dom --enable-logging=stderr`:
#    - fails on ANY console message (the page logs nothing when all is well; a script error, a
#      blocked network request or executed hostile markup all print a CONSOLE line);
#    - requires the page's self-test (sorting by clicks, every filter, one row and one card per
#      center) to print `SELFTEST: PASS` into <pre id="selftest">;
#    - counts from outside: one ranking row (data-center) and one card (id="c-<hex>") per center
#      of summary.json, the hostile name present as escaped text.
# 3. Saves a 1280 px wide screenshot of the sample report (default .build/browser/report.png).
# Exit status: 0 all checks passed, 1 a check failed, 2 Chromium or the build is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

SCREENSHOT=.build/browser/report.png
TICEVAL=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) SCREENSHOT="$2"; shift 2 ;;
    --ticeval) TICEVAL="$2"; shift 2 ;;
    *) echo "usage: $0 [--screenshot PATH] [--ticeval PATH]" >&2; exit 2 ;;
  esac
done

CHROMIUM=""
for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$candidate" >/dev/null 2>&1; then CHROMIUM=$(command -v "$candidate"); break; fi
done
if [ -z "$CHROMIUM" ]; then
  echo "check_report: Chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi
if [ -z "$TICEVAL" ]; then
  swift build --product ticeval >/dev/null
  TICEVAL=.build/debug/ticeval
fi

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FLAGS=(--headless --disable-gpu --hide-scrollbars --no-first-run --no-default-browser-check
       --disable-extensions --disable-background-networking --mute-audio
       --user-data-dir="$WORK/profile")
[ "$(id -u)" -eq 0 ] && FLAGS+=(--no-sandbox)

failures=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok   $*"; }

# The hostile workspace: the sample with center 1's name and region replaced (CSV quotes doubled).
cp -R Datasets/sample "$WORK/hostile"
HOSTILE_NAME='<script>console.error(""xss-name"")</script>"" onmouseover=""console.error(1)"" x'
awk -F, -v OFS=, -v name="\"$HOSTILE_NAME\"" 'NR == 2 { $2 = name; $4 = "<img src=x onerror=console.error(2)>" } { print }' \
  Datasets/sample/centers.csv > "$WORK/hostile/centers.csv"

# check NAME WORKSPACE: evaluate, render with the self-test, and check the DOM and the console.
check() {
  local name=$1 workspace=$2 out="$WORK/out-$1"
  "$TICEVAL" evaluate "$workspace" --out "$out" >/dev/null 2>"$out.evaluate.log" || { fail "$name: ticeval evaluate failed"; cat "$out.evaluate.log" >&2; return; }
  local url="file://$out/report.html?selftest=1"
  timeout 180 "$CHROMIUM" "${FLAGS[@]}" --enable-logging=stderr --v=0 --virtual-time-budget=10000 \
    --dump-dom "$url" >"$out.dom.html" 2>"$out.chromium.log" || { fail "$name: chromium exited with $?"; return; }
  if grep -q "CONSOLE" "$out.chromium.log"; then
    fail "$name: console messages:"; grep "CONSOLE" "$out.chromium.log" | head -20 >&2
  else
    pass "$name: no console messages"
  fi
  if grep -q "SELFTEST: PASS" "$out.dom.html" && ! grep -q "^FAIL " "$out.dom.html"; then
    pass "$name: in-page self-test (sorting, filtering, rows, cards)"
    sed -n '/<pre id="selftest">/,/SELFTEST:/p' "$out.dom.html" | sed 's/<pre id="selftest">//; s/^/       /'
  else
    fail "$name: in-page self-test did not pass:"; sed -n '/<pre id="selftest"/,/<\/pre>/p' "$out.dom.html" | head -30 >&2
  fi
  local centers rows unique cards
  centers=$(grep -c '"participation"' "$out/summary.json")  # one per center entry
  rows=$(grep -o '<tr data-center="[0-9a-f]*"' "$out.dom.html" | wc -l)
  unique=$(grep -o '<tr data-center="[0-9a-f]*"' "$out.dom.html" | sort -u | wc -l)
  cards=$(grep -o '<article class="card" id="c-[0-9a-f]*"' "$out.dom.html" | sort -u | wc -l)
  if [ "$rows" -eq "$centers" ] && [ "$unique" -eq "$centers" ] && [ "$cards" -eq "$centers" ]; then
    pass "$name: $centers centers, $rows ranking rows, $cards cards"
  else
    fail "$name: $centers centers but $rows rows ($unique distinct) and $cards cards"
  fi
}

check sample Datasets/sample
check hostile "$WORK/hostile"
if grep -q '&lt;script&gt;console.error("xss-name")&lt;/script&gt;' "$WORK/out-hostile.dom.html"; then
  pass "hostile: the <script> name is shown as text"
else
  fail "hostile: the hostile name is not shown as escaped text"
fi
if grep -q '<img src=x' "$WORK/out-hostile.dom.html"; then fail "hostile: the <img> region became markup"; else pass "hostile: the <img> region stayed text"; fi

# The screenshot of the sample report, 1280 px wide.
mkdir -p "$(dirname "$SCREENSHOT")"
timeout 180 "$CHROMIUM" "${FLAGS[@]}" --window-size=1280,1800 --virtual-time-budget=5000 \
  --screenshot="$SCREENSHOT" "file://$WORK/out-sample/report.html" >/dev/null 2>"$WORK/screenshot.log" || true
if [ -s "$SCREENSHOT" ]; then pass "screenshot: $SCREENSHOT"; else fail "screenshot: $SCREENSHOT was not written"; fi

if [ "$failures" -gt 0 ]; then
  echo "check_report: $failures check(s) failed" >&2
  exit 1
fi
echo "check_report: all checks passed"
