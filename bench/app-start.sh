#!/bin/sh
# Builds Yidi and the empty Tauri 2 app (release, the same target folder) and compares their
# start-up and memory in one run (bench/app-start.py). Optional: a data folder with a large
# list imported (sh bench/cli-search.sh leaves none; make one with
#   target/release/yidi-bench-csv 650000 > /tmp/l.csv && target/release/yidi hospitals import /tmp/l.csv --data-dir DIR)
# and pass it as YIDI_BIG_DATA_DIR=DIR.
set -eu
cd "$(dirname "$0")/.."
npm --prefix ui run build > /dev/null
cargo build --release -q -p yidi-app
(cd bench/empty-tauri && CARGO_TARGET_DIR=../../target cargo build --release -q)
xvfb-run --auto-servernum python3 bench/app-start.py
