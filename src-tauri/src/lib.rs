//! The Yidi desktop shell. It owns windows and the bridge to the webview, nothing else: every
//! command is a few lines in [`cmd`] that call `yidi-core`, which the `yidi` CLI calls too.

mod cmd;

use tauri::{Builder, Manager, Runtime};

/// Registers the commands on any builder, so tests can pass a mock one.
pub fn with_commands<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder.manage(cmd::hospitals::HospitalDirectory::default()).invoke_handler(tauri::generate_handler![
        cmd::regions::ui_text,
        cmd::regions::search_regions,
        cmd::regions::describe_trip,
        cmd::regions::get_region,
        cmd::consent::consent_texts,
        cmd::consent::consent_today,
        cmd::consent::consent_text,
        cmd::consent::consent_check_id,
        cmd::consent::consent_relations,
        cmd::consent::consent_sign,
        cmd::consent::consent_verify,
        cmd::consent::consent_save_packet,
        cmd::consent::consent_print_packet,
        cmd::data::data_status,
        cmd::interview::interview_start,
        cmd::interview::interview_view,
        cmd::interview::interview_answer,
        cmd::interview::interview_back,
        cmd::interview::interview_goto,
        cmd::interview::interview_outcome,
        cmd::estimate::estimate_packs,
        cmd::estimate::estimate_cost,
        cmd::cases::case_status,
        cmd::cases::case_unlock,
        cmd::cases::case_recover,
        cmd::cases::case_change_passphrase,
        cmd::cases::case_relations,
        cmd::cases::case_people,
        cmd::cases::case_save_person,
        cmd::cases::case_save_facts,
        cmd::cases::case_remove_person,
        cmd::cases::case_switch_person,
        cmd::cases::case_save,
        cmd::cases::case_load,
        cmd::cases::case_delete,
        cmd::cases::case_reminders,
        cmd::cases::case_export,
        cmd::cases::case_import,
        cmd::cases::case_qr,
        cmd::cases::case_desk_start,
        cmd::cases::case_desk_next,
        cmd::cases::case_desk_end,
        cmd::cases::case_desk_activity,
        cmd::hospitals::search_hospitals,
        cmd::trip::settlement_check,
        cmd::trip::trip_calendar,
        cmd::trip::claim_expected_back,
    ])
}

/// How WebKitGTK draws the page. Accelerated compositing stays on (WebKit's default): turning it
/// off (WEBKIT_DISABLE_COMPOSITING_MODE=1) saved ~1 s of web-process CPU and ~90 MB at start
/// under software GL, but then the page stopped updating after some actions (the guide's Back on
/// its first question, unlocking after a restart, the journey's next steps: e2e_interview,
/// e2e_cases and e2e_journey waited for changes that never came). It is only an opt-in for
/// measuring: `YIDI_WEBVIEW_COMPOSITING=0`.
///
/// The page's content is painted on the CPU (WEBKIT_SKIA_ENABLE_CPU_RENDERING=1) rather than by
/// Skia on the GPU: Yidi's screens are forms and text, which the CPU paints as fast, and on the
/// machines that render GL in software (service-centre PCs, virtual machines, remote desktops,
/// Xvfb) GPU painting is software too and costs much more: at start, ~0.1 s less CPU, ~110 ms
/// sooner in the page and ~30 MB less in the web process (docs/performance.md).
/// `YIDI_WEBVIEW_GPU_PAINTING=1` keeps WebKit's GPU painting. A variable the user already set is
/// left as it is. Runs before any thread is started (WebKit reads the variables when it starts).
fn webview_rendering() {
    #[cfg(target_os = "linux")]
    {
        let set = |name: &str| std::env::var_os(name).is_some();
        if std::env::var_os("YIDI_WEBVIEW_COMPOSITING").is_some_and(|v| v == "0")
            && !set("WEBKIT_DISABLE_COMPOSITING_MODE")
        {
            std::env::set_var("WEBKIT_DISABLE_COMPOSITING_MODE", "1");
        }
        if std::env::var_os("YIDI_WEBVIEW_GPU_PAINTING").is_none_or(|v| v != "1")
            && !set("WEBKIT_SKIA_ENABLE_CPU_RENDERING")
        {
            std::env::set_var("WEBKIT_SKIA_ENABLE_CPU_RENDERING", "1");
        }
    }
}

/// Desktop entry point, and the mobile one (iOS and Android call this symbol).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    webview_rendering();
    let builder = tauri::Builder::default()
        // "打开 PDF" and "显示所在文件夹" after saving a packet: the system's viewer and file
        // manager, for the packet files only (capabilities/default.json scopes the paths).
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let cases = cmd::cases::Cases::new(app.path().app_data_dir().ok());
            // Datasets (policy packs, the directory…) come from a verified feed release in the
            // data folder when one is installed there, else from the app itself.
            yidi_core::data::set_data_dir(Some(cases.data_dir()));
            app.manage(cases);
            cmd::cases::start(app.handle());
            Ok(())
        });
    if let Err(error) = with_commands(builder).run(tauri::generate_context!()) {
        eprintln!("yidi-app: could not start: {error}");
        std::process::exit(1);
    }
}
