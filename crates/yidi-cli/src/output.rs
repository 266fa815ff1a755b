//! How results and errors leave the CLI.

use std::{io::Write as _, process::ExitCode};

use serde::Serialize;
use yidi_core::ApiError;

/// A command's result as JSON, or the error that serialising it met.
pub fn json<T: Serialize>(value: &T) -> Result<serde_json::Value, ApiError> {
    serde_json::to_value(value).map_err(|e| ApiError { code: "internal".into(), field: None, message: e.to_string() })
}

/// Prints the result. A reader that goes away early (`yidi … | head`) is not an error of ours:
/// println! would panic on the broken pipe, so write and treat that case as done.
pub fn print(value: &serde_json::Value) -> ExitCode {
    let text = match serde_json::to_string_pretty(value) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("yidi: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout().lock();
    match writeln!(out, "{text}").and_then(|()| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("yidi: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The localized message for people on stderr; the JSON form (code, field) on the last line for
/// scripts. Input errors exit with 2, like clap's own usage errors.
pub fn fail(error: &ApiError) -> ExitCode {
    // The message is for people; the path after it tells whoever edits the input file which key.
    match &error.field {
        Some(field) => eprintln!("yidi: {} [{field}]", error.message),
        None => eprintln!("yidi: {}", error.message),
    }
    if let Ok(json) = serde_json::to_string(error) {
        eprintln!("{json}");
    }
    if error.code == "internal" { ExitCode::FAILURE } else { ExitCode::from(2) }
}
