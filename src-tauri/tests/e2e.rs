//! End to end: the real desktop app, driven through WebDriver as a person would use it.
//!
//! tauri-driver stands in front of WebKitWebDriver and starts the app built for this test
//! (`CARGO_BIN_EXE_yidi-app`, so cargo builds it once with the rest of the workspace). The test
//! picks the insured region and the place of treatment by typing pinyin, checks the core's verdict
//! on screen, switches language, turns on elder mode, narrows the window to a phone's width, and
//! saves a screenshot of each state under `target/e2e-screenshots/` for a person to look at.
//!
//! Expected text comes from yidi-core — the same Fluent messages the app renders — so the test
//! checks that the screen shows the core's words, not strings copied into the test.
//!
//! Needs a display (README's test command runs it under xvfb-run) and tauri-driver. Without a
//! display the app cannot start and a WebDriver session would hang, so the test refuses to start;
//! with `YIDI_E2E_REQUIRED=1` (as in CI) that refusal is a failure, otherwise a loud skip.

use std::{
    net::{SocketAddr, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use serde_json::json;
use yidi_core::{text::ui_text, Lang};

const SESSION_TIMEOUT: Duration = Duration::from_secs(60);
const WHOLE_TEST_TIMEOUT: Duration = Duration::from_secs(240);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desktop_app_end_to_end() {
    let required = std::env::var("YIDI_E2E_REQUIRED").is_ok_and(|v| v == "1");
    if std::env::var_os("DISPLAY").is_none() {
        assert!(!required, "no DISPLAY: run the tests under xvfb-run (see README)");
        eprintln!("SKIPPED desktop_app_end_to_end: no DISPLAY (README's test command provides one)");
        return;
    }
    let Some(driver_path) = find_tauri_driver() else {
        assert!(!required, "tauri-driver not found: `cargo install tauri-driver --locked --version 2.1.0`");
        eprintln!("SKIPPED desktop_app_end_to_end: tauri-driver is not installed");
        return;
    };
    let driver = Driver::start(&driver_path);
    match tokio::time::timeout(WHOLE_TEST_TIMEOUT, drive(&driver)).await {
        Ok(result) => result.unwrap_or_else(|e| panic!("end-to-end run failed: {e}")),
        Err(_) => panic!("end-to-end run took longer than {WHOLE_TEST_TIMEOUT:?}"),
    }
}

async fn drive(driver: &Driver) -> Result<(), String> {
    let app = env!("CARGO_BIN_EXE_yidi-app");
    let mut caps = serde_json::Map::new();
    caps.insert("browserName".into(), json!("wry"));
    caps.insert("tauri:options".into(), json!({ "application": app }));
    let connect = async {
        ClientBuilder::rustls()
            .map_err(|e| e.to_string())?
            .capabilities(caps)
            .connect(&driver.url())
            .await
            .map_err(|e| format!("new WebDriver session: {e}"))
    };
    let client = tokio::time::timeout(SESSION_TIMEOUT, connect)
        .await
        .map_err(|_| "no WebDriver session within 60 s (is the display working?)".to_string())??;
    let outcome = scenario(&client).await;
    let _ = client.close().await;
    outcome
}

async fn scenario(c: &Client) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let en = ui_text(Lang::EnUs);
    let tw = ui_text(Lang::ZhTw);
    c.set_window_size(1200, 900).await.map_err(err)?;

    // The app opens in simplified Chinese, with the core's own words.
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    expect_text(c, "[data-testid=free-notice] h2", &zh["ui-free-title"]).await?;

    // Insured in Beijing, typed as pinyin; treated in Wuhan, typed as initials plus name.
    choose_region(c, "insured", "beijing", "北京市").await?;
    choose_region(c, "destination", "wuhan", "武汉市").await?;
    wait_for_text(c, "[data-testid=trip-scope]", &zh["trip-cross-province"]).await?;
    screenshot(c, "home-zh-CN-desktop").await?;

    // English: the title, the verdict and the chosen places all change language.
    select_lang(c, "en-US").await?;
    wait_for_text(c, "[data-testid=app-title]", &en["ui-app-name"]).await?;
    wait_for_text(c, "[data-testid=trip-scope]", &en["trip-cross-province"]).await?;
    wait_for_text(c, "[data-testid=chosen-destination] span", "Wuhan, Hubei").await?;
    screenshot(c, "home-en-US-desktop").await?;

    // Traditional Chinese.
    select_lang(c, "zh-TW").await?;
    wait_for_text(c, "[data-testid=app-title]", &tw["ui-app-name"]).await?;
    wait_for_text(c, "[data-testid=chosen-destination] span", "湖北省 武漢市").await?;

    // Elder mode makes the type larger.
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    let before = root_font_px(c).await?;
    c.find(Locator::Css("[data-testid=elder-toggle]")).await.map_err(err)?.click().await.map_err(err)?;
    let after = root_font_px(c).await?;
    if after <= before {
        return Err(format!("elder mode should enlarge the text: {before}px before, {after}px after"));
    }
    screenshot(c, "home-zh-CN-elder-desktop").await?;

    // Phone width: one column, nothing wider than the screen.
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    let overflow: bool = c
        .execute("return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1", vec![])
        .await
        .map_err(err)?
        .as_bool()
        .unwrap_or(true);
    screenshot(c, "home-zh-CN-elder-phone").await?;
    if overflow {
        return Err("at 390 px the page scrolls sideways".into());
    }
    c.find(Locator::Css("[data-testid=elder-toggle]")).await.map_err(err)?.click().await.map_err(err)?;
    scroll_to(c, "[data-testid=trip-result]").await?;
    screenshot(c, "home-zh-CN-phone-trip").await?;
    select_lang(c, "en-US").await?;
    wait_for_text(c, "[data-testid=app-title]", &en["ui-app-name"]).await?;
    scroll_to(c, "[data-testid=app-title]").await?;
    screenshot(c, "home-en-US-phone").await?;
    // Leave the preference as a first-time user finds it.
    select_lang(c, "zh-CN").await?;
    Ok(())
}

async fn choose_region(c: &Client, which: &str, typed: &str, expect: &str) -> Result<(), String> {
    let input = c.find(Locator::Css(&format!("[data-testid=search-{which}]"))).await.map_err(err)?;
    input.send_keys(typed).await.map_err(err)?;
    let option = wait_for(c, &format!("[data-testid=option-{which}]")).await?;
    let label = option.text().await.map_err(err)?;
    if !label.contains(expect) {
        return Err(format!("first {which} result for {typed:?} is {label:?}, expected {expect}"));
    }
    option.click().await.map_err(err)?;
    wait_for_text(c, &format!("[data-testid=chosen-{which}] span"), expect).await
}

async fn select_lang(c: &Client, lang: &str) -> Result<(), String> {
    c.find(Locator::Css("[data-testid=lang-select]")).await.map_err(err)?.select_by_value(lang).await.map_err(err)
}

async fn root_font_px(c: &Client) -> Result<f64, String> {
    let value = c
        .execute("return parseFloat(getComputedStyle(document.documentElement).fontSize)", vec![])
        .await
        .map_err(err)?;
    value.as_f64().ok_or_else(|| format!("font size was {value}"))
}

async fn wait_for(c: &Client, css: &str) -> Result<Element, String> {
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
async fn wait_for_text(c: &Client, css: &str, expected: &str) -> Result<(), String> {
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

async fn expect_text(c: &Client, css: &str, expected: &str) -> Result<(), String> {
    let text = c.find(Locator::Css(css)).await.map_err(err)?.text().await.map_err(err)?;
    if text.contains(expected) { Ok(()) } else { Err(format!("{css} shows {text:?}, expected {expected:?}")) }
}

async fn wait_until(c: &Client, what: &str, script: &str) -> Result<(), String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if c.execute(script, vec![]).await.map_err(err)?.as_bool() == Some(true) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("timed out waiting for {what}"))
}

async fn scroll_to(c: &Client, css: &str) -> Result<(), String> {
    c.execute("document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", vec![json!(css)])
        .await
        .map(|_| ())
        .map_err(err)
}

/// Saves a PNG of the window. Two animation frames first: a screenshot taken right after an
/// assertion can otherwise show the previous frame.
async fn screenshot(c: &Client, name: &str) -> Result<(), String> {
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

fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../e2e-screenshots")
}

fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

fn find_tauri_driver() -> Option<PathBuf> {
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
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(path: &Path) -> Driver {
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

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
