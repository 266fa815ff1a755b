//! Signed data feed: the only code in Yidi that touches the network, and only when asked; and
//! the publisher that makes a feed folder. The layout is documented in docs/feed.md.
//!
//! A feed is a folder of plain static files (any web server, CDN or object store serves it):
//!
//! ```text
//! manifest.json            the signed manifest (short cache time)
//! manifest.json.sig        its ed25519 signature, 128 hex digits
//! <version>/<path>         every file of that version (immutable: cache forever)
//! ```
//!
//! ```json
//! {"format": 2, "version": 3, "published": "2026-12-01",
//!  "files": [{"path": "policy/beijing-employee.json", "sha256": "…", "size": 12345}, …]}
//! ```
//!
//! Each `path` is a dataset's relative path ([`is_dataset_path`]): the same path under `data/`
//! (the bundled copy) and in an installed release.
//!
//! [`update`] holds an exclusive lock on `feed/.lock` for its whole run (two runs at once wait
//! for each other), fetches the manifest (`If-None-Match`), checks its signature with the trusted
//! key before reading it, refuses a version older than the installed one, downloads every file
//! into `feed/staging/` hashing it as it arrives, checks size and hash, lets the caller validate
//! the content, keeps the signed manifest and signature beside the files, fsyncs, renames the
//! folder to `feed/releases/<version>/` and only then switches over in one atomic step:
//! `feed/current.json` written to a temporary file, fsynced and renamed. Whatever fails before that
//! rename leaves the installed data as it was, and the error says so; nothing after it is reported
//! as a failure.
//!
//! Nothing read from disk is trusted: `current.json` must name `releases/<its version>` and only
//! dataset paths ([`installed`]), an installed release is re-hashed against its manifest before an
//! update says "up to date" over it ([`verify_installed`]) — a damaged release is reinstalled —
//! and old releases are found by listing `feed/releases/`, never by a path from a file.
//!
//! The feed must be HTTPS; plain HTTP is accepted only from the loopback address (tests).

use std::{
    fs,
    io::{Read, Write},
    path::{Path, PathBuf},
    time::Duration,
};

use ed25519_dalek::{Signature, VerifyingKey};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use yidi_domain::{
    i18n::{self, Args},
    Lang, NaiveDate,
};

/// The largest manifest read (a few hundred files of a hundred bytes each; 4 MiB is far above).
const MAX_MANIFEST: u64 = 4 << 20;
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

/// The manifest format this code reads and writes.
pub const FORMAT: u32 = 2;

/// One file of a manifest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestFile {
    /// The dataset's relative path (`policy/beijing-employee.json`).
    pub path: String,
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
#[serde(deny_unknown_fields)]
pub struct Installed {
    pub version: u64,
    pub published: NaiveDate,
    /// The ETag of the manifest that was installed, for the next conditional request.
    pub etag: Option<String>,
    /// Always `releases/<version>`; anything else is refused when read.
    pub folder: String,
    pub files: Vec<ManifestFile>,
}

impl Installed {
    /// The installed file of the dataset at `path`, if this release has it.
    pub fn path(&self, data_dir: &Path, path: &str) -> Option<PathBuf> {
        self.files
            .iter()
            .any(|f| f.path == path && is_dataset_path(path))
            .then(|| release_dir(data_dir, self.version).join(path))
    }
}

fn release_dir(data_dir: &Path, version: u64) -> PathBuf {
    data_dir.join("feed").join("releases").join(version.to_string())
}

/// The relative paths a feed may carry: the datasets of docs/feed.md, one name per
/// segment (`[A-Za-z0-9][A-Za-z0-9._-]*`, at most 100 characters), nothing else. `..`, absolute paths,
/// backslashes, hidden files and unknown folders are refused, so no manifest and no
/// `current.json` can name a file outside the release.
pub fn is_dataset_path(path: &str) -> bool {
    let name_ok = |n: &str| {
        !n.is_empty()
            && n.len() <= 100
            && n.as_bytes()[0].is_ascii_alphanumeric()
            && n.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
            && !n.contains("..")
    };
    let parts: Vec<&str> = path.split('/').collect();
    match parts.as_slice() {
        ["hospitals", "directory.csv"] | ["hospitals", "index.yidx"] => true,
        ["policy", name] => name_ok(name) && name.ends_with(".json"),
        ["interview", "rules", name] => name_ok(name) && name.ends_with(".json"),
        ["consent", "texts", name] => name_ok(name) && (name.ends_with(".json") || name.ends_with(".txt")),
        _ => false,
    }
}

/// What an update did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// A newer version (or a repair of a damaged installed one) was verified and installed.
    Updated { from: Option<u64>, to: u64, published: NaiveDate, files: Vec<String> },
    /// The server said the manifest has not changed (HTTP 304), or offers the installed version,
    /// and the installed files match their manifest.
    UpToDate { version: u64 },
}

/// The caller's check of a downloaded file's content (path, bytes): an error text refuses it.
pub type Validate<'a> = &'a dyn Fn(&str, &[u8]) -> Result<(), String>;

/// The installed release as `feed/current.json` describes it, checked: its folder must be
/// `releases/<version>` and every path a dataset path. A file that fails these checks is an
/// error (the caller falls back to the bundled data; the next update replaces it).
pub fn installed(data_dir: &Path) -> Result<Option<Installed>, UpdateError> {
    let bad = |detail: String| UpdateError::Io { detail: format!("feed/current.json: {detail}") };
    match fs::read(data_dir.join("feed").join("current.json")) {
        Ok(bytes) => {
            if bytes.len() as u64 > MAX_MANIFEST {
                return Err(bad("too large".into()));
            }
            let current: Installed = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
            if current.folder != format!("releases/{}", current.version) {
                return Err(bad(format!("folder {:?} is not releases/{}", current.folder, current.version)));
            }
            check_files(&current.files).map_err(|e| bad(e.to_string()))?;
            Ok(Some(current))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(io(e)),
    }
}

/// Re-reads every file of the installed release and checks its size and SHA-256 against
/// `current.json`; with `key`, also that the signed manifest kept in the release verifies and
/// lists the same files. The release is trusted only if this passes.
pub fn verify_installed(data_dir: &Path, key: Option<&VerifyingKey>) -> Result<Option<Installed>, UpdateError> {
    let Some(current) = installed(data_dir)? else { return Ok(None) };
    let dir = release_dir(data_dir, current.version);
    for file in &current.files {
        let path = dir.join(&file.path);
        let mut f = fs::File::open(&path).map_err(|_| UpdateError::Tampered { file: file.path.clone() })?;
        let (size, digest) = hash_reader(&mut f).map_err(io)?;
        if size != file.size || !digest.eq_ignore_ascii_case(&file.sha256) {
            return Err(UpdateError::Tampered { file: file.path.clone() });
        }
    }
    if let Some(key) = key {
        let manifest_bytes = fs::read(dir.join(MANIFEST)).map_err(|_| UpdateError::BadSignature)?;
        let sig = fs::read(dir.join(SIGNATURE)).map_err(|_| UpdateError::BadSignature)?;
        verify_signature(key, &manifest_bytes, &sig)?;
        let manifest: Manifest =
            serde_json::from_slice(&manifest_bytes).map_err(|e| UpdateError::BadManifest { detail: e.to_string() })?;
        if manifest.version != current.version || manifest.published != current.published || manifest.files != current.files {
            return Err(UpdateError::Tampered { file: "feed/current.json".into() });
        }
    }
    Ok(Some(current))
}

fn hash_reader(reader: &mut dyn Read) -> std::io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut size = 0u64;
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        size += n as u64;
        hasher.update(&buf[..n]);
    }
    Ok((size, hex::encode(hasher.finalize())))
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

const MANIFEST: &str = "manifest.json";
const SIGNATURE: &str = "manifest.json.sig";

fn verify_signature(key: &VerifyingKey, manifest: &[u8], sig_text: &[u8]) -> Result<(), UpdateError> {
    let sig_bytes: [u8; 64] = hex::decode(String::from_utf8_lossy(sig_text).trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(UpdateError::BadSignature)?;
    key.verify_strict(manifest, &Signature::from_bytes(&sig_bytes)).map_err(|_| UpdateError::BadSignature)
}

/// Parses and checks a manifest's bytes (after its signature was verified).
pub fn parse_manifest(bytes: &[u8]) -> Result<Manifest, UpdateError> {
    let manifest: Manifest =
        serde_json::from_slice(bytes).map_err(|e| UpdateError::BadManifest { detail: e.to_string() })?;
    if manifest.format != FORMAT {
        return Err(UpdateError::BadManifest { detail: format!("format {} is not {FORMAT}", manifest.format) });
    }
    if manifest.files.is_empty() {
        return Err(UpdateError::BadManifest { detail: "no files".into() });
    }
    check_files(&manifest.files)?;
    Ok(manifest)
}

fn check_files(files: &[ManifestFile]) -> Result<(), UpdateError> {
    let bad = |detail: String| Err(UpdateError::BadManifest { detail });
    if files.len() > MAX_FILES {
        return bad(format!("more than {MAX_FILES} files"));
    }
    let mut paths = std::collections::HashSet::new();
    for f in files {
        if !is_dataset_path(&f.path) {
            return bad(format!("{:?} is not a dataset path", f.path));
        }
        if !paths.insert(f.path.as_str()) {
            return bad(format!("{:?} is listed twice", f.path));
        }
        if f.sha256.len() != 64 || !f.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return bad(format!("sha256 of {:?} is not 64 hex digits", f.path));
        }
        if f.size > MAX_FILE {
            return bad(format!("{:?} is larger than {MAX_FILE} bytes", f.path));
        }
    }
    Ok(())
}

/// The most files a manifest may list.
const MAX_FILES: usize = 10_000;

/// Holds `feed/.lock` exclusively until dropped: one update (or publish into the same data
/// folder) at a time. The lock is the operating system's (`flock`/`LockFileEx`), so a killed
/// process releases it.
#[derive(Debug)]
pub struct FeedLock {
    _file: fs::File,
}

/// Waits for and takes the feed lock of `data_dir`.
pub fn lock(data_dir: &Path) -> Result<FeedLock, UpdateError> {
    let feed_dir = data_dir.join("feed");
    fs::create_dir_all(&feed_dir).map_err(io)?;
    let file = fs::OpenOptions::new().create(true).truncate(false).write(true).open(feed_dir.join(".lock")).map_err(io)?;
    file.lock().map_err(io)?;
    Ok(FeedLock { _file: file })
}

/// Checks for a newer signed version at `feed_url` and installs it under `data_dir`.
pub fn update(data_dir: &Path, feed_url: &str, key: &VerifyingKey, validate: Validate<'_>) -> Result<Outcome, UpdateError> {
    let manifest_url = check_url(feed_url)?;
    let _lock = lock(data_dir)?;
    // What is installed counts only if it still matches its signed manifest; a damaged or
    // unreadable release is replaced by the same version (and no ETag is sent for it).
    let current = verify_installed(data_dir, Some(key)).unwrap_or_default();
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
    verify_signature(key, &manifest_bytes, &sig_text)?;
    let manifest = parse_manifest(&manifest_bytes)?;

    // 3. Newer only.
    if let Some(c) = &current {
        if manifest.version < c.version {
            return Err(UpdateError::Stale { offered: manifest.version, installed: c.version });
        }
        if manifest.version == c.version {
            return Ok(Outcome::UpToDate { version: c.version });
        }
    }

    // 4. Every file into staging, hashed as it arrives; the signed manifest kept beside them.
    let feed_dir = data_dir.join("feed");
    let staging = feed_dir.join("staging");
    remove_dir_if_present(&staging)?;
    fs::create_dir_all(&staging).map_err(io)?;
    let result = download_all(&client, &manifest_url, &manifest, &staging, validate).and_then(|()| {
        write_synced(&staging.join(MANIFEST), &manifest_bytes)?;
        write_synced(&staging.join(SIGNATURE), &sig_text)?;
        sync_tree(&staging)
    });
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&staging);
        return Err(e);
    }

    // 5. Switch over: staging becomes the release folder, then the pointer is replaced atomically.
    let releases = feed_dir.join("releases");
    fs::create_dir_all(&releases).map_err(io)?;
    let target = release_dir(data_dir, manifest.version);
    // Left by an earlier attempt that failed before its pointer switch (or a damaged copy of
    // the installed version being repaired): the pointer does not name it as verified.
    remove_dir_if_present(&target)?;
    fs::rename(&staging, &target).map_err(io)?;
    sync_dir(&releases)?;
    let record = Installed {
        version: manifest.version,
        published: manifest.published,
        etag,
        folder: format!("releases/{}", manifest.version),
        files: manifest.files.clone(),
    };
    let json = serde_json::to_vec_pretty(&record).map_err(|e| UpdateError::Io { detail: e.to_string() })?;
    write_atomically(&feed_dir.join("current.json"), &json)?;

    // 6. The switch is done: from here on nothing is reported as a failure. Other releases are
    // found by listing the folder, never by a path read from a file.
    if let Ok(entries) = fs::read_dir(&releases) {
        for entry in entries.flatten() {
            if entry.file_name() != std::ffi::OsStr::new(&manifest.version.to_string()) {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
    Ok(Outcome::Updated {
        from: current.map(|c| c.version),
        to: manifest.version,
        published: manifest.published,
        files: manifest.files.iter().map(|f| f.path.clone()).collect(),
    })
}

fn remove_dir_if_present(dir: &Path) -> Result<(), UpdateError> {
    match fs::symlink_metadata(dir) {
        Ok(m) if m.is_dir() => fs::remove_dir_all(dir).map_err(io),
        Ok(_) => fs::remove_file(dir).map_err(io),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(io(e)),
    }
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

fn download_all(
    client: &reqwest::blocking::Client,
    base: &reqwest::Url,
    manifest: &Manifest,
    staging: &Path,
    validate: Validate<'_>,
) -> Result<(), UpdateError> {
    for file in &manifest.files {
        let relative = format!("{}/{}", manifest.version, file.path);
        let url = base.join(&relative).map_err(|_| UpdateError::BadManifest { detail: format!("path {:?}", file.path) })?;
        let url = check_url(url.as_str())?;
        let response = ok_status(send(client.get(url.clone()), url.as_str())?, url.as_str())?;
        let path = staging.join(&file.path);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(io)?;
        }
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
                return Err(UpdateError::Tampered { file: file.path.clone() });
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(io)?;
        }
        if got < file.size {
            return Err(UpdateError::Truncated { file: file.path.clone(), expected: file.size, got });
        }
        if !hex::encode(hasher.finalize()).eq_ignore_ascii_case(&file.sha256) {
            return Err(UpdateError::Tampered { file: file.path.clone() });
        }
        out.sync_all().map_err(io)?;
        drop(out);
        let content = fs::read(&path).map_err(io)?;
        validate(&file.path, &content).map_err(|detail| UpdateError::Invalid { file: file.path.clone(), detail })?;
    }
    Ok(())
}

fn write_synced(path: &Path, bytes: &[u8]) -> Result<(), UpdateError> {
    let mut f = fs::File::create(path).map_err(io)?;
    f.write_all(bytes).map_err(io)?;
    f.sync_all().map_err(io)
}

/// fsyncs every folder under `dir` (files were synced as they were written).
fn sync_tree(dir: &Path) -> Result<(), UpdateError> {
    for entry in fs::read_dir(dir).map_err(io)?.flatten() {
        if entry.file_type().map(|t| t.is_dir()).unwrap_or(false) {
            sync_tree(&entry.path())?;
        }
    }
    sync_dir(dir)
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

pub mod publish;
