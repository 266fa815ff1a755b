//! The Fluent message ids of the interview (`iv-*` in `locales/*/interview.ftl`). Only ids live
//! here; yidi-core formats them. Every question message takes `$audience` (`self`, `family`,
//! `staff`), so the same rule reads "your insured region" or "your relative's insured region".

use crate::{
    engine::Interview,
    model::{kebab, QuestionKind, Section, Settlement, Verdict},
};

pub fn question(id: &str) -> String {
    format!("iv-q-{}", kebab(id))
}
pub fn help(id: &str) -> String {
    format!("iv-q-{}-help", kebab(id))
}
/// A choice's option label; yes/no answers use `iv-yes` / `iv-no`.
pub fn option(question: &str, value: &str) -> String {
    format!("iv-opt-{}-{}", kebab(question), kebab(value))
}
/// The short label of a question in the check-your-answers list and in errors
/// (`field-answers-<id>`, the label [`yidi_domain::FieldError`] looks for).
pub fn field(id: &str) -> String {
    format!("field-answers-{}", kebab(id))
}
pub fn line(id: &str) -> String {
    format!("iv-line-{}", kebab(id))
}
pub fn outcome(id: &str) -> String {
    format!("iv-out-{}", kebab(id))
}
pub fn section(s: Section) -> String {
    format!("iv-sec-{}", kebab(s.wire_name()))
}
pub fn settlement(s: Settlement) -> String {
    format!("iv-settle-{}", kebab(s.wire_name()))
}
pub fn verdict(v: Verdict) -> String {
    format!("iv-verdict-{}", kebab(v.wire_name()))
}

/// Every message id the data needs, so a test can check each locale has them all.
pub fn required_ids(interview: &Interview) -> Vec<String> {
    let mut ids = vec!["iv-yes".to_string(), "iv-no".to_string()];
    for q in &interview.flow().questions {
        ids.extend([question(&q.id), help(&q.id), field(&q.id)]);
        if let QuestionKind::Choice(options) = &q.kind {
            ids.extend(options.iter().map(|o| option(&q.id, o)));
        }
    }
    ids.extend(interview.flow().outcomes.iter().map(|o| outcome(&o.id)));
    let layers = std::iter::once(interview.national()).chain(interview.overrides().map(|(_, l)| l));
    for layer in layers {
        ids.extend(layer.lines.iter().map(|l| line(&l.id)));
    }
    ids.extend(Section::ALL.iter().map(|s| section(*s)));
    ids.extend(Settlement::ALL.iter().map(|s| settlement(*s)));
    ids.extend([Verdict::Plan, Verdict::NotNeeded, Verdict::NotAvailable].iter().map(|v| verdict(*v)));
    ids.sort();
    ids.dedup();
    ids
}
