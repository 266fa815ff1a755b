//! Choosing regions: search the division table, and say whether a journey is cross-province.

use serde::{Deserialize, Serialize};
use yidi_domain::{
    divisions, i18n, trip, Division, DivisionLevel, FieldError, Labelled, Lang, TripScope,
};

use crate::ApiError;

/// A division as the UI and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RegionView {
    pub code: String,
    /// The full name in the requested language: 江夏区 / 江夏區 / Jiangxia District.
    pub name: String,
    pub level: DivisionLevel,
    pub level_label: String,
    /// From the province down, joined for display: 湖北省 武汉市 江夏区.
    pub full_name: String,
    pub pinyin: String,
}

impl RegionView {
    pub fn new(division: &Division, lang: Lang) -> Self {
        let path = divisions().path(division.code);
        // Municipalities repeat their name one level down (北京市 北京市 东城区): show it once.
        let mut names: Vec<&str> = Vec::new();
        for d in &path {
            if names.last() != Some(&d.name(lang)) {
                names.push(d.name(lang));
            }
        }
        let separator = if lang == Lang::EnUs { ", " } else { " " };
        let full_name = if lang == Lang::EnUs {
            names.iter().rev().copied().collect::<Vec<_>>().join(separator)
        } else {
            names.join(separator)
        };
        let level_label = i18n::format_or_id(lang, level_label_id(division.level), &i18n::Args::new());
        RegionView {
            code: division.code.to_string(),
            name: division.name(lang).to_string(),
            level: division.level,
            level_label,
            full_name,
            pinyin: division.pinyin.clone(),
        }
    }
}

fn level_label_id(level: DivisionLevel) -> &'static str {
    match level {
        DivisionLevel::Province => "division-level-province",
        DivisionLevel::Prefecture => "division-level-prefecture",
        DivisionLevel::County => "division-level-county",
    }
}

/// A region search as the UI or the CLI sends it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RegionSearch {
    pub query: String,
    /// `province`, `prefecture` or `county`; all levels when absent.
    #[serde(default)]
    pub level: Option<String>,
    #[serde(default)]
    pub limit: Option<usize>,
}

pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 200;

/// Divisions matching a name, pinyin or initials, best first.
pub fn search_regions(request: &RegionSearch, lang: Lang) -> Result<Vec<RegionView>, ApiError> {
    let level = match request.level.as_deref() {
        None | Some("") => None,
        Some("province") => Some(DivisionLevel::Province),
        Some("prefecture") => Some(DivisionLevel::Prefecture),
        Some("county") => Some(DivisionLevel::County),
        Some(other) => {
            let e = FieldError::not_one_of("level", other, &["province", "prefecture", "county"]);
            return Err(ApiError::from_field(lang, &e));
        }
    };
    let limit = request.limit.unwrap_or(DEFAULT_LIMIT);
    if limit == 0 || limit > MAX_LIMIT {
        let e = FieldError::out_of_range("limit", &limit.to_string(), "1", &MAX_LIMIT.to_string());
        return Err(ApiError::from_field(lang, &e));
    }
    Ok(divisions().search(&request.query, level, limit).into_iter().map(|d| RegionView::new(d, lang)).collect())
}

/// One region by code.
pub fn region(code: &str, field: &str, lang: Lang) -> Result<RegionView, ApiError> {
    divisions().lookup(field, code).map(|d| RegionView::new(d, lang)).map_err(|e| ApiError::from_field(lang, &e))
}

/// A journey as the UI or the CLI sends it: two division codes.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TripRequest {
    pub insured_region: String,
    pub destination: String,
}

/// What the journey is, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TripView {
    pub insured_region: RegionView,
    pub destination: RegionView,
    pub scope: TripScope,
    pub scope_label: String,
    pub summary: String,
    pub explanation: String,
}

/// Classifies a journey: cross-province, within the province, local, or outside the network.
pub fn describe_trip(request: &TripRequest, lang: Lang) -> Result<TripView, ApiError> {
    let lookup = |code: &str, field: &str| divisions().lookup(field, code).map_err(|e| ApiError::from_field(lang, &e));
    let from = lookup(&request.insured_region, "insured_region")?;
    let to = lookup(&request.destination, "destination")?;
    let scope = trip::classify(from.code, to.code);
    let (insured, destination) = (RegionView::new(from, lang), RegionView::new(to, lang));
    let summary = i18n::format_or_id(
        lang,
        "trip-summary",
        &i18n::Args::new().text("insured", insured.full_name.clone()).text("destination", destination.full_name.clone()),
    );
    Ok(TripView {
        scope_label: scope.label(lang),
        explanation: scope.explanation(lang),
        insured_region: insured,
        destination,
        scope,
        summary,
    })
}

