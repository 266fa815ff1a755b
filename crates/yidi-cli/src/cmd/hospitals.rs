//! `yidi hospitals`: search the designated-institution directory (JSON lines), import a CSV list.

use std::{path::PathBuf, process::ExitCode};

use clap::Subcommand;
use serde_json::{json, Value};
use yidi_core::{hospitals, ApiError, Lang};

use crate::{cmd::data::DataDir, output};

#[derive(Debug, Subcommand)]
pub enum HospitalsCommand {
    /// Search by name (协和), full pinyin (xiehe), initials (xhyy) or a mix (bj协和); one JSON
    /// object per line, best first.
    Search {
        query: String,
        /// Only within this division: a province, prefecture or county code.
        #[arg(long)]
        region: Option<String>,
        /// Only this grade: 1, 2 or 3 (or `unrated`).
        #[arg(long)]
        level: Option<String>,
        /// Only this type: general, tcm, specialist, community, pharmacy.
        #[arg(long = "type")]
        kind: Option<String>,
        /// Only institutions networked for this cross-province settlement: inpatient,
        /// outpatient or chronic (repeat for several).
        #[arg(long)]
        networked: Vec<String>,
        /// Where you will live (a division code): nearer institutions first.
        #[arg(long)]
        near: Option<String>,
        #[arg(long, default_value_t = hospitals::DEFAULT_LIMIT)]
        limit: usize,
        #[command(flatten)]
        dir: DataDir,
    },
    /// Check a CSV list (columns in docs/hospitals.md) and install it as the local directory.
    Import {
        file: PathBuf,
        #[command(flatten)]
        dir: DataDir,
    },
}

/// Runs the command and prints its output; search prints JSON lines, so it ends here.
pub fn run(command: &HospitalsCommand, lang: Lang) -> ExitCode {
    match command {
        HospitalsCommand::Search { query, region, level, kind, networked, near, limit, dir } => {
            let mut filter = serde_json::Map::new();
            if let Some(r) = region {
                filter.insert("region".into(), json!(r));
            }
            if let Some(l) = level {
                filter.insert("level".into(), json!(l));
            }
            if let Some(k) = kind {
                filter.insert("kind".into(), json!(k));
            }
            if !networked.is_empty() {
                filter.insert("networked".into(), json!(networked));
            }
            let mut request = json!({"query": query, "limit": limit, "filter": Value::Object(filter)});
            if let Some(n) = near {
                request["near"] = json!(n);
            }
            match search(&request, &dir.resolve(), lang) {
                Ok(lines) => {
                    for line in lines {
                        println!("{line}");
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => output::fail(&e),
            }
        }
        HospitalsCommand::Import { file, dir } => match hospitals::import_file(&dir.resolve(), file, lang)
            .and_then(|view| output::json(&view))
        {
            Ok(value) => output::print(&value),
            Err(e) => output::fail(&e),
        },
    }
}

/// One JSON line per result, each carrying the directory's data date and what the list is.
/// On stderr, for the person at the terminal: what the list is and where to confirm, and, with
/// a region, what the list holds there.
fn search(request: &Value, data_dir: &std::path::Path, lang: Lang) -> Result<Vec<String>, ApiError> {
    let directory = hospitals::Hospitals::open(data_dir, lang)?;
    if let Some(notice) = directory.notice() {
        eprintln!("{notice}");
    }
    let view = directory.search(request, lang)?;
    eprintln!("{}", view.list_note);
    if let Some(coverage) = &view.coverage {
        eprintln!("{}", coverage.message);
    }
    let mut lines = Vec::new();
    for result in &view.results {
        let mut value = output::json(result)?;
        value["dataDate"] = json!(view.data_date);
        value["dataDateLabel"] = json!(view.data_date_label);
        value["listNote"] = json!(view.list_note);
        lines.push(serde_json::to_string(&value).map_err(|e| ApiError { code: "internal".into(), field: None, message: e.to_string() })?);
    }
    Ok(lines)
}
