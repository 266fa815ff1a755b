//! `yidi data`: which data is in use (status), fetch the signed feed (update), and the
//! publisher's side: make a key pair (keygen) and a signed feed folder from data/ (publish).

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
    /// Which data is in use: the installed feed's version and publication date, or the bundled data.
    Status {
        #[command(flatten)]
        dir: DataDir,
    },
    /// Make a feed key pair: the private key file (created 0600, never overwritten) and the
    /// public key to give to apps (--key of update).
    Keygen {
        /// Where to write the private key.
        #[arg(long)]
        out: PathBuf,
    },
    /// Build a feed folder from a data folder and sign it: every dataset under --from is copied
    /// to OUT/<version>/<path>, listed with its SHA-256 in OUT/manifest.json and signed.
    Publish {
        /// The data folder (the repository's data/).
        #[arg(long)]
        from: PathBuf,
        /// The feed folder (serve it as static files).
        #[arg(long)]
        out: PathBuf,
        /// The private key file made by `yidi data keygen`.
        #[arg(long)]
        key: PathBuf,
        /// The version: a whole number above the last published one.
        #[arg(long)]
        version: u64,
        /// The publication date, YYYY-MM-DD.
        #[arg(long)]
        published: String,
    },
}

pub fn run(command: &DataCommand, lang: Lang) -> Result<serde_json::Value, ApiError> {
    match command {
        DataCommand::Update { feed, key, dir } => {
            let key = key.clone().or_else(|| std::env::var("YIDI_FEED_KEY").ok());
            json(&hospitals::update_data(&dir.resolve(), feed, key.as_deref(), lang)?)
        }
        DataCommand::Status { dir } => {
            yidi_core::data::set_data_dir(Some(&dir.resolve()));
            json(&yidi_core::data::status(lang))
        }
        DataCommand::Keygen { out } => Ok(yidi_core::data::keygen(out, lang)?),
        DataCommand::Publish { from, out, key, version, published } => {
            json(&yidi_core::data::publish(from, out, key, *version, published, lang)?)
        }
    }
}
