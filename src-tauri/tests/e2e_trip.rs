//! End to end: the rest of the trip (issue 11) in the real app.
//!
//! A son files on the phone for his mother, insured in Wuhan (resident scheme), going to Shenzhen
//! for treatment without a referral (scenario 52 in crates/yidi-interview/tests/scenarios). The
//! plan's steps are numbered and concrete for the phone channel (bind the family account first),
//! the "show this at the desk" card gives region, category, validity (six months from 2026-11-23:
//! to 2027-05-22, worked out by hand) and the words in Chinese, also in English with the Chinese
//! kept for the desk; the hospital card prints alone. Then the same family after discharge, paid
//! in full: an admission date after the plan's day is refused with the core's message, and the
//! plan headlines "claim at home" with the claim checklist and roughly what should come back —
//! first what is missing (the amount paid, the hospital's level), then the core's figure for the
//! same facts (the age from the mother's ID, the network status "unknown" as no hospital was
//! chosen); her packet's cover sheet (the PDF's first page, rendered to PNG) prints the same line.
//! The plan's dates export as .ics with her stored reminder beside them, once each, in the
//! person's time zone (TZ=Asia/Shanghai for the app). Screenshots: zh-CN and en-US, desktop and
//! 390 px, elder mode.
//!
//! The store, the web view's data and the download folder live under target/ (common::Sandbox):
//! nothing lands in the real home. Expected text comes from yidi-core
//! (the same Fluent messages the app renders).

mod common;

use std::path::{Path, PathBuf};

use common::*;
use fantoccini::{Client, Locator};
use serde_json::{json, Value};
use yidi_core::{claim, text::ui_text, Lang};

const AS_OF: &str = "2026-11-23";
const PASSPHRASE: &str = "河边的柳树 2026";
/// The mother: born 1956-03-15 (positions 7–14 of her ID number), so 70 on admission 2026-10-02.
const MOTHER: (&str, &str, &str) = ("王秀英", "42010619560315002X", "13800138000");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trip_end_to_end() {
    // The store, the web view's data and the downloads under target/ (common::Sandbox); the
    // person's time zone for the calendar. Before the driver starts, so the app inherits them.
    let sandbox = Sandbox::new("trip");
    std::env::set_var("TZ", "Asia/Shanghai");
    let downloads = sandbox.downloads();
    common::run_for("trip", std::time::Duration::from_secs(420), |c| async move {
        let outcome = scenario(&c, &downloads).await;
        (c, outcome)
    })
    .await;
}

fn before_travel() -> Vec<(&'static str, Value)> {
    vec![
        ("audience", json!("family")),
        ("filer", json!("proxy")),
        ("proxy_consent", json!("family_account")),
        ("insured_region", json!("420100")),
        ("destination", json!("440300")),
        ("scheme", json!("resident")),
        ("stage", json!("before_travel")),
        ("care_type", json!("inpatient")),
        ("reason", json!("visit_for_care")),
        ("has_filing", json!(false)),
        ("channel", json!("online")),
        ("networked", json!("yes")),
    ]
}

fn paid_in_full() -> Vec<(&'static str, Value)> {
    vec![
        ("audience", json!("family")),
        ("filer", json!("proxy")),
        ("proxy_consent", json!("counter_papers")),
        ("insured_region", json!("420100")),
        ("destination", json!("440300")),
        ("scheme", json!("resident")),
        ("stage", json!("discharged")),
        ("care_type", json!("inpatient")),
        ("reason", json!("visit_for_care")),
        ("has_filing", json!(false)),
        ("admission_date", json!("2026-10-02")),
        ("networked", json!("yes")),
    ]
}



/// Answers the questions in order: choices by value, regions kept from the home screen, dates
/// typed; a question the person's file already answered (who the screens are for) is not asked.
async fn answer_all(c: &Client, answers: &[(&str, Value)]) -> Result<(), String> {
    for (i, (q, v)) in answers.iter().enumerate() {
        wait_for(c, "[data-testid=iv-question]").await?;
        let shown = c
            .execute("return document.querySelector('[data-testid=iv-question]').dataset.question", vec![])
            .await
            .map_err(err)?;
        if answers[i + 1..].iter().any(|(later, _)| shown.as_str() == Some(*later)) {
            continue;
        }
        wait_for_question(c, q).await?;
        match (*q, v) {
            ("insured_region" | "destination", _) => {}
            ("admission_date", Value::String(d)) => set_value(c, "[data-testid=iv-date]", d).await?,
            (_, Value::Bool(b)) => click(c, &format!("[data-question={q}] [data-testid=iv-option-{b}]")).await?,
            (_, Value::String(s)) => click(c, &format!("[data-question={q}] [data-testid=iv-option-{s}]")).await?,
            _ => return Err(format!("no way to answer {q}")),
        }
        click(c, "[data-testid=iv-next]").await?;
    }
    wait_for(c, "[data-testid=iv-review]").await.map(|_| ())
}


async fn count(c: &Client, css: &str) -> Result<usize, String> {
    Ok(c.find_all(Locator::Css(css)).await.map_err(err)?.len())
}

async fn scenario(c: &Client, downloads: &Path) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let plan_zh = core_plan(&before_travel(), AS_OF, Lang::ZhCn)?;
    let plan_en = core_plan(&before_travel(), AS_OF, Lang::EnUs)?;
    let desk_zh = plan_zh.desk.clone().ok_or("a plan settled at the hospital has a desk card")?;
    // By hand: filed 2026-11-23, six months with the filing day as day one → 2027-05-22.
    let validity = desk_zh.rows.iter().find(|r| r.id == "validity").ok_or("validity row")?;
    if validity.value_zh != "至2027年5月22日" {
        return Err(format!("the desk card's validity should be 至2027年5月22日, the core says {}", validity.value_zh));
    }

    c.set_window_size(1200, 900).await.map_err(err)?;
    // A previous run may have left another language chosen.
    wait_for(c, "[data-testid=app-title]").await?;
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=app-title]", &zh["ui-app-name"]).await?;
    // The son keeps his mother's file in Yidi: her ID number gives her birth date, so no screen
    // asks her age again.
    click(c, "[data-testid=nav-people]").await?;
    wait_for(c, "[data-testid=case-unlock]").await?;
    type_into(c, "[data-testid=passphrase]", PASSPHRASE).await?;
    type_into(c, "[data-testid=passphrase-again]", PASSPHRASE).await?;
    click(c, "[data-testid=unlock-submit]").await?;
    wait_for(c, "[data-testid=recovery-code]").await?;
    click(c, "[data-testid=recovery-done]").await?;
    click(c, "[data-testid=person-add]").await?;
    wait_for(c, "[data-testid=person-form]").await?;
    wait_for(c, "[data-testid=person-relation]").await?.select_by_value("mother").await.map_err(err)?;
    type_into(c, "[data-testid=person-label]", "妈妈").await?;
    type_into(c, "[data-testid=person-name]", MOTHER.0).await?;
    type_into(c, "[data-testid=person-id-number]", MOTHER.1).await?;
    type_into(c, "[data-testid=person-phone]", MOTHER.2).await?;
    click(c, "[data-testid=person-save]").await?;
    wait_until(c, "the form to close", "return !document.querySelector('[data-testid=person-form]')").await?;
    wait_for_text(c, "[data-testid=person-bar-name]", "妈妈").await?;
    click(c, "[data-testid=nav-home]").await?;
    choose_region(c, "insured", "wuhan", "武汉市").await?;
    choose_region(c, "destination", "shenzhen", "深圳市").await?;
    click(c, "[data-testid=nav-check]").await?;
    answer_all(c, &before_travel()).await?;
    set_value(c, "[data-testid=iv-as-of]", AS_OF).await?;
    click(c, "[data-testid=iv-show-plan]").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &plan_zh.headline).await?;
    expect_text(c, "[data-testid=iv-verdict]", &plan_zh.verdict_label).await?;

    // The steps are numbered, in the core's order, starting with binding the family account.
    let steps = plan_zh.sections.iter().find(|s| format!("{:?}", s.id) == "Steps").ok_or("steps")?;
    if steps.lines.first().map(|l| l.id.as_str()) != Some("step_consent_family_account") {
        return Err("a relative filing online binds the family account first".into());
    }
    let shown = count(c, "[data-testid=iv-sec-steps] ol li").await?;
    if shown != steps.lines.len() {
        return Err(format!("{} numbered steps expected, {shown} shown", steps.lines.len()));
    }
    scroll_to(c, "[data-testid=iv-sec-hospital]").await?;
    screenshot(c, "trip-plan-hospital-zh-CN-desktop").await?;
    calendar(c).await?;

    // Ticks are kept with the person: tick the card, leave the screen and come back.
    click(c, "[data-testid=iv-sec-materials] [data-line=mat_identity] input").await?;
    click(c, "[data-testid=nav-home]").await?;
    click(c, "[data-testid=nav-check]").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &plan_zh.headline).await?;
    let kept: bool = c
        .execute("return document.querySelector('[data-testid=iv-sec-materials] [data-line=mat_identity] input').checked", vec![])
        .await
        .map_err(err)?
        .as_bool()
        .unwrap_or(false);
    if !kept {
        return Err("a ticked item should stay ticked after leaving the screen".into());
    }
    expect_text(c, "[data-testid=iv-ticks-materials]", "1/").await?;

    // The hospital card prints alone: its facts and the hospital section, nothing else.
    c.execute("document.documentElement.classList.add('print-hospital-card')", vec![]).await.map_err(err)?;
    print_preview(c, true).await?;
    let alone: bool = c
        .execute(
            "const seen = s => document.querySelector(s) && document.querySelector(s).getClientRects().length > 0;
             return seen('.iv-card-facts') && seen('[data-testid=iv-sec-hospital]')
               && !seen('[data-testid=iv-sec-materials]') && !seen('.top') && !seen('[data-testid=iv-dates]')",
            vec![],
        )
        .await
        .map_err(err)?
        .as_bool()
        .unwrap_or(false);
    c.execute("window.scrollTo(0, 0)", vec![]).await.map_err(err)?;
    screenshot(c, "trip-hospital-card-print-zh-CN").await?;
    print_preview(c, false).await?;
    c.execute("document.documentElement.classList.remove('print-hospital-card')", vec![]).await.map_err(err)?;
    if !alone {
        return Err("the hospital card should print its facts and the hospital section alone".into());
    }

    // Show at the desk: large type, the core's words in Chinese.
    click(c, "[data-testid=iv-show-desk]").await?;
    wait_for_text(c, "[data-testid=desk-say]", &desk_zh.say_zh).await?;
    expect_text(c, "[data-testid=desk-validity]", "2027年5月22日").await?;
    expect_text(c, "[data-testid=desk-insured]", "武汉市").await?;
    screenshot(c, "trip-desk-zh-CN-desktop").await?;
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    no_sideways_scroll(c, "the desk card at 390 px").await?;
    screenshot(c, "trip-desk-zh-CN-phone").await?;
    click(c, "[data-testid=elder-toggle]").await?;
    no_sideways_scroll(c, "the desk card in elder mode at 390 px").await?;
    screenshot(c, "trip-desk-zh-CN-elder-phone").await?;
    click(c, "[data-testid=elder-toggle]").await?;

    // English: the plan again, and the desk card keeps the Chinese for the clerk.
    select_lang(c, "en-US").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &plan_en.headline).await?;
    click(c, "[data-testid=iv-show-desk]").await?;
    let desk_en = plan_en.desk.clone().ok_or("desk card in English")?;
    wait_for_text(c, "[data-testid=desk-card]", &desk_en.say).await?;
    expect_text(c, "[data-testid=desk-say]", &desk_en.say_zh).await?;
    no_sideways_scroll(c, "the English desk card at 390 px").await?;
    screenshot(c, "trip-desk-en-US-phone").await?;
    c.set_window_size(1200, 900).await.map_err(err)?;
    screenshot(c, "trip-desk-en-US-desktop").await?;
    click(c, "[data-testid=desk-close]").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &plan_en.headline).await?;
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &plan_zh.headline).await?;

    // After discharge, paid in full. First an admission date after the plan's day: refused.
    click(c, "[data-testid=iv-back]").await?;
    wait_for(c, "[data-testid=iv-review]").await?;
    click(c, "[data-testid=iv-change-stage]").await?;
    wait_for_question(c, "stage").await?;
    click(c, "[data-question=stage] [data-testid=iv-option-discharged]").await?;
    click(c, "[data-testid=iv-next]").await?;
    for q in ["care_type", "reason", "has_filing"] {
        wait_for_question(c, q).await?;
        click(c, "[data-testid=iv-next]").await?;
    }
    wait_for_question(c, "admission_date").await?;
    set_value(c, "[data-testid=iv-date]", "2026-12-01").await?;
    click(c, "[data-testid=iv-next]").await?;
    wait_for_question(c, "networked").await?;
    click(c, "[data-testid=iv-next]").await?;
    wait_for(c, "[data-testid=iv-review]").await?;
    set_value(c, "[data-testid=iv-as-of]", AS_OF).await?;
    click(c, "[data-testid=iv-show-plan]").await?;
    let mut future = paid_in_full();
    future.retain(|(k, _)| *k != "proxy_consent");
    future.insert(2, ("proxy_consent", json!("family_account")));
    for (k, v) in future.iter_mut() {
        if *k == "admission_date" {
            *v = json!("2026-12-01");
        }
    }
    let refused = core_plan(&future, AS_OF, Lang::ZhCn).err().ok_or("the core refuses an admission after the plan's day")?;
    wait_for_text(c, "[data-testid=iv-review-admission_date] [data-testid=iv-row-error]", &refused).await?;
    screenshot(c, "trip-future-admission-refused-zh-CN-desktop").await?;
    click(c, "[data-testid=iv-change-admission_date]").await?;
    wait_for_question(c, "admission_date").await?;
    set_value(c, "[data-testid=iv-date]", "2026-10-02").await?;
    click(c, "[data-testid=iv-next]").await?;
    wait_for_question(c, "networked").await?;
    click(c, "[data-testid=iv-next]").await?;
    wait_for(c, "[data-testid=iv-review]").await?;
    set_value(c, "[data-testid=iv-as-of]", AS_OF).await?;
    click(c, "[data-testid=iv-show-plan]").await?;
    let mut paid = paid_in_full();
    paid[2] = ("proxy_consent", json!("family_account"));
    let paid_zh = core_plan(&paid, AS_OF, Lang::ZhCn)?;
    if paid_zh.headline != "已全额付费：回武汉市手工报销" {
        return Err(format!("someone who already paid reads 'claim at home', the core says {}", paid_zh.headline));
    }
    wait_for_text(c, "[data-testid=iv-headline]", &paid_zh.headline).await?;
    expect_text(c, "[data-testid=iv-verdict]", &paid_zh.verdict_label).await?;
    if c.find(Locator::Css("[data-testid=iv-show-desk]")).await.is_ok() {
        return Err("nothing to show at a desk once the bill is paid".into());
    }
    for id in ["claim_late_filing", "claim_documents", "claim_copies", "claim_deadline_unknown"] {
        wait_for(c, &format!("[data-testid=iv-sec-claim] [data-line={id}]")).await?;
    }
    // The claim steps are numbered, in the core's order.
    let claim = paid_zh.sections.iter().find(|s| format!("{:?}", s.id) == "Claim").ok_or("claim")?;
    if count(c, "[data-testid=iv-sec-claim] ol li").await? != claim.lines.len() {
        return Err("every claim step is shown, numbered".into());
    }
    scroll_to(c, "[data-testid=iv-sec-claim]").await?;
    screenshot(c, "trip-paid-in-full-zh-CN-desktop").await?;
    // She is home: the way forward is her file, not choosing a hospital.
    if c.find(Locator::Css("[data-testid=next-step-hospitals]")).await.is_ok() {
        return Err("after the trip the guide should not offer choosing a hospital".into());
    }
    let texts = ui_text(Lang::ZhCn);
    wait_for_text(c, "[data-testid=next-step]", &texts["ui-next-step-people-after-trip-hint"]).await?;
    scroll_to(c, "[data-testid=next-step-people]").await?;
    screenshot(c, "trip-paid-in-full-next-step-zh-CN-desktop").await?;

    // Roughly what comes back: first what is still missing, in the core's words.
    let facts = json!({
        "insuredRegion": "420100", "destination": "440300", "scheme": "resident",
        "filing": paid_zh.category.ok_or("a category for the late filing")?,
        "admissionDate": "2026-10-02", "birthDate": "1956-03-15", "hospital": { "networked": "yes" }
    });
    let missing = claim::expected_back(&facts, Lang::ZhCn).map_err(err)?;
    if missing.missing != ["amount_paid", "hospital_level"] {
        return Err(format!("with the mother's ID on file only the amount and the level are missing, the core says {:?}", missing.missing));
    }
    wait_for_text(c, "[data-testid=claim-back-text]", &missing.text).await?;
    if c.find(Locator::Css("[data-testid=claim-back-age]")).await.is_ok() {
        return Err("the age is not asked: the mother's ID number gives her birth date".into());
    }
    scroll_to(c, "[data-testid=claim-back]").await?;
    screenshot(c, "trip-claim-back-missing-zh-CN-desktop").await?;
    set_value(c, "[data-testid=claim-back-paid]", "50000").await?;
    select_value(c, "[data-testid=claim-back-level]", "level3").await?;
    click(c, "[data-testid=claim-back-submit]").await?;
    let mut full = facts.clone();
    full["amountPaid"] = json!("50000");
    full["hospital"]["level"] = json!("level3");
    let back_zh = claim::expected_back(&full, Lang::ZhCn).map_err(err)?;
    eprintln!("expected back (zh-CN): {} | {:?}", back_zh.text, back_zh.notes);
    if !matches!(back_zh.status, "amount" | "range") {
        return Err(format!("with every fact the core should give a figure, it says {}", back_zh.text));
    }
    wait_for_text(c, "[data-testid=claim-back-text]", &back_zh.text).await?;
    expect_text(c, "[data-testid=claim-back-notes]", "50,000 元").await?;
    scroll_to(c, "[data-testid=claim-back]").await?;
    screenshot(c, "trip-claim-back-zh-CN-desktop").await?;

    // The settlement check takes her age from her ID too: the birth date is shown, not asked.
    click(c, "[data-testid=iv-settle]").await?;
    wait_for_text(c, "[data-testid=settle-age-from-id]", "1956年3月15日").await?;
    if c.find(Locator::Css("[data-testid=settle-age]")).await.is_ok() {
        return Err("the settlement check should not ask the age of a person whose ID gives it".into());
    }
    click(c, "[data-testid=settle-close]").await?;
    wait_for_text(c, "[data-testid=claim-back-text]", &back_zh.text).await?;

    select_lang(c, "en-US").await?;
    let paid_en = core_plan(&paid, AS_OF, Lang::EnUs)?;
    wait_for_text(c, "[data-testid=iv-headline]", &paid_en.headline).await?;
    let back_en = claim::expected_back(&full, Lang::EnUs).map_err(err)?;
    wait_for_text(c, "[data-testid=claim-back-text]", &back_en.text).await?;
    screenshot(c, "trip-paid-in-full-en-US-desktop").await?;
    scroll_to(c, "[data-testid=claim-back]").await?;
    screenshot(c, "trip-claim-back-en-US-desktop").await?;
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    no_sideways_scroll(c, "the paid-in-full plan at 390 px").await?;
    scroll_to(c, "[data-testid=iv-sec-claim]").await?;
    screenshot(c, "trip-paid-in-full-en-US-phone").await?;
    scroll_to(c, "[data-testid=claim-back]").await?;
    screenshot(c, "trip-claim-back-en-US-phone").await?;
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &paid_zh.headline).await?;
    click(c, "[data-testid=elder-toggle]").await?;
    no_sideways_scroll(c, "the paid-in-full plan in elder mode at 390 px").await?;
    screenshot(c, "trip-paid-in-full-zh-CN-elder-phone").await?;
    scroll_to(c, "[data-testid=claim-back]").await?;
    no_sideways_scroll(c, "the claim estimate in elder mode at 390 px").await?;
    screenshot(c, "trip-claim-back-zh-CN-elder-phone").await?;
    click(c, "[data-testid=elder-toggle]").await?;
    c.set_window_size(1200, 900).await.map_err(err)?;

    cover_sheet(c, downloads, &back_zh.text, &back_en.text).await?;
    // Web storage is written behind the page's back: give the chosen language (zh-CN) time to
    // land before the app closes, so the next test starts in it.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    Ok(())
}



/// The plan's dates as .ics, captured where the page hands the file to the browser: the plan's
/// filing day, and the mother's stored reminder for the end of validity (2027-05-22, due 30 days
/// before: 2027-04-22) in place of the plan's own events about that day — once each, naming her,
/// at 09:00 Shanghai time.
async fn calendar(c: &Client) -> Result<(), String> {
    // The plan's dates are saved into her case shortly after the plan is shown.
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    c.execute(
        "window.__ics = null; const orig = URL.createObjectURL; URL.createObjectURL = (b) => { b.text().then(t => window.__ics = t); return orig(b); }; return true;",
        vec![],
    )
    .await
    .map_err(err)?;
    click(c, "[data-testid=iv-calendar]").await?;
    wait_until(c, "the calendar file", "return typeof window.__ics === 'string'").await?;
    let ics = c.execute("return window.__ics", vec![]).await.map_err(err)?.as_str().unwrap_or_default().replace("\r\n ", "");
    for expected in [
        "TZID:Asia/Shanghai",
        "TZOFFSETTO:+0800",
        "DTSTART;TZID=Asia/Shanghai:20261123T090000",
        "DTSTART;TZID=Asia/Shanghai:20270422T090000",
        "SUMMARY:妈妈的备案 2027年5月22日 到期：还要在外地看病的，准备重新备案",
        "DTSTART;TZID=Asia/Shanghai:20270522T090000",
        "SUMMARY:妈妈的备案今天到期：以后还要去看病，要重新备案",
    ] {
        if !ics.contains(expected) {
            return Err(format!("the calendar should hold {expected:?}:\n{ics}"));
        }
    }
    if ics.matches("DTSTART;TZID=Asia/Shanghai:20270522").count() != 1 {
        return Err(format!("the end of validity once, not once from the plan and once from the reminder:\n{ics}"));
    }
    Ok(())
}

/// Her packet, from the consent screen: the claim cover sheet is the PDF's first page and prints
/// roughly what comes back as the screen says it. The page is rendered to PNG beside the
/// screenshots (pdftoppm), for a person to look at.
async fn cover_sheet(c: &Client, downloads: &Path, back: &str, back_en: &str) -> Result<(), String> {
    click(c, "[data-testid=nav-consent]").await?;
    let open = wait_for(c, "[data-testid^=open-]").await?;
    open.click().await.map_err(err)?;
    wait_for(c, "[data-testid=text-end]").await?;
    scroll_to(c, "[data-testid=text-end]").await?;
    wait_until(c, "the end to be seen", "return document.querySelector('[data-testid=read-status]').classList.contains('ok-line')").await?;
    click(c, "[data-testid=read-next]").await?;
    if wait_for(c, "[data-testid^=obligation-]").await.is_ok() {
        for b in c.find_all(Locator::Css("[data-testid^=obligation-] input")).await.map_err(err)? {
            b.click().await.map_err(err)?;
        }
        click(c, "[data-testid=confirm-next]").await?;
    }
    // Prefilled from her file: the summary to check.
    wait_for(c, "[data-testid=signer-summary]").await?;
    click(c, "[data-testid=signer-next]").await?;
    click(c, "[data-testid=sign-method-typed] input").await?;
    set_value(c, "[data-testid=typed-name]", MOTHER.0).await?;
    click(c, "[data-testid=typed-statement] input").await?;
    click(c, "[data-testid=sign-submit]").await?;
    wait_for(c, "[data-testid=verification-message]").await?;
    let pdf = save_packet(c).await?;
    if pdf.parent() != Some(downloads) {
        return Err(format!("the packet should be in the download folder, not {}", pdf.display()));
    }
    let text = std::process::Command::new("pdftotext")
        .args(["-f", "1", "-l", "1"])
        .arg(&pdf)
        .arg("-")
        .output()
        .map_err(|e| format!("pdftotext: {e}"))?;
    let first: String = String::from_utf8_lossy(&text.stdout).chars().filter(|c| !c.is_whitespace()).collect();
    let want: String = back.chars().filter(|c| !c.is_whitespace()).collect();
    if !first.contains("回参保地手工报销·材料封面") || !first.contains(&format!("大约能报回（估算）{want}")) {
        return Err(format!("the cover sheet should be page 1 and print {back:?} as roughly back:\n{first}"));
    }
    if !first.contains("50,000元") && !first.contains("50000.00元") {
        return Err(format!("the cover sheet should print the amount paid:\n{first}"));
    }
    let png = screenshot_dir().join("trip-cover-sheet-zh-CN");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .map_err(|e| format!("pdftoppm: {e}"))?;
    if !status.success() {
        return Err("pdftoppm could not render the cover sheet".into());
    }
    eprintln!("screenshot: {}.png", png.display());
    scroll_to(c, "[data-testid=packet-saved]").await?;
    screenshot(c, "trip-packet-saved-zh-CN-desktop").await?;

    // The same packet in English: the line as the core words it in English.
    std::fs::remove_file(&pdf).map_err(err)?;
    select_lang(c, "en-US").await?;
    click(c, "[data-testid=packet-save]").await?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    let pdf_en = loop {
        if let Ok(e) = c.find(Locator::Css("[data-testid=packet-path]")).await {
            let p = PathBuf::from(e.text().await.map_err(err)?.trim());
            if p.is_file() {
                break p;
            }
        }
        if std::time::Instant::now() > deadline {
            return Err("the English packet was not saved within 30 s".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    };
    let text = std::process::Command::new("pdftotext").args(["-f", "1", "-l", "1"]).arg(&pdf_en).arg("-").output().map_err(err)?;
    let first: String = String::from_utf8_lossy(&text.stdout).split_whitespace().collect::<Vec<_>>().join(" ");
    // Labels in Chinese first (the claim is handed to a clerk who reads Chinese), then English.
    if !first.contains("Claim at home") || !first.contains("回参保地手工报销") || !first.contains("Roughly back (estimate)") || !first.contains(&back_en) {
        return Err(format!("the English cover sheet should print {back_en:?} as roughly back, labels in Chinese and English:\n{first}"));
    }
    // The plan's steps and the consent in the language on screen, not the one the plan was
    // last shown in.
    if first.contains("先问") || first.contains("线上办") {
        return Err(format!("the English cover sheet should not carry the Chinese steps:\n{first}"));
    }
    let png = screenshot_dir().join("trip-cover-sheet-en-US");
    let status = std::process::Command::new("pdftoppm")
        .args(["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf_en)
        .arg(&png)
        .status()
        .map_err(err)?;
    if !status.success() {
        return Err("pdftoppm could not render the English cover sheet".into());
    }
    eprintln!("screenshot: {}.png", png.display());
    select_lang(c, "zh-CN").await?;
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    Ok(())
}
