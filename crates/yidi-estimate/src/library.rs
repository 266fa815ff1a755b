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
    ("xian-employee.json", include_str!("../../../data/policy/xian-employee.json")),
    ("chengdu-employee.json", include_str!("../../../data/policy/chengdu-employee.json")),
    ("changsha-employee.json", include_str!("../../../data/policy/changsha-employee.json")),
    ("harbin-employee.json", include_str!("../../../data/policy/harbin-employee.json")),
    ("hefei-employee.json", include_str!("../../../data/policy/hefei-employee.json")),
    ("shijiazhuang-employee.json", include_str!("../../../data/policy/shijiazhuang-employee.json")),
    ("xining-employee.json", include_str!("../../../data/policy/xining-employee.json")),
    ("guiyang-employee.json", include_str!("../../../data/policy/guiyang-employee.json")),
    ("urumqi-employee.json", include_str!("../../../data/policy/urumqi-employee.json")),
    ("chongqing-resident.json", include_str!("../../../data/policy/chongqing-resident.json")),
    ("wuhan-resident.json", include_str!("../../../data/policy/wuhan-resident.json")),
    ("kunming-employee.json", include_str!("../../../data/policy/kunming-employee.json")),
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
        LIB.get_or_init(|| Library::load(Vec::new()).0)
    }

    /// Relative paths (as the data feed names them, under `data/`) of every policy file:
    /// `policy/<pack>.json` and `policy/destinations.json`.
    pub fn relative_paths() -> Vec<String> {
        SHIPPED_PACKS
            .iter()
            .map(|(f, _)| format!("policy/{f}"))
            .chain(std::iter::once(format!("policy/{}", SHIPPED_DESTINATIONS.0)))
            .collect()
    }

    /// The bundled text of a policy file by relative path.
    pub fn bundled(relative: &str) -> Option<&'static str> {
        let name = relative.strip_prefix("policy/")?;
        SHIPPED_PACKS
            .iter()
            .chain(std::iter::once(&SHIPPED_DESTINATIONS))
            .find(|(f, _)| *f == name)
            .map(|(_, t)| *t)
    }

    /// Reads one policy pack from its bytes; `relative` names it in errors.
    pub fn pack_from_bytes(relative: &str, bytes: &[u8]) -> Result<PolicyPack, PackError> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| PackError::Parse { file: relative.into(), detail: e.to_string() })?;
        PolicyPack::from_json(relative, text)
    }

    /// The library: the bundled files with the installed ones (relative path, bytes — an
    /// installed, verified data release's `policy/` files) over them. An installed pack takes the
    /// place of the bundled pack of the same file name or the same region and scheme, or is added
    /// (a region the program did not ship); an installed `policy/destinations.json` replaces the
    /// table. An installed file that does not read is reported and changes nothing (the bundled
    /// one stays). The one place a library is built from a release (yidi-core's `data` calls it).
    pub fn load(installed: impl IntoIterator<Item = (String, Vec<u8>)>) -> (Library, Vec<PackError>) {
        let mut problems = Vec::new();
        let mut by_file: Vec<(String, PolicyPack)> = Vec::with_capacity(SHIPPED_PACKS.len());
        for (file, bundled) in SHIPPED_PACKS {
            let rel = format!("policy/{file}");
            match PolicyPack::from_json(&rel, bundled) {
                Ok(p) => by_file.push((rel, p)),
                Err(e) => problems.push(e),
            }
        }
        let dest_rel = format!("policy/{}", SHIPPED_DESTINATIONS.0);
        let mut destinations = DestinationTable::from_json(&dest_rel, SHIPPED_DESTINATIONS.1).unwrap_or_else(|e| {
            problems.push(e);
            DestinationTable { schema: crate::pack::SCHEMA_VERSION, sources: Default::default(), destinations: vec![] }
        });
        for (rel, bytes) in installed {
            if !rel.starts_with("policy/") {
                continue;
            }
            let text = match std::str::from_utf8(&bytes) {
                Ok(t) => t,
                Err(e) => {
                    problems.push(PackError::Parse { file: rel.clone(), detail: e.to_string() });
                    continue;
                }
            };
            if rel == dest_rel {
                match DestinationTable::from_json(&rel, text) {
                    Ok(table) => destinations = table,
                    Err(e) => problems.push(e),
                }
                continue;
            }
            match PolicyPack::from_json(&rel, text) {
                Ok(pack) => {
                    by_file.retain(|(f, p)| *f != rel && !(p.region == pack.region && p.scheme == pack.scheme));
                    by_file.push((rel, pack));
                }
                Err(e) => problems.push(e),
            }
        }
        (Library { packs: by_file.into_iter().map(|(_, p)| p).collect(), destinations }, problems)
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
