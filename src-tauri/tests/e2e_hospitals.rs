//! End to end: the designated-hospital screen of the real desktop app, driven through WebDriver.
//!
//! A person opens 定点医院, types a hospital's name as pinyin and then as characters, narrows the
//! list to a region, finds nothing when a filter rules the hospital out, chooses the hospital and
//! sees it kept for the estimate (also after visiting another screen), then reads it all in
//! English, in elder mode and at a phone's width. Screenshots land in `target/e2e-screenshots/`.
//!
//! The app opens its directory from an empty data folder (`YIDI_DATA_DIR`), so it searches the
//! bundled list alone; the expected names and labels come from yidi-core searching that same
//! list, not from strings copied into the test.

mod common;

use common::*;
use fantoccini::{Client, Locator};
use serde_json::json;
use yidi_core::{hospitals::Hospitals, text::ui_text, Lang};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hospital_directory_end_to_end() {
    let data_dir = std::env::temp_dir().join(format!("yidi-e2e-hospitals-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    std::fs::create_dir_all(&data_dir).expect("a temporary data folder");
    // fantoccini's TLS stack cannot choose between the two providers the workspace enables.
    let _ = rustls::crypto::ring::default_provider().install_default();
    // Inherited by tauri-driver, WebKitWebDriver and the app it starts.
    std::env::set_var("YIDI_DATA_DIR", &data_dir);
    common::run("hospitals", |c| async move {
        let outcome = scenario(&c).await;
        (c, outcome)
    })
    .await;
    let _ = std::fs::remove_dir_all(&data_dir);
}

async fn scenario(c: &Client) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let en = ui_text(Lang::EnUs);
    let directory = Hospitals::bundled();
    let search = |request: serde_json::Value, lang: Lang| directory.search(&request, lang).map_err(|e| e.message);

    // What the core answers for the two spellings: the same hospital first, 北京协和医院.
    let by_pinyin = search(json!({"query": "xiehe"}), Lang::ZhCn)?;
    let first = by_pinyin.results.first().ok_or("the bundled list has no match for xiehe")?.clone();
    if !first.name.contains("北京协和医院") {
        return Err(format!("the core's first match for xiehe is {}, not 北京协和医院", first.name));
    }
    let by_hanzi = search(json!({"query": "协和"}), Lang::ZhCn)?;
    if by_hanzi.results.first().map(|h| &h.name) != Some(&first.name) {
        return Err("the core should put the same hospital first for 协和 and xiehe".into());
    }
    let in_beijing = search(json!({"query": "协和", "filter": {"region": "110000"}}), Lang::ZhCn)?;
    if in_beijing.results.first().map(|h| &h.name) != Some(&first.name) {
        return Err("filtered to Beijing, the core should still put it first".into());
    }
    let level_three = search(json!({"query": "协和", "filter": {"region": "110000", "level": "3"}}), Lang::ZhCn)?;
    let ruled_out = !level_three.results.iter().any(|h| h.name == first.name);
    let first_en = search(json!({"query": "xiehe"}), Lang::EnUs)?.results.remove(0);
    let data_date_en = search(json!({"query": "xiehe"}), Lang::EnUs)?.data_date_label;

    c.set_window_size(1200, 900).await.map_err(err)?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=nav-hospitals]").await?;
    wait_for_text(c, "#hospitals-title", &zh["ui-hospitals-title"]).await?;
    // The data's date is on screen from the start (an empty query lists the directory).
    wait_for_text(c, "[data-testid=hospital-data-date]", &by_pinyin.data_date_label).await?;
    wait_for_text(c, "[data-testid=hospital-sources]", &by_pinyin.sources[0]).await?;

    // Pinyin, then characters: the same hospital first each time.
    type_into(c, "[data-testid=hospital-search]", "xiehe").await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &first.name).await?;
    expect_text(c, "[data-testid=hospital-card] [data-testid=hospital-level]", &first.level_label).await?;
    // Network status in words, with the advice to confirm what the list does not say.
    let network = first_card_text(c, "[data-testid=hospital-network]").await?;
    for label in &first.network.labels {
        if !network.contains(label.as_str()) {
            return Err(format!("the card's network status {network:?} lacks the core's {label:?}"));
        }
    }
    if first.network.inpatient.is_none() && !network.contains(&zh["ui-hospitals-unknown-network"]) {
        return Err(format!("status not stated, yet no advice to confirm it: {network:?}"));
    }
    clear_search(c).await?;
    type_into(c, "[data-testid=hospital-search]", "协和").await?;
    wait_until(c, "the card list to show the 协和 search", &count_script(by_hanzi.results.len())).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &first.name).await?;

    // Region filter, by typing the region's pinyin into the shared region picker.
    type_into(c, "[data-testid=search-hosp-filter-region]", "beijing").await?;
    let option = wait_for(c, "[data-testid=option-hosp-filter-region]").await?;
    let label = option.text().await.map_err(err)?;
    if !label.contains("北京市") {
        return Err(format!("first region for beijing is {label:?}"));
    }
    option.click().await.map_err(err)?;
    wait_for_text(c, "[data-testid=chosen-hosp-filter-region] span", "北京市").await?;
    wait_until(c, "the list filtered to Beijing", &count_script(in_beijing.results.len())).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &first.name).await?;

    // A level the list does not give it rules it out; "any level" brings it back.
    if ruled_out {
        c.find(Locator::Css("[data-testid=hospital-level-filter]")).await.map_err(err)?.select_by_value("3").await.map_err(err)?;
        if level_three.results.is_empty() {
            wait_for_text(c, "[data-testid=hospital-none]", &zh["ui-hospitals-none"]).await?;
        } else {
            wait_until(c, "the level filter to apply", &count_script(level_three.results.len())).await?;
        }
        c.find(Locator::Css("[data-testid=hospital-level-filter]")).await.map_err(err)?.select_by_value("").await.map_err(err)?;
        wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &first.name).await?;
    }
    screenshot(c, "hospitals-zh-CN-desktop").await?;

    // Choose it: the session keeps it for the estimate, shown above the results.
    click(c, "[data-testid=hospital-card] [data-testid=hospital-choose]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", &first.name).await?;
    wait_for_text(c, "[data-testid=chosen-hospital-level]", &first.level_label).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-chosen-mark]", &zh["ui-hospitals-chosen-mark"]).await?;
    // Still chosen after visiting another screen: it lives in the session's situation.
    click(c, "[data-testid=nav-home]").await?;
    wait_for(c, "[data-testid=free-notice]").await?;
    click(c, "[data-testid=nav-hospitals]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", &first.name).await?;
    screenshot(c, "hospitals-zh-CN-chosen").await?;

    // English: interface, labels from the core and the data's date all change language.
    select_lang(c, "en-US").await?;
    wait_for_text(c, "#hospitals-title", &en["ui-hospitals-title"]).await?;
    wait_for_text(c, "[data-testid=chosen-hospital-level]", &first_en.level_label).await?;
    wait_for_text(c, "[data-testid=hospital-data-date]", &data_date_en).await?;
    clear_search(c).await?;
    type_into(c, "[data-testid=hospital-search]", "xiehe").await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-level]", &first_en.level_label).await?;
    let network_en = first_card_text(c, "[data-testid=hospital-network]").await?;
    if !network_en.contains(&first_en.network.labels[0]) {
        return Err(format!("English network status {network_en:?} lacks {:?}", first_en.network.labels[0]));
    }
    screenshot(c, "hospitals-en-US-desktop").await?;

    // The place of treatment chosen on the home screen becomes the region filter and the point
    // "closest first" orders by.
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=nav-home]").await?;
    type_into(c, "[data-testid=search-destination]", "dongcheng").await?;
    let option = wait_for(c, "[data-testid=option-destination]").await?;
    let label = option.text().await.map_err(err)?;
    if !label.contains("北京市 东城区") {
        return Err(format!("first destination for dongcheng is {label:?}, expected 北京市 东城区"));
    }
    option.click().await.map_err(err)?;
    click(c, "[data-testid=nav-hospitals]").await?;
    wait_for_text(c, "[data-testid=chosen-hosp-filter-region] span", "东城区").await?;
    let near_dongcheng = search(json!({"query": "", "filter": {"region": DONGCHENG}, "near": DONGCHENG, "limit": 20}), Lang::ZhCn)?;
    let nearest = near_dongcheng.results.first().ok_or("the bundled list has nothing in Dongcheng")?;
    wait_until(c, "the list filtered to Dongcheng", &count_script(near_dongcheng.results.len())).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &nearest.name).await?;
    let near_ticked = c.find(Locator::Css("[data-testid=hospital-near]")).await.map_err(err)?.prop("checked").await.map_err(err)?;
    if near_ticked.as_deref() != Some("true") {
        return Err(format!("with a place of treatment, closest-first should start ticked (checked = {near_ticked:?})"));
    }

    // Elder mode, in Chinese.
    let before = root_font_px(c).await?;
    click(c, "[data-testid=elder-toggle]").await?;
    let after = root_font_px(c).await?;
    if after <= before {
        return Err(format!("elder mode should enlarge the text: {before}px before, {after}px after"));
    }
    screenshot(c, "hospitals-zh-CN-elder-desktop").await?;

    // Phone width, elder mode on: one column, nothing wider than the screen.
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    // Opened at phone width, the screen folds its filters so the results come into view.
    click(c, "[data-testid=nav-home]").await?;
    click(c, "[data-testid=nav-hospitals]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", &first.name).await?;
    let folded = c
        .execute("return !document.querySelector('[data-testid=hospital-filters]').open", vec![])
        .await
        .map_err(err)?;
    if folded.as_bool() != Some(true) {
        return Err("at phone width the filters should start folded".into());
    }
    type_into(c, "[data-testid=hospital-search]", "xiehe").await?;
    // The region filter is Dongcheng again; if 协和 is not listed there, "search all regions".
    let xiehe_dongcheng = search(json!({"query": "xiehe", "filter": {"region": DONGCHENG}, "near": DONGCHENG}), Lang::ZhCn)?;
    if xiehe_dongcheng.results.is_empty() {
        wait_for_text(c, "[data-testid=hospital-none]", &zh["ui-hospitals-none"]).await?;
        no_sideways_scroll(c, "at phone width").await?;
        scroll_to(c, "#hospital-results-title").await?;
        screenshot(c, "hospitals-zh-CN-elder-phone-none").await?;
        click(c, "[data-testid=hospital-all-regions]").await?;
    }
    let everywhere = search(json!({"query": "xiehe", "near": DONGCHENG}), Lang::ZhCn)?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &everywhere.results[0].name).await?;
    no_sideways_scroll(c, "at phone width").await?;
    screenshot(c, "hospitals-zh-CN-elder-phone").await?;
    scroll_to(c, "[data-testid=hospital-card]").await?;
    screenshot(c, "hospitals-zh-CN-elder-phone-card").await?;
    click(c, "[data-testid=elder-toggle]").await?;
    no_sideways_scroll(c, "at phone width").await?;
    scroll_to(c, "[data-testid=hospital-card]").await?;
    screenshot(c, "hospitals-zh-CN-phone-card").await?;
    select_lang(c, "en-US").await?;
    wait_for_text(c, "#hospitals-title", &en["ui-hospitals-title"]).await?;
    wait_for_text(c, "[data-testid=hospital-data-date]", &data_date_en).await?;
    no_sideways_scroll(c, "at phone width").await?;
    scroll_to(c, "#hospitals-title").await?;
    screenshot(c, "hospitals-en-US-phone").await?;
    scroll_to(c, "[data-testid=hospital-card]").await?;
    screenshot(c, "hospitals-en-US-phone-card").await?;

    // Leave the preference as a first-time user finds it.
    select_lang(c, "zh-CN").await?;
    Ok(())
}

/// 北京市东城区, the place of treatment chosen on the home screen.
const DONGCHENG: &str = "110101";

/// Script that is true once the page shows exactly `n` result cards.
fn count_script(n: usize) -> String {
    format!("return document.querySelectorAll('[data-testid=hospital-card]').length === {n}")
}

async fn first_card_text(c: &Client, css: &str) -> Result<String, String> {
    let card = c.find(Locator::Css("[data-testid=hospital-card]")).await.map_err(err)?;
    card.find(Locator::Css(css)).await.map_err(err)?.text().await.map_err(err)
}

/// Empties the search box as a person would (WebDriver's clear sends no `input` event).
async fn clear_search(c: &Client) -> Result<(), String> {
    c.execute(
        "const box = document.querySelector('[data-testid=hospital-search]'); box.value = ''; \
         box.dispatchEvent(new Event('input', { bubbles: true }));",
        vec![],
    )
    .await
    .map(|_| ())
    .map_err(err)
}

