//! The designated-institution directory (定点医药机构目录): what a patient picks a hospital from
//! and a clerk looks one up in.
//!
//! Modules:
//! - [`model`]: the record — code, names, divisions, level, type, network status, coordinates,
//!   last-confirmed date.
//! - [`import`]: CSV in and out (columns in `docs/hospitals.md`).
//! - [`infer`]: the kind of an institution read from its name (a tested rule table).
//! - [`reading`]: pinyin readings with curated place names (重庆 chong qing, 六安 lu an).
//! - [`index`]: the in-memory directory and its search (characters, full pinyin, initials, mixed;
//!   filters; exact and prefix first; nearer first with a place).
//! - [`posting`]: posting lists as sorted ranks or bitmaps.
//! - [`file`]: the index file (`hospitals/index.yidx`), opened by memory-mapping.
//! - [`seats`]: division seat coordinates.
//! - [`synthetic`]: a generated national-scale directory for tests and benchmarks only.
//! - [`bundled`]: the shipped Beijing lists of seed 000.
//!
//! I/O: only the index file a caller names ([`Directory::open`], [`file::write_stamp`]);
//! callers decide where files live.

pub mod bundled;
pub mod file;
pub mod import;
pub mod infer;
pub mod index;
pub mod model;
pub mod posting;
pub mod reading;
pub mod seats;
pub mod synthetic;

pub use file::IndexError;
pub use index::{Directory, DirectoryBuilder, DirectoryMeta, Filter, Hit, Query, Tier};
pub use model::{Class, Coord, Grade, Hospital, Kind, Level, Network, Service};
pub use reading::Readings;

/// Merges lists: a later list's record replaces an earlier one with the same code (or, when
/// a record has no code, the same name and division); the rest are added.
pub fn merge(lists: Vec<Vec<Hospital>>) -> Vec<Hospital> {
    let mut out: Vec<Hospital> = Vec::new();
    let mut at: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for list in lists {
        for h in list {
            let key = if h.code.is_empty() { format!("{}@{}", h.name, h.division) } else { h.code.clone() };
            match at.get(&key) {
                Some(&i) => out[i] = h,
                None => {
                    at.insert(key, out.len());
                    out.push(h);
                }
            }
        }
    }
    out
}

/// Builds a directory from records.
pub fn build(readings: &Readings, meta: DirectoryMeta, hospitals: &[Hospital]) -> Directory {
    let mut builder = DirectoryBuilder::new(readings, meta);
    builder.reserve(hospitals.len());
    for h in hospitals {
        builder.push(h);
    }
    builder.build()
}
