//! Helpers for the filing guide's screens, shared by e2e_interview and e2e_trip: the core's plan
//! for a set of answers, waiting for a question, typing a value as a person would, and the
//! stylesheet's print rules applied on screen.

use fantoccini::Client;
use serde_json::{json, Map, Value};
use yidi_core::{
    interview::{self, OutcomeRequest, OutcomeView},
    Lang,
};

use super::{err, wait_for};

/// The core's plan for `answers` on `as_of`, or its refusal as text.
pub fn core_plan(answers: &[(&str, Value)], as_of: &str, lang: Lang) -> Result<OutcomeView, String> {
    let iv = interview::embedded().map_err(|e| e.message)?;
    let answers: Map<String, Value> = answers.iter().map(|(k, v)| (k.to_string(), v.clone())).collect();
    interview::outcome(iv, &OutcomeRequest { answers, as_of: as_of.into() }, lang).map_err(|e| e.message)
}

pub async fn wait_for_question(c: &Client, id: &str) -> Result<(), String> {
    wait_for(c, &format!("[data-testid=iv-question][data-question={id}]")).await.map(|_| ())
}

/// Sets an input's value as typing would (Svelte's binding listens to `input`).
pub async fn set_value(c: &Client, css: &str, value: &str) -> Result<(), String> {
    wait_for(c, css).await?;
    c.execute(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('input', {bubbles: true}));",
        vec![json!(css), json!(value)],
    )
    .await
    .map(|_| ())
    .map_err(err)
}

/// Chooses an option of a `<select>` by its value, as a person would (Svelte listens to `change`).
pub async fn select_value(c: &Client, css: &str, value: &str) -> Result<(), String> {
    wait_for(c, css).await?;
    c.execute(
        "const e = document.querySelector(arguments[0]); e.value = arguments[1]; e.dispatchEvent(new Event('change', {bubbles: true}));",
        vec![json!(css), json!(value)],
    )
    .await
    .map(|_| ())
    .map_err(err)
}

/// Applies the stylesheet's print rules to the screen (WebKitWebDriver has no Print Page), so
/// the screenshot shows what the print button gives; `false` takes them off again.
pub async fn print_preview(c: &Client, on: bool) -> Result<(), String> {
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
