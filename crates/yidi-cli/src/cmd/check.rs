//! `yidi check`: the eligibility interview. With `--answers FILE` it prints the outcome as JSON;
//! without, it asks the questions one by one on stdin/stdout (piped input works: one answer per
//! line) and prints the plan as text. Both call the same yidi-core functions as the desktop UI.

use std::{
    io::{self, BufRead, Write},
    path::PathBuf,
};

use clap::Args;
use serde_json::Value;
use yidi_core::{
    interview::{self, AnswerRequest, OutcomeRequest, OutcomeView, Screen, Step},
    regions::{self, RegionSearch},
    ApiError, Lang,
};

use crate::output::json;
use yidi_core::interview::Section as yidi_interview_section;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// An answers file (see docs/interview.md); without it, the interview runs in the terminal.
    #[arg(long)]
    answers: Option<PathBuf>,
    /// The filing (or consultation) day, YYYY-MM-DD; validity end dates count from it. Default:
    /// the file's `as_of`, else today (UTC).
    #[arg(long)]
    as_of: Option<String>,
    /// A folder laid out like data/interview/ to use instead of the rules built in.
    #[arg(long)]
    data: Option<PathBuf>,
}

/// `Ok(None)`: the interactive interview printed its own output.
pub fn run(args: &CheckArgs, lang: Lang) -> Result<Option<Value>, ApiError> {
    let loaded;
    let iv = match &args.data {
        Some(dir) => {
            loaded = interview::load(dir)?;
            &loaded
        }
        None => interview::embedded()?,
    };
    match &args.answers {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| io_error(lang, path.display().to_string(), e))?;
            let doc: Value = yidi_core::read_json_text(&text, "answers", lang)?;
            let as_of = match (&args.as_of, doc.get("as_of")) {
                (Some(d), _) => Some(d.clone()),
                (None, Some(_)) => None,
                (None, None) => Some(today()),
            };
            let view = interview::outcome_from_file(iv, &doc, as_of.as_deref(), lang)?;
            json(&view).map(Some)
        }
        None => {
            let stdin = io::stdin();
            let stdout = io::stdout();
            let as_of = args.as_of.clone().unwrap_or_else(today);
            let view = match converse(iv, lang, &as_of, &mut stdin.lock(), &mut stdout.lock()) {
                Ok(view) => view,
                // The reader went away (`| head`): nothing left to say to anyone.
                Err(e) if e.code == BROKEN_PIPE => return Ok(None),
                Err(e) => return Err(e),
            };
            match print_plan(iv, &view, lang, &mut stdout.lock()) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(None),
                Err(e) => Err(io_error(lang, "stdout".into(), e)),
                Ok(()) => Ok(None),
            }
        }
    }
}

/// The code of the error a write to a closed pipe becomes; `run` ends quietly on it.
const BROKEN_PIPE: &str = "broken_pipe";

/// Yes/no typed as the listed number, y/n, yes/no or 是/否; anything else is left to the core,
/// which explains what it expects.
fn yes_no(line: &str) -> Option<bool> {
    match line.to_lowercase().as_str() {
        "1" | "y" | "yes" | "是" | "是的" | "对" => Some(true),
        "2" | "n" | "no" | "否" | "不是" | "不" => Some(false),
        _ => None,
    }
}

fn confirms(line: &str) -> bool {
    line.is_empty() || yes_no(line) == Some(true) && line != "1"
}

fn io_error(_lang: Lang, what: String, e: io::Error) -> ApiError {
    ApiError { code: "io".into(), field: None, message: format!("{what}: {e}") }
}

/// Today's date in UTC, from the system clock: only the binary edge reads the clock.
fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let days = i64::try_from(secs / 86_400).unwrap_or(0);
    interview::date_after_epoch(days)
}

fn t(lang: Lang, id: &str) -> String {
    interview::message(lang, id, &[])
}

/// Asks the questions until the review is confirmed; returns the outcome.
fn converse(
    iv: &interview::Interview,
    lang: Lang,
    as_of: &str,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<OutcomeView, ApiError> {
    let io_err = |e: io::Error| {
        let code = if e.kind() == io::ErrorKind::BrokenPipe { BROKEN_PIPE } else { "io" };
        ApiError { code: code.into(), field: None, message: e.to_string() }
    };
    let mut step: Step = interview::start(iv, lang)?;
    loop {
        match &step.screen {
            Screen::Question(q) => {
                writeln!(out, "\n{}\n{}", q.progress, q.text).map_err(io_err)?;
                writeln!(out, "   {}", q.help).map_err(io_err)?;
                if let Some(current) = &q.current_text {
                    writeln!(out, "   [{current}] {}", t(lang, "iv-term-keep-hint")).map_err(io_err)?;
                }
                for (i, o) in q.options.iter().enumerate() {
                    writeln!(out, "   {}) {}", i + 1, o.label).map_err(io_err)?;
                }
                let prompt = match q.input {
                    "choice" => t(lang, "iv-term-choose"),
                    "yes_no" => t(lang, "iv-term-enter-yes-no"),
                    "date" => t(lang, "iv-term-enter-date"),
                    "region" => t(lang, "iv-term-enter-region"),
                    _ => interview::message(
                        lang,
                        "iv-term-enter-number",
                        &[("min", q.min.unwrap_or(0).to_string()), ("max", q.max.unwrap_or(0).to_string())],
                    ),
                };
                let back_hint = if step.can_go_back { t(lang, "iv-term-back-hint") } else { String::new() };
                write!(out, "{prompt}{back_hint} ").map_err(io_err)?;
                out.flush().map_err(io_err)?;
                let Some(line) = read_line(input).map_err(io_err)? else {
                    return Err(closed(lang));
                };
                if line == "b" && step.can_go_back {
                    step = interview::back(iv, &step.state, lang)?;
                    continue;
                }
                let value = match (q.input, &q.current) {
                    // Enter keeps an answer that still applies.
                    (_, Some(current)) if line.is_empty() => current.clone(),
                    ("choice", _) => {
                        let picked = line.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| q.options.get(i));
                        picked.map(|o| o.value.clone()).unwrap_or_else(|| Value::String(line.clone()))
                    }
                    ("yes_no", _) => yes_no(&line).map(Value::Bool).unwrap_or_else(|| Value::String(line.clone())),
                    ("region", _) => match pick_region(lang, &line, input, out).map_err(io_err)? {
                        Some(code) => Value::String(code),
                        None => continue,
                    },
                    // Yes/no, dates and numbers are read by the core, which explains a bad one.
                    _ => Value::String(line.clone()),
                };
                let request = AnswerRequest { state: step.state.clone(), question: q.id.clone(), value };
                match interview::answer(iv, &request, lang) {
                    Ok(next) => step = next,
                    // A bad answer is said and the question asked again.
                    Err(e) => writeln!(out, "   {}", e.message).map_err(io_err)?,
                }
            }
            Screen::Review(review) => {
                writeln!(out, "\n{}", review.title).map_err(io_err)?;
                for (i, item) in review.items.iter().enumerate() {
                    writeln!(out, "   {}) {}: {}", i + 1, item.label, item.answer_text).map_err(io_err)?;
                }
                write!(out, "{} ", t(lang, "iv-term-review-confirm")).map_err(io_err)?;
                out.flush().map_err(io_err)?;
                let Some(line) = read_line(input).map_err(io_err)? else {
                    return Err(closed(lang));
                };
                if confirms(&line) {
                    let request = OutcomeRequest { answers: step.state.answers.clone(), as_of: as_of.to_string() };
                    match interview::outcome(iv, &request, lang) {
                        Ok(view) => return Ok(view),
                        // A refused answer (an admission after today, say) is said, and that
                        // question asked again.
                        Err(e) => {
                            writeln!(out, "   {}", e.message).map_err(io_err)?;
                            match e.field.as_deref().and_then(|f| f.strip_prefix("answers.")) {
                                Some(q) => step = interview::goto(iv, &step.state, q, lang)?,
                                None => return Err(e),
                            }
                            continue;
                        }
                    }
                }
                if line == "b" {
                    step = interview::back(iv, &step.state, lang)?;
                    continue;
                }
                if let Some(item) = line.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| review.items.get(i)) {
                    step = interview::goto(iv, &step.state, &item.question, lang)?;
                }
            }
        }
    }
}

fn closed(lang: Lang) -> ApiError {
    ApiError { code: "input_closed".into(), field: None, message: t(lang, "iv-term-input-closed") }
}

fn read_line(input: &mut dyn BufRead) -> io::Result<Option<String>> {
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim().to_string()))
}

/// A six-digit code is taken as it is; otherwise the division search offers up to nine matches.
fn pick_region(lang: Lang, query: &str, input: &mut dyn BufRead, out: &mut dyn Write) -> io::Result<Option<String>> {
    if query.len() == 6 && query.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Some(query.to_string()));
    }
    let request = RegionSearch { query: query.to_string(), level: None, limit: Some(9) };
    let hits = regions::search_regions(&request, lang).unwrap_or_default();
    if hits.is_empty() {
        writeln!(out, "   {}", interview::message(lang, "iv-term-region-none", &[("query", query.to_string())]))?;
        return Ok(None);
    }
    writeln!(out, "   {}", t(lang, "iv-term-region-pick"))?;
    for (i, hit) in hits.iter().enumerate() {
        writeln!(out, "   {}) {} ({})", i + 1, hit.full_name, hit.code)?;
    }
    write!(out, "{} ", t(lang, "iv-term-choose"))?;
    out.flush()?;
    let Some(line) = read_line(input)? else { return Ok(None) };
    Ok(line.parse::<usize>().ok().and_then(|n| n.checked_sub(1)).and_then(|i| hits.get(i)).map(|h| h.code.clone()))
}

/// The plan as people read it (and print it): steps numbered, things to bring as a checklist,
/// the other sections as plain lines; each section's documents once, under "依据", with one
/// note when part of it rests on a restatement or is our own advice.
fn print_plan(_iv: &interview::Interview, view: &OutcomeView, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "\n== {} ==", view.headline)?;
    writeln!(out, "{}", view.verdict_label)?;
    let colon = if lang == Lang::EnUs { ": " } else { "：" };
    writeln!(out, "{}{colon}{}", t(lang, "iv-term-how-paid"), view.settlement_label)?;
    for d in &view.date_texts {
        writeln!(out, "{}{colon}{}", d.label, d.text)?;
    }
    for section in &view.sections {
        writeln!(out, "\n{}", section.title)?;
        for (i, line) in section.lines.iter().enumerate() {
            match section.id {
                yidi_interview_section::Steps | yidi_interview_section::Hospital => writeln!(out, "  {}. {}", i + 1, line.text)?,
                yidi_interview_section::Materials | yidi_interview_section::Claim => writeln!(out, "  [ ] {}", line.text)?,
                _ => writeln!(out, "  - {}", line.text)?,
            }
        }
        if let Some(note) = &section.note {
            writeln!(out, "  ({note})")?;
        }
        let basis: Vec<&str> = section.sources.iter().map(|s| s.text.as_str()).collect();
        writeln!(out, "  {}{colon}{}", t(lang, "iv-term-basis"), basis.join(if lang == Lang::EnUs { "; " } else { "；" }))?;
    }
    writeln!(out, "\n{}", view.rule_set.text)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_with(input: &str, lang: Lang) -> (Result<OutcomeView, ApiError>, String) {
        let iv = interview::embedded().unwrap_or_else(|e| panic!("{}", e.message));
        let mut reader = io::Cursor::new(input.as_bytes().to_vec());
        let mut out = Vec::new();
        let result = converse(iv, lang, "2026-11-23", &mut reader, &mut out);
        (result, String::from_utf8_lossy(&out).into_owned())
    }

    /// Piped input: a name search for the destination, a wrong answer asked again, Back, and
    /// the review confirmed.
    #[test]
    fn the_terminal_interview_runs_on_piped_input() {
        // audience self, filer insured, Wuhan by code, "shenzhen" then match 1, resident,
        // before travel, inpatient, "9" (no such reason: asked again), b (back to care type),
        // inpatient again, visit for care, no filing, not decided how to file, networked, confirm.
        let input = "1\n1\n420100\nshenzhen\n1\n2\n1\n1\n9\nb\n1\n5\nn\n3\n1\ny\n";
        let (result, transcript) = run_with(input, Lang::EnUs);
        let view = result.unwrap_or_else(|e| panic!("{}\n{transcript}", e.message));
        let category = serde_json::to_value(view.category).expect("serialises");
        assert_eq!(category, Value::String("other_temporary".into()), "a trip for treatment without referral");
        assert_eq!(view.dates.valid_until.map(|d| d.to_string()).as_deref(), Some("2027-05-22"), "6 months from 2026-11-23, inclusive");
        assert!(transcript.contains("Check your answers"), "the review is shown before the plan");
        // 19 questions on the flow's longest way (see yidi-interview's at_most_from test).
        assert!(transcript.contains("Question 1 · at most 18 more\n"), "each question says how many may follow:\n{transcript}");
        assert!(transcript.contains("choose one of"), "a wrong answer is explained and asked again:\n{transcript}");
        let mut printed = Vec::new();
        print_plan(interview::embedded().expect("data"), &view, Lang::EnUs, &mut printed).expect("print");
        let printed = String::from_utf8_lossy(&printed).into_owned();
        assert!(printed.contains("[ ] "), "the plan prints things to bring as a checklist:\n{printed}");
        assert!(printed.contains("  1. "), "steps are numbered:\n{printed}");
        assert!(!printed.contains("shared/") && !printed.contains(".txt"), "no repository path:\n{printed}");
        assert_eq!(printed.matches("Basis: ").count(), view.sections.len(), "one basis per section:\n{printed}");
    }

    #[test]
    fn input_that_ends_early_is_an_error_not_a_hang() {
        let (result, _) = run_with("1\n1\n", Lang::ZhCn);
        assert_eq!(result.expect_err("incomplete").code, "input_closed");
    }

    #[test]
    fn the_review_can_change_an_answer() {
        // Answer through to the review, change answer 5 (scheme) to employee, then go on.
        // Enter keeps the later answers that still apply (stage … networked).
        let input = "1\n1\n420100\n440300\n2\n1\n1\n5\nn\n3\n1\n5\n1\n1\n\n\n\n\n\n\ny\n";
        let (result, transcript) = run_with(input, Lang::ZhCn);
        let view = result.unwrap_or_else(|e| panic!("{}\n{transcript}", e.message));
        let scheme = view.answers.iter().find(|a| a.question == "scheme").expect("scheme answered");
        assert_eq!(scheme.answer, Value::String("employee".into()), "the changed answer is the one used");
        assert!(view.answers.iter().any(|a| a.question == "work_status"), "the newly relevant question was asked");
    }

    /// Yes/no by the listed number, y/n or 是/否; an unknown choice is answered with the
    /// labels (not the internal values); the future admission is refused and asked again.
    #[test]
    fn yes_no_by_number_or_word_and_choices_listed_by_label() {
        // self, insured, Wuhan, Shenzhen, resident, admitted, inpatient, "visit" (unknown:
        // labels listed), 5 visit for care, 否 no filing, 2 counter, 2026-12-01 (after the as-of
        // day), networked 1, y → refused: the admission date asked again → 2026-11-20, y.
        let input = "1\n1\n420100\n440300\n2\n2\n1\nvisit\n5\n否\n2\n2026-12-01\n1\ny\n2026-11-20\n\n是\n";
        let (result, transcript) = run_with(input, Lang::ZhCn);
        let view = result.unwrap_or_else(|e| panic!("{}\n{transcript}", e.message));
        assert!(transcript.contains("专门去那里看病，没有转诊") && transcript.contains("请从下面几项中选一项"), "labels listed:\n{transcript}");
        assert!(!transcript.contains("visit_for_care"), "no internal values:\n{transcript}");
        assert!(transcript.contains("晚于办理日期"), "the future admission is refused with a clear message:\n{transcript}");
        let admission = view.answers.iter().find(|a| a.question == "admission_date").expect("asked");
        assert_eq!(admission.answer, Value::String("2026-11-20".into()));
        let filing = view.answers.iter().find(|a| a.question == "has_filing").expect("asked");
        assert_eq!(filing.answer, Value::Bool(false), "否 is no");
    }

    /// A reader that goes away (`| head`) ends the interview quietly, not with an error.
    #[test]
    fn a_closed_pipe_ends_quietly() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::from(io::ErrorKind::BrokenPipe))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let iv = interview::embedded().unwrap_or_else(|e| panic!("{}", e.message));
        let mut reader = io::Cursor::new(b"1\n".to_vec());
        let e = converse(iv, Lang::ZhCn, "2026-11-23", &mut reader, &mut Closed).expect_err("cannot write");
        assert_eq!(e.code, BROKEN_PIPE, "run() turns this code into a quiet end");
    }
}
