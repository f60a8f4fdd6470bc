# ticeval — the two set-up commands are `make run` and `make test`.
SWIFT ?= swift
OUT ?= out
UNAME := $(shell uname -s)
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: deps run test build bench clean

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

# Runs the main job on the bundled sample workspace.
run: build
	.build/release/ticeval validate Datasets/sample

test: deps
	$(SWIFT) test

# Our benchmarks, then the Python peers on the same inputs in the same run, and the ratio table
# (README "Benchmarks"). BENCH_FLAGS=--quick for small sizes.
BENCH_DATA ?= .build/bench-data
bench: deps
	$(SWIFT) build -c release --product ticeval-bench
	.build/release/ticeval-bench --data $(BENCH_DATA) $(BENCH_FLAGS)
	Benchmarks/peers/run.sh $(BENCH_DATA)

clean:
	rm -rf .build $(OUT)
