//! End to end: the designated-hospital screen of the real desktop app, driven through WebDriver.
//!
//! A person opens 定点医院, types a hospital's name as pinyin and then as characters, narrows the
//! list to a region, finds nothing when a filter rules the hospital out, chooses the hospital and
//! sees it kept for the estimate (also after visiting another screen), then reads it all in
//! English, in elder mode and at a phone's width. Going to 武汉, the list shows real Wuhan
//! hospitals, marks the Beijing one as outside the place of treatment, and choosing a Wuhan one
//! (whose network status no list states) hands "unknown" to the estimate, never "no". Going to a
//! county the list does not reach (五峰土家族自治县), the screen says so, points to the official look-up,
//! and the person adds the hospital by hand; the estimate takes its level.
//! Screenshots land in `target/e2e-screenshots/`.
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
    // A run that failed half-way may have left another language chosen.
    select_lang(c, "zh-CN").await?;
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
    // Network status: no source states it, so one line says so and what to do (not three
    // nested "not stated" lines).
    let network = first_card_text(c, "[data-testid=hospital-network]").await?;
    if first.network.inpatient.is_some() || first.network.outpatient.is_some() || first.network.chronic.is_some() {
        return Err("the bundled list states no network status, yet the core gives one".into());
    }
    // (The "?" badge beside it is aria-hidden; the words carry the meaning.)
    if network.trim().trim_start_matches('?').trim() != zh["ui-hospitals-network-all-unknown"] {
        return Err(format!("status not stated: expected the one-line advice, got {network:?}"));
    }
    // No empty field on the card: nothing says "not stated".
    let card = first_card_text(c, "").await.unwrap_or_default();
    if card.contains(&zh["ui-hospitals-not-stated"]) || card.contains(&zh["ui-hospitals-status-unknown"]) {
        return Err(format!("the card shows an empty field: {card:?}"));
    }
    // What the list is, and where to confirm, is on screen with the results.
    wait_for_text(c, "[data-testid=hospital-list-note]", &by_pinyin.list_note).await?;
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
    // The list does not say whether it is networked: the choice carries "unknown", in words.
    wait_for_text(c, "[data-testid=chosen-hospital-networked]", &zh["ui-hospitals-chosen-networked-unknown"]).await?;
    chosen_networked_is(c, "unknown").await?;
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
    if !network_en.contains(&en["ui-hospitals-network-all-unknown"]) {
        return Err(format!("English network status {network_en:?} lacks the one-line advice"));
    }
    screenshot(c, "hospitals-en-US-desktop").await?;

    // Traditional Chinese: the names are in Traditional characters too.
    select_lang(c, "zh-TW").await?;
    let first_tw = search(json!({"query": "xiehe"}), Lang::ZhTw)?.results.remove(0);
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &first_tw.name).await?;
    if first_tw.name == first.name {
        return Err(format!("zh-TW should show {} in Traditional characters", first.name));
    }
    screenshot(c, "hospitals-zh-TW-desktop").await?;

    wuhan_and_a_hand_added_hospital(c, &search, &first).await?;

    // The place of treatment chosen on the home screen becomes the region filter and the point
    // "closest first" orders by.
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=nav-home]").await?;
    // The Wuhan part left 五峰土家族自治县 chosen: change it.
    click(c, "[data-testid=chosen-destination] button").await?;
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

/// Going to 武汉: real Wuhan hospitals, the Beijing choice marked as elsewhere, a Wuhan choice
/// with unknown status handed to the estimate as "unknown". Then a county the list does not
/// reach: the screen says so, points to the official look-up, and a hand-added hospital is used
/// by the estimate.
async fn wuhan_and_a_hand_added_hospital(
    c: &Client,
    search: &impl Fn(serde_json::Value, Lang) -> Result<yidi_core::hospitals::SearchView, String>,
    beijing: &yidi_core::hospitals::HospitalView,
) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=nav-home]").await?;
    choose_region(c, "destination", "wuhan", "武汉市").await?;
    click(c, "[data-testid=nav-hospitals]").await?;
    wait_for_text(c, "[data-testid=chosen-hosp-filter-region] span", "武汉市").await?;
    let wuhan = search(json!({"query": "", "filter": {"region": WUHAN}, "near": WUHAN, "destination": WUHAN, "limit": 20}), Lang::ZhCn)?;
    if wuhan.results.len() < 20 {
        return Err(format!("the bundled list should fill a page for Wuhan, has {}", wuhan.results.len()));
    }
    if !wuhan.results.iter().all(|h| h.city_code.as_deref() == Some(WUHAN)) {
        return Err("every result of the Wuhan filter should be in Wuhan".into());
    }
    wait_until(c, "the list filtered to Wuhan", &count_script(wuhan.results.len())).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &wuhan.results[0].name).await?;
    let names = c
        .execute("return [...document.querySelectorAll('[data-testid=hospital-name]')].map(e => e.textContent.trim())", vec![])
        .await
        .map_err(err)?;
    let shown: Vec<String> = serde_json::from_value(names).map_err(err)?;
    let want: Vec<String> = wuhan.results.iter().map(|h| h.name.clone()).collect();
    if shown != want {
        return Err(format!("the screen's Wuhan list {shown:?} differs from the core's {want:?}"));
    }
    let coverage = wuhan.coverage.as_ref().ok_or("a region filter gives coverage")?;
    wait_for_text(c, "[data-testid=hospital-coverage]", &coverage.message).await?;
    // The Beijing hospital chosen earlier is outside the place of treatment, and says so.
    let again = search(json!({"query": beijing.name_zh_cn, "destination": WUHAN}), Lang::ZhCn)?;
    let warning = again
        .results
        .iter()
        .find(|h| h.name == beijing.name)
        .and_then(|h| h.outside_destination.clone())
        .ok_or("the core should mark the Beijing hospital as outside Wuhan")?;
    if !warning.contains("北京市") || !warning.contains("武汉市") {
        return Err(format!("the warning should name both places: {warning:?}"));
    }
    wait_for_text(c, "[data-testid=chosen-hospital-outside]", &warning).await?;
    screenshot(c, "hospitals-zh-CN-wuhan").await?;

    // Choose the first Wuhan hospital: three-A, network status unknown.
    let pick = &wuhan.results[0];
    if pick.network.inpatient.is_some() {
        return Err(format!("{} has a network status in the bundled list; no source gives one", pick.name));
    }
    click(c, "[data-testid=hospital-card] [data-testid=hospital-choose]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", &pick.name).await?;
    chosen_networked_is(c, "unknown").await?;
    if c.find(Locator::Css("[data-testid=chosen-hospital-outside]")).await.is_ok() {
        return Err(format!("{} is in Wuhan: no outside warning expected", pick.name));
    }
    // The estimate does not start from "not networked" (the ¥0-from-the-fund trap) and takes
    // the hospital's grade as its level.
    click(c, "[data-testid=nav-estimate]").await?;
    wait_for(c, "[data-testid=est-networked-no]").await?;
    estimate_took_unknown(c).await?;
    if c.find(Locator::Css("[data-testid=est-networked-unknown]")).await.is_ok() {
        both_outcomes_shown(c).await?;
    }
    if let Some(grade) = pick.grade {
        if !checked(c, &format!("est-level-level{grade}")).await? {
            return Err(format!("the estimate should start at the chosen hospital's grade {grade}"));
        }
    }
    screenshot(c, "hospitals-estimate-zh-CN-unknown").await?;

    // A county the list does not reach: what it holds there, the official look-up, by hand.
    click(c, "[data-testid=nav-home]").await?;
    click(c, "[data-testid=chosen-destination] button").await?;
    choose_region(c, "destination", "wufeng", "五峰土家族自治县").await?;
    click(c, "[data-testid=nav-hospitals]").await?;
    let none = search(json!({"query": "", "filter": {"region": WUFENG}, "near": WUFENG, "destination": WUFENG, "limit": 20}), Lang::ZhCn)?;
    if !none.results.is_empty() {
        return Err(format!("the bundled list was expected to have nothing in 五峰土家族自治县, has {}", none.results.len()));
    }
    let coverage = none.coverage.ok_or("coverage for 五峰土家族自治县")?;
    wait_for_text(c, "[data-testid=hospital-none] [data-testid=hospital-coverage]", &coverage.message).await?;
    wait_for_text(c, "[data-testid=hospital-official-lookup]", &zh["ui-hospitals-official-app"]).await?;
    expect_text(c, "[data-testid=hospital-official-lookup]", &zh["ui-hospitals-official-phone"]).await?;
    screenshot(c, "hospitals-zh-CN-none-county").await?;
    click(c, "[data-testid=manual-hospital-open]").await?;
    // Saving without a name says what is missing, by the field.
    click(c, "[data-testid=manual-hospital-save]").await?;
    wait_for_text(c, "[data-testid=manual-hospital-name-error]", &zh["ui-hospitals-manual-name-missing"]).await?;
    type_into(c, "[data-testid=manual-hospital-name]", "五峰土家族自治县人民医院").await?;
    c.find(Locator::Css("[data-testid=manual-hospital-level]")).await.map_err(err)?.select_by_value("2").await.map_err(err)?;
    click(c, "[data-testid=manual-networked-unknown]").await?;
    scroll_to(c, "[data-testid=manual-hospital]").await?;
    screenshot(c, "hospitals-zh-CN-manual-form").await?;
    click(c, "[data-testid=manual-hospital-save]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", "五峰土家族自治县人民医院").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-manual]", &zh["ui-hospitals-manual-mark"]).await?;
    wait_for_text(c, "[data-testid=chosen-hospital-level]", &zh["ui-hospitals-manual-level-2"]).await?;
    chosen_networked_is(c, "unknown").await?;
    screenshot(c, "hospitals-zh-CN-manual-chosen").await?;
    click(c, "[data-testid=nav-estimate]").await?;
    wait_for(c, "[data-testid=est-level-level2]").await?;
    if !checked(c, "est-level-level2").await? {
        return Err("the hand-added hospital's level (二级) should be the estimate's level".into());
    }
    estimate_took_unknown(c).await?;
    // Back to the Beijing hospital the rest of the scenario expects: "search all regions".
    click(c, "[data-testid=nav-hospitals]").await?;
    click(c, "[data-testid=hospital-all-regions]").await?;
    // Its whole name: an exact match comes first wherever the place of treatment is.
    type_into(c, "[data-testid=hospital-search]", &beijing.name_zh_cn).await?;
    wait_for_text(c, "[data-testid=hospital-card] [data-testid=hospital-name]", &beijing.name).await?;
    click(c, "[data-testid=hospital-card] [data-testid=hospital-choose]").await?;
    wait_for_text(c, "[data-testid=chosen-hospital-name]", &beijing.name).await?;
    Ok(())
}

/// With the hospital's status unknown, the estimate of docs/examples/estimate-case.json (Beijing
/// retiree in Wuhan, ¥50,000 stay) shows both outcomes side by side, as the core computes them.
async fn both_outcomes_shown(c: &Client) -> Result<(), String> {
    let mut request: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/examples/estimate-case.json")).map_err(err)?;
    request["insuredRegion"] = json!("110000");
    request["destination"] = json!(WUHAN);
    request["hospital"]["networked"] = json!("unknown");
    let want = yidi_core::estimate::estimate(&request, None, Lang::ZhCn).map_err(|e| e.message)?;
    let outcomes = want.network_outcomes.ok_or("the core gives both outcomes for an unknown status")?;
    choose_region(c, "insured", "beijing", "北京市").await?;
    click(c, "[data-testid=est-scheme-employee]").await?;
    click(c, "[data-testid=est-work-status-retired]").await?;
    fill(c, "age", "68").await?;
    wait_for(c, "[data-testid=est-filing]").await?.select_by_value("relocated_retiree").await.map_err(err)?;
    click(c, "[data-testid=est-level-level3]").await?;
    fill(c, "admission", "2026-03-02").await?;
    fill(c, "discharge", "2026-03-20").await?;
    fill(c, "stay", "1").await?;
    click(c, "[data-testid=est-bill-mode-detailed]").await?;
    fill(c, "total", "50000").await?;
    fill(c, "not-covered", "2000").await?;
    fill(c, "class-b", "5000").await?;
    click(c, "[data-testid=est-submit]").await?;
    wait_for_text(c, "[data-testid=est-outcome-not-networked]", &outcomes.not_networked_text).await?;
    let patient = outcomes.networked_patient.to_string();
    let whole = patient.split('.').next().unwrap_or("");
    let grouped: String = {
        let digits: Vec<char> = whole.chars().collect();
        digits.iter().enumerate().fold(String::new(), |mut out, (i, d)| {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(*d);
            out
        })
    };
    expect_text(c, "[data-testid=est-outcome-networked-patient]", &grouped).await?;
    scroll_to(c, "[data-testid=est-outcome-networked-patient]").await?;
    screenshot(c, "hospitals-estimate-zh-CN-both-outcomes").await
}

async fn fill(c: &Client, testid: &str, text: &str) -> Result<(), String> {
    let css = format!("[data-testid=est-{testid}]");
    let input = wait_for(c, &css).await?;
    input.clear().await.map_err(err)?;
    input.send_keys(text).await.map_err(err)?;
    let value = input.prop("value").await.map_err(err)?.unwrap_or_default();
    if value != text {
        c.execute(
            "const el = document.querySelector(arguments[0]);
             Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(el, arguments[1]);
             el.dispatchEvent(new Event('input', { bubbles: true }));",
            vec![json!(css), json!(text)],
        )
        .await
        .map_err(err)?;
    }
    Ok(())
}

/// The estimate form starts from the chosen hospital's "unknown": its own "not known" answer
/// once the form has one (contract (a)), and never "not networked" (the ¥0-from-the-fund trap).
async fn estimate_took_unknown(c: &Client) -> Result<(), String> {
    if checked(c, "est-networked-no").await? {
        return Err("an unknown network status must not preselect 'not networked' in the estimate".into());
    }
    let three_states = c.find(Locator::Css("[data-testid=est-networked-unknown]")).await.is_ok();
    if three_states && !checked(c, "est-networked-unknown").await? {
        return Err("the estimate offers 'not known' but did not start from the hospital's unknown status".into());
    }
    Ok(())
}

async fn chosen_networked_is(c: &Client, want: &str) -> Result<(), String> {
    wait_until(
        c,
        &format!("the chosen hospital's network status to be {want}"),
        &format!("const e = document.querySelector('[data-testid=chosen-hospital-networked]'); return !!e && e.dataset.networked === '{want}'"),
    )
    .await
}

async fn checked(c: &Client, testid: &str) -> Result<bool, String> {
    let v = c
        .execute(&format!("const e = document.querySelector('[data-testid={testid}]'); return !!e && e.checked"), vec![])
        .await
        .map_err(err)?;
    Ok(v.as_bool() == Some(true))
}

/// 武汉市 and 五峰土家族自治县 (湖北省恩施州), places of treatment chosen on the home screen.
const WUHAN: &str = "420100";
const WUFENG: &str = "420529";

/// 北京市东城区, the place of treatment chosen on the home screen.
const DONGCHENG: &str = "110101";

/// Script that is true once the page shows exactly `n` result cards.
fn count_script(n: usize) -> String {
    format!("return document.querySelectorAll('[data-testid=hospital-card]').length === {n}")
}

/// The text of the first card (or of `css` inside it); tried again when the list re-renders
/// between finding the card and reading it.
async fn first_card_text(c: &Client, css: &str) -> Result<String, String> {
    let mut last = String::new();
    for _ in 0..5 {
        let script = format!(
            "const card = document.querySelector('[data-testid=hospital-card]'); if (!card) return null; \
             const e = {}; return e ? e.innerText : null;",
            if css.is_empty() { "card".to_string() } else { format!("card.querySelector('{css}')") }
        );
        match c.execute(&script, vec![]).await {
            Ok(serde_json::Value::String(text)) => return Ok(text),
            Ok(other) => last = format!("no such element ({other})"),
            Err(e) => last = err(e),
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    Err(format!("first card {css:?}: {last}"))
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

