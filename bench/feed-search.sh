#!/bin/sh
# Times `yidi hospitals search` with a signed feed release installed (wall and CPU, farm-bench):
# every search opens the directory, which asks core::data for the verified release. Issue 13's
# review: that must not re-hash the release on every run (docs/feed.md, "the stamp").
#   sh bench/feed-search.sh [copies] [port]
# copies: how many times data/hospitals/directory.csv's rows go into the published directory
# (default 1: today's national list; 20 shows how the cost grows with the file). The feed is
# served on 127.0.0.1:<port> (default 4521) by python3's static file server.
# YIDI_BIN: the binary to time (default target/release/yidi); YIDI_VS: a second binary (an older
# build) timed in turn with it on the same installed data (farm-bench --vs, ratio pair by pair).
set -eu
copies=${1:-1}
port=${2:-4521}
cd "$(dirname "$0")/.."
bin=${YIDI_BIN:-target/release/yidi}
[ -x "$bin" ] || cargo build --release -q -p yidi-cli
dir=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server"; rm -rf "$dir"' EXIT
mkdir -p "$dir/from/hospitals"
cp -r data/policy data/interview data/consent "$dir/from/"
# Copy k of a row gets "（k）" after its name and no code, so that no two rows merge.
python3 -c '
import csv, sys
copies = int(sys.argv[1])
rows = list(csv.reader(sys.stdin))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(rows[0])
name, code, tw = rows[0].index("name"), rows[0].index("code"), rows[0].index("name_zh_tw")
for k in range(copies):
    for r in rows[1:]:
        r = list(r)
        if k:
            r[name] += "（%d）" % k
            r[tw] = r[tw] + "（%d）" % k if r[tw] else ""
            r[code] = ""
        w.writerow(r)
' "$copies" < data/hospitals/directory.csv > "$dir/from/hospitals/directory.csv"
ls -l "$dir/from/hospitals/directory.csv" | awk '{printf "directory.csv: %.1f MB\n", $5/1048576}'
"$bin" data keygen --out "$dir/key" > "$dir/keygen.json"
key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["publicKey"])' "$dir/keygen.json")
"$bin" data publish --from "$dir/from" --out "$dir/feed" --key "$dir/key" --version 2 --published 2026-12-01 > /dev/null
python3 -m http.server --bind 127.0.0.1 --directory "$dir/feed" "$port" > /dev/null 2>&1 &
server=$!
sleep 1
"$bin" data update --feed "http://127.0.0.1:$port/manifest.json" --key "$key" --data-dir "$dir/data" > /dev/null
if [ -n "${YIDI_VS:-}" ]; then
  farm-bench -n 20 --warmup 2 --vs "$YIDI_VS hospitals search 协和 --data-dir $dir/data" -- "$bin" hospitals search 协和 --data-dir "$dir/data"
else
  farm-bench -n 20 --warmup 2 -- "$bin" hospitals search 协和 --data-dir "$dir/data"
fi
