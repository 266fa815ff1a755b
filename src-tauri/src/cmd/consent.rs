//! Consent screen: read a text, check ID numbers, sign, verify, save the PDF packet. The clock,
//! the device key (app data folder/keys/device.key) and the download folder are read here, at the
//! edge; yidi-core gets them as parameters.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime};
use yidi_core::{
    consent::{self, IdNumberView, TextListItem, TextRequest, TextView, VerifyView},
    parse_lang, ApiError, Lang,
};

/// Now in China Standard Time: (RFC 3339, date).
fn now() -> (String, String) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0);
    consent::china_time(secs)
}

fn data_dir<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> Result<PathBuf, ApiError> {
    app.path().app_data_dir().map_err(|e| consent::file_error(lang, Path::new("app_data_dir"), &e.to_string()))
}

fn key_path<R: Runtime>(app: &AppHandle<R>, lang: Lang) -> Result<PathBuf, ApiError> {
    Ok(data_dir(app, lang)?.join("keys").join("device.key"))
}

#[tauri::command]
pub fn consent_texts(lang: String, region: Option<String>) -> Result<Vec<TextListItem>, ApiError> {
    Ok(consent::list_texts(region.as_deref().filter(|r| !r.is_empty()), parse_lang(&lang)?))
}

/// Today's date in China, as the signing form shows it (`signedOn`).
#[tauri::command]
pub fn consent_today() -> String {
    now().1
}

#[tauri::command]
pub fn consent_text(lang: String, id: String, version: Option<String>) -> Result<TextView, ApiError> {
    consent::get_text(&TextRequest { id, version, as_of: now().1 }, parse_lang(&lang)?)
}

/// Checks an ID number as the person leaves the field; `field` is the request's path
/// (`insured.idNumber`, `signer.idNumber`) so the error names the field they see.
#[tauri::command]
pub fn consent_check_id(lang: String, field: String, number: String) -> Result<IdNumberView, ApiError> {
    consent::check_id_number_for(&field, &number, &now().1, parse_lang(&lang)?)
}

#[derive(Debug, Serialize)]
pub struct Choice {
    value: String,
    label: String,
}

#[tauri::command]
pub fn consent_relations(lang: String) -> Result<Vec<Choice>, ApiError> {
    Ok(consent::relations(parse_lang(&lang)?).into_iter().map(|(value, label)| Choice { value, label }).collect())
}

#[derive(Debug, Serialize)]
pub struct Signed {
    /// As JSON, to hand back unchanged for the packet.
    record: Value,
    verification: VerifyView,
}

/// Signs now with this device's key, then reads the record back as a file would be read and
/// verifies it against the same key: the screen shows that verdict, not an assumption.
#[tauri::command]
pub fn consent_sign<R: Runtime>(app: AppHandle<R>, lang: String, request: Value) -> Result<Signed, ApiError> {
    let lang = parse_lang(&lang)?;
    let key = key_path(&app, lang)?;
    let record = consent::sign(&request, &now().0, &key, lang)?;
    let text = serde_json::to_string(&record).map_err(|e| consent::file_error(lang, &key, &e.to_string()))?;
    let verification = consent::verify(&text, Some(&key), lang)?;
    let record = serde_json::from_str(&text).map_err(|e| consent::file_error(lang, &key, &e.to_string()))?;
    Ok(Signed { record, verification })
}

/// Verifies a record file's text; also against this device's key when it has one.
#[tauri::command]
pub fn consent_verify<R: Runtime>(app: AppHandle<R>, lang: String, text: String) -> Result<VerifyView, ApiError> {
    let lang = parse_lang(&lang)?;
    let key = key_path(&app, lang)?;
    consent::verify(&text, key.exists().then_some(key.as_path()), lang)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pdf: String,
    record: String,
    bytes: usize,
}

/// Writes the PDF packet `{form, record, checklist, nextSteps}` and the record beside it, in the
/// user's download folder (the app's data folder when there is none).
#[tauri::command]
pub fn consent_save_packet<R: Runtime>(app: AppHandle<R>, lang: String, request: Value) -> Result<Saved, ApiError> {
    let lang = parse_lang(&lang)?;
    let (at, today) = now();
    let font = consent::default_font(std::env::var_os("YIDI_CJK_FONT").map(PathBuf::from));
    // Only a record sealed by this device's key is printed here.
    let key = key_path(&app, lang)?;
    let bytes = consent::render_packet(&request, &today, &font, Some(&key.to_string_lossy()), lang)?;
    let dir = match app.path().download_dir() {
        Ok(dir) if dir.is_dir() => dir,
        _ => {
            let dir = data_dir(&app, lang)?.join("packets");
            std::fs::create_dir_all(&dir).map_err(|e| consent::file_error(lang, &dir, &e.to_string()))?;
            dir
        }
    };
    // yidi-consent-2026-11-23-103000.pdf; a second packet in the same second gets -2, -3, …
    let stamp: String = at.chars().take(19).filter(|c| *c != ':').collect::<String>().replace('T', "-");
    let (pdf, record) = (1..1000)
        .map(|n| {
            let base = if n == 1 { format!("yidi-consent-{stamp}") } else { format!("yidi-consent-{stamp}-{n}") };
            (dir.join(format!("{base}.pdf")), dir.join(format!("{base}.record.json")))
        })
        .find(|(p, r)| !p.exists() && !r.exists())
        .ok_or_else(|| consent::file_error(lang, &dir, "too many packets in one second"))?;
    let record_text = request.get("record").map(|r| format!("{r:#}\n")).unwrap_or_default();
    std::fs::write(&pdf, &bytes).map_err(|e| consent::file_error(lang, &pdf, &e.to_string()))?;
    std::fs::write(&record, record_text).map_err(|e| consent::file_error(lang, &record, &e.to_string()))?;
    Ok(Saved { pdf: pdf.display().to_string(), record: record.display().to_string(), bytes: bytes.len() })
}
