//! Time per estimate on the shipped packs: `cargo bench -p yidi-estimate`.
//! Prints figures; asserts nothing about time (the target is ≤ 20 µs per estimate).

use std::{hint::black_box, time::Instant};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use yidi_domain::{FilingCategory, Money, RegionCode, Scheme, WorkStatus};
use yidi_estimate::{
    band, compare, estimate, Bill, Case, Filing, Hospital, HospitalLevel, Library, Policy, Setting, YearToDate,
};

fn yuan(n: i64) -> Money {
    Money::yuan(Decimal::from(n))
}

fn case(pool: &str, scheme: Scheme) -> Case {
    Case {
        insured_pool: RegionCode::parse(pool).expect("code"),
        scheme,
        work_status: (scheme == Scheme::Employee).then_some(WorkStatus::Retired),
        age: 68,
        filing: Filing::Filed(FilingCategory::RelocatedRetiree),
        destination_pool: RegionCode::parse("420100").expect("code"),
        hospital: Hospital { level: HospitalLevel::Level3, networked: true, designated: true },
        setting: Setting::Inpatient,
        admission: NaiveDate::from_ymd_opt(2026, 3, 2).expect("date"),
        discharge: NaiveDate::from_ymd_opt(2026, 3, 20),
        stay_of_year: 2,
        year_to_date: YearToDate {
            covered_cost: yuan(20_000),
            deductible_paid: yuan(1300),
            fund_paid: yuan(15_000),
            ..YearToDate::default()
        },
        bill: Bill { total: yuan(350_000), not_covered: Some(yuan(20_000)), class_b: Some(yuan(60_000)) },
        retired_on: None,
        tier: None,
        hardship: false,
    }
}

fn time(label: &str, n: u32, mut f: impl FnMut()) {
    for _ in 0..n / 10 {
        f();
    }
    let start = Instant::now();
    for _ in 0..n {
        f();
    }
    let per = start.elapsed() / n;
    let nanos = per.as_nanos();
    println!("{label:<58} {:>5}.{:02} µs per call ({n} calls)", nanos / 1000, nanos % 1000 / 10);
}

fn main() {
    let lib = Library::shipped();
    let n = 100_000;
    println!("yidi-estimate benchmark (target ≤ 20 µs per estimate)");
    for (pool, scheme, what) in [
        ("110000", Scheme::Employee, "Beijing employee: 3 bands, cap, top-up"),
        ("310000", Scheme::Employee, "Shanghai employee: yearly deductible, cap, top-up"),
        ("330100", Scheme::Resident, "Hangzhou resident: critical-illness layer"),
    ] {
        let pack = lib.pack(RegionCode::parse(pool).expect("code"), scheme).expect("shipped pack");
        let policy = Policy { pack, destinations: &lib.destinations };
        let c = case(pool, scheme);
        time(&format!("estimate, {what}"), n, || {
            black_box(estimate(policy, black_box(&c), None).ok());
        });
    }
    let pack = lib.pack(RegionCode::parse("110000").expect("code"), Scheme::Employee).expect("pack");
    let policy = Policy { pack, destinations: &lib.destinations };
    let c = case("110000", Scheme::Employee);
    time("comparison of 4 filing options (4 estimates)", n / 4, || {
        black_box(compare(policy, black_box(&c), None));
    });
    let mut total_only = c;
    total_only.bill = Bill { total: yuan(350_000), not_covered: None, class_b: None };
    time("low/typical/high band (3 estimates)", n / 4, || {
        black_box(band(policy, black_box(&total_only)).ok());
    });
}
