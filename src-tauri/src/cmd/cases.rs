//! Tauri commands for people and cases (issue 7): unlocking the store, the people list, saving
//! and loading cases, reminders (on screen and as one system notification check at start-up),
//! hand-off (export file, import, pre-fill QR) and desk mode.
//!
//! The app keeps one [`CaseState`] behind a mutex. The machine is read here, at the edge: the
//! clock, the data folder (`$YIDI_DATA_DIR`, else the platform's app-data folder), the temp
//! folder (where desk mode keeps its short-lived files) and the downloads folder (exports).
//! `$YIDI_NO_KEYRING=1` skips the OS keyring (tests, shared machines).

use std::{
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex, MutexGuard,
    },
    time::Duration,
};

use serde::Serialize;
use serde_json::Value;
use tauri::{AppHandle, Emitter, Manager, Runtime, State, Webview};
use yidi_core::{
    cases::{
        self, CaseState, CaseView, ImportView, KdfParams, KeyStore, NoKeyring, PersonOverview, PersonView, QrView,
        RecoveryCodeView, ReminderView, StoreStatusView, WipeView,
    },
    parse_lang, text, ApiError, Lang,
};

/// The event the shell sends when the desk's inactivity timeout wiped the client.
pub const DESK_WIPED_EVENT: &str = "desk-wiped";

/// The app's case state and the folders it works in.
#[derive(Debug)]
pub struct Cases {
    state: Mutex<CaseState>,
    data_dir: PathBuf,
    temp_root: PathBuf,
    notified: AtomicBool,
}

impl Cases {
    /// `data_dir`: `$YIDI_DATA_DIR` when set, else the platform's app-data folder.
    pub fn new(app_data_dir: Option<PathBuf>) -> Self {
        let data_dir = std::env::var_os("YIDI_DATA_DIR")
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
            .or(app_data_dir)
            .unwrap_or_else(|| std::env::temp_dir().join("yidi-data"));
        Cases { state: Mutex::new(CaseState::new()), data_dir, temp_root: std::env::temp_dir(), notified: AtomicBool::new(false) }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, CaseState> {
        // A panic elsewhere while holding the lock leaves the state usable: every core call is
        // one transaction, so there is nothing half-done to protect.
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// In desk mode, the session's folder for the client's generated files (the consent packet).
    pub fn desk_folder(&self, lang: Lang) -> Result<Option<PathBuf>, ApiError> {
        self.lock().desk_folder(now(), lang)
    }

    /// Runs `f` on the case state (the consent commands: the device key is in the store).
    pub fn with_state<T>(&self, f: impl FnOnce(&mut CaseState) -> T) -> T {
        f(&mut self.lock())
    }

    /// The data folder (`$YIDI_DATA_DIR`, else the app's data folder).
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    fn db_path(&self) -> PathBuf {
        self.data_dir.join("yidi.db")
    }
}

pub(crate) fn now() -> cases::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// Today where the person is: reminders count days on their calendar, not UTC's.
fn today() -> String {
    chrono::Local::now().date_naive().format("%Y-%m-%d").to_string()
}

fn keystore() -> Box<dyn KeyStore + Send + Sync> {
    if std::env::var("YIDI_NO_KEYRING").is_ok_and(|v| v == "1") {
        Box::new(NoKeyring)
    } else {
        cases::os_keystore()
    }
}

/// Where the store stands: open or not, and whether the unlock screen creates or opens it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StatusView {
    #[serde(flatten)]
    pub status: StoreStatusView,
    /// False on first run: the screen asks for a new passphrase (twice).
    pub store_exists: bool,
}

fn status_view(cases: &Cases, state: &CaseState, lang: Lang) -> StatusView {
    StatusView { status: state.status(lang), store_exists: yidi_store_exists(&cases.db_path()) }
}

fn yidi_store_exists(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.len() > 0)
}

#[tauri::command]
pub fn case_status(lang: String, cases: State<'_, Cases>) -> Result<StatusView, ApiError> {
    let lang = parse_lang(&lang)?;
    let state = cases.lock();
    Ok(status_view(&cases, &state, lang))
}

/// Opens (or on first run creates) the personal store: the keyring first, then `{passphrase}`.
/// After the first unlock, due reminders are raised once as system notifications.
#[tauri::command]
pub fn case_unlock<R: Runtime>(
    app: AppHandle<R>,
    lang: String,
    request: Value,
    cases: State<'_, Cases>,
) -> Result<StatusView, ApiError> {
    let lang = parse_lang(&lang)?;
    yidi_core::cases::create_private_dir(&cases.data_dir).map_err(|e| cases::io_error(lang, &cases.data_dir, &e))?;
    let mut state = cases.lock();
    let opened = state.open_personal(&cases.db_path(), &request, keystore().as_ref(), KdfParams::default(), lang)?;
    // The device signing key lives in the store: an earlier version's plaintext key file is
    // sealed into it now, at the first unlock, and removed. A failure here (an unreadable file)
    // does not keep the records closed; signing reports it in words.
    if let Err(e) = yidi_core::consent::device_key(&mut state, super::consent::legacy_key_path(&app).as_deref(), now(), lang) {
        eprintln!("yidi-app: device signing key: {}", e.message);
    }
    if !cases.notified.swap(true, Ordering::SeqCst) {
        if let Ok(store) = state.store(now(), lang) {
            if let Ok(due) = cases::reminders_due(store, &today(), lang) {
                notify(&app, &due, lang);
            }
        }
    }
    // A new store's recovery code travels once, in this answer.
    Ok(StatusView { status: opened, ..status_view(&cases, &state, lang) })
}

/// Forgotten passphrase: `{recovery_code, passphrase}` opens the store with the code printed at
/// set-up and sets the new passphrase; the answer carries the new recovery code, once.
#[tauri::command]
pub fn case_recover(lang: String, request: Value, cases: State<'_, Cases>) -> Result<StatusView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    let recovered = state.recover(&cases.db_path(), &request, keystore().as_ref(), KdfParams::default(), lang)?;
    Ok(StatusView { status: recovered, ..status_view(&cases, &state, lang) })
}

/// Changes the passphrase of the open personal store: `{current, passphrase}`. The current one is
/// checked against the file first; the answer carries the new recovery code, once.
#[tauri::command]
pub fn case_change_passphrase(lang: String, request: Value, cases: State<'_, Cases>) -> Result<RecoveryCodeView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    state.change_passphrase_checked(&request, keystore().as_ref(), KdfParams::default(), lang)
}

/// One system notification per due reminder. Where notifications cannot be shown (no
/// notification service, as on a headless machine), the home screen's panel still has them.
/// Shown from a thread of its own: on Linux each is a D-Bus call that waits for the server.
fn notify<R: Runtime>(app: &AppHandle<R>, due: &[ReminderView], lang: Lang) {
    if due.is_empty() {
        return;
    }
    let title = text::ui_message(lang, "ui-case-notify-title").unwrap_or_default();
    let messages: Vec<String> = due.iter().map(|r| r.message.clone()).collect();
    // macOS and Windows attribute a notification to the app by its identifier; D-Bus needs none.
    #[cfg(any(windows, target_os = "macos"))]
    let identifier = app.config().identifier.clone();
    #[cfg(not(any(windows, target_os = "macos")))]
    let _ = app;
    let shown = std::thread::Builder::new().name("notify".into()).spawn(move || {
        #[cfg(target_os = "macos")]
        let _ = notify_rust::set_application(&identifier);
        for message in messages {
            let mut notification = notify_rust::Notification::new();
            notification.summary(&title).body(&message).auto_icon();
            #[cfg(windows)]
            notification.app_id(&identifier);
            if let Err(e) = notification.show() {
                eprintln!("yidi-app: no system notification ({e}); the reminder is on the home screen");
                return;
            }
        }
    });
    if let Err(e) = shown {
        eprintln!("yidi-app: no system notification ({e}); the reminder is on the home screen");
    }
}

#[tauri::command]
pub fn case_relations(lang: String) -> Result<Vec<(&'static str, String)>, ApiError> {
    Ok(cases::relations(parse_lang(&lang)?))
}

#[tauri::command]
pub fn case_people(lang: String, cases: State<'_, Cases>) -> Result<Vec<PersonView>, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::list_people(state.store(now(), lang)?, lang)
}

#[tauri::command]
pub fn case_save_person(lang: String, request: Value, cases: State<'_, Cases>) -> Result<PersonView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::save_person(state.store(now(), lang)?, &request, now(), lang)
}

/// Saves the current person's facts (the screens' situation for them; `null` forgets them).
#[tauri::command]
pub fn case_save_facts(lang: String, uid: String, facts: Value, cases: State<'_, Cases>) -> Result<PersonView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::save_facts(state.store(now(), lang)?, &uid, &facts, now(), lang)
}

#[tauri::command]
pub fn case_remove_person(lang: String, uid: String, cases: State<'_, Cases>) -> Result<(), ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::remove_person(state.store(now(), lang)?, &uid, lang)
}

#[tauri::command]
pub fn case_switch_person(lang: String, uid: String, cases: State<'_, Cases>) -> Result<PersonOverview, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::switch_person(state.store(now(), lang)?, &uid, &today(), lang)
}

#[tauri::command]
pub fn case_save(lang: String, request: Value, cases: State<'_, Cases>) -> Result<CaseView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::save_case(state.store(now(), lang)?, &request, now(), lang)
}

#[tauri::command]
pub fn case_load(lang: String, uid: String, cases: State<'_, Cases>) -> Result<CaseView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::load_case(state.store(now(), lang)?, &uid, lang)
}

#[tauri::command]
pub fn case_delete(lang: String, uid: String, cases: State<'_, Cases>) -> Result<(), ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::delete_case(state.store(now(), lang)?, &uid, lang)
}

/// The home screen's reminders; none (not an error) while the store is locked.
#[tauri::command]
pub fn case_reminders(lang: String, cases: State<'_, Cases>) -> Result<Vec<ReminderView>, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    if state.status(lang).mode == "closed" {
        return Ok(Vec::new());
    }
    cases::reminders_due(state.store(now(), lang)?, &today(), lang)
}

/// Where an export went.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExportedView {
    pub path: String,
}

/// Exports a case (`{case_uid, passphrase?, plain?}`) into the downloads folder. The file name
/// carries the case number and the date, never a name.
#[tauri::command]
pub fn case_export<R: Runtime>(
    app: AppHandle<R>,
    lang: String,
    request: Value,
    cases: State<'_, Cases>,
) -> Result<ExportedView, ApiError> {
    let lang = parse_lang(&lang)?;
    let case_uid = request.get("case_uid").and_then(Value::as_str).unwrap_or("case").chars().filter(char::is_ascii_alphanumeric).collect::<String>();
    let folder = app.path().download_dir().unwrap_or_else(|_| cases.data_dir.clone());
    std::fs::create_dir_all(&folder).map_err(|e| cases::io_error(lang, &folder, &e))?;
    let path = folder.join(format!("yidi-{case_uid}-{}.yidicase", today()));
    let mut state = cases.lock();
    cases::export_case_to(state.store(now(), lang)?, &request, KdfParams::default(), &path, lang)?;
    Ok(ExportedView { path: path.display().to_string() })
}

/// Imports an export file's bytes (read by the web view from the file the person picked).
#[tauri::command]
pub fn case_import(
    lang: String,
    bytes: Vec<u8>,
    passphrase: Option<String>,
    cases: State<'_, Cases>,
) -> Result<ImportView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    let passphrase = passphrase.filter(|p| !p.is_empty());
    cases::import_case(state.store(now(), lang)?, &bytes, passphrase.as_deref(), now(), lang)
}

#[tauri::command]
pub fn case_qr(lang: String, uid: String, include_name: bool, cases: State<'_, Cases>) -> Result<QrView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    cases::prefill_qr(state.store(now(), lang)?, &uid, include_name, lang)
}

/// Starts desk mode: the personal store closes; the client's data lives in memory only.
#[tauri::command]
pub fn case_desk_start(lang: String, idle_minutes: Option<i64>, cases: State<'_, Cases>) -> Result<StatusView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    state.start_desk(&cases.temp_root, now(), idle_minutes, lang)?;
    Ok(status_view(&cases, &state, lang))
}

/// "Next client": the core wipes memory and temp files; the web view's stored data goes too
/// (the UI puts back its display preferences, which are not personal).
#[tauri::command]
pub fn case_desk_next<R: Runtime>(webview: Webview<R>, lang: String, cases: State<'_, Cases>) -> Result<WipeView, ApiError> {
    let lang = parse_lang(&lang)?;
    let wiped = cases.lock().next_client(now(), lang)?;
    clear_web_data(&webview);
    Ok(wiped)
}

/// Ends desk mode (wiping); the personal store stays closed until unlocked again.
#[tauri::command]
pub fn case_desk_end<R: Runtime>(webview: Webview<R>, lang: String, cases: State<'_, Cases>) -> Result<StatusView, ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    state.end_desk(now(), lang)?;
    clear_web_data(&webview);
    Ok(status_view(&cases, &state, lang))
}

/// The UI reports input (throttled): the desk is in use, so the inactivity timeout restarts.
#[tauri::command]
pub fn case_desk_activity(lang: String, cases: State<'_, Cases>) -> Result<(), ApiError> {
    let lang = parse_lang(&lang)?;
    let mut state = cases.lock();
    if state.status(lang).mode == "desk" {
        state.store(now(), lang)?;
    }
    Ok(())
}

fn clear_web_data<R: Runtime>(webview: &Webview<R>) {
    if let Err(e) = webview.clear_all_browsing_data() {
        eprintln!("yidi-app: could not clear the web view's data: {e}");
    }
}

/// Start-up: clears desk folders a crash left behind, then ticks the desk every 15 seconds; when
/// the inactivity timeout wipes the client, the web view's data is cleared and the UI told.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let cases = app.state::<Cases>();
    if let Err(e) = cases::sweep_desk_leftovers(&cases.temp_root, Lang::default()) {
        eprintln!("yidi-app: could not clear old desk folders: {}", e.message);
    }
    let app = app.clone();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(15));
        let cases = app.state::<Cases>();
        let wiped = cases.lock().tick(now(), Lang::default());
        match wiped {
            Ok(Some(wipe)) => {
                for window in app.webview_windows().values() {
                    if let Err(e) = window.clear_all_browsing_data() {
                        eprintln!("yidi-app: could not clear the web view's data: {e}");
                    }
                }
                let _ = app.emit(DESK_WIPED_EVENT, wipe);
            }
            Ok(None) => {}
            Err(e) => eprintln!("yidi-app: desk timeout: {}", e.message),
        }
    });
}
