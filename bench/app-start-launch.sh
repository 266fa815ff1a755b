#!/bin/sh
# What WebDriver starts for bench/app-start.py: notes the clock (ns since the epoch), then becomes
# the app ($BENCH_APP) with WebDriver's arguments. The same for Yidi and the empty app.
date +%s%N > "$BENCH_LAUNCH_FILE"
exec "$BENCH_APP" "$@"
