//! Datasets by relative path (contract (c), docs/feed.md): the installed, verified feed release
//! first, else the copy bundled in the program.
//!
//! A dataset has the same relative path under `data/` (bundled at build time) and in an
//! installed release (`<data dir>/feed/releases/<version>/<path>`): `hospitals/directory.csv`,
//! `hospitals/index.yidx`, `policy/<pack>.json`, `policy/destinations.json`,
//! `interview/rules/<layer>.json`, `consent/texts/<text>.json`.
//!
//! The edge (the shell, the CLI) says once where the data folder is ([`set_data_dir`]); the core
//! reads nothing else. An installed release is trusted only after every file was re-hashed against
//! its manifest (`yidi_update::verify_installed`), once per installed release; a release that
//! fails is ignored (the bundled data answers) until an update replaces it. The publisher and key
//! commands (`yidi data publish`, `yidi data keygen`) are here too, so the CLI stays a few lines.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    sync::{Arc, Mutex, OnceLock, RwLock},
};

use serde::Serialize;
use yidi_domain::{
    i18n::{self, Args},
    FieldError, Lang, NaiveDate,
};
use yidi_estimate::{destination::DestinationTable, library::Library, PolicyPack};
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

/// What the cache was made for: the data folder, the bytes of `current.json`, and the size and
/// modification time of every file it lists (a file changed after verification is noticed by a
/// `stat`, without hashing everything again on every call).
type CacheKey = (PathBuf, Vec<u8>, Vec<Option<(u64, std::time::SystemTime)>>);

#[derive(Default)]
struct Cache {
    key: Option<CacheKey>,
    release: Option<Arc<Release>>,
    library: Option<Arc<Library>>,
}

fn cache() -> &'static Mutex<Cache> {
    static CACHE: OnceLock<Mutex<Cache>> = OnceLock::new();
    CACHE.get_or_init(|| Mutex::new(Cache::default()))
}

/// Runs `f` on the cache, after dropping what was made for another installed state.
fn with_cache<T>(f: impl FnOnce(&mut Cache) -> T) -> T {
    let dir = data_dir();
    let current = dir.as_ref().and_then(|d| std::fs::read(d.join("feed").join("current.json")).ok());
    let key = dir.zip(current).map(|(dir, bytes)| {
        let stats = match yidi_update::installed(&dir) {
            Ok(Some(installed)) => installed
                .files
                .iter()
                .map(|f| {
                    let meta = installed.path(&dir, &f.path).and_then(|p| std::fs::metadata(p).ok());
                    meta.and_then(|m| Some((m.len(), m.modified().ok()?)))
                })
                .collect(),
            _ => Vec::new(),
        };
        (dir, bytes, stats)
    });
    let mut cache = cache().lock().unwrap_or_else(|p| p.into_inner());
    if cache.key != key {
        *cache = Cache::default();
        if let Some((dir, _, _)) = &key {
            cache.release = release_in(dir).map(Arc::new);
        }
        cache.key = key;
    }
    f(&mut cache)
}

/// The verified installed release under `data_dir`, or `None` (nothing installed, or it failed
/// verification: the bundled data is used).
pub fn release_in(data_dir: &Path) -> Option<Release> {
    match yidi_update::verify_installed(data_dir, None) {
        Ok(Some(installed)) => Some(Release { dir: data_dir.to_path_buf(), installed }),
        _ => None,
    }
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

/// The estimate's packs and destination shares: the bundled ones with every installed
/// `policy/<pack>.json` in place of the bundled pack of the same file name (or region and
/// scheme), and an installed `policy/destinations.json` in place of the bundled table. A file
/// that does not parse is skipped (it was checked at install, so this means damage after it).
pub fn estimate_library() -> Arc<Library> {
    static SHIPPED: OnceLock<Arc<Library>> = OnceLock::new();
    let shipped = || Arc::clone(SHIPPED.get_or_init(|| Arc::new(Library::shipped().clone())));
    with_cache(|c| {
        if let Some(lib) = &c.library {
            return Arc::clone(lib);
        }
        let lib = match &c.release {
            None => shipped(),
            Some(release) => Arc::new(library_from(release, &shipped())),
        };
        c.library = Some(Arc::clone(&lib));
        lib
    })
}

fn library_from(release: &Release, shipped: &Library) -> Library {
    let mut by_file: BTreeMap<String, PolicyPack> = BTreeMap::new();
    for (file, text) in yidi_estimate::library::SHIPPED_PACKS {
        if let Ok(pack) = PolicyPack::from_json(file, text) {
            by_file.insert(format!("policy/{file}"), pack);
        }
    }
    let mut destinations = shipped.destinations.clone();
    for rel in release.paths_under("policy/") {
        let Some(text) = release.file(rel).and_then(|p| std::fs::read_to_string(p).ok()) else { continue };
        let file = rel.trim_start_matches("policy/");
        if rel == DESTINATIONS {
            if let Ok(table) = DestinationTable::from_json(file, &text) {
                destinations = table;
            }
        } else if let Ok(pack) = PolicyPack::from_json(file, &text) {
            by_file.retain(|_, p| !(p.region == pack.region && p.scheme == pack.scheme));
            by_file.insert(rel.to_string(), pack);
        }
    }
    Library { packs: by_file.into_values().collect(), destinations }
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
    /// One line for people: "数据：第 3 版，发布于 2026年12月1日（周二）".
    pub message: String,
}

/// The data in use, for `yidi data status` and the app's settings line.
pub fn status(lang: Lang) -> DataStatusView {
    match release() {
        Some(r) => DataStatusView {
            source: "feed",
            version: Some(r.installed.version),
            published: Some(r.installed.published),
            files: r.installed.files.iter().map(|f| f.path.clone()).collect(),
            message: i18n::format_or_id(
                lang,
                "data-status-feed",
                &Args::new()
                    .text("version", r.installed.version.to_string())
                    .text("published", yidi_domain::format::day(lang, r.installed.published)),
            ),
        },
        None => DataStatusView {
            source: "bundled",
            version: None,
            published: None,
            files: Vec::new(),
            message: i18n::format_or_id(lang, "data-status-bundled", &Args::new()),
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
