//! `yidi data update`: fetch the signed data feed into the data directory.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use yidi_core::{hospitals, ApiError, Lang};

use crate::output::json;

/// The data directory flag every data-using command shares.
#[derive(Debug, Clone, Args)]
pub struct DataDir {
    /// Where downloaded and imported data lives. Default: $YIDI_DATA_DIR, else
    /// $XDG_DATA_HOME/yidi, else ~/.local/share/yidi.
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

impl DataDir {
    /// The directory to use: the flag, else the environment's usual place. Decided here, at the
    /// edge; the core only ever receives a path.
    pub fn resolve(&self) -> PathBuf {
        if let Some(dir) = &self.data_dir {
            return dir.clone();
        }
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
        env("YIDI_DATA_DIR")
            .or_else(|| env("XDG_DATA_HOME").map(|d| d.join("yidi")))
            .or_else(|| env("HOME").map(|h| h.join(".local/share/yidi")))
            .unwrap_or_else(|| PathBuf::from("yidi-data"))
    }
}

#[derive(Debug, Subcommand)]
pub enum DataCommand {
    /// Fetch a newer signed version of the data from a feed (HTTPS) and install it atomically.
    Update {
        /// The feed's manifest URL.
        #[arg(long)]
        feed: String,
        /// The feed's ed25519 public key, 64 hex digits. Default: $YIDI_FEED_KEY.
        #[arg(long)]
        key: Option<String>,
        #[command(flatten)]
        dir: DataDir,
    },
}

pub fn run(command: &DataCommand, lang: Lang) -> Result<serde_json::Value, ApiError> {
    match command {
        DataCommand::Update { feed, key, dir } => {
            let key = key.clone().or_else(|| std::env::var("YIDI_FEED_KEY").ok());
            json(&hospitals::update_data(&dir.resolve(), feed, key.as_deref(), lang)?)
        }
    }
}
