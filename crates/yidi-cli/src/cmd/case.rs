//! `yidi case …`: people, cases, reminders, hand-off and desk mode over `yidi_core::cases`.
//!
//! The store is the file given by `--db`, else `$YIDI_DB`, else `yidi/yidi.db` under
//! `$XDG_DATA_HOME` (or `~/.local/share`). Passphrases never go on the command line, where other
//! users can read them in the process list: the store's comes from `$YIDI_PASSPHRASE` or
//! `--passphrase-file`, an export file's from `$YIDI_EXPORT_PASSPHRASE` or
//! `--export-passphrase-file`. The OS keyring is tried first unless `--no-keyring`.

use std::{
    io::Read,
    path::{Path, PathBuf},
};

use clap::{Args, Subcommand};
use serde_json::{json, Value};
use yidi_core::{
    cases::{self, CaseState, KdfParams, KeyStore, NaiveDateTime, NoKeyring},
    ApiError, Lang,
};

use crate::output::json as to_json;

/// Which store, and how to unlock it: shared by `yidi case` and the `yidi consent` commands that
/// need the device signing key (kept inside the store).
#[derive(Debug, Args)]
pub struct StoreArgs {
    /// The store file. Default: $YIDI_DB, else $XDG_DATA_HOME/yidi/yidi.db (~/.local/share/…).
    #[arg(long, global = true)]
    pub db: Option<PathBuf>,
    /// A file whose first line is the store's passphrase (else $YIDI_PASSPHRASE).
    #[arg(long, global = true)]
    pub passphrase_file: Option<PathBuf>,
    /// Do not use the OS keyring; the passphrase alone unlocks the store.
    #[arg(long, global = true)]
    pub no_keyring: bool,
}

impl StoreArgs {
    pub fn db(&self) -> PathBuf {
        self.db.clone().unwrap_or_else(default_db)
    }

    /// Opens the existing store as every `case` command but `init` does: the keyring first, then
    /// the passphrase; a path without a store is an error, never a new store.
    pub fn open_existing(&self, state: &mut CaseState, lang: Lang) -> Result<cases::StoreStatusView, ApiError> {
        let passphrase = secret(self.passphrase_file.as_deref(), "YIDI_PASSPHRASE", lang)?;
        state.open_existing(&self.db(), &json!({"passphrase": passphrase}), keystore(self.no_keyring).as_ref(), lang)
    }
}

#[derive(Debug, Args)]
pub struct CaseArgs {
    #[command(flatten)]
    store: StoreArgs,
    #[command(subcommand)]
    command: CaseCommand,
}

#[derive(Debug, Subcommand)]
pub enum CaseCommand {
    /// Create the store (or open it, if it exists) and show how it was unlocked.
    Init,
    /// Set a new passphrase, read from --new-passphrase-file or $YIDI_NEW_PASSPHRASE.
    Passwd {
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
    /// Forgotten passphrase: open with the recovery code printed at set-up (from
    /// --recovery-code-file or $YIDI_RECOVERY_CODE) and set a new passphrase (from
    /// --new-passphrase-file or $YIDI_NEW_PASSPHRASE). Prints the new recovery code.
    Recover {
        #[arg(long)]
        recovery_code_file: Option<PathBuf>,
        #[arg(long)]
        new_passphrase_file: Option<PathBuf>,
    },
    /// The people on this device.
    People,
    /// Add, update or remove a person.
    #[command(subcommand)]
    Person(PersonCommand),
    /// Switch to a person: who they are, their cases, their reminders.
    Switch {
        uid: String,
        /// YYYY-MM-DD; default today (UTC).
        #[arg(long)]
        as_of: Option<String>,
    },
    /// The device user's own identity, reused when filing for others.
    #[command(subcommand)]
    Owner(OwnerCommand),
    /// Save a case from JSON (`-` for stdin): {uid?, person_uid, expected_revision?, …}.
    Save {
        #[arg(long)]
        json: PathBuf,
    },
    /// One case with its documents.
    Show { uid: String },
    /// Cases, of one person or of everyone.
    List {
        #[arg(long)]
        person: Option<String>,
    },
    /// Delete a case.
    Delete { uid: String },
    /// Reminders due as of a date; with --ahead, every reminder still to come.
    Reminders {
        #[arg(long)]
        as_of: Option<String>,
        #[arg(long)]
        ahead: bool,
    },
    /// Export a case to a file: encrypted with the export passphrase, or --plain.
    Export {
        uid: String,
        #[arg(long)]
        out: PathBuf,
        /// Write the file unencrypted: anyone who gets it can read ID numbers and signatures.
        #[arg(long)]
        plain: bool,
        /// A file whose first line is the export passphrase (else $YIDI_EXPORT_PASSPHRASE).
        #[arg(long)]
        export_passphrase_file: Option<PathBuf>,
    },
    /// Import an exported case file.
    Import {
        file: PathBuf,
        #[arg(long)]
        export_passphrase_file: Option<PathBuf>,
    },
    /// A QR code to pre-fill on another device: no ID or phone numbers.
    Qr {
        uid: String,
        /// Write the SVG here; the JSON output carries the text either way.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Put the insured person's name in the code.
        #[arg(long)]
        with_name: bool,
    },
    /// Create a person and a case from a scanned pre-fill text.
    ImportQr {
        #[arg(long, conflicts_with = "file", required_unless_present = "file")]
        text: Option<String>,
        #[arg(long)]
        file: Option<PathBuf>,
    },
    /// One desk-mode visit: load a client's file or pre-fill into memory, optionally keep it
    /// for them (export), then wipe. Nothing is written to the store.
    Desk {
        /// The session's temporary folder goes under here.
        #[arg(long)]
        temp_root: PathBuf,
        /// An export file or a pre-fill text file.
        #[arg(long)]
        input: PathBuf,
        /// Export the client's case here before the wipe (to their USB stick).
        #[arg(long)]
        keep: Option<PathBuf>,
        /// Keep without encryption.
        #[arg(long)]
        plain: bool,
        #[arg(long)]
        export_passphrase_file: Option<PathBuf>,
    },
    /// Remove what crashed desk sessions left under a temporary folder.
    DeskSweep {
        #[arg(long)]
        temp_root: PathBuf,
    },
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person from JSON: {relation, label?, identity?: {name, id_number?, phone?}}.
    Add {
        #[arg(long)]
        json: PathBuf,
    },
    /// Replace a person's relation, label and identity.
    Update {
        uid: String,
        #[arg(long)]
        json: PathBuf,
    },
    /// Remove a person and all their cases.
    Remove { uid: String },
}

#[derive(Debug, Subcommand)]
pub enum OwnerCommand {
    Show,
    /// Set from JSON: {name, id_number?, phone?, signature?}.
    Set {
        #[arg(long)]
        json: PathBuf,
    },
}

pub fn now() -> NaiveDateTime {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(0))
        .unwrap_or(0);
    cases::utc_from_unix(secs).unwrap_or_default()
}

fn today() -> String {
    now().date().to_string()
}

fn default_db() -> PathBuf {
    if let Some(db) = std::env::var_os("YIDI_DB") {
        return PathBuf::from(db);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("yidi").join("yidi.db")
}

fn read_bytes(path: &Path, lang: Lang) -> Result<Vec<u8>, ApiError> {
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(|e| cases::io_error(lang, path, &e))?;
        return Ok(buf);
    }
    std::fs::read(path).map_err(|e| cases::io_error(lang, path, &e))
}

fn read_json(path: &Path, lang: Lang) -> Result<Value, ApiError> {
    let bytes = read_bytes(path, lang)?;
    let text = std::str::from_utf8(&bytes).map_err(|_| cases::bad_json(lang, "(document)"))?;
    yidi_core::read_json_text(text, "(document)", lang)
}

/// The first line of the file, or the environment variable.
fn secret(file: Option<&Path>, env: &str, lang: Lang) -> Result<Option<String>, ApiError> {
    match file {
        Some(path) => {
            let text = String::from_utf8_lossy(&read_bytes(path, lang)?).into_owned();
            Ok(Some(text.lines().next().unwrap_or("").to_string()))
        }
        None => Ok(std::env::var(env).ok()),
    }
}

fn keystore(no_keyring: bool) -> Box<dyn KeyStore + Send + Sync> {
    if no_keyring { Box::new(NoKeyring) } else { cases::os_keystore() }
}

pub fn run(args: &CaseArgs, lang: Lang) -> Result<Value, ApiError> {
    // Commands that need no store.
    match &args.command {
        CaseCommand::DeskSweep { temp_root } => {
            return to_json(&json!({"files": cases::sweep_desk_leftovers(temp_root, lang)?}));
        }
        CaseCommand::Desk { temp_root, input, keep, plain, export_passphrase_file } => {
            let export_pass = secret(export_passphrase_file.as_deref(), "YIDI_EXPORT_PASSPHRASE", lang)?;
            return desk_visit(temp_root, input, keep.as_deref(), *plain, export_pass, lang);
        }
        _ => {}
    }
    let db = args.store.db();
    let keys = keystore(args.store.no_keyring);
    let mut state = CaseState::new();
    if let CaseCommand::Recover { recovery_code_file, new_passphrase_file } = &args.command {
        let code = secret(recovery_code_file.as_deref(), "YIDI_RECOVERY_CODE", lang)?;
        let new = secret(new_passphrase_file.as_deref(), "YIDI_NEW_PASSPHRASE", lang)?;
        let request = json!({"recovery_code": code, "passphrase": new});
        let status = state.recover(&db, &request, keys.as_ref(), KdfParams::default(), lang)?;
        return to_json(&json!({"db": db, "status": status}));
    }
    let status = match &args.command {
        CaseCommand::Init => {
            let passphrase = secret(args.store.passphrase_file.as_deref(), "YIDI_PASSPHRASE", lang)?;
            state.open_personal(&db, &json!({"passphrase": passphrase}), keys.as_ref(), KdfParams::default(), lang)?
        }
        // Any other command on a path without a store is a mistyped --db, not a new store.
        _ => args.store.open_existing(&mut state, lang)?,
    };
    let now = now();
    let store = state.store(now, lang)?;
    match &args.command {
        CaseCommand::Init => to_json(&json!({"db": db, "status": status})),
        CaseCommand::Passwd { new_passphrase_file } => {
            let new = secret(new_passphrase_file.as_deref(), "YIDI_NEW_PASSPHRASE", lang)?;
            let code = cases::change_passphrase(store, &json!({"passphrase": new}), KdfParams::default(), keys.as_ref(), lang)?;
            to_json(&json!({"db": db, "changed": true, "recoveryCode": code.recovery_code}))
        }
        CaseCommand::People => to_json(&cases::list_people(store, lang)?),
        CaseCommand::Person(PersonCommand::Add { json }) => {
            to_json(&cases::save_person(store, &read_json(json, lang)?, now, lang)?)
        }
        CaseCommand::Person(PersonCommand::Update { uid, json }) => {
            let mut request = read_json(json, lang)?;
            if let Value::Object(map) = &mut request {
                map.insert("uid".into(), Value::from(uid.clone()));
            }
            to_json(&cases::save_person(store, &request, now, lang)?)
        }
        CaseCommand::Person(PersonCommand::Remove { uid }) => {
            cases::remove_person(store, uid, lang)?;
            to_json(&json!({"removed": uid}))
        }
        CaseCommand::Switch { uid, as_of } => {
            to_json(&cases::switch_person(store, uid, as_of.clone().unwrap_or_else(today).as_str(), lang)?)
        }
        CaseCommand::Owner(OwnerCommand::Show) => to_json(&cases::owner(store, lang)?),
        CaseCommand::Owner(OwnerCommand::Set { json }) => to_json(&cases::set_owner(store, &read_json(json, lang)?, now, lang)?),
        CaseCommand::Save { json } => to_json(&cases::save_case(store, &read_json(json, lang)?, now, lang)?),
        CaseCommand::Show { uid } => to_json(&cases::load_case(store, uid, lang)?),
        CaseCommand::List { person } => to_json(&cases::list_cases(store, person.as_deref(), lang)?),
        CaseCommand::Delete { uid } => {
            cases::delete_case(store, uid, lang)?;
            to_json(&json!({"deleted": uid}))
        }
        CaseCommand::Reminders { as_of, ahead } => {
            let as_of = as_of.clone().unwrap_or_else(today);
            if *ahead {
                to_json(&cases::reminders_ahead(store, &as_of, lang)?)
            } else {
                to_json(&cases::reminders_due(store, &as_of, lang)?)
            }
        }
        CaseCommand::Export { uid, out, plain, export_passphrase_file } => {
            let pass = secret(export_passphrase_file.as_deref(), "YIDI_EXPORT_PASSPHRASE", lang)?;
            let request = export_request(uid, pass, *plain);
            cases::export_case_to(store, &request, KdfParams::default(), out, lang)?;
            to_json(&json!({"caseUid": uid, "file": out, "encrypted": !plain}))
        }
        CaseCommand::Import { file, export_passphrase_file } => {
            let pass = secret(export_passphrase_file.as_deref(), "YIDI_EXPORT_PASSPHRASE", lang)?;
            to_json(&cases::import_case(store, &read_bytes(file, lang)?, pass.as_deref(), now, lang)?)
        }
        CaseCommand::Qr { uid, out, with_name } => {
            let qr = cases::prefill_qr(store, uid, *with_name, lang)?;
            if let Some(out) = out {
                std::fs::write(out, &qr.svg).map_err(|e| cases::io_error(lang, out, &e))?;
            }
            to_json(&json!({"text": qr.text, "bytes": qr.bytes, "svgFile": out}))
        }
        CaseCommand::ImportQr { text, file } => {
            let text = match (text, file) {
                (Some(t), _) => t.clone(),
                (None, Some(f)) => String::from_utf8_lossy(&read_bytes(f, lang)?).into_owned(),
                (None, None) => String::new(),
            };
            to_json(&cases::import_prefill(store, &text, now, lang)?)
        }
        CaseCommand::Desk { .. } | CaseCommand::DeskSweep { .. } | CaseCommand::Recover { .. } => to_json(&Value::Null),
    }
}

fn export_request(uid: &str, passphrase: Option<String>, plain: bool) -> Value {
    let mut request = json!({"case_uid": uid});
    if plain {
        request["plain"] = Value::from(true);
    } else if let Some(p) = passphrase {
        request["passphrase"] = Value::from(p);
    }
    request
}

fn desk_visit(
    temp_root: &Path,
    input: &Path,
    keep: Option<&Path>,
    plain: bool,
    export_pass: Option<String>,
    lang: Lang,
) -> Result<Value, ApiError> {
    let now = now();
    let mut state = CaseState::new();
    let status = state.start_desk(temp_root, now, None, lang)?;
    let bytes = read_bytes(input, lang)?;
    let result = (|| -> Result<Value, ApiError> {
        let store = state.store(now, lang)?;
        let text = String::from_utf8_lossy(&bytes);
        let imported = if text.contains("\"yidi-prefill\"") {
            cases::import_prefill(store, &text, now, lang)?
        } else {
            cases::import_case(store, &bytes, export_pass.as_deref(), now, lang)?
        };
        let case = cases::load_case(store, &imported.case_uid, lang)?;
        if let Some(keep) = keep {
            cases::export_case_to(store, &export_request(&imported.case_uid, export_pass.clone(), plain), KdfParams::default(), keep, lang)?;
        }
        Ok(json!({"case": case, "kept": keep}))
    })();
    // The wipe runs whatever happened above.
    let wipe = state.end_desk(now, lang)?;
    let mut out = result?;
    out["status"] = to_json(&status)?;
    out["wipe"] = to_json(&wipe)?;
    Ok(out)
}
