//! `yidi estimate --case case.json [--policy pack.json] [--table]`: the out-of-pocket estimate.
//! The case and result formats are in docs/estimate.md.

use std::path::PathBuf;

use clap::Args;
use yidi_core::{
    estimate::{self, PackFile},
    ApiError, Lang,
};

use crate::output::json;

#[derive(Debug, Args)]
pub struct EstimateArgs {
    /// The case: a JSON file (camelCase keys, see docs/estimate.md); `-` reads standard input.
    #[arg(long)]
    case: PathBuf,
    /// A policy pack file to use instead of the shipped pack for the case's region and scheme.
    #[arg(long)]
    policy: Option<PathBuf>,
    /// Print readable tables instead of JSON.
    #[arg(long)]
    table: bool,
}

/// What the command prints.
#[derive(Debug)]
pub enum Output {
    Json(serde_json::Value),
    Text(String),
}

fn read(path: &PathBuf, field: &'static str, lang: Lang) -> Result<String, ApiError> {
    let text =
        if path.as_os_str() == "-" { std::io::read_to_string(std::io::stdin()) } else { std::fs::read_to_string(path) };
    text.map_err(|e| file_error(field, &format!("{}: {e}", path.display()), lang))
}

fn file_error(field: &'static str, detail: &str, lang: Lang) -> ApiError {
    let id = if field == "policy" { "est-err-policy-file" } else { "est-err-case-file" };
    ApiError::from_field(lang, &yidi_core::estimate::field_error(field, id, detail))
}

pub fn run(args: &EstimateArgs, lang: Lang) -> Result<Output, ApiError> {
    let case_text = read(&args.case, "case", lang)?;
    let case: serde_json::Value = yidi_core::read_json_text(&case_text, "case", lang)?;
    let policy_text = args.policy.as_ref().map(|p| read(p, "policy", lang)).transpose()?;
    let policy_name = args.policy.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
    let pack = policy_text.as_deref().map(|text| PackFile { name: &policy_name, text });
    let view = estimate::estimate(&case, pack, lang)?;
    if args.table {
        Ok(Output::Text(estimate::render_table(&view, lang)))
    } else {
        json(&view).map(Output::Json)
    }
}
