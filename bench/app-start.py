#!/usr/bin/env python3
"""Yidi's desktop app beside an empty Tauri 2 app (bench/empty-tauri), in one run, measured the
same way. Run it through bench/app-start.sh, which builds both apps (release, one target folder)
and starts this under Xvfb.

Content shown: from the moment the app's process is started (bench/app-start-launch.sh records
the clock and execs the app) until the page's "content-shown" performance mark, which both apps
set the same way: once the first screen's content is in the page (Yidi: the start page with its
text), after one drawn frame (requestAnimationFrame, then the next task). The mark's time is read
afterwards (performance.timeOrigin + startTime, the same clock), so how often the harness polls
does not change it. WebDriver (tauri-driver) starts the apps: both pay the same automation cost.

Memory: once content is shown and 3 s have passed, the proportional (PSS) and resident (RSS) set
sizes summed over the app's process and every process under it (WebKitWebProcess,
WebKitNetworkProcess, ...), also per process name. PSS shares shared libraries fairly between
processes; RSS counts them in each. CPU: user + system time of the same processes until then.

One round starts each configuration once, in turn; a warm-up round is not counted (both apps
then start with warm page caches and web view storage). Medians, with min and max.

Environment: ROUNDS (default 7), YIDI_E2E_PORT (tauri-driver's port, and the next one; 4444),
YIDI_BIG_DATA_DIR (a data folder with a large list installed: adds the 650k rows rows),
YIDI_BEFORE (another yidi-app binary, e.g. a copy of the previous build: measured in the same
rounds, for a before/after in one run),
TARGET_DIR (where the release builds are; target). Targets (issue 15): content <= 1.15x the
empty app, memory <= 1.1x (RSS, as the issue measured it; PSS printed beside); with 650k rows
installed <= 40 MB more than with the bundled list.
"""
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

PORT = int(os.environ.get("YIDI_E2E_PORT", "4444"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, os.environ.get("TARGET_DIR", "target"))
ROUNDS = int(os.environ.get("ROUNDS", "7"))
LAUNCH = os.path.join(ROOT, "bench", "app-start-launch.sh")
DRIVERS = ("tauri-driver", "WebKitWebDriver")
SHOWN = ("const m = performance.getEntriesByName('content-shown');"
         "return m.length ? [performance.timeOrigin + m[0].startTime, performance.timeOrigin,"
         " (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null] : null;")
READY = ("const m = performance.getEntriesByName('app-ready');"
         "return m.length ? performance.timeOrigin + m[0].startTime : null;")
SEARCH = ("const done = arguments[arguments.length - 1];"
          "window.__TAURI_INTERNALS__.invoke('search_hospitals', {lang: 'zh-CN', request: {query: 'rmyy'}})"
          ".then(v => done(v.totalInDirectory), e => done('error ' + JSON.stringify(e)));")


def call(method, path, body=None, timeout=60):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read() or b"{}")


def tree(pid):
    """The process and all its descendants."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(k) for k in open(f"/proc/{p}/task/{task}/children").read().split()]
        except OSError:
            pass
    return out


def app_processes(driver_pid):
    """(pid, name) of the app and what it started; not the WebDriver processes."""
    out = []
    for p in tree(driver_pid):
        try:
            name = open(f"/proc/{p}/comm").read().strip()
        except OSError:
            continue
        if name not in DRIVERS:
            out.append((p, name))
    return out


def measure(procs):
    """(PSS MB, RSS MB, CPU s) per process name, and CPU seconds summed."""
    per, cpu = {}, 0.0
    for pid, name in procs:
        try:
            roll = open(f"/proc/{pid}/smaps_rollup").read().split("\n")
            stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        kb = {line.split(":")[0]: int(line.split()[1]) for line in roll if line.startswith(("Rss:", "Pss:"))}
        key = ("web" if name.startswith("WebKitWebProc") else "network" if name.startswith("WebKitNetwork")
               else "app" if name.startswith("yidi-app") or name == "empty-tauri" else name)
        pss, rss, seconds = per.get(key, (0.0, 0.0, 0.0))
        used = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
        per[key] = (pss + kb.get("Pss", 0) / 1024, rss + kb.get("Rss", 0) / 1024, seconds + used)
        cpu += used
    return per, cpu


def gone(pids, timeout=15):
    """Waits until these processes have exited: a WebKit process of the previous app still
    alive shares its libraries' pages with the next one and lowers that one's PSS."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}") for p in pids):
        time.sleep(0.05)


def one(app, env, search):
    launch_file = tempfile.mktemp(prefix="app-start-")
    pids = []
    driver = subprocess.Popen(["tauri-driver", "--port", str(PORT), "--native-port", str(PORT + 1)],
                              env={**os.environ, **env, "BENCH_APP": app, "BENCH_LAUNCH_FILE": launch_file},
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):
            try:
                call("GET", "/status", timeout=1)
                break
            except (OSError, urllib.error.URLError):
                time.sleep(0.05)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "wry", "tauri:options": {"application": LAUNCH}}}}
        for attempt in range(3):  # WebKitWebDriver may not be listening yet behind tauri-driver
            try:
                sid = call("POST", "/session", caps)["value"]["sessionId"]
                break
            except (OSError, urllib.error.URLError):
                if attempt == 2:
                    raise
                time.sleep(0.5)
        deadline = time.monotonic() + 60
        while True:
            try:
                shown = call("POST", f"/session/{sid}/execute/sync", {"script": SHOWN, "args": []})["value"]
            except (OSError, urllib.error.URLError):
                shown = None  # the page may be between documents while it loads
            if shown:
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{app} never set the content-shown mark")
            time.sleep(0.02)
        started = int(open(launch_file).read().strip()) / 1e6  # ns -> ms
        content_ms = shown[0] - started
        found = None
        if search:
            found = call("POST", f"/session/{sid}/execute/async", {"args": [], "script": SEARCH}, timeout=120)["value"]
        time.sleep(3)
        ready = call("POST", f"/session/{sid}/execute/sync", {"script": READY, "args": []})["value"]
        procs = app_processes(driver.pid)
        pids = [p for p, _ in procs]
        per, cpu = measure(procs)
        call("DELETE", f"/session/{sid}")
        return {"content": content_ms, "origin": shown[1] - started, "fcp": shown[2], "per": per,
                "ready": None if ready is None else ready - started, "cpu": cpu, "found": found,
                "pss": sum(v[0] for v in per.values()), "rss": sum(v[1] for v in per.values())}
    finally:
        driver.terminate()  # SIGTERM: tauri-driver then stops WebKitWebDriver (SIGKILL would leave it on the port)
        driver.wait(timeout=10)
        gone(pids)
        if os.path.exists(launch_file):
            os.remove(launch_file)
        time.sleep(1)


def fmt(values, digits=0):
    m = statistics.median(values)
    return f"{m:.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def main():
    empty = os.path.join(TARGET, "release/empty-tauri")
    yidi = os.path.join(TARGET, "release/yidi-app")
    for binary in (empty, yidi):
        if not os.access(binary, os.X_OK):
            sys.exit(f"{binary} is missing: run bench/app-start.sh")
    big = os.environ.get("YIDI_BIG_DATA_DIR")
    scratch = tempfile.mkdtemp(prefix="app-start-")

    def fresh(name):
        """Own web view storage and caches, and for Yidi its own (empty) data folder."""
        d = os.path.join(scratch, name)
        os.makedirs(os.path.join(d, "data"))
        return {"XDG_DATA_HOME": os.path.join(d, "share"), "XDG_CACHE_HOME": os.path.join(d, "cache"),
                "XDG_CONFIG_HOME": os.path.join(d, "config"), "YIDI_DATA_DIR": os.path.join(d, "data"),
                "YIDI_NO_KEYRING": "1"}

    # Yidi ships with WebKit painting on the CPU (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1, set by
    # src-tauri/src/lib.rs); the empty app keeps WebKit's default (Skia on the GPU). Each is also
    # measured the other way, for a like-for-like comparison.
    configs = [("empty Tauri 2 app", empty, fresh("empty"), False),
               ("empty Tauri 2 app, CPU painting", empty, {**fresh("empty-cpu"), "WEBKIT_SKIA_ENABLE_CPU_RENDERING": "1"}, False),
               ("Yidi, bundled list", yidi, fresh("yidi"), False),
               ("Yidi, GPU painting", yidi, {**fresh("yidi-gpu"), "YIDI_WEBVIEW_GPU_PAINTING": "1"}, False),
               ("Yidi, bundled list, after a search", yidi, fresh("yidi-search"), True)]
    before = os.environ.get("YIDI_BEFORE")
    if before:
        configs.insert(3, ("Yidi, previous build (YIDI_BEFORE)", before, fresh("before"), False))
    if big:
        configs.append(("Yidi, 650k rows installed", yidi, {**fresh("big"), "YIDI_DATA_DIR": big}, False))
        configs.append(("Yidi, 650k rows, after a search", yidi, {**fresh("big-search"), "YIDI_DATA_DIR": big}, True))
    results = {c[0]: [] for c in configs}
    for r in range(ROUNDS + 1):
        for name, app, env, search in configs:
            try:
                got = one(app, env, search)
            except (OSError, urllib.error.URLError, RuntimeError) as e:  # a WebDriver hiccup: once more
                print(f"round {r} {name}: {e!r}; again", file=sys.stderr)
                got = one(app, env, search)
            if r > 0:
                results[name].append(got)
            print(f"round {r}{' (warm-up)' if r == 0 else ''} {name}: content {got['content']:.0f} ms, "
                  f"PSS {got['pss']:.1f} MB, RSS {got['rss']:.1f} MB, CPU {got['cpu']:.2f} s"
                  + (f", directory {got['found']}" if search else ""), file=sys.stderr)
    load = " ".join(open("/proc/loadavg").read().split()[:3])
    print(f"{ROUNDS} rounds alternating after one warm-up round; median (min–max); load average at the end {load}")
    print()
    print("| | content shown, ms | CPU s (to 3 s after) | PSS MB | RSS MB | PSS MB: app / web / network | CPU s: app / web / network |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    med = {}
    for name, rows in results.items():
        med[name] = {k: statistics.median(x[k] for x in rows) for k in ("content", "cpu", "pss", "rss")}
        parts, cpus = [], []
        for part in ("app", "web", "network"):
            parts.append(f"{statistics.median([x['per'].get(part, (0.0, 0.0, 0.0))[0] for x in rows]):.1f}")
            cpus.append(f"{statistics.median([x['per'].get(part, (0.0, 0.0, 0.0))[2] for x in rows]):.2f}")
        others = sorted({k for x in rows for k in x["per"]} - {"app", "web", "network"})
        extra = f" (+ {', '.join(others)})" if others else ""
        print(f"| {name} | {fmt([x['content'] for x in rows])} | {fmt([x['cpu'] for x in rows], 2)} | "
              f"{fmt([x['pss'] for x in rows], 1)} | {fmt([x['rss'] for x in rows], 1)} | {' / '.join(parts)}{extra} | {' / '.join(cpus)} |")
    print()
    # Where the time goes: until the page's navigation starts (processes, WebKit), then in the page.
    print("content shown = page start + in the page, ms (median): " + "; ".join(
        f"{name} {statistics.median(x['origin'] for x in rows):.0f} + "
        f"{statistics.median(x['content'] - x['origin'] for x in rows):.0f}" for name, rows in results.items()))
    # Yidi's start page is in the HTML (prerendered) and shown before any script runs; it answers
    # input once main.ts has hydrated it ("app-ready"). The empty app has nothing to make live.
    readies = {name: [x["ready"] for x in rows if x["ready"] is not None] for name, rows in results.items()}
    print("first contentful paint, ms in the page (median): " + "; ".join(
        f"{name} {statistics.median(v):.0f}" for name, rows in results.items()
        if (v := [x["fcp"] for x in rows if x["fcp"] is not None])))
    print("answers input (app-ready mark), ms after exec (median): " + "; ".join(
        f"{name} {statistics.median(v):.0f}" for name, v in readies.items() if v))
    print()
    e, y = med["empty Tauri 2 app"], med["Yidi, bundled list"]
    ok = lambda ratio, limit: "met" if ratio <= limit else "NOT met"
    rc, rp, rr = y["content"] / e["content"], y["pss"] / e["pss"], y["rss"] / e["rss"]
    # Memory: issue 15 measured "1.21x its memory (+90 MB)", which is RSS (the empty app's RSS is
    # ~430 MB, its PSS ~260); the same limit is printed against PSS too, which counts shared
    # library pages once across processes.
    print(f"Yidi / empty app: content x{rc:.2f} (target <= 1.15: {ok(rc, 1.15)}), CPU x{y['cpu'] / e['cpu']:.2f}, "
          f"RSS x{rr:.2f} (target <= 1.1: {ok(rr, 1.1)}), PSS x{rp:.2f} (<= 1.1: {ok(rp, 1.1)})")
    for a, b in (("Yidi, bundled list", "empty Tauri 2 app, CPU painting"), ("Yidi, GPU painting", "empty Tauri 2 app")):
        ya, eb = med[a], med[b]
        print(f"like for like, {a} / {b}: content x{ya['content'] / eb['content']:.2f}, "
              f"CPU x{ya['cpu'] / eb['cpu']:.2f}, PSS x{ya['pss'] / eb['pss']:.2f}, RSS x{ya['rss'] / eb['rss']:.2f}")
    if before:
        b = med["Yidi, previous build (YIDI_BEFORE)"]
        print(f"previous build / empty app: content x{b['content'] / e['content']:.2f}, CPU x{b['cpu'] / e['cpu']:.2f}; "
              f"this build / previous: content x{y['content'] / b['content']:.2f}, CPU x{y['cpu'] / b['cpu']:.2f}")
    if big:
        for a, b in (("Yidi, 650k rows installed", "Yidi, bundled list"),
                     ("Yidi, 650k rows, after a search", "Yidi, bundled list, after a search")):
            dp, dr = med[a]["pss"] - med[b]["pss"], med[a]["rss"] - med[b]["rss"]
            print(f"{a} - {b.split(', ', 1)[1]}: PSS {dp:+.1f} MB, RSS {dr:+.1f} MB (target <= +40 MB: {ok(max(dp, dr), 40)})")


if __name__ == "__main__":
    main()
