use clap::Subcommand;
use yidi_core::{regions, ApiError, Lang};

use crate::output::json;

#[derive(Debug, Subcommand)]
pub enum RegionsCommand {
    /// Search by name (武汉), full pinyin (wuhan) or initials (wh).
    Search {
        query: String,
        /// Only this level: province, prefecture or county.
        #[arg(long)]
        level: Option<String>,
        #[arg(long, default_value_t = regions::DEFAULT_LIMIT)]
        limit: usize,
    },
    /// One division by its six-digit code.
    Show { code: String },
}

pub fn run(command: &RegionsCommand, lang: Lang) -> Result<serde_json::Value, ApiError> {
    match command {
        RegionsCommand::Search { query, level, limit } => {
            let request = regions::RegionSearch { query: query.clone(), level: level.clone(), limit: Some(*limit) };
            json(&regions::search_regions(&request, lang)?)
        }
        RegionsCommand::Show { code } => json(&regions::region(code, "code", lang)?),
    }
}
