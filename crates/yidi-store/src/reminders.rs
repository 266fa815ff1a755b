//! Reminders: the filing's validity end (有效期至, temporary filings) and the earliest day a
//! long-term filing may be changed or cancelled (最早可变更或取消日).
//!
//! Pure functions of the saved cases and a date passed in; the home screen lists what is due and
//! the desktop shell schedules a system notification for the day each reminder becomes due.
//!
//! - A *validity end* reminder is due from `notify_days` days before the end until
//!   [`EXPIRED_SHOWN_DAYS`] days after it (an expired temporary filing means filing again before
//!   the next admission: RULES.md §3).
//! - A *change opens* reminder is due from `notify_days` days before the earliest day a change or
//!   cancellation is accepted until that day itself: it tells her when she may act (it never
//!   invites a cancellation before a deadline: there is none).

use chrono::NaiveDate;
use serde::Serialize;

use crate::model::CaseSummary;

/// How long an expired filing stays on the home screen.
pub const EXPIRED_SHOWN_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// 备案有效期截止
    ValidityEnds,
    /// 最早可变更或取消日
    ChangeOpens,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Reminder {
    pub case_uid: String,
    pub person_uid: String,
    pub kind: ReminderKind,
    /// The date the reminder is about.
    pub date: NaiveDate,
    /// `date − as_of` in days; negative once the date has passed.
    pub days_left: i64,
    /// The first day it is due: when the desktop notification should fire.
    pub notify_on: NaiveDate,
}

fn reminders_of(case: &CaseSummary, as_of: NaiveDate) -> impl Iterator<Item = Reminder> + '_ {
    let dates = [
        (ReminderKind::ValidityEnds, case.meta.validity_end),
        (ReminderKind::ChangeOpens, case.meta.change_from),
    ];
    dates.into_iter().filter_map(move |(kind, date)| {
        let date = date?;
        let notify_on = date - chrono::Days::new(u64::from(case.meta.notify_days));
        Some(Reminder {
            case_uid: case.uid.clone(),
            person_uid: case.person_uid.clone(),
            kind,
            date,
            days_left: (date - as_of).num_days(),
            notify_on,
        })
    })
}

fn sorted(mut list: Vec<Reminder>) -> Vec<Reminder> {
    list.sort_by(|a, b| (a.date, a.kind, &a.case_uid).cmp(&(b.date, b.kind, &b.case_uid)));
    list
}

/// The reminders due on `as_of`, soonest first.
pub fn due(cases: &[CaseSummary], as_of: NaiveDate) -> Vec<Reminder> {
    let list = cases
        .iter()
        .flat_map(|c| reminders_of(c, as_of))
        .filter(|r| {
            let lower = match r.kind {
                ReminderKind::ValidityEnds => -EXPIRED_SHOWN_DAYS,
                ReminderKind::ChangeOpens => 0,
            };
            r.notify_on <= as_of && r.days_left >= lower
        })
        .collect();
    sorted(list)
}

/// Every reminder whose date is today or later, due or not: what the shell schedules.
pub fn ahead(cases: &[CaseSummary], as_of: NaiveDate) -> Vec<Reminder> {
    sorted(cases.iter().flat_map(|c| reminders_of(c, as_of)).filter(|r| r.days_left >= 0).collect())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::CaseMeta;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn case(uid: &str, end: Option<&str>, change: Option<&str>, notify_days: u16) -> CaseSummary {
        CaseSummary {
            uid: uid.into(),
            person_uid: "p".into(),
            revision: 1,
            meta: CaseMeta {
                validity_end: end.map(d),
                change_from: change.map(d),
                notify_days,
                ..CaseMeta::default()
            },
            document_kinds: vec![],
            updated_at: String::new(),
        }
    }

    /// Worked by hand: 2026-03-31 minus 30 days is 2026-03-01 (March has 31 days), so on
    /// 2026-02-28 (2026 is not a leap year) the end is 31 days off and not yet due.
    #[test]
    fn a_validity_end_is_due_from_notify_days_before() {
        let cases = [case("a", Some("2026-03-31"), None, 30)];
        assert!(due(&cases, d("2026-02-28")).is_empty(), "31 days before is outside a 30-day window");
        let on_first = due(&cases, d("2026-03-01"));
        assert_eq!(on_first.len(), 1);
        assert_eq!((on_first[0].days_left, on_first[0].notify_on), (30, d("2026-03-01")));
        assert_eq!(due(&cases, d("2026-03-31"))[0].days_left, 0, "the last valid day is still due");
        assert_eq!(due(&cases, d("2026-04-30"))[0].days_left, -30, "expired 30 days ago: still shown");
        assert!(due(&cases, d("2026-05-01")).is_empty(), "31 days after the end it is dropped");
    }

    #[test]
    fn a_change_opens_reminder_disappears_after_its_day() {
        let cases = [case("a", None, Some("2026-09-01"), 7)];
        assert!(due(&cases, d("2026-08-24")).is_empty(), "9-1 minus 7 days is 8-25");
        assert_eq!(due(&cases, d("2026-08-25"))[0].kind, ReminderKind::ChangeOpens);
        assert_eq!(due(&cases, d("2026-09-01"))[0].days_left, 0);
        assert!(due(&cases, d("2026-09-02")).is_empty(), "from that day on she may act; nothing to remind");
    }

    #[test]
    fn soonest_first_across_cases_and_long_term_filings_have_none() {
        let cases = [
            case("late", Some("2026-06-30"), None, 60),
            case("soon", Some("2026-06-10"), Some("2026-06-05"), 60),
            case("long_term", None, None, 30),
        ];
        let list = due(&cases, d("2026-06-01"));
        let order: Vec<_> = list.iter().map(|r| (r.case_uid.as_str(), r.kind)).collect();
        assert_eq!(
            order,
            [
                ("soon", ReminderKind::ChangeOpens),
                ("soon", ReminderKind::ValidityEnds),
                ("late", ReminderKind::ValidityEnds)
            ]
        );
        assert_eq!(ahead(&cases, d("2026-06-08")).len(), 2, "the 6-05 change date is behind on 6-08");
    }
}
