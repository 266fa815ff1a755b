//! Tauri commands for the designated-hospital directory. The directory is opened (read and
//! indexed) once, on the first search, and kept in Tauri's managed state; every keystroke after
//! that is a search over the index in memory.
//!
//! Where the directory's local layers live (an installed feed, an imported list): the folder in
//! `YIDI_DATA_DIR` when set (tests, a clerk's shared desk), else the app's data folder.

use std::{
    path::PathBuf,
    sync::{Arc, Mutex},
};

use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime, State};
use yidi_core::{
    hospitals::{Hospitals, SearchView},
    parse_lang, ApiError,
};

/// The environment variable naming the data folder (shared with the other screens' commands).
pub const DATA_DIR_ENV: &str = "YIDI_DATA_DIR";

/// The opened directory, once the first search has opened it.
#[derive(Default)]
pub struct HospitalDirectory(Mutex<Option<Arc<Hospitals>>>);

fn data_dir<R: Runtime>(app: &AppHandle<R>) -> Result<PathBuf, ApiError> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    app.path().app_data_dir().map_err(|e| ApiError { code: "internal".into(), field: None, message: e.to_string() })
}

impl HospitalDirectory {
    /// The directory, opening it on first use. A failed open is not remembered, so the next
    /// search tries again (after the person has fixed a bad imported file, say).
    fn get<R: Runtime>(&self, app: &AppHandle<R>, lang: yidi_core::Lang) -> Result<Arc<Hospitals>, ApiError> {
        let mut slot = self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if let Some(open) = slot.as_ref() {
            return Ok(Arc::clone(open));
        }
        let opened = Arc::new(Hospitals::open(&data_dir(app)?, lang)?);
        *slot = Some(Arc::clone(&opened));
        Ok(opened)
    }
}

/// One search of the picker: `{query, filter: {region, level, kind, networked}, near, limit}`.
/// Async so that opening the directory the first time does not hold up the window.
#[tauri::command]
pub async fn search_hospitals<R: Runtime>(
    app: AppHandle<R>,
    directory: State<'_, HospitalDirectory>,
    lang: String,
    request: Value,
) -> Result<SearchView, ApiError> {
    let lang = parse_lang(&lang)?;
    directory.get(&app, lang)?.search(&request, lang)
}
