//! The one source of text must be whole in every language. These tests fail when a locale lacks a
//! message the reference (zh-CN) has, when a translation drops or invents a placeable, when a
//! message is formatted without an argument it needs, and when code or UI asks for an id that no
//! locale defines.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::{ast, parser};
use regex::Regex;
use yidi_domain::i18n::{self, Args, Lang, TextError};
use yidi_tests::{source_files, workspace_root};

#[test]
fn every_file_parses_and_no_id_is_defined_twice() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let mut seen: BTreeMap<String, &str> = BTreeMap::new();
        for (folder, file, source) in i18n::embedded_files().filter(|(f, _, _)| *f == lang.tag()) {
            let resource = match parser::parse(source) {
                Ok(r) => r,
                Err((r, errors)) => {
                    problems.push(format!("{folder}/{file}: {} syntax error(s): {errors:?}", errors.len()));
                    r
                }
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    if let Some(other) = seen.insert(m.id.name.to_string(), file) {
                        problems.push(format!("{folder}: {} defined in both {other} and {file}", m.id.name));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "locale files must parse cleanly:\n{}", problems.join("\n"));
}

#[test]
fn every_locale_has_exactly_the_reference_ids_and_placeables() {
    let reference: BTreeSet<&str> = i18n::message_ids(Lang::REFERENCE).collect();
    assert!(reference.len() > 50, "the reference locale should hold the app's text, found {}", reference.len());
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::REFERENCE) {
        let ids: BTreeSet<&str> = i18n::message_ids(lang).collect();
        for missing in reference.difference(&ids) {
            problems.push(format!("{lang} lacks {missing}"));
        }
        for extra in ids.difference(&reference) {
            problems.push(format!("{lang} has {extra}, which {} does not", Lang::REFERENCE));
        }
        for id in reference.intersection(&ids) {
            let (want, got) = (i18n::message_variables(Lang::REFERENCE, id), i18n::message_variables(lang, id));
            if want != got {
                problems.push(format!("{lang} {id}: placeables {got:?}, reference has {want:?}"));
            }
        }
    }
    assert!(problems.is_empty(), "locales differ from the reference:\n{}", problems.join("\n"));
}

#[test]
fn every_message_formats_with_its_arguments_and_fails_without_one() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        for id in i18n::message_ids(lang) {
            let vars = i18n::message_variables(lang, id);
            let full = vars.iter().fold(Args::new(), |a, v| a.text(leak(v), format!("<{v}>")));
            match i18n::format(lang, id, &full) {
                Ok(text) if text.trim().is_empty() => problems.push(format!("{lang} {id} is empty")),
                Ok(text) => {
                    for v in &vars {
                        if !text.contains(&format!("<{v}>")) && !is_selector_only(lang, id, v) {
                            problems.push(format!("{lang} {id} does not show ${v}"));
                        }
                    }
                }
                Err(e) => problems.push(format!("{lang} {id}: {e}")),
            }
            // Dropping any one argument must be an error, never "{$name}" shown to a person.
            for dropped in &vars {
                let partial =
                    vars.iter().filter(|v| *v != dropped).fold(Args::new(), |a, v| a.text(leak(v), "x"));
                if !matches!(i18n::format(lang, id, &partial), Err(TextError::Format { .. })) {
                    problems.push(format!("{lang} {id} formatted without ${dropped}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_unknown_id_is_an_error_not_a_blank() {
    let err = i18n::text(Lang::EnUs, "ui-no-such-message").unwrap_err();
    assert!(matches!(err, TextError::MissingMessage { .. }), "got {err:?}");
}

/// Ids the code asks for. In Rust, any string literal that starts with a known message prefix;
/// in the UI, the argument of `t(...)`. A template literal with `${…}` stands for a family of ids
/// and must match at least one.
#[test]
fn every_message_id_used_by_code_exists() {
    let ids: BTreeSet<&str> = i18n::message_ids(Lang::REFERENCE).collect();
    let prefixes: BTreeSet<&str> = ids.iter().filter_map(|id| id.split('-').next()).collect();
    let rust_literal = Regex::new(r#""([a-z]+(?:-[a-z0-9]+)+)""#).expect("valid regex");
    let ui_call = Regex::new(r#"\bt\(\s*(?:"([^"]+)"|'([^']+)'|`([^`]+)`)"#).expect("valid regex");
    let mut problems = Vec::new();
    let mut checked = 0;

    for dir in ["crates", "src-tauri/src"] {
        // Integration tests (`<crate>/tests/`) spell ids to assert on them, not to show them.
        for path in source_files(dir, &["rs"]).into_iter().filter(|p| !p.components().any(|c| c.as_os_str() == "tests")) {
            let source = std::fs::read_to_string(&path).unwrap_or_default();
            // Unit tests spell ids as examples of id mapping, not as messages to show.
            let source = source.split("#[cfg(test)]").next().unwrap_or_default();
            for cap in rust_literal.captures_iter(source) {
                let id = &cap[1];
                let prefix = id.split('-').next().unwrap_or_default();
                if prefixes.contains(prefix) && !is_not_a_message(id) {
                    checked += 1;
                    if !ids.contains(id) {
                        problems.push(format!("{}: {id}", relative(&path)));
                    }
                }
            }
        }
    }
    for path in source_files("ui/src", &["ts", "svelte"]) {
        let source = std::fs::read_to_string(&path).unwrap_or_default();
        for cap in ui_call.captures_iter(&source) {
            checked += 1;
            if let Some(template) = cap.get(3) {
                let pattern = regex::escape(template.as_str());
                let pattern = Regex::new(r"\\\$\\\{[^}]*\\\}").expect("valid regex").replace_all(&pattern, "[a-z0-9-]+");
                let family = Regex::new(&format!("^{pattern}$")).expect("template becomes a regex");
                if !ids.iter().any(|id| family.is_match(id)) {
                    problems.push(format!("{}: no id matches `{}`", relative(&path), template.as_str()));
                }
            } else {
                let id = cap.get(1).or(cap.get(2)).map(|m| m.as_str()).unwrap_or_default();
                if !ids.contains(id) {
                    problems.push(format!("{}: {id}", relative(&path)));
                }
            }
        }
    }
    assert!(checked > 30, "the scan should find the ids the code uses; found only {checked}");
    assert!(problems.is_empty(), "message ids used but defined in no locale:\n{}", problems.join("\n"));
}

/// Literals that share a prefix with message ids but are something else: Tauri permission
/// names, CLI and wire values.
fn is_not_a_message(id: &str) -> bool {
    id.starts_with("allow-") || id.ends_with("-cli") || id.contains("--")
}

/// A variable used only as a select expression's selector (`{ $audience -> [self] 您 *[other] … }`)
/// chooses the wording and need not appear in the output.
fn is_selector_only(lang: Lang, id: &str, var: &str) -> bool {
    let mut shown = BTreeSet::new();
    for (_, _, source) in i18n::embedded_files().filter(|(f, _, _)| *f == lang.tag()) {
        let resource = parser::parse(source).unwrap_or_else(|(r, _)| r);
        for entry in resource.body {
            if let ast::Entry::Message(m) = entry {
                if m.id.name == id {
                    if let Some(p) = &m.value {
                        shown_variables(p, &mut shown);
                    }
                }
            }
        }
    }
    !shown.contains(var)
}

fn shown_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            match expression {
                ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
                    out.insert(id.name.to_string());
                }
                ast::Expression::Inline(_) => {}
                ast::Expression::Select { variants, .. } => {
                    for v in variants {
                        shown_variables(&v.value, out);
                    }
                }
            }
        }
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn relative(path: &std::path::Path) -> String {
    path.strip_prefix(workspace_root()).unwrap_or(path).display().to_string()
}
