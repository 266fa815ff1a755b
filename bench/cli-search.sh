#!/bin/sh
# Times `yidi hospitals search` start to exit over an imported national-size list (default
# 650,000 generated rows): wall time, CPU time and peak resident memory from /usr/bin/time -v.
# Targets (issue 15): <= 30 ms and <= 40 MiB.
#   sh bench/cli-search.sh [rows]
set -eu
rows=${1:-650000}
cd "$(dirname "$0")/.."
cargo build --release -q -p yidi-cli -p yidi-search-bench
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
target/release/yidi-bench-csv "$rows" > "$dir/list.csv"
/usr/bin/time -f "import (builds the index once): %e s wall, %U+%S s CPU, peak %M KiB" \
  target/release/yidi hospitals import "$dir/list.csv" --data-dir "$dir" > /dev/null
ls -l "$dir/hospitals/index.yidx" | awk '{printf "index file: %.1f MB\n", $5/1048576}'
for q in xhyy 人民医院 rmyy bj协和 jxq; do
  target/release/yidi hospitals search "$q" --data-dir "$dir" > /dev/null 2>&1   # warm the page cache
  /usr/bin/time -v target/release/yidi hospitals search "$q" --data-dir "$dir" 2> "$dir/time" > "$dir/out"
  wall=$(grep "Elapsed (wall" "$dir/time" | awk '{print $NF}')
  user=$(grep "User time" "$dir/time" | awk '{print $NF}')
  sys=$(grep "System time" "$dir/time" | awk '{print $NF}')
  peak=$(grep "Maximum resident" "$dir/time" | awk '{print $NF}')
  printf 'search %-10s %s wall, %s+%s s CPU, peak %s KiB (%.1f MiB), %s results\n' "$q" "$wall" "$user" "$sys" "$peak" "$(echo "$peak/1024" | bc -l)" "$(wc -l < "$dir/out")"
done
