//! The publisher's side: a key pair, and a feed folder built from `data/` and signed.
//!
//! `keygen` writes the private key file (`yidi-feed-key/1` and the 32-byte seed in hex, created
//! 0600 and never overwritten) and returns the public key as 64 hex digits: that is what apps
//! trust (`yidi data update --key`). `publish` copies every dataset under the source folder
//! ([`crate::is_dataset_path`]) to `<out>/<version>/<path>`, writes `<out>/manifest.json` with
//! each file's SHA-256 and size, and signs it (`<out>/manifest.json.sig`). Version and date are
//! arguments: no clock here. A version not newer than the one already in `<out>` is refused, and
//! an existing `<out>/<version>/` is never overwritten (published files are cached forever).

use std::{
    fs,
    io::Write,
    path::{Path, PathBuf},
};

use ed25519_dalek::{Signer, SigningKey};
use serde::Serialize;
use yidi_domain::NaiveDate;

use crate::{hash_reader, is_dataset_path, parse_manifest, Manifest, ManifestFile, FORMAT, MANIFEST, SIGNATURE};

const KEY_HEADER: &str = "yidi-feed-key/1";

/// Why publishing (or making a key) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PublishError {
    #[error("{path}: {detail}")]
    Io { path: PathBuf, detail: String },
    #[error("{path} is not a Yidi feed key file")]
    BadKey { path: PathBuf },
    #[error("{path} may be read by other users (mode {mode:o}); it must be 0600")]
    KeyTooOpen { path: PathBuf, mode: u32 },
    #[error("{path} already exists; a key is never overwritten")]
    KeyExists { path: PathBuf },
    #[error("version {version} is not newer than the published version {published}")]
    NotNewer { version: u64, published: u64 },
    #[error("{path} already exists: a published version is never changed")]
    VersionExists { path: PathBuf },
    #[error("no dataset files under {path}")]
    Empty { path: PathBuf },
}

impl PublishError {
    pub fn code(&self) -> &'static str {
        match self {
            PublishError::Io { .. } => "publish_io",
            PublishError::BadKey { .. } => "publish_bad_key",
            PublishError::KeyTooOpen { .. } => "publish_key_too_open",
            PublishError::KeyExists { .. } => "publish_key_exists",
            PublishError::NotNewer { .. } => "publish_not_newer",
            PublishError::VersionExists { .. } => "publish_version_exists",
            PublishError::Empty { .. } => "publish_empty",
        }
    }
}

fn io_at(path: &Path) -> impl Fn(std::io::Error) -> PublishError + '_ {
    move |e| PublishError::Io { path: path.to_path_buf(), detail: e.to_string() }
}

/// Makes a new key pair: the private key file at `path` (0600, never overwritten); returns the
/// public key in hex.
pub fn keygen(path: &Path) -> Result<String, PublishError> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| PublishError::Io { path: path.to_path_buf(), detail: e.to_string() })?;
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(io_at(parent))?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => PublishError::KeyExists { path: path.to_path_buf() },
        _ => PublishError::Io { path: path.to_path_buf(), detail: e.to_string() },
    })?;
    file.write_all(format!("{KEY_HEADER}\n{}\n", hex::encode(seed)).as_bytes()).map_err(io_at(path))?;
    file.sync_all().map_err(io_at(path))?;
    Ok(hex::encode(SigningKey::from_bytes(&seed).verifying_key().as_bytes()))
}

/// Reads a private key file made by [`keygen`]; refused if others may read it.
pub fn load_key(path: &Path) -> Result<SigningKey, PublishError> {
    let text = fs::read_to_string(path).map_err(io_at(path))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(path).map_err(io_at(path))?.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(PublishError::KeyTooOpen { path: path.to_path_buf(), mode });
        }
    }
    let mut lines = text.lines();
    let seed: Option<[u8; 32]> = match lines.next() {
        Some(KEY_HEADER) => lines.next().and_then(|l| hex::decode(l.trim()).ok()).and_then(|b| b.try_into().ok()),
        _ => None,
    };
    seed.map(|s| SigningKey::from_bytes(&s)).ok_or_else(|| PublishError::BadKey { path: path.to_path_buf() })
}

/// What [`publish`] wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Published {
    pub version: u64,
    pub published: NaiveDate,
    pub manifest: String,
    pub files: Vec<String>,
    pub bytes: u64,
    pub public_key: String,
}

/// Every dataset file under `from`, as relative paths, sorted.
pub fn dataset_files(from: &Path) -> Result<Vec<String>, PublishError> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), PublishError> {
        for entry in fs::read_dir(dir).map_err(io_at(dir))?.flatten() {
            let path = entry.path();
            let file_type = entry.file_type().map_err(io_at(&path))?;
            if file_type.is_dir() {
                walk(root, &path, out)?;
            } else if file_type.is_file() {
                let rel = path.strip_prefix(root).unwrap_or(&path).to_string_lossy().replace('\\', "/");
                if is_dataset_path(&rel) {
                    out.push(rel);
                }
            }
        }
        Ok(())
    }
    let mut out = Vec::new();
    walk(from, from, &mut out)?;
    out.sort();
    Ok(out)
}

/// Builds and signs the feed folder `out` from the datasets under `from`.
pub fn publish(from: &Path, out: &Path, version: u64, published: NaiveDate, key: &SigningKey) -> Result<Published, PublishError> {
    let manifest_path = out.join(MANIFEST);
    if let Ok(bytes) = fs::read(&manifest_path) {
        if let Ok(previous) = parse_manifest(&bytes) {
            if version <= previous.version {
                return Err(PublishError::NotNewer { version, published: previous.version });
            }
        }
    }
    let version_dir = out.join(version.to_string());
    if version_dir.exists() {
        return Err(PublishError::VersionExists { path: version_dir });
    }
    let paths = dataset_files(from)?;
    if paths.is_empty() {
        return Err(PublishError::Empty { path: from.to_path_buf() });
    }
    let mut files = Vec::new();
    let mut bytes = 0;
    for rel in &paths {
        let source = from.join(rel);
        let target = version_dir.join(rel);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(io_at(parent))?;
        }
        fs::copy(&source, &target).map_err(io_at(&source))?;
        let mut f = fs::File::open(&target).map_err(io_at(&target))?;
        let (size, sha256) = hash_reader(&mut f).map_err(io_at(&target))?;
        bytes += size;
        files.push(ManifestFile { path: rel.clone(), sha256, size });
    }
    let manifest = Manifest { format: FORMAT, version, published, files };
    let mut text = serde_json::to_vec_pretty(&manifest).map_err(|e| PublishError::Io { path: manifest_path.clone(), detail: e.to_string() })?;
    text.push(b'\n');
    let signature = hex::encode(key.sign(&text).to_bytes());
    // The signature first, then the manifest, each by rename: a reader may briefly see a new
    // signature with the old manifest (refused, retried later), never a manifest it would trust
    // with the wrong files — the files of the new version are all in place before either.
    write_replace(&out.join(SIGNATURE), format!("{signature}\n").as_bytes())?;
    write_replace(&manifest_path, &text)?;
    Ok(Published {
        version,
        published,
        manifest: manifest_path.display().to_string(),
        files: paths,
        bytes,
        public_key: hex::encode(key.verifying_key().as_bytes()),
    })
}

fn write_replace(path: &Path, bytes: &[u8]) -> Result<(), PublishError> {
    let tmp = path.with_extension("tmp");
    fs::write(&tmp, bytes).map_err(io_at(&tmp))?;
    fs::rename(&tmp, path).map_err(io_at(path))
}
