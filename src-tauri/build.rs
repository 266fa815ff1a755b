fn main() {
    // Every command the webview may call is listed here and granted in capabilities/default.json.
    let commands = &["ui_text", "search_regions", "describe_trip", "get_region", "search_hospitals"];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build failed");
}
