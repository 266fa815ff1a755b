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

/// One argument-free message in `lang` (the shell's notification title), without formatting all
/// of `ui_text`; `None` for an id the locales do not have.
pub fn ui_message(lang: Lang, id: &str) -> Option<String> {
    i18n::text(lang, id).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_message_is_the_same_text_as_in_the_whole_set() {
        for lang in Lang::ALL {
            let all = ui_text(lang);
            assert_eq!(ui_message(lang, "ui-case-notify-title").as_ref(), all.get("ui-case-notify-title"));
        }
        assert_eq!(ui_message(Lang::ZhCn, "ui-no-such-message"), None);
    }
}
