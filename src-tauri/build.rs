fn main() {
    // Every command the webview may call is listed here and granted in capabilities/default.json.
    let commands = &[
        "ui_text",
        "search_regions",
        "describe_trip",
        "get_region",
        // consent
        "consent_texts",
        "consent_today",
        "consent_text",
        "consent_check_id",
        "consent_relations",
        "consent_sign",
        "consent_verify",
        "consent_save_packet",
        "interview_start",
        "interview_view",
        "interview_answer",
        "interview_back",
        "interview_goto",
        "interview_outcome",
    ];
    let commands = &["ui_text", "search_regions", "describe_trip", "get_region", "estimate_packs", "estimate_cost"];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build failed");
}
