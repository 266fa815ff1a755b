//! Dates and money as people read them, one way in every view (contract (d)).
//!
//! - A day: zh-CN "2026年12月7日（周一）", zh-TW "2026年12月7日（週一）", en-US "Mon 7 Dec 2026".
//!   [`day_plain`] leaves the weekday out (tables, a date inside a sentence that names it).
//! - A moment: the day and the local time, "2026年12月2日 11:54" — never a UTC offset: the
//!   reader lives in one time zone and "+08:00" only puzzles her.
//! - Money: grouped by thousands, fen only when there are any: "44,496 元", "44,496.50 元",
//!   en-US "¥44,496". Beside a large figure, [`approx_money`] gives "约 4.4 万元" (zh-TW
//!   "約 4.4 萬元", en-US "about ¥44,000") — the way the figure is said aloud.
//!
//! Views keep carrying `Money` and ISO dates on the wire; these functions make the text.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};
use rust_decimal::{Decimal, RoundingStrategy};

use crate::{i18n::Lang, money::Money};

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

fn weekday(lang: Lang, d: Weekday) -> &'static str {
    let i = d.num_days_from_monday() as usize;
    match lang {
        Lang::ZhCn => ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][i],
        Lang::ZhTw => ["週一", "週二", "週三", "週四", "週五", "週六", "週日"][i],
        Lang::EnUs => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][i],
    }
}

/// "2026年12月7日", en-US "7 Dec 2026".
pub fn day_plain(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::ZhCn | Lang::ZhTw => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        Lang::EnUs => format!("{} {} {}", d.day(), MONTHS_EN[d.month0() as usize], d.year()),
    }
}

/// "2026年12月7日（周一）", en-US "Mon 7 Dec 2026".
pub fn day(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::ZhCn | Lang::ZhTw => format!("{}（{}）", day_plain(lang, d), weekday(lang, d.weekday())),
        Lang::EnUs => format!("{} {}", weekday(lang, d.weekday()), day_plain(lang, d)),
    }
}

/// A local moment: "2026年12月2日 11:54", en-US "2 Dec 2026, 11:54". No offset, no seconds.
pub fn moment(lang: Lang, t: NaiveDateTime) -> String {
    let time = format!("{:02}:{:02}", t.hour(), t.minute());
    match lang {
        Lang::ZhCn | Lang::ZhTw => format!("{} {time}", day_plain(lang, t.date())),
        Lang::EnUs => format!("{}, {time}", day_plain(lang, t.date())),
    }
}

/// An ISO day ("2026-12-07") as [`day`]; text that is not one comes back unchanged, so a view
/// never loses what it was given.
pub fn iso_day(lang: Lang, text: &str) -> String {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map(|d| day(lang, d)).unwrap_or_else(|_| text.to_string())
}

/// Digits grouped by thousands with commas: 44496 → "44,496".
fn group(digits: &str) -> String {
    let n = digits.len();
    let mut out = String::with_capacity(n + n / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (n - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The amount rounded to the fen, grouped, without a unit: "44,496" or "44,496.50"; a minus sign
/// in front (for a figure inside a sentence that names the unit).
pub fn grouped_amount(m: Money) -> String {
    let amount = m.round_fen().amount();
    let negative = amount.is_sign_negative() && !amount.is_zero();
    let text = format!("{:.2}", amount.abs());
    let (whole, fen) = text.split_once('.').unwrap_or((&text, "00"));
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(whole));
    if fen != "00" {
        out.push('.');
        out.push_str(fen);
    }
    out
}

/// "44,496 元", en-US "¥44,496"; fen shown only when not zero ("5,504.50 元").
pub fn money(lang: Lang, m: Money) -> String {
    let amount = grouped_amount(m);
    match lang {
        Lang::ZhCn | Lang::ZhTw => format!("{amount} 元"),
        Lang::EnUs => match amount.strip_prefix('-') {
            Some(rest) => format!("-¥{rest}"),
            None => format!("¥{amount}"),
        },
    }
}

/// The figure as it is said aloud, for amounts of 10,000 yuan or more: "约 4.4 万元" (one
/// decimal of 万, half away from zero, ".0" dropped: "约 3 万元"), zh-TW "約 4.4 萬元", en-US
/// "about ¥44,000". `None` below 10,000, where the exact figure is already short.
pub fn approx_money(lang: Lang, m: Money) -> Option<String> {
    let amount = m.amount();
    if amount.abs() < Decimal::from(10_000) {
        return None;
    }
    let wan = (amount / Decimal::from(10_000)).round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero);
    let wan_text = wan.normalize().to_string();
    Some(match lang {
        Lang::ZhCn => format!("约 {wan_text} 万元"),
        Lang::ZhTw => format!("約 {wan_text} 萬元"),
        Lang::EnUs => format!("about {}", money(lang, Money::yuan(wan * Decimal::from(10_000)))),
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn days_carry_the_weekday_in_each_language() {
        // 2026-12-02 is a Wednesday (the calendar of this project's deadline), so the 7th is a Monday.
        assert_eq!(day(Lang::ZhCn, d(2026, 12, 7)), "2026年12月7日（周一）");
        assert_eq!(day(Lang::ZhTw, d(2026, 12, 7)), "2026年12月7日（週一）");
        assert_eq!(day(Lang::EnUs, d(2026, 12, 7)), "Mon 7 Dec 2026");
        assert_eq!(day_plain(Lang::EnUs, d(2027, 5, 23)), "23 May 2027");
        // 2027-05-23: 2026-12-07 + 167 days = 23 weeks + 6 days after a Monday: a Sunday.
        assert_eq!(day(Lang::ZhCn, d(2027, 5, 23)), "2027年5月23日（周日）");
        assert_eq!(iso_day(Lang::ZhCn, "2026-12-07"), "2026年12月7日（周一）");
        assert_eq!(iso_day(Lang::ZhCn, "not a date"), "not a date", "what is not a date is kept");
    }

    #[test]
    fn a_moment_has_no_offset_and_no_seconds() {
        let t = d(2026, 12, 2).and_hms_opt(11, 54, 55).unwrap();
        assert_eq!(moment(Lang::ZhCn, t), "2026年12月2日 11:54");
        assert_eq!(moment(Lang::EnUs, t), "2 Dec 2026, 11:54");
    }

    #[test]
    fn money_is_grouped_with_fen_only_when_there_are_any() {
        // The Beijing retiree's worked example in docs/estimate.md: fund 44,496.00, she 5,504.00.
        assert_eq!(money(Lang::ZhCn, Money::yuan(dec!(44496.00))), "44,496 元");
        assert_eq!(money(Lang::EnUs, Money::yuan(dec!(44496))), "¥44,496");
        assert_eq!(money(Lang::ZhTw, Money::yuan(dec!(5504.5))), "5,504.50 元");
        assert_eq!(money(Lang::ZhCn, Money::yuan(dec!(1234567.891))), "1,234,567.89 元", "rounded to the fen");
        assert_eq!(money(Lang::ZhCn, Money::yuan(dec!(999))), "999 元");
        assert_eq!(money(Lang::ZhCn, Money::ZERO), "0 元");
        assert_eq!(money(Lang::EnUs, Money::yuan(dec!(-1200))), "-¥1,200");
        assert_eq!(money(Lang::ZhCn, Money::yuan(dec!(-100000))), "-100,000 元");
    }

    #[test]
    fn large_figures_are_also_said_in_wan() {
        // 44,496 / 10,000 = 4.4496 → 4.4 万.
        assert_eq!(approx_money(Lang::ZhCn, Money::yuan(dec!(44496))).as_deref(), Some("约 4.4 万元"));
        assert_eq!(approx_money(Lang::ZhTw, Money::yuan(dec!(44496))).as_deref(), Some("約 4.4 萬元"));
        assert_eq!(approx_money(Lang::EnUs, Money::yuan(dec!(44496))).as_deref(), Some("about ¥44,000"));
        // 29,960 → 2.996 → 3.0 → "3".
        assert_eq!(approx_money(Lang::ZhCn, Money::yuan(dec!(29960))).as_deref(), Some("约 3 万元"));
        // 125,000 → 12.5 万, half away from zero keeps .5.
        assert_eq!(approx_money(Lang::ZhCn, Money::yuan(dec!(125000))).as_deref(), Some("约 12.5 万元"));
        assert_eq!(approx_money(Lang::ZhCn, Money::yuan(dec!(9999.99))), None, "short figures need no gloss");
    }
}
