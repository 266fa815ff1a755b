//! The destination side: the share of 乙类 items the patient pays first (先行自付), set by the
//! place of treatment (就医地目录), per destination region, dated and sourced like every value.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use yidi_domain::RegionCode;

use crate::pack::{in_force, Dated, History, PackError, Source, SCHEMA_VERSION};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Destination {
    /// A pooling region, or a province when the share is set province-wide.
    pub region: RegionCode,
    pub region_name: String,
    pub class_b_first_share: History<Decimal>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DestinationTable {
    pub schema: u32,
    pub sources: BTreeMap<String, Source>,
    pub destinations: Vec<Destination>,
}

impl DestinationTable {
    pub fn from_json(file: &str, text: &str) -> Result<DestinationTable, PackError> {
        let table: DestinationTable =
            serde_json::from_str(text).map_err(|e| PackError::Parse { file: file.into(), detail: e.to_string() })?;
        let invalid =
            |path: String, detail: &str| PackError::Invalid { file: file.into(), path, detail: detail.into() };
        if table.schema != SCHEMA_VERSION {
            return Err(invalid("schema".into(), "unknown schema version"));
        }
        for (i, d) in table.destinations.iter().enumerate() {
            for (j, v) in d.class_b_first_share.iter().enumerate() {
                let path = format!("destinations[{i}].class_b_first_share[{j}]");
                if !table.sources.contains_key(&v.source) {
                    return Err(invalid(path, "unknown source"));
                }
                if v.value < Decimal::ZERO || v.value > Decimal::ONE {
                    return Err(invalid(path, "share must be within 0..=1"));
                }
            }
        }
        Ok(table)
    }

    /// The share in force at `pool` (or its province) on `date`, with its record.
    pub fn class_b_share(&self, pool: RegionCode, date: NaiveDate) -> Option<(&Destination, &Dated<Decimal>)> {
        [pool, pool.province()].into_iter().find_map(|code| {
            let d = self.destinations.iter().find(|d| d.region == code)?;
            in_force(&d.class_b_first_share, date).map(|v| (d, v))
        })
    }
}
