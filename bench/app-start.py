#!/usr/bin/env python3
"""Yidi's desktop app beside an empty Tauri 2 app (bench/empty-tauri), in one run, the same way:
time from asking tauri-driver for a session (which starts the app) until the first screen's
content is in the page, and the memory of the app's process tree (app, WebKitWebProcess,
WebKitNetworkProcess: resident and proportional set size) once it has settled. For Yidi, also
with 650,000 rows installed, after one search (the directory opens on the first search).

    sh bench/app-start.sh          # builds both apps (release) and runs this under Xvfb

Targets (issue 15): content <= 1.15x the empty app, memory <= 1.1x; 650k rows <= +40 MB.
Noisy on a shared machine: rounds alternate between the apps and medians are reported.
"""
import json, os, subprocess, sys, time, urllib.request, statistics

PORT = int(os.environ.get("YIDI_E2E_PORT", "4510"))
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROUNDS = int(os.environ.get("ROUNDS", "5"))


def call(method, path, body=None, timeout=60):
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return json.loads(r.read() or b"{}")


def tree(pid):
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = open(f"/proc/{p}/task/{p}/children").read().split()
        except OSError:
            kids = []
        out.append(p)
        todo += [int(k) for k in kids]
    return out


def memory(driver_pid):
    rss = pss = 0
    names = []
    for p in tree(driver_pid):
        try:
            name = open(f"/proc/{p}/comm").read().strip()
            if name in ("tauri-driver", "WebKitWebDriver"):
                continue
            roll = open(f"/proc/{p}/smaps_rollup").read().split("\n")
        except OSError:
            continue
        names.append(name)
        for line in roll:
            if line.startswith("Rss:"):
                rss += int(line.split()[1])
            elif line.startswith("Pss:"):
                pss += int(line.split()[1])
    return rss / 1024, pss / 1024, names


def cpu_of(driver_pid):
    ticks = 0
    for p in tree(driver_pid):
        try:
            if open(f"/proc/{p}/comm").read().strip() in ("tauri-driver", "WebKitWebDriver"):
                continue
            f = open(f"/proc/{p}/stat").read().rsplit(")", 1)[1].split()
            ticks += int(f[11]) + int(f[12])
        except (OSError, IndexError):
            pass
    return ticks / os.sysconf("SC_CLK_TCK")


def one(app, selector, env, search=False):
    driver = subprocess.Popen(["tauri-driver", "--port", str(PORT), "--native-port", str(PORT + 1)],
                              env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                call("GET", "/status", timeout=1)
                break
            except Exception:
                time.sleep(0.05)
        caps = {"capabilities": {"alwaysMatch": {"browserName": "wry", "tauri:options": {"application": app}}}}
        t0 = time.monotonic()
        sid = call("POST", "/session", caps)["value"]["sessionId"]
        while True:
            try:
                call("POST", f"/session/{sid}/element", {"using": "css selector", "value": selector}, timeout=5)
                break
            except urllib.error.HTTPError:
                time.sleep(0.01)
            if time.monotonic() - t0 > 60:
                raise RuntimeError(f"{selector} never appeared in {app}")
        shown = time.monotonic() - t0
        if search:
            call("POST", f"/session/{sid}/execute/async", {"args": [], "script":
                 "const done = arguments[arguments.length - 1];"
                 "window.__TAURI_INTERNALS__.invoke('search_hospitals', {lang: 'zh-CN', request: {query: 'rmyy'}})"
                 ".then(v => done(v.results.length + ' of ' + v.totalInDirectory), e => done('error ' + JSON.stringify(e)));"}, timeout=120)
        time.sleep(3)
        rss, pss, names = memory(driver.pid)
        cpu = cpu_of(driver.pid)
        call("DELETE", f"/session/{sid}")
        return shown, rss, pss, cpu
    finally:
        driver.terminate()
        driver.wait(timeout=10)
        time.sleep(1)


def main():
    empty = os.path.join(ROOT, "target/release/empty-tauri")
    yidi = os.path.join(ROOT, "target/release/yidi-app")
    big = os.environ.get("YIDI_BIG_DATA_DIR")
    fresh = subprocess.check_output(["mktemp", "-d"]).decode().strip()
    configs = [("empty Tauri 2 app", empty, "h1[data-ready]", {}, False),
               ("Yidi, bundled list", yidi, "[data-testid=free-notice]", {"YIDI_DATA_DIR": fresh}, False),
               ("Yidi, bundled, after a search", yidi, "[data-testid=free-notice]", {"YIDI_DATA_DIR": fresh}, True)]
    if big:
        configs.append(("Yidi, 650k installed, after a search", yidi, "[data-testid=free-notice]", {"YIDI_DATA_DIR": big}, True))
    results = {c[0]: [] for c in configs}
    for r in range(ROUNDS):
        for name, app, sel, env, search in configs:
            results[name].append(one(app, sel, env, search))
    print(f"load average {open('/proc/loadavg').read().split()[:3]}; {ROUNDS} rounds, medians")
    print(f"{'':38} {'content ms':>10} {'RSS MB':>8} {'PSS MB':>8} {'CPU s':>6}")
    med = {}
    for name, rows in results.items():
        m = [statistics.median(x[i] for x in rows) for i in range(4)]
        med[name] = m
        print(f"{name:38} {m[0]*1000:>10.0f} {m[1]:>8.1f} {m[2]:>8.1f} {m[3]:>6.2f}")
    e, y = med["empty Tauri 2 app"], med["Yidi, bundled list"]
    print(f"Yidi / empty: content x{y[0]/e[0]:.2f} (target <= 1.15), PSS x{y[2]/e[2]:.2f}, RSS x{y[1]/e[1]:.2f} (target <= 1.1)")
    if big:
        b, s = med["Yidi, 650k installed, after a search"], med["Yidi, bundled, after a search"]
        print(f"650k installed - bundled, both after a search: PSS {b[2]-s[2]:+.1f} MB, RSS {b[1]-s[1]:+.1f} MB (target <= +40 MB)")


if __name__ == "__main__":
    main()
