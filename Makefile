# ticeval — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
OUT ?= out
UNAME := $(shell uname -s)
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps run test build bench fuzz clean

# Installs OpenBLAS (Debian/Ubuntu) when pkg-config cannot find it; Apple platforms use Accelerate.
deps:
ifneq ($(UNAME),Darwin)
	@if ! pkg-config --exists openblas 2>/dev/null; then \
	  echo "Installing libopenblas-dev and pkg-config…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libopenblas-dev pkg-config; \
	fi
endif

build: deps
	$(SWIFT) build -c release --product ticeval

# Runs the main job on the bundled sample workspace: the triennial evaluation, outputs in ./out.
run: build
	.build/release/ticeval evaluate Datasets/sample --out $(OUT)

test: deps
	$(SWIFT) test

# libFuzzer targets (CSV reader, number parser, scheme decoder), FUZZ_SECONDS each (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) Fuzz/run.sh

bench: deps
	$(SWIFT) run -c release ticeval-bench

clean:
	rm -rf .build $(OUT)
