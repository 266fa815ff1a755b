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
    let commands = &["ui_text", "search_regions", "describe_trip", "get_region",
        "case_status", "case_unlock", "case_relations", "case_people", "case_save_person", "case_remove_person", "case_switch_person", "case_save", "case_load", "case_delete", "case_reminders", "case_export", "case_import", "case_qr", "case_desk_start", "case_desk_next", "case_desk_end", "case_desk_activity",
    let commands = &["ui_text", "search_regions", "describe_trip", "get_region", "search_hospitals"];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build failed");
}
