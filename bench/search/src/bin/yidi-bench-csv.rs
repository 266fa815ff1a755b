//! Writes N generated institutions as an importable CSV on stdout, for timing the real CLI over
//! a national-size list (bench/cli-search.sh). The rows are the synthetic generator's with their
//! `SYN` codes replaced by `BENCH` codes so that `yidi hospitals import` takes them: use the
//! output only in a throw-away data folder, never as a directory for people.

#![allow(clippy::unwrap_used)]

use std::io::Write;

use yidi_domain::NaiveDate;
use yidi_hospitals::{import, synthetic};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|s| s.parse().ok()).unwrap_or(synthetic::NATIONAL_COUNT);
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap_or_default();
    let rows: Vec<_> = synthetic::generate(n, 2025, as_of)
        .map(|mut h| {
            h.code = h.code.replacen("SYN", "BENCH", 1);
            h.synthetic = false;
            h
        })
        .collect();
    std::io::stdout().lock().write_all(import::to_csv(&rows).as_bytes()).unwrap();
}
