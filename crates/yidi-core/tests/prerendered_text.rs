//! The UI's start page is rendered into its HTML at build time (ui/scripts/prerender.mjs), in
//! each language, from saved copies of the core's interface text, ui/prerender/text.<lang>.json,
//! so the UI build does not need the core; the page is then hydrated with the same copy. This
//! holds the copies to the core: when a message in locales/ changes, this fails until the copy
//! is written again —
//!
//!     cargo run -q -p yidi-cli -- text --lang zh-CN > ui/prerender/text.zh-CN.json
//!
//! (the same for zh-TW and en-US; or run this test with YIDI_WRITE_PRERENDER_TEXT=1). A stale
//! copy would show old words on the start page.

use std::collections::BTreeMap;
use std::path::Path;

use yidi_core::{text::ui_text, Lang};

#[test]
fn every_prerendered_start_page_uses_the_cores_current_text() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/prerender");
    let write = std::env::var("YIDI_WRITE_PRERENDER_TEXT").is_ok_and(|v| v == "1");
    for lang in Lang::ALL {
        let path = dir.join(format!("text.{}.json", lang.tag()));
        let current = ui_text(lang);
        if write {
            let text = serde_json::to_string_pretty(&current).expect("text serializes") + "\n";
            std::fs::write(&path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        }
        let saved = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let saved: BTreeMap<String, String> = serde_json::from_str(&saved).expect("the saved text is a JSON map");
        let stale: Vec<&String> = current
            .iter()
            .filter(|(id, text)| saved.get(*id) != Some(*text))
            .map(|(id, _)| id)
            .chain(saved.keys().filter(|id| !current.contains_key(*id)))
            .collect();
        assert!(
            stale.is_empty(),
            "{} differs from the core's text for {stale:?}; write it again: \
             cargo run -q -p yidi-cli -- text --lang {lang} > ui/prerender/text.{lang}.json",
            path.display()
        );
    }
}
