//! The store: one SQLite file (or, in desk mode, memory) holding people and cases.
//!
//! Durability and atomicity come from SQLite itself: every save is one transaction, the rollback
//! journal is on (`journal_mode=DELETE`) and `synchronous=FULL` makes SQLite flush the journal and
//! the database at each commit, so a crash or a kill at any moment leaves either the old case or
//! the new one (see `tests/crash.rs`). A rollback journal rather than WAL because a read-only
//! folder then still allows reading, there are no `-wal`/`-shm` files to carry along, and one user
//! on one device never needs WAL's concurrent readers. `secure_delete=ON` overwrites deleted
//! content in the file, so removing a person does not leave their rows in free pages.
//!
//! Personal fields (names, ID numbers, phones, signatures, the labels people are given, and the
//! case documents, which may quote any of these) are sealed with the data key (see [`crate::crypto`]).
//! What stays in clear is what reminders and lists need without the key: relations, filing
//! category, region codes and dates.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
};

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;
use yidi_domain::{FieldError, FilingCategory, NaiveDate, WireNames};
use zeroize::Zeroizing;

use crate::{
    crypto::{self, DataKey, KdfParams},
    error::{Result, StoreError},
    keystore::KeyStore,
    model::{Case, CaseInput, CaseMeta, CaseSummary, Document, Identity, Person, PersonInput, Relation},
    reminders::{self, Reminder},
};

/// The schema this code writes. Older stores are migrated on open; newer ones are refused.
pub const SCHEMA_VERSION: i64 = 3;

/// Each migration, by the version it produces. `0001` is the first schema verbatim.
pub const MIGRATIONS: &[(i64, &str)] = &[
    (1, include_str!("../migrations/0001_initial.sql")),
    (2, include_str!("../migrations/0002_reminders.sql")),
    (3, include_str!("../migrations/0003_person_facts.sql")),
];

const KEY_CHECK: &[u8] = b"yidi-key-check-v1";

/// The `meta` row that holds the device's signing secret, sealed with the data key.
const SIGNING_SEED: &str = "device_signing_key";

/// Every `meta` row sealed with the data key (associated data `meta/<key>`): rotated with it.
const SEALED_META: &[&str] = &["key_check", SIGNING_SEED];

/// How to make a new store.
#[derive(Debug, Clone, Copy)]
pub struct CreateOptions<'a> {
    /// Wraps the data key; strongly advised even with a keyring, which an OS reinstall loses.
    pub passphrase: Option<&'a str>,
    pub kdf: KdfParams,
    /// Where the data key is also kept, if it can be.
    pub keystore: &'a dyn KeyStore,
}

/// How to unlock an existing store: the keyring first, then the passphrase.
#[derive(Debug, Clone, Copy)]
pub struct Unlock<'a> {
    pub passphrase: Option<&'a str>,
    pub keystore: &'a dyn KeyStore,
}

/// How the key was found, for the UI to say "unlocked with the keyring".
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum UnlockedBy {
    Keyring,
    Passphrase,
    /// The recovery code printed at set-up (the passphrase was forgotten).
    RecoveryCode,
    /// Desk mode: a key that lives and dies with the session.
    Ephemeral,
}

/// An open, unlocked store.
#[derive(Debug)]
pub struct Store {
    pub(crate) conn: Connection,
    pub(crate) key: DataKey,
    pub(crate) path: PathBuf,
    store_id: String,
    unlocked_by: UnlockedBy,
    keyring_slot: bool,
    /// The recovery code made with a new store, until the caller takes it to show once.
    fresh_recovery_code: Option<Zeroizing<String>>,
}

pub(crate) trait DbResult<T> {
    fn db(self, path: &Path) -> Result<T>;
}

impl<T> DbResult<T> for rusqlite::Result<T> {
    fn db(self, path: &Path) -> Result<T> {
        self.map_err(|e| StoreError::from_sqlite(path, e))
    }
}

fn configure(conn: &Connection, path: &Path) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5)).db(path)?;
    // In-memory databases answer "memory"; files answer "delete".
    let _mode: String = conn.query_row("PRAGMA journal_mode=DELETE", [], |r| r.get(0)).db(path)?;
    conn.execute_batch("PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON; PRAGMA temp_store=MEMORY;")
        .db(path)
}

fn user_version(conn: &Connection, path: &Path) -> Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).db(path)
}

/// Brings the schema from `from` to [`SCHEMA_VERSION`] in one transaction: a failure (a full
/// disk, a kill) leaves the old version whole.
fn migrate(conn: &mut Connection, path: &Path, from: i64) -> Result<()> {
    if from >= SCHEMA_VERSION {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).db(path)?;
    for (version, sql) in MIGRATIONS.iter().filter(|(v, _)| *v > from) {
        tx.execute_batch(sql).db(path)?;
        tx.pragma_update(None, "user_version", version).db(path)?;
    }
    tx.commit().db(path)
}

/// True for a zero-length file: nothing was ever committed to it.
pub fn is_empty_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == 0)
}

/// True when `path` holds a store (or something else) that [`Store::open`] should read, false
/// when [`Store::create`] may make one there.
pub fn store_exists(path: &Path) -> bool {
    path.exists() && !is_empty_file(path)
}

/// The day of a write's timestamp (`YYYY-MM-DDTHH:MM:SS`, or a date), for the checks that
/// depend on it (no birth after the day of saving). An unreadable timestamp checks nothing.
pub(crate) fn day_of(at: &str) -> NaiveDate {
    at.get(..10).and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()).unwrap_or(NaiveDate::MAX)
}

fn slot_aad(store_id: &str) -> String {
    format!("key_slots/passphrase/{store_id}")
}

fn recovery_aad(store_id: &str) -> String {
    format!("key_slots/recovery/{store_id}")
}

/// Makes a recovery code and (re)writes the `recovery` key slot: the data key wrapped under the
/// code with the same Argon2id and AEAD as the passphrase slot. Returns the code as shown.
fn write_recovery_slot(tx: &Connection, path: &Path, store_id: &str, key: &DataKey, kdf: KdfParams) -> Result<Zeroizing<String>> {
    let code = crypto::new_recovery_code();
    let canonical = crypto::canonical_recovery_code(&code).ok_or_else(|| StoreError::Database { detail: "recovery code".into() })?;
    let (salt, wrapped) = crypto::seal_with_passphrase(&canonical, kdf, &recovery_aad(store_id), key.as_bytes())?;
    tx.execute(
        "INSERT OR REPLACE INTO key_slots (kind, salt, m_cost, t_cost, p_cost, wrapped) VALUES ('recovery', ?1, ?2, ?3, ?4, ?5)",
        params![&salt[..], kdf.m_cost, kdf.t_cost, kdf.p_cost, wrapped],
    )
    .db(path)?;
    Ok(code)
}

/// What opens a store besides the keyring.
#[derive(Clone, Copy)]
enum Secret<'a> {
    Passphrase(Option<&'a str>),
    RecoveryCode(&'a str),
}

fn recovery_field(id: &'static str) -> StoreError {
    FieldError::custom("recovery_code", id, vec![]).into()
}

impl Store {
    /// Creates a new store at `path` (its folder is created if needed). Refuses to overwrite an
    /// existing file. At least one of the passphrase and the keyring must take the key.
    pub fn create(path: &Path, options: CreateOptions<'_>) -> Result<Store> {
        if path.exists() {
            if !is_empty_file(path) {
                return Err(StoreError::Io { path: path.to_path_buf(), detail: "file exists".into() });
            }
            // An empty file is what a creation killed before its first commit leaves.
            std::fs::remove_file(path).map_err(|e| StoreError::from_io(path, &e))?;
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            crate::private::create_dir(parent).map_err(|e| StoreError::from_io(parent, &e))?;
        }
        options.kdf.check("kdf")?;
        let key = DataKey::generate();
        let store_id = crypto::random_id();
        let passphrase = options.passphrase.filter(|p| !p.is_empty());
        let keyring_slot = options.keystore.set(&store_id, key.as_bytes()).is_ok();
        if passphrase.is_none() && !keyring_slot {
            return Err(StoreError::NeedPassphrase);
        }
        // The file exists with mode 0600 before SQLite writes a byte (and its journal inherits it).
        let result = crate::private::create_new_file(path)
            .map_err(|e| StoreError::from_io(path, &e))
            .and_then(|_| Self::create_file(path, &key, &store_id, passphrase, options.kdf, keyring_slot));
        if result.is_err() {
            if keyring_slot {
                let _ = options.keystore.delete(&store_id);
            }
            // Only what this call made: the path did not exist before.
            let _ = std::fs::remove_file(path);
        }
        let (conn, fresh_recovery_code) = result?;
        let unlocked_by = if keyring_slot { UnlockedBy::Keyring } else { UnlockedBy::Passphrase };
        Ok(Store { conn, key, path: path.to_path_buf(), store_id, unlocked_by, keyring_slot, fresh_recovery_code })
    }

    fn create_file(
        path: &Path,
        key: &DataKey,
        store_id: &str,
        passphrase: Option<&str>,
        kdf: KdfParams,
        keyring_slot: bool,
    ) -> Result<(Connection, Option<Zeroizing<String>>)> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).db(path)?;
        configure(&conn, path)?;
        // Schema, key slots and ids in one transaction: a store is made whole or not at all.
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate).db(path)?;
        for (version, sql) in MIGRATIONS {
            tx.execute_batch(sql).db(path)?;
            tx.pragma_update(None, "user_version", version).db(path)?;
        }
        tx.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?1)", [store_id]).db(path)?;
        tx.execute("INSERT INTO meta (key, value) VALUES ('key_check', ?1)", [key.seal("meta/key_check", KEY_CHECK)])
            .db(path)?;
        if let Some(passphrase) = passphrase {
            let (salt, wrapped) =
                crypto::seal_with_passphrase(passphrase, kdf, &slot_aad(store_id), key.as_bytes())?;
            tx.execute(
                "INSERT INTO key_slots (kind, salt, m_cost, t_cost, p_cost, wrapped) VALUES ('passphrase', ?1, ?2, ?3, ?4, ?5)",
                params![&salt[..], kdf.m_cost, kdf.t_cost, kdf.p_cost, wrapped],
            )
            .db(path)?;
        }
        // With a passphrase comes a recovery code, for the day the passphrase is forgotten.
        let code = match passphrase {
            Some(_) => Some(write_recovery_slot(&tx, path, store_id, key, kdf)?),
            None => None,
        };
        if keyring_slot {
            tx.execute("INSERT INTO key_slots (kind, account) VALUES ('keyring', ?1)", [store_id]).db(path)?;
        }
        tx.commit().db(path)?;
        Ok((conn, code))
    }

    /// Opens and unlocks the store at `path`, migrating an older schema. Nothing is written
    /// before the key is proven right, so a wrong passphrase changes no byte of the file.
    pub fn open(path: &Path, unlock: Unlock<'_>) -> Result<Store> {
        Self::open_by(path, unlock.keystore, Secret::Passphrase(unlock.passphrase))
    }

    /// Opens the store at `path` with its recovery code (typed with or without dashes and spaces,
    /// in either case), not the keyring. A code that is not one, or not this store's, is a field
    /// error on `recovery_code`; nothing is written.
    pub fn open_with_recovery_code(path: &Path, code: &str) -> Result<Store> {
        Self::open_by(path, &crate::keystore::NoKeyring, Secret::RecoveryCode(code))
    }

    /// Forgotten passphrase: opens with the recovery code and sets `new_passphrase`, which rotates
    /// the data key and issues a new recovery code (returned, to show once); the old code and the
    /// old passphrase then open nothing.
    pub fn recover(
        path: &Path,
        code: &str,
        new_passphrase: &str,
        kdf: KdfParams,
        keystore: &dyn KeyStore,
    ) -> Result<(Store, Zeroizing<String>)> {
        if new_passphrase.is_empty() {
            return Err(FieldError::missing("passphrase").into());
        }
        let mut store = Self::open_with_recovery_code(path, code)?;
        // The keyring entry (if any) is still this store's: keep it, with the new key.
        store.keyring_slot = store
            .conn
            .query_row("SELECT 1 FROM key_slots WHERE kind = 'keyring'", [], |_| Ok(()))
            .optional()
            .db(path)?
            .is_some();
        let new_code = store.set_passphrase(new_passphrase, kdf, keystore)?;
        Ok((store, new_code))
    }

    /// The recovery code made with this store, once: later calls answer `None`.
    pub fn take_recovery_code(&mut self) -> Option<Zeroizing<String>> {
        self.fresh_recovery_code.take()
    }

    fn open_by(path: &Path, keystore: &dyn KeyStore, secret: Secret<'_>) -> Result<Store> {
        let recovery = match secret {
            Secret::RecoveryCode(typed) => {
                Some(crypto::canonical_recovery_code(typed).ok_or_else(|| recovery_field("case-err-not-a-recovery-code"))?)
            }
            Secret::Passphrase(_) => None,
        };
        if !path.is_file() {
            return Err(StoreError::Io { path: path.to_path_buf(), detail: "no such file".into() });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).db(path)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).db(path)?;
        let version = user_version(&conn, path)?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew { found: version, supported: SCHEMA_VERSION });
        }
        if version < 1 {
            return Err(StoreError::Corrupt { path: path.to_path_buf(), detail: "no Yidi schema".into() });
        }
        let meta = |key: &str| -> Result<Option<Vec<u8>>> {
            conn.query_row("SELECT CAST(value AS BLOB) FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional().db(path)
        };
        let corrupt = |what: &str| StoreError::Corrupt { path: path.to_path_buf(), detail: what.to_string() };
        let store_id = meta("store_id")?.and_then(|v| String::from_utf8(v).ok()).ok_or_else(|| corrupt("store id"))?;
        let key_check = meta("key_check")?.ok_or_else(|| corrupt("key check"))?;
        let check = |key: &DataKey| key.open("meta/key_check", &key_check).is_some_and(|v| v.as_slice() == KEY_CHECK);

        let keyring_slot: Option<String> = conn
            .query_row("SELECT account FROM key_slots WHERE kind = 'keyring'", [], |r| r.get(0))
            .optional()
            .db(path)?;
        let mut found = None;
        if let (Some(account), None) = (&keyring_slot, &recovery) {
            if let Ok(Some(bytes)) = keystore.get(account) {
                found = DataKey::from_bytes(&bytes).filter(|k| check(k)).map(|k| (k, UnlockedBy::Keyring));
            }
        }
        if found.is_none() {
            let (secret, kind, aad, wrong, by): (&str, &str, String, StoreError, UnlockedBy) = match (&recovery, secret) {
                (Some(code), _) => (
                    code.as_str(),
                    "recovery",
                    recovery_aad(&store_id),
                    recovery_field("case-err-wrong-recovery-code"),
                    UnlockedBy::RecoveryCode,
                ),
                (None, Secret::Passphrase(p)) => {
                    let Some(passphrase) = p.filter(|p| !p.is_empty()) else {
                        return Err(StoreError::NeedPassphrase);
                    };
                    (passphrase, "passphrase", slot_aad(&store_id), StoreError::WrongPassphrase, UnlockedBy::Passphrase)
                }
                (None, Secret::RecoveryCode(_)) => return Err(recovery_field("case-err-not-a-recovery-code")),
            };
            type Slot = (Vec<u8>, u32, u32, u32, Vec<u8>);
            let slot: Option<Slot> = conn
                .query_row(
                    "SELECT salt, m_cost, t_cost, p_cost, wrapped FROM key_slots WHERE kind = ?1",
                    [kind],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
                )
                .optional()
                .db(path)?;
            // A store kept only in a keyring that is gone cannot be opened with any passphrase; a
            // store made before recovery codes has none.
            let Some((salt, m_cost, t_cost, p_cost, wrapped)) = slot else {
                return Err(if kind == "recovery" { recovery_field("case-err-no-recovery-code") } else { wrong });
            };
            let kdf = KdfParams { m_cost, t_cost, p_cost };
            kdf.check("store.kdf").map_err(|e| StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("key slot costs out of bounds: {}", e.message(yidi_domain::Lang::EnUs)),
            })?;
            let bytes = match crypto::open_with_passphrase(secret, kdf, &salt, &aad, &wrapped) {
                Err(StoreError::WrongPassphrase) => return Err(wrong),
                other => other?,
            };
            let key = DataKey::from_bytes(&bytes).filter(|k| check(k)).ok_or(wrong)?;
            found = Some((key, by));
        }
        let (key, unlocked_by) = found.ok_or(StoreError::WrongPassphrase)?;
        configure(&conn, path)?;
        migrate(&mut conn, path, version)?;
        Ok(Store {
            conn,
            key,
            path: path.to_path_buf(),
            store_id,
            unlocked_by,
            keyring_slot: keyring_slot.is_some() && recovery.is_none(),
            fresh_recovery_code: None,
        })
    }

    /// A store in memory only, for desk mode: nothing reaches the disk, and dropping it ends it.
    pub fn in_memory() -> Result<Store> {
        let path = PathBuf::from(":memory:");
        let mut conn = Connection::open_in_memory().db(&path)?;
        configure(&conn, &path)?;
        migrate(&mut conn, &path, 0)?;
        Ok(Store {
            conn,
            key: DataKey::generate(),
            path,
            store_id: crypto::random_id(),
            unlocked_by: UnlockedBy::Ephemeral,
            keyring_slot: false,
            fresh_recovery_code: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn unlocked_by(&self) -> UnlockedBy {
        self.unlocked_by
    }

    pub fn has_keyring_slot(&self) -> bool {
        self.keyring_slot
    }

    /// Sets (or replaces) the passphrase that unlocks the store, and **rotates the data key**:
    /// every sealed value is opened with the old key and sealed with a new one in the same
    /// transaction as the new key slot. An old copy of the key slot (a backup, a stolen file)
    /// with the old passphrase then opens only what was in that copy, never what is added later.
    /// When the store also keeps its key in the keyring, the keyring gets the new key; if it
    /// cannot take it, the keyring slot is dropped and the passphrase alone unlocks.
    ///
    /// The recovery code is replaced in the same transaction (the old one wraps the old key, so it
    /// would open nothing): the new code is returned, to be shown and printed once.
    pub fn set_passphrase(&mut self, passphrase: &str, kdf: KdfParams, keystore: &dyn KeyStore) -> Result<Zeroizing<String>> {
        if passphrase.is_empty() {
            return Err(FieldError::missing("passphrase").into());
        }
        kdf.check("kdf")?;
        let new_key = DataKey::generate();
        let (salt, wrapped) =
            crypto::seal_with_passphrase(passphrase, kdf, &slot_aad(&self.store_id), new_key.as_bytes())?;
        let path = self.path.clone();
        let old_key = self.key.clone();
        let corrupt = |what: String| StoreError::Corrupt { path: path.clone(), detail: format!("sealed value {what}") };
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&path)?;
        // (table, key column(s) → associated data, sealed column): every sealed value in the schema.
        // `tests/store.rs::every_sealed_column_is_rotated_with_the_data_key` fails when a migration
        // adds a BLOB column that is not listed here.
        type Row = (String, Vec<u8>);
        let reseal = |tx: &rusqlite::Transaction<'_>, select: &str, update: &str, aad: &dyn Fn(&str) -> String| -> Result<()> {
            let rows: Vec<Row> = {
                let mut stmt = tx.prepare(select).db(&path)?;
                let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).db(&path)?;
                rows.collect::<rusqlite::Result<_>>().db(&path)?
            };
            for (id, sealed) in rows {
                let aad = aad(&id);
                let plain = old_key.open(&aad, &sealed).ok_or_else(|| corrupt(aad.clone()))?;
                tx.execute(update, params![new_key.seal(&aad, &plain), id]).db(&path)?;
            }
            Ok(())
        };
        let sealed_meta = SEALED_META.iter().map(|k| format!("'{k}'")).collect::<Vec<_>>().join(", ");
        reseal(
            &tx,
            &format!("SELECT key, CAST(value AS BLOB) FROM meta WHERE key IN ({sealed_meta})"),
            "UPDATE meta SET value = ?1 WHERE key = ?2",
            &|key| format!("meta/{key}"),
        )?;
        reseal(&tx, "SELECT CAST(id AS TEXT), identity FROM owner", "UPDATE owner SET identity = ?1 WHERE id = CAST(?2 AS INTEGER)", &|_| "owner/identity".to_string())?;
        reseal(&tx, "SELECT uid, label FROM people WHERE label IS NOT NULL", "UPDATE people SET label = ?1 WHERE uid = ?2", &|uid| format!("people/{uid}/label"))?;
        reseal(&tx, "SELECT uid, identity FROM people WHERE identity IS NOT NULL", "UPDATE people SET identity = ?1 WHERE uid = ?2", &|uid| format!("people/{uid}/identity"))?;
        reseal(&tx, "SELECT uid, facts FROM people WHERE facts IS NOT NULL", "UPDATE people SET facts = ?1 WHERE uid = ?2", &|uid| format!("people/{uid}/facts"))?;
        reseal(
            &tx,
            "SELECT case_uid || '/' || kind, body FROM case_documents",
            "UPDATE case_documents SET body = ?1 WHERE case_uid || '/' || kind = ?2",
            &|id| format!("doc/{id}"),
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO key_slots (kind, salt, m_cost, t_cost, p_cost, wrapped) VALUES ('passphrase', ?1, ?2, ?3, ?4, ?5)",
            params![&salt[..], kdf.m_cost, kdf.t_cost, kdf.p_cost, wrapped],
        )
        .db(&path)?;
        let code = write_recovery_slot(&tx, &path, &self.store_id, &new_key, kdf)?;
        let keyring_ok = self.keyring_slot && keystore.set(&self.store_id, new_key.as_bytes()).is_ok();
        if self.keyring_slot && !keyring_ok {
            tx.execute("DELETE FROM key_slots WHERE kind = 'keyring'", []).db(&path)?;
        }
        if let Err(e) = tx.commit().db(&path) {
            if keyring_ok {
                // The file keeps the old key: so must the keyring.
                let _ = keystore.set(&self.store_id, old_key.as_bytes());
            }
            return Err(e);
        }
        self.keyring_slot = keyring_ok;
        self.key = new_key;
        self.unlocked_by = UnlockedBy::Passphrase;
        Ok(code)
    }

    /// The device's signing secret (the 32-byte seed of its ed25519 key, see `yidi-consent`'s
    /// `key` module), or `None` when this store has none yet. It is sealed with the data key like
    /// every personal field, so whoever cannot unlock the store cannot sign; a passphrase change
    /// rotates the data key and reseals it, so the same key signs after it.
    pub fn signing_seed(&self) -> Result<Option<Zeroizing<[u8; 32]>>> {
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT CAST(value AS BLOB) FROM meta WHERE key = ?1", [SIGNING_SEED], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        let Some(sealed) = sealed else { return Ok(None) };
        let corrupt = || StoreError::Corrupt { path: self.path.clone(), detail: format!("sealed value meta/{SIGNING_SEED}") };
        let plain = self.key.open(&format!("meta/{SIGNING_SEED}"), &sealed).ok_or_else(corrupt)?;
        let seed: [u8; 32] = plain.as_slice().try_into().map_err(|_| corrupt())?;
        Ok(Some(Zeroizing::new(seed)))
    }

    /// Keeps `seed` as the device's signing secret, sealed with the data key; refuses to replace
    /// a different one (records sealed with it would no longer verify against the device's
    /// public key). Returns whether it was written.
    pub fn set_signing_seed(&mut self, seed: &[u8; 32]) -> Result<bool> {
        match self.signing_seed()? {
            Some(kept) if kept.as_slice() == seed.as_slice() => return Ok(false),
            Some(_) => {
                return Err(StoreError::Corrupt { path: self.path.clone(), detail: "another device signing key is kept".into() })
            }
            None => {}
        }
        let sealed = self.key.seal(&format!("meta/{SIGNING_SEED}"), seed);
        // The primary key refuses a second row, should another process have written one meanwhile.
        self.conn.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", params![SIGNING_SEED, sealed]).db(&self.path)?;
        Ok(true)
    }

    /// SQLite's own consistency check: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String> {
        let rows: Vec<String> = {
            let mut stmt = self.conn.prepare("PRAGMA integrity_check").db(&self.path)?;
            let rows = stmt.query_map([], |r| r.get(0)).db(&self.path)?;
            rows.collect::<rusqlite::Result<_>>().db(&self.path)?
        };
        Ok(rows.join("\n"))
    }

    // ---- sealing ---------------------------------------------------------------------------

    pub(crate) fn seal_json<T: Serialize>(&self, aad: &str, value: &T) -> Result<Vec<u8>> {
        let plain = Zeroizing::new(
            serde_json::to_vec(value).map_err(|e| StoreError::Database { detail: e.to_string() })?,
        );
        Ok(self.key.seal(aad, &plain))
    }

    pub(crate) fn open_json<T: DeserializeOwned>(&self, aad: &str, sealed: &[u8]) -> Result<T> {
        let corrupt = || StoreError::Corrupt { path: self.path.clone(), detail: format!("sealed value {aad}") };
        let plain = self.key.open(aad, sealed).ok_or_else(corrupt)?;
        serde_json::from_slice(&plain).map_err(|_| corrupt())
    }

    // ---- the owner ---------------------------------------------------------------------------

    /// The device user's own identity, kept once and reused as the proxy's (代办人) identity.
    pub fn owner(&self) -> Result<Option<Identity>> {
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row("SELECT identity FROM owner WHERE id = 1", [], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        sealed.map(|s| self.open_json("owner/identity", &s)).transpose()
    }

    pub fn set_owner(&mut self, identity: &Identity, at: &str) -> Result<()> {
        crate::model::check_born_by("owner.id_number", identity, day_of(at))?;
        let sealed = self.seal_json("owner/identity", identity)?;
        self.conn
            .execute("INSERT OR REPLACE INTO owner (id, identity, updated_at) VALUES (1, ?1, ?2)", params![sealed, at])
            .db(&self.path)?;
        Ok(())
    }

    // ---- people ------------------------------------------------------------------------------

    fn person_from_row(&self, row: PersonRow) -> Result<Person> {
        let (uid, relation, label, identity, position, updated_at, facts) = row;
        let relation = Relation::parse_field("relation", &relation)
            .map_err(|_| StoreError::Corrupt { path: self.path.clone(), detail: format!("relation of {uid}") })?;
        let label = label.map(|l| self.open_json::<String>(&format!("people/{uid}/label"), &l)).transpose()?;
        let identity = identity.map(|i| self.open_json::<Identity>(&format!("people/{uid}/identity"), &i)).transpose()?;
        let facts = facts.map(|f| self.open_json::<Value>(&format!("people/{uid}/facts"), &f)).transpose()?;
        Ok(Person { uid, relation, label, identity, position, updated_at, facts })
    }

    /// Everyone on the device, in list order.
    pub fn people(&self) -> Result<Vec<Person>> {
        let rows: Vec<PersonRow> = {
            let mut stmt = self
                .conn
                .prepare("SELECT uid, relation, label, identity, position, updated_at, facts FROM people ORDER BY position, uid")
                .db(&self.path)?;
            let rows = stmt.query_map([], person_row).db(&self.path)?;
            rows.collect::<rusqlite::Result<_>>().db(&self.path)?
        };
        rows.into_iter().map(|r| self.person_from_row(r)).collect()
    }

    pub fn person(&self, uid: &str) -> Result<Person> {
        let row = self
            .conn
            .query_row(
                "SELECT uid, relation, label, identity, position, updated_at, facts FROM people WHERE uid = ?1",
                [uid],
                person_row,
            )
            .optional()
            .db(&self.path)?
            .ok_or_else(|| StoreError::PersonNotFound(uid.to_string()))?;
        self.person_from_row(row)
    }

    /// The identity that stands for this person: their own, or the owner's for "self".
    pub fn identity_of(&self, person: &Person) -> Result<Option<Identity>> {
        match person.relation {
            Relation::Myself => self.owner(),
            _ => Ok(person.identity.clone()),
        }
    }

    /// Adds a person. "Self" may exist once, and their identity is stored as the owner's.
    pub fn add_person(&mut self, input: &PersonInput, at: &str) -> Result<Person> {
        self.write_person(&crypto::random_id(), input, at, true)
    }

    /// Replaces a person's relation, label and identity.
    pub fn update_person(&mut self, uid: &str, input: &PersonInput, at: &str) -> Result<Person> {
        crate::model::check_uid("person.uid", uid)?;
        self.person(uid)?;
        self.write_person(uid, input, at, false)
    }

    pub(crate) fn write_person(&mut self, uid: &str, input: &PersonInput, at: &str, new: bool) -> Result<Person> {
        let path = self.path.clone();
        let sealed = self.seal_person(uid, input, at)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&path)?;
        put_person(&tx, &path, &sealed, at, new)?;
        tx.commit().db(&path)?;
        self.person(uid)
    }

    /// A person's row, sealed, ready to be written inside a transaction.
    pub(crate) fn seal_person(&self, uid: &str, input: &PersonInput, at: &str) -> Result<SealedPerson> {
        if let Some(identity) = &input.identity {
            crate::model::check_born_by("person.identity.id_number", identity, day_of(at))?;
        }
        let (own_identity, owner_identity) = match input.relation {
            Relation::Myself => (None, input.identity.as_ref()),
            _ => (input.identity.as_ref(), None),
        };
        Ok(SealedPerson {
            uid: uid.to_string(),
            relation: input.relation,
            label: input.label.as_ref().map(|l| self.seal_json(&format!("people/{uid}/label"), l)).transpose()?,
            identity: own_identity.map(|i| self.seal_json(&format!("people/{uid}/identity"), i)).transpose()?,
            owner: owner_identity.map(|i| self.seal_json("owner/identity", i)).transpose()?,
        })
    }

    /// Replaces a person's insurance facts (the screens' situation for them: see
    /// [`Person::facts`]); `None` forgets them. Sealed like the identity. The facts must be a
    /// JSON object of at most [`MAX_DOCUMENT_BYTES`](crate::model::MAX_DOCUMENT_BYTES).
    pub fn set_facts(&mut self, uid: &str, facts: Option<&Value>, at: &str) -> Result<Person> {
        self.person(uid)?;
        let sealed = match facts {
            Some(f) => {
                crate::model::check_facts("person.facts", f)?;
                Some(self.seal_json(&format!("people/{uid}/facts"), f)?)
            }
            None => None,
        };
        self.conn
            .execute("UPDATE people SET facts = ?2, updated_at = ?3 WHERE uid = ?1", params![uid, sealed, at])
            .db(&self.path)?;
        self.person(uid)
    }

    /// Removes a person and all their cases.
    pub fn remove_person(&mut self, uid: &str) -> Result<()> {
        let n = self.conn.execute("DELETE FROM people WHERE uid = ?1", [uid]).db(&self.path)?;
        if n == 0 {
            return Err(StoreError::PersonNotFound(uid.to_string()));
        }
        Ok(())
    }

    // ---- cases -------------------------------------------------------------------------------

    /// Saves a case in one transaction: metadata and the whole set of documents replace the old
    /// ones together, or nothing changes. `uid: None` makes a new case. With `expected_revision`,
    /// a case saved meanwhile by someone else is refused instead of overwritten.
    pub fn save_case(
        &mut self,
        uid: Option<&str>,
        person_uid: &str,
        expected_revision: Option<i64>,
        input: &CaseInput,
        at: &str,
    ) -> Result<Case> {
        let uid = match uid {
            Some(uid) => crate::model::check_uid("case.uid", uid)?,
            None => crypto::random_id(),
        };
        crate::model::check_uid("case.person_uid", person_uid)?;
        let current: Option<i64> = self
            .conn
            .query_row("SELECT revision FROM cases WHERE uid = ?1", [&uid], |r| r.get(0))
            .optional()
            .db(&self.path)?;
        let revision = match (current, expected_revision) {
            (Some(found), Some(expected)) if found != expected => {
                return Err(StoreError::Conflict { expected, found });
            }
            (Some(found), _) => found + 1,
            (None, Some(_)) => return Err(StoreError::CaseNotFound(uid)),
            (None, None) => 1,
        };
        self.write_case(&uid, person_uid, revision, current, &input.meta, &input.documents, at)?;
        self.load_case(&uid)
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn write_case(
        &mut self,
        uid: &str,
        person_uid: &str,
        revision: i64,
        expected_current: Option<i64>,
        meta: &CaseMeta,
        documents: &BTreeMap<String, Document>,
        at: &str,
    ) -> Result<()> {
        let path = self.path.clone();
        let sealed = self.seal_documents(uid, documents)?;
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).db(&path)?;
        put_case(&tx, &path, CaseWrite { uid, person_uid, revision, expected_current, meta, documents: &sealed, at })?;
        tx.commit().db(&path)
    }

    /// A case's documents, sealed, ready to be written inside a transaction.
    pub(crate) fn seal_documents(&self, uid: &str, documents: &BTreeMap<String, Document>) -> Result<Vec<SealedDocument>> {
        documents
            .iter()
            .map(|(kind, doc)| {
                Ok(SealedDocument {
                    kind: kind.clone(),
                    schema: doc.schema.clone(),
                    version: doc.version,
                    body: self.seal_json(&format!("doc/{uid}/{kind}"), &doc.body)?,
                })
            })
            .collect()
    }

    fn summary_from_row(&self, row: CaseRow) -> Result<CaseSummary> {
        let corrupt = |what: &str| StoreError::Corrupt { path: self.path.clone(), detail: what.to_string() };
        let date = |d: Option<String>, what: &str| {
            d.map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| corrupt(what))).transpose()
        };
        let category = row
            .category
            .map(|c| FilingCategory::parse_field("category", &c).map_err(|_| corrupt("category")))
            .transpose()?;
        Ok(CaseSummary {
            meta: CaseMeta {
                category,
                insured_region: row.insured_region,
                destination: row.destination,
                validity_start: date(row.validity_start, "validity_start")?,
                validity_end: date(row.validity_end, "validity_end")?,
                change_from: date(row.change_from, "change_from")?,
                notify_days: u16::try_from(row.notify_days).map_err(|_| corrupt("notify_days"))?,
                by_proxy: row.by_proxy,
            },
            document_kinds: row.kinds.map(|k| k.split(',').map(str::to_string).collect()).unwrap_or_default(),
            uid: row.uid,
            person_uid: row.person_uid,
            revision: row.revision,
            updated_at: row.updated_at,
        })
    }

    const CASE_COLUMNS: &'static str = "c.uid, c.person_uid, c.revision, c.category, c.insured_region, c.destination,
        c.validity_start, c.validity_end, c.change_from, c.notify_days, c.by_proxy, c.updated_at,
        (SELECT group_concat(kind, ',') FROM (SELECT kind FROM case_documents d WHERE d.case_uid = c.uid ORDER BY kind))";

    /// Cases without their documents, of one person or of everyone, newest first.
    pub fn cases(&self, person_uid: Option<&str>) -> Result<Vec<CaseSummary>> {
        let sql = format!(
            "SELECT {} FROM cases c WHERE ?1 IS NULL OR c.person_uid = ?1 ORDER BY c.updated_at DESC, c.uid",
            Self::CASE_COLUMNS
        );
        let rows: Vec<CaseRow> = {
            let mut stmt = self.conn.prepare(&sql).db(&self.path)?;
            let rows = stmt.query_map([person_uid], case_row).db(&self.path)?;
            rows.collect::<rusqlite::Result<_>>().db(&self.path)?
        };
        rows.into_iter().map(|r| self.summary_from_row(r)).collect()
    }

    /// One case with its documents, opened.
    pub fn load_case(&self, uid: &str) -> Result<Case> {
        let sql = format!("SELECT {} FROM cases c WHERE c.uid = ?1", Self::CASE_COLUMNS);
        let row = self
            .conn
            .query_row(&sql, [uid], case_row)
            .optional()
            .db(&self.path)?
            .ok_or_else(|| StoreError::CaseNotFound(uid.to_string()))?;
        let summary = self.summary_from_row(row)?;
        let docs: Vec<(String, String, u32, Vec<u8>)> = {
            let mut stmt = self
                .conn
                .prepare("SELECT kind, schema, version, body FROM case_documents WHERE case_uid = ?1 ORDER BY kind")
                .db(&self.path)?;
            let rows = stmt.query_map([uid], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))).db(&self.path)?;
            rows.collect::<rusqlite::Result<_>>().db(&self.path)?
        };
        let mut documents = BTreeMap::new();
        for (kind, schema, version, body) in docs {
            let body = self.open_json(&format!("doc/{uid}/{kind}"), &body)?;
            documents.insert(kind, Document { schema, version, body });
        }
        Ok(Case {
            uid: summary.uid,
            person_uid: summary.person_uid,
            revision: summary.revision,
            meta: summary.meta,
            documents,
            updated_at: summary.updated_at,
        })
    }

    pub fn delete_case(&mut self, uid: &str) -> Result<()> {
        let n = self.conn.execute("DELETE FROM cases WHERE uid = ?1", [uid]).db(&self.path)?;
        if n == 0 {
            return Err(StoreError::CaseNotFound(uid.to_string()));
        }
        Ok(())
    }

    /// Reminders due as of a date (see [`reminders::due`]).
    pub fn reminders_due(&self, as_of: NaiveDate) -> Result<Vec<Reminder>> {
        Ok(reminders::due(&self.cases(None)?, as_of))
    }

    /// Every reminder still ahead, with the day its notification should fire.
    pub fn reminders_ahead(&self, as_of: NaiveDate) -> Result<Vec<Reminder>> {
        Ok(reminders::ahead(&self.cases(None)?, as_of))
    }
}

/// A person's row with its personal fields sealed.
pub(crate) struct SealedPerson {
    uid: String,
    relation: Relation,
    label: Option<Vec<u8>>,
    identity: Option<Vec<u8>>,
    /// For "self": the identity goes to the owner row.
    owner: Option<Vec<u8>>,
}

/// Writes a person inside the caller's transaction.
pub(crate) fn put_person(tx: &Connection, path: &Path, p: &SealedPerson, at: &str, new: bool) -> Result<()> {
    if p.relation == Relation::Myself {
        let other_self: Option<String> = tx
            .query_row("SELECT uid FROM people WHERE relation = 'self' AND uid != ?1", [&p.uid], |r| r.get(0))
            .optional()
            .db(path)?;
        if other_self.is_some() {
            return Err(FieldError::custom("person.relation", "case-err-one-self", vec![]).into());
        }
    }
    if new {
        let position: i64 =
            tx.query_row("SELECT COALESCE(MAX(position), -1) + 1 FROM people", [], |r| r.get(0)).db(path)?;
        tx.execute(
            "INSERT INTO people (uid, relation, label, identity, position, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![p.uid, p.relation.wire_name(), p.label, p.identity, position, at],
        )
        .db(path)?;
    } else {
        tx.execute(
            "UPDATE people SET relation = ?2, label = ?3, identity = ?4, updated_at = ?5 WHERE uid = ?1",
            params![p.uid, p.relation.wire_name(), p.label, p.identity, at],
        )
        .db(path)?;
    }
    if let Some(sealed) = &p.owner {
        tx.execute("INSERT OR REPLACE INTO owner (id, identity, updated_at) VALUES (1, ?1, ?2)", params![sealed, at])
            .db(path)?;
    }
    Ok(())
}

/// One document, its body sealed.
pub(crate) struct SealedDocument {
    kind: String,
    schema: String,
    version: u32,
    body: Vec<u8>,
}

/// What [`put_case`] writes.
pub(crate) struct CaseWrite<'a> {
    pub uid: &'a str,
    pub person_uid: &'a str,
    pub revision: i64,
    /// The revision the caller read; a different one now is a conflict.
    pub expected_current: Option<i64>,
    pub meta: &'a CaseMeta,
    pub documents: &'a [SealedDocument],
    pub at: &'a str,
}

/// Writes a case and replaces its documents inside the caller's transaction.
pub(crate) fn put_case(tx: &Connection, path: &Path, c: CaseWrite<'_>) -> Result<()> {
    let exists: bool =
        tx.query_row("SELECT 1 FROM people WHERE uid = ?1", [c.person_uid], |_| Ok(true)).optional().db(path)?.is_some();
    if !exists {
        return Err(StoreError::PersonNotFound(c.person_uid.to_string()));
    }
    // Checked again inside the write lock: another writer may have saved since the read.
    let now: Option<i64> =
        tx.query_row("SELECT revision FROM cases WHERE uid = ?1", [c.uid], |r| r.get(0)).optional().db(path)?;
    if now != c.expected_current {
        return Err(StoreError::Conflict { expected: c.expected_current.unwrap_or(0), found: now.unwrap_or(0) });
    }
    let meta = c.meta;
    let date = |d: Option<NaiveDate>| d.map(|d| d.to_string());
    tx.execute(
        "INSERT INTO cases (uid, person_uid, revision, category, insured_region, destination, validity_start,
             validity_end, change_from, notify_days, by_proxy, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (uid) DO UPDATE SET person_uid = excluded.person_uid, revision = excluded.revision,
             category = excluded.category, insured_region = excluded.insured_region,
             destination = excluded.destination, validity_start = excluded.validity_start,
             validity_end = excluded.validity_end, change_from = excluded.change_from,
             notify_days = excluded.notify_days, by_proxy = excluded.by_proxy, updated_at = excluded.updated_at",
        params![
            c.uid,
            c.person_uid,
            c.revision,
            meta.category.map(|c| c.wire_name()),
            meta.insured_region,
            meta.destination,
            date(meta.validity_start),
            date(meta.validity_end),
            date(meta.change_from),
            meta.notify_days,
            meta.by_proxy,
            c.at
        ],
    )
    .db(path)?;
    tx.execute("DELETE FROM case_documents WHERE case_uid = ?1", [c.uid]).db(path)?;
    for doc in c.documents {
        tx.execute(
            "INSERT INTO case_documents (case_uid, kind, schema, version, body) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![c.uid, doc.kind, doc.schema, doc.version, doc.body],
        )
        .db(path)?;
    }
    Ok(())
}

type PersonRow = (String, String, Option<Vec<u8>>, Option<Vec<u8>>, i64, String, Option<Vec<u8>>);

fn person_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<PersonRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?))
}

struct CaseRow {
    uid: String,
    person_uid: String,
    revision: i64,
    category: Option<String>,
    insured_region: Option<String>,
    destination: Option<String>,
    validity_start: Option<String>,
    validity_end: Option<String>,
    change_from: Option<String>,
    notify_days: i64,
    by_proxy: bool,
    updated_at: String,
    kinds: Option<String>,
}

fn case_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CaseRow> {
    Ok(CaseRow {
        uid: r.get(0)?,
        person_uid: r.get(1)?,
        revision: r.get(2)?,
        category: r.get(3)?,
        insured_region: r.get(4)?,
        destination: r.get(5)?,
        validity_start: r.get(6)?,
        validity_end: r.get(7)?,
        change_from: r.get(8)?,
        notify_days: r.get(9)?,
        by_proxy: r.get(10)?,
        updated_at: r.get(11)?,
        kinds: r.get(12)?,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::keystore::NoKeyring;
    use serde_json::json;

    const PASS: &str = "四月的风 2026";

    fn unlock(passphrase: &str) -> Unlock<'_> {
        Unlock { passphrase: Some(passphrase), keystore: &NoKeyring }
    }

    /// A store as version 1 of this crate wrote it: the real `0001` DDL, then rows with fields
    /// sealed the same way, and the document's schema and version in one `schema` column.
    fn make_v1_store(path: &Path) -> DataKey {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(MIGRATIONS[0].1).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        let key = DataKey::generate();
        let store_id = "0011223344556677";
        let kdf = KdfParams::INSECURE_FOR_TESTS;
        let (salt, wrapped) = crypto::seal_with_passphrase(PASS, kdf, &slot_aad(store_id), key.as_bytes()).unwrap();
        conn.execute("INSERT INTO meta VALUES ('store_id', ?1)", [store_id]).unwrap();
        conn.execute("INSERT INTO meta VALUES ('key_check', ?1)", [key.seal("meta/key_check", KEY_CHECK)]).unwrap();
        conn.execute(
            "INSERT INTO key_slots (kind, salt, m_cost, t_cost, p_cost, wrapped) VALUES ('passphrase', ?1, ?2, ?3, ?4, ?5)",
            params![&salt[..], kdf.m_cost, kdf.t_cost, kdf.p_cost, wrapped],
        )
        .unwrap();
        let identity = Identity { name: "李桂芳".into(), id_number: Some("11010519491231002X".into()), phone: None, signature: None };
        let sealed = key.seal("people/m1/identity", &serde_json::to_vec(&identity).unwrap());
        conn.execute(
            "INSERT INTO people (uid, relation, label, identity, position, updated_at) VALUES ('m1', 'mother', NULL, ?1, 0, '2025-12-01T08:00:00')",
            [sealed],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO cases (uid, person_uid, revision, category, insured_region, destination, validity_start, validity_end, by_proxy, updated_at)
             VALUES ('c1', 'm1', 4, 'referral', '420115', '310104', '2025-12-01', '2026-05-31', 1, '2025-12-01T08:00:00')",
            [],
        )
        .unwrap();
        for (kind, schema, body) in [("answers", "interview/3", json!({"q": 1})), ("estimate", "estimate", json!({"total": "1000.00"}))] {
            let sealed = key.seal(&format!("doc/c1/{kind}"), &serde_json::to_vec(&body).unwrap());
            conn.execute("INSERT INTO case_documents (case_uid, kind, schema, body) VALUES ('c1', ?1, ?2, ?3)", params![kind, schema, sealed])
                .unwrap();
        }
        key
    }

    #[test]
    fn a_version_1_store_is_migrated_on_open_and_keeps_every_value() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        make_v1_store(&path);
        let store = Store::open(&path, unlock(PASS)).unwrap();
        assert_eq!(user_version(&store.conn, &path).unwrap(), SCHEMA_VERSION, "opened stores are brought to the current schema");
        let case = store.load_case("c1").unwrap();
        assert_eq!(case.revision, 4, "the revision survives");
        assert_eq!(case.meta.category, Some(FilingCategory::Referral));
        assert_eq!(case.meta.validity_end, NaiveDate::from_ymd_opt(2026, 5, 31));
        assert_eq!(case.meta.change_from, None, "version 1 had no change deadline");
        assert_eq!(case.meta.notify_days, 30, "the new column takes its default");
        assert!(case.meta.by_proxy);
        let answers = &case.documents["answers"];
        assert_eq!((answers.schema.as_str(), answers.version), ("interview", 3), "'interview/3' is split in two");
        assert_eq!(answers.body, json!({"q": 1}));
        let estimate = &case.documents["estimate"];
        assert_eq!((estimate.schema.as_str(), estimate.version), ("estimate", 1), "no '/': version 1, name unchanged");
        let mother = store.person("m1").unwrap();
        assert_eq!(mother.identity.unwrap().id_number.as_deref(), Some("11010519491231002X"));
        assert_eq!(store.integrity_check().unwrap(), "ok");
        // The migrated store behaves like a new one: the reminder needs the v2 columns.
        let due = store.reminders_due(NaiveDate::from_ymd_opt(2026, 5, 1).unwrap()).unwrap();
        assert_eq!(due.len(), 1, "2026-05-31 minus 30 days is 2026-05-01: due that day");
    }

    /// A version-2 store with a change date and people: version 3 keeps the date under its new
    /// name (the guide's "from" date, see 0003), and each person can now carry sealed facts.
    #[test]
    fn a_version_2_store_is_migrated_and_people_then_carry_their_facts() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        make_v1_store(&path);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[1].1).unwrap();
            conn.pragma_update(None, "user_version", 2).unwrap();
            conn.execute("UPDATE cases SET change_allowed_until = '2026-06-01', notify_days = 14 WHERE uid = 'c1'", []).unwrap();
        }
        let mut store = Store::open(&path, unlock(PASS)).unwrap();
        assert_eq!(user_version(&store.conn, &path).unwrap(), 3);
        let case = store.load_case("c1").unwrap();
        assert_eq!(case.meta.change_from, NaiveDate::from_ymd_opt(2026, 6, 1), "the date survives the rename");
        assert_eq!((case.meta.notify_days, case.revision), (14, 4), "the rest of the row is untouched");
        let mother = store.person("m1").unwrap();
        assert_eq!(mother.facts, None, "nobody had facts before version 3");
        assert_eq!(mother.identity.as_ref().unwrap().name, "李桂芳");

        let facts = json!({"insuredRegion": "110000", "scheme": "employee", "workStatus": "retired",
            "category": "retiree_resettled", "destination": "420100", "plan": {"ticks": {"hukou": true}}});
        store.set_facts("m1", Some(&facts), "2026-12-02T08:00:00").unwrap();
        let father = store
            .add_person(&PersonInput { relation: Relation::Father, label: Some("爸爸".into()), identity: None }, "2026-12-02T08:00:00")
            .unwrap();
        assert_eq!(father.facts, None, "a new person starts with no facts, never another person's");
        drop(store);
        let raw = std::fs::read(&path).unwrap();
        let needle = "retiree_resettled".as_bytes();
        assert!(!raw.windows(needle.len()).any(|w| w == needle), "facts are sealed at rest");

        let mut store = Store::open(&path, unlock(PASS)).unwrap();
        assert_eq!(store.person("m1").unwrap().facts, Some(facts), "the facts come back whole after reopening");
        assert_eq!(store.person(&father.uid).unwrap().facts, None);
        let e = store.set_facts("m1", Some(&json!(["not", "an", "object"])), "2026-12-02T08:00:00").unwrap_err();
        assert_eq!(e.field(), Some("person.facts"));
        store.set_facts("m1", None, "2026-12-02T08:00:00").unwrap();
        assert_eq!(store.person("m1").unwrap().facts, None, "facts can be forgotten");
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn a_wrong_passphrase_on_a_version_1_store_migrates_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        make_v1_store(&path);
        assert_eq!(Store::open(&path, unlock("wrong")).unwrap_err(), StoreError::WrongPassphrase);
        let conn = Connection::open(&path).unwrap();
        assert_eq!(user_version(&conn, &path).unwrap(), 1, "no migration before the key is proven");
    }

    #[test]
    fn a_store_from_a_newer_version_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        make_v1_store(&path);
        Connection::open(&path).unwrap().pragma_update(None, "user_version", SCHEMA_VERSION + 1).unwrap();
        let e = Store::open(&path, unlock(PASS)).unwrap_err();
        assert_eq!(e, StoreError::TooNew { found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
        assert!(e.message(yidi_domain::Lang::ZhCn).contains('3'), "the message names the version found");
    }

    /// A full disk, simulated with SQLite's page limit: the save fails with "disk full" and
    /// the case saved before is untouched.
    #[test]
    fn a_full_disk_fails_the_save_and_keeps_the_old_case() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("yidi.db");
        let options = CreateOptions { passphrase: Some(PASS), kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &NoKeyring };
        let mut store = Store::create(&path, options).unwrap();
        let person = store
            .add_person(&PersonInput { relation: Relation::Father, label: None, identity: None }, "2026-01-01T00:00:00")
            .unwrap();
        let small = CaseInput::from_json("case", &json!({"documents": {"plan": {"schema": "plan", "version": 1, "body": "v1"}}}), &[]).unwrap();
        let saved = store.save_case(None, &person.uid, None, &small, "2026-01-01T00:00:00").unwrap();
        let pages: i64 = store.conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        let _: i64 = store.conn.query_row(&format!("PRAGMA max_page_count = {}", pages + 2), [], |r| r.get(0)).unwrap();
        let big_body = "字".repeat(100_000);
        let big = CaseInput::from_json("case", &json!({"documents": {"plan": {"schema": "plan", "version": 1, "body": big_body}}}), &[]).unwrap();
        let e = store.save_case(Some(&saved.uid), &person.uid, Some(1), &big, "2026-01-02T00:00:00").unwrap_err();
        assert_eq!(e.code(), "disk_full", "SQLITE_FULL must read as a full disk: {e:?}");
        assert!(e.message(yidi_domain::Lang::ZhCn).contains("yidi.db"), "the message names the file");
        drop(store);
        let store = Store::open(&path, unlock(PASS)).unwrap();
        let case = store.load_case(&saved.uid).unwrap();
        assert_eq!((case.revision, &case.documents["plan"].body), (1, &json!("v1")), "the old case is whole");
        assert_eq!(store.integrity_check().unwrap(), "ok");
    }
}
