//! Is this journey a cross-province one? The first thing every user needs settled.
//!
//! Direct settlement across provinces (跨省异地就医直接结算) is what Yidi is for. Treatment in
//! another city of the same province follows the province's own in-province rules (省内异地), and
//! treatment inside one's own pooling region needs no filing at all. Hong Kong, Macao and Taiwan are
//! outside the mainland settlement network.

use serde::Serialize;

use crate::{
    i18n::Lang,
    insurance::Labelled,
    region::{divisions, Division, RegionCode},
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TripScope {
    /// Same pooling region: ordinary local care, nothing to file.
    SamePoolingRegion,
    /// Another pooling region in the same province: the province's in-province rules apply.
    WithinProvince,
    /// Another province of the mainland: cross-province filing and direct settlement.
    CrossProvince,
    /// Hong Kong, Macao, Taiwan (either end): no direct settlement through the national platform.
    OutsideNetwork,
}

impl Labelled for TripScope {
    fn label_id(&self) -> &'static str {
        match self {
            TripScope::SamePoolingRegion => "trip-same-pool",
            TripScope::WithinProvince => "trip-within-province",
            TripScope::CrossProvince => "trip-cross-province",
            TripScope::OutsideNetwork => "trip-outside-network",
        }
    }
}

impl TripScope {
    /// The sentence that explains the scope and what to do about it.
    pub fn explanation_id(self) -> &'static str {
        match self {
            TripScope::SamePoolingRegion => "trip-same-pool-explain",
            TripScope::WithinProvince => "trip-within-province-explain",
            TripScope::CrossProvince => "trip-cross-province-explain",
            TripScope::OutsideNetwork => "trip-outside-network-explain",
        }
    }

    pub fn explanation(self, lang: Lang) -> String {
        crate::i18n::format_or_id(lang, self.explanation_id(), &crate::i18n::Args::new())
    }
}

/// Classifies a journey from the insured region to the place of treatment.
pub fn classify(insured: RegionCode, destination: RegionCode) -> TripScope {
    if insured.is_outside_mainland_network() || destination.is_outside_mainland_network() {
        return TripScope::OutsideNetwork;
    }
    let table = divisions();
    let pool = |code| table.pooling_region(code).map(|d: &Division| d.code);
    if insured.province() != destination.province() {
        TripScope::CrossProvince
    } else if pool(insured) == pool(destination) {
        TripScope::SamePoolingRegion
    } else {
        TripScope::WithinProvince
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(s: &str) -> RegionCode {
        RegionCode::parse(s).unwrap()
    }

    #[test]
    fn scopes() {
        // Beijing Dongcheng → Wuhan Jiangxia: two provinces.
        assert_eq!(classify(code("110101"), code("420115")), TripScope::CrossProvince);
        // Wuhan → Yichang: same province, different prefecture.
        assert_eq!(classify(code("420100"), code("420500")), TripScope::WithinProvince);
        // Two districts of Beijing: one pooling region.
        assert_eq!(classify(code("110101"), code("110105")), TripScope::SamePoolingRegion);
        // Wuhan → Xiantao (a county-level city under the province, its own pool).
        assert_eq!(classify(code("420100"), code("429004")), TripScope::WithinProvince);
        assert_eq!(classify(code("440300"), code("810000")), TripScope::OutsideNetwork);
    }
}
