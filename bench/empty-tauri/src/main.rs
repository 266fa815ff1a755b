//! An empty Tauri 2 app (see Cargo.toml).
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    if let Err(e) = tauri::Builder::default().run(tauri::generate_context!()) {
        eprintln!("empty-tauri: {e}");
        std::process::exit(1);
    }
}
