//! The shipped packs (`data/policy/*.json`), embedded so the estimator works offline and no
//! install step can lose them, plus packs a caller loads from elsewhere.

use std::sync::OnceLock;

use yidi_domain::{RegionCode, Scheme};

use crate::{destination::DestinationTable, pack::PackError, PolicyPack};

/// (file name, contents) of every shipped pack. A test checks that this list and the folder agree.
pub static SHIPPED_PACKS: &[(&str, &str)] = &[
    ("beijing-employee.json", include_str!("../../../data/policy/beijing-employee.json")),
    ("beijing-resident.json", include_str!("../../../data/policy/beijing-resident.json")),
    ("shanghai-employee.json", include_str!("../../../data/policy/shanghai-employee.json")),
    ("guangzhou-employee.json", include_str!("../../../data/policy/guangzhou-employee.json")),
    ("shenzhen-employee.json", include_str!("../../../data/policy/shenzhen-employee.json")),
    ("wuhan-employee.json", include_str!("../../../data/policy/wuhan-employee.json")),
    ("hangzhou-employee.json", include_str!("../../../data/policy/hangzhou-employee.json")),
    ("hangzhou-resident.json", include_str!("../../../data/policy/hangzhou-resident.json")),
];

pub static SHIPPED_DESTINATIONS: (&str, &str) =
    ("destinations.json", include_str!("../../../data/policy/destinations.json"));

/// Packs and the destination table.
#[derive(Debug, Clone)]
pub struct Library {
    pub packs: Vec<PolicyPack>,
    pub destinations: DestinationTable,
}

impl Library {
    /// The shipped packs, parsed once. A shipped pack that fails to read is a build defect the
    /// tests catch; here it is left out rather than taking the app down.
    pub fn shipped() -> &'static Library {
        static LIB: OnceLock<Library> = OnceLock::new();
        LIB.get_or_init(|| {
            let packs = SHIPPED_PACKS.iter().filter_map(|(f, t)| PolicyPack::from_json(f, t).ok()).collect();
            let destinations = DestinationTable::from_json(SHIPPED_DESTINATIONS.0, SHIPPED_DESTINATIONS.1).unwrap_or(
                DestinationTable {
                    schema: crate::pack::SCHEMA_VERSION,
                    sources: Default::default(),
                    destinations: vec![],
                },
            );
            Library { packs, destinations }
        })
    }

    /// The shipped library with `pack` in place of any shipped pack for the same region and scheme.
    pub fn with_pack(&self, pack: PolicyPack) -> Library {
        let mut packs: Vec<PolicyPack> =
            self.packs.iter().filter(|p| !(p.region == pack.region && p.scheme == pack.scheme)).cloned().collect();
        packs.push(pack);
        Library { packs, destinations: self.destinations.clone() }
    }

    /// Parses a pack file's text (for `--policy`).
    pub fn parse_pack(file: &str, text: &str) -> Result<PolicyPack, PackError> {
        PolicyPack::from_json(file, text)
    }

    pub fn pack(&self, pool: RegionCode, scheme: Scheme) -> Option<&PolicyPack> {
        self.packs.iter().find(|p| p.region == pool && p.scheme == scheme)
    }

    /// Whether any pack exists for the region, whatever the scheme.
    pub fn has_region(&self, pool: RegionCode) -> bool {
        self.packs.iter().any(|p| p.region == pool)
    }
}
