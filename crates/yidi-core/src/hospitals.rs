//! Choosing a hospital: search the designated-institution directory as the person types, with
//! filters, and keep the directory current (CSV import, signed feed updates).
//!
//! The directory a person searches is the bundled Beijing lists of seed 000, with the feed's
//! `hospitals.csv` merged over them and then a locally imported list over that (a later source
//! replaces a record with the same code). Everything lives under a data directory the caller
//! passes: `feed/` (see yidi-update) and `hospitals/imported.csv`.
//!
//! The index is built when data arrives, never when a program starts: the bundled rows' index
//! is made by this crate's build script and embedded; an import or an update writes
//! `<data dir>/hospitals/index.yidx` for the merged directory ([`prepare_index`]); opening maps
//! that file. A missing, stale (its recorded sources differ), damaged or old-format file is
//! rebuilt from the rows, and [`Hospitals::notice`] says so in the person's language.
//!
//! A UI holds one [`Hospitals`] (opening it maps the index) and calls
//! [`Hospitals::search`] on each keystroke with a loose JSON request:
//!
//! ```json
//! {"query": "xhyy", "filter": {"region": "110000", "level": "3a", "kind": "general",
//!  "networked": ["inpatient"]}, "near": "110105", "limit": 20}
//! ```
//!
//! Every field but `query` may be left out. The answer carries localized labels and the data's
//! date. Synthetic directories never come through here: import and updates refuse them.

use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::Value;
use yidi_domain::{
    divisions,
    i18n::{self, Args},
    input::Object,
    FieldError, Lang, NaiveDate, RegionCode,
};
use yidi_hospitals::{
    bundled, import, Directory, DirectoryMeta, Filter, Grade, Hospital, IndexError, Kind, Level, Query, Readings, Service, Tier,
};

use crate::{regions::RegionView, ApiError};

pub const DEFAULT_LIMIT: usize = 20;
pub const MAX_LIMIT: usize = 200;

/// The file a CSV import installs, under the data directory.
pub const IMPORTED: &str = "hospitals/imported.csv";
/// The feed file that carries the directory.
pub const FEED_FILE: &str = "hospitals/directory.csv";
/// The index of the merged directory, under the data directory (the same relative path as the
/// feed's prebuilt index).
pub const INDEX: &str = "hospitals/index.yidx";

/// An 8-aligned wrapper, so that the embedded index's columns can be read in place.
#[repr(C, align(8))]
struct Aligned<T: ?Sized>(T);

/// The bundled rows' index, made by build.rs from the same CSV `bundled::hospitals()` reads.
static BUNDLED_INDEX: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/bundled.yidx")));

/// The directory, indexed, with where it came from.
#[derive(Debug)]
pub struct Hospitals {
    directory: Directory,
    sources: Vec<Source>,
    notice: Option<String>,
}

/// One layer of the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    Bundled,
    Feed { version: u64, published: NaiveDate },
    Imported,
}

fn internal(detail: impl std::fmt::Display) -> ApiError {
    ApiError { code: "internal".into(), field: None, message: detail.to_string() }
}

fn field_error(lang: Lang, e: &FieldError) -> ApiError {
    ApiError::from_field(lang, e)
}

/// The layers installed under `data_dir` and what the merged index must record to match them.
fn installed_layers(data_dir: &Path) -> Result<(Vec<Source>, Vec<PathBuf>, String), ApiError> {
    let mut sources = vec![Source::Bundled];
    let mut files = Vec::new();
    let bundled_crc = BUNDLED_INDEX.0.get(32..36).map(|b| b.iter().map(|x| format!("{x:02x}")).collect::<String>());
    let mut stamp = format!("bundled {}", bundled_crc.unwrap_or_default());
    // The installed feed release counts only once verified against its manifest.
    if let Some(release) = crate::data::release_in(data_dir) {
        if let Some(path) = release.file(FEED_FILE) {
            let (version, published) = (release.installed.version, release.installed.published);
            stamp.push_str(&format!("; feed {version} {published}"));
            sources.push(Source::Feed { version, published });
            files.push(path);
        }
    }
    let imported = data_dir.join(IMPORTED);
    if let Ok(m) = std::fs::metadata(&imported) {
        let modified = m.modified().ok().and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok()).map_or(0, |d| d.as_nanos());
        stamp.push_str(&format!("; imported {} {modified}", m.len()));
        sources.push(Source::Imported);
        files.push(imported);
    }
    Ok((sources, files, stamp))
}

fn meta_for(sources: &[Source], stamp: String) -> DirectoryMeta {
    let feed_date = sources.iter().find_map(|s| match s {
        Source::Feed { published, .. } => Some(*published),
        _ => None,
    });
    DirectoryMeta { source: stamp, as_of: feed_date, synthetic: false }
}

/// Builds the merged directory's index from the rows under `data_dir` and writes it to
/// [`INDEX`] (atomically). Called when data is imported or an update is installed; opening
/// calls it only when the file is missing, stale or damaged. Returns the number of rows.
pub fn prepare_index(data_dir: &Path, lang: Lang) -> Result<usize, ApiError> {
    let (sources, files, stamp) = installed_layers(data_dir)?;
    let path = data_dir.join(INDEX);
    if files.is_empty() {
        // Nothing installed: the bundled index is embedded; an old merged index must not linger.
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_file(yidi_hospitals::file::stamp_path(&path));
        return Ok(bundled::hospitals().len());
    }
    let mut lists = vec![bundled::hospitals()];
    for file in &files {
        lists.push(read_list(file, lang)?);
    }
    let mut rows = yidi_hospitals::merge(lists);
    // Names as people type them, without 省/市/区/县 after a place, 第 or 附属: searched as
    // aliases, not shown (HospitalView leaves them out).
    for h in &mut rows {
        yidi_hospitals::reading::add_search_forms(h);
    }
    let readings = Readings::new();
    let mut builder = yidi_hospitals::DirectoryBuilder::new(&readings, meta_for(&sources, stamp));
    builder.reserve(rows.len());
    for h in &rows {
        builder.push(h);
    }
    // Written by the index's own writer (atomic, in page-sized pieces: see its note on memory).
    yidi_hospitals::file::write_index(&path, &builder.build_bytes())
        .map_err(|e| update_error(lang, &yidi_update::UpdateError::Io { detail: e.to_string() }))?;
    yidi_hospitals::file::write_stamp(&path);
    Ok(rows.len())
}

impl Hospitals {
    /// Opens the directory under `data_dir` (which need not exist yet): the embedded bundled
    /// index when nothing is installed, else the merged index file, mapped. A missing, stale or
    /// damaged index is rebuilt from the rows (see [`Hospitals::notice`]).
    pub fn open(data_dir: &Path, lang: Lang) -> Result<Hospitals, ApiError> {
        let (sources, files, stamp) = installed_layers(data_dir)?;
        if files.is_empty() {
            return Ok(Hospitals::bundled());
        }
        let path = data_dir.join(INDEX);
        let problem = match Directory::open(&path) {
            Ok(directory) if directory.meta().source == stamp => {
                return Ok(Hospitals { directory, sources, notice: None });
            }
            Ok(_) => "stale".to_string(),
            Err(IndexError::Io(_)) if !path.exists() => "missing".to_string(),
            Err(e) => e.code().to_string(),
        };
        prepare_index(data_dir, lang)?;
        let directory = Directory::open(&path).map_err(|e| internal(format!("{}: {e}", path.display())))?;
        let notice = i18n::format_or_id(
            lang,
            "hosp-index-rebuilt",
            &Args::new().text("reason", i18n::format_or_id(lang, &format!("hosp-index-{problem}"), &Args::new())).int("count", directory.len() as i64),
        );
        Ok(Hospitals { directory, sources, notice: Some(notice) })
    }

    /// The bundled lists alone (no data directory): the embedded index, nothing rebuilt.
    pub fn bundled() -> Hospitals {
        let directory = Directory::from_static(&BUNDLED_INDEX.0).unwrap_or_else(|_| {
            // Only a defective build could get here: index the rows instead of failing.
            let mut rows = bundled::hospitals();
            rows.iter_mut().for_each(yidi_hospitals::reading::add_search_forms);
            yidi_hospitals::build(&Readings::new(), meta_for(&[Source::Bundled], String::new()), &rows)
        });
        Hospitals { directory, sources: vec![Source::Bundled], notice: None }
    }

    /// Why the index had to be rebuilt when it was opened, in the person's language.
    pub fn notice(&self) -> Option<&str> {
        self.notice.as_deref()
    }

    /// How many rows the directory holds in a division (at any level).
    pub fn count_in(&self, code: RegionCode) -> usize {
        self.directory.count_in_region(code)
    }

    /// What the list covers in `region`: its count there and in its province, in words.
    fn coverage(&self, region: RegionCode, lang: Lang) -> Option<CoverageView> {
        let table = divisions();
        let d = table.get(region)?;
        let province = table.get(region.province())?;
        let in_region = self.count_in(region);
        let in_province = self.count_in(province.code);
        let region_label = d.name(lang).to_string();
        let province_label = province.name(lang).to_string();
        let args = Args::new()
            .text("region", region_label.clone())
            .text("province", province_label)
            .int("count", in_region as i64)
            .int("provinceCount", in_province as i64);
        let id = match (in_region, region == province.code) {
            (0, _) => "hosp-coverage-none",
            (_, true) => "hosp-coverage-province",
            _ => "hosp-coverage-some",
        };
        Some(CoverageView {
            region: region.to_string(),
            region_label,
            in_region,
            in_province,
            message: i18n::format_or_id(lang, id, &args),
        })
    }

    pub fn len(&self) -> usize {
        self.directory.len()
    }

    pub fn is_empty(&self) -> bool {
        self.directory.is_empty()
    }

    /// Searches with a loose request (see the module documentation).
    pub fn search(&self, request: &Value, lang: Lang) -> Result<SearchView, ApiError> {
        let query = parse_request(request).map_err(|e| field_error(lang, &e))?;
        let destination = Object::new("", request)
            .and_then(|o| o.opt_region("destination").map(|d| d.map(|d| d.code)))
            .map_err(|e| field_error(lang, &e))?;
        let hits = self.directory.search(&query);
        let results = hits
            .iter()
            .map(|hit| {
                let h = self.directory.hospital(hit.row);
                let mut view = HospitalView::new(&h, Some((hit.tier, hit.ring, hit.distance_km)), lang);
                view.outside_destination = destination.and_then(|d| outside(h.division, d, lang));
                view
            })
            .collect();
        let as_of = self.directory.meta().as_of;
        let only_bundled = self.sources == [Source::Bundled];
        Ok(SearchView {
            results,
            data_date: as_of.map(|d| d.to_string()),
            data_date_label: match as_of {
                Some(d) => i18n::format_or_id(lang, "hosp-data-date", &Args::new().text("date", d.to_string())),
                None if only_bundled => i18n::format_or_id(lang, "hosp-data-date-bundled", &Args::new()),
                None => i18n::format_or_id(lang, "hosp-data-date-unknown", &Args::new()),
            },
            sources: self.sources.iter().map(|s| s.label(lang)).collect(),
            total_in_directory: self.directory.len(),
            list_note: i18n::format_or_id(
                lang,
                if only_bundled { "hosp-list-note-bundled" } else { "hosp-list-note" },
                &Args::new(),
            ),
            coverage: query.filter.region.and_then(|r| self.coverage(r, lang)),
        })
    }
}

impl Source {
    fn label(&self, lang: Lang) -> String {
        match self {
            Source::Bundled => i18n::format_or_id(lang, "hosp-source-bundled", &Args::new()),
            Source::Feed { version, .. } => {
                i18n::format_or_id(lang, "hosp-source-feed", &Args::new().text("version", version.to_string()))
            }
            Source::Imported => i18n::format_or_id(lang, "hosp-source-imported", &Args::new()),
        }
    }
}

fn read_list(path: &Path, lang: Lang) -> Result<Vec<Hospital>, ApiError> {
    let text = std::fs::read_to_string(path).map_err(|e| file_error(lang, path, &e.to_string()))?;
    import::parse_csv(&text).map_err(|errors| import_errors(lang, &errors))
}

fn file_error(lang: Lang, path: &Path, detail: &str) -> ApiError {
    field_error(
        lang,
        &FieldError::custom(
            "file",
            "hosp-err-file",
            vec![("value", path.display().to_string()), ("detail", detail.to_string())],
        ),
    )
}

/// The first error, saying how many more there are.
fn import_errors(lang: Lang, errors: &[FieldError]) -> ApiError {
    let Some(first) = errors.first() else { return internal("no errors") };
    let mut error = field_error(lang, first);
    if errors.len() > 1 {
        error.message = i18n::format_or_id(
            lang,
            "hosp-err-more",
            &Args::new().text("first", error.message.clone()).text("count", (errors.len() - 1).to_string()),
        );
    }
    error
}

fn update_error(lang: Lang, e: &yidi_update::UpdateError) -> ApiError {
    ApiError { code: e.code().to_string(), field: Some("feed".into()), message: e.message(lang) }
}

/// Reads a search request, naming the field at fault.
pub fn parse_request(request: &Value) -> Result<Query, FieldError> {
    let o = Object::new("", request)?;
    o.deny_unknown(&["query", "filter", "near", "limit", "destination"])?;
    let text = match o.get("query") {
        None => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(FieldError::wrong_type("query", "text")),
    };
    let mut filter = Filter::default();
    if let Some(value) = o.opt_value("filter") {
        let f = Object::new("filter", value)?;
        f.deny_unknown(&["region", "level", "kind", "networked"])?;
        filter.region = f.opt_region("region")?.map(|d| d.code);
        if let Some(level) = f.opt_str("level")? {
            let allowed = ["1", "2", "3", "unrated"];
            match level.trim() {
                "1" | "一" | "一级" => filter.grade = Some(Grade::One),
                "2" | "二" | "二级" => filter.grade = Some(Grade::Two),
                "3" | "三" | "三级" => filter.grade = Some(Grade::Three),
                "unrated" | "未定级" => filter.unrated = true,
                other => return Err(FieldError::not_one_of("filter.level", other, &allowed)),
            }
        }
        if let Some(kind) = f.opt_str("kind")? {
            filter.kind = Some(Kind::parse(kind).ok_or_else(|| {
                FieldError::not_one_of("filter.kind", kind, &Kind::ALL.map(Kind::wire))
            })?);
        }
        let services: Vec<String> = match f.get("networked") {
            None => Vec::new(),
            Some(Value::String(s)) if s.trim().is_empty() => Vec::new(),
            Some(Value::String(s)) => vec![s.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| v.as_str().map(str::to_string).ok_or_else(|| FieldError::wrong_type(format!("filter.networked[{i}]"), "text")))
                .collect::<Result<_, _>>()?,
            Some(_) => return Err(FieldError::wrong_type("filter.networked", "text")),
        };
        for (i, s) in services.iter().enumerate() {
            let path = if services.len() == 1 { "filter.networked".to_string() } else { format!("filter.networked[{i}]") };
            filter.networked.push(
                Service::parse(s).ok_or_else(|| FieldError::not_one_of(path, s, &Service::ALL.map(Service::wire)))?,
            );
        }
    }
    let near = o.opt_region("near")?.map(|d| d.code);
    let limit = o.opt_int("limit", 1, MAX_LIMIT as i64)?.map_or(DEFAULT_LIMIT, |n| n as usize);
    Ok(Query { text, filter, near, limit })
}

/// A hospital as the picker and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct HospitalView {
    pub code: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub province_code: String,
    pub city_code: Option<String>,
    pub county_code: Option<String>,
    /// The division, localized: 北京市 东城区.
    pub region: String,
    pub address: String,
    /// `3a`, `2`, `unrated`; absent when the source does not say.
    pub level: Option<String>,
    /// 1–3 for the estimate's level-dependent rules; absent when unrated or not stated.
    pub grade: Option<u8>,
    pub level_label: String,
    pub kind: Option<String>,
    pub kind_label: String,
    pub specialty: Option<String>,
    pub network: NetworkView,
    pub longitude: Option<String>,
    pub latitude: Option<String>,
    pub confirmed: Option<String>,
    /// The name as its source writes it (Simplified); `name` is in the reader's script.
    pub name_zh_cn: String,
    /// Where the record comes from, in words ("2020 年三级甲等医院汇编"), oldest first.
    pub sources: Vec<String>,
    /// `geocoded` when the point is the institution's own; else why it has none (`shared`, `zero`,
    /// `far`), or null when the list does not say.
    pub coord_precision: Option<String>,
    /// With a `destination` in the request: the warning that this hospital is elsewhere.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outside_destination: Option<String>,
    /// `exact`, `prefix` or `contains`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<Tier>,
    /// 0 same county … 3 elsewhere, when the request said `near`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ring: Option<u8>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_km: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub distance_label: Option<String>,
    pub synthetic: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub synthetic_warning: Option<String>,
}

/// Network status per service, with its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NetworkView {
    pub inpatient: Option<bool>,
    pub outpatient: Option<bool>,
    pub chronic: Option<bool>,
    /// "住院：已开通跨省直接结算" and so on, one per service.
    pub labels: Vec<String>,
}

impl HospitalView {
    fn new(h: &Hospital, matched: Option<(Tier, Option<u8>, Option<u32>)>, lang: Lang) -> HospitalView {
        let path = divisions().path(h.division);
        let at = |level: yidi_domain::DivisionLevel| path.iter().find(|d| d.level == level).map(|d| d.code.to_string());
        let region = divisions().get(h.division).map(|d| RegionView::new(d, lang).full_name).unwrap_or_default();
        let text = |id: &str| i18n::format_or_id(lang, id, &Args::new());
        let level_label = h.level.map_or_else(|| text("hosp-level-unknown"), |l| text(&l.message_id()));
        let kind_label = h.kind.map_or_else(|| text("hosp-kind-unknown"), |k| text(&k.message_id()));
        let labels = Service::ALL
            .iter()
            .map(|&s| {
                let status = match h.network.get(s) {
                    Some(true) => "hosp-network-yes",
                    Some(false) => "hosp-network-no",
                    None => "hosp-network-unknown",
                };
                let separator = if lang == Lang::EnUs { ": " } else { "：" };
                format!("{}{separator}{}", text(&format!("hosp-service-{}", s.wire())), text(status))
            })
            .collect();
        let degrees = |micro: i32| {
            let sign = if micro < 0 { "-" } else { "" };
            let m = micro.unsigned_abs();
            format!("{sign}{}.{:06}", m / 1_000_000, m % 1_000_000)
        };
        let (tier, ring, distance) = matched.map_or((None, None, None), |(t, r, d)| (Some(t), r, d));
        let name = if lang == Lang::ZhTw && !h.name_tw.is_empty() { h.name_tw.clone() } else { h.name.clone() };
        HospitalView {
            code: h.code.clone(),
            name,
            name_zh_cn: h.name.clone(),
            sources: h.sources.iter().map(|s| source_label(s, lang)).collect(),
            coord_precision: Some(h.coord_precision.clone()).filter(|p| !p.is_empty()),
            outside_destination: None,
            aliases: h
                .aliases
                .iter()
                .filter(|a| !yidi_hospitals::reading::is_search_form(&h.name, a) && **a != h.name_tw)
                .cloned()
                .collect(),
            province_code: h.division.province().to_string(),
            city_code: at(yidi_domain::DivisionLevel::Prefecture),
            county_code: at(yidi_domain::DivisionLevel::County),
            region,
            address: h.address.clone(),
            level: h.level.map(Level::wire),
            grade: h.level.and_then(Level::grade).map(|g| g as u8),
            level_label,
            kind: h.kind.map(|k| k.wire().to_string()),
            kind_label,
            specialty: h.specialty.clone(),
            network: NetworkView {
                inpatient: h.network.inpatient,
                outpatient: h.network.outpatient,
                chronic: h.network.chronic,
                labels,
            },
            longitude: h.location.map(|c| degrees(c.lon_micro)),
            latitude: h.location.map(|c| degrees(c.lat_micro)),
            confirmed: h.confirmed.map(|d| d.to_string()),
            matched: tier,
            ring,
            distance_km: distance,
            distance_label: distance.map(|km| match km {
                0 => text("hosp-distance-under-one"),
                km => i18n::format_or_id(lang, "hosp-distance", &Args::new().text("km", km.to_string())),
            }),
            synthetic: h.synthetic,
            synthetic_warning: h.synthetic.then(|| text("hosp-synthetic-warning")),
        }
    }
}

/// "这家医院在北京市，不在您的就医地武汉市" when `place` is outside the place of treatment: another
/// province for a province, else another prefecture (the pooling region) — a county destination
/// accepts the whole prefecture.
fn outside(place: RegionCode, destination: RegionCode, lang: Lang) -> Option<String> {
    let table = divisions();
    let prefecture = |code: RegionCode| {
        table.path(code).into_iter().find(|d| d.level == yidi_domain::DivisionLevel::Prefecture).map(|d| d.code)
    };
    let dest = table.get(destination)?;
    let inside = if dest.level == yidi_domain::DivisionLevel::Province {
        place.province() == destination.province()
    } else {
        prefecture(place).is_some() && prefecture(place) == prefecture(destination)
    };
    if inside {
        return None;
    }
    // Name the hospital's place at the level that differs: 北京市, or 湖北省 宜昌市.
    let here = table.get(prefecture(place).unwrap_or(place)).map(|d| RegionView::new(d, lang).full_name)?;
    let there = RegionView::new(dest, lang).full_name;
    Some(i18n::format_or_id(lang, "hosp-outside-destination", &Args::new().text("place", here).text("destination", there)))
}

/// A row's source (`3ahospital:2020`) in words; an unknown source is shown as written.
fn source_label(source: &str, lang: Lang) -> String {
    let (id, date) = source.split_once(':').unwrap_or((source, ""));
    let message = match id {
        "seed000" => "hosp-row-source-seed000",
        "3ahospital" => "hosp-row-source-3a",
        "wuhan2020map" => "hosp-row-source-named",
        _ => return source.to_string(),
    };
    i18n::format_or_id(lang, message, &Args::new().text("date", date.to_string()))
}

/// What the directory holds in the region a search was limited to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoverageView {
    pub region: String,
    pub region_label: String,
    /// Rows in the region, whatever the query and the other filters.
    pub in_region: usize,
    pub in_province: usize,
    /// "本机名单在武汉市有 81 家医院" / "本机名单没有武汉市的医院（湖北省有 … 家）".
    pub message: String,
}

/// A search's answer: results best first, and how current the directory is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SearchView {
    pub results: Vec<HospitalView>,
    /// The date the data is current to (the feed's publication date), when known.
    pub data_date: Option<String>,
    pub data_date_label: String,
    /// Where the directory came from, localized, oldest layer first.
    pub sources: Vec<String>,
    pub total_in_directory: usize,
    /// What the list is and where to confirm a hospital (the bundled list is a 2020
    /// compilation, not the official list of designated institutions).
    pub list_note: String,
    /// With a region filter: what the list holds there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub coverage: Option<CoverageView>,
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportView {
    pub count: usize,
    pub installed_as: String,
    pub message: String,
}

/// Checks a CSV file and installs it as the local list (replacing an earlier import atomically).
pub fn import_file(data_dir: &Path, file: &Path, lang: Lang) -> Result<ImportView, ApiError> {
    let text = std::fs::read(file).map_err(|e| file_error(lang, file, &e.to_string()))?;
    let text = String::from_utf8(text).map_err(|_| file_error(lang, file, "not UTF-8"))?;
    let rows = import::parse_csv(&text).map_err(|errors| import_errors(lang, &errors))?;
    let target: PathBuf = data_dir.join(IMPORTED);
    yidi_update::write_atomically(&target, text.as_bytes()).map_err(|e| update_error(lang, &e))?;
    prepare_index(data_dir, lang)?;
    Ok(ImportView {
        count: rows.len(),
        installed_as: target.display().to_string(),
        message: i18n::format_or_id(lang, "hosp-import-done", &Args::new().int("count", rows.len() as i64)),
    })
}

/// What a data update did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct UpdateView {
    pub updated: bool,
    pub version: u64,
    pub published: Option<String>,
    pub message: String,
}

/// Fetches the signed feed at `feed_url` and installs a newer version under `data_dir`. `key`
/// is the feed's ed25519 public key in hex. The directory file is checked as an import would be.
pub fn update_data(data_dir: &Path, feed_url: &str, key: Option<&str>, lang: Lang) -> Result<UpdateView, ApiError> {
    let key = key.filter(|k| !k.trim().is_empty()).ok_or_else(|| field_error(lang, &FieldError::missing("key")))?;
    let key = yidi_update::parse_key(key).map_err(|e| ApiError { field: Some("key".into()), ..update_error(lang, &e) })?;
    // Every dataset is read as the app will read it before it is installed.
    let validate = |path: &str, bytes: &[u8]| -> Result<(), String> {
        if path == FEED_FILE {
            let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8".to_string())?;
            return import::parse_csv(text).map(|_| ()).map_err(|errors| import_errors(lang, &errors).message);
        }
        crate::data::validate(path, bytes)
    };
    match yidi_update::update(data_dir, feed_url, &key, &validate).map_err(|e| update_error(lang, &e))? {
        yidi_update::Outcome::Updated { to, published, .. } => {
            prepare_index(data_dir, lang)?;
            Ok(UpdateView {
            updated: true,
            version: to,
            published: Some(published.to_string()),
            message: i18n::format_or_id(
                lang,
                "hosp-update-updated",
                &Args::new().text("to", to.to_string()).text("published", published.to_string()),
            ),
            })
        }
        yidi_update::Outcome::UpToDate { version } => Ok(UpdateView {
            updated: false,
            version,
            published: None,
            message: i18n::format_or_id(lang, "hosp-update-up-to-date", &Args::new().text("version", version.to_string())),
        }),
    }
}

/// Parses a division code for a CLI flag or a request field (kept here so both agree).
pub fn region_code(field: &str, text: &str, lang: Lang) -> Result<RegionCode, ApiError> {
    divisions().lookup(field, text).map(|d| d.code).map_err(|e| field_error(lang, &e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn picker_request_finds_xiehe_with_labels_and_date() {
        let h = Hospitals::bundled();
        let view = h.search(&json!({"query": "xhyy", "filter": {"region": "110000"}, "limit": 5}), Lang::ZhCn).expect("valid");
        let first = view.results.first().expect("a result");
        assert_eq!(first.name, "中国医学科学院北京协和医院");
        assert_eq!(first.level_label, "三级甲等", "seed 000 gives no level; the 2020 三甲 compilation does");
        assert_eq!(first.region, "北京市 东城区", "the district comes from the 3A list's address");
        assert_eq!(first.network.inpatient, None, "no source says whether it is networked");
        assert_eq!(first.sources.len(), 3, "seed 000, the 3A compilation, the named list: {:?}", first.sources);
        assert!(first.sources.iter().any(|s| s.contains("3AHospital by Luoyun")), "attribution kept: {:?}", first.sources);
        assert_eq!(view.data_date, None, "the bundled list has no day, only a year");
        assert_eq!(view.data_date_label, "名单年份：2020 年汇编（北京部分来自年代不详的旧名单）");
        assert!(view.list_note.contains("不是医保部门公布的定点医疗机构名单") && view.list_note.contains("12333"));
        let tw = h.search(&json!({"query": "xhyy", "filter": {"region": "110000"}, "limit": 1}), Lang::ZhTw).expect("valid");
        assert_eq!(tw.results[0].name, "中國醫學科學院北京協和醫院", "zh-TW shows the Traditional name");
        assert_eq!(tw.results[0].name_zh_cn, "中国医学科学院北京协和医院");
        // Typed in Traditional characters, as a zh-TW reader would.
        let typed = h.search(&json!({"query": "中國醫學科學院北京協和醫院", "filter": {"region": "110000"}, "limit": 3}), Lang::ZhTw).expect("valid");
        assert_eq!(typed.results.first().map(|r| r.name.as_str()), Some("中國醫學科學院北京協和醫院"), "{:?}", typed.results);
        assert!(!typed.results[0].aliases.iter().any(|a| a == "中國醫學科學院北京協和醫院"), "the Traditional name is not shown as an alias");
        let tcm = h.search(&json!({"query": "东直门"}), Lang::EnUs).expect("valid");
        let dzm = &tcm.results[0];
        assert_eq!((dzm.level.as_deref(), dzm.grade, dzm.level_label.as_str()), (Some("3a"), Some(3), "Grade III, class A"));
        assert_eq!(dzm.county_code.as_deref(), Some("110101"));
        assert_eq!(dzm.region, "Dongcheng District, Beijing");
    }

    #[test]
    fn coverage_says_what_the_list_holds_in_a_place() {
        let h = Hospitals::bundled();
        // Wuhan: real rows (协和, 同济, 人民医院 …) in the merged directory.
        let view = h.search(&json!({"query": "", "filter": {"region": "420100"}, "limit": 5}), Lang::ZhCn).expect("valid");
        let c = view.coverage.expect("a region filter gives coverage");
        assert!(c.in_region >= 50, "Wuhan has dozens of rows: {}", c.in_region);
        assert_eq!(c.in_region, h.count_in(RegionCode::parse("420100").expect("code")));
        assert!(c.message.starts_with("本机名单在武汉市有"), "{}", c.message);
        assert_eq!(view.results.len(), 5);
        assert!(view.results.iter().all(|r| r.city_code.as_deref() == Some("420100")));
        // A county the list does not reach: say so, with the province's count.
        let empty = h.search(&json!({"query": "", "filter": {"region": "420529"}}), Lang::ZhCn).expect("valid");
        let c = empty.coverage.expect("coverage");
        assert_eq!(c.in_region, 0);
        assert!(c.message.starts_with("本机名单里没有五峰土家族自治县的医院（湖北省共有"), "{}", c.message);
        assert!(empty.results.is_empty());
    }

    #[test]
    fn names_typed_without_administrative_words_are_found() {
        let h = Hospitals::bundled();
        // 湖北省人民医院 typed as people say it: 湖北人民医院, hbrmyy; 武汉市中心医院 as whzxyy.
        for (q, want) in [
            ("湖北妇幼保健院", "湖北省妇幼保健院"),
            ("hbfybjy", "湖北省妇幼保健院"),
            ("hbdsrmyy", "湖北省第三人民医院"),
            ("whzxyy", "武汉市中心医院"),
            ("wuhanzhongxin", "武汉市中心医院"),
        ] {
            let view = h.search(&json!({"query": q, "filter": {"region": "420000"}, "limit": 5}), Lang::ZhCn).expect("valid");
            let names: Vec<&str> = view.results.iter().map(|r| r.name.as_str()).collect();
            assert_eq!(names.first().copied(), Some(want), "{q}: {names:?}");
            assert!(
                view.results[0].aliases.iter().all(|a| a != "湖北妇幼保健院" && a != "武汉中心医院" && a != "湖北第三人民医院"),
                "search forms are not shown: {:?}",
                view.results[0].aliases
            );
        }
    }

    #[test]
    fn a_hospital_outside_the_place_of_treatment_is_named_as_such() {
        let h = Hospitals::bundled();
        // Going to 武汉 (the county 江岸区 given): a Beijing hospital is elsewhere, a Wuhan one is not.
        let view = h
            .search(&json!({"query": "xhyy", "filter": {"region": "110000"}, "destination": "420102", "limit": 1}), Lang::ZhCn)
            .expect("valid");
        assert_eq!(
            view.results[0].outside_destination.as_deref(),
            Some("这家医院在北京市，不在您的就医地湖北省 武汉市 江岸区。")
        );
        let wuhan =
            h.search(&json!({"query": "", "filter": {"region": "420100"}, "destination": "420102", "limit": 5}), Lang::ZhCn).expect("valid");
        assert!(wuhan.results.iter().all(|r| r.outside_destination.is_none()), "the whole prefecture is the pooling region");
        let none = h.search(&json!({"query": "xhyy", "limit": 1}), Lang::ZhCn).expect("valid");
        assert_eq!(none.results[0].outside_destination, None, "no destination, no warning");
    }

    #[test]
    fn bad_requests_name_their_field() {
        let h = Hospitals::bundled();
        for (request, field, code) in [
            (json!({"query": "x", "limit": 0}), "limit", "out_of_range"),
            (json!({"query": "x", "filter": {"level": "4"}}), "filter.level", "not_one_of"),
            (json!({"query": "x", "filter": {"kind": "spa"}}), "filter.kind", "not_one_of"),
            (json!({"query": "x", "filter": {"networked": "dental"}}), "filter.networked", "not_one_of"),
            (json!({"query": "x", "filter": {"region": "999999"}}), "filter.region", "not_a_region_code"),
            (json!({"query": "x", "near": "110199"}), "near", "unknown_region"),
            (json!({"query": "x", "sort": "name"}), "sort", "unknown_field"),
        ] {
            let e = h.search(&request, Lang::ZhCn).expect_err("bad request");
            assert_eq!((e.field.as_deref(), e.code.as_str()), (Some(field), code), "{request}");
            assert!(!e.message.contains("field-"), "the field has a label in every language: {}", e.message);
        }
    }
}
