#!/bin/sh
# Yidi beside an empty Tauri 2 app (bench/empty-tauri): time until the first screen is shown,
# CPU time, and memory of each app with its WebKit processes, in one run (bench/app-start.py
# says how each figure is taken). Builds both apps in release into the same target folder first.
#
#   sh bench/app-start.sh                                   # Yidi with the bundled list
#   YIDI_BIG_DATA_DIR=/tmp/yidi-650k sh bench/app-start.sh  # also with 650,000 rows installed
#
# YIDI_BEFORE: another yidi-app binary (say a copy of the previous build), measured in the same rounds.
# YIDI_BIG_DATA_DIR: a data folder with a large list imported; made here if it has no index yet
# (BIG_ROWS generated rows, default 650000, imported with the release CLI; delete the folder after
# the index format changes, or the app rebuilds the index on the first search). ROUNDS (default 7),
# YIDI_E2E_PORT (tauri-driver's port and the next one, default 4444). Needs xvfb-run,
# tauri-driver and WebKitWebDriver, as the end-to-end tests do.
set -eu
cd "$(dirname "$0")/.."
root=$(pwd)
target=${CARGO_TARGET_DIR:-$root/target}
npm --prefix ui run build > /dev/null
cargo build --release -q -p yidi-app
(cd bench/empty-tauri && CARGO_TARGET_DIR="$target" cargo build --release -q)
if [ -n "${YIDI_BIG_DATA_DIR:-}" ] && [ ! -f "$YIDI_BIG_DATA_DIR/hospitals/index.yidx" ]; then
  cargo build --release -q -p yidi-cli -p yidi-search-bench --bin yidi --bin yidi-bench-csv
  mkdir -p "$YIDI_BIG_DATA_DIR"
  "$target/release/yidi-bench-csv" "${BIG_ROWS:-650000}" > "$YIDI_BIG_DATA_DIR/list.csv"
  "$target/release/yidi" hospitals import "$YIDI_BIG_DATA_DIR/list.csv" --data-dir "$YIDI_BIG_DATA_DIR" > /dev/null
  rm "$YIDI_BIG_DATA_DIR/list.csv"
fi
TARGET_DIR="$target" xvfb-run --auto-servernum --server-args="-screen 0 1280x1024x24" python3 bench/app-start.py
