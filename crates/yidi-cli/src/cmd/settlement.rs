//! `yidi settlement check --case case.json --sheet sheet.json [--table]`: a settlement sheet
//! (结算单) beside Yidi's estimate of the same stay, line by line, with likely causes and what to
//! ask the hospital's insurance office. Formats in docs/settlement.md.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::{json, Value};
use yidi_core::{settlement, ApiError, Lang};

use crate::output::json as to_json;

#[derive(Debug, Subcommand)]
pub enum SettlementCommand {
    /// Compare a settlement sheet with the estimate of the same stay.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The stay: an estimate case (docs/estimate.md); its bill may give the itemised bill's
    /// notCovered and classB. `-` reads standard input.
    #[arg(long)]
    case: PathBuf,
    /// The sheet's figures: total, fundPaid, personalShare, and notCovered, classBFirst,
    /// deductible when the sheet shows them.
    #[arg(long)]
    sheet: PathBuf,
    /// Print a readable table instead of JSON.
    #[arg(long)]
    table: bool,
}

/// What the command prints.
#[derive(Debug)]
pub enum Output {
    Json(Value),
    Text(String),
}

fn read(path: &PathBuf, field: &str) -> Result<Value, ApiError> {
    let text = if path.as_os_str() == "-" { std::io::read_to_string(std::io::stdin()) } else { std::fs::read_to_string(path) };
    let text = text.map_err(|e| ApiError { code: "io".into(), field: Some(field.into()), message: format!("{}: {e}", path.display()) })?;
    serde_json::from_str(&text).map_err(|e| ApiError { code: "not_json".into(), field: Some(field.into()), message: format!("{}: {e}", path.display()) })
}

pub fn run(command: &SettlementCommand, lang: Lang) -> Result<Output, ApiError> {
    let SettlementCommand::Check(args) = command;
    let request = json!({ "case": read(&args.case, "case")?, "sheet": read(&args.sheet, "sheet")? });
    let view = settlement::check(&request, lang)?;
    if args.table {
        Ok(Output::Text(table(&view, lang)))
    } else {
        to_json(&view).map(Output::Json)
    }
}

/// The comparison as people read it: one row per figure, then the causes and questions.
fn table(view: &settlement::CheckView, lang: Lang) -> String {
    let t = |id: &str| yidi_core::interview::message(lang, id, &[]);
    let mut out = format!("{}\n\n", view.verdict_text);
    out.push_str(&format!(
        "  {:<16} {:>12} {:>12} {:>12}\n",
        t("settle-col-item"),
        t("settle-col-sheet"),
        t("settle-col-estimate"),
        t("settle-col-difference")
    ));
    for l in &view.lines {
        let mark = if l.matches { "  " } else { "≠ " };
        out.push_str(&format!("{mark}{:<16} {:>12} {:>12} {:>12}\n", l.label, l.sheet.to_string(), l.estimate.to_string(), l.difference.to_string()));
    }
    for c in &view.causes {
        out.push_str(&format!("\n- {}\n  → {}\n", c.text, c.ask));
    }
    out.push_str(&format!("\n{}\n", view.note));
    out
}
