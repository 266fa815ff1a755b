//! The directory shipped with the app: the Beijing lists of seed 000 (`data/hospitals/
//! beijing-seed000.csv`; see its SOURCE.md). It is small and old; a full list comes by import or
//! by the update feed and is merged over it.

use crate::{import, model::Hospital};

pub static BEIJING_SEED_000: &str = include_str!("../../../data/hospitals/beijing-seed000.csv");

/// Where the bundled rows come from, as the directory reports it.
pub const SOURCE: &str = "seed-000-beijing";

/// The bundled rows. The shipped file is checked by tests, so an error here would be a build
/// defect; it yields no rows rather than a crash.
pub fn hospitals() -> Vec<Hospital> {
    import::parse_csv(BEIJING_SEED_000).unwrap_or_default()
}
