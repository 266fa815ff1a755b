//! The eligibility interview for screens and the CLI: one question per screen, Back, a
//! check-your-answers step, and the outcome as a plan with dates and sources. Every string is
//! formatted here in the requested language; the audience (`self`, `family`, `staff`) changes
//! the wording of questions and headlines, never the rules.
//!
//! The core is stateless: the UI holds an [`InterviewState`] (the answers and the question on
//! screen) and sends it back with each call. Routing, pruning and outcome lines are the
//! yidi-interview engine's; nothing here decides a rule.

use std::{collections::BTreeMap, path::Path};

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use yidi_domain::{
    divisions, i18n, i18n::Args, input::Object, FieldError, FilingCategory, FilingTerm, Labelled, Lang, NaiveDate,
};
use yidi_interview::{
    model::QuestionKind,
    text, Answer, Answers, EngineError, Next, Plan,
};

use crate::{regions::RegionView, ApiError};

pub use yidi_interview::{model::Section, Interview};

/// A message of the interview's file with text arguments (for the CLI's terminal prompts).
pub fn message(lang: Lang, id: &str, args: &[(&'static str, String)]) -> String {
    let args = args.iter().fold(Args::new(), |a, (k, v)| a.text(k, v.clone()));
    i18n::format_or_id(lang, id, &args)
}

/// The date `days` after 1970-01-01, as YYYY-MM-DD (for a binary that read the clock).
pub fn date_after_epoch(days: i64) -> String {
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap_or_default();
    epoch.checked_add_signed(chrono_days(days)).unwrap_or(epoch).format("%Y-%m-%d").to_string()
}

fn chrono_days(days: i64) -> yidi_interview::chrono::TimeDelta {
    yidi_interview::chrono::TimeDelta::days(days)
}

/// The interview data in use: the bundled flow and rule layers, with the installed feed
/// release's corrected or added layers over them (`core::data::interview`; the bundled set when
/// none is installed or the release's set does not load).
pub fn embedded() -> Result<&'static Interview, ApiError> {
    crate::data::interview()
}

/// Interview data from a folder laid out like `data/interview/` (a corrected rule, for
/// instance), checked as strictly as the shipped copy.
pub fn load(dir: &Path) -> Result<Interview, ApiError> {
    Interview::load(dir).map_err(|e| data_error(&e.to_string()))
}

fn data_error(detail: &str) -> ApiError {
    ApiError {
        code: "interview_data".into(),
        field: None,
        message: i18n::format_or_id(Lang::default(), "err-iv-data", &Args::new().text("detail", detail)),
    }
}

fn internal(e: EngineError) -> ApiError {
    ApiError { code: "internal".into(), field: None, message: e.to_string() }
}

fn field_err(lang: Lang, e: &FieldError) -> ApiError {
    ApiError::from_field(lang, e)
}

/// What the UI keeps between calls.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InterviewState {
    /// Answers by question id, as an answers file writes them.
    #[serde(default)]
    pub answers: Map<String, Value>,
    /// The question on screen; `None` is the check-your-answers step.
    #[serde(default)]
    pub at: Option<String>,
}

/// Answer the question `question` with `value`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct AnswerRequest {
    pub state: InterviewState,
    pub question: String,
    pub value: Value,
}

/// A screen of the interview and the state that produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    pub state: InterviewState,
    pub screen: Screen,
    /// False only on the first question.
    pub can_go_back: bool,
    /// Answers dropped by the last change because they no longer apply.
    pub dropped: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "camelCase")]
pub enum Screen {
    Question(QuestionView),
    Review(ReviewView),
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionView {
    pub id: String,
    /// `choice`, `yes_no`, `date`, `region` or `number`.
    pub input: &'static str,
    pub text: String,
    pub help: String,
    /// For choice and yes/no questions.
    pub options: Vec<OptionView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max: Option<i64>,
    /// The answer already given (kept from before), to show selected.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current: Option<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_text: Option<String>,
    /// 1-based position among the questions asked so far.
    pub number: usize,
    /// At most how many questions follow this one, whatever the answers (the longest way to an
    /// outcome).
    pub at_most_left: usize,
    /// "问题 5 · 最多还有 8 题" / "Question 5 · at most 8 more".
    pub progress: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OptionView {
    pub value: Value,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewView {
    pub title: String,
    pub change_label: String,
    pub items: Vec<ReviewItem>,
}

/// One answer in the check-your-answers list; `question` is what to send to [`goto`] to change it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReviewItem {
    pub question: String,
    pub label: String,
    pub answer: Value,
    pub answer_text: String,
}

// ---------------------------------------------------------------------------------------------
// Reading answers

/// Parses every answer, naming `answers.<question>` in errors; unknown questions are refused.
pub fn parse_answers(iv: &Interview, answers: &Map<String, Value>, lang: Lang) -> Result<Answers, ApiError> {
    let mut out = Answers::new();
    for (id, value) in answers {
        let q = iv.question(id).ok_or_else(|| field_err(lang, &FieldError::unknown_field(format!("answers.{id}"))))?;
        out.insert(id.clone(), Answer::parse(q, "answers", value).map_err(|e| field_err(lang, &e))?);
    }
    Ok(out)
}

fn to_map(answers: &Answers) -> Map<String, Value> {
    answers.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()
}

fn audience(iv: &Interview, answers: &Answers) -> String {
    match answers.get(&iv.flow().audience_question) {
        Some(Answer::Choice(s)) => s.clone(),
        _ => "self".into(),
    }
}

fn fmt(lang: Lang, id: &str, args: &Args) -> String {
    i18n::format_or_id(lang, id, args)
}

/// A date as people read it: 2027年5月22日, or 2027-05-22 in English.
pub fn format_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::ZhCn | Lang::ZhTw => date.format("%Y年%-m月%-d日").to_string(),
        Lang::EnUs => date.format("%Y-%m-%d").to_string(),
    }
}

fn answer_text(id: &str, answer: &Answer, lang: Lang) -> String {
    match answer {
        Answer::Choice(v) => fmt(lang, &text::option(id, v), &Args::new()),
        Answer::YesNo(true) => fmt(lang, "iv-yes", &Args::new()),
        Answer::YesNo(false) => fmt(lang, "iv-no", &Args::new()),
        Answer::Date(d) => format_date(lang, *d),
        Answer::Region(code) => divisions().get(*code).map(|d| RegionView::new(d, lang).full_name).unwrap_or_else(|| code.to_string()),
        Answer::Number(n) => n.to_string(),
    }
}

fn question_view(iv: &Interview, answers: &Answers, id: &str, number: usize, lang: Lang) -> Result<QuestionView, ApiError> {
    let q = iv.question(id).ok_or_else(|| internal(EngineError::NotOnPath(id.to_string())))?;
    let args = Args::new().text("audience", audience(iv, answers));
    let (input, options, min, max) = match &q.kind {
        QuestionKind::Choice(opts) => (
            "choice",
            opts.iter().map(|o| OptionView { value: Value::String(o.clone()), label: fmt(lang, &text::option(id, o), &args) }).collect(),
            None,
            None,
        ),
        QuestionKind::YesNo => (
            "yes_no",
            vec![
                OptionView { value: Value::Bool(true), label: fmt(lang, "iv-yes", &args) },
                OptionView { value: Value::Bool(false), label: fmt(lang, "iv-no", &args) },
            ],
            None,
            None,
        ),
        QuestionKind::Date => ("date", Vec::new(), None, None),
        QuestionKind::Region => ("region", Vec::new(), None, None),
        QuestionKind::Number { min, max } => ("number", Vec::new(), Some(*min), Some(*max)),
    };
    let current = answers.get(id);
    let left = iv.at_most_from(id).saturating_sub(1);
    Ok(QuestionView {
        id: id.to_string(),
        input,
        text: fmt(lang, &text::question(id), &args),
        help: fmt(lang, &text::help(id), &args),
        options,
        min,
        max,
        current: current.map(Answer::to_json),
        current_text: current.map(|a| answer_text(id, a, lang)),
        number,
        at_most_left: left,
        progress: fmt(
            lang,
            "iv-progress",
            &Args::new().int("number", i64::try_from(number).unwrap_or(i64::MAX)).int("left", i64::try_from(left).unwrap_or(i64::MAX)),
        ),
    })
}

/// The check-your-answers list: every answer on the path, in order.
pub fn review_items(iv: &Interview, answers: &Answers, lang: Lang) -> Result<Vec<ReviewItem>, ApiError> {
    let walk = iv.walk(answers).map_err(internal)?;
    Ok(walk
        .path
        .iter()
        .filter_map(|id| answers.get(id).map(|a| (id, a)))
        .map(|(id, a)| ReviewItem {
            question: id.clone(),
            label: fmt(lang, &text::field(id), &Args::new()),
            answer: a.to_json(),
            answer_text: answer_text(id, a, lang),
        })
        .collect())
}

/// The screen for `at` (None: review when complete, else the first open question).
fn step(iv: &Interview, answers: Answers, at: Option<String>, dropped: Vec<String>, lang: Lang) -> Result<Step, ApiError> {
    let walk = iv.walk(&answers).map_err(internal)?;
    let open = match &walk.next {
        Next::Question(q) => Some(q.clone()),
        Next::Outcome(_) => None,
    };
    // A question on screen must be on the path or the open one; anything else shows the open
    // question (or the review when none is open).
    let at = at.filter(|q| walk.path.contains(q) || open.as_deref() == Some(q)).or(open);
    let screen = match &at {
        Some(q) => {
            let number = walk.path.iter().position(|p| p == q).unwrap_or(walk.path.len()) + 1;
            Screen::Question(question_view(iv, &answers, q, number, lang)?)
        }
        None => Screen::Review(ReviewView {
            title: fmt(lang, "iv-review-title", &Args::new()),
            change_label: fmt(lang, "iv-review-change", &Args::new()),
            items: review_items(iv, &answers, lang)?,
        }),
    };
    let can_go_back = iv.before(&answers, at.as_deref()).map_err(internal)?.is_some();
    Ok(Step { state: InterviewState { answers: to_map(&answers), at }, screen, can_go_back, dropped })
}

/// The first screen.
pub fn start(iv: &Interview, lang: Lang) -> Result<Step, ApiError> {
    step(iv, Answers::new(), None, Vec::new(), lang)
}

/// The screen for a state (after a reload, say).
pub fn view(iv: &Interview, state: &InterviewState, lang: Lang) -> Result<Step, ApiError> {
    let answers = parse_answers(iv, &state.answers, lang)?;
    step(iv, answers, state.at.clone(), Vec::new(), lang)
}

/// Records an answer and moves to the next question on the path (or to the review). Later
/// answers that still apply are kept and shown filled in; those that no longer apply are
/// dropped and listed in `dropped`.
pub fn answer(iv: &Interview, request: &AnswerRequest, lang: Lang) -> Result<Step, ApiError> {
    let mut answers = parse_answers(iv, &request.state.answers, lang)?;
    let id = request.question.as_str();
    let q = iv.question(id).ok_or_else(|| field_err(lang, &FieldError::unknown_field(format!("answers.{id}"))))?;
    let walk = iv.walk(&answers).map_err(internal)?;
    if !walk.path.iter().any(|p| p == id) && walk.next != Next::Question(id.to_string()) {
        return Err(field_err(lang, &FieldError::custom(format!("answers.{id}"), "err-iv-not-on-path", Vec::new())));
    }
    let value = Answer::parse(q, "answers", &request.value).map_err(|e| match &q.kind {
        // An unknown choice is answered with the choices as people read them, not wire names.
        QuestionKind::Choice(options) => {
            let args = Args::new().text("audience", audience(iv, &answers));
            let labels: Vec<String> = options.iter().map(|o| fmt(lang, &text::option(id, o), &args)).collect();
            let sep = if lang == Lang::EnUs { "; " } else { "；" };
            field_err(lang, &FieldError::custom(format!("answers.{id}"), "err-iv-choose-one", vec![("options", labels.join(sep))]))
        }
        _ => field_err(lang, &e),
    })?;
    answers.insert(id.to_string(), value);
    let dropped = iv.prune(&mut answers).map_err(internal)?;
    let next = match iv.after(&answers, id).map_err(internal)? {
        Next::Question(q) => Some(q),
        Next::Outcome(_) => None,
    };
    step(iv, answers, next, dropped, lang)
}

/// Back: the previous question on the path; on the first question it stays there.
pub fn back(iv: &Interview, state: &InterviewState, lang: Lang) -> Result<Step, ApiError> {
    let answers = parse_answers(iv, &state.answers, lang)?;
    let current = step(iv, answers.clone(), state.at.clone(), Vec::new(), lang)?;
    let previous = iv.before(&answers, current.state.at.as_deref()).map_err(internal)?;
    match previous {
        Some(q) => step(iv, answers, Some(q), Vec::new(), lang),
        None => Ok(current),
    }
}

/// "Change" from the review: show that question with its answer.
pub fn goto(iv: &Interview, state: &InterviewState, question: &str, lang: Lang) -> Result<Step, ApiError> {
    let answers = parse_answers(iv, &state.answers, lang)?;
    let walk = iv.walk(&answers).map_err(internal)?;
    if !walk.path.iter().any(|p| p == question) && walk.next != Next::Question(question.to_string()) {
        return Err(field_err(lang, &FieldError::custom(format!("answers.{question}"), "err-iv-not-on-path", Vec::new())));
    }
    step(iv, answers, Some(question.to_string()), Vec::new(), lang)
}

// ---------------------------------------------------------------------------------------------
// The outcome

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OutcomeView {
    /// The outcome node: `plan`, `out_same_pool`, …
    pub outcome: String,
    pub verdict: yidi_interview::Verdict,
    pub verdict_label: String,
    pub headline: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category: Option<FilingCategory>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub category_label: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub term: Option<FilingTerm>,
    pub settlement: yidi_interview::Settlement,
    pub settlement_label: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage: Option<yidi_domain::Stage>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stage_label: Option<String>,
    pub as_of: NaiveDate,
    pub dates: DatesView,
    /// The same dates as people read them, with their labels, in order (for a plan's date panel).
    pub date_texts: Vec<DateText>,
    pub sections: Vec<SectionView>,
    pub rule_set: RuleSetView,
    pub answers: Vec<ReviewItem>,
    /// Answers given that do not apply to this situation (and were not used).
    pub ignored_answers: Vec<String>,
    /// What to show at the hospital's admission desk, when the bill is to be settled there.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub desk: Option<DeskView>,
}

/// The "show this at the desk" card: the facts the admission desk needs and the words to say,
/// in the reader's language and, for the desk staff, in simplified Chinese.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeskView {
    pub title: String,
    pub rows: Vec<DeskRow>,
    /// The sentence to say (or point at).
    pub say: String,
    /// The same in simplified Chinese, for the desk (equal to `say` in zh-CN).
    pub say_zh: String,
    pub ask: String,
    pub ask_zh: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DeskRow {
    pub id: &'static str,
    pub label: String,
    pub value: String,
    /// Label and value in simplified Chinese, for the desk staff.
    pub label_zh: String,
    pub value_zh: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatesView {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filing_date: Option<NaiveDate>,
    /// Last valid day of a temporary filing: one made on `filingDate`, or the one already in place.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    /// First day a long-term filing may be changed or cancelled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change_from: Option<NaiveDate>,
}

/// One key date of the plan: `id` is `filing_date`, `valid_until` or `change_from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateText {
    pub id: &'static str,
    pub label: String,
    pub date: NaiveDate,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SectionView {
    pub id: Section,
    pub title: String,
    pub lines: Vec<LineView>,
    /// The documents the section rests on, once each (for one "依据" disclosure per section).
    pub sources: Vec<SourceView>,
    /// Said once for the section: "part of this rests on a restatement…" and/or "…is our own
    /// advice"; empty when every line rests on an official text that was read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LineView {
    pub id: String,
    pub text: String,
    pub source: SourceView,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceView {
    pub id: String,
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub article: Option<String>,
    /// False when only a restatement was read.
    pub primary: bool,
    /// The project's own advice, not a rule (source `yidi-advice`).
    pub advice: bool,
    /// The region whose rule the line states (national, a province, a city or a county).
    pub layer: String,
    /// "Source: …" for people, with "(restated, not checked against the original)" when so.
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RuleSetView {
    pub flow_version: String,
    pub layers: Vec<LayerView>,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LayerView {
    pub region: String,
    pub name: String,
    pub version: String,
    pub effective_from: String,
    pub verified_at: String,
}

/// Answers and the as-of date, as an answers file or the UI sends them.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct OutcomeRequest {
    pub answers: Map<String, Value>,
    /// YYYY-MM-DD: the filing (or consultation) day; validity end dates count from it.
    pub as_of: String,
}

/// The outcome of a complete set of answers.
pub fn outcome(iv: &Interview, request: &OutcomeRequest, lang: Lang) -> Result<OutcomeView, ApiError> {
    let doc = Value::Object(Map::from_iter([("as_of".to_string(), Value::String(request.as_of.clone()))]));
    let as_of = Object::new("", &doc).and_then(|o| o.date("as_of")).map_err(|e| field_err(lang, &e))?;
    let answers = parse_answers(iv, &request.answers, lang)?;

    let plan = match iv.plan(&answers, as_of) {
        Ok(p) => p,
        // A day that has already happened cannot lie after the day the plan is made for.
        Err(EngineError::AfterAsOf(q)) => {
            let message = if q == "admission_date" { "err-iv-admission-after-as-of" } else { "err-iv-filing-made-after-as-of" };
            let date = match answers.get(&q) {
                Some(Answer::Date(d)) => format_date(lang, *d),
                _ => String::new(),
            };
            let args = vec![("date", date), ("as_of", format_date(lang, as_of))];
            return Err(field_err(lang, &FieldError::custom(format!("answers.{q}"), message, args)));
        }
        Err(EngineError::Unanswered(q)) => {
            return Err(field_err(lang, &FieldError::custom(format!("answers.{q}"), "err-iv-unanswered", Vec::new())))
        }
        Err(e) => return Err(internal(e)),
    };
    let ignored: Vec<String> = answers.keys().filter(|k| !plan.answers.contains_key(*k)).cloned().collect();
    Ok(render(iv, &plan, ignored, lang))
}

/// Reads an answers file (`{"as_of": "...", "answers": {...}}`); `as_of` given separately wins.
/// A `name` (what the case is) and an `expect` block (what a scenario test checks) may be present
/// and are not read here, so scenario files run as they are.
pub fn outcome_from_file(iv: &Interview, doc: &Value, as_of: Option<&str>, lang: Lang) -> Result<OutcomeView, ApiError> {
    let o = Object::new("", doc).map_err(|e| field_err(lang, &e))?;
    o.deny_unknown(&["as_of", "answers", "name", "expect"]).map_err(|e| field_err(lang, &e))?;
    let answers = match o.get("answers") {
        Some(Value::Object(m)) => m.clone(),
        Some(_) => return Err(field_err(lang, &FieldError::wrong_type("answers", "object"))),
        None => return Err(field_err(lang, &FieldError::missing("answers"))),
    };
    let as_of = match as_of {
        Some(d) => d.to_string(),
        None => o.str("as_of").map_err(|e| field_err(lang, &e))?.to_string(),
    };
    outcome(iv, &OutcomeRequest { answers, as_of }, lang)
}

/// The pooling region's name (北京市, 深圳市): rules are a pooling region's, and a filing names a
/// city, not a district.
fn region_name(plan: &Plan<'_>, id: &str, lang: Lang) -> Option<String> {
    match plan.answers.get(id) {
        Some(Answer::Region(code)) => divisions().pooling_region(*code).map(|d| d.name(lang).to_string()),
        _ => None,
    }
}

/// The desk card, for plans settled at the hospital: insured region, category, validity and the
/// destination, and the words to say, with a simplified-Chinese copy for the desk staff.
fn desk_view(iv: &Interview, plan: &Plan<'_>, lang: Lang) -> Option<DeskView> {
    use yidi_interview::Settlement as S;
    if plan.verdict != yidi_interview::Verdict::Plan
        || !matches!(plan.settlement, S::FileBeforeTravel | S::FileBeforeDischarge | S::AlreadyFiled | S::CountsAsFiled)
    {
        return None;
    }
    let category = plan.category?;
    let in_lang = |lang: Lang| {
        let insured = match plan.answers.get(&iv.flow().insured_region_question) {
            Some(Answer::Region(code)) => divisions().get(*code).map(|d| RegionView::new(d, lang).full_name),
            _ => None,
        }
        .unwrap_or_default();
        let destination = iv.destination_question().and_then(|d| region_name(plan, d, lang)).unwrap_or_default();
        let validity = if plan.settlement == S::CountsAsFiled {
            fmt(lang, "iv-desk-valid-emergency", &Args::new())
        } else if category.term() == FilingTerm::LongTerm {
            fmt(lang, "iv-desk-valid-long-term", &Args::new())
        } else {
            match plan.dates.valid_until {
                Some(d) => fmt(lang, "iv-desk-valid-until", &Args::new().text("date", format_date(lang, d))),
                None => fmt(lang, "iv-desk-valid-ask", &Args::new()),
            }
        };
        let pool = region_name(plan, &iv.flow().insured_region_question, lang).unwrap_or_default();
        let say_id = if plan.settlement == S::CountsAsFiled { "iv-desk-say-emergency" } else { "iv-desk-say" };
        let rows = vec![
            ("insured", fmt(lang, "iv-desk-insured", &Args::new()), insured),
            ("category", fmt(lang, "iv-desk-category", &Args::new()), category.label(lang)),
            ("validity", fmt(lang, "iv-desk-validity", &Args::new()), validity),
            ("destination", fmt(lang, "iv-desk-destination", &Args::new()), destination),
        ];
        (rows, fmt(lang, say_id, &Args::new().text("insured", pool)), fmt(lang, "iv-desk-ask", &Args::new()))
    };
    let (rows, say, ask) = in_lang(lang);
    let (rows_zh, say_zh, ask_zh) = in_lang(Lang::ZhCn);
    Some(DeskView {
        title: fmt(lang, "iv-desk-title", &Args::new()),
        rows: rows
            .into_iter()
            .zip(rows_zh)
            .map(|((id, label, value), (_, label_zh, value_zh))| DeskRow { id, label, value, label_zh, value_zh })
            .collect(),
        say,
        say_zh,
        ask,
        ask_zh,
    })
}

/// The source id of the project's own advice (not a rule).
const ADVICE_SOURCE: &str = "yidi-advice";

/// A source's title for the reader: the locale's own wording where there is one (our notes, and
/// official documents named in English for English readers), else the document's title and number.
fn source_title(id: &str, title: &str, number: Option<&str>, lang: Lang) -> String {
    let key = text::source_title(id);
    let localized = fmt(lang, &key, &Args::new());
    if localized != key {
        return localized;
    }
    match number {
        Some(n) if !title.contains(n) => format!("{title}（{n}）"),
        _ => title.to_string(),
    }
}

/// The name of the region whose rule a line states: 常熟市 for Changshu's own layer (not 苏州市,
/// its pooling prefecture), the locale's word for the national rules.
fn layer_name(region: &str, lang: Lang) -> String {
    region
        .parse::<yidi_domain::RegionCode>()
        .ok()
        .and_then(|code| divisions().get(code))
        .map(|d| d.name(lang).to_string())
        .unwrap_or_else(|| fmt(lang, "iv-layer-national", &Args::new()))
}

/// A section with its documents listed once and one note for the whole section.
fn section_view(id: Section, lines: Vec<LineView>, lang: Lang) -> SectionView {
    let mut sources: Vec<SourceView> = Vec::new();
    for line in &lines {
        let same = |s: &&mut SourceView| s.id == line.source.id && s.layer == line.source.layer;
        match sources.iter_mut().find(|s| same(s)) {
            Some(s) => {
                if let Some(a) = &line.source.article {
                    match &mut s.article {
                        Some(have) if !have.split('；').any(|x| x == a) => {
                            have.push('；');
                            have.push_str(a);
                        }
                        None => s.article = Some(a.clone()),
                        _ => {}
                    }
                }
            }
            None => sources.push(line.source.clone()),
        }
    }
    for s in &mut sources {
        let article = s.article.as_ref().map(|a| if lang == Lang::EnUs { format!(" ({a})") } else { format!("（{a}）") }).unwrap_or_default();
        // Under the section's "依据" heading: the document and the articles, without "来源：".
        s.text = format!("{}{article}", s.title);
    }
    let restated = lines.iter().any(|l| !l.source.primary && !l.source.advice);
    let advice = lines.iter().any(|l| l.source.advice);
    let note = match (restated, advice) {
        (false, false) => None,
        (true, false) => Some(fmt(lang, "iv-sec-note-restated", &Args::new())),
        (false, true) => Some(fmt(lang, "iv-sec-note-advice", &Args::new())),
        (true, true) => Some(fmt(lang, "iv-sec-note-both", &Args::new())),
    };
    SectionView { id, title: fmt(lang, &text::section(id), &Args::new()), lines, sources, note }
}

fn render(iv: &Interview, plan: &Plan<'_>, ignored: Vec<String>, lang: Lang) -> OutcomeView {
    let mut args = Args::new().text("audience", audience(iv, &plan.answers));
    let insured_q = iv.flow().insured_region_question.clone();
    if let Some(name) = region_name(plan, &insured_q, lang) {
        args = args.text("insured", name);
    }
    if let Some(name) = iv.destination_question().and_then(|d| region_name(plan, d, lang)) {
        args = args.text("destination", name);
    }
    if let Some(c) = plan.category {
        args = args.text("category", c.label(lang));
    }
    for (name, param) in yidi_interview::engine::PARAM_ARGS {
        if let Some(n) = plan.rules.int(param) {
            args = args.int(name, n);
        }
    }
    for (name, question) in yidi_interview::engine::ANSWER_ARGS {
        match plan.answers.get(question) {
            Some(Answer::Number(n)) => args = args.int(name, *n),
            Some(Answer::Date(d)) => args = args.text(name, format_date(lang, *d)),
            Some(Answer::Choice(v)) => args = args.text(name, fmt(lang, &text::option(question, v), &Args::new())),
            _ => {}
        }
    }
    let dates = &plan.dates;
    let mut date_texts = Vec::new();
    for (name, date) in [("filing_date", dates.filing_date), ("valid_until", dates.valid_until), ("change_from", dates.change_from)] {
        if let Some(d) = date {
            args = args.text(name, format_date(lang, d));
            date_texts.push(DateText {
                id: name,
                label: fmt(lang, &format!("iv-date-{}", name.replace('_', "-")), &Args::new()),
                date: d,
                text: format_date(lang, d),
            });
        }
    }

    let mut sections: BTreeMap<Section, Vec<LineView>> = BTreeMap::new();
    for line in &plan.lines {
        let article = line.article.map(|a| if lang == Lang::EnUs { format!(" ({a})") } else { format!("（{a}）") }).unwrap_or_default();
        let title = source_title(&line.source.id, &line.source.title, line.source.number.as_deref(), lang);
        let advice = line.source.id == ADVICE_SOURCE;
        let mut source_text = fmt(lang, "iv-source", &Args::new().text("title", title.clone()).text("article", article));
        if !line.source.primary && !advice {
            source_text.push_str(&fmt(lang, "iv-source-unverified", &Args::new()));
        }
        let layer = layer_name(&line.layer.region, lang);
        sections.entry(line.section).or_default().push(LineView {
            id: line.id.to_string(),
            text: fmt(lang, &text::line(line.id), &args.clone().text("layer", layer.clone())),
            source: SourceView {
                id: line.source.id.clone(),
                title,
                number: line.source.number.clone(),
                article: line.article.map(str::to_string),
                primary: line.source.primary,
                advice,
                layer,
                text: source_text,
            },
        });
    }
    let sections = sections.into_iter().map(|(id, lines)| section_view(id, lines, lang)).collect();

    let layers: Vec<LayerView> = plan
        .rules
        .layers
        .iter()
        .map(|l| LayerView {
            region: l.region.clone(),
            name: l.name.clone(),
            version: l.version.clone(),
            effective_from: l.effective_from.clone(),
            verified_at: l.verified_at.clone(),
        })
        .collect();
    let separator = if lang == Lang::EnUs { "; " } else { "；" };
    let layer_text = layers
        .iter()
        .map(|l| {
            fmt(
                lang,
                "iv-rule-layer",
                &Args::new().text("name", l.name.clone()).text("version", l.version.clone()).text("verified", l.verified_at.clone()),
            )
        })
        .collect::<Vec<_>>()
        .join(separator);
    let flow_version = iv.flow().version.clone();
    let rule_set_text = fmt(lang, "iv-rule-set", &Args::new().text("flow", flow_version.clone()).text("layers", layer_text));

    let answers = {
        let walk_answers = plan.answers.clone();
        plan.path
            .iter()
            .filter_map(|id| walk_answers.get(id).map(|a| (id, a)))
            .map(|(id, a)| ReviewItem {
                question: id.clone(),
                label: fmt(lang, &text::field(id), &Args::new()),
                answer: a.to_json(),
                answer_text: answer_text(id, a, lang),
            })
            .collect()
    };

    OutcomeView {
        outcome: plan.outcome.to_string(),
        verdict: plan.verdict,
        verdict_label: fmt(lang, &plan.verdict_id(), &args),
        headline: fmt(lang, &plan.headline_id(), &args),
        category: plan.category,
        category_label: plan.category.map(|c| c.label(lang)),
        term: plan.category.map(FilingCategory::term),
        settlement: plan.settlement,
        settlement_label: fmt(lang, &plan.settlement_id(), &args),
        stage: plan.stage,
        stage_label: plan.stage.map(|s| s.label(lang)),
        as_of: plan.as_of,
        dates: DatesView { filing_date: dates.filing_date, valid_until: dates.valid_until, change_from: dates.change_from },
        date_texts,
        sections,
        rule_set: RuleSetView { flow_version, layers, text: rule_set_text },
        answers,
        ignored_answers: ignored,
        desk: desk_view(iv, plan, lang),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn iv() -> &'static Interview {
        embedded().unwrap_or_else(|e| panic!("the shipped interview data loads: {e}"))
    }

    fn question(step: &Step) -> &QuestionView {
        match &step.screen {
            Screen::Question(q) => q,
            Screen::Review(_) => panic!("expected a question, got the review"),
        }
    }

    fn answer_step(step: &Step, q: &str, value: Value) -> Step {
        let request = AnswerRequest { state: step.state.clone(), question: q.into(), value };
        answer(iv(), &request, Lang::ZhCn).unwrap_or_else(|e| panic!("{q}: {}", e.message))
    }

    #[test]
    fn one_question_per_screen_with_back_and_audience_wording() {
        let first = start(iv(), Lang::ZhCn).expect("start");
        assert_eq!(question(&first).id, "audience");
        assert!(!first.can_go_back, "nothing before the first question");

        let filer = answer_step(&first, "audience", json!("family"));
        let q = question(&filer);
        assert_eq!(q.id, "filer");
        assert!(q.text.contains("家人") && q.text.contains("您代办"), "family wording speaks of the relative: {}", q.text);
        let self_wording = answer_step(&first, "audience", json!("self"));
        assert_ne!(question(&self_wording).text, q.text, "the audience changes the wording");

        let back_step = back(iv(), &filer.state, Lang::ZhCn).expect("back");
        let q = question(&back_step);
        assert_eq!(q.id, "audience");
        assert_eq!(q.current, Some(json!("family")), "Back shows the answer already given");
        let still_first = back(iv(), &back_step.state, Lang::ZhCn).expect("back on the first question");
        assert_eq!(question(&still_first).id, "audience", "Back on the first question stays there");
    }

    #[test]
    fn bad_answers_name_the_question_and_off_path_questions_are_refused() {
        let first = start(iv(), Lang::EnUs).expect("start");
        let request = AnswerRequest { state: first.state.clone(), question: "audience".into(), value: json!("neighbour") };
        let e = answer(iv(), &request, Lang::EnUs).expect_err("not an option");
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("err-iv-choose-one", Some("answers.audience")));
        assert!(e.message.contains("Who is using this"), "the message names the question by its label: {}", e.message);
        assert!(e.message.contains("I am the insured person") && !e.message.contains("self"), "the choices are listed by their labels: {}", e.message);

        let request = AnswerRequest { state: first.state.clone(), question: "networked".into(), value: json!("yes") };
        let e = answer(iv(), &request, Lang::EnUs).expect_err("not reached yet");
        assert_eq!(e.code, "err-iv-not-on-path");
    }

    #[test]
    fn the_review_lists_every_answer_and_change_returns_to_it() {
        let mut step = start(iv(), Lang::ZhCn).expect("start");
        for (q, v) in [
            ("audience", json!("self")),
            ("filer", json!("insured")),
            ("insured_region", json!("420100")),
            ("destination", json!("440300")),
            ("scheme", json!("resident")),
            ("stage", json!("before_travel")),
            ("care_type", json!("inpatient")),
            ("reason", json!("visit_for_care")),
            ("has_filing", json!(false)),
            ("channel", json!("online")),
            ("networked", json!("yes")),
        ] {
            assert_eq!(question(&step).id, q, "questions come in flow order");
            step = answer_step(&step, q, v);
        }
        let Screen::Review(review) = &step.screen else { panic!("all answered: the review") };
        assert_eq!(review.items.len(), 11);
        assert_eq!(review.items[3].answer_text, "广东省 深圳市");
        let change = goto(iv(), &step.state, "scheme", Lang::ZhCn).expect("change");
        assert_eq!(question(&change).current_text.as_deref(), Some("居民医保"));
        // Changing the scheme to employee asks work status next and keeps the later answers.
        let changed = answer_step(&change, "scheme", json!("employee"));
        assert_eq!(question(&changed).id, "work_status");
        assert!(changed.state.answers.contains_key("networked"), "later answers are kept while they may still apply");
    }

    /// Every scenario of yidi-interview, rendered in every language: no message may fall back
    /// to its id (a missing message or placeable), and the plan names its rule set.
    #[test]
    fn every_scenario_renders_in_every_language() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../yidi-interview/tests/scenarios");
        let mut files: Vec<_> = std::fs::read_dir(&dir).expect("scenarios").flatten().map(|e| e.path()).collect();
        files.sort();
        assert!(files.len() >= 30);
        for file in &files {
            let doc: Value = serde_json::from_str(&std::fs::read_to_string(file).expect("read")).expect("json");
            let as_of = doc["as_of"].as_str().expect("as_of").to_string();
            let answers = doc["answers"].as_object().expect("answers").clone();
            if let Some(q) = doc["expect"]["refused"].as_str() {
                for lang in Lang::ALL {
                    let e = outcome(iv(), &OutcomeRequest { answers: answers.clone(), as_of: as_of.clone() }, lang)
                        .expect_err("a date after the as-of date is refused");
                    assert_eq!(e.field.as_deref(), Some(format!("answers.{q}").as_str()), "{}: the error names the answer", file.display());
                    assert!(!e.message.starts_with("err-") && !e.message.contains('{'), "{} {lang}: {}", file.display(), e.message);
                }
                continue;
            }
            for lang in Lang::ALL {
                let view = outcome(iv(), &OutcomeRequest { answers: answers.clone(), as_of: as_of.clone() }, lang)
                    .unwrap_or_else(|e| panic!("{}: {}", file.display(), e.message));
                assert!(!view.headline.starts_with("iv-"), "{} {lang}: headline formats", file.display());
                for line in view.sections.iter().flat_map(|s| &s.lines) {
                    assert!(
                        !line.text.starts_with("iv-") && !line.text.contains('{'),
                        "{} {lang}: line {} formats fully: {}",
                        file.display(),
                        line.id,
                        line.text
                    );
                    assert!(!line.source.text.starts_with("iv-"), "every line shows its source");
                }
                assert!(view.rule_set.text.contains(&view.rule_set.flow_version), "the outcome names the rule-set version");
                for d in &view.date_texts {
                    assert!(!d.label.starts_with("iv-"), "{} {lang}: date label {} formats", file.display(), d.id);
                }
            }
        }
    }

    /// The plan's date panel: a temporary filing made on 2026-11-23 is valid to 2027-05-22 (six
    /// months, the filing day counting as day one: docs/interview.md); a long-term one may be
    /// changed from 2027-05-23. Worked out by hand from the national rules.
    #[test]
    fn the_plan_lists_its_key_dates_with_labels() {
        let referral = json!({ "audience": "self", "filer": "insured", "insured_region": "420100",
            "destination": "440300", "scheme": "employee", "work_status": "in_service",
            "stage": "before_travel", "care_type": "inpatient", "reason": "referred",
            "referral_issued": true, "referral_settled_before": false,
            "has_filing": false, "channel": "undecided", "networked": "yes" });
        let request = OutcomeRequest { answers: referral.as_object().cloned().unwrap_or_default(), as_of: "2026-11-23".into() };
        let view = outcome(iv(), &request, Lang::ZhCn).expect("a referral plan");
        let got: Vec<(&str, &str, &str)> = view.date_texts.iter().map(|d| (d.id, d.label.as_str(), d.text.as_str())).collect();
        assert_eq!(
            got,
            vec![("filing_date", "备案日期", "2026年11月23日"), ("valid_until", "有效期至", "2027年5月22日")],
            "a temporary filing shows the filing day and its last valid day"
        );
        let view = outcome(iv(), &request, Lang::EnUs).expect("in English");
        assert_eq!(view.date_texts[1].label, "Valid until", "labels are localized");
        assert_eq!(view.date_texts[1].text, "2027-05-22");

        let mut retiree = referral.as_object().cloned().unwrap_or_default();
        for k in ["referral_issued", "referral_settled_before"] {
            retiree.remove(k);
        }
        retiree.insert("work_status".into(), json!("retired"));
        retiree.insert("reason".into(), json!("live_there"));
        retiree.insert("hukou_moved".into(), json!(true));
        let view = outcome(iv(), &OutcomeRequest { answers: retiree, as_of: "2026-11-23".into() }, Lang::ZhCn).expect("a long-term plan");
        let ids: Vec<&str> = view.date_texts.iter().map(|d| d.id).collect();
        assert_eq!(ids, ["filing_date", "change_from"], "a long-term filing has no end date but a change lock");
        assert_eq!(view.date_texts[1].text, "2027年5月23日", "six months after 2026-11-23");
    }

    fn scenario(name: &str) -> OutcomeRequest {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../yidi-interview/tests/scenarios").join(name);
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
        OutcomeRequest {
            answers: doc["answers"].as_object().cloned().unwrap_or_default(),
            as_of: doc["as_of"].as_str().unwrap_or_default().to_string(),
        }
    }

    /// An admission on 2026-12-01 in a plan made on 2026-11-23 has not happened: refused, with
    /// both dates and the field named, in the reader's language.
    #[test]
    fn an_admission_after_the_as_of_date_is_refused_with_a_clear_message() {
        let request = scenario("57-admission-in-future-refused.json");
        let e = outcome(iv(), &request, Lang::ZhCn).expect_err("refused");
        assert_eq!(e.field.as_deref(), Some("answers.admission_date"));
        assert!(e.message.contains("2026年12月1日") && e.message.contains("2026年11月23日"), "both dates are named: {}", e.message);
        let e = outcome(iv(), &request, Lang::EnUs).expect_err("refused");
        assert!(e.message.contains("after the day of the plan"), "{}", e.message);
    }

    /// Changshu's rule (the transferring hospital files the referral) reads "按常熟市的规定", never
    /// Suzhou, the prefecture whose pooling region Changshu belongs to; the section lists each
    /// document once and says once that part rests on a restatement; no repository path shows.
    #[test]
    fn rules_are_credited_to_their_layer_and_sources_sit_once_per_section() {
        let view = outcome(iv(), &scenario("58-changshu-credit.json"), Lang::ZhCn).expect("plan");
        let materials = view.sections.iter().find(|s| s.id == Section::Materials).expect("materials");
        let line = materials.lines.iter().find(|l| l.id == "mat_referral_by_hospital").expect("the Changshu line");
        assert!(line.text.starts_with("按常熟市的规定"), "credited to Changshu: {}", line.text);
        assert_eq!(line.source.layer, "常熟市");
        let json = serde_json::to_string(&view).expect("serialises");
        assert!(!json.contains("shared/") && !json.contains(".txt") && !json.contains("RULES.md"), "no repository path reaches people");
        for section in &view.sections {
            let mut ids: Vec<(&str, &str)> = section.sources.iter().map(|s| (s.id.as_str(), s.layer.as_str())).collect();
            let before = ids.len();
            ids.dedup();
            assert_eq!(before, ids.len(), "each document once per section");
            let restated = section.lines.iter().any(|l| !l.source.primary && !l.source.advice);
            assert_eq!(section.note.is_some(), restated || section.lines.iter().any(|l| l.source.advice), "one note when needed");
        }
    }

    /// Already paid in full: the verdict and headline say "claim at home", never "file".
    #[test]
    fn the_headline_agrees_with_the_route() {
        let view = outcome(iv(), &scenario("54-paid-in-full-proxy.json"), Lang::ZhCn).expect("plan");
        assert_eq!(view.headline, "已全额付费：回武汉市手工报销");
        assert_eq!(view.verdict_label, "回武汉市手工报销");
        assert_eq!(view.settlement_label, "已经全额付费：带齐单据回武汉市手工报销", "not 'pay in full first' to someone who paid");
        let view = outcome(iv(), &scenario("55-emergency-admitted.json"), Lang::ZhCn).expect("plan");
        assert!(view.headline.contains("视同已备案"), "{}", view.headline);
        let view = outcome(iv(), &scenario("56-not-networked-admitted.json"), Lang::EnUs).expect("plan");
        assert!(view.headline.starts_with("The hospital cannot settle directly"), "{}", view.headline);
    }

    /// The desk card of a son filing online for his mother (scenario 52): Wuhan insured, other
    /// temporary, valid to 2027-05-22 (six months from 2026-11-23), and the words to say; in
    /// English the desk still gets the simplified-Chinese sentence. Someone who already paid has
    /// no desk card.
    #[test]
    fn the_desk_card_names_region_category_validity_and_the_words_in_chinese_too() {
        let view = outcome(iv(), &scenario("52-proxy-consent-family-account.json"), Lang::EnUs).expect("plan");
        let desk = view.desk.expect("settled at the hospital: a desk card");
        let rows: Vec<(&str, &str)> = desk.rows.iter().map(|r| (r.id, r.value_zh.as_str())).collect();
        assert_eq!(
            rows,
            vec![("insured", "湖北省 武汉市"), ("category", "其他临时外出就医人员"), ("validity", "至2027年5月22日"), ("destination", "深圳市")]
        );
        assert_eq!(desk.rows[2].value, "until 2027-05-22");
        assert!(desk.say.starts_with("My medical insurance is in Wuhan"), "{}", desk.say);
        assert!(desk.say_zh.starts_with("我是武汉市医保") && desk.say_zh.contains("跨省异地就医直接结算"), "{}", desk.say_zh);
        let paid = outcome(iv(), &scenario("54-paid-in-full-proxy.json"), Lang::ZhCn).expect("plan");
        assert!(paid.desk.is_none(), "nothing to show at a desk after paying in full");
    }

    #[test]
    fn dates_are_written_for_people() {
        let d = NaiveDate::from_ymd_opt(2027, 5, 22).expect("a date");
        assert_eq!(format_date(Lang::ZhCn, d), "2027年5月22日");
        assert_eq!(format_date(Lang::EnUs, d), "2027-05-22");
        assert_eq!(date_after_epoch(20_415), "2025-11-23", "20,415 days after 1970-01-01 (worked out: 55 years + 14 leap days + 326)");
    }
}
