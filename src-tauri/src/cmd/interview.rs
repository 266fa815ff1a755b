//! The eligibility interview (issue 4). The core is stateless: the webview keeps the state
//! (answers and the question on screen) and sends it back with every call. Only the as-of date
//! may come from the machine: when the webview sends none, today's date (UTC) is read here.

use std::time::{SystemTime, UNIX_EPOCH};

use serde::Deserialize;
use serde_json::{Map, Value};
use yidi_core::{
    interview::{self, AnswerRequest, InterviewState, OutcomeRequest, OutcomeView, Step},
    parse_lang, ApiError,
};

#[tauri::command]
pub fn interview_start(lang: String) -> Result<Step, ApiError> {
    interview::start(interview::embedded()?, parse_lang(&lang)?)
}

#[tauri::command]
pub fn interview_view(lang: String, state: InterviewState) -> Result<Step, ApiError> {
    interview::view(interview::embedded()?, &state, parse_lang(&lang)?)
}

#[tauri::command]
pub fn interview_answer(lang: String, request: AnswerRequest) -> Result<Step, ApiError> {
    interview::answer(interview::embedded()?, &request, parse_lang(&lang)?)
}

#[tauri::command]
pub fn interview_back(lang: String, state: InterviewState) -> Result<Step, ApiError> {
    interview::back(interview::embedded()?, &state, parse_lang(&lang)?)
}

#[tauri::command]
pub fn interview_goto(lang: String, state: InterviewState, question: String) -> Result<Step, ApiError> {
    interview::goto(interview::embedded()?, &state, &question, parse_lang(&lang)?)
}

/// The answers, and the filing day the person chose (YYYY-MM-DD) if any.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanRequest {
    answers: Map<String, Value>,
    #[serde(default)]
    as_of: Option<String>,
}

#[tauri::command]
pub fn interview_outcome(lang: String, request: PlanRequest) -> Result<OutcomeView, ApiError> {
    let as_of = request.as_of.unwrap_or_else(today);
    interview::outcome(interview::embedded()?, &OutcomeRequest { answers: request.answers, as_of }, parse_lang(&lang)?)
}

fn today() -> String {
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    interview::date_after_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
}
