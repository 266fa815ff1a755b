//! Static text for screens. The web UI holds no strings of its own: at start-up and on every
//! language switch it asks for the `ui-*` messages and renders them.

use std::collections::BTreeMap;

use yidi_domain::{i18n, Lang};

/// Every argument-free message whose id starts with `ui-`, formatted in `lang`.
pub fn ui_text(lang: Lang) -> BTreeMap<String, String> {
    let mut texts = i18n::texts_with_prefix(lang, "ui-");
    // Labels of domain values are shown by the UI too (categories, schemes, scopes).
    // The typed-signature statement is shown as the checkbox's text and sent back word for word.
    for prefix in ["scheme-", "work-status-", "category-", "term-", "stage-", "trip-", "division-level-", "consent-typed-statement"] {
        texts.extend(i18n::texts_with_prefix(lang, prefix));
    }
    texts
}
