//! Dates to act on as an iCalendar file (RFC 5545): the plan's key dates (the filing day, two
//! weeks before a temporary filing ends and the day it ends, the first day a long-term filing may
//! be changed or cancelled) and the person's reminders, each event saying what to do. The
//! person's stored reminders (their saved cases' validity ends and change dates, `stored`) come
//! in as the store gives them ([`person_reminders`]); one that is about the same date as a plan
//! event replaces it (it names the person), so nothing shows twice. Events sit
//! at 09:00 in the person's time zone, which is handed in with its UTC offset, as is the moment
//! of export (DTSTAMP): the core reads no clock.
//!
//! Written here rather than with a calendar crate: the file is a handful of lines per event, and
//! what it needs beyond that — a VTIMEZONE from the handed-in offset, stable UIDs so a re-import
//! updates rather than duplicates — is what such crates leave to the caller anyway.

use serde::Deserialize;
use serde_json::Value;
use yidi_domain::{i18n, i18n::Args, input::Object, FieldError, Lang, NaiveDate};
use yidi_store::Store;

use crate::{
    interview::{self, OutcomeRequest},
    ApiError,
};

/// A reminder the store keeps for a person's saved case (the shape of
/// [`crate::cases::ReminderView`]; other fields are ignored).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct StoredReminder {
    /// `validity_ends` or `change_opens`.
    pub kind: String,
    pub date: NaiveDate,
    /// The day the reminder becomes due (the store's notice period before `date`).
    pub notify_on: NaiveDate,
    #[serde(default)]
    pub person_name: String,
}

/// What an event is about, so a stored reminder and a plan date about the same day meet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum About {
    Filing,
    EndsSoon(NaiveDate),
    Ends(NaiveDate),
    ChangeFrom(NaiveDate),
    Own,
}

/// The person's reminders ahead of `as_of` (YYYY-MM-DD), as the `stored` list of an export
/// request: what the shell adds for the person on screen.
pub fn person_reminders(store: &Store, person_uid: &str, as_of: &str, lang: Lang) -> Result<Value, ApiError> {
    let ahead = crate::cases::reminders_ahead(store, as_of, lang)?;
    let mine: Vec<_> = ahead.into_iter().filter(|r| r.reminder.person_uid == person_uid).collect();
    Ok(serde_json::to_value(mine).unwrap_or(Value::Array(Vec::new())))
}

/// A stored reminder as events: a notice on its due day (for a filing that ends) and the day
/// itself, each naming the person and what to do.
fn stored_events(r: &StoredReminder, lang: Lang) -> Vec<(About, Reminder)> {
    let date_text = interview::format_date(lang, r.date);
    let args = Args::new().text("person", r.person_name.clone()).text("date", date_text);
    let named = !r.person_name.trim().is_empty();
    let id = |base: &str| if named { format!("ics-person-{base}") } else { format!("ics-{base}") };
    let mut out = Vec::new();
    match r.kind.as_str() {
        "validity_ends" => {
            if r.notify_on < r.date {
                out.push((
                    About::EndsSoon(r.date),
                    Reminder {
                        date: r.notify_on,
                        summary: fmt(lang, &id("ends-soon"), &args),
                        description: Some(fmt(lang, "ics-ends-soon-detail", &args)),
                    },
                ));
            }
            out.push((
                About::Ends(r.date),
                Reminder { date: r.date, summary: fmt(lang, &id("ends"), &args), description: Some(fmt(lang, "ics-ends-detail", &args)) },
            ));
        }
        "change_opens" => out.push((
            About::ChangeFrom(r.date),
            Reminder {
                date: r.date,
                summary: fmt(lang, &id("change-from"), &args),
                description: Some(fmt(lang, "ics-change-from-detail", &args)),
            },
        )),
        _ => {}
    }
    out
}

/// One event to put in the calendar.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Reminder {
    pub date: NaiveDate,
    /// What to do, in a few words (the event's title).
    pub summary: String,
    #[serde(default)]
    pub description: Option<String>,
}

fn fmt(lang: Lang, id: &str, args: &Args) -> String {
    i18n::format_or_id(lang, id, args)
}

/// Text escaped for a property value (RFC 5545 3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A content line folded at 75 octets, never inside a character (RFC 5545 3.1), ending in CRLF.
fn fold(line: &str, out: &mut String) {
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// `+08:00` → `+0800`, checked.
fn offset(text: &str) -> Option<String> {
    let (sign, rest) = text.split_at(1);
    let (h, m) = rest.split_once(':')?;
    let (hh, mm): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (matches!(sign, "+" | "-") && h.len() == 2 && m.len() == 2 && hh <= 14 && mm < 60).then(|| format!("{sign}{h}{m}"))
}

/// The plan's dates as events, each with the action it calls for.
pub fn plan_events(view: &interview::OutcomeView, lang: Lang) -> Vec<Reminder> {
    plan_events_about(view, lang).into_iter().map(|(_, r)| r).collect()
}

fn plan_events_about(view: &interview::OutcomeView, lang: Lang) -> Vec<(About, Reminder)> {
    let mut out = Vec::new();
    let args = Args::new().text("category", view.category_label.clone().unwrap_or_default());
    if let Some(d) = view.dates.filing_date {
        out.push((
            About::Filing,
            Reminder { date: d, summary: fmt(lang, "ics-filing-day", &args), description: Some(view.headline.clone()) },
        ));
    }
    if let Some(end) = view.dates.valid_until {
        let end_text = interview::format_date(lang, end);
        let args = args.clone().text("date", end_text);
        if let Some(before) = end.checked_sub_days(chrono_days(14)) {
            if view.dates.filing_date.is_none_or(|f| before > f) {
                out.push((
                    About::EndsSoon(end),
                    Reminder {
                        date: before,
                        summary: fmt(lang, "ics-ends-soon", &args),
                        description: Some(fmt(lang, "ics-ends-soon-detail", &args)),
                    },
                ));
            }
        }
        out.push((
            About::Ends(end),
            Reminder { date: end, summary: fmt(lang, "ics-ends", &args), description: Some(fmt(lang, "ics-ends-detail", &args)) },
        ));
    }
    if let Some(d) = view.dates.change_from {
        out.push((
            About::ChangeFrom(d),
            Reminder {
                date: d,
                summary: fmt(lang, "ics-change-from", &args),
                description: Some(fmt(lang, "ics-change-from-detail", &args)),
            },
        ));
    }
    out
}

fn chrono_days(n: u64) -> chrono::Days {
    chrono::Days::new(n)
}

/// The request: `{timezone: {name, utcOffset}, stamp, plan?: {answers, asOf}, stored?: [...],
/// reminders?: [...]}`. `stamp` is the moment of export in UTC (`20261123T023000Z` or RFC 3339);
/// `name` an IANA zone; `stored` the person's stored reminders ([`StoredReminder`]); `reminders`
/// events of the caller's own (`{date, summary, description?}`).
pub fn export(request: &Value, lang: Lang) -> Result<String, ApiError> {
    let bad = |e: FieldError| ApiError::from_field(lang, &e);
    let o = Object::new("", request).map_err(bad)?;
    o.deny_unknown(&["timezone", "stamp", "plan", "stored", "reminders"]).map_err(bad)?;
    let tz_value = o.opt_value("timezone").ok_or_else(|| bad(FieldError::missing("timezone")))?;
    let tz = Object::new("timezone", tz_value).map_err(bad)?;
    tz.deny_unknown(&["name", "utcOffset"]).map_err(bad)?;
    let name = tz.str("name").map_err(bad)?.trim().to_string();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c)) {
        return Err(bad(FieldError::custom("timezone.name", "ics-err-timezone", vec![("value", name)])));
    }
    let offset_text = tz.str("utcOffset").map_err(bad)?;
    let utc_offset = offset(offset_text)
        .ok_or_else(|| bad(FieldError::custom("timezone.utcOffset", "ics-err-offset", vec![("value", offset_text.to_string())])))?;
    let stamp_text = o.str("stamp").map_err(bad)?;
    let stamp = chrono::DateTime::parse_from_rfc3339(stamp_text)
        .map(|t| t.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%SZ").to_string())
        .ok()
        .or_else(|| (stamp_text.len() == 16 && stamp_text.ends_with('Z')).then(|| stamp_text.to_string()))
        .ok_or_else(|| bad(FieldError::custom("stamp", "ics-err-stamp", vec![("value", stamp_text.to_string())])))?;

    let mut about: Vec<(About, Reminder)> = Vec::new();
    if let Some(plan) = o.opt_value("plan") {
        let request: OutcomeRequest = serde_json::from_value(plan.clone())
            .map_err(|e| bad(FieldError::custom("plan", "ics-err-plan", vec![("detail", e.to_string())])))?;
        let view = interview::outcome(interview::embedded()?, &request, lang)?;
        about.extend(plan_events_about(&view, lang));
    }
    if let Some(list) = o.opt_value("stored").filter(|v| !v.is_null()) {
        let stored: Vec<StoredReminder> = serde_json::from_value(list.clone())
            .map_err(|e| bad(FieldError::custom("stored", "ics-err-reminders", vec![("detail", e.to_string())])))?;
        for (what, event) in stored.iter().flat_map(|r| stored_events(r, lang)) {
            // The stored reminder names the person: it replaces the plan's event about the same day.
            about.retain(|(a, _)| *a != what);
            about.push((what, event));
        }
    }
    if let Some(list) = o.opt_value("reminders") {
        let reminders: Vec<Reminder> = serde_json::from_value(list.clone())
            .map_err(|e| bad(FieldError::custom("reminders", "ics-err-reminders", vec![("detail", e.to_string())])))?;
        about.extend(reminders.into_iter().map(|r| (About::Own, r)));
    }
    about.sort_by_key(|(_, r)| r.date);
    let events: Vec<Reminder> = about.into_iter().map(|(_, r)| r).collect();

    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Yidi//Filing dates//EN", "CALSCALE:GREGORIAN"] {
        fold(line, &mut out);
    }
    fold(&format!("X-WR-CALNAME:{}", escape(&fmt(lang, "ics-calendar-name", &Args::new()))), &mut out);
    for line in [
        "BEGIN:VTIMEZONE".to_string(),
        format!("TZID:{name}"),
        "BEGIN:STANDARD".into(),
        "DTSTART:19700101T000000".into(),
        format!("TZOFFSETFROM:{utc_offset}"),
        format!("TZOFFSETTO:{utc_offset}"),
        "END:STANDARD".into(),
        "END:VTIMEZONE".into(),
    ] {
        fold(&line, &mut out);
    }
    for e in &events {
        let day = e.date.format("%Y%m%d");
        // Stable per date and title: importing the file again updates these events.
        let uid = format!("{day}-{:016x}@yidi", fnv(&e.summary));
        for line in [
            "BEGIN:VEVENT".to_string(),
            format!("UID:{uid}"),
            format!("DTSTAMP:{stamp}"),
            format!("DTSTART;TZID={name}:{day}T090000"),
            format!("DTEND;TZID={name}:{day}T093000"),
            format!("SUMMARY:{}", escape(&e.summary)),
        ] {
            fold(&line, &mut out);
        }
        if let Some(d) = &e.description {
            fold(&format!("DESCRIPTION:{}", escape(d)), &mut out);
        }
        for line in ["BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT0M"] {
            fold(line, &mut out);
        }
        fold(&format!("DESCRIPTION:{}", escape(&e.summary)), &mut out);
        for line in ["END:VALARM", "END:VEVENT"] {
            fold(line, &mut out);
        }
    }
    fold("END:VCALENDAR", &mut out);
    Ok(out)
}

/// FNV-1a, for stable event ids.
fn fnv(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn referral() -> Value {
        json!({ "audience": "self", "filer": "insured", "insured_region": "420100",
            "destination": "440300", "scheme": "employee", "work_status": "in_service",
            "stage": "before_travel", "care_type": "inpatient", "reason": "referred",
            "referral_issued": true, "referral_settled_before": false,
            "has_filing": false, "channel": "online", "networked": "yes" })
    }

    fn unfold(text: &str) -> String {
        text.replace("\r\n ", "")
    }

    /// A referral filed 2026-11-23 is valid to 2027-05-22 (six months, the filing day as day one:
    /// docs/interview.md); two weeks before is 2027-05-08. Each event at 09:00 Shanghai time.
    #[test]
    fn the_plan_dates_become_events_with_an_action_in_the_persons_time_zone() {
        let request = json!({
            "timezone": { "name": "Asia/Shanghai", "utcOffset": "+08:00" },
            "stamp": "2026-11-23T02:30:00Z",
            "plan": { "answers": referral(), "asOf": "2026-11-23" },
            "reminders": [{ "date": "2026-12-07", "summary": "妈妈复诊" }]
        });
        let ics = export(&request, Lang::ZhCn).expect("exported");
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\n") && ics.ends_with("END:VCALENDAR\r\n"));
        assert!(ics.lines().all(|l| l.len() <= 75), "every line folded at 75 octets");
        let text = unfold(&ics);
        for expected in [
            "TZID:Asia/Shanghai",
            "TZOFFSETTO:+0800",
            "DTSTAMP:20261123T023000Z",
            "DTSTART;TZID=Asia/Shanghai:20261123T090000",
            "DTSTART;TZID=Asia/Shanghai:20270508T090000",
            "DTSTART;TZID=Asia/Shanghai:20270522T090000",
            "DTSTART;TZID=Asia/Shanghai:20261207T090000",
            "SUMMARY:妈妈复诊",
        ] {
            assert!(text.contains(expected), "{expected} in\n{text}");
        }
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 4, "filing day, two weeks before the end, the end, the reminder");
        assert!(text.contains("重新备案"), "the end of validity says what to do:\n{text}");
    }

    /// The person's stored reminders beside the plan: the saved case of the same referral ends
    /// 2027-05-22 with a 14-day notice (due 2027-05-08), and an older long-term case of the same
    /// person may be changed from 2027-01-10. The first two are the plan's own dates: they are
    /// replaced by the stored ones (which name the person), not doubled; the third is added.
    #[test]
    fn stored_reminders_join_the_plan_once_each_with_the_person_and_the_action() {
        let request = json!({
            "timezone": { "name": "Europe/Berlin", "utcOffset": "+01:00" },
            "stamp": "2026-11-23T02:30:00Z",
            "plan": { "answers": referral(), "asOf": "2026-11-23" },
            "stored": [
                { "caseUid": "c1", "personUid": "p1", "kind": "validity_ends", "date": "2027-05-22",
                  "daysLeft": 180, "notifyOn": "2027-05-08", "personName": "妈妈", "message": "…" },
                { "caseUid": "c0", "personUid": "p1", "kind": "change_opens", "date": "2027-01-10",
                  "daysLeft": 48, "notifyOn": "2026-12-27", "personName": "妈妈", "message": "…" }
            ]
        });
        let text = unfold(&export(&request, Lang::ZhCn).expect("exported"));
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 4, "filing day, change date, notice, end — none twice:\n{text}");
        for expected in [
            "TZID:Europe/Berlin",
            "TZOFFSETTO:+0100",
            "DTSTART;TZID=Europe/Berlin:20270110T090000",
            "SUMMARY:从今天起妈妈可以申请变更或取消长期备案（需要时）",
            "DTSTART;TZID=Europe/Berlin:20270508T090000",
            "SUMMARY:妈妈的备案 2027年5月22日 到期：还要在外地看病的，准备重新备案",
            "SUMMARY:妈妈的备案今天到期：以后还要去看病，要重新备案",
        ] {
            assert!(text.contains(expected), "{expected} in\n{text}");
        }
        let starts: Vec<&str> = text.lines().filter(|l| l.starts_with("DTSTART")).collect();
        let mut sorted = starts.clone();
        sorted.sort();
        assert_eq!(starts, sorted, "events in date order");

        let en = unfold(&export(&request, Lang::EnUs).expect("exported"));
        assert!(en.contains("SUMMARY:妈妈's filing ends today"), "{en}");
    }

    #[test]
    fn a_bad_time_zone_or_stamp_names_the_field() {
        let e = export(&json!({ "timezone": { "name": "Asia/Shanghai", "utcOffset": "8" }, "stamp": "2026-11-23T02:30:00Z" }), Lang::EnUs)
            .expect_err("offset");
        assert_eq!(e.field.as_deref(), Some("timezone.utcOffset"));
        let e = export(&json!({ "timezone": { "name": "Asia/Shanghai", "utcOffset": "+08:00" }, "stamp": "yesterday" }), Lang::EnUs)
            .expect_err("stamp");
        assert_eq!(e.field.as_deref(), Some("stamp"));
    }

    #[test]
    fn text_is_escaped_and_long_lines_fold_between_characters() {
        assert_eq!(escape("a;b,c\\d\ne"), "a\\;b\\,c\\\\d\\ne");
        let mut out = String::new();
        fold(&format!("SUMMARY:{}", "备".repeat(40)), &mut out);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line}");
        }
        assert_eq!(unfold(&out).trim_end(), format!("SUMMARY:{}", "备".repeat(40)));
    }
}
