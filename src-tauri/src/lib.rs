//! The Yidi desktop shell. It owns windows and the bridge to the webview, nothing else: every
//! command is a few lines in [`cmd`] that call `yidi-core`, which the `yidi` CLI calls too.

mod cmd;

use tauri::{Builder, Runtime};

/// Registers the commands on any builder, so tests can pass a mock one.
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.manage(cmd::hospitals::HospitalDirectory::default()).invoke_handler(tauri::generate_handler![
        cmd::regions::ui_text,
        cmd::regions::search_regions,
        cmd::regions::describe_trip,
        cmd::regions::get_region,
        cmd::hospitals::search_hospitals,
    ])
}

/// Desktop entry point, and the mobile one (iOS and Android call this symbol).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    if let Err(error) = with_commands(tauri::Builder::default()).run(tauri::generate_context!()) {
        eprintln!("yidi-app: could not start: {error}");
        std::process::exit(1);
    }
}
