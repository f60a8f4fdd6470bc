#!/usr/bin/env bash
# Builds the libFuzzer targets with swiftc directly (Package.swift stays as it is):
# each library module is compiled once, instrumented, into an object file and a .swiftmodule;
# each Fuzz/<Target>.swift links against them.
#
#   Fuzz/build.sh            → .build/fuzz/{csv-reader,number-parser,scheme-decoder,xlsx-reader}
#   Fuzz/build.sh --check    → exit 0 when this toolchain supports -sanitize=fuzzer, else 1
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFTC=${SWIFTC:-swiftc}
OUT=.build/fuzz
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g)
mkdir -p "$OUT/modules"

if [[ "${1:-}" == "--check" ]]; then
  probe=$(mktemp -d)
  trap 'rm -rf "$probe"' EXIT
  echo '@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }' > "$probe/p.swift"
  "$SWIFTC" "${FLAGS[@]}" "$probe/p.swift" -o "$probe/p" >/dev/null 2>&1
  exit $?
fi

BLAS_CFLAGS=$(pkg-config --cflags openblas 2>/dev/null || true)
BLAS_LIBS=$(pkg-config --libs openblas 2>/dev/null || echo -lopenblas)
CLANG_BLAS=()
for flag in $BLAS_CFLAGS; do CLANG_BLAS+=(-Xcc "$flag"); done
LINK_BLAS=()
for flag in $BLAS_LIBS; do
  case "$flag" in -L*) LINK_BLAS+=("$flag") ;; -l*) LINK_BLAS+=("$flag") ;; esac
done

# module name, extra flags
build_module() {
  local name=$1; shift
  local sources
  mapfile -t sources < <(find "Sources/$name" -name '*.swift' | sort)
  echo "compiling $name (${#sources[@]} files)…"
  "$SWIFTC" "${FLAGS[@]}" -c -wmo -module-name "$name" -emit-module -emit-module-path "$OUT/modules/$name.swiftmodule" \
    -I "$OUT/modules" "$@" "${sources[@]}" -o "$OUT/modules/$name.o"
}

build_module TICSupport
build_module TICIngest -I Sources/CZlib
build_module TICScoring -I Sources/CBLAS "${CLANG_BLAS[@]}"
build_module TICPolicy -I Sources/CBLAS -I Sources/CZlib "${CLANG_BLAS[@]}"
# TICReport words every problem: the fuzzers format what they find, so the words are fuzzed too.
build_module TICReport -I Sources/CBLAS -I Sources/CZlib "${CLANG_BLAS[@]}"

link() {
  local target=$1 source=$2; shift 2
  echo "linking $target…"
  # gold warns once per ASan helper symbol ("Cannot export local symbol"); those lines are noise.
  "$SWIFTC" "${FLAGS[@]}" -I "$OUT/modules" -I Sources/CBLAS -I Sources/CZlib "${CLANG_BLAS[@]}" "Fuzz/$source" "$@" -lz -o "$OUT/$target" \
    2> >(grep -v "Cannot export local symbol" >&2)
}
WORDS=("$OUT/modules/TICReport.o" "$OUT/modules/TICPolicy.o" "$OUT/modules/TICScoring.o" "$OUT/modules/TICIngest.o" "$OUT/modules/TICSupport.o" "${LINK_BLAS[@]}")
link csv-reader CSVReaderFuzz.swift "${WORDS[@]}"
link number-parser NumberParserFuzz.swift "$OUT/modules/TICIngest.o" "$OUT/modules/TICSupport.o"
link scheme-decoder SchemeDecoderFuzz.swift "${WORDS[@]}"
link xlsx-reader WorkbookFuzz.swift "$OUT/modules/TICIngest.o" "$OUT/modules/TICSupport.o"
echo "fuzzers in $OUT: csv-reader number-parser scheme-decoder xlsx-reader"
