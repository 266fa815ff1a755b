//! The estimate screen's commands (issue 3): the shipped policy packs, for the screen's note on
//! which regions it can estimate, and the estimate itself. The request stays loose JSON so that
//! every bad value (a negative amount, text in the age box) comes back from the core as an
//! ApiError naming its field, in the person's language.

use serde_json::Value;
use yidi_core::{
    estimate::{self, EstimateView, PackSummary},
    parse_lang, ApiError,
};

#[tauri::command]
pub fn estimate_packs(lang: String) -> Result<Vec<PackSummary>, ApiError> {
    Ok(estimate::policy_packs(parse_lang(&lang)?))
}

#[tauri::command]
pub fn estimate_cost(lang: String, request: Value) -> Result<EstimateView, ApiError> {
    estimate::estimate(&request, None, parse_lang(&lang)?)
}
