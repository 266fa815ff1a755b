//! The shape of the interview's data files under `data/interview/`: the flow (questions, routes,
//! outcomes, the category table) and the rule layers (national defaults, then per-region
//! overrides) with their parameters, outcome lines and sources.
//!
//! Every struct refuses unknown keys: a misspelt key in a rule file must fail loading, not be
//! silently ignored (the PolicyEngine lesson in `shared/notes/style.md`).

use serde::Deserialize;
use serde_json::Value;
use yidi_domain::FilingCategory;

/// `flow.json`: the questions, how they route, and the outcomes they end in.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Flow {
    /// Version of the flow file, named in every outcome.
    pub version: String,
    /// The question every interview starts with.
    pub start: String,
    /// The region question whose answer selects the rule layers (参保地).
    pub insured_region_question: String,
    /// The question whose answer changes wording only (who is filing); no condition may read it.
    pub audience_question: String,
    pub questions: Vec<Question>,
    pub outcomes: Vec<OutcomeNode>,
    /// 备案类别 — the decision table that names the category from the answers; the first rule
    /// whose condition holds wins, and the last rule must have none.
    pub category: Vec<Rule<FilingCategory>>,
    /// How the person gets direct settlement (or not) at a `plan` outcome; first match wins.
    pub settlement: Vec<Rule<Settlement>>,
}

/// One question, one screen.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    /// When the options are a domain enum's wire names (`scheme`, `stage`, `work_status`), the
    /// loader checks they match it exactly.
    #[serde(default)]
    pub maps_to: Option<DomainEnum>,
    /// Where to go next; the first route whose condition holds wins, the last has no condition.
    pub next: Vec<Route>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum QuestionKind {
    /// One of the listed values.
    Choice(Vec<String>),
    YesNo,
    /// YYYY-MM-DD.
    Date,
    /// A GB/T 2260 division code that exists in the table.
    Region,
    /// A whole number within bounds.
    Number { min: i64, max: i64 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DomainEnum {
    Scheme,
    Stage,
    WorkStatus,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    #[serde(default)]
    pub when: Option<Cond>,
    pub goto: String,
}

/// A row of a decision table.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule<T> {
    #[serde(default)]
    pub when: Option<Cond>,
    pub value: T,
}

/// Where a route can end.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeNode {
    pub id: String,
    pub verdict: Verdict,
    /// Fixed settlement for outcomes that are not a filing plan; `plan` outcomes use the flow's
    /// settlement table instead.
    #[serde(default)]
    pub settlement: Option<Settlement>,
}

/// What the outcome says about cross-province direct settlement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// A filing category applies: here is the plan.
    Plan,
    /// Cross-province filing is not needed (local care, or the province's own rules).
    NotNeeded,
    /// Direct settlement is not available for this case: pay, then claim at home.
    NotAvailable,
}

/// How settlement will happen for this person, given where they stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Settlement {
    /// Not yet gone: file first, then travel and be admitted with the card.
    FileBeforeTravel,
    /// Admitted without a filing: file before discharge settlement (补办备案).
    FileBeforeDischarge,
    /// Emergency or rescue: counts as filed (急诊视同备案).
    CountsAsFiled,
    /// A filing already covers this admission.
    AlreadyFiled,
    /// Paid in full or not settleable: manual claim (手工报销) at the insured region.
    ManualClaim,
    /// Nothing to file for cross-province settlement.
    NotApplicable,
    /// A long-term filing is in place and the person wants to change its destination or cancel
    /// it: from which day, and how.
    ChangeFiling,
}

impl Settlement {
    pub const ALL: [Settlement; 7] = [
        Settlement::FileBeforeTravel,
        Settlement::FileBeforeDischarge,
        Settlement::CountsAsFiled,
        Settlement::AlreadyFiled,
        Settlement::ManualClaim,
        Settlement::NotApplicable,
        Settlement::ChangeFiling,
    ];

    pub fn wire_name(self) -> &'static str {
        match self {
            Settlement::FileBeforeTravel => "file_before_travel",
            Settlement::FileBeforeDischarge => "file_before_discharge",
            Settlement::CountsAsFiled => "counts_as_filed",
            Settlement::AlreadyFiled => "already_filed",
            Settlement::ManualClaim => "manual_claim",
            Settlement::NotApplicable => "not_applicable",
            Settlement::ChangeFiling => "change_filing",
        }
    }

    /// Whether the person files now (materials and channels apply).
    pub fn files_now(self) -> bool {
        matches!(self, Settlement::FileBeforeTravel | Settlement::FileBeforeDischarge)
    }
}

impl Verdict {
    pub fn wire_name(self) -> &'static str {
        match self {
            Verdict::Plan => "plan",
            Verdict::NotNeeded => "not_needed",
            Verdict::NotAvailable => "not_available",
        }
    }
}

/// A condition over the answers, the active rule parameters and (in outcome lines) the
/// outcome reached. An answer that was not given makes `is`, `in`, `yes`, `no`,
/// `below_param` and `date_before` false: questions off the person's path do not apply.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Cond {
    /// `["question", "value"]`: a choice answer equals the value.
    Is(String, String),
    /// `["question", ["a", "b"]]`: a choice answer is one of the values.
    In(String, Vec<String>),
    /// A yes/no answer is yes.
    Yes(String),
    /// A yes/no answer is no.
    No(String),
    /// The question has an answer.
    Answered(String),
    /// The journey between two region answers has this scope.
    Trip { from: String, to: String, scope: TripScopeName },
    /// A true/false parameter is true.
    Param(String),
    /// `["param", value]`: a parameter equals the value.
    ParamIs(String, Value),
    /// `["param", "question"]`: a list parameter contains the choice answer.
    ParamHas(String, String),
    /// `["question", "param"]`: a number answer is below a numeric parameter (false when the
    /// parameter is null: no minimum).
    BelowParam(String, String),
    /// `["a", "b"]`: date `a` is strictly before date `b`; each is a date question, `as_of`, or
    /// `change_from` (the first day a long-term filing made on the `filing_made` answer may be
    /// changed or cancelled: that date plus the region's `long_term_change_lock_months`).
    DateBefore(String, String),
    /// The category the decision table gives (only after the questions it reads).
    Category(Vec<FilingCategory>),
    /// The outcome reached (outcome lines only).
    Outcome(Vec<String>),
    /// The settlement reached (outcome lines only).
    Settlement(Vec<Settlement>),
    All(Vec<Cond>),
    Any(Vec<Cond>),
    Not(Box<Cond>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TripScopeName {
    SamePoolingRegion,
    WithinProvince,
    CrossProvince,
    OutsideNetwork,
}

/// A rule layer: `rules/national.json` or `rules/<code>-<name>.json`.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    /// `national`, or the six-digit code of the insured region the layer applies to.
    pub region: String,
    /// The layer's name in Chinese, for people reading the data (北京市, 常熟市).
    pub name: String,
    pub version: String,
    /// When the rules it restates took effect (as far as known).
    pub effective_from: String,
    /// When a person last compared the layer with its sources.
    pub verified_at: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub params: std::collections::BTreeMap<String, Param>,
    /// Line ids of lower layers this layer removes.
    #[serde(default)]
    pub remove: Vec<String>,
    /// New lines, or lines that replace a lower layer's line of the same id.
    #[serde(default)]
    pub lines: Vec<Line>,
}

/// A document a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The document's own title (not translated: it is a name).
    pub title: String,
    /// Document number (文号) when it has one: 人社厅发〔2017〕162号.
    #[serde(default)]
    pub number: Option<String>,
    /// Where a copy was read: a seed file, a web address.
    pub location: String,
    /// Whether the primary document itself was read (false: a restatement or a seed of unknown
    /// provenance).
    pub primary: bool,
    /// What to keep in mind when relying on it.
    #[serde(default)]
    pub note: Option<String>,
}

/// A policy value with its provenance.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Param {
    pub value: Value,
    pub source: String,
    #[serde(default)]
    pub article: Option<String>,
}

/// One line of an outcome, shown when its condition holds.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Line {
    /// Stable id; its text is the Fluent message `iv-line-<id>`.
    pub id: String,
    pub section: Section,
    #[serde(default)]
    pub when: Option<Cond>,
    /// A source id, or `param:<name>` to cite whichever layer set that parameter.
    pub source: String,
    /// Article, section or question within the source.
    #[serde(default)]
    pub article: Option<String>,
    /// A new line of a regional layer goes just before this line of a lower layer (when that
    /// line is in force), so a region's steps stay in order; otherwise it goes last.
    #[serde(default)]
    pub before: Option<String>,
}

/// The parts of an outcome, in the order a person reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// Why this category, or why filing is not needed / not available.
    Summary,
    /// What to do now, at this stage.
    Steps,
    Materials,
    Channels,
    /// Whether the filing names the destination city or hospitals.
    Scope,
    Validity,
    /// What forces a re-filing.
    Refile,
    /// Waiting period before change or cancellation.
    Waiting,
    /// At the hospital: admission, the stay, discharge, and what to do when direct settlement
    /// fails.
    Hospital,
    /// The manual claim at home: where and what to bring.
    Claim,
    Warnings,
}

impl Section {
    pub const ALL: [Section; 11] = [
        Section::Summary,
        Section::Steps,
        Section::Materials,
        Section::Channels,
        Section::Scope,
        Section::Validity,
        Section::Refile,
        Section::Waiting,
        Section::Hospital,
        Section::Claim,
        Section::Warnings,
    ];

    pub fn wire_name(self) -> &'static str {
        match self {
            Section::Summary => "summary",
            Section::Steps => "steps",
            Section::Materials => "materials",
            Section::Channels => "channels",
            Section::Scope => "scope",
            Section::Validity => "validity",
            Section::Refile => "refile",
            Section::Waiting => "waiting",
            Section::Hospital => "hospital",
            Section::Claim => "claim",
            Section::Warnings => "warnings",
        }
    }
}

/// `some_id` → `some-id`, for Fluent message ids.
pub fn kebab(id: &str) -> String {
    id.replace('_', "-")
}
