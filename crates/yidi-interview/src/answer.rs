//! Typed answers, read from loose JSON with errors that name the question (`answers.stage`).

use std::collections::BTreeMap;

use serde_json::Value;
use yidi_domain::{divisions, input::join_path, FieldError, NaiveDate, RegionCode};

use crate::model::{Question, QuestionKind};

/// One answer, of the question's kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    Choice(String),
    YesNo(bool),
    Date(NaiveDate),
    Region(RegionCode),
    Number(i64),
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

impl Answer {
    /// The answer as it is written in an answers file: `"employee"`, `true`, `"2026-03-15"`,
    /// `"110000"`, `6`.
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Choice(s) => Value::String(s.clone()),
            Answer::YesNo(b) => Value::Bool(*b),
            Answer::Date(d) => Value::String(d.format("%Y-%m-%d").to_string()),
            Answer::Region(c) => Value::String(c.to_string()),
            Answer::Number(n) => Value::from(*n),
        }
    }

    /// Reads `value` as an answer to `question`; `prefix` is where the answers sit in the input
    /// (`answers`), so errors name `answers.<question>`.
    pub fn parse(question: &Question, prefix: &str, value: &Value) -> Result<Answer, FieldError> {
        let field = join_path(prefix, &question.id);
        let text = |v: &Value| match v {
            Value::String(s) => Ok(s.trim().to_string()),
            _ => Err(FieldError::wrong_type(&field, "text")),
        };
        if value.is_null() {
            return Err(FieldError::missing(&field));
        }
        match &question.kind {
            QuestionKind::Choice(options) => {
                let s = text(value)?;
                if options.contains(&s) {
                    Ok(Answer::Choice(s))
                } else {
                    let allowed: Vec<&str> = options.iter().map(String::as_str).collect();
                    Err(FieldError::not_one_of(&field, &s, &allowed))
                }
            }
            QuestionKind::YesNo => match value {
                Value::Bool(b) => Ok(Answer::YesNo(*b)),
                Value::String(s) => match s.trim().to_ascii_lowercase().as_str() {
                    "yes" | "y" | "true" => Ok(Answer::YesNo(true)),
                    "no" | "n" | "false" => Ok(Answer::YesNo(false)),
                    other => Err(FieldError::not_one_of(&field, other, &["yes", "no"])),
                },
                _ => Err(FieldError::wrong_type(&field, "true/false")),
            },
            QuestionKind::Date => {
                let s = text(value)?;
                NaiveDate::parse_from_str(&s, "%Y-%m-%d").map(Answer::Date).map_err(|_| FieldError::not_a_date(&field, &s))
            }
            QuestionKind::Region => {
                let s = text(value)?;
                divisions().lookup(&field, &s).map(|d| Answer::Region(d.code))
            }
            QuestionKind::Number { min, max } => {
                let n = match value {
                    Value::Number(n) => n.as_i64().ok_or_else(|| FieldError::not_a_number(&field, &n.to_string()))?,
                    Value::String(s) => s.trim().parse::<i64>().map_err(|_| FieldError::not_a_number(&field, s))?,
                    _ => return Err(FieldError::wrong_type(&field, "number")),
                };
                if n < *min || n > *max {
                    return Err(FieldError::out_of_range(&field, &n.to_string(), &min.to_string(), &max.to_string()));
                }
                Ok(Answer::Number(n))
            }
        }
    }
}
