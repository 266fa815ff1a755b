//! Desk mode, for a service centre's shared computer (社区服务中心).
//!
//! Staff start a session; each walk-in client's people and cases live in an in-memory store
//! ([`Store::in_memory`]) and nothing of theirs is written under the app's data directory. Files
//! that must exist for a moment — the generated PDF packet for the printer — go into one temporary
//! folder the session owns. When the client asks to keep their case, it is exported to a path they
//! choose (their USB stick) and nowhere else.
//!
//! "Next client" and the inactivity timeout wipe the previous client: the in-memory store is
//! dropped (its key and identities are zeroed on drop) and replaced, and every file in the
//! session's folder is overwritten with zeros, flushed, and deleted. A crash leaves the folder
//! behind; [`sweep_leftovers`] clears such folders when the app starts.
//!
//! Limits, stated plainly: overwriting a file does not reach copies the file system or an SSD's
//! wear levelling may have made, and memory freed by SQLite or by the web view is not ours to
//! scrub; case documents held as JSON values are freed, not zeroed (identities and keys are). Keep the temp folder on the same disk as the app, and restart the app at day's end.
//! The wipe of the web view's own storage is the shell's part.

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use chrono::NaiveDateTime;
use serde::Serialize;

use crate::{
    crypto,
    error::{Result, StoreError},
    store::Store,
};

/// The prefix of every session folder under the temp root, so leftovers can be found.
pub const SESSION_PREFIX: &str = "yidi-desk-";

/// Wipe after this many minutes without activity unless the caller sets another timeout.
pub const DEFAULT_IDLE_MINUTES: i64 = 10;

/// What a wipe removed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WipeReport {
    pub people: usize,
    pub cases: usize,
    pub files: usize,
    pub bytes: u64,
}

/// One desk session: a client at a time.
#[derive(Debug)]
pub struct DeskSession {
    store: Store,
    temp_dir: PathBuf,
    idle_timeout: chrono::Duration,
    last_activity: NaiveDateTime,
    clients_served: u32,
}

impl DeskSession {
    /// Starts a session with its own folder under `temp_root` (created if needed).
    pub fn start(temp_root: &Path, now: NaiveDateTime, idle_timeout: chrono::Duration) -> Result<DeskSession> {
        let temp_dir = temp_root.join(format!("{SESSION_PREFIX}{}", crypto::random_id()));
        crate::private::create_dir(&temp_dir).map_err(|e| StoreError::from_io(&temp_dir, &e))?;
        Ok(DeskSession { store: Store::in_memory()?, temp_dir, idle_timeout, last_activity: now, clients_served: 0 })
    }

    /// The current client's store; using it counts as activity.
    pub fn store(&mut self, now: NaiveDateTime) -> &mut Store {
        self.last_activity = now;
        &mut self.store
    }

    /// The current client's store, read-only, without counting as activity.
    pub fn peek(&self) -> &Store {
        &self.store
    }

    pub fn temp_dir(&self) -> &Path {
        &self.temp_dir
    }

    pub fn clients_served(&self) -> u32 {
        self.clients_served
    }

    pub fn last_activity(&self) -> NaiveDateTime {
        self.last_activity
    }

    /// A path in the session's folder for a generated file (a PDF packet); `name` must be a
    /// plain file name.
    pub fn temp_file(&mut self, name: &str, now: NaiveDateTime) -> Result<PathBuf> {
        self.last_activity = now;
        let plain = !name.is_empty()
            && name != "."
            && name != ".."
            && !name.contains(['/', '\\'])
            && Path::new(name).file_name().is_some_and(|n| n == name);
        if !plain {
            return Err(yidi_domain::FieldError::custom("file_name", "case-err-bad-name", vec![("value", name.to_string())])
                .into());
        }
        crate::private::create_dir(&self.temp_dir).map_err(|e| StoreError::from_io(&self.temp_dir, &e))?;
        Ok(self.temp_dir.join(name))
    }

    /// Wipes the current client and readies the session for the next one.
    pub fn next_client(&mut self, now: NaiveDateTime) -> Result<WipeReport> {
        let people = self.store.people().map(|p| p.len()).unwrap_or(0);
        let cases = self.store.cases(None).map(|c| c.len()).unwrap_or(0);
        // Replace first: even if the files below resist, the client's data leaves memory.
        self.store = Store::in_memory()?;
        let (files, bytes) = shred_dir_contents(&self.temp_dir)?;
        self.last_activity = now;
        self.clients_served += 1;
        Ok(WipeReport { people, cases, files, bytes })
    }

    /// Wipes when the session has been idle for the timeout; `None` when it has not.
    pub fn expire_if_idle(&mut self, now: NaiveDateTime) -> Result<Option<WipeReport>> {
        if now - self.last_activity >= self.idle_timeout {
            self.next_client(now).map(Some)
        } else {
            Ok(None)
        }
    }

    /// Ends the session: wipes the client and removes the session's folder.
    pub fn end(mut self, now: NaiveDateTime) -> Result<WipeReport> {
        let report = self.next_client(now)?;
        fs::remove_dir_all(&self.temp_dir).map_err(|e| StoreError::from_io(&self.temp_dir, &e))?;
        Ok(report)
    }
}

/// Overwrites every file under `dir` with zeros, flushes, deletes it; removes sub-folders.
/// Returns (files, bytes).
fn shred_dir_contents(dir: &Path) -> Result<(usize, u64)> {
    let mut files = 0;
    let mut bytes = 0;
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((0, 0)),
        Err(e) => return Err(StoreError::from_io(dir, &e)),
    };
    for entry in entries {
        let entry = entry.map_err(|e| StoreError::from_io(dir, &e))?;
        let path = entry.path();
        let file_type = entry.file_type().map_err(|e| StoreError::from_io(&path, &e))?;
        if file_type.is_dir() {
            let (f, b) = shred_dir_contents(&path)?;
            files += f;
            bytes += b;
            fs::remove_dir(&path).map_err(|e| StoreError::from_io(&path, &e))?;
        } else {
            if file_type.is_file() {
                bytes += shred_file(&path)?;
            }
            fs::remove_file(&path).map_err(|e| StoreError::from_io(&path, &e))?;
            files += 1;
        }
    }
    Ok((files, bytes))
}

fn shred_file(path: &Path) -> Result<u64> {
    let io = |e: std::io::Error| StoreError::from_io(path, &e);
    let len = fs::metadata(path).map_err(io)?.len();
    let mut file = fs::OpenOptions::new().write(true).open(path).map_err(io)?;
    let zeros = [0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = usize::try_from(left.min(zeros.len() as u64)).unwrap_or(zeros.len());
        file.write_all(&zeros[..n]).map_err(io)?;
        left -= n as u64;
    }
    file.sync_all().map_err(io)?;
    Ok(len)
}

/// Clears the folders of desk sessions that ended without a wipe (a crash, a power cut). Call
/// at start-up before starting a new session. Returns how many files were shredded.
pub fn sweep_leftovers(temp_root: &Path) -> Result<usize> {
    let entries = match fs::read_dir(temp_root) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(StoreError::from_io(temp_root, &e)),
    };
    let mut files = 0;
    for entry in entries.flatten() {
        let is_session = entry.file_name().to_string_lossy().starts_with(SESSION_PREFIX)
            && entry.file_type().is_ok_and(|t| t.is_dir());
        if is_session {
            let path = entry.path();
            files += shred_dir_contents(&path)?.0;
            fs::remove_dir(&path).map_err(|e| StoreError::from_io(&path, &e))?;
        }
    }
    Ok(files)
}
