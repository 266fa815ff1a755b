//! `yidi`: the command line over the same core calls as the desktop app. Every command prints JSON
//! on stdout; a bad input prints a localized message naming the field on stderr and exits with 2.

mod cmd;
mod output;

use std::{io::Write as _, process::ExitCode};

use clap::{Parser, Subcommand};
use yidi_core::{ApiError, Lang};

#[derive(Debug, Parser)]
#[command(name = "yidi", version, about = "Cross-province medical insurance filing assistant (异地就医备案助手)")]
struct Cli {
    /// Language of messages and names: zh-CN (default), zh-TW or en-US. Without it, YIDI_LANG,
    /// then LC_ALL / LANG decide.
    #[arg(long, global = true)]
    lang: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Administrative divisions: search by name, pinyin or initials; show one by code.
    #[command(subcommand)]
    Regions(cmd::regions::RegionsCommand),
    /// Whether a journey from the insured region to the place of treatment is cross-province.
    Trip(cmd::trip::TripArgs),
    /// The interface text in one language (what the desktop UI renders).
    Text,
    /// Informed consent and commitment letters: show, check an ID number, sign, verify, print.
    #[command(subcommand)]
    Consent(cmd::consent::ConsentCommand),
    /// What the patient and the funds would pay for a bill, line by line, with each filing option.
    Estimate(cmd::estimate::EstimateArgs),
    /// People and cases on this device: save, load, remind, export, import, desk mode.
    Case(cmd::case::CaseArgs),
    /// The eligibility interview: which filing, what to bring, where, until when. With
    /// --answers FILE it prints the outcome as JSON; alone it asks the questions in the terminal.
    Check(cmd::check::CheckArgs),
    /// A settlement sheet (结算单) checked against the estimate of the same stay.
    #[command(subcommand)]
    Settlement(cmd::settlement::SettlementCommand),
    /// Designated hospitals: search (JSON lines) and CSV import.
    #[command(subcommand)]
    Hospitals(cmd::hospitals::HospitalsCommand),
    /// Data updates from a signed feed.
    #[command(subcommand)]
    Data(cmd::data::DataCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let lang = match resolve_lang(cli.lang.as_deref()) {
        Ok(lang) => lang,
        Err(e) => return output::fail(&e),
    };
    // Datasets (policy packs, the directory…) come from the installed feed release in the data
    // folder when one is verified there, else from the program: the same folder as --data-dir's
    // default ($YIDI_DATA_DIR, $XDG_DATA_HOME/yidi, ~/.local/share/yidi).
    yidi_core::data::set_data_dir(Some(&cmd::data::DataDir { data_dir: None }.resolve()));
    let result = match &cli.command {
        Command::Regions(c) => cmd::regions::run(c, lang),
        Command::Trip(args) => cmd::trip::run(args, lang),
        Command::Text => output::json(&yidi_core::text::ui_text(lang)),
        Command::Consent(c) => cmd::consent::run(c, lang),
        Command::Estimate(args) => match cmd::estimate::run(args, lang) {
            Ok(cmd::estimate::Output::Text(text)) => {
                // A closed pipe (`| head`) is not an error worth a panic.
                let _ = writeln!(std::io::stdout(), "{text}");
                return ExitCode::SUCCESS;
            }
            Ok(cmd::estimate::Output::Json(json)) => Ok(json),
            Err(e) => Err(e),
        },
        Command::Case(args) => cmd::case::run(args, lang),
        Command::Check(args) => match cmd::check::run(args, lang) {
            Ok(Some(json)) => Ok(json),
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => Err(e),
        },
        Command::Settlement(c) => match cmd::settlement::run(c, lang) {
            Ok(cmd::settlement::Output::Text(text)) => {
                // A closed pipe (`| head`) is not an error worth a panic.
                let _ = writeln!(std::io::stdout(), "{text}");
                return ExitCode::SUCCESS;
            }
            Ok(cmd::settlement::Output::Json(json)) => Ok(json),
            Err(e) => Err(e),
        },
        Command::Hospitals(c) => return cmd::hospitals::run(c, lang),
        Command::Data(c) => cmd::data::run(c, lang),
    };
    match result {
        Ok(json) => output::print(&json),
        Err(e) => output::fail(&e),
    }
}

/// `--lang` wins; then YIDI_LANG; then the POSIX locale; then zh-CN. An explicit but unsupported
/// `--lang` is an error, an unsupported system locale is not (most shells say C.UTF-8).
fn resolve_lang(flag: Option<&str>) -> Result<Lang, ApiError> {
    if let Some(tag) = flag {
        return yidi_core::parse_lang(tag);
    }
    let from_env = ["YIDI_LANG", "LC_ALL", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find_map(|value| value.parse::<Lang>().ok());
    Ok(from_env.unwrap_or_default())
}
