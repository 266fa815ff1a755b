//! Consent screen: read a text, check ID numbers, sign, verify, save the PDF packet. The clock
//! and the download folder are read here, at the edge; yidi-core gets them as parameters.
//!
//! The device signing key is kept inside the store, sealed with its data key: it signs once the
//! store is unlocked (the keyring or the passphrase, on the people screen or the consent screen's
//! own unlock form — the same one), and in desk mode the current client's in-memory store holds a
//! key made for that client. An earlier version's plaintext key file (app data
//! folder/keys/device.key) is sealed into the store at the first unlock and removed.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Manager, Runtime, State};
use yidi_core::{
    consent::{self, IdNumberView, TextListItem, TextRequest, TextView, VerifyView},
    parse_lang, ApiError, Lang,
};

use super::cases::{now as cases_now, Cases};

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

/// Where earlier versions kept the device key in plain: migrated into the store, then removed.
pub fn legacy_key_path<R: Runtime>(app: &AppHandle<R>) -> Option<PathBuf> {
    app.path().app_data_dir().ok().map(|d| d.join("keys").join("device.key"))
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

/// Signs now with this device's key (unlocked with the store: see the module's note), then reads
/// the record back as a file would be read and verifies it against the same key's public half:
/// the screen shows that verdict, not an assumption.
#[tauri::command]
pub fn consent_sign<R: Runtime>(
    app: AppHandle<R>,
    lang: String,
    request: Value,
    cases: State<'_, Cases>,
) -> Result<Signed, ApiError> {
    let lang = parse_lang(&lang)?;
    let (at, _) = now();
    let record = cases.with_state(|state| consent::sign(&request, &at, state, legacy_key_path(&app).as_deref(), cases_now(), lang))?;
    let here = Path::new("record");
    let text = serde_json::to_string(&record).map_err(|e| consent::file_error(lang, here, &e.to_string()))?;
    let device = device_public_key(&cases, lang).ok_or_else(|| consent::key_locked_error(lang))?;
    let verification = consent::verify_with(&text, Some(&device), lang)?;
    let record = serde_json::from_str(&text).map_err(|e| consent::file_error(lang, here, &e.to_string()))?;
    Ok(Signed { record, verification })
}

/// The open store's device public key (none while it is closed, or before its first signature).
fn device_public_key(cases: &Cases, lang: Lang) -> Option<String> {
    cases.with_state(|state| consent::device_public_key(state, cases_now(), lang))
}

/// Verifies a record file's text; also against this device's key when the store is open and has
/// one (the public half is enough).
#[tauri::command]
pub fn consent_verify(lang: String, text: String, cases: State<'_, Cases>) -> Result<VerifyView, ApiError> {
    let lang = parse_lang(&lang)?;
    consent::verify_with(&text, device_public_key(&cases, lang).as_deref(), lang)
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pdf: String,
    record: String,
    bytes: usize,
    /// Saved in the desk session's folder: print it from the app; "next client" shreds it.
    desk: bool,
}

/// Writes the PDF packet `{form, record, checklist, nextSteps}` and the record beside it: in desk
/// mode into the desk session's folder (shredded and counted by "next client" and the timeout,
/// printed from the app), else in the user's download folder (the app's data folder when there
/// is none).
#[tauri::command]
pub fn consent_save_packet<R: Runtime>(
    app: AppHandle<R>,
    lang: String,
    request: Value,
    cases: State<'_, Cases>,
) -> Result<Saved, ApiError> {
    let lang = parse_lang(&lang)?;
    let (at, today) = now();
    let font = consent::default_font(std::env::var_os("YIDI_CJK_FONT").map(PathBuf::from));
    // Only a record sealed by this device's key is printed here: signing needs the store open,
    // so its key is known whenever there is a record of this device to print.
    let key = device_public_key(&cases, lang).ok_or_else(|| consent::key_locked_error(lang))?;
    let bytes = consent::render_packet(&request, &today, &font, Some(&key), lang)?;
    let (dir, desk) = match cases.desk_folder(lang)? {
        Some(folder) => (folder, true),
        None => match app.path().download_dir() {
            Ok(dir) if dir.is_dir() => (dir, false),
            _ => (data_dir(&app, lang)?.join("packets"), false),
        },
    };
    let saved = consent::save_packet(&dir, &at, &bytes, request.get("record"), lang)?;
    Ok(Saved { pdf: saved.pdf, record: saved.record, bytes: saved.bytes, desk })
}

/// Sends a saved packet to the system's printer (`lp` on Linux and macOS, the PDF handler's
/// print verb on Windows). Only a packet this app saved (a `yidi-consent-*.pdf`) is printed.
#[tauri::command]
pub fn consent_print_packet(lang: String, path: String) -> Result<(), ApiError> {
    let lang = parse_lang(&lang)?;
    let file = PathBuf::from(&path);
    let ours = file.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("yidi-consent-") && n.ends_with(".pdf"));
    if !ours || !file.is_file() {
        return Err(consent::file_error(lang, &file, "not a saved packet"));
    }
    #[cfg(not(windows))]
    let status = std::process::Command::new("lp").arg("--").arg(&file).status();
    #[cfg(windows)]
    let status = std::process::Command::new("powershell")
        .args(["-NoProfile", "-Command", "Start-Process -FilePath $args[0] -Verb Print"])
        .arg(&file)
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(consent::print_error(lang, &file, &s.to_string())),
        Err(e) => Err(consent::print_error(lang, &file, &e.to_string())),
    }
}
