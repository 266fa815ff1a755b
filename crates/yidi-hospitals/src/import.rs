//! Reading a directory from CSV, the format in `docs/hospitals.md`: one institution a line, a
//! header line naming the columns (any order; unknown columns are refused so a misspelt header
//! cannot silently drop a field).
//!
//! Every bad value is a [`FieldError`] whose path is `hospitals[N].column`, N being the line number
//! in the file (the header is line 1), so a clerk can find it in a spreadsheet.

use std::collections::HashSet;

use yidi_domain::{divisions, FieldError, NaiveDate, RegionCode};

use crate::model::{Coord, Hospital, Kind, Level, Network};

/// The columns, in the order `docs/hospitals.md` lists them.
pub const COLUMNS: &[&str] = &[
    "code",
    "name",
    "aliases",
    "province",
    "city",
    "county",
    "address",
    "level",
    "type",
    "specialty",
    "inpatient",
    "outpatient",
    "chronic",
    "longitude",
    "latitude",
    "confirmed",
    "name_zh_tw",
    "sources",
    "coord_precision",
];

/// Codes the synthetic generator makes; a file carrying them is a test file, not a directory.
pub const SYNTHETIC_PREFIX: &str = "SYN";

/// Stops collecting after this many errors: a wrong file would otherwise yield one per line.
const MAX_ERRORS: usize = 50;

/// Parses CSV text into institutions, or every error found (up to 50).
pub fn parse_csv(text: &str) -> Result<Vec<Hospital>, Vec<FieldError>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|s| s.trim().to_lowercase()).collect(),
        Err(_) => return Err(vec![FieldError::wrong_type("hospitals[1]", "CSV")]),
    };
    let mut errors = Vec::new();
    for name in &header {
        if !COLUMNS.contains(&name.as_str()) {
            errors.push(FieldError::unknown_field(format!("hospitals[1].{name}")));
        }
    }
    if !header.iter().any(|h| h == "name") {
        errors.push(FieldError::missing("hospitals[1].name"));
    }
    if !header.iter().any(|h| h == "city" || h == "county") {
        errors.push(FieldError::missing("hospitals[1].county"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut out = Vec::new();
    let mut codes = HashSet::new();
    for (i, record) in reader.records().enumerate() {
        let line = i + 2;
        let record = match record {
            Ok(r) => r,
            Err(_) => {
                errors.push(FieldError::wrong_type(format!("hospitals[{line}]"), "CSV"));
                continue;
            }
        };
        let get = |col: &str| -> &str {
            header.iter().position(|h| h == col).and_then(|p| record.get(p)).map(str::trim).unwrap_or("")
        };
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        match parse_row(line, &get) {
            Ok(h) => {
                if !h.code.is_empty() && !codes.insert(h.code.clone()) {
                    errors.push(FieldError::custom(
                        format!("hospitals[{line}].code"),
                        "hosp-err-duplicate-code",
                        vec![("value", h.code.clone())],
                    ));
                } else {
                    out.push(h);
                }
            }
            Err(e) => errors.extend(e),
        }
        if errors.len() >= MAX_ERRORS {
            break;
        }
    }
    if errors.is_empty() { Ok(out) } else { Err(errors) }
}

fn parse_row<'a>(line: usize, get: &dyn Fn(&str) -> &'a str) -> Result<Hospital, Vec<FieldError>> {
    let path = |col: &str| format!("hospitals[{line}].{col}");
    let mut errors = Vec::new();
    let code = get("code").to_string();
    if code.to_uppercase().starts_with(SYNTHETIC_PREFIX) {
        errors.push(FieldError::custom(path("code"), "hosp-err-synthetic-code", vec![("value", code.clone())]));
    }
    let name = get("name").to_string();
    if name.is_empty() {
        errors.push(FieldError::missing(path("name")));
    }
    let division = division_of(get("province"), get("city"), get("county"), &path).map_err(|e| errors.push(e)).ok();
    let level = match get("level") {
        "" => None,
        text => Level::parse(text).or_else(|| {
            errors.push(FieldError::not_one_of(path("level"), text, &["3a", "3b", "3c", "3", "2a", "2b", "2c", "2", "1a", "1b", "1c", "1", "unrated", "三级甲等"]));
            None
        }),
    };
    let kind = match get("type") {
        "" => None,
        text => Kind::parse(text).or_else(|| {
            errors.push(FieldError::not_one_of(path("type"), text, &Kind::ALL.map(Kind::wire)));
            None
        }),
    };
    let mut flag = |col: &str| -> Option<bool> {
        match get(col).to_lowercase().as_str() {
            "" => None,
            "yes" | "y" | "true" | "1" | "是" => Some(true),
            "no" | "n" | "false" | "0" | "否" => Some(false),
            other => {
                errors.push(FieldError::not_one_of(path(col), other, &["yes", "no", ""]));
                None
            }
        }
    };
    let network = Network { inpatient: flag("inpatient"), outpatient: flag("outpatient"), chronic: flag("chronic") };
    let location = match (get("longitude"), get("latitude")) {
        ("", "") => None,
        (lon, lat) => {
            let lon_micro = Coord::parse_degrees(lon, 180);
            let lat_micro = Coord::parse_degrees(lat, 90);
            if lon_micro.is_none() {
                errors.push(FieldError::out_of_range(path("longitude"), lon, "-180", "180"));
            }
            if lat_micro.is_none() {
                errors.push(FieldError::out_of_range(path("latitude"), lat, "-90", "90"));
            }
            lon_micro.zip(lat_micro).map(|(lon_micro, lat_micro)| Coord { lon_micro, lat_micro })
        }
    };
    let confirmed = match get("confirmed") {
        "" => None,
        text => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map_err(|_| errors.push(FieldError::not_a_date(path("confirmed"), text)))
            .ok(),
    };
    let aliases =
        get("aliases").split('|').map(str::trim).filter(|a| !a.is_empty()).map(str::to_string).collect::<Vec<_>>();
    let specialty = Some(get("specialty").to_string()).filter(|s| !s.is_empty());
    match division {
        Some(division) if errors.is_empty() => Ok(Hospital {
            code,
            name,
            aliases,
            division,
            address: get("address").to_string(),
            level,
            kind,
            specialty,
            network,
            location,
            confirmed,
            synthetic: false,
            name_tw: get("name_zh_tw").to_string(),
            sources: get("sources").split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
            coord_precision: get("coord_precision").to_string(),
        }),
        _ => Err(errors),
    }
}

/// The most specific of the three codes, checked to exist and to sit under the others.
fn division_of(province: &str, city: &str, county: &str, path: &dyn Fn(&str) -> String) -> Result<RegionCode, FieldError> {
    let table = divisions();
    let mut chosen: Option<RegionCode> = None;
    for (col, text) in [("county", county), ("city", city), ("province", province)] {
        if text.is_empty() {
            continue;
        }
        let d = table.lookup(&path(col), text)?;
        match chosen {
            None => chosen = Some(d.code),
            Some(inner) => {
                if !table.path(inner).iter().any(|p| p.code == d.code) {
                    return Err(FieldError::custom(
                        path(col),
                        "hosp-err-division-mismatch",
                        vec![("value", text.to_string()), ("inner", inner.to_string())],
                    ));
                }
            }
        }
    }
    match chosen {
        Some(code) if code.as_u32() % 10_000 != 0 || code.is_municipality() => Ok(code),
        Some(_) => Err(FieldError::missing(path("city"))),
        None => Err(FieldError::missing(path("county"))),
    }
}

/// Writes institutions as CSV with every column, the inverse of [`parse_csv`].
pub fn to_csv(hospitals: &[Hospital]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(COLUMNS);
    for h in hospitals {
        let flag = |v: Option<bool>| match v {
            None => "",
            Some(true) => "yes",
            Some(false) => "no",
        };
        let path = divisions().path(h.division);
        let at = |level: yidi_domain::DivisionLevel| {
            path.iter().find(|d| d.level == level).map(|d| d.code.to_string()).unwrap_or_default()
        };
        let degrees = |micro: i32| {
            let sign = if micro < 0 { "-" } else { "" };
            let m = micro.unsigned_abs();
            format!("{sign}{}.{:06}", m / 1_000_000, m % 1_000_000)
        };
        let _ = w.write_record([
            h.code.as_str(),
            &h.name,
            &h.aliases.join("|"),
            &at(yidi_domain::DivisionLevel::Province),
            &at(yidi_domain::DivisionLevel::Prefecture),
            &at(yidi_domain::DivisionLevel::County),
            &h.address,
            &h.level.map(Level::wire).unwrap_or_default(),
            h.kind.map(Kind::wire).unwrap_or(""),
            h.specialty.as_deref().unwrap_or(""),
            flag(h.network.inpatient),
            flag(h.network.outpatient),
            flag(h.network.chronic),
            &h.location.map(|c| degrees(c.lon_micro)).unwrap_or_default(),
            &h.location.map(|c| degrees(c.lat_micro)).unwrap_or_default(),
            &h.confirmed.map(|c| c.to_string()).unwrap_or_default(),
            &h.name_tw,
            &h.sources.join(";"),
            &h.coord_precision,
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
