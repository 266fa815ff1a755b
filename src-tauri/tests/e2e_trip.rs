//! End to end: the rest of the trip (issue 11) in the real app.
//!
//! A son files on the phone for his mother, insured in Wuhan (resident scheme), going to Shenzhen
//! for treatment without a referral (scenario 52 in crates/yidi-interview/tests/scenarios). The
//! plan's steps are numbered and concrete for the phone channel (bind the family account first),
//! the "show this at the desk" card gives region, category, validity (six months from 2026-11-23:
//! to 2027-05-22, worked out by hand) and the words in Chinese, also in English with the Chinese
//! kept for the desk; the hospital card prints alone. Then the same family after discharge, paid
//! in full: an admission date after the plan's day is refused with the core's message, and the
//! plan headlines "claim at home" with the claim checklist. Screenshots: zh-CN and en-US, desktop
//! and 390 px, elder mode.
//!
//! Expected text comes from yidi-core (the same Fluent messages the app renders).

mod common;

use common::*;
use fantoccini::{Client, Locator};
use serde_json::{json, Map, Value};
use yidi_core::{
    interview::{self, OutcomeRequest, OutcomeView},
    text::ui_text,
    Lang,
};

const AS_OF: &str = "2026-11-23";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_trip_end_to_end() {
    common::run("trip", |c| async move {
        let outcome = scenario(&c).await;
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

fn core_plan(answers: &[(&str, Value)], lang: Lang) -> Result<OutcomeView, String> {
    let iv = interview::embedded().map_err(|e| e.message)?;
    let answers: Map<String, Value> = answers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    interview::outcome(iv, &OutcomeRequest { answers, as_of: AS_OF.into() }, lang).map_err(|e| e.message)
}

async fn wait_for_question(c: &Client, id: &str) -> Result<(), String> {
    wait_for(c, &format!("[data-testid=iv-question][data-question={id}]")).await.map(|_| ())
}

/// Answers the questions in order: choices by value, regions kept from the home screen, dates typed.
async fn answer_all(c: &Client, answers: &[(&str, Value)]) -> Result<(), String> {
    for (q, v) in answers {
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

async fn set_value(c: &Client, css: &str, value: &str) -> Result<(), String> {
    wait_for(c, css).await?;
    c.execute(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![json!(css), json!(value)],
    )
    .await
    .map(|_| ())
    .map_err(err)
}

async fn count(c: &Client, css: &str) -> Result<usize, String> {
    Ok(c.find_all(Locator::Css(css)).await.map_err(err)?.len())
}

async fn scenario(c: &Client) -> Result<(), String> {
    let zh = ui_text(Lang::ZhCn);
    let plan_zh = core_plan(&before_travel(), Lang::ZhCn)?;
    let plan_en = core_plan(&before_travel(), Lang::EnUs)?;
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
    toggle_elder(c).await?;
    no_sideways_scroll(c, "the desk card in elder mode at 390 px").await?;
    screenshot(c, "trip-desk-zh-CN-elder-phone").await?;
    toggle_elder(c).await?;

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
    let refused = core_plan(&future, Lang::ZhCn).err().ok_or("the core refuses an admission after the plan's day")?;
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
    let paid_zh = core_plan(&paid, Lang::ZhCn)?;
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
    select_lang(c, "en-US").await?;
    let paid_en = core_plan(&paid, Lang::EnUs)?;
    wait_for_text(c, "[data-testid=iv-headline]", &paid_en.headline).await?;
    screenshot(c, "trip-paid-in-full-en-US-desktop").await?;
    c.set_window_size(390, 844).await.map_err(err)?;
    wait_until(c, "the page to reflow to phone width", "return document.documentElement.clientWidth <= 400").await?;
    no_sideways_scroll(c, "the paid-in-full plan at 390 px").await?;
    scroll_to(c, "[data-testid=iv-sec-claim]").await?;
    screenshot(c, "trip-paid-in-full-en-US-phone").await?;
    select_lang(c, "zh-CN").await?;
    wait_for_text(c, "[data-testid=iv-headline]", &paid_zh.headline).await?;
    toggle_elder(c).await?;
    no_sideways_scroll(c, "the paid-in-full plan in elder mode at 390 px").await?;
    screenshot(c, "trip-paid-in-full-zh-CN-elder-phone").await?;
    toggle_elder(c).await?;
    // Web storage is written behind the page's back: give the chosen language (zh-CN) time to
    // land before the app closes, so the next test starts in it.
    tokio::time::sleep(std::time::Duration::from_secs(2)).await;
    Ok(())
}

/// Applies the stylesheet's print rules to the screen (WebKitWebDriver has no Print Page).
async fn print_preview(c: &Client, on: bool) -> Result<(), String> {
    c.execute(
        r#"
        const old = document.getElementById('print-preview');
        if (old) old.remove();
        if (!arguments[0]) return true;
        let css = '';
        for (const sheet of document.styleSheets) {
          for (const rule of sheet.cssRules) {
            if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print') {
              for (const inner of rule.cssRules) css += inner.cssText + '\n';
            }
          }
        }
        const style = document.createElement('style');
        style.id = 'print-preview';
        style.textContent = css;
        document.head.appendChild(style);
        return css.length > 0;
        "#,
        vec![json!(on)],
    )
    .await
    .map_err(err)?
    .as_bool()
    .filter(|found| *found)
    .map(|_| ())
    .ok_or_else(|| "the stylesheet has no print rules".to_string())
}

/// The header's elder-mode switch, from the top of the page: the desk card scrolls itself to the
/// top of the view, and WebKitWebDriver would not click the header above it (an empty error).
async fn toggle_elder(c: &Client) -> Result<(), String> {
    c.execute("window.scrollTo(0, 0); return true;", vec![]).await.map_err(err)?;
    click(c, "[data-testid=elder-toggle]").await
}
