//! What can go wrong with stored people and cases, with a localized message for each (`case-err-*`
//! in `locales/*/store.ftl`) and a stable code for programs.

use std::path::{Path, PathBuf};

use yidi_domain::{
    i18n::{self, Args},
    FieldError, Lang,
};

/// An error of the store. Input errors are [`StoreError::Field`]; the rest concern the database,
/// the key or a file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum StoreError {
    /// A bad value in a named field.
    #[error(transparent)]
    Field(#[from] FieldError),
    /// The passphrase does not unlock the data key (or the export file).
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The export file is encrypted and no passphrase for it was given (the sender's, not the
    /// store's).
    #[error("the export file is encrypted: its passphrase is needed")]
    ExportNeedsPassphrase,
    /// The passphrase given does not open the export file.
    #[error("wrong passphrase for the export file")]
    ExportWrongPassphrase,
    /// No OS keyring holds the key and no passphrase was given.
    #[error("a passphrase is needed to unlock the store")]
    NeedPassphrase,
    /// The folder or the file cannot be written: a read-only disk, folder or file.
    #[error("cannot write to {}", path.display())]
    ReadOnly { path: PathBuf },
    /// The disk (or the database's size limit) is full.
    #[error("disk full while writing {}", path.display())]
    DiskFull { path: PathBuf },
    /// Any other I/O failure, with the system's own words.
    #[error("input/output error on {}: {detail}", path.display())]
    Io { path: PathBuf, detail: String },
    /// The file is not a Yidi store, or it is damaged.
    #[error("{} is not a readable Yidi store: {detail}", path.display())]
    Corrupt { path: PathBuf, detail: String },
    /// Written by a newer Yidi: opening it could damage data the newer version relies on.
    #[error("store schema {found} is newer than this program supports ({supported})")]
    TooNew { found: i64, supported: i64 },
    /// No person with this id.
    #[error("no person {0}")]
    PersonNotFound(String),
    /// No case with this id.
    #[error("no case {0}")]
    CaseNotFound(String),
    /// The case changed since it was loaded (another window, another import).
    #[error("case changed meanwhile: expected revision {expected}, found {found}")]
    Conflict { expected: i64, found: i64 },
    /// The pre-fill text does not fit in one QR code.
    #[error("{bytes} bytes do not fit in a QR code (at most {max})")]
    QrTooLarge { bytes: usize, max: usize },
    /// The file is not a Yidi export or pre-fill of a version we read.
    #[error("not a Yidi case file: {detail}")]
    NotAnExport { detail: String },
    /// No store at the path given: a command that is not creating one does not make one (a
    /// mistyped `--db` must not look like an empty store).
    #[error("no Yidi store at {}", path.display())]
    NoStore { path: PathBuf },
    /// A database failure that none of the above describes.
    #[error("database error: {detail}")]
    Database { detail: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// A stable code for programs; the UI branches on this.
    pub fn code(&self) -> &'static str {
        match self {
            StoreError::Field(e) => e.code(),
            StoreError::WrongPassphrase => "wrong_passphrase",
            StoreError::NeedPassphrase | StoreError::ExportNeedsPassphrase => "need_passphrase",
            StoreError::ExportWrongPassphrase => "wrong_passphrase",
            StoreError::ReadOnly { .. } => "read_only",
            StoreError::DiskFull { .. } => "disk_full",
            StoreError::Io { .. } => "io",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::TooNew { .. } => "store_too_new",
            StoreError::PersonNotFound(_) => "person_not_found",
            StoreError::CaseNotFound(_) => "case_not_found",
            StoreError::Conflict { .. } => "conflict",
            StoreError::QrTooLarge { .. } => "qr_too_large",
            StoreError::NotAnExport { .. } => "not_an_export",
            StoreError::NoStore { .. } => "store_not_found",
            StoreError::Database { .. } => "database",
        }
    }

    /// The input field at fault, where there is one.
    pub fn field(&self) -> Option<&str> {
        match self {
            StoreError::Field(e) => Some(&e.field),
            StoreError::WrongPassphrase | StoreError::NeedPassphrase => Some("passphrase"),
            StoreError::ExportNeedsPassphrase | StoreError::ExportWrongPassphrase => Some("import.passphrase"),
            _ => None,
        }
    }

    /// The message id and its arguments.
    pub fn message_parts(&self, lang: Lang) -> (&'static str, Args) {
        let path = |p: &Path| p.display().to_string();
        match self {
            StoreError::Field(e) => e.message_parts(lang),
            StoreError::WrongPassphrase => ("case-err-wrong-passphrase", Args::new()),
            StoreError::NeedPassphrase => ("case-err-need-passphrase", Args::new()),
            StoreError::ExportNeedsPassphrase => ("case-err-export-need-passphrase", Args::new()),
            StoreError::ExportWrongPassphrase => ("case-err-export-wrong-passphrase", Args::new()),
            StoreError::ReadOnly { path: p } => ("case-err-read-only", Args::new().text("path", path(p))),
            StoreError::DiskFull { path: p } => ("case-err-disk-full", Args::new().text("path", path(p))),
            StoreError::Io { path: p, detail } => {
                ("case-err-io", Args::new().text("path", path(p)).text("detail", detail.clone()))
            }
            StoreError::Corrupt { path: p, detail } => {
                ("case-err-corrupt", Args::new().text("path", path(p)).text("detail", detail.clone()))
            }
            StoreError::TooNew { found, supported } => {
                ("case-err-too-new", Args::new().int("found", *found).int("supported", *supported))
            }
            StoreError::PersonNotFound(id) => ("case-err-person-not-found", Args::new().text("id", id.clone())),
            StoreError::CaseNotFound(id) => ("case-err-case-not-found", Args::new().text("id", id.clone())),
            StoreError::Conflict { expected, found } => {
                ("case-err-conflict", Args::new().int("expected", *expected).int("found", *found))
            }
            StoreError::QrTooLarge { bytes, max } => (
                "case-err-qr-too-large",
                Args::new().int("bytes", i64::try_from(*bytes).unwrap_or(i64::MAX)).int("max", i64::try_from(*max).unwrap_or(i64::MAX)),
            ),
            StoreError::NotAnExport { detail } => ("case-err-not-an-export", Args::new().text("detail", detail.clone())),
            StoreError::NoStore { path: p } => ("case-err-no-store", Args::new().text("path", path(p))),
            StoreError::Database { detail } => ("case-err-database", Args::new().text("detail", detail.clone())),
        }
    }

    /// The message for people, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args) = self.message_parts(lang);
        i18n::format_or_id(lang, id, &args)
    }

    /// Classifies a SQLite failure met while working on the database at `path`: a read-only
    /// medium, a full disk and a damaged file each get their own message.
    pub(crate) fn from_sqlite(path: &Path, error: rusqlite::Error) -> StoreError {
        use rusqlite::ffi::ErrorCode;
        let detail = error.to_string();
        match error.sqlite_error_code() {
            Some(ErrorCode::ReadOnly) | Some(ErrorCode::PermissionDenied) | Some(ErrorCode::CannotOpen) => {
                StoreError::ReadOnly { path: path.to_path_buf() }
            }
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path: path.to_path_buf() },
            Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => {
                StoreError::Corrupt { path: path.to_path_buf(), detail }
            }
            Some(ErrorCode::SystemIoFailure) => {
                // SQLITE_IOERR with ENOSPC underneath comes out as an I/O error on some systems.
                if detail.contains("No space left") || detail.contains("disk is full") {
                    StoreError::DiskFull { path: path.to_path_buf() }
                } else {
                    StoreError::Io { path: path.to_path_buf(), detail }
                }
            }
            _ => StoreError::Database { detail },
        }
    }

    /// Classifies an I/O failure on a file of ours.
    pub(crate) fn from_io(path: &Path, error: &std::io::Error) -> StoreError {
        use std::io::ErrorKind;
        match error.kind() {
            ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => {
                StoreError::ReadOnly { path: path.to_path_buf() }
            }
            ErrorKind::StorageFull => StoreError::DiskFull { path: path.to_path_buf() },
            _ => StoreError::Io { path: path.to_path_buf(), detail: error.to_string() },
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use yidi_domain::{i18n, Labelled, WireNames};

    /// Every error of the store formats strictly (no missing message, no missing argument) in
    /// every language, and the field-error messages do too.
    #[test]
    fn every_error_has_its_text_in_every_language() {
        let p = PathBuf::from("/data/yidi.db");
        let errors = [
            StoreError::WrongPassphrase,
            StoreError::NeedPassphrase,
            StoreError::ReadOnly { path: p.clone() },
            StoreError::DiskFull { path: p.clone() },
            StoreError::Io { path: p.clone(), detail: "x".into() },
            StoreError::Corrupt { path: p.clone(), detail: "x".into() },
            StoreError::TooNew { found: 3, supported: 2 },
            StoreError::PersonNotFound("a".into()),
            StoreError::CaseNotFound("a".into()),
            StoreError::Conflict { expected: 1, found: 2 },
            StoreError::QrTooLarge { bytes: 3000, max: 2331 },
            StoreError::NotAnExport { detail: "x".into() },
            StoreError::Database { detail: "x".into() },
            FieldError::custom("person.identity.id_number", "case-err-id-checksum", vec![("value", "1".into()), ("expected", "7".into())]).into(),
            FieldError::custom("person.identity.id_number", "case-err-not-an-id-number", vec![("value", "1".into())]).into(),
            FieldError::custom("person.identity.id_number", "case-err-id-birth-date", vec![("value", "1".into())]).into(),
            FieldError::custom("person.identity.phone", "case-err-not-a-phone", vec![("value", "1".into())]).into(),
            FieldError::custom("person.label", "case-err-too-long", vec![("max", "30".into())]).into(),
            FieldError::custom("case.validity_end", "case-err-end-before-start", vec![("start", "a".into()), ("end", "b".into())]).into(),
            FieldError::custom("file_name", "case-err-bad-name", vec![("value", "x".into())]).into(),
            FieldError::custom("person.relation", "case-err-one-self", vec![]).into(),
        ];
        for lang in Lang::ALL {
            for e in &errors {
                let (id, args) = e.message_parts(lang);
                let text = i18n::format(lang, id, &args).unwrap_or_else(|err| panic!("{lang} {id}: {err}"));
                assert!(!text.contains('{'), "{lang} {id} left a placeable: {text}");
            }
            for r in crate::model::Relation::ALL {
                i18n::text(lang, r.label_id()).unwrap();
            }
        }
        let msg = errors[13].message(Lang::ZhCn);
        assert!(msg.starts_with("「身份证号码」"), "the field is named by its label: {msg}");
    }

    /// zh-TW and en-US carry exactly the ids and placeables of zh-CN for this feature.
    #[test]
    fn the_three_locales_match_for_this_feature() {
        let ids = |lang| -> Vec<String> {
            let mut ids: Vec<String> = i18n::message_ids(lang).filter(|id| id.starts_with("case-") || id.starts_with("ui-case-")).map(String::from).collect();
            ids.sort();
            ids
        };
        let reference = ids(Lang::ZhCn);
        assert!(reference.len() > 40);
        for lang in [Lang::ZhTw, Lang::EnUs] {
            assert_eq!(ids(lang), reference, "{lang} must have the same case-* ids");
            for id in &reference {
                assert_eq!(i18n::message_variables(lang, id), i18n::message_variables(Lang::ZhCn, id), "{lang} {id}");
            }
        }
    }
}
