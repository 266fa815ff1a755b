//! How results and errors leave the CLI.

use std::process::ExitCode;

use serde::Serialize;
use yidi_core::ApiError;

/// A command's result as JSON, or the error that serialising it met.
pub fn json<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(|e| ApiError { code: "internal".into(), field: None, message: e.to_string() })
}

pub fn print(value: &serde_json::Value) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("yidi: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The localized message for people on stderr; the JSON form (code, field) on the last line for
/// scripts. Input errors exit with 2, like clap's own usage errors.
pub fn fail(error: &ApiError) -> ExitCode {
    eprintln!("yidi: {}", error.message);
    if let Ok(json) = serde_json::to_string(error) {
        eprintln!("{json}");
    }
    if error.code == "internal" { ExitCode::FAILURE } else { ExitCode::from(2) }
}
