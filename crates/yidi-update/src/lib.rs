//! Signed data-feed updates: the only code in Yidi that touches the network, and only when asked.
//!
//! A feed is a manifest (JSON, below) and its ed25519 signature (`<manifest URL>.sig`, the 64
//! signature bytes in hex) over the manifest's exact bytes. The manifest names a version (a
//! whole number that only grows), the date it was published, and each file with its URL
//! (relative to the manifest), SHA-256 and size:
//!
//! ```json
//! {"format": 1, "version": 3, "published": "2025-04-01",
//!  "files": [{"name": "hospitals.csv", "url": "hospitals-3.csv", "sha256": "…", "size": 123456}]}
//! ```
//!
//! [`update`] fetches the manifest with `If-None-Match` (the ETag of the last one), checks the
//! signature with the trusted key, refuses a version not newer than the installed one, downloads
//! every file into a staging folder while hashing it, checks size and hash, lets the caller
//! validate the content, fsyncs, and only then switches the data over in one atomic step: the
//! pointer file `current.json` is written to a temporary file, fsynced and renamed over the old
//! one. Whatever fails before that rename leaves the installed data exactly as it was, and the
//! error says why ([`UpdateError::message`], localized).
//!
//! Layout under the data directory the caller passes (no global paths here):
//! `feed/current.json`, `feed/releases/<version>/<files>`, `feed/staging/` (transient).
//!
//! The feed must be HTTPS; plain HTTP is accepted only from the loopback address (tests).

use std::{
    fs,
    io::{Read, Write},
    path::{Path, PathBuf},
    time::Duration,
};

use ed25519_dalek::{Signature, Verifier, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use yidi_domain::{
    i18n::{self, Args},
    Lang, NaiveDate,
};

/// The largest manifest read (a manifest lists a handful of files).
const MAX_MANIFEST: u64 = 1 << 20;
/// The largest single file accepted: a national directory CSV is ~100 MB.
const MAX_FILE: u64 = 1 << 30;

/// Why an update did not happen. Every variant leaves the installed data untouched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum UpdateError {
    /// Not an https URL (or http on the loopback address).
    #[error("the feed address {url:?} is not an https URL")]
    BadFeedUrl { url: String },
    /// The trusted key is not a valid ed25519 public key (64 hex digits).
    #[error("the trusted key is not an ed25519 public key")]
    BadKey,
    /// No connection, a timeout, or a connection closed in the middle of a download.
    #[error("network error fetching {url}: {detail}")]
    Network { url: String, detail: String },
    /// The server answered with an error status.
    #[error("{url} answered HTTP {status}")]
    HttpStatus { url: String, status: u16 },
    /// The manifest's signature is missing, malformed or not made by the trusted key.
    #[error("the manifest's signature does not verify with the trusted key")]
    BadSignature,
    /// The manifest is signed but not of the expected form.
    #[error("the manifest is malformed: {detail}")]
    BadManifest { detail: String },
    /// The offered version is older than the installed one.
    #[error("the feed offers version {offered}, older than the installed {installed}")]
    Stale { offered: u64, installed: u64 },
    /// A file ended before the size the manifest gives.
    #[error("{file} is truncated: {got} of {expected} bytes")]
    Truncated { file: String, expected: u64, got: u64 },
    /// A file is longer than the manifest says, or its SHA-256 differs: not the signed content.
    #[error("{file} does not match the signed manifest")]
    Tampered { file: String },
    /// The content is authentic but the caller's check refused it (for example a CSV error).
    #[error("{file} was refused: {detail}")]
    Invalid { file: String, detail: String },
    /// Reading or writing the data directory failed.
    #[error("could not write the data directory: {detail}")]
    Io { detail: String },
}

impl UpdateError {
    /// A stable code for programs.
    pub fn code(&self) -> &'static str {
        match self {
            UpdateError::BadFeedUrl { .. } => "update_bad_feed_url",
            UpdateError::BadKey => "update_bad_key",
            UpdateError::Network { .. } => "update_network",
            UpdateError::HttpStatus { .. } => "update_http_status",
            UpdateError::BadSignature => "update_bad_signature",
            UpdateError::BadManifest { .. } => "update_bad_manifest",
            UpdateError::Stale { .. } => "update_stale",
            UpdateError::Truncated { .. } => "update_truncated",
            UpdateError::Tampered { .. } => "update_tampered",
            UpdateError::Invalid { .. } => "update_invalid",
            UpdateError::Io { .. } => "update_io",
        }
    }

    /// The message for people, in `lang` (`hosp-update-*` in locales/*/hospitals.ftl).
    pub fn message(&self, lang: Lang) -> String {
        let (id, args) = match self {
            UpdateError::BadFeedUrl { url } => ("hosp-update-bad-feed-url", Args::new().text("url", url)),
            UpdateError::BadKey => ("hosp-update-bad-key", Args::new()),
            UpdateError::Network { url, detail } => {
                ("hosp-update-network", Args::new().text("url", url).text("detail", detail))
            }
            UpdateError::HttpStatus { url, status } => {
                ("hosp-update-http-status", Args::new().text("url", url).int("status", i64::from(*status)))
            }
            UpdateError::BadSignature => ("hosp-update-bad-signature", Args::new()),
            UpdateError::BadManifest { detail } => ("hosp-update-bad-manifest", Args::new().text("detail", detail)),
            UpdateError::Stale { offered, installed } => (
                "hosp-update-stale",
                Args::new().text("offered", offered.to_string()).text("installed", installed.to_string()),
            ),
            UpdateError::Truncated { file, expected, got } => (
                "hosp-update-truncated",
                Args::new().text("file", file).text("expected", expected.to_string()).text("got", got.to_string()),
            ),
            UpdateError::Tampered { file } => ("hosp-update-tampered", Args::new().text("file", file)),
            UpdateError::Invalid { file, detail } => {
                ("hosp-update-invalid", Args::new().text("file", file).text("detail", detail))
            }
            UpdateError::Io { detail } => ("hosp-update-io", Args::new().text("detail", detail)),
        };
        let text = i18n::format_or_id(lang, id, &args);
        let kept = i18n::format_or_id(lang, "hosp-update-kept", &Args::new());
        let space = if lang == Lang::EnUs { " " } else { "" };
        format!("{text}{space}{kept}")
    }
}

fn io(e: std::io::Error) -> UpdateError {
    UpdateError::Io { detail: e.to_string() }
}

/// One file of a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    pub name: String,
    pub url: String,
    pub sha256: String,
    pub size: u64,
}

/// The signed manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    pub format: u32,
    pub version: u64,
    pub published: NaiveDate,
    pub files: Vec<ManifestFile>,
}

/// What is installed: `feed/current.json`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Installed {
    pub version: u64,
    pub published: NaiveDate,
    /// The ETag of the manifest that was installed, for the next conditional request.
    pub etag: Option<String>,
    /// The folder under `feed/` holding the files.
    pub folder: String,
    pub files: Vec<ManifestFile>,
}

impl Installed {
    /// The path of an installed file by its manifest name.
    pub fn path(&self, data_dir: &Path, name: &str) -> Option<PathBuf> {
        self.files.iter().any(|f| f.name == name).then(|| data_dir.join("feed").join(&self.folder).join(name))
    }
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// A newer version was verified and installed.
    Updated { from: Option<u64>, to: u64, published: NaiveDate, files: Vec<String> },
    /// The server said the manifest has not changed (HTTP 304), or offers the installed version.
    UpToDate { version: u64 },
}

/// The caller's check of a downloaded file's content (name, bytes): an error text refuses it.
pub type Validate<'a> = &'a dyn Fn(&str, &[u8]) -> Result<(), String>;

/// The installed version, if any.
pub fn installed(data_dir: &Path) -> Result<Option<Installed>, UpdateError> {
    match fs::read(data_dir.join("feed").join("current.json")) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|e| UpdateError::Io { detail: format!("feed/current.json: {e}") }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(e)),
    }
}

/// Parses a trusted key written as 64 hex digits.
pub fn parse_key(hex_key: &str) -> Result<VerifyingKey, UpdateError> {
    let bytes: [u8; 32] = hex::decode(hex_key.trim()).ok().and_then(|b| b.try_into().ok()).ok_or(UpdateError::BadKey)?;
    VerifyingKey::from_bytes(&bytes).map_err(|_| UpdateError::BadKey)
}

fn check_url(url: &str) -> Result<reqwest::Url, UpdateError> {
    let bad = || UpdateError::BadFeedUrl { url: url.to_string() };
    let parsed = reqwest::Url::parse(url).map_err(|_| bad())?;
    let loopback = matches!(parsed.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match parsed.scheme() {
        "https" => Ok(parsed),
        "http" if loopback => Ok(parsed),
        _ => Err(bad()),
    }
}

/// Checks for a newer signed version at `feed_url` and installs it under `data_dir`.
pub fn update(data_dir: &Path, feed_url: &str, key: &VerifyingKey, validate: Validate<'_>) -> Result<Outcome, UpdateError> {
    let manifest_url = check_url(feed_url)?;
    let current = installed(data_dir)?;
    let client = reqwest::blocking::Client::builder()
        .timeout(Duration::from_secs(120))
        .connect_timeout(Duration::from_secs(15))
        .user_agent(concat!("yidi/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| UpdateError::Network { url: feed_url.to_string(), detail: e.to_string() })?;

    // 1. The manifest, conditionally.
    let mut request = client.get(manifest_url.clone());
    if let Some(etag) = current.as_ref().and_then(|c| c.etag.as_deref()) {
        request = request.header(reqwest::header::IF_NONE_MATCH, etag);
    }
    let response = send(request, manifest_url.as_str())?;
    if response.status() == reqwest::StatusCode::NOT_MODIFIED {
        if let Some(c) = &current {
            return Ok(Outcome::UpToDate { version: c.version });
        }
    }
    let response = ok_status(response, manifest_url.as_str())?;
    let etag = response.headers().get(reqwest::header::ETAG).and_then(|v| v.to_str().ok()).map(str::to_string);
    let manifest_bytes = read_limited(response, manifest_url.as_str(), MAX_MANIFEST)?;

    // 2. Its signature, before anything in it is believed.
    let sig_url = reqwest::Url::parse(&format!("{manifest_url}.sig")).map_err(|_| UpdateError::BadSignature)?;
    let sig_response = ok_status(send(client.get(sig_url.clone()), sig_url.as_str())?, sig_url.as_str())?;
    let sig_text = read_limited(sig_response, sig_url.as_str(), 1024)?;
    let sig_bytes: [u8; 64] = hex::decode(String::from_utf8_lossy(&sig_text).trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(UpdateError::BadSignature)?;
    key.verify(&manifest_bytes, &Signature::from_bytes(&sig_bytes)).map_err(|_| UpdateError::BadSignature)?;
    let manifest: Manifest =
        serde_json::from_slice(&manifest_bytes).map_err(|e| UpdateError::BadManifest { detail: e.to_string() })?;
    check_manifest(&manifest)?;

    // 3. Newer only.
    if let Some(c) = &current {
        if manifest.version < c.version {
            return Err(UpdateError::Stale { offered: manifest.version, installed: c.version });
        }
        if manifest.version == c.version {
            return Ok(Outcome::UpToDate { version: c.version });
        }
    }

    // 4. Every file into staging, hashed as it arrives.
    let feed_dir = data_dir.join("feed");
    let staging = feed_dir.join("staging");
    if staging.exists() {
        fs::remove_dir_all(&staging).map_err(io)?;
    }
    fs::create_dir_all(&staging).map_err(io)?;
    let result = download_all(&client, &manifest_url, &manifest, &staging, validate);
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }

    // 5. Switch over: staging becomes the release folder, then the pointer is replaced atomically.
    let releases = feed_dir.join("releases");
    fs::create_dir_all(&releases).map_err(io)?;
    let folder = format!("releases/{}", manifest.version);
    let target = feed_dir.join(&folder);
    if target.exists() {
        // Left by an earlier attempt that failed before its pointer switch: never pointed to.
        fs::remove_dir_all(&target).map_err(io)?;
    }
    fs::rename(&staging, &target).map_err(io)?;
    sync_dir(&releases)?;
    let record = Installed {
        version: manifest.version,
        published: manifest.published,
        etag,
        folder: folder.clone(),
        files: manifest.files.clone(),
    };
    let json = serde_json::to_vec_pretty(&record).map_err(|e| UpdateError::Io { detail: e.to_string() })?;
    write_atomically(&feed_dir.join("current.json"), &json)?;

    // 6. The old release is no longer pointed to.
    if let Some(old) = &current {
        if old.folder != folder {
            let _ = fs::remove_dir_all(feed_dir.join(&old.folder));
        }
    }
    Ok(Outcome::Updated {
        from: current.map(|c| c.version),
        to: manifest.version,
        published: manifest.published,
        files: manifest.files.iter().map(|f| f.name.clone()).collect(),
    })
}

fn send(request: reqwest::blocking::RequestBuilder, url: &str) -> Result<reqwest::blocking::Response, UpdateError> {
    request.send().map_err(|e| UpdateError::Network { url: url.to_string(), detail: e.to_string() })
}

fn ok_status(response: reqwest::blocking::Response, url: &str) -> Result<reqwest::blocking::Response, UpdateError> {
    if response.status().is_success() {
        Ok(response)
    } else {
        Err(UpdateError::HttpStatus { url: url.to_string(), status: response.status().as_u16() })
    }
}

fn read_limited(response: reqwest::blocking::Response, url: &str, limit: u64) -> Result<Vec<u8>, UpdateError> {
    let mut bytes = Vec::new();
    response
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| UpdateError::Network { url: url.to_string(), detail: e.to_string() })?;
    if bytes.len() as u64 > limit {
        return Err(UpdateError::BadManifest { detail: format!("{url} is larger than {limit} bytes") });
    }
    Ok(bytes)
}

fn check_manifest(m: &Manifest) -> Result<(), UpdateError> {
    let bad = |detail: String| Err(UpdateError::BadManifest { detail });
    if m.format != 1 {
        return bad(format!("format {} is not 1", m.format));
    }
    if m.files.is_empty() {
        return bad("no files".into());
    }
    let mut names = std::collections::HashSet::new();
    for f in &m.files {
        let safe = !f.name.is_empty()
            && !f.name.starts_with('.')
            && f.name.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'));
        if !safe {
            return bad(format!("file name {:?} is not a plain file name", f.name));
        }
        if !names.insert(f.name.as_str()) {
            return bad(format!("file {:?} is listed twice", f.name));
        }
        if f.sha256.len() != 64 || !f.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return bad(format!("sha256 of {:?} is not 64 hex digits", f.name));
        }
        if f.size > MAX_FILE {
            return bad(format!("{:?} is larger than {MAX_FILE} bytes", f.name));
        }
    }
    Ok(())
}

fn download_all(
    client: &reqwest::blocking::Client,
    base: &reqwest::Url,
    manifest: &Manifest,
    staging: &Path,
    validate: Validate<'_>,
) -> Result<(), UpdateError> {
    for file in &manifest.files {
        let url = base.join(&file.url).map_err(|_| UpdateError::BadManifest { detail: format!("url {:?}", file.url) })?;
        let url = check_url(url.as_str())?;
        let response = ok_status(send(client.get(url.clone()), url.as_str())?, url.as_str())?;
        let path = staging.join(&file.name);
        let mut out = fs::File::create(&path).map_err(io)?;
        let mut hasher = Sha256::new();
        let mut got: u64 = 0;
        let mut buf = vec![0u8; 64 * 1024];
        let mut body = response;
        loop {
            let n = match body.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) => {
                    return Err(UpdateError::Network { url: url.to_string(), detail: e.to_string() });
                }
            };
            got += n as u64;
            if got > file.size {
                return Err(UpdateError::Tampered { file: file.name.clone() });
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(io)?;
        }
        if got < file.size {
            return Err(UpdateError::Truncated { file: file.name.clone(), expected: file.size, got });
        }
        if !hex::encode(hasher.finalize()).eq_ignore_ascii_case(&file.sha256) {
            return Err(UpdateError::Tampered { file: file.name.clone() });
        }
        out.sync_all().map_err(io)?;
        drop(out);
        let content = fs::read(&path).map_err(io)?;
        validate(&file.name, &content).map_err(|detail| UpdateError::Invalid { file: file.name.clone(), detail })?;
    }
    sync_dir(staging)
}

/// Writes `bytes` to `path` so that a reader sees the old content or the new, never a mix:
/// a temporary file beside it, fsync, rename, fsync of the folder.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), UpdateError> {
    let dir = path.parent().ok_or_else(|| UpdateError::Io { detail: format!("{} has no folder", path.display()) })?;
    fs::create_dir_all(dir).map_err(io)?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    {
        let mut f = fs::File::create(&tmp).map_err(io)?;
        f.write_all(bytes).map_err(io)?;
        f.sync_all().map_err(io)?;
    }
    fs::rename(&tmp, path).map_err(io)?;
    sync_dir(dir)
}

fn sync_dir(dir: &Path) -> Result<(), UpdateError> {
    // Directories can be fsynced on Unix; elsewhere opening one fails and the rename stands alone.
    if cfg!(unix) {
        fs::File::open(dir).and_then(|d| d.sync_all()).map_err(io)?;
    }
    Ok(())
}
