fn main() {
    // Every command the webview may call: the same list as generate_handler! in src/lib.rs, each
    // granted in capabilities/default.json (allow-<name>).
    let commands = &[
        "ui_text",
        "search_regions",
        "describe_trip",
        "get_region",
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
        "estimate_packs",
        "estimate_cost",
        "case_status",
        "case_unlock",
        "case_relations",
        "case_people",
        "case_save_person",
        "case_remove_person",
        "case_switch_person",
        "case_save",
        "case_load",
        "case_delete",
        "case_reminders",
        "case_export",
        "case_import",
        "case_qr",
        "case_desk_start",
        "case_desk_next",
        "case_desk_end",
        "case_desk_activity",
        "search_hospitals",
    ];
    tauri_build::try_build(
        tauri_build::Attributes::new().app_manifest(tauri_build::AppManifest::new().commands(commands)),
    )
    .expect("tauri-build failed");
}
