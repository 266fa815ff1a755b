//! End to end: the app says which data it uses (issue 13 point 6). Before the app starts, a feed
//! is published from the repository's data/ (version 7, published 2026-11-28), served on
//! 127.0.0.1 and installed into the app's data folder (`YIDI_DATA_DIR`) by the core's own update;
//! the settings sheet must then name that version and date, in zh-CN, zh-TW and en-US, on a
//! desktop window and at a phone's 390 px, and in elder mode.
//!
//! Expected text comes from yidi-core (`data::status` over the same folder): the words the app
//! renders, not strings copied into the test. The date is checked by hand as well: 2026-11-28 was
//! a Saturday (2026-12-01 is a Tuesday in docs/feed.md; three days earlier).

mod common;

use std::path::{Path, PathBuf};

// The same static file server the core's feed tests publish to.
#[path = "../../crates/yidi-core/tests/support/serve.rs"]
mod serve;
use serve::serve;

use common::*;
use fantoccini::Client;
use yidi_core::{data, hospitals, Lang};


fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder under target/");
    for entry in std::fs::read_dir(from).expect("data/ is readable").flatten() {
        let target = to.join(entry.file_name());
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).expect("a copy");
        }
    }
}

/// Publishes version 7 of the repository's policy packs, rule layers and consent texts, serves it
/// and installs it into a fresh data folder, which the app is then told to use.
fn install_feed() -> PathBuf {
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("e2e-data-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&work);
    let repo_data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    for sub in ["policy", "interview/rules", "consent/texts"] {
        copy_tree(&repo_data.join(sub), &work.join("from").join(sub));
    }
    let key = work.join("feed.key");
    let public = data::keygen(&key, Lang::ZhCn).expect("keygen")["publicKey"].as_str().expect("a key").to_string();
    data::publish(&work.join("from"), &work.join("feed"), &key, 7, "2026-11-28", Lang::ZhCn).expect("publish");
    let data_dir = work.join("app-data");
    let view = hospitals::update_data(&data_dir, &serve(work.join("feed")), Some(&public), Lang::ZhCn).expect("update");
    assert!(view.updated && view.version == 7, "{view:?}");
    data_dir
}

// A plain test, not `#[tokio::test]`: the update runs first, outside any runtime (the core's
// HTTP client blocks, and may not run inside one); then the WebDriver part gets its runtime.
#[test]
fn settings_sheet_names_the_installed_data_version() {
    let data_dir = install_feed();
    data::set_data_dir(Some(&data_dir));
    let zh = data::status(Lang::ZhCn);
    let tw = data::status(Lang::ZhTw);
    let en = data::status(Lang::EnUs);
    assert_eq!((zh.source, zh.version), ("feed", Some(7)));
    assert!(zh.problems.is_empty(), "{:?}", zh.problems);
    // By hand: version 7, 28 November 2026, a Saturday.
    // The number is held to its words by no-break spaces: "第 7 版" never breaks over two lines.
    assert!(zh.message.contains("第\u{a0}7\u{a0}版") && zh.message.contains("2026年11月28日（周六）"), "{}", zh.message);
    assert!(en.message.contains("version\u{a0}7") && en.message.contains("Sat 28 Nov 2026"), "{}", en.message);
    // The app (started by tauri-driver from this process) reads the same folder.
    std::env::set_var("YIDI_DATA_DIR", &data_dir);
    // WebDriver reads a no-break space as a space (its "visible text" rule).
    let lines = [zh.message, tw.message, en.message].map(|m| m.replace('\u{a0}', " "));
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("a runtime");
    runtime.block_on(common::run("data", |c| async move {
        let outcome = scenario(&c, &lines).await;
        (c, outcome)
    }));
}

async fn sheet(c: &Client, lang: &str, expected: &str, name: &str) -> Result<(), String> {
    click(c, "[data-testid=settings-open]").await?;
    click(c, &format!("[data-testid=settings-lang-{lang}]")).await?;
    wait_for_text(c, "[data-testid=settings-data-status]", expected).await?;
    if c.find(fantoccini::Locator::Css("[data-testid=settings-data-problem]")).await.is_ok() {
        return Err(format!("{name}: the sheet reports a problem with a release that loaded whole"));
    }
    screenshot(c, name).await?;
    click(c, "[data-testid=settings-close]").await
}

async fn scenario(c: &Client, [zh, tw, en]: &[String; 3]) -> Result<(), String> {
    c.set_window_size(1200, 900).await.map_err(err)?;
    wait_for(c, "[data-testid=app-title]").await?;
    sheet(c, "zh-CN", zh, "data-settings-zh-CN-desktop").await?;
    sheet(c, "en-US", en, "data-settings-en-US-desktop").await?;
    sheet(c, "zh-TW", tw, "data-settings-zh-TW-desktop").await?;

    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    sheet(c, "zh-CN", zh, "data-settings-zh-CN-phone").await?;
    no_sideways_scroll(c, "zh-CN phone").await?;
    sheet(c, "en-US", en, "data-settings-en-US-phone").await?;
    no_sideways_scroll(c, "en-US phone").await?;

    // Elder mode, from the sheet itself: larger type, the same line.
    click(c, "[data-testid=settings-open]").await?;
    click(c, "[data-testid=settings-lang-zh-CN]").await?;
    click(c, "[data-testid=settings-elder]").await?;
    wait_for_text(c, "[data-testid=settings-data-status]", zh).await?;
    screenshot(c, "data-settings-zh-CN-elder-phone").await?;
    click(c, "[data-testid=settings-elder]").await?;
    click(c, "[data-testid=settings-close]").await?;
    Ok(())
}
