use clap::Args;
use yidi_core::{regions, ApiError, Lang};

use crate::output::json;

#[derive(Debug, Args)]
pub struct TripArgs {
    /// Six-digit code of the insured region (参保地).
    #[arg(long)]
    insured: String,
    /// Six-digit code of the place of treatment (就医地).
    #[arg(long)]
    destination: String,
}

pub fn run(args: &TripArgs, lang: Lang) -> Result<serde_json::Value, ApiError> {
    let request = regions::TripRequest { insured_region: args.insured.clone(), destination: args.destination.clone() };
    json(&regions::describe_trip(&request, lang)?)
}
