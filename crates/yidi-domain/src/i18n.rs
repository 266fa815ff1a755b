//! Localized text: the only place where user-facing strings are made.
//!
//! Every string a person reads — in the desktop UI, on the CLI's stderr, in a printed PDF — is a
//! Fluent message from `locales/<lang>/*.ftl`, embedded at build time (see `build.rs`). Formatting
//! is strict: an unknown message id or a placeable without its argument is an error, never a
//! half-formatted string with `{$name}` showing, so a test that formats a message catches both.
//!
//! Unicode isolation marks are off: all three locales are left-to-right, and the marks break
//! terminal output, copy-paste and string comparison in tests.

use std::{
    collections::{BTreeMap, BTreeSet, HashMap},
    fmt,
    str::FromStr,
    sync::OnceLock,
};

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use serde::{Deserialize, Serialize};

include!(concat!(env!("OUT_DIR"), "/ftl_files.rs"));

/// A language the app is written in. zh-CN is the default and the reference: every other locale
/// must carry exactly its message ids and placeables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-CN")]
    ZhCn,
    #[serde(rename = "zh-TW")]
    ZhTw,
    #[serde(rename = "en-US")]
    EnUs,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhCn, Lang::ZhTw, Lang::EnUs];
    /// The locale whose message set the others are checked against.
    pub const REFERENCE: Lang = Lang::ZhCn;

    /// The BCP 47 tag, also the name of the folder under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhCn => "zh-CN",
            Lang::ZhTw => "zh-TW",
            Lang::EnUs => "en-US",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Lang {
    type Err = UnknownLang;

    /// Accepts tags and POSIX locale names as users and systems write them: `zh`, `zh-CN`,
    /// `zh_CN.UTF-8`, `zh-Hans`, `zh-TW`, `zh-HK`, `zh-Hant`, `en`, `en_GB.UTF-8`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let tag = s.split('.').next().unwrap_or("").replace('_', "-").to_ascii_lowercase();
        let mut parts = tag.split('-');
        match (parts.next(), parts.next()) {
            (Some("zh"), Some("tw" | "hk" | "mo" | "hant")) => Ok(Lang::ZhTw),
            (Some("zh"), _) => Ok(Lang::ZhCn),
            (Some("en"), _) => Ok(Lang::EnUs),
            _ => Err(UnknownLang(s.to_string())),
        }
    }
}

/// A language tag the app has no text for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language {0:?}: use zh-CN, zh-TW or en-US")]
pub struct UnknownLang(pub String);

/// Why a message could not be formatted. Both are programming errors that tests are meant to
/// catch before a user can meet them.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextError {
    #[error("message {id:?} is missing from locale {lang}")]
    MissingMessage { lang: Lang, id: String },
    #[error("message {id:?} in {lang} could not be formatted: {detail}")]
    Format { lang: Lang, id: String, detail: String },
}

/// A value for a placeable. Money and other decimals arrive already formatted as text: Fluent's
/// own number formatting would go through floating point.
#[derive(Debug, Clone, PartialEq)]
pub enum ArgValue {
    Text(String),
    Int(i64),
}

/// Arguments for one message, in the order given.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args(Vec<(&'static str, ArgValue)>);

impl Args {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.0.push((name, ArgValue::Text(value.into())));
        self
    }
    pub fn int(mut self, name: &'static str, value: i64) -> Self {
        self.0.push((name, ArgValue::Int(value)));
        self
    }
    fn to_fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::new();
        for (name, value) in &self.0 {
            match value {
                ArgValue::Text(s) => args.set(*name, FluentValue::from(s.as_str())),
                // Fluent numbers are f64: beyond 2^53 they lose digits (i64::MAX would print as
                // 9223372036854776000), so large integers go in as their exact digits.
                ArgValue::Int(n) if n.unsigned_abs() > 1 << 53 => args.set(*name, FluentValue::from(n.to_string())),
                ArgValue::Int(n) => args.set(*name, FluentValue::from(*n)),
            }
        }
        args
    }
}

struct Catalog {
    bundle: FluentBundle<FluentResource>,
    /// Every message id with the variables its value and attributes reference.
    variables: BTreeMap<String, BTreeSet<String>>,
}

/// One language's catalog, built the first time that language is used: an app showing Chinese
/// never parses the other two languages' files (less start-up work and memory).
fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: OnceLock<HashMap<Lang, OnceLock<Catalog>>> = OnceLock::new();
    let slots = CATALOGS.get_or_init(|| Lang::ALL.into_iter().map(|lang| (lang, OnceLock::new())).collect());
    slots[&lang].get_or_init(|| load(lang))
}

/// Builds one locale's bundle from its embedded files. A syntax error or a duplicate id in a
/// shipped file is a build defect that the locale tests report with the file name; here it must
/// not take the app down, so the faulty entry is skipped.
fn load(lang: Lang) -> Catalog {
    let langid = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    let mut variables = BTreeMap::new();
    for (_, _, source) in FTL_FILES.iter().filter(|(folder, _, _)| *folder == lang.tag()) {
        let resource = match FluentResource::try_new((*source).to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    collect_variables(pattern, &mut vars);
                }
                for attribute in &message.attributes {
                    collect_variables(&attribute.value, &mut vars);
                }
                variables.insert(message.id.name.to_string(), vars);
            }
        }
        let _ = bundle.add_resource(resource);
    }
    Catalog { bundle, variables }
}

fn collect_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, out);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Inline(inline) => collect_inline(inline, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for variant in variants {
                collect_variables(&variant.value, out);
            }
        }
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, out),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                collect_inline(arg, out);
            }
        }
        _ => {}
    }
}

/// Formats message `id` in `lang` with `args`. Fails if the message is missing or any placeable
/// lacks its argument.
pub fn format(lang: Lang, id: &str, args: &Args) -> Result<String, TextError> {
    let catalog = catalog(lang);
    let missing = || TextError::MissingMessage { lang, id: id.to_string() };
    let message = catalog.bundle.get_message(id).ok_or_else(missing)?;
    let pattern = message.value().ok_or_else(missing)?;
    let fluent_args = args.to_fluent();
    let mut errors = Vec::new();
    let text = catalog.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        let detail = errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ");
        Err(TextError::Format { lang, id: id.to_string(), detail })
    }
}

/// Formats a message that takes no arguments.
pub fn text(lang: Lang, id: &str) -> Result<String, TextError> {
    format(lang, id, &Args::new())
}

/// Formats `id`, or — should a defect let a message go missing at run time — the id itself, so a
/// person sees something they can report rather than a crash. Tests use [`format`], which fails.
pub fn format_or_id(lang: Lang, id: &str, args: &Args) -> String {
    format(lang, id, args).unwrap_or_else(|_| id.to_string())
}

/// Every message id of a locale.
pub fn message_ids(lang: Lang) -> impl Iterator<Item = &'static str> {
    catalog(lang).variables.keys().map(String::as_str)
}

/// The variables message `id` references in `lang` (empty if it takes none or does not exist).
pub fn message_variables(lang: Lang, id: &str) -> BTreeSet<String> {
    catalog(lang).variables.get(id).cloned().unwrap_or_default()
}

/// Every message of `lang` whose id starts with `prefix` and that takes no arguments, formatted:
/// the static text a screen needs, fetched in one call.
pub fn texts_with_prefix(lang: Lang, prefix: &str) -> BTreeMap<String, String> {
    let catalog = catalog(lang);
    catalog
        .variables
        .iter()
        .filter(|(id, vars)| id.starts_with(prefix) && vars.is_empty())
        .filter_map(|(id, _)| text(lang, id).ok().map(|t| (id.clone(), t)))
        .collect()
}

/// The raw embedded files, for the locale tests that check syntax and duplicates per file.
pub fn embedded_files() -> impl Iterator<Item = (&'static str, &'static str, &'static str)> {
    FTL_FILES.iter().copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_tags_from_systems_and_people() {
        for (input, lang) in [
            ("zh-CN", Lang::ZhCn),
            ("zh_CN.UTF-8", Lang::ZhCn),
            ("zh", Lang::ZhCn),
            ("zh-Hans", Lang::ZhCn),
            ("zh-TW", Lang::ZhTw),
            ("zh_HK.UTF-8", Lang::ZhTw),
            ("zh-Hant", Lang::ZhTw),
            ("en", Lang::EnUs),
            ("en_GB.UTF-8", Lang::EnUs),
        ] {
            assert_eq!(input.parse::<Lang>(), Ok(lang), "{input} should select {lang}");
        }
        assert!("fr-FR".parse::<Lang>().is_err(), "French has no text and must be refused");
        assert!("".parse::<Lang>().is_err());
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod big_number_tests {
    use super::*;

    #[test]
    fn a_huge_revision_prints_with_all_its_digits() {
        let text = format_or_id(Lang::EnUs, "case-err-conflict", &Args::new().int("expected", i64::MAX).int("found", 3));
        assert!(text.contains("9223372036854775807"), "{text}");
        assert!(!text.contains("9223372036854776000"), "{text}");
    }
}
