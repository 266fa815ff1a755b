//! Datasets by relative path (contract (c), docs/feed.md): the installed, verified feed release
//! first, else the copy bundled in the program.
//!
//! A dataset has the same relative path under `data/` (bundled at build time) and in an
//! installed release (`<data dir>/feed/releases/<version>/<path>`): `hospitals/directory.csv`,
//! `hospitals/index.yidx`, `policy/<pack>.json`, `policy/destinations.json`,
//! `interview/rules/<layer>.json`, `consent/texts/<text>.json`.
//!
//! The edge (the shell, the CLI) says once where the data folder is ([`set_data_dir`]); the core
//! reads nothing else, and hands the bytes it resolved to the crates that parse them (the
//! estimate's packs, the interview's rule layers, the consent texts): they do no I/O of their own.
//!
//! An installed release is trusted only after every file was re-hashed against its manifest
//! (`yidi_update::verify_installed`). That is done once — at install, or the first time a release
//! is seen — and recorded in a stamp (`feed/verified`: the identity of `current.json` and of
//! every file: size, modification and change time, inode); later openings, in this process or
//! another (every `yidi hospitals search`), compare the stamp with a `stat` of each file and hash
//! again only when it does not match. A release that fails is ignored (the bundled data answers)
//! until an update replaces it.
//!
//! A dataset family that does not load as a whole (a rule layer that cites an unknown source, a
//! consent text that edits a version already known) is refused as a whole: the bundled family
//! answers and [`status`] says why, in the person's language. Never half of a correction.
//!
//! Consent texts received by the feed are also kept under `<data dir>/consent/received/`, so a
//! record signed under a text that a later release no longer carries still verifies.
//!
//! The publisher and key commands (`yidi data publish`, `yidi data keygen`) are here too, so the
//! CLI stays a few lines.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex, OnceLock, RwLock},
};

use serde::Serialize;
use yidi_domain::{
    i18n::{self, Args},
    FieldError, Lang, NaiveDate,
};
use yidi_estimate::{destination::DestinationTable, library::Library, PolicyPack};
use yidi_interview::Interview;
use yidi_update::Installed;

use crate::ApiError;

static DATA_DIR: RwLock<Option<PathBuf>> = RwLock::new(None);

/// Where the data folder is (`None`: bundled data only). The shell and the CLI call this once at
/// start; tests call it with a temporary folder.
pub fn set_data_dir(dir: Option<&Path>) {
    let mut slot = DATA_DIR.write().unwrap_or_else(|p| p.into_inner());
    *slot = dir.map(Path::to_path_buf);
}

/// The data folder set by [`set_data_dir`].
pub fn data_dir() -> Option<PathBuf> {
    DATA_DIR.read().unwrap_or_else(|p| p.into_inner()).clone()
}

/// An installed release that passed verification.
#[derive(Debug, Clone)]
pub struct Release {
    pub dir: PathBuf,
    pub installed: Installed,
}

impl Release {
    /// The installed file of a dataset, if this release carries it.
    pub fn file(&self, rel: &str) -> Option<PathBuf> {
        self.installed.path(&self.dir, rel)
    }

    /// The dataset paths this release carries under `prefix` (`policy/`).
    pub fn paths_under<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.installed.files.iter().map(|f| f.path.as_str()).filter(move |p| p.starts_with(prefix))
    }
}

/// What the cache was made for: the data folder, the bytes of `current.json`, and the identity
/// of it and of every file it lists (see [`STAMP`]): a file changed after verification is noticed
/// by a `stat`, without hashing everything again on every call.
type CacheKey = (PathBuf, Vec<u8>, Option<String>);

#[derive(Default)]
struct Cache {
    key: Option<CacheKey>,
    release: Option<Arc<Release>>,
    library: Option<Arc<Library>>,
    interview: Option<&'static Interview>,
    consent_loaded: bool,
    /// Datasets of the installed release that were refused at load (the bundled ones answer).
    problems: Vec<Problem>,
}

/// A dataset family of the installed release that did not load: which file, and why (the
/// loaders' own words, for the people who maintain the data).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Problem {
    file: String,
    detail: String,
}

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Cache::default()))
}

/// Runs `f` on the cache, after dropping what was made for another installed state.
fn with_cache<T>(f: impl FnOnce(&mut Cache) -> T) -> T {
    let key = data_dir().map(|dir| {
        let current = std::fs::read(dir.join("feed").join("current.json")).unwrap_or_default();
        let files = match yidi_update::installed(&dir) {
            Ok(Some(installed)) => identity(&dir, &installed),
            _ => None,
        };
        (dir, current, files)
    });
    let mut cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    if cache.key != key || (key.is_none() && cache.release.is_some()) {
        *cache = Cache::default();
        if let Some((dir, current, _)) = &key {
            if !current.is_empty() {
                cache.release = release_in(dir).map(Arc::new);
            }
        }
        cache.key = key;
    }
    f(&mut cache)
}

/// The stamp that records a verified release, under `<data dir>/feed/`.
pub const STAMP: &str = "verified";

/// What the stamp records: `current.json`'s identity and every listed file's, from `stat` alone.
/// `None` when a file is missing.
fn identity(data_dir: &Path, installed: &Installed) -> Option<String> {
    fn one(path: &Path) -> Option<String> {
        let m = std::fs::metadata(path).ok()?;
        let modified = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?.as_nanos();
        #[cfg(unix)]
        let (changed, inode) = {
            use std::os::unix::fs::MetadataExt;
            (format!("{}.{:09}", m.ctime(), m.ctime_nsec()), m.ino())
        };
        #[cfg(not(unix))]
        let (changed, inode) = (String::new(), 0u64);
        Some(format!("{} {modified} {changed} {inode}", m.len()))
    }
    let mut out = format!("yidi-verified 1\ncurrent.json {}\n", one(&data_dir.join("feed").join("current.json"))?);
    for f in &installed.files {
        out.push_str(&format!("{} {}\n", f.path, one(&installed.path(data_dir, &f.path)?)?));
    }
    Some(out)
}

/// The verified installed release under `data_dir`, or `None` (nothing installed, or it failed
/// verification: the bundled data is used). The files are hashed only when the stamp does not
/// vouch for them (see the module's notes); a release that verifies gets a new stamp.
pub fn release_in(data_dir: &Path) -> Option<Release> {
    let installed = yidi_update::installed(data_dir).ok()??;
    let before = identity(data_dir, &installed)?;
    let stamp = data_dir.join("feed").join(STAMP);
    if std::fs::read_to_string(&stamp).ok().as_deref() == Some(before.as_str()) {
        return Some(Release { dir: data_dir.to_path_buf(), installed });
    }
    let _ = std::fs::remove_file(&stamp);
    let installed = match yidi_update::verify_installed(data_dir, None) {
        Ok(Some(installed)) => installed,
        _ => return None,
    };
    // Stamp only what was hashed: a file changed while it was read is hashed again next time.
    if identity(data_dir, &installed).as_deref() == Some(before.as_str()) {
        let _ = yidi_update::write_atomically(&stamp, before.as_bytes());
    }
    Some(Release { dir: data_dir.to_path_buf(), installed })
}

/// The verified installed release of the configured data folder.
pub fn release() -> Option<Arc<Release>> {
    with_cache(|c| c.release.clone())
}

/// The installed file of the dataset at `rel`, when a verified release carries it.
pub fn installed_file(rel: &str) -> Option<PathBuf> {
    release().and_then(|r| r.file(rel))
}

/// The installed text of the dataset at `rel` (else `None`: use the bundled copy).
pub fn installed_text(rel: &str) -> Option<String> {
    installed_file(rel).and_then(|p| std::fs::read_to_string(p).ok())
}

/// The estimate's packs and destination shares: the bundled ones with the installed release's
/// `policy/` files over them ([`Library::load`]: same file name or region and scheme replaced, a
/// new region added, the destination table replaced). A file that does not parse changes nothing
/// (it was checked at install, so this means damage after it).
pub fn estimate_library() -> Arc<Library> {
    with_cache(|c| {
        if let Some(lib) = &c.library {
            return Arc::clone(lib);
        }
        let lib = match &c.release {
            None => Arc::new(Library::shipped().clone()),
            Some(release) => {
                let files = release
                    .paths_under("policy/")
                    .filter_map(|rel| Some((rel.to_string(), std::fs::read(release.file(rel)?).ok()?)))
                    .collect::<Vec<_>>();
                Arc::new(Library::load(files).0)
            }
        };
        c.library = Some(Arc::clone(&lib));
        lib
    })
}

/// The interview's rule layers: the bundled ones with the installed release's
/// `interview/rules/<layer>.json` over them, checked as a whole; when that set does not load, the
/// bundled interview (and [`status`] says why). The flow is bundled only.
///
/// Each distinct installed state's interview is kept for the life of the process (the screens
/// borrow it), so a process leaks one per update it sees: a few kilobytes.
pub fn interview() -> Result<&'static Interview, ApiError> {
    static BUNDLED: OnceLock<Result<Interview, String>> = OnceLock::new();
    let bundled = || {
        BUNDLED.get_or_init(|| Interview::embedded().map_err(|e| e.to_string())).as_ref().map_err(|e| interview_error(e))
    };
    with_cache(|c| {
        if let Some(iv) = c.interview {
            return Ok(iv);
        }
        let mut iv = bundled()?;
        if let Some(release) = &c.release {
            let mut layers = Vec::new();
            let mut unreadable = None;
            for rel in release.paths_under(INTERVIEW_RULES) {
                match release.file(rel).map(std::fs::read_to_string) {
                    Some(Ok(text)) => layers.push((rel.to_string(), text)),
                    Some(Err(e)) => unreadable = Some(Problem { file: rel.to_string(), detail: e.to_string() }),
                    None => {}
                }
            }
            if let Some(p) = unreadable {
                c.problems.push(p);
            } else if !layers.is_empty() {
                match Interview::with_layers(layers) {
                    Ok(loaded) => iv = Box::leak(Box::new(loaded)),
                    Err(e) => c.problems.push(Problem { file: format!("interview/{}", e.file), detail: e.message }),
                }
            }
        }
        c.interview = Some(iv);
        Ok(iv)
    })
}

fn interview_error(detail: &str) -> ApiError {
    ApiError {
        code: "interview_data".into(),
        field: None,
        message: i18n::format_or_id(Lang::default(), "err-iv-data", &Args::new().text("detail", detail)),
    }
}

const INTERVIEW_RULES: &str = "interview/rules/";
const CONSENT_TEXTS: &str = "consent/texts/";
/// Where consent texts received by the feed are kept, under the data folder.
pub const CONSENT_RECEIVED: &str = "consent/received";

/// Makes the consent texts of the data in use known to `yidi_consent::texts`: the bundled ones
/// (always), every text kept from earlier releases (for verifying old records), and the installed
/// release's texts (offered for reading and signing; all of them, or none when one does not
/// load). Called by `core::consent` before it reads a text.
pub fn consent_texts() {
    let dir = data_dir();
    with_cache(|c| {
        if c.consent_loaded {
            return;
        }
        c.consent_loaded = true;
        let received = dir.as_ref().map(|d| d.join(CONSENT_RECEIVED));
        if let Some(folder) = &received {
            for (file, pair) in read_received(folder) {
                // A kept text that no longer reads (or contradicts a known version) is skipped:
                // every other one still counts.
                if let Err(e) = yidi_consent::texts::register(std::slice::from_ref(&pair)) {
                    c.problems.push(Problem { file: format!("{CONSENT_RECEIVED}/{file}"), detail: e.to_string() });
                }
            }
        }
        let mut offered = Vec::new();
        if let Some(release) = &c.release {
            match release_texts(release).and_then(|pairs| {
                let texts = yidi_consent::texts::register(&pairs)
                    .map_err(|e| Problem { file: CONSENT_TEXTS.trim_end_matches('/').to_string(), detail: e.to_string() })?;
                Ok((pairs, texts))
            }) {
                Ok((pairs, texts)) => {
                    if let Some(folder) = &received {
                        keep_received(folder, &pairs);
                    }
                    offered = texts;
                }
                Err(p) => c.problems.push(p),
            }
        }
        yidi_consent::texts::set_offered(&offered);
    });
}

/// The installed release's consent texts as (metadata, legal original) pairs; the body file is
/// the one the metadata names, beside it.
fn release_texts(release: &Release) -> Result<Vec<(String, String)>, Problem> {
    let read = |rel: &str| -> Result<String, Problem> {
        let path = release.file(rel).ok_or_else(|| Problem { file: rel.to_string(), detail: "not in the release".into() })?;
        std::fs::read_to_string(path).map_err(|e| Problem { file: rel.to_string(), detail: e.to_string() })
    };
    let mut pairs = Vec::new();
    for rel in release.paths_under(CONSENT_TEXTS).filter(|p| p.ends_with(".json")) {
        let meta = read(rel)?;
        let body_file = serde_json::from_str::<serde_json::Value>(&meta)
            .ok()
            .and_then(|v| v.get("body_file").and_then(|b| b.as_str()).map(str::to_string))
            .ok_or_else(|| Problem { file: rel.to_string(), detail: "no body_file".into() })?;
        let body_rel = format!("{CONSENT_TEXTS}{body_file}");
        if !yidi_update::is_dataset_path(&body_rel) {
            return Err(Problem { file: rel.to_string(), detail: format!("body_file {body_file:?} is not a file beside it") });
        }
        pairs.push((meta, read(&body_rel)?));
    }
    Ok(pairs)
}

/// One kept text: `{"metadata": …, "body": …}`, named by the SHA-256 of both.
#[derive(serde::Deserialize, Serialize)]
struct Kept {
    metadata: String,
    body: String,
}

fn read_received(folder: &Path) -> Vec<(String, (String, String))> {
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut out: Vec<(String, (String, String))> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().to_string();
            if !name.ends_with(".json") || !e.file_type().ok()?.is_file() {
                return None;
            }
            // Bounded: a kept text is a few tens of kilobytes.
            if e.metadata().ok()?.len() > 4 << 20 {
                return None;
            }
            let kept: Kept = serde_json::from_slice(&std::fs::read(e.path()).ok()?).ok()?;
            Some((name, (kept.metadata, kept.body)))
        })
        .collect();
    out.sort();
    out
}

fn keep_received(folder: &Path, pairs: &[(String, String)]) {
    for (metadata, body) in pairs {
        let name = format!("{}.json", yidi_consent::texts::sha256_hex(format!("{metadata}\0{body}").as_bytes()));
        let path = folder.join(name);
        if path.exists() {
            continue;
        }
        let kept = Kept { metadata: metadata.clone(), body: body.clone() };
        if let Ok(bytes) = serde_json::to_vec(&kept) {
            // Best effort: without it, a record signed under this text verifies while this
            // release is installed, and the next load tries again.
            let _ = std::fs::create_dir_all(folder);
            let _ = yidi_update::write_atomically(&path, &bytes);
        }
    }
}

const DESTINATIONS: &str = "policy/destinations.json";

/// Checks a downloaded dataset's content before it is installed: the same readers the app uses.
pub fn validate(rel: &str, bytes: &[u8]) -> Result<(), String> {
    let text = || std::str::from_utf8(bytes).map_err(|_| "not UTF-8".to_string());
    let file = rel.rsplit('/').next().unwrap_or(rel);
    match rel {
        crate::hospitals::FEED_FILE => {
            yidi_hospitals::import::parse_csv(text()?).map(|_| ()).map_err(|errors| {
                let first = errors.first().map(|e| e.message(Lang::default())).unwrap_or_default();
                format!("{first} (+{})", errors.len().saturating_sub(1))
            })
        }
        DESTINATIONS => DestinationTable::from_json(file, text()?).map(|_| ()).map_err(|e| e.to_string()),
        _ if rel.starts_with("policy/") => PolicyPack::from_json(file, text()?).map(|_| ()).map_err(|e| e.to_string()),
        // A layer is checked with the bundled flow and layers around it, as it will be loaded.
        _ if rel.starts_with(INTERVIEW_RULES) => {
            Interview::with_layers([(rel.to_string(), text()?.to_string())]).map(|_| ()).map_err(|e| e.to_string())
        }
        // A text's metadata: it must read, and a version already known must keep its words
        // (its body is checked against the metadata's hash when the release is loaded).
        _ if rel.starts_with(CONSENT_TEXTS) && rel.ends_with(".json") => {
            let meta: yidi_consent::ConsentText = serde_json::from_str(text()?).map_err(|e| e.to_string())?;
            match yidi_consent::texts::known(&meta.id, &meta.version) {
                Some(old) if old.sha256 != meta.sha256 => Err(yidi_consent::texts::TextDataError::VersionChanged {
                    id: meta.id,
                    version: meta.version,
                }
                .to_string()),
                _ => Ok(()),
            }
        }
        _ if rel.ends_with(".json") => {
            yidi_domain::input::parse_json("file", text()?).map(|_| ()).map_err(|e| e.message(Lang::default()))
        }
        _ => Ok(()),
    }
}

/// Which data the app uses: the feed's version and publication date, or the bundled data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DataStatusView {
    /// `feed` or `bundled`.
    pub source: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<NaiveDate>,
    /// The datasets the installed release carries.
    pub files: Vec<String>,
    /// The publication date as the message writes it ("2026年12月1日（周二）"), so that a screen
    /// can keep it on one line.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published_text: Option<String>,
    /// One line for people: "政策与医院数据：第 3 版，发布于 2026年12月1日（周二）".
    pub message: String,
    /// Datasets of the installed release that were refused at load, one sentence each (the
    /// bundled copy answers in their place).
    pub problems: Vec<String>,
}

/// The data in use, for `yidi data status` and the app's settings line.
pub fn status(lang: Lang) -> DataStatusView {
    // Load what the release carries, so that a refused dataset is reported here too.
    let _ = interview();
    consent_texts();
    let problems = with_cache(|c| c.problems.clone())
        .into_iter()
        .map(|p| {
            i18n::format_or_id(lang, "data-problem", &Args::new().text("file", p.file).text("detail", p.detail))
        })
        .collect();
    match release() {
        Some(r) => DataStatusView {
            source: "feed",
            version: Some(r.installed.version),
            published: Some(r.installed.published),
            published_text: Some(yidi_domain::format::day(lang, r.installed.published)),
            files: r.installed.files.iter().map(|f| f.path.clone()).collect(),
            message: i18n::format_or_id(
                lang,
                "data-status-feed",
                &Args::new()
                    .text("version", r.installed.version.to_string())
                    .text("published", yidi_domain::format::day(lang, r.installed.published)),
            ),
            problems,
        },
        None => DataStatusView {
            source: "bundled",
            version: None,
            published: None,
            published_text: None,
            files: Vec::new(),
            message: i18n::format_or_id(lang, "data-status-bundled", &Args::new()),
            problems,
        },
    }
}

fn publish_error(lang: Lang, e: &yidi_update::publish::PublishError) -> ApiError {
    use yidi_update::publish::PublishError as P;
    let (id, args) = match e {
        P::Io { path, detail } => ("data-err-io", Args::new().text("path", path.display().to_string()).text("detail", detail.clone())),
        P::BadKey { path } => ("data-err-bad-key", Args::new().text("path", path.display().to_string())),
        P::KeyTooOpen { path, mode } => {
            ("data-err-key-too-open", Args::new().text("path", path.display().to_string()).text("mode", format!("{mode:o}")))
        }
        P::KeyExists { path } => ("data-err-key-exists", Args::new().text("path", path.display().to_string())),
        P::NotNewer { version, published } => (
            "data-err-not-newer",
            Args::new().text("version", version.to_string()).text("published", published.to_string()),
        ),
        P::VersionExists { path } => ("data-err-version-exists", Args::new().text("path", path.display().to_string())),
        P::Empty { path } => ("data-err-empty", Args::new().text("path", path.display().to_string())),
        _ => ("data-err-io", Args::new().text("path", String::new()).text("detail", e.to_string())),
    };
    ApiError { code: e.code().to_string(), field: None, message: i18n::format_or_id(lang, id, &args) }
}

/// `yidi data keygen`: a new feed key pair; the private key file is created 0600.
pub fn keygen(private_key: &Path, lang: Lang) -> Result<serde_json::Value, ApiError> {
    let public = yidi_update::publish::keygen(private_key).map_err(|e| publish_error(lang, &e))?;
    Ok(serde_json::json!({"privateKey": private_key.display().to_string(), "publicKey": public}))
}

/// `yidi data publish`: the feed folder `out` from the datasets under `from`, signed with the
/// key file. `version` (a whole number above the last published) and `published` (YYYY-MM-DD)
/// are given by the publisher: no clock here. Every file is checked as an install would check it.
pub fn publish(
    from: &Path,
    out: &Path,
    key_file: &Path,
    version: u64,
    published: &str,
    lang: Lang,
) -> Result<yidi_update::publish::Published, ApiError> {
    let published = NaiveDate::parse_from_str(published.trim(), "%Y-%m-%d")
        .map_err(|_| ApiError::from_field(lang, &FieldError::not_a_date("published", published)))?;
    let key = yidi_update::publish::load_key(key_file).map_err(|e| publish_error(lang, &e))?;
    for rel in yidi_update::publish::dataset_files(from).map_err(|e| publish_error(lang, &e))? {
        let bytes = std::fs::read(from.join(&rel)).map_err(|e| {
            publish_error(lang, &yidi_update::publish::PublishError::Io { path: from.join(&rel), detail: e.to_string() })
        })?;
        validate(&rel, &bytes).map_err(|detail| ApiError {
            code: "publish_invalid".into(),
            field: None,
            message: i18n::format_or_id(lang, "data-err-invalid", &Args::new().text("file", rel.clone()).text("detail", detail)),
        })?;
    }
    yidi_update::publish::publish(from, out, version, published, &key).map_err(|e| publish_error(lang, &e))
}
