//! Tauri commands: take the request, call yidi-core, return its answer or its ApiError.
//! `lang` comes with every call because the person can switch language at any moment.

use std::collections::BTreeMap;

use yidi_core::{
    parse_lang,
    regions::{self, RegionSearch, RegionView, TripRequest, TripView},
    text, ApiError,
};

#[tauri::command]
pub fn ui_text(lang: String) -> Result<BTreeMap<String, String>, ApiError> {
    Ok(text::ui_text(parse_lang(&lang)?))
}

#[tauri::command]
pub fn search_regions(lang: String, request: RegionSearch) -> Result<Vec<RegionView>, ApiError> {
    regions::search_regions(&request, parse_lang(&lang)?)
}

#[tauri::command]
pub fn describe_trip(lang: String, request: TripRequest) -> Result<TripView, ApiError> {
    regions::describe_trip(&request, parse_lang(&lang)?)
}

#[tauri::command]
pub fn get_region(lang: String, code: String) -> Result<RegionView, ApiError> {
    regions::region(&code, "code", parse_lang(&lang)?)
}
