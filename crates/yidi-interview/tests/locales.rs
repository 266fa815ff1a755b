//! Every message the data needs exists in all three locales with the same placeables, and every
//! question reads in every language for every audience.

use yidi_domain::{
    i18n::{self, Args},
    Lang,
};
use yidi_interview::{model::QuestionKind, text};

use crate::common::interview;

#[test]
fn every_message_the_data_needs_exists_in_every_locale_with_the_same_placeables() {
    let interview = interview();
    let ids = text::required_ids(&interview);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let have: std::collections::BTreeSet<&str> = i18n::message_ids(lang).collect();
        for id in &ids {
            if !have.contains(id.as_str()) {
                problems.push(format!("{lang}: missing {id}"));
            } else if i18n::message_variables(lang, id) != i18n::message_variables(Lang::REFERENCE, id) {
                problems.push(format!("{lang}: {id} takes other placeables than zh-CN"));
            }
        }
        // And nothing of ours in one locale only.
        for id in i18n::message_ids(Lang::REFERENCE).filter(|id| id.starts_with("iv-") || id.starts_with("err-iv-")) {
            if !have.contains(id) {
                problems.push(format!("{lang}: missing {id}"));
            }
        }
    }
    assert!(problems.is_empty(), "locales must match zh-CN:\n{}", problems.join("\n"));
}

#[test]
fn questions_read_in_every_language_for_every_audience_and_the_wording_changes() {
    let interview = interview();
    let audiences = match &interview.question("audience").expect("audience question").kind {
        QuestionKind::Choice(options) => options.clone(),
        _ => panic!("audience is a choice"),
    };
    for lang in Lang::ALL {
        for q in &interview.flow().questions {
            let mut texts = std::collections::BTreeSet::new();
            for audience in &audiences {
                let args = Args::new().text("audience", audience.clone());
                let question = i18n::format(lang, &text::question(&q.id), &args).unwrap_or_else(|e| panic!("{e}"));
                i18n::format(lang, &text::help(&q.id), &args).unwrap_or_else(|e| panic!("{e}"));
                texts.insert(question);
            }
            // Questions about the person read differently for a relative than for oneself.
            if i18n::message_variables(lang, &text::question(&q.id)).contains("audience") {
                assert_eq!(texts.len(), audiences.len(), "{lang} {}: each audience gets its own wording", q.id);
            }
        }
    }
}
