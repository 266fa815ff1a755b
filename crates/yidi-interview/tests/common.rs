use std::collections::BTreeMap;

use yidi_domain::{NaiveDate, RegionCode};
use yidi_interview::{explore::Samples, Interview};

pub fn interview() -> Interview {
    match Interview::embedded() {
        Ok(i) => i,
        Err(e) => panic!("the shipped interview data must load: {e}"),
    }
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test dates are valid")
}

fn code(s: &str) -> RegionCode {
    RegionCode::parse(s).expect("test codes are valid")
}

/// Insured regions: one under national rules only (Wuhan) and one under each override layer;
/// destinations: cross-province for all of them, the same pool and the same province for some,
/// and Hong Kong (outside the network).
pub fn samples(as_of: NaiveDate) -> Samples {
    let insured = ["420100", "110105", "320581", "370700", "150102"].map(code).to_vec();
    let destinations = ["440300", "420100", "420500", "810000"].map(code).to_vec();
    let day = |d: i64| as_of + chrono_days(d);
    // A filing that ended 20 days ago or ends in 40 days; an admission 20 days ago or today:
    // ended before admission, ended on the admission day (still valid), valid, expired.
    Samples {
        regions: BTreeMap::from([("insured_region".into(), insured), ("destination".into(), destinations)]),
        dates: BTreeMap::from([
            ("filing_end".into(), vec![day(-20), day(40)]),
            ("admission_date".into(), vec![day(-20), day(0)]),
            // A long-term filing made 400 days ago (may be changed now) or 30 days ago (not yet,
            // under a six-month lock).
            ("filing_made".into(), vec![day(-400), day(-30)]),
        ]),
        numbers: BTreeMap::new(),
        // The audience cannot change routing (the loader refuses any condition on it); the ten
        // settled diseases are one list parameter, so one from the first five, one added in
        // 2024 and one unlisted disease cover every route.
        choices: BTreeMap::from([
            ("audience".into(), vec!["staff".into()]),
            ("chronic_disease".into(), vec!["diabetes".into(), "copd".into(), "other".into()]),
        ]),
    }
}

fn chrono_days(d: i64) -> chrono::TimeDelta {
    chrono::TimeDelta::days(d)
}
