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
//! Needs a display (README's test command runs it under xvfb-run) and tauri-driver; see
//! `common::run` for what happens without them.

mod common;

use common::*;
use fantoccini::{Client, Locator};
use yidi_core::{text::ui_text, Lang};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn desktop_app_end_to_end() {
    common::run("home", |c| async move {
        let outcome = scenario(&c).await;
        (c, outcome)
    })
    .await;
}

async fn scenario(c: &Client) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let en = ui_text(Lang::EnUs);
    let tw = ui_text(Lang::ZhTw);
    c.set_window_size(1200, 900).await.map_err(err)?;

    // The app opens in simplified Chinese, with the core's own words.
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    expect_text(c, "[data-testid=free-notice] h2", &zh["ui-free-title"]).await?;
    // A first start: the start page came in the HTML and was hydrated where it stood.
    wait_until(c, "the start page hydrated from its prerendered copy", "return document.getElementById('app').dataset.prerendered === 'zh-CN'").await?;

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
    // Opened again with English saved: the HTML's English copy of the start page (prerendered
    // for the first frame) is put in place before it is drawn and hydrated. The page before the
    // reload was hydrated from the zh-CN copy, so this waits for the new one.
    c.execute("location.reload()", vec![]).await.map_err(err)?;
    wait_until(
        c,
        "the reopened page hydrated from its English copy",
        "const app = document.getElementById('app');
         return document.documentElement.lang === 'en-US' && app && app.dataset.ready === 'true'
           && app.dataset.prerendered === 'en-US' && !document.querySelector('template')",
    )
    .await?;
    wait_for_text(c, "[data-testid=app-title]", &en["ui-app-name"]).await?;
    expect_text(c, "[data-testid=free-notice] h2", &en["ui-free-title"]).await?;
    // And in elder mode: the larger type from the first frame, the toggle pressed once live.
    let before = root_font_px(c).await?;
    c.find(Locator::Css("[data-testid=elder-toggle]")).await.map_err(err)?.click().await.map_err(err)?;
    c.execute("location.reload()", vec![]).await.map_err(err)?;
    wait_until(
        c,
        "the reopened page in elder mode, hydrated from its English copy",
        "const app = document.getElementById('app');
         return app && app.dataset.ready === 'true' && app.dataset.prerendered === 'en-US'
           && document.documentElement.classList.contains('elder')",
    )
    .await?;
    let toggle = c.find(Locator::Css("[data-testid=elder-toggle]")).await.map_err(err)?;
    let pressed = toggle.attr("aria-pressed").await.map_err(err)?;
    let glyph = toggle.text().await.map_err(err)?;
    if pressed.as_deref() != Some("true") || !glyph.starts_with('◉') {
        return Err(format!("after a reload in elder mode the toggle says aria-pressed={pressed:?}, {glyph:?}"));
    }
    let elder_px = root_font_px(c).await?;
    if elder_px <= before {
        return Err(format!("reopened in elder mode the text should be larger: {before}px before, {elder_px}px after"));
    }
    screenshot(c, "home-en-US-elder-reopened-phone").await?;
    c.find(Locator::Css("[data-testid=elder-toggle]")).await.map_err(err)?.click().await.map_err(err)?;
    // Leave the preference as a first-time user finds it.
    select_lang(c, "zh-CN").await?;
    Ok(())
}


