//! End to end: the consent screen in the real app. A son signs Beijing's informed-consent form for
//! his mother, insured in Chaoyang (110105): he reads the whole text (signing opens only once the
//! end was on screen), confirms each obligation, enters both ID numbers (a mistyped one is refused
//! beside the field with the core's words), draws a signature with the mouse, signs, sees the
//! core's verdict on the sealed record, and saves the PDF packet. Then English (translation with
//! its notice), elder mode and a phone's width, with a screenshot of each for a person to look at.
//!
//! The device signing key is kept inside the store (issue 14, finding 6): the app starts with an
//! earlier version's plaintext key file in its data folder and no store; at the signing step the
//! screen offers the store's own unlock form (a new passphrase, typed twice), and signing then
//! seals with that same key — migrated into the store, the plaintext file removed.
//!
//! Everything the app writes goes to a `common::Sandbox` under target/ (data, Downloads, web
//! view folders), so neither the store nor the packet lands in the real home.

mod common;

use std::path::Path;

use common::*;
use fantoccini::{
    actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT},
    Client, Locator,
};
use serde_json::{json, Value};
use yidi_core::{consent, text::ui_text, Lang};

const BEIJING: &str = "beijing-inpatient-direct-settlement-consent";
/// From crates/yidi-consent/tests/fixtures/sign-request-proxy.json: valid numbers.
const INSURED_ID: &str = "11010519491231002X";
const PROXY_ID: &str = "420111198305120038";
/// The proxy's number with its last digit changed: the GB 11643 check character no longer fits.
const PROXY_ID_MISTYPED: &str = "420111198305120039";

const PASSPHRASE: &str = "签字前先开档案 2026";
/// The plaintext key an earlier version left: `yidi-device-key/1` and a 32-byte seed in hex.
const LEGACY_SEED: [u8; 32] = [0x42; 32];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_screen_end_to_end() {
    let sandbox = Sandbox::new("consent");
    let downloads = sandbox.downloads();
    // Where the earlier version kept it: the app's data folder (XDG_DATA_HOME/<identifier>).
    let legacy = sandbox.root.join("xdg-data/cn.yidi.assistant/keys/device.key");
    std::fs::create_dir_all(legacy.parent().expect("a folder")).expect("the old key folder");
    let hex: String = LEGACY_SEED.iter().map(|b| format!("{b:02x}")).collect();
    std::fs::write(&legacy, format!("yidi-device-key/1\n{hex}\n")).expect("the old key file");
    let legacy_public = consent::DeviceKey::from_seed(LEGACY_SEED).public_hex();
    common::run("consent", |c| async move {
        let outcome = scenario(&c, &downloads, &legacy, &legacy_public).await;
        (c, outcome)
    })
    .await;
    drop(sandbox);
}

/// The verdict the core gives a freshly sealed record, in `lang`: what the screen must show.
fn core_valid_message(lang: Lang) -> String {
    let request: Value =
        serde_json::from_str(include_str!("../../crates/yidi-consent/tests/fixtures/sign-request-proxy.json"))
            .expect("fixture parses");
    let key = consent::DeviceKey::from_seed([7; 32]);
    let record = consent::sign_with_key(&request, "2026-11-23T10:30:00+08:00", &key, lang).expect("fixture signs");
    let text = serde_json::to_string(&record).expect("record serialises");
    consent::verify_with(&text, Some(&key.public_hex()), lang).expect("verifies").message
}

async fn set_value(c: &Client, css: &str, value: &str) -> Result<(), String> {
    wait_for(c, css).await?;
    c.execute(
        "const el = document.querySelector(arguments[0]); el.focus(); el.value = arguments[1];
         el.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![json!(css), json!(value)],
    )
    .await
    .map(|_| ())
    .map_err(err)
}

async fn blur(c: &Client) -> Result<(), String> {
    c.execute("document.activeElement && document.activeElement.blur()", vec![]).await.map(|_| ()).map_err(err)
}


/// From the list to the signing step: open the Beijing form, read to the end, confirm all.
async fn read_and_confirm(c: &Client, obligations: usize, shot: Option<&str>) -> Result<(), String> {
    click(c, &format!("[data-testid=open-{BEIJING}]")).await?;
    wait_for(c, "[data-testid=text-end]").await?;
    // Opening at the top: the end is not on screen, so signing is not yet possible.
    scroll_to(c, "[data-testid=consent-screen]").await?;
    // GOV.UK: the button stays enabled; pressed too early it says what is missing and stays put.
    click(c, "[data-testid=read-next]").await?;
    wait_until(c, "the reason beside the button", "return document.querySelector('[data-testid=read-status]').classList.contains('error')")
        .await?;
    if c.find(Locator::Css("[data-testid^=obligation-]")).await.is_ok() {
        return Err("'Next' must not move on before the whole text was displayed".into());
    }
    if let Some(name) = shot {
        screenshot(c, name).await?;
    }
    scroll_to(c, "[data-testid=text-end]").await?;
    wait_until(c, "the end to be seen", "return document.querySelector('[data-testid=read-status]').classList.contains('ok-line')")
        .await?;
    click(c, "[data-testid=read-next]").await?;
    wait_for(c, "[data-testid^=obligation-]").await?;
    let boxes = c.find_all(Locator::Css("[data-testid^=obligation-] input")).await.map_err(err)?;
    if boxes.len() != obligations {
        return Err(format!("{} obligations on screen, the core's text has {obligations}", boxes.len()));
    }
    for (i, b) in boxes.iter().enumerate() {
        if i + 1 == obligations {
            // One still unconfirmed: "Next" says so beside it and stays on this step.
            click(c, "[data-testid=confirm-next]").await?;
            wait_until(c, "the reason beside the button", "return document.querySelector('[data-testid=confirm-status]').classList.contains('error')")
                .await?;
            if c.find(Locator::Css("[data-testid=signer-next]")).await.is_ok() {
                return Err(format!("'Next' moved on with only {i} of {obligations} obligations confirmed"));
            }
        }
        b.click().await.map_err(err)?;
    }
    wait_until(c, "all confirmed", "return document.querySelector('[data-testid=confirm-status]').classList.contains('ok-line')").await?;
    click(c, "[data-testid=confirm-next]").await
}

async fn draw_signature(c: &Client) -> Result<(), String> {
    let pad = wait_for(c, "[data-testid=signature-pad]").await?;
    scroll_to(c, "[data-testid=signature-pad-box]").await?;
    // Two strokes with the mouse through WebDriver actions, offsets from the box's centre.
    let mut mouse = MouseActions::new("mouse".into());
    // Offsets are whole pixels worked out in integers (the workspace forbids float arithmetic).
    for (y0, dy) in [(-40_i32, 10_i32), (20, -5)] {
        mouse = mouse
            .then(PointerAction::MoveToElement { element: pad.clone(), duration: None, x: -120.0, y: f64::from(y0) })
            .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT });
        for step in 1..=8_i32 {
            let wiggle = if step % 2 == 0 { 6 } else { -6 };
            mouse = mouse.then(PointerAction::MoveToElement {
                element: pad.clone(),
                duration: Some(std::time::Duration::from_millis(15)),
                x: f64::from(-120 + step * 30),
                y: f64::from(y0 + dy * step / 8 + wiggle),
            });
        }
        mouse = mouse.then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    }
    c.perform_actions(mouse).await.map_err(err)?;
    let _ = c.release_actions().await;
    wait_until(c, "two strokes on the pad", "return document.querySelector('[data-testid=signature-pad]').dataset.strokes === '2'")
        .await
}

async fn scenario(c: &Client, downloads: &Path, legacy: &Path, legacy_public: &str) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let text_zh = consent::get_text(
        &consent::TextRequest { id: BEIJING.into(), version: None, as_of: "2026-11-23".into() },
        Lang::ZhCn,
    )
    .map_err(err)?;
    let text_en = consent::get_text(
        &consent::TextRequest { id: BEIJING.into(), version: None, as_of: "2026-11-23".into() },
        Lang::EnUs,
    )
    .map_err(err)?;
    let obligations = text_zh.obligations.len();
    c.set_window_size(1200, 900).await.map_err(err)?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=nav-consent]").await?;

    // Insured in Chaoyang, Beijing (110105); "chaoyang" also finds Changchun's Chaoyang district.
    type_into(c, "[data-testid=search-consent-insured]", "chaoyang").await?;
    wait_for(c, "[data-testid=option-consent-insured]").await?;
    let mut picked = false;
    for option in c.find_all(Locator::Css("[data-testid=option-consent-insured]")).await.map_err(err)? {
        if option.text().await.map_err(err)?.contains("110105") {
            option.click().await.map_err(err)?;
            picked = true;
            break;
        }
    }
    if !picked {
        return Err("no option for 110105 among the results for chaoyang".into());
    }
    wait_for_text(c, "[data-testid=chosen-consent-insured] span", "北京市").await?;
    wait_for_text(c, &format!("[data-testid=text-{BEIJING}] h3"), &text_zh.title).await?;
    screenshot(c, "consent-zh-CN-choose").await?;

    read_and_confirm(c, obligations, Some("consent-zh-CN-read")).await?;

    // Who signs: the son, as a proxy. A mistyped ID number is refused beside the field.
    set_value(c, "[data-testid=insured-name]", "王秀英").await?;
    type_into(c, "[data-testid=insured-id]", INSURED_ID).await?;
    blur(c).await?;
    wait_for(c, "[data-testid=note-insured\\.idNumber]").await?;
    click(c, "[data-testid=signer-proxy] input").await?;
    set_value(c, "[data-testid=proxy-name]", "李明").await?;
    type_into(c, "[data-testid=proxy-id]", PROXY_ID_MISTYPED).await?;
    blur(c).await?;
    let expected = consent::check_id_number_for("signer.idNumber", PROXY_ID_MISTYPED, "2026-11-23", Lang::ZhCn)
        .err()
        .ok_or("the mistyped number must be refused by the core")?
        .message;
    wait_for_text(c, "[data-testid=error-signer\\.idNumber]", &expected).await?;
    screenshot(c, "consent-zh-CN-signer-error").await?;
    let field = wait_for(c, "[data-testid=proxy-id]").await?;
    field.clear().await.map_err(err)?;
    field.send_keys(PROXY_ID).await.map_err(err)?;
    blur(c).await?;
    wait_for(c, "[data-testid=note-signer\\.idNumber]").await?;
    c.find(Locator::Css("[data-testid=proxy-relation]")).await.map_err(err)?.select_by_value("child").await.map_err(err)?;
    click(c, "[data-testid=signer-next]").await?;

    // The signature, the typed name, the date; then sign.
    draw_signature(c).await?;
    set_value(c, "[data-testid=typed-name]", "李明").await?;
    screenshot(c, "consent-zh-CN-sign").await?;
    // No store yet, so no key to sign with: the signing step offers the store's own unlock form
    // (first run: a new passphrase, twice) with a sentence saying why.
    wait_for_text(c, "[data-testid=consent-unlock] .hint", &zh["ui-consent-unlock-to-sign"]).await?;
    if !legacy.exists() {
        return Err("the old key file must stay until the store that takes it is open".into());
    }
    scroll_to(c, "[data-testid=consent-unlock]").await?;
    screenshot(c, "consent-zh-CN-unlock-to-sign").await?;
    set_value(c, "[data-testid=consent-unlock] [data-testid=passphrase]", PASSPHRASE).await?;
    set_value(c, "[data-testid=consent-unlock] [data-testid=passphrase-again]", PASSPHRASE).await?;
    click(c, "[data-testid=consent-unlock] [data-testid=unlock-submit]").await?;
    wait_until(c, "the store open and the unlock form gone", "return !document.querySelector('[data-testid=consent-unlock]')").await?;
    // The first unlock sealed the old key into the store and removed the plaintext file.
    if legacy.exists() {
        return Err(format!("{} must be removed once its key is sealed in the store", legacy.display()));
    }
    click(c, "[data-testid=sign-submit]").await?;
    wait_for_text(c, "[data-testid=verification-message]", &core_valid_message(Lang::ZhCn)).await?;
    wait_for_text(c, "[data-testid=signed-by]", "李明").await?;
    screenshot(c, "consent-zh-CN-done").await?;

    // The packet: the rest of the registration form, then save.
    c.find(Locator::Css("[data-testid=packet-scheme]")).await.map_err(err)?.select_by_value("employee").await.map_err(err)?;
    c.find(Locator::Css("[data-testid=packet-category]"))
        .await
        .map_err(err)?
        .select_by_value("relocated_retiree")
        .await
        .map_err(err)?;
    type_into(c, "[data-testid=search-packet-destination]", "wuhan").await?;
    click(c, "[data-testid=option-packet-destination]").await?;
    wait_for_text(c, "[data-testid=chosen-packet-destination] span", "武汉市").await?;
    type_into(c, "[data-testid=packet-phone]", "138 0013 8000").await?;
    let pdf = save_packet(c).await?;
    if pdf.parent() != Some(downloads) {
        return Err(format!("the packet should be in the download folder {}, not {}", downloads.display(), pdf.display()));
    }
    let bytes = std::fs::read(&pdf).map_err(|e| format!("{}: {e}", pdf.display()))?;
    if !bytes.starts_with(b"%PDF") {
        return Err(format!("{} is not a PDF", pdf.display()));
    }
    let record_path = c.find(Locator::Css("[data-testid=record-path]")).await.map_err(err)?.text().await.map_err(err)?;
    let record = std::fs::read_to_string(record_path.trim()).map_err(|e| format!("{record_path}: {e}"))?;
    // Against the old key's public half only: the migrated key sealed it, so records made before
    // the migration and after it verify against the same public key.
    let verdict = consent::verify_with(&record, Some(legacy_public), Lang::ZhCn).map_err(err)?;
    if !verdict.valid {
        return Err(format!("the saved record should verify against the migrated key: {}", verdict.message));
    }
    scroll_to(c, "[data-testid=packet-saved]").await?;
    screenshot(c, "consent-zh-CN-packet").await?;

    // English: the verdict in English, then the text with its translation and notice.
    scroll_to(c, "[data-testid=app-title]").await?;
    select_lang(c, "en-US").await?;
    wait_for_text(c, "[data-testid=verification-message]", &core_valid_message(Lang::EnUs)).await?;
    scroll_to(c, "[data-testid=consent-screen]").await?;
    screenshot(c, "consent-en-US-done").await?;
    click(c, "[data-testid=consent-restart]").await?;
    // The saved record file, chosen in "verify a signed record": the core's verdict again.
    wait_for(c, "[data-testid=verify-file]").await?.send_keys(record_path.trim()).await.map_err(err)?;
    wait_for_text(c, "[data-testid=verify-result]", &core_valid_message(Lang::EnUs)).await?;
    click(c, &format!("[data-testid=open-{BEIJING}]")).await?;
    let notice = text_en.translation_notice.clone().ok_or("the core gives a notice in English")?;
    wait_for_text(c, "[data-testid=translation-notice]", &notice).await?;
    let translated = text_en.clauses.iter().find(|cl| cl.id == "notes-2").and_then(|cl| cl.translation.clone());
    wait_for_text(c, "[data-testid=clause-notes-2] .translation", &translated.ok_or("notes-2 is translated")?).await?;
    scroll_to(c, "[data-testid=clause-notes-2]").await?;
    screenshot(c, "consent-en-US-read").await?;

    // Elder mode, in Chinese: reading and signing.
    scroll_to(c, "[data-testid=app-title]").await?;
    select_lang(c, "zh-CN").await.map_err(|e| format!("choosing zh-CN: {e}"))?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    click(c, "[data-testid=elder-toggle]").await.map_err(|e| format!("elder toggle: {e}"))?;
    scroll_to(c, "[data-testid=clause-notes-2]").await?;
    screenshot(c, "consent-zh-CN-elder-read").await?;
    scroll_to(c, "[data-testid=text-end]").await?;
    wait_until(c, "the end to be seen", "return document.querySelector('[data-testid=read-status]').classList.contains('ok-line')").await?;
    click(c, "[data-testid=read-next]").await.map_err(|e| format!("elder, reading: {e}"))?;
    for b in c.find_all(Locator::Css("[data-testid^=obligation-] input")).await.map_err(err)? {
        b.click().await.map_err(err)?;
    }
    screenshot(c, "consent-zh-CN-elder-confirm").await?;
    click(c, "[data-testid=confirm-next]").await.map_err(|e| format!("elder, confirming: {e}"))?;
    wait_for(c, "[data-testid=note-insured\\.idNumber], [data-testid=insured-id]").await?;
    screenshot(c, "consent-zh-CN-elder-signer").await?;
    click(c, "[data-testid=signer-next]").await.map_err(|e| format!("elder, who signs: {e}"))?;
    wait_for(c, "[data-testid=signature-pad]").await?;
    scroll_to(c, "[data-testid=consent-screen]").await?;
    screenshot(c, "consent-zh-CN-elder-sign").await?;

    // Phone width: one column, nothing wider than the screen, still signable.
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    no_sideways_scroll(c, "signing, elder mode").await?;
    screenshot(c, "consent-zh-CN-elder-phone-sign").await?;
    click(c, "[data-testid=elder-toggle]").await?;
    no_sideways_scroll(c, "signing").await?;
    scroll_to(c, "[data-testid=signature-pad-box]").await?;
    screenshot(c, "consent-zh-CN-phone-sign").await?;
    click(c, "[data-testid=sign-back]").await?;
    no_sideways_scroll(c, "who signs").await?;
    screenshot(c, "consent-zh-CN-phone-signer").await?;
    click(c, "[data-testid=signer-back]").await?;
    click(c, "[data-testid=confirm-back]").await?;
    wait_for(c, "[data-testid=clause-notes-2]").await?;
    no_sideways_scroll(c, "reading").await?;
    scroll_to(c, "[data-testid=clause-notes-2]").await?;
    screenshot(c, "consent-zh-CN-phone-read").await?;

    keyboard_sign(c, &zh).await
}

/// Presses keys on whatever has the focus, as a keyboard would.
async fn press(c: &Client, keys: &str) -> Result<(), String> {
    c.active_element().await.map_err(err)?.send_keys(keys).await.map_err(err)
}

const TAB: &str = "\u{e004}";
const ARROW_DOWN: &str = "\u{e015}";
const SPACE: &str = "\u{e00d}";
const ENTER: &str = "\u{e007}";

/// Signing without a pointer (issue 10 point 6, review C8): from the signing step, the method
/// is chosen with the arrow keys, the name typed, the statement ticked with Space and the form
/// submitted with Enter; no click and no drawing. Submitting before ticking says what is missing.
async fn keyboard_sign(c: &Client, zh: &std::collections::BTreeMap<String, String>) -> Result<(), String> {
    c.set_window_size(1200, 900).await.map_err(err)?;
    click(c, "[data-testid=read-next]").await?;
    click(c, "[data-testid=confirm-next]").await?;
    click(c, "[data-testid=signer-next]").await?;
    wait_for(c, "[data-testid=sign-method-drawn] input").await?;
    // Where Tab from the page's start would land first in this section: the method's radios.
    c.execute("document.querySelector('[data-testid=sign-method-drawn] input').focus()", vec![]).await.map_err(err)?;
    press(c, ARROW_DOWN).await?;
    wait_until(c, "the typed method chosen by the arrow key", "return document.querySelector('[data-testid=sign-method-typed] input').checked").await?;
    if c.find(Locator::Css("[data-testid=signature-pad]")).await.is_ok() {
        return Err("the typed method must not ask for a drawing".into());
    }
    press(c, TAB).await?;
    wait_until(c, "the focus on the name field", "return document.activeElement.dataset.testid === 'typed-name'").await?;
    press(c, "李明").await?;
    wait_until(c, "the name typed", "return document.querySelector('[data-testid=typed-name]').value === '李明'").await?;
    // How the typed method reads in the other languages, in elder mode and on a phone.
    for (lang, name) in [("en-US", "consent-en-US-sign-typed"), ("zh-TW", "consent-zh-TW-sign-typed")] {
        scroll_to(c, "[data-testid=app-title]").await?;
        select_lang(c, lang).await?;
        wait_for(c, "[data-testid=typed-statement]").await?;
        scroll_to(c, "[data-testid=consent-screen]").await?;
        screenshot(c, name).await?;
    }
    scroll_to(c, "[data-testid=app-title]").await?;
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=typed-statement]", "我确认以上内容，以输入姓名的方式签字").await?;
    click(c, "[data-testid=elder-toggle]").await?;
    scroll_to(c, "[data-testid=consent-screen]").await?;
    screenshot(c, "consent-zh-CN-elder-sign-typed").await?;
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    no_sideways_scroll(c, "typed signing, elder mode").await?;
    scroll_to(c, "[data-testid=typed-statement]").await?;
    screenshot(c, "consent-zh-CN-elder-phone-sign-typed").await?;
    c.set_window_size(1200, 900).await.map_err(err)?;
    click(c, "[data-testid=elder-toggle]").await?;
    // Submit before ticking: the button says what is missing and focus goes to the statement.
    c.execute("document.querySelector('[data-testid=sign-submit]').focus()", vec![]).await.map_err(err)?;
    press(c, ENTER).await?;
    wait_for_text(c, "[data-testid=error-signature\\.statement]", &zh["ui-consent-typed-confirm-missing"]).await?;
    wait_until(c, "the focus on the statement", "return document.activeElement.id === 'c-statement'").await?;
    let statement = wait_for(c, "[data-testid=typed-statement]").await?.text().await.map_err(err)?;
    if statement.trim() != "我确认以上内容，以输入姓名的方式签字" {
        return Err(format!("the statement shown should be the one asked for in issue 10, got {statement:?}"));
    }
    scroll_to(c, "[data-testid=typed-statement]").await?;
    screenshot(c, "consent-zh-CN-sign-typed-missing").await?;
    press(c, SPACE).await?;
    wait_until(c, "the statement ticked", "return document.getElementById('c-statement').checked").await?;
    screenshot(c, "consent-zh-CN-sign-typed").await?;
    // Tab on to the primary button (past "back") and press Enter.
    for _ in 0..6 {
        if c.execute("return document.activeElement.dataset.testid", vec![]).await.map_err(err)? == json!("sign-submit") {
            break;
        }
        press(c, TAB).await?;
    }
    press(c, ENTER).await?;
    wait_for_text(c, "[data-testid=verification-message]", &core_valid_message(Lang::ZhCn)).await?;
    wait_for_text(c, "[data-testid=signed-by]", "李明").await?;
    wait_until(c, "the record saying it was typed", "return document.querySelector('[data-testid=signed-method]').dataset.method === 'typed'").await?;
    wait_for_text(c, "[data-testid=signed-method] .statement", "我确认以上内容，以输入姓名的方式签字").await?;
    screenshot(c, "consent-zh-CN-done-typed").await?;
    Ok(())
}
