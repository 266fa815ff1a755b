//! The rest of the trip (issue 11): checking a settlement sheet, roughly what a claim at home
//! brings back, and the plan's dates with the person's stored reminders as an iCalendar file.
//! The calendar's time zone and the moment of export are read here, at the edge (the webview
//! hands in the zone; the stamp is the system clock), and passed into the core.

use serde_json::Value;
use tauri::State;
use yidi_core::{claim, ics, parse_lang, settlement, ApiError};

use crate::cmd::cases::Cases;

#[tauri::command]
pub fn settlement_check(lang: String, request: Value) -> Result<settlement::CheckView, ApiError> {
    settlement::check(&request, parse_lang(&lang)?)
}

/// `request`: the person's facts (`claim::expected_back`).
#[tauri::command]
pub fn claim_expected_back(lang: String, request: Value) -> Result<claim::ExpectedBackView, ApiError> {
    claim::expected_back(&request, parse_lang(&lang)?)
}

/// `request`: `{timezone: {name, utcOffset}, plan?, reminders?, personUid?}`; the stamp, and the
/// stored reminders of `personUid` when the store is open, are added here.
#[tauri::command]
pub fn trip_calendar(lang: String, mut request: Value, cases: State<'_, Cases>) -> Result<String, ApiError> {
    let lang = parse_lang(&lang)?;
    let now = chrono::Utc::now();
    let today = chrono::Local::now().date_naive().format("%Y-%m-%d").to_string();
    if let Value::Object(map) = &mut request {
        map.insert("stamp".into(), Value::String(now.to_rfc3339()));
        if let Some(Value::String(uid)) = map.remove("personUid") {
            let mut state = cases.lock();
            if state.status(lang).mode != "closed" {
                map.insert("stored".into(), ics::person_reminders(state.store(now.naive_utc(), lang)?, &uid, &today, lang)?);
            }
        }
    }
    ics::export(&request, lang)
}
