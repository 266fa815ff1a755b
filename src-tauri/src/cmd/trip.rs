//! The rest of the trip (issue 11): checking a settlement sheet, and the plan's dates as an
//! iCalendar file. The calendar's time zone and the moment of export are read here, at the edge
//! (the webview hands in the zone; the stamp is the system clock), and passed into the core.

use serde_json::Value;
use yidi_core::{ics, parse_lang, settlement, ApiError};

#[tauri::command]
pub fn settlement_check(lang: String, request: Value) -> Result<settlement::CheckView, ApiError> {
    settlement::check(&request, parse_lang(&lang)?)
}

/// `request`: `{timezone: {name, utcOffset}, plan?, reminders?}`; the stamp is added here.
#[tauri::command]
pub fn trip_calendar(lang: String, mut request: Value) -> Result<String, ApiError> {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let stamp = chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0).unwrap_or_default();
    if let Value::Object(map) = &mut request {
        map.insert("stamp".into(), Value::String(stamp.to_rfc3339()));
    }
    ics::export(&request, parse_lang(&lang)?)
}
