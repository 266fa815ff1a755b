//! Which data the app uses: the installed feed release (version, publication date) or the data
//! built into the app. The data folder is told to the core once, at start-up (`lib.rs`).

use yidi_core::{data, parse_lang, ApiError};

#[tauri::command]
pub fn data_status(lang: String) -> Result<data::DataStatusView, ApiError> {
    Ok(data::status(parse_lang(&lang)?))
}
