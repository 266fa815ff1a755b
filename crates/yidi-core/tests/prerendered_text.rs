//! The UI's start page is rendered into its HTML at build time (ui/scripts/prerender.mjs) from a
//! saved copy of the core's zh-CN interface text, ui/prerender/text.zh-CN.json, so the UI build
//! does not need the core. This holds that copy to the core: when a message in locales/ changes,
//! this fails until the copy is written again —
//!
//!     cargo run -q -p yidi-cli -- text --lang zh-CN > ui/prerender/text.zh-CN.json
//!
//! (or run this test with YIDI_WRITE_PRERENDER_TEXT=1). A stale copy would show the old words
//! until the page is hydrated, and then change them under the reader's eyes.

use std::collections::BTreeMap;
use std::path::Path;

use yidi_core::{text::ui_text, Lang};

#[test]
fn the_prerendered_start_page_uses_the_cores_current_text() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ui/prerender/text.zh-CN.json");
    let current = ui_text(Lang::ZhCn);
    if std::env::var("YIDI_WRITE_PRERENDER_TEXT").is_ok_and(|v| v == "1") {
        let text = serde_json::to_string_pretty(&current).expect("text serializes") + "\n";
        std::fs::write(&path, text).expect("ui/prerender/text.zh-CN.json is writable");
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
        "ui/prerender/text.zh-CN.json differs from the core's text for {stale:?}; write it again: \
         cargo run -q -p yidi-cli -- text --lang zh-CN > ui/prerender/text.zh-CN.json"
    );
}
