//! People and cases: the people list, switching person, saving and loading cases, reminders,
//! desk mode, and hand-off (export/import files, QR pre-fill).
//!
//! State lives in a [`CaseState`] the shell keeps (behind a mutex, one per app) and the CLI makes
//! for one command: either the personal store (a SQLite file at a path the edge chose) or a desk
//! session (memory only). Every other function takes the [`Store`] it works on, so the personal
//! and desk modes share one code path.
//!
//! Requests are loose JSON with snake_case keys, read with `yidi_domain::input::Object`, each
//! rooted at a path that names its fields in errors: `person.*`, `owner.*`, `case.*`,
//! `export.*`. Views leave in camelCase with every label already in the requested language.
//! Times (`now`) and dates (`as_of`) come from the caller; nothing here reads the clock.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use serde::Serialize;
use serde_json::Value;
use yidi_domain::{
    i18n::{self, Args},
    input::Object,
    FieldError, FilingCategory, Labelled, Lang, WireNames,
};
use yidi_store::{
    desk::{self, DeskSession},
    handoff::{self, ImportAction, Protection},
    Case, CaseInput, CaseSummary, CreateOptions, Identity, Person, PersonInput, Relation,
    Reminder, ReminderKind, Store, StoreError, Unlock, UnlockedBy, WipeReport,
};

use crate::{regions::RegionView, ApiError};

pub use chrono::{NaiveDate, NaiveDateTime};
pub use yidi_store::{desk::DEFAULT_IDLE_MINUTES, KdfParams, KeyStore, MemoryKeyStore, NoKeyring};
#[cfg(feature = "os-keyring")]
pub use yidi_store::OsKeyring;

/// A store error for the API: its code, its field, its message in `lang`.
pub fn api_error(lang: Lang, error: &StoreError) -> ApiError {
    match error {
        StoreError::Field(e) => ApiError::from_field(lang, e),
        other => ApiError {
            code: other.code().to_string(),
            field: other.field().map(str::to_string),
            message: other.message(lang),
        },
    }
}

/// A file the edge could not read or write, as an API error naming the file.
pub fn io_error(lang: Lang, path: &Path, error: &std::io::Error) -> ApiError {
    let e = StoreError::Io { path: path.to_path_buf(), detail: error.to_string() };
    let e = match error.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            StoreError::ReadOnly { path: path.to_path_buf() }
        }
        std::io::ErrorKind::StorageFull => StoreError::DiskFull { path: path.to_path_buf() },
        _ => e,
    };
    api_error(lang, &e)
}

/// A bad request value, as an API error (for the edges' own arguments).
pub fn bad_json(lang: Lang, field: &str) -> ApiError {
    field_error(lang, FieldError::wrong_type(field, "JSON"))
}

/// The UTC time for a Unix timestamp: the edges read the clock, the core takes the result.
pub fn utc_from_unix(seconds: i64) -> Option<NaiveDateTime> {
    chrono::DateTime::from_timestamp(seconds, 0).map(|t| t.naive_utc())
}

fn field_error(lang: Lang, error: FieldError) -> ApiError {
    ApiError::from_field(lang, &error)
}

fn timestamp(now: NaiveDateTime) -> String {
    now.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// Creates a folder (and missing parents) only its owner may open (0700 on Unix).
pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    yidi_store::private::create_dir(dir)
}

/// The platform's keyring when this build has one, else [`NoKeyring`]; either way the store
/// falls back to the passphrase when the keyring cannot answer (a headless Linux).
pub fn os_keystore() -> Box<dyn KeyStore + Send + Sync> {
    #[cfg(feature = "os-keyring")]
    {
        Box::new(yidi_store::OsKeyring)
    }
    #[cfg(not(feature = "os-keyring"))]
    {
        Box::new(NoKeyring)
    }
}

// ---- state ---------------------------------------------------------------------------------

/// What is open: the personal store, a desk session, or nothing yet.
#[derive(Debug, Default)]
pub struct CaseState {
    active: Option<Active>,
}

#[derive(Debug)]
enum Active {
    Personal(Store),
    Desk(DeskSession),
}

/// Which mode is open and how it was unlocked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StoreStatusView {
    /// `personal`, `desk` or `closed`.
    pub mode: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlocked_by: Option<UnlockedBy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unlocked_by_label: Option<String>,
    /// True when the key is (also) in the OS keyring.
    pub keyring: bool,
    pub schema_version: i64,
    /// Desk mode: clients served since the session started.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub clients_served: Option<u32>,
    /// A new recovery code (`XXXXX-XXXXX-…`), present once: right after a store is made with a
    /// passphrase, or after a recovery. Show it, offer to print it, never store it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_code: Option<String>,
}

/// A new recovery code after a passphrase change: the old code opens nothing any more.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecoveryCodeView {
    pub recovery_code: String,
}

/// What a wipe removed, with the sentence to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WipeView {
    #[serde(flatten)]
    pub report: WipeReport,
    pub message: String,
}

impl WipeView {
    fn new(report: WipeReport, lang: Lang) -> Self {
        let count = |n: usize| i64::try_from(n).unwrap_or(i64::MAX);
        let message = i18n::format_or_id(
            lang,
            "case-desk-wiped",
            &Args::new().int("people", count(report.people)).int("cases", count(report.cases)).int("files", count(report.files)),
        );
        WipeView { report, message }
    }
}

/// The passphrase part of a request: `{passphrase?}`.
fn passphrase_of(request: &Value) -> Result<Option<String>, FieldError> {
    let o = Object::new("store", request)?;
    o.deny_unknown(&["passphrase"])?;
    Ok(o.opt_str("passphrase")?.map(str::to_string))
}

impl CaseState {
    pub fn new() -> Self {
        Self::default()
    }

    /// Opens the personal store at `path`, creating it when absent. `request` is
    /// `{passphrase?}`; the keyring is tried first. `kdf` applies to a new store only.
    pub fn open_personal(
        &mut self,
        path: &Path,
        request: &Value,
        keystore: &dyn KeyStore,
        kdf: KdfParams,
        lang: Lang,
    ) -> Result<StoreStatusView, ApiError> {
        self.open_store(path, request, keystore, kdf, true, lang)
    }

    /// Opens the personal store at `path`, which must exist: `store_not_found` otherwise. Every
    /// command but "make a store" uses this, so that a mistyped path is an error rather than a
    /// new, empty store (a `passwd` on it would "succeed").
    pub fn open_existing(
        &mut self,
        path: &Path,
        request: &Value,
        keystore: &dyn KeyStore,
        lang: Lang,
    ) -> Result<StoreStatusView, ApiError> {
        self.open_store(path, request, keystore, KdfParams::default(), false, lang)
    }

    fn open_store(
        &mut self,
        path: &Path,
        request: &Value,
        keystore: &dyn KeyStore,
        kdf: KdfParams,
        create: bool,
        lang: Lang,
    ) -> Result<StoreStatusView, ApiError> {
        let passphrase = passphrase_of(request).map_err(|e| field_error(lang, e))?;
        if !create && !yidi_store::store::store_exists(path) {
            return Err(api_error(lang, &StoreError::NoStore { path: path.to_path_buf() }));
        }
        let mut store = if yidi_store::store::store_exists(path) {
            Store::open(path, Unlock { passphrase: passphrase.as_deref(), keystore })
        } else {
            Store::create(path, CreateOptions { passphrase: passphrase.as_deref(), kdf, keystore })
        }
        .map_err(|e| api_error(lang, &e))?;
        let code = store.take_recovery_code().map(|c| c.to_string());
        self.active = Some(Active::Personal(store));
        Ok(StoreStatusView { recovery_code: code, ..self.status(lang) })
    }

    /// Changes the open personal store's passphrase from the app: `{current, passphrase}`. The
    /// current passphrase is proven against the file first (never the keyring), so someone who
    /// finds the app unlocked cannot lock its owner out; in desk mode there is no passphrase to
    /// change. Then as [`change_passphrase`]: the data key rotates and the new recovery code
    /// comes back, once.
    pub fn change_passphrase_checked(
        &mut self,
        request: &Value,
        keystore: &dyn KeyStore,
        kdf: KdfParams,
        lang: Lang,
    ) -> Result<RecoveryCodeView, ApiError> {
        let store = match &mut self.active {
            Some(Active::Personal(store)) => store,
            Some(Active::Desk(_)) => {
                return Err(field_error(lang, FieldError::custom("store.passphrase", "case-err-desk-no-passphrase", vec![])))
            }
            None => return Err(api_error(lang, &StoreError::NeedPassphrase)),
        };
        let (current, fresh) = (|| -> Result<(String, String), FieldError> {
            let o = Object::new("store", request)?;
            o.deny_unknown(&["current", "passphrase"])?;
            let current =
                o.opt_str("current")?.filter(|p| !p.is_empty()).ok_or_else(|| FieldError::missing("store.current"))?;
            let fresh =
                o.opt_str("passphrase")?.filter(|p| !p.is_empty()).ok_or_else(|| FieldError::missing("store.passphrase"))?;
            Ok((current.to_string(), fresh.to_string()))
        })()
        .map_err(|e| field_error(lang, e))?;
        let path = store.path().to_path_buf();
        match Store::open(&path, Unlock { passphrase: Some(&current), keystore: &yidi_store::NoKeyring }) {
            Ok(_) => {}
            Err(StoreError::WrongPassphrase) => {
                return Err(field_error(lang, FieldError::custom("store.current", "case-err-current-passphrase", vec![])))
            }
            Err(e) => return Err(api_error(lang, &e)),
        }
        let code = store.set_passphrase(&fresh, kdf, keystore).map_err(|e| api_error(lang, &e))?;
        Ok(RecoveryCodeView { recovery_code: code.to_string() })
    }

    /// Forgotten passphrase: opens the personal store at `path` with its recovery code and sets a
    /// new passphrase. `request` is `{recovery_code, passphrase}`; the code may be typed with or
    /// without dashes or spaces, in either case. The data key is rotated and a new recovery code
    /// comes back in the status, once: the old code and the old passphrase open nothing.
    pub fn recover(
        &mut self,
        path: &Path,
        request: &Value,
        keystore: &dyn KeyStore,
        kdf: KdfParams,
        lang: Lang,
    ) -> Result<StoreStatusView, ApiError> {
        let (code, passphrase) = (|| -> Result<(String, String), FieldError> {
            let o = Object::new("store", request)?;
            o.deny_unknown(&["recovery_code", "passphrase"])?;
            let code = o.opt_str("recovery_code")?.filter(|c| !c.trim().is_empty()).ok_or_else(|| FieldError::missing("recovery_code"))?;
            let passphrase = o.opt_str("passphrase")?.filter(|p| !p.is_empty()).ok_or_else(|| FieldError::missing("store.passphrase"))?;
            Ok((code.to_string(), passphrase.to_string()))
        })()
        .map_err(|e| field_error(lang, e))?;
        if !yidi_store::store::store_exists(path) {
            return Err(api_error(lang, &StoreError::NoStore { path: path.to_path_buf() }));
        }
        let (store, new_code) = Store::recover(path, &code, &passphrase, kdf, keystore).map_err(|e| api_error(lang, &e))?;
        self.active = Some(Active::Personal(store));
        Ok(StoreStatusView { recovery_code: Some(new_code.to_string()), ..self.status(lang) })
    }

    /// Starts desk mode: the personal store (if open) is closed, and a session with its own
    /// folder under `temp_root` begins. `idle_minutes` is 1 to 240 (default 10).
    pub fn start_desk(
        &mut self,
        temp_root: &Path,
        now: NaiveDateTime,
        idle_minutes: Option<i64>,
        lang: Lang,
    ) -> Result<StoreStatusView, ApiError> {
        let minutes = idle_minutes.unwrap_or(DEFAULT_IDLE_MINUTES);
        if !(1..=240).contains(&minutes) {
            return Err(field_error(lang, FieldError::out_of_range("desk.idle_minutes", &minutes.to_string(), "1", "240")));
        }
        desk::sweep_leftovers(temp_root).map_err(|e| api_error(lang, &e))?;
        let session =
            DeskSession::start(temp_root, now, chrono::Duration::minutes(minutes)).map_err(|e| api_error(lang, &e))?;
        self.active = Some(Active::Desk(session));
        Ok(self.status(lang))
    }

    /// "Next client": wipes the previous client.
    pub fn next_client(&mut self, now: NaiveDateTime, lang: Lang) -> Result<WipeView, ApiError> {
        match &mut self.active {
            Some(Active::Desk(session)) => {
                session.next_client(now).map(|r| WipeView::new(r, lang)).map_err(|e| api_error(lang, &e))
            }
            _ => Err(not_in_desk_mode(lang)),
        }
    }

    /// The shell calls this on a timer: wipes when the desk has been idle for its timeout.
    pub fn tick(&mut self, now: NaiveDateTime, lang: Lang) -> Result<Option<WipeView>, ApiError> {
        match &mut self.active {
            Some(Active::Desk(session)) => session
                .expire_if_idle(now)
                .map(|r| r.map(|r| WipeView::new(r, lang)))
                .map_err(|e| api_error(lang, &e)),
            _ => Ok(None),
        }
    }

    /// Ends desk mode (wiping), leaving nothing open.
    pub fn end_desk(&mut self, now: NaiveDateTime, lang: Lang) -> Result<WipeView, ApiError> {
        match self.active.take() {
            Some(Active::Desk(session)) => session.end(now).map(|r| WipeView::new(r, lang)).map_err(|e| api_error(lang, &e)),
            other => {
                self.active = other;
                Err(not_in_desk_mode(lang))
            }
        }
    }

    /// A path in the desk session's folder for a generated file (the PDF packet).
    pub fn desk_temp_file(&mut self, name: &str, now: NaiveDateTime, lang: Lang) -> Result<PathBuf, ApiError> {
        match &mut self.active {
            Some(Active::Desk(session)) => session.temp_file(name, now).map_err(|e| api_error(lang, &e)),
            _ => Err(not_in_desk_mode(lang)),
        }
    }

    /// Where generated files of the current client go (the PDF packet and its record): in desk
    /// mode the session's folder, which "next client", the timeout and the end of desk mode shred
    /// and count; `None` outside desk mode (the shell then uses the downloads folder).
    pub fn desk_folder(&mut self, now: NaiveDateTime, lang: Lang) -> Result<Option<PathBuf>, ApiError> {
        match &mut self.active {
            Some(Active::Desk(session)) => {
                // temp_file makes sure the folder exists (it is recreated after a wipe).
                let probe = session.temp_file("packet", now).map_err(|e| api_error(lang, &e))?;
                Ok(probe.parent().map(Path::to_path_buf))
            }
            _ => Ok(None),
        }
    }

    pub fn close(&mut self) {
        self.active = None;
    }

    pub fn status(&self, lang: Lang) -> StoreStatusView {
        let (mode, store, clients) = match &self.active {
            None => ("closed", None, None),
            Some(Active::Personal(store)) => ("personal", Some(store), None),
            Some(Active::Desk(session)) => ("desk", Some(session.peek()), Some(session.clients_served())),
        };
        let unlocked_by = store.map(Store::unlocked_by);
        StoreStatusView {
            mode,
            unlocked_by,
            unlocked_by_label: unlocked_by.map(|u| {
                let id = match u {
                    UnlockedBy::Keyring => "case-unlocked-keyring",
                    UnlockedBy::Passphrase => "case-unlocked-passphrase",
                    UnlockedBy::RecoveryCode => "case-unlocked-recovery-code",
                    UnlockedBy::Ephemeral => "case-unlocked-ephemeral",
                };
                i18n::format_or_id(lang, id, &Args::new())
            }),
            keyring: store.is_some_and(Store::has_keyring_slot),
            schema_version: yidi_store::SCHEMA_VERSION,
            clients_served: clients,
            recovery_code: None,
        }
    }

    /// The open store (personal or the current desk client's); using it counts as desk activity.
    pub fn store(&mut self, now: NaiveDateTime, lang: Lang) -> Result<&mut Store, ApiError> {
        match &mut self.active {
            Some(Active::Personal(store)) => Ok(store),
            Some(Active::Desk(session)) => Ok(session.store(now)),
            None => Err(api_error(lang, &StoreError::NeedPassphrase)),
        }
    }
}

fn not_in_desk_mode(lang: Lang) -> ApiError {
    field_error(lang, FieldError::custom("desk", "case-err-not-in-desk-mode", vec![]))
}

/// Sets a new passphrase for the open personal store: `{passphrase}`. The old one stops working,
/// and the data key is rotated (see `Store::set_passphrase`), so the recovery code is replaced:
/// the new one is returned, to show and print once.
pub fn change_passphrase(
    store: &mut Store,
    request: &Value,
    kdf: KdfParams,
    keystore: &dyn KeyStore,
    lang: Lang,
) -> Result<RecoveryCodeView, ApiError> {
    let passphrase = passphrase_of(request)
        .map_err(|e| field_error(lang, e))?
        .filter(|p| !p.is_empty())
        .ok_or_else(|| field_error(lang, FieldError::missing("store.passphrase")))?;
    let code = store.set_passphrase(&passphrase, kdf, keystore).map_err(|e| api_error(lang, &e))?;
    Ok(RecoveryCodeView { recovery_code: code.to_string() })
}

// ---- people ----------------------------------------------------------------------------------

/// An identity as the UI shows and edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdentityView {
    pub name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// For lists and printouts: 110105********002X.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id_number_masked: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// The first six and the last four characters of an ID number, the rest hidden.
pub fn mask_id_number(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    if chars.len() <= 10 {
        return "*".repeat(chars.len());
    }
    let (head, tail) = (&chars[..6], &chars[chars.len() - 4..]);
    format!("{}{}{}", head.iter().collect::<String>(), "*".repeat(chars.len() - 10), tail.iter().collect::<String>())
}

impl IdentityView {
    fn new(identity: &Identity) -> Self {
        IdentityView {
            name: identity.name.clone(),
            id_number: identity.id_number.clone(),
            id_number_masked: identity.id_number.as_deref().map(mask_id_number),
            phone: identity.phone.clone(),
            signature: identity.signature.clone(),
        }
    }
}

/// One entry of the people list ("me", "mother", "father").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonView {
    pub uid: String,
    pub relation: Relation,
    pub relation_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// What the list shows: the label, else the name, else the relation.
    pub display_name: String,
    /// For "self", the owner identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identity: Option<IdentityView>,
    pub is_owner: bool,
    pub case_count: usize,
    /// 出生日期, read from the ID number (GB 11643 positions 7–14), for the screens that need an
    /// age (retirement, the estimate's age bands) without asking again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Their insurance facts (the UI's situation for them), or none yet: see [`save_facts`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub facts: Option<Value>,
}

/// The birth date an 18-character ID number carries (already checked when it was saved).
pub fn birth_date_of(id_number: &str) -> Option<NaiveDate> {
    id_number.get(6..14).and_then(|d| NaiveDate::parse_from_str(d, "%Y%m%d").ok())
}

fn person_view(store: &Store, person: &Person, lang: Lang) -> Result<PersonView, StoreError> {
    let identity = store.identity_of(person)?;
    let relation_label = person.relation.label(lang);
    let display_name = person
        .label
        .clone()
        .filter(|l| !l.is_empty())
        .or_else(|| identity.as_ref().map(|i| i.name.clone()).filter(|n| !n.is_empty()))
        .unwrap_or_else(|| relation_label.clone());
    Ok(PersonView {
        uid: person.uid.clone(),
        relation: person.relation,
        relation_label,
        label: person.label.clone(),
        display_name,
        identity: identity.as_ref().map(IdentityView::new),
        is_owner: person.relation == Relation::Myself,
        case_count: store.cases(Some(&person.uid))?.len(),
        birth_date: identity.as_ref().and_then(|i| i.id_number.as_deref()).and_then(birth_date_of),
        facts: person.facts.clone(),
    })
}

/// The people list, in order.
pub fn list_people(store: &Store, lang: Lang) -> Result<Vec<PersonView>, ApiError> {
    let people = store.people().map_err(|e| api_error(lang, &e))?;
    people.iter().map(|p| person_view(store, p, lang).map_err(|e| api_error(lang, &e))).collect()
}

/// Adds a person, or updates one when `uid` is given. Request:
/// `{uid?, relation, label?, identity?: {name, id_number?, phone?, signature?}}`.
pub fn save_person(store: &mut Store, request: &Value, now: NaiveDateTime, lang: Lang) -> Result<PersonView, ApiError> {
    let input = PersonInput::from_json("person", request, &["uid"]).map_err(|e| field_error(lang, e))?;
    let uid = Object::new("person", request).and_then(|o| o.opt_str("uid")).map_err(|e| field_error(lang, e))?;
    let at = timestamp(now);
    let person = match uid {
        Some(uid) => store.update_person(uid, &input, &at),
        None => store.add_person(&input, &at),
    }
    .map_err(|e| api_error(lang, &e))?;
    person_view(store, &person, lang).map_err(|e| api_error(lang, &e))
}

pub fn remove_person(store: &mut Store, uid: &str, lang: Lang) -> Result<(), ApiError> {
    store.remove_person(uid).map_err(|e| api_error(lang, &e))
}

/// Saves a person's insurance facts, replacing the previous ones: `facts` is the screens'
/// situation for them (a JSON object; `null` forgets it). Switching person returns them in
/// [`PersonView::facts`], so each person's screens start from their own facts and nobody else's.
pub fn save_facts(store: &mut Store, uid: &str, facts: &Value, now: NaiveDateTime, lang: Lang) -> Result<PersonView, ApiError> {
    let facts = if facts.is_null() { None } else { Some(facts) };
    let person = store.set_facts(uid, facts, &timestamp(now)).map_err(|e| api_error(lang, &e))?;
    person_view(store, &person, lang).map_err(|e| api_error(lang, &e))
}

/// The device user's own identity, if set.
pub fn owner(store: &Store, lang: Lang) -> Result<Option<IdentityView>, ApiError> {
    Ok(store.owner().map_err(|e| api_error(lang, &e))?.as_ref().map(IdentityView::new))
}

/// Sets the owner identity: `{name, id_number?, phone?, signature?}`.
pub fn set_owner(store: &mut Store, request: &Value, now: NaiveDateTime, lang: Lang) -> Result<IdentityView, ApiError> {
    let identity = Identity::from_json("owner", request).map_err(|e| field_error(lang, e))?;
    store.set_owner(&identity, &timestamp(now)).map_err(|e| api_error(lang, &e))?;
    Ok(IdentityView::new(&identity))
}

/// Switching to a person: who they are, their cases, and their reminders as of a date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonOverview {
    pub person: PersonView,
    pub cases: Vec<CaseSummaryView>,
    pub reminders: Vec<ReminderView>,
    /// The proxy identity reused when filing for this person, if it is not "self".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proxy: Option<IdentityView>,
}

pub fn switch_person(store: &Store, uid: &str, as_of: &str, lang: Lang) -> Result<PersonOverview, ApiError> {
    let as_of = parse_as_of(as_of, lang)?;
    let err = |e: StoreError| api_error(lang, &e);
    let person = store.person(uid).map_err(err)?;
    let cases = store.cases(Some(uid)).map_err(err)?;
    let names = display_names(store, lang)?;
    let reminders = yidi_store::reminders::due(&cases, as_of).iter().map(|r| reminder_view(r, &names, lang)).collect();
    let proxy = if person.relation == Relation::Myself {
        None
    } else {
        store.owner().map_err(err)?.as_ref().map(IdentityView::new)
    };
    Ok(PersonOverview {
        person: person_view(store, &person, lang).map_err(err)?,
        cases: cases.iter().map(|c| summary_view(c, lang)).collect(),
        reminders,
        proxy,
    })
}

// ---- cases ----------------------------------------------------------------------------------

/// A case's typed metadata as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseSummaryView {
    pub uid: String,
    pub person_uid: String,
    pub revision: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<FilingCategory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub insured_region: Option<RegionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub destination: Option<RegionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub validity_end: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_from: Option<NaiveDate>,
    pub notify_days: u16,
    pub by_proxy: bool,
    pub document_kinds: Vec<String>,
    pub updated_at: String,
}

/// A document as its producer wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentView {
    pub schema: String,
    pub version: u32,
    pub body: Value,
}

/// A whole case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CaseView {
    #[serde(flatten)]
    pub summary: CaseSummaryView,
    pub documents: BTreeMap<String, DocumentView>,
}

fn region_view(code: &Option<String>, lang: Lang) -> Option<RegionView> {
    code.as_deref().and_then(|c| crate::regions::region(c, "region", lang).ok())
}

fn summary_view(case: &CaseSummary, lang: Lang) -> CaseSummaryView {
    CaseSummaryView {
        uid: case.uid.clone(),
        person_uid: case.person_uid.clone(),
        revision: case.revision,
        category: case.meta.category,
        category_label: case.meta.category.map(|c| c.label(lang)),
        insured_region: region_view(&case.meta.insured_region, lang),
        destination: region_view(&case.meta.destination, lang),
        validity_start: case.meta.validity_start,
        validity_end: case.meta.validity_end,
        change_from: case.meta.change_from,
        notify_days: case.meta.notify_days,
        by_proxy: case.meta.by_proxy,
        document_kinds: case.document_kinds.clone(),
        updated_at: case.updated_at.clone(),
    }
}

fn case_view(case: &Case, lang: Lang) -> CaseView {
    let summary = CaseSummary {
        uid: case.uid.clone(),
        person_uid: case.person_uid.clone(),
        revision: case.revision,
        meta: case.meta.clone(),
        document_kinds: case.documents.keys().cloned().collect(),
        updated_at: case.updated_at.clone(),
    };
    CaseView {
        summary: summary_view(&summary, lang),
        documents: case
            .documents
            .iter()
            .map(|(k, d)| (k.clone(), DocumentView { schema: d.schema.clone(), version: d.version, body: d.body.clone() }))
            .collect(),
    }
}

/// Saves a case. Request: `{uid?, person_uid, expected_revision?, category?, insured_region?,
/// destination?, validity_start?, validity_end?, change_from?, notify_days?, by_proxy?,
/// documents?: {kind: {schema, version, body}}}`. Without `uid`, a new case.
pub fn save_case(store: &mut Store, request: &Value, now: NaiveDateTime, lang: Lang) -> Result<CaseView, ApiError> {
    let input = CaseInput::from_json("case", request, &["uid", "person_uid", "expected_revision"])
        .map_err(|e| field_error(lang, e))?;
    let read = || -> Result<(Option<&str>, &str, Option<i64>), FieldError> {
        let o = Object::new("case", request)?;
        Ok((o.opt_str("uid")?, o.str("person_uid")?, o.opt_int("expected_revision", 1, i64::MAX)?))
    };
    let (uid, person_uid, expected) = read().map_err(|e| field_error(lang, e))?;
    let case = store.save_case(uid, person_uid, expected, &input, &timestamp(now)).map_err(|e| api_error(lang, &e))?;
    Ok(case_view(&case, lang))
}

pub fn load_case(store: &Store, uid: &str, lang: Lang) -> Result<CaseView, ApiError> {
    store.load_case(uid).map(|c| case_view(&c, lang)).map_err(|e| api_error(lang, &e))
}

pub fn list_cases(store: &Store, person_uid: Option<&str>, lang: Lang) -> Result<Vec<CaseSummaryView>, ApiError> {
    Ok(store.cases(person_uid).map_err(|e| api_error(lang, &e))?.iter().map(|c| summary_view(c, lang)).collect())
}

pub fn delete_case(store: &mut Store, uid: &str, lang: Lang) -> Result<(), ApiError> {
    store.delete_case(uid).map_err(|e| api_error(lang, &e))
}

// ---- reminders ------------------------------------------------------------------------------

/// A reminder with its sentence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReminderView {
    #[serde(flatten)]
    pub reminder: Reminder,
    pub person_name: String,
    pub message: String,
}

fn parse_as_of(as_of: &str, lang: Lang) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(as_of.trim(), "%Y-%m-%d")
        .map_err(|_| field_error(lang, FieldError::not_a_date("reminders.as_of", as_of)))
}

fn display_names(store: &Store, lang: Lang) -> Result<BTreeMap<String, String>, ApiError> {
    Ok(list_people(store, lang)?.into_iter().map(|p| (p.uid, p.display_name)).collect())
}

fn reminder_view(r: &Reminder, names: &BTreeMap<String, String>, lang: Lang) -> ReminderView {
    let person = names.get(&r.person_uid).cloned().unwrap_or_default();
    let id = match (r.kind, r.days_left) {
        (ReminderKind::ValidityEnds, 0) => "case-reminder-validity-ends-today",
        (ReminderKind::ValidityEnds, d) if d < 0 => "case-reminder-validity-ended",
        (ReminderKind::ValidityEnds, _) => "case-reminder-validity-ends",
        (ReminderKind::ChangeOpens, 0) => "case-reminder-change-opens-today",
        (ReminderKind::ChangeOpens, _) => "case-reminder-change-opens",
    };
    let args = Args::new()
        .text("person", person.clone())
        .text("date", yidi_domain::format::day(lang, r.date))
        .int("days", r.days_left.abs());
    ReminderView { reminder: r.clone(), person_name: person, message: i18n::format_or_id(lang, id, &args) }
}

/// The reminders due as of a date (YYYY-MM-DD), soonest first: the home screen's list.
pub fn reminders_due(store: &Store, as_of: &str, lang: Lang) -> Result<Vec<ReminderView>, ApiError> {
    let as_of = parse_as_of(as_of, lang)?;
    let names = display_names(store, lang)?;
    let due = store.reminders_due(as_of).map_err(|e| api_error(lang, &e))?;
    Ok(due.iter().map(|r| reminder_view(r, &names, lang)).collect())
}

/// Every reminder still ahead with the day it becomes due (`notifyOn`): what the shell
/// schedules as system notifications.
pub fn reminders_ahead(store: &Store, as_of: &str, lang: Lang) -> Result<Vec<ReminderView>, ApiError> {
    let as_of = parse_as_of(as_of, lang)?;
    let names = display_names(store, lang)?;
    let ahead = store.reminders_ahead(as_of).map_err(|e| api_error(lang, &e))?;
    Ok(ahead.iter().map(|r| reminder_view(r, &names, lang)).collect())
}

// ---- hand-off -------------------------------------------------------------------------------

/// Export request: `{case_uid, passphrase?, plain?}`. A passphrase is required unless
/// `plain: true` says, in so many words, that the file may be read by anyone who gets it.
pub fn export_case(store: &Store, request: &Value, kdf: KdfParams, lang: Lang) -> Result<Vec<u8>, ApiError> {
    let read = || -> Result<(&str, Option<&str>, bool), FieldError> {
        let o = Object::new("export", request)?;
        o.deny_unknown(&["case_uid", "passphrase", "plain"])?;
        Ok((o.str("case_uid")?, o.opt_str("passphrase")?, o.opt_bool("plain")?.unwrap_or(false)))
    };
    let (case_uid, passphrase, plain) = read().map_err(|e| field_error(lang, e))?;
    let protection = match (passphrase, plain) {
        (Some(p), false) => Protection::Passphrase(p, kdf),
        (None, true) => Protection::Plain,
        (Some(_), true) => {
            return Err(field_error(lang, FieldError::custom("export.plain", "case-err-plain-with-passphrase", vec![])))
        }
        (None, false) => return Err(field_error(lang, FieldError::missing("export.passphrase"))),
    };
    store.export_case(case_uid, protection).map_err(|e| api_error(lang, &e))
}

/// Writes an export to `path` (a temporary file, flushed, then renamed: a crash leaves no
/// half-written file under the final name).
pub fn export_case_to(store: &Store, request: &Value, kdf: KdfParams, path: &Path, lang: Lang) -> Result<(), ApiError> {
    let bytes = export_case(store, request, kdf, lang)?;
    handoff::write_file_atomically(path, &bytes).map_err(|e| api_error(lang, &e))
}

/// What an import did, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportView {
    pub person_uid: String,
    pub person: ImportAction,
    pub person_message: String,
    pub case_uid: String,
    pub case: ImportAction,
    pub case_message: String,
}

fn import_view(outcome: handoff::ImportOutcome, lang: Lang) -> ImportView {
    let text = |a: ImportAction| {
        let id = match a {
            ImportAction::Created => "case-import-created",
            ImportAction::Updated => "case-import-updated",
            ImportAction::KeptLocal => "case-import-kept-local",
        };
        i18n::format_or_id(lang, id, &Args::new())
    };
    ImportView {
        person_message: text(outcome.person),
        case_message: text(outcome.case),
        person_uid: outcome.person_uid,
        person: outcome.person,
        case_uid: outcome.case_uid,
        case: outcome.case,
    }
}

/// Imports an export file's bytes; `passphrase` opens an encrypted one.
pub fn import_case(
    store: &mut Store,
    bytes: &[u8],
    passphrase: Option<&str>,
    now: NaiveDateTime,
    lang: Lang,
) -> Result<ImportView, ApiError> {
    store.import_case(bytes, passphrase, &timestamp(now)).map(|o| import_view(o, lang)).map_err(|e| api_error(lang, &e))
}

/// A QR code for pre-filling on another device.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QrView {
    /// What the code says (JSON), also for copy-paste where no camera is at hand.
    pub text: String,
    pub bytes: usize,
    /// An SVG document, dark on white, at least 320 px.
    pub svg: String,
}

pub fn prefill_qr(store: &Store, case_uid: &str, include_name: bool, lang: Lang) -> Result<QrView, ApiError> {
    let text = store.prefill_text(case_uid, include_name).map_err(|e| api_error(lang, &e))?;
    let svg = handoff::qr_svg(&text).map_err(|e| api_error(lang, &e))?;
    Ok(QrView { bytes: text.len(), text, svg })
}

/// Creates a person and a case from a scanned pre-fill text.
pub fn import_prefill(store: &mut Store, text: &str, now: NaiveDateTime, lang: Lang) -> Result<ImportView, ApiError> {
    store.import_prefill(text, &timestamp(now)).map(|o| import_view(o, lang)).map_err(|e| api_error(lang, &e))
}

/// Clears desk-session folders a crash left under `temp_root`; call at start-up.
pub fn sweep_desk_leftovers(temp_root: &Path, lang: Lang) -> Result<usize, ApiError> {
    desk::sweep_leftovers(temp_root).map_err(|e| api_error(lang, &e))
}

/// Relation wire names and labels, for the people editor's choice list.
pub fn relations(lang: Lang) -> Vec<(&'static str, String)> {
    Relation::ALL.iter().map(|r| (r.wire_name(), r.label(lang))).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    fn now() -> NaiveDateTime {
        NaiveDateTime::parse_from_str("2026-03-01 09:00", "%Y-%m-%d %H:%M").unwrap()
    }

    fn open(dir: &Path) -> CaseState {
        let mut state = CaseState::new();
        let status = state
            .open_personal(&dir.join("yidi.db"), &json!({"passphrase": "pw"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)
            .unwrap();
        assert_eq!((status.mode, status.unlocked_by), ("personal", Some(UnlockedBy::Passphrase)));
        state
    }

    #[test]
    fn people_list_switch_and_reminders_speak_the_users_language() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = open(dir.path());
        let store = state.store(now(), Lang::ZhCn).unwrap();
        save_person(store, &json!({"relation": "self", "identity": {"name": "李晓梅", "id_number": "110101199003074477"}}), now(), Lang::ZhCn).unwrap();
        let mother = save_person(store, &json!({"relation": "mother", "label": "妈妈"}), now(), Lang::ZhCn).unwrap();
        let case = save_case(store, &json!({"person_uid": mother.uid, "category": "referral", "destination": "310104",
            "validity_end": "2026-03-31", "by_proxy": true}), now(), Lang::ZhCn).unwrap();
        assert_eq!(case.summary.category_label.as_deref(), Some("异地转诊人员"));

        let people = list_people(store, Lang::EnUs).unwrap();
        assert_eq!(people[0].display_name, "李晓梅", "no label: the name");
        assert_eq!(people[0].identity.as_ref().unwrap().id_number_masked.as_deref(), Some("110101********4477"));
        assert_eq!((people[1].display_name.as_str(), people[1].relation_label.as_str()), ("妈妈", "Mother"));

        let overview = switch_person(store, &mother.uid, "2026-03-25", Lang::ZhCn).unwrap();
        assert_eq!(overview.cases.len(), 1);
        assert_eq!(overview.proxy.as_ref().unwrap().name, "李晓梅", "the proxy identity is the owner's, reused");
        assert_eq!(overview.reminders[0].message, "妈妈的备案将于 2026年3月31日（周二） 到期，还有 6 天。",
            "one way of writing dates: 2026-01-01 was a Thursday, 89 days later (12 weeks + 5 days) a Tuesday");
        let en = reminders_due(store, "2026-03-30", Lang::EnUs).unwrap();
        assert_eq!(en[0].message, "妈妈’s filing ends on Tue 31 Mar 2026, in 1 day.", "singular day");
        let ended = reminders_due(store, "2026-04-02", Lang::EnUs).unwrap();
        assert!(ended[0].message.contains("2 days ago"), "{}", ended[0].message);

        let e = reminders_due(store, "2026-02-30", Lang::ZhCn).unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("not_a_date", Some("reminders.as_of")));
        assert!(e.message.contains("查询日期"), "the field's label is in the message: {}", e.message);
    }

    /// Issue 14, finding 1: in desk mode the consent packet (a name, a full ID number, a phone, a
    /// drawn signature) goes into the session's folder, never the downloads folder, and "next
    /// client" shreds it and counts it in the wipe message.
    #[test]
    fn desk_mode_packets_are_shredded_on_next_client() {
        let temp = tempfile::tempdir().unwrap();
        let downloads = tempfile::tempdir().unwrap();
        let mut state = CaseState::new();
        state.start_desk(temp.path(), now(), None, Lang::ZhCn).unwrap();
        let folder = state.desk_folder(now(), Lang::ZhCn).unwrap().expect("desk mode has a session folder");
        assert!(folder.starts_with(temp.path()) && !folder.starts_with(downloads.path()));
        let record = json!({"payload": {"insured": {"name": "王秀英", "idNumber": "11010519491231002X"}}});
        let saved = crate::consent::save_packet(&folder, "2026-03-01T09:00:00+08:00", "%PDF-1.7 王秀英".as_bytes(), Some(&record), Lang::ZhCn).unwrap();
        assert!(Path::new(&saved.pdf).exists() && Path::new(&saved.record).exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            assert_eq!(std::fs::metadata(&saved.pdf).unwrap().permissions().mode() & 0o777, 0o600, "the packet is private");
        }
        let wiped = state.next_client(now(), Lang::ZhCn).unwrap();
        assert_eq!(wiped.report.files, 2, "the PDF and its record are counted");
        assert!(wiped.message.contains('2'), "the wipe message says how many files: {}", wiped.message);
        assert!(!Path::new(&saved.pdf).exists() && !Path::new(&saved.record).exists(), "both shredded");
        assert_eq!(std::fs::read_dir(downloads.path()).unwrap().count(), 0, "nothing went to the downloads folder");
        // Outside desk mode there is no desk folder: the shell uses the downloads folder.
        state.end_desk(now(), Lang::ZhCn).unwrap();
        assert_eq!(state.desk_folder(now(), Lang::ZhCn).unwrap(), None);
    }

    /// Issue 14, finding 8: `case passwd --db <typo>` must not make a new store and "change" its
    /// passphrase; every command but `init` opens an existing store or says there is none.
    #[test]
    fn a_mistyped_db_path_is_refused_not_created() {
        let dir = tempfile::tempdir().unwrap();
        drop(open(dir.path()));
        let typo = dir.path().join("yidi.bd");
        let mut state = CaseState::new();
        let e = state.open_existing(&typo, &json!({"passphrase": "pw"}), &NoKeyring, Lang::ZhCn).unwrap_err();
        assert_eq!(e.code, "store_not_found");
        assert!(e.message.contains("yidi.bd") && e.message.contains("yidi case init"), "{}", e.message);
        assert!(!typo.exists(), "nothing was created at the mistyped path");
        assert!(state.open_existing(&dir.path().join("yidi.db"), &json!({"passphrase": "pw"}), &NoKeyring, Lang::ZhCn).is_ok());
    }

    /// Contract (b): each person carries their own facts; switching returns theirs only.
    #[test]
    fn each_person_carries_their_own_facts_and_birth_date() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = open(dir.path());
        let store = state.store(now(), Lang::ZhCn).unwrap();
        let mother = save_person(store, &json!({"relation": "mother", "label": "妈妈",
            "identity": {"name": "王秀英", "id_number": "11010519491231002X"}}), now(), Lang::ZhCn).unwrap();
        assert_eq!(mother.birth_date, NaiveDate::from_ymd_opt(1949, 12, 31), "positions 7–14 of 11010519491231002X");
        assert_eq!(mother.facts, None);
        let father = save_person(store, &json!({"relation": "father", "label": "爸爸"}), now(), Lang::ZhCn).unwrap();
        assert_eq!(father.birth_date, None, "no ID number, no birth date");

        let hers = json!({"insuredRegion": "110000", "destination": "420100", "category": "retiree_resettled",
            "scheme": "employee", "workStatus": "retired", "hospital": null});
        let saved = save_facts(store, &mother.uid, &hers, now(), Lang::ZhCn).unwrap();
        assert_eq!(saved.facts.as_ref(), Some(&hers));
        let his = json!({"insuredRegion": "420100", "destination": "310000", "category": "referral"});
        save_facts(store, &father.uid, &his, now(), Lang::ZhCn).unwrap();

        let m = switch_person(store, &mother.uid, "2026-03-01", Lang::ZhCn).unwrap();
        let f = switch_person(store, &father.uid, "2026-03-01", Lang::ZhCn).unwrap();
        assert_eq!(m.person.facts.as_ref(), Some(&hers));
        assert_eq!(f.person.facts.as_ref(), Some(&his), "the father's facts are his own, not the last saved");

        let e = save_facts(store, &father.uid, &json!("referral"), now(), Lang::EnUs).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("person.facts"));
        let e = save_facts(store, "nobody", &his, now(), Lang::EnUs).unwrap_err();
        assert_eq!(e.code, "person_not_found");
        save_facts(store, &father.uid, &Value::Null, now(), Lang::ZhCn).unwrap();
        assert_eq!(list_people(store, Lang::ZhCn).unwrap()[1].facts, None, "null forgets them");
    }

    #[test]
    fn errors_name_the_field_in_the_request() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = open(dir.path());
        let store = state.store(now(), Lang::ZhCn).unwrap();
        let e = save_person(store, &json!({"relation": "mother", "identity": {"name": "王", "id_number": "11010519491231002"}}), now(), Lang::ZhCn)
            .unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("consent-err-id-length", Some("person.identity.id_number")));
        assert!(e.message.contains("身份证号码"), "{}", e.message);
        let e = save_case(store, &json!({"category": "referral"}), now(), Lang::EnUs).unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("missing", Some("case.person_uid")));
        let e = export_case(store, &json!({"case_uid": "x"}), KdfParams::INSECURE_FOR_TESTS, Lang::EnUs).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("export.passphrase"), "no passphrase and no explicit plain: refused");
        let mut locked = CaseState::new();
        let e = locked
            .open_personal(&dir.path().join("yidi.db"), &json!({"passphrase": "nope"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhTw)
            .unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("wrong_passphrase", Some("passphrase")));
        assert!(e.message.contains("密碼不對"), "{}", e.message);
    }

    /// The shell keeps the state behind a mutex shared across threads.
    #[test]
    fn the_state_can_live_in_tauri_managed_state() {
        fn send<T: Send + 'static>() {}
        send::<CaseState>();
        send::<std::sync::Mutex<CaseState>>();
    }

    #[test]
    fn a_changed_passphrase_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = open(dir.path());
        let store = state.store(now(), Lang::ZhCn).unwrap();
        let e = change_passphrase(store, &json!({}), KdfParams::INSECURE_FOR_TESTS, &NoKeyring, Lang::ZhCn).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("store.passphrase"));
        change_passphrase(store, &json!({"passphrase": "新的"}), KdfParams::INSECURE_FOR_TESTS, &NoKeyring, Lang::ZhCn).unwrap();
        state.close();
        let path = dir.path().join("yidi.db");
        let mut again = CaseState::new();
        let old = again.open_personal(&path, &json!({"passphrase": "pw"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn);
        assert_eq!(old.unwrap_err().code, "wrong_passphrase", "the old passphrase no longer opens the store");
        again.open_personal(&path, &json!({"passphrase": "新的"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn).unwrap();
    }

    /// The app's "change passphrase" asks for the current one first: someone who finds the app
    /// open on a shared computer must not be able to lock its owner out. A wrong current
    /// passphrase changes nothing; the right one rotates the key and hands out a new recovery
    /// code; desk mode has no passphrase to change.
    #[test]
    fn changing_the_passphrase_in_the_app_needs_the_current_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        let mut state = open(dir.path());
        let kdf = KdfParams::INSECURE_FOR_TESTS;
        let e = state.change_passphrase_checked(&json!({"current": "猜的", "passphrase": "新的"}), &NoKeyring, kdf, Lang::ZhCn).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("store.current"));
        assert_eq!(e.message, "「现在的密码」不对，密码没有改。");
        let e = state.change_passphrase_checked(&json!({"current": "pw"}), &NoKeyring, kdf, Lang::EnUs).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("store.passphrase"), "the new passphrase is required: {}", e.message);
        let changed = state.change_passphrase_checked(&json!({"current": "pw", "passphrase": "新的"}), &NoKeyring, kdf, Lang::ZhCn).unwrap();
        assert_eq!(changed.recovery_code.len(), 35, "a new recovery code, to print: {}", changed.recovery_code);
        state.close();
        let mut again = CaseState::new();
        let old = again.open_personal(&path, &json!({"passphrase": "pw"}), &NoKeyring, kdf, Lang::ZhCn);
        assert_eq!(old.unwrap_err().code, "wrong_passphrase", "the old passphrase no longer opens the store");
        again.open_personal(&path, &json!({"passphrase": "新的"}), &NoKeyring, kdf, Lang::ZhCn).unwrap();
        again.close();

        let temp = tempfile::tempdir().unwrap();
        let mut desk = CaseState::new();
        desk.start_desk(temp.path(), now(), None, Lang::ZhCn).unwrap();
        let e = desk.change_passphrase_checked(&json!({"current": "pw", "passphrase": "x"}), &NoKeyring, kdf, Lang::ZhCn).unwrap_err();
        assert_eq!(e.message, "「密码」：柜台服务模式没有密码可改。");
    }

    /// Set-up hands out the recovery code once; with it a forgotten passphrase is replaced, and
    /// the change hands out a new code (the old one opens nothing: the key was rotated).
    #[test]
    fn the_recovery_code_from_set_up_opens_the_store_and_sets_a_new_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        let mut state = CaseState::new();
        let made = state.open_personal(&path, &json!({"passphrase": "pw"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn).unwrap();
        let code = made.recovery_code.clone().expect("set-up with a passphrase shows a recovery code");
        assert_eq!(code.len(), 35, "6 groups of 5 and 5 dashes: {code}");
        let store = state.store(now(), Lang::ZhCn).unwrap();
        let mother = save_person(store, &json!({"relation": "mother", "label": "妈妈"}), now(), Lang::ZhCn).unwrap();
        state.close();
        let mut again = CaseState::new();
        assert_eq!(again.status(Lang::ZhCn).recovery_code, None);
        let reopened = again.open_personal(&path, &json!({"passphrase": "pw"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn).unwrap();
        assert_eq!(reopened.recovery_code, None, "an existing store shows no code on opening");
        again.close();

        let wrong = CaseState::new()
            .recover(&path, &json!({"recovery_code": "00000-00000-00000-00000-00000-00000", "passphrase": "新的"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)
            .unwrap_err();
        assert_eq!(wrong.field.as_deref(), Some("recovery_code"));
        assert!(wrong.message.starts_with("「恢复码」"), "{}", wrong.message);

        let mut state = CaseState::new();
        let typed = code.to_lowercase().replace('-', " ");
        let status = state
            .recover(&path, &json!({"recovery_code": typed, "passphrase": "新的"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)
            .unwrap();
        assert_eq!(status.unlocked_by, Some(UnlockedBy::Passphrase), "the new passphrase now holds the key");
        let new_code = status.recovery_code.expect("a recovery issues a new code");
        assert_ne!(new_code, code);
        assert_eq!(list_people(state.store(now(), Lang::ZhCn).unwrap(), Lang::ZhCn).unwrap()[0].uid, mother.uid);
        let changed = change_passphrase(state.store(now(), Lang::ZhCn).unwrap(), &json!({"passphrase": "再换"}), KdfParams::INSECURE_FOR_TESTS, &NoKeyring, Lang::ZhCn).unwrap();
        assert_ne!(changed.recovery_code, new_code, "a passphrase change issues a new code too");
        state.close();
        let stale = CaseState::new()
            .recover(&path, &json!({"recovery_code": new_code, "passphrase": "x"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::EnUs)
            .unwrap_err();
        assert_eq!(stale.field.as_deref(), Some("recovery_code"), "the code before the change opens nothing");
        CaseState::new().open_personal(&path, &json!({"passphrase": "再换"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn).unwrap();
    }

    #[test]
    fn desk_mode_start_next_client_timeout_and_end() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = CaseState::new();
        let status = state.start_desk(dir.path(), now(), Some(5), Lang::ZhCn).unwrap();
        assert_eq!((status.mode, status.unlocked_by), ("desk", Some(UnlockedBy::Ephemeral)));
        let store = state.store(now(), Lang::ZhCn).unwrap();
        save_person(store, &json!({"relation": "father", "identity": {"name": "赵大爷"}}), now(), Lang::ZhCn).unwrap();
        let pdf = state.desk_temp_file("packet.pdf", now(), Lang::ZhCn).unwrap();
        std::fs::write(&pdf, "赵大爷").unwrap();
        let later = now() + chrono::Duration::minutes(4);
        assert_eq!(state.tick(later, Lang::ZhCn).unwrap(), None, "4 minutes idle is under 5");
        let wiped = state.tick(now() + chrono::Duration::minutes(5), Lang::ZhCn).unwrap().unwrap();
        assert_eq!(wiped.message, "已清除上一位的信息：1 人、0 份档案、1 个临时文件。");
        assert!(!pdf.exists());
        assert!(list_people(state.store(later, Lang::ZhCn).unwrap(), Lang::ZhCn).unwrap().is_empty());
        assert_eq!(state.next_client(later, Lang::ZhCn).unwrap().report.people, 0);
        state.end_desk(later, Lang::ZhCn).unwrap();
        assert_eq!(state.status(Lang::ZhCn).mode, "closed");
        assert_eq!(state.next_client(later, Lang::ZhCn).unwrap_err().field.as_deref(), Some("desk"));
        let e = state.start_desk(dir.path(), now(), Some(0), Lang::ZhCn).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("desk.idle_minutes"));
    }
}
