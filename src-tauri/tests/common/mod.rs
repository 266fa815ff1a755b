//! What every end-to-end test needs: tauri-driver on fixed ports, a WebDriver session on the real
//! app, waiting for text, and screenshots. Each feature's e2e file is its own test binary; cargo
//! runs them one after another, so the fixed ports are never shared.
#![allow(dead_code)] // each test binary uses a different part of this module

use std::{
    net::{SocketAddr, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::json;

mod answers;
// Each e2e file compiles this module on its own; not every one answers the guide.
#[allow(unused_imports)]
pub use answers::*;

pub const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
pub const WHOLE_TEST_TIMEOUT: Duration = Duration::from_secs(240);

/// Runs `scenario` against a fresh app, or skips when no display or driver is available (a
/// failure instead when YIDI_E2E_REQUIRED=1, as in CI). Panics with the scenario's error.
pub async fn run<F, Fut>(name: &str, scenario: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = (Client, Result<(), String>)>,
{
    run_for(name, WHOLE_TEST_TIMEOUT, scenario).await;
}

/// [`run`] with a longer limit, for a scenario that walks through several screens.
pub async fn run_for<F, Fut>(name: &str, limit: Duration, scenario: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: std::future::Future<Output = (Client, Result<(), String>)>,
{
    let required = std::env::var("YIDI_E2E_REQUIRED").is_ok_and(|v| v == "1");
    isolate_webview_storage();
    if std::env::var_os("DISPLAY").is_none() {
        assert!(!required, "no DISPLAY: run the tests under xvfb-run (see README)");
        eprintln!("SKIPPED {name}: no DISPLAY (README's test command provides one)");
        return;
    }
    let Some(driver_path) = find_tauri_driver() else {
        assert!(!required, "tauri-driver not found: `cargo install tauri-driver --locked --version 2.1.0`");
        eprintln!("SKIPPED {name}: tauri-driver is not installed");
        return;
    };
    let driver = Driver::start(&driver_path);
    let whole = async {
        let client = connect(&driver).await?;
        // The start page is in the HTML (prerendered) before any script runs, but it answers
        // clicks only once main.ts has hydrated or drawn it and marked the app's element ready;
        // a scenario that clicked before would see nothing happen.
        wait_for(&client, "#app[data-ready=true]").await?;
        let (client, outcome) = scenario(client).await;
        let _ = client.close().await;
        outcome
    };
    match tokio::time::timeout(limit, whole).await {
        Ok(result) => result.unwrap_or_else(|e| panic!("{name} failed: {e}")),
        Err(_) => panic!("{name} took longer than {limit:?}"),
    }
}

/// The web view keeps its storage (the display preferences in localStorage among it) under
/// XDG_DATA_HOME. A test that has not put that under target/ itself gets a fresh folder per test
/// process, so no run inherits the language or elder mode another left behind — seen when two
/// checkouts ran their e2e tests at once and one left English on for the other. Runs inside one
/// test process share it, as a restart on the same machine would.
fn isolate_webview_storage() {
    let ours = Path::new(env!("CARGO_TARGET_TMPDIR"));
    if std::env::var_os("XDG_DATA_HOME").is_some_and(|d| Path::new(&d).starts_with(ours)) {
        return;
    }
    let dir = ours.join(format!("e2e-xdg-data-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a web view storage folder under target/");
    std::env::set_var("XDG_DATA_HOME", &dir);
}

async fn connect(driver: &Driver) -> Result<Client, String> {
    // yidi-core links reqwest, so rustls is built with two crypto providers and cannot pick one by
    // itself: fantoccini's client would panic. Choose ring, once per test process.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let app = env!("CARGO_BIN_EXE_yidi-app");
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("wry"));
    caps.insert("tauri:options".into(), json!({ "application": app }));
    // A session right after the previous one ended can find WebKitWebDriver not yet listening
    // again (seen in a fresh CI run): try a few times before calling it a failure.
    let attempts = async {
        let mut last = String::new();
        for attempt in 0..4 {
            if attempt > 0 {
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
            match ClientBuilder::rustls().map_err(|e| e.to_string())?.capabilities(caps.clone()).connect(&driver.url()).await {
                Ok(client) => return Ok(client),
                Err(e) => last = format!("new WebDriver session (attempt {}): {e}", attempt + 1),
            }
        }
        Err(last)
    };
    tokio::time::timeout(SESSION_TIMEOUT, attempts)
        .await
        .map_err(|_| "no WebDriver session within 60 s (is the display working?)".to_string())?
}

/// Clicks the first element matching `css`, brought into view first: WebKitWebDriver does not
/// scroll to a target itself, and one under the phone's bottom bar or above the view (a header
/// after a card scrolled itself to the top) fails with an empty error.
pub async fn click(c: &Client, css: &str) -> Result<(), String> {
    let target = wait_for(c, css).await?;
    c.execute(
        "const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'center', inline: 'nearest'}); return true;",
        vec![json!(css)],
    )
    .await
    .map_err(err)?;
    target.click().await.map_err(err)
}

pub async fn type_into(c: &Client, css: &str, text: &str) -> Result<(), String> {
    wait_for(c, css).await?.send_keys(text).await.map_err(err)
}

pub async fn select_lang(c: &Client, lang: &str) -> Result<(), String> {
    wait_for(c, "[data-testid=lang-select]").await?.select_by_value(lang).await.map_err(err)
}

pub async fn root_font_px(c: &Client) -> Result<f64, String> {
    let value = c
        .execute("return parseFloat(getComputedStyle(document.documentElement).fontSize)", vec![])
        .await
        .map_err(err)?;
    value.as_f64().ok_or_else(|| format!("font size was {value}"))
}

/// Presses "save the packet" and waits (up to 30 s: rendering the PDF in a debug build) for
/// the saved packet's path, or fails with the screen's error.
pub async fn save_packet(c: &Client) -> Result<std::path::PathBuf, String> {
    click(c, "[data-testid=packet-save]").await?;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        if let Ok(e) = c.find(Locator::Css("[data-testid=packet-path]")).await {
            return Ok(std::path::PathBuf::from(e.text().await.map_err(err)?.trim()));
        }
        if let Ok(e) = c.find(Locator::Css("[data-testid=packet-error], .field-error")).await {
            return Err(format!("saving the packet failed: {}", e.text().await.unwrap_or_default()));
        }
        if Instant::now() > deadline {
            return Err("the packet was not saved within 30 s".into());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

pub async fn wait_for(c: &Client, css: &str) -> Result<Element, String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        if let Ok(e) = c.find(Locator::Css(css)).await {
            return Ok(e);
        }
        if Instant::now() > deadline {
            return Err(format!("{css} never appeared"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the element's text contains `expected`.
pub async fn wait_for_text(c: &Client, css: &str, expected: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(15);
    let mut last = String::new();
    while Instant::now() < deadline {
        if let Ok(e) = c.find(Locator::Css(css)).await {
            last = e.text().await.unwrap_or_default();
            if last.contains(expected) {
                return Ok(());
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("{css} shows {last:?}, expected {expected:?}"))
}

pub async fn expect_text(c: &Client, css: &str, expected: &str) -> Result<(), String> {
    let text = c.find(Locator::Css(css)).await.map_err(err)?.text().await.map_err(err)?;
    if text.contains(expected) { Ok(()) } else { Err(format!("{css} shows {text:?}, expected {expected:?}")) }
}

pub async fn wait_until(c: &Client, what: &str, script: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if c.execute(script, vec![]).await.map_err(err)?.as_bool() == Some(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("timed out waiting for {what}"))
}

pub async fn scroll_to(c: &Client, css: &str) -> Result<(), String> {
    c.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", vec![json!(css)])
        .await
        .map(|_| ())
        .map_err(err)
}

/// Saves a PNG of the window. Two animation frames first: a screenshot taken right after an
/// assertion can otherwise show the previous frame.
pub async fn screenshot(c: &Client, name: &str) -> Result<(), String> {
    c.execute_async(
        "const done = arguments[arguments.length - 1]; requestAnimationFrame(() => requestAnimationFrame(() => done(true)));",
        vec![],
    )
    .await
    .map_err(err)?;
    let png = c.screenshot().await.map_err(err)?;
    let dir = screenshot_dir();
    std::fs::create_dir_all(&dir).map_err(err)?;
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).map_err(err)?;
    eprintln!("screenshot: {}", path.display());
    Ok(())
}

pub fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../e2e-screenshots")
}

pub fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

pub fn find_tauri_driver() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("TAURI_DRIVER") {
        return Some(PathBuf::from(path));
    }
    let mut candidates: Vec<PathBuf> =
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()).map(|p| p.join("tauri-driver")).collect();
    if let Some(home) = std::env::var_os("HOME") {
        candidates.push(Path::new(&home).join(".cargo/bin/tauri-driver"));
    }
    candidates.into_iter().find(|p| p.is_file())
}

/// tauri-driver on fixed ports (one end-to-end run at a time), stopped with SIGTERM on drop:
/// SIGKILL would leave WebKitWebDriver holding the native port and break the next run.
pub struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    pub fn start(path: &Path) -> Driver {
        let port: u16 = std::env::var("YIDI_E2E_PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(4444);
        let child = Command::new(path)
            .args(["--port", &port.to_string(), "--native-port", &(port + 1).to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", path.display()));
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + Duration::from_secs(15);
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            assert!(Instant::now() < deadline, "tauri-driver did not listen on {addr} within 15 s");
            std::thread::sleep(Duration::from_millis(100));
        }
        Driver { child, port }
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        if !matches!(self.child.try_wait(), Ok(Some(_))) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
        // The next test's driver needs both ports: wait until nothing answers on them.
        let deadline = Instant::now() + Duration::from_secs(5);
        for port in [self.port, self.port + 1] {
            let addr = SocketAddr::from(([127, 0, 0, 1], port));
            while Instant::now() < deadline && TcpStream::connect_timeout(&addr, Duration::from_millis(100)).is_ok() {
                std::thread::sleep(Duration::from_millis(100));
            }
        }
    }
}

/// Types `typed` into a region picker (`insured`, `destination`, …), checks that the first
/// suggestion is `expect`, and chooses it.
pub async fn choose_region(c: &Client, which: &str, typed: &str, expect: &str) -> Result<(), String> {
    type_into(c, &format!("[data-testid=search-{which}]"), typed).await?;
    let option = wait_for(c, &format!("[data-testid=option-{which}]")).await?;
    let label = option.text().await.map_err(err)?;
    if !label.contains(expect) {
        return Err(format!("first {which} result for {typed:?} is {label:?}, expected {expect}"));
    }
    option.click().await.map_err(err)?;
    wait_for_text(c, &format!("[data-testid=chosen-{which}] span"), expect).await
}

/// Fails when the page is wider than the window (a phone would scroll sideways), naming the
/// first elements that stick out.
pub async fn no_sideways_scroll(c: &Client, what: &str) -> Result<(), String> {
    let overflow = c
        .execute("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1", vec![])
        .await
        .map_err(err)?
        .as_bool()
        .unwrap_or(true);
    if !overflow {
        return Ok(());
    }
    let widest = c
        .execute(
            "const w = document.documentElement.clientWidth;
             return [...document.querySelectorAll('body *')]
               .filter(e => e.getBoundingClientRect().right > w + 1)
               .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40));",
            vec![],
        )
        .await
        .map_err(err)?;
    Err(format!("{what}: the page scrolls sideways: {widest}"))
}

/// The throwaway folders an e2e test points the app at, all under one root in target/ that the
/// test may scan byte by byte: the data folder (`YIDI_DATA_DIR`), the temp folder (`TMPDIR`,
/// where desk mode keeps its files), the web view's folders (`XDG_DATA_HOME`, `XDG_CACHE_HOME`),
/// a config folder (`XDG_CONFIG_HOME`) whose `user-dirs.dirs` names the sandbox's own Downloads
/// folder, and that Downloads folder. `YIDI_NO_KEYRING=1`: the store asks for a passphrase, as on
/// a machine without a keyring. Made before the driver starts, so the app it launches inherits
/// it all; removed when dropped.
pub struct Sandbox {
    pub root: PathBuf,
}

impl Sandbox {
    /// `name` tells the test's sandbox from the others' (`e2e-<name>-<process id>`).
    pub fn new(name: &str) -> Sandbox {
        let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for sub in ["data", "tmp", "xdg-data", "xdg-cache", "config", "Downloads"] {
            std::fs::create_dir_all(root.join(sub)).expect("the sandbox folders can be made under target/");
        }
        let downloads = root.join("Downloads");
        std::fs::write(root.join("config/user-dirs.dirs"), format!("XDG_DOWNLOAD_DIR=\"{}\"\n", downloads.display()))
            .expect("user-dirs.dirs in the sandbox");
        std::env::set_var("YIDI_DATA_DIR", root.join("data"));
        std::env::set_var("TMPDIR", root.join("tmp"));
        std::env::set_var("XDG_DATA_HOME", root.join("xdg-data"));
        std::env::set_var("XDG_CACHE_HOME", root.join("xdg-cache"));
        std::env::set_var("XDG_CONFIG_HOME", root.join("config"));
        std::env::set_var("YIDI_NO_KEYRING", "1");
        Sandbox { root }
    }

    /// The Downloads folder the app's download folder resolves to.
    pub fn downloads(&self) -> PathBuf {
        self.root.join("Downloads")
    }

    /// The app's data folder (the store, `yidi.db`).
    pub fn data(&self) -> PathBuf {
        self.root.join("data")
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}
