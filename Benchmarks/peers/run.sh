#!/usr/bin/env bash
# Runs the Python peers on the inputs and results ticeval-bench wrote, and prints the ratio table.
#   Benchmarks/peers/run.sh [DATA]     DATA defaults to .build/bench-data (run `ticeval-bench` first)
# Creates Benchmarks/peers/.venv (git-ignored) and installs requirements.txt into it when it changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="$here/.venv"
python="${PYTHON:-$(command -v python3.11 || command -v python3)}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if ! cmp -s "$here/requirements.txt" "$venv/.installed-requirements.txt"; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"
  cp "$here/requirements.txt" "$venv/.installed-requirements.txt"
fi
exec "$venv/bin/python" "$here/peers.py" "$@"
