# ticeval — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
OUT ?= out
UNAME := $(shell uname -s)
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps browser-deps run test test-browser screenshot build bench fuzz clean

# Installs OpenBLAS and zlib (Debian/Ubuntu) when pkg-config cannot find them; Apple platforms use
# Accelerate and their own zlib.
deps:
ifneq ($(UNAME),Darwin)
	@if ! pkg-config --exists openblas zlib 2>/dev/null; then \
	  echo "Installing libopenblas-dev, zlib1g-dev and pkg-config…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas-dev zlib1g-dev pkg-config; \
	fi
endif

build: deps
	$(SWIFT) build -c release --product ticeval

# Runs the main job on the bundled sample workspace: the triennial evaluation, outputs in ./out.
run: build
	.build/release/ticeval evaluate Datasets/sample --out $(OUT) --format table

# Chromium and a CJK font for the browser check of report.html; a failed install only skips that check.
browser-deps:
ifneq ($(UNAME),Darwin)
	@if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1 && ! command -v google-chrome >/dev/null 2>&1; then \
	  echo "Installing chromium and fonts-noto-cjk for the browser check (optional)…"; \
	  ( $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk ) \
	    || echo "warning: could not install chromium; Tests/browser/check_report.sh will be skipped"; \
	fi
endif

test: deps
	-@$(MAKE) --no-print-directory browser-deps
	$(SWIFT) test

# Renders the sample report.html in headless Chromium: console errors, sorting, filtering, one row
# and one card per center, hostile names (see Tests/browser/check_report.sh).
test-browser:
	Tests/browser/check_report.sh

# Regenerates Docs/report-screenshot.png, the sample report 1280 px wide (shown in the README and Guides/Evaluation.md).
screenshot: browser-deps
	Tests/browser/check_report.sh --screenshot Docs/report-screenshot.png

# libFuzzer targets (CSV reader, number parser, scheme decoder), FUZZ_SECONDS each (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

# Our benchmarks, then the Python peers on the same inputs in the same run, and the ratio table
# (Guides/Benchmarks.md). BENCH_FLAGS=--quick for small sizes.
BENCH_DATA ?= .build/bench-data
bench: deps
	$(SWIFT) build -c release --product ticeval-bench
	.build/release/ticeval-bench --data $(BENCH_DATA) $(BENCH_FLAGS)
	Benchmarks/peers/run.sh $(BENCH_DATA)

clean:
	rm -rf .build $(OUT)
