//! The directory shipped with the app: `data/hospitals/directory.csv`, made by
//! `tools/prepare-hospitals` from seed 000's Beijing lists, a 2020 compilation of 三级甲等
//! hospitals ("3AHospital by Luoyun, github.com/46319943/3AHospital", Apache-2.0) and a 2020 list of
//! named hospitals (wuhan2020map, MIT); see `data/hospitals/SOURCE.md`. It is not the official
//! list of designated institutions and says nothing about cross-province networking: every
//! row's network status is unknown. An official list comes by import or by the update feed and
//! is merged over it.

use crate::{import, model::Hospital};

pub static DIRECTORY: &str = include_str!("../../../data/hospitals/directory.csv");

/// Where the bundled rows come from, as the directory reports it.
pub const SOURCE: &str = "bundled-directory-2020";

/// The bundled rows. The shipped file is checked by tests, so an error here would be a build
/// defect; it yields no rows rather than a crash.
pub fn hospitals() -> Vec<Hospital> {
    import::parse_csv(DIRECTORY).unwrap_or_default()
}
