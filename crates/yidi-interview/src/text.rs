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
/// The verdict of a filing plan says how this person will be paid back, so it follows the
/// settlement: "claim at home" for someone who already paid, never "file and settle directly".
pub fn plan_verdict(s: Settlement) -> String {
    format!("iv-verdict-plan-{}", kebab(s.wire_name()))
}
/// The headline of a filing plan, by settlement; a manual claim reads differently for someone who
/// already paid (`paid`) and someone still in a hospital that cannot settle directly.
pub fn plan_headline(s: Settlement, paid: bool) -> String {
    match (s, paid) {
        (Settlement::ManualClaim, true) => "iv-out-plan-manual-claim-paid".to_string(),
        _ => format!("iv-out-plan-{}", kebab(s.wire_name())),
    }
}
/// A source's title in the reader's language, where the locale has one (`iv-src-<id>`).
pub fn source_title(id: &str) -> String {
    format!("iv-src-{}", kebab(id))
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
    ids.extend(Settlement::ALL.iter().map(|s| plan_verdict(*s)));
    ids.extend(Settlement::ALL.iter().map(|s| plan_headline(*s, false)));
    ids.push(plan_headline(Settlement::ManualClaim, true));
    ids.push("iv-settle-manual-claim-paid".to_string());
    ids.extend(interview.national().sources.iter().map(|s| source_title(&s.id)));
    ids.extend([Verdict::Plan, Verdict::NotNeeded, Verdict::NotAvailable].iter().map(|v| verdict(*v)));
    ids.sort();
    ids.dedup();
    ids
}
