//! Desk mode: the previous client leaves no trace. Index:
//! - after "next client", no name, ID or phone number of theirs is in any file under the app's
//!   data and temp directories, in UTF-8 or UTF-16 (checked to be found before the wipe);
//! - nothing of a client is written under the data directory at all;
//! - what the client keeps is exported to their own medium, encrypted, and imports elsewhere;
//! - the inactivity timeout wipes the same way; leftovers of a crashed session are swept.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::{fs, path::Path};

use chrono::{Duration, NaiveDateTime};
use common::*;
use yidi_store::{
    desk::{self, DeskSession},
    handoff::{self, Protection},
    ImportAction, KdfParams,
};

const CLIENT: &str = "欧阳秀兰";
const CLIENT_ID: &str = "110101199003074477";
const CLIENT_PHONE: &str = "13912345678";

fn t(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

/// A client's visit: person, case, a generated "PDF" packet with their name and ID (UTF-16BE as
/// PDF text strings are, and UTF-8), a preview in a sub-folder.
fn serve_client(session: &mut DeskSession, now: NaiveDateTime) -> String {
    let store = session.store(now);
    let person = store.add_person(&person("other", CLIENT, identity(CLIENT, CLIENT_ID, CLIENT_PHONE)), AT).unwrap();
    let case_uid = store.save_case(None, &person.uid, None, &case(mother_case(CLIENT)), AT).unwrap().uid;
    let pdf = session.temp_file("packet.pdf", now).unwrap();
    let mut bytes = b"%PDF-1.7\n(".to_vec();
    bytes.extend(CLIENT.encode_utf16().flat_map(|u| u.to_be_bytes()));
    bytes.extend(format!(") {CLIENT_ID} {CLIENT}\n%%EOF").as_bytes());
    fs::write(&pdf, bytes).unwrap();
    let previews = session.temp_file("previews", now).unwrap();
    fs::create_dir_all(&previews).unwrap();
    fs::write(previews.join("page1.txt"), format!("{CLIENT} {CLIENT_PHONE}")).unwrap();
    case_uid
}

fn listing(root: &Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    files_under(root).into_iter().map(|p| (p.clone(), fs::read(&p).unwrap())).collect()
}

#[test]
fn after_next_client_no_trace_of_them_remains_under_data_or_temp() {
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("app-data");
    let temp_root = root.path().join("tmp");
    // The centre's own store, as the app keeps it in its data directory.
    let mut own = create(&data_dir.join("yidi.db"));
    own.add_person(&person("self", "工作人员", identity("窗口甲", "11010519491231002X", "01012345678")), AT).unwrap();
    drop(own);
    let data_before = listing(&data_dir);

    let now = t("2026-03-02 09:00");
    desk::sweep_leftovers(&temp_root).unwrap();
    let mut session = DeskSession::start(&temp_root, now, Duration::minutes(10)).unwrap();
    let case_uid = serve_client(&mut session, now);

    let needles = [CLIENT, CLIENT_ID, CLIENT_PHONE];
    let found = find_bytes(&[&temp_root], &needles);
    assert!(found.len() >= 3, "the scanner must see the client in the packet before the wipe: {found:?}");
    assert_eq!(listing(&data_dir), data_before, "desk mode writes nothing under the app's data directory");

    // The client asks to keep their case: exported, encrypted, to their USB stick.
    let usb = root.path().join("usb-stick");
    fs::create_dir(&usb).unwrap();
    let kept = session.peek().export_case(&case_uid, Protection::Passphrase("0302", KdfParams::INSECURE_FOR_TESTS)).unwrap();
    handoff::write_file_atomically(&usb.join("my-case.yidicase"), &kept).unwrap();

    let report = session.next_client(t("2026-03-02 09:20")).unwrap();
    assert_eq!((report.people, report.cases, report.files), (1, 1, 2), "one person, one case, two temp files wiped");
    assert!(report.bytes > 0);
    let left = find_bytes(&[&data_dir, &temp_root], &needles);
    assert!(left.is_empty(), "after the wipe no name, ID or phone of the client may remain: {left:?}");
    assert!(files_under(&temp_root).is_empty(), "the session folder is empty");
    assert!(session.peek().people().unwrap().is_empty(), "the next client starts with an empty list");
    assert_eq!(session.peek().load_case(&case_uid).unwrap_err().code(), "case_not_found");
    assert_eq!(listing(&data_dir), data_before, "still nothing written under the data directory");

    // What they kept opens at home.
    let home = tempfile::tempdir().unwrap();
    let mut home_store = create(&home.path().join("yidi.db"));
    let outcome = home_store.import_case(&fs::read(usb.join("my-case.yidicase")).unwrap(), Some("0302"), AT).unwrap();
    assert_eq!(outcome.case, ImportAction::Created);
    assert_eq!(identity_of(&home_store, &outcome.person_uid).unwrap().id_number.as_deref(), Some(CLIENT_ID));
    assert!(find_bytes(&[&usb], &needles).is_empty(), "the kept file is encrypted");

    session.end(t("2026-03-02 17:00")).unwrap();
    assert!(files_under(&temp_root).is_empty() && fs::read_dir(&temp_root).unwrap().next().is_none());
}

#[test]
fn inactivity_wipes_the_client_and_activity_postpones_it() {
    let root = tempfile::tempdir().unwrap();
    let start = t("2026-03-02 10:00");
    let mut session = DeskSession::start(root.path(), start, Duration::minutes(10)).unwrap();
    serve_client(&mut session, start);
    assert_eq!(session.expire_if_idle(t("2026-03-02 10:09")).unwrap(), None, "9 idle minutes are under the 10-minute timeout");
    session.store(t("2026-03-02 10:09")); // the clerk types something
    assert_eq!(session.expire_if_idle(t("2026-03-02 10:18")).unwrap(), None, "the clock restarted at 10:09");
    let report = session.expire_if_idle(t("2026-03-02 10:19")).unwrap().expect("10 idle minutes since 10:09");
    assert_eq!((report.people, report.files), (1, 2));
    assert!(find_bytes(&[root.path()], &[CLIENT, CLIENT_ID, CLIENT_PHONE]).is_empty());
    assert_eq!(session.clients_served(), 1);
}

#[test]
fn a_crashed_sessions_folder_is_swept_at_start_and_others_are_left_alone() {
    let root = tempfile::tempdir().unwrap();
    let now = t("2026-03-02 11:00");
    let mut session = DeskSession::start(root.path(), now, Duration::minutes(10)).unwrap();
    serve_client(&mut session, now);
    let folder = session.temp_dir().to_path_buf();
    std::mem::forget(session); // as if the app had crashed: no wipe ran
    fs::write(root.path().join("someone-elses.txt"), CLIENT).unwrap();
    let shredded = desk::sweep_leftovers(root.path()).unwrap();
    assert_eq!(shredded, 2, "the packet and the preview");
    assert!(!folder.exists());
    assert!(root.path().join("someone-elses.txt").exists(), "only our session folders are touched");
}

#[test]
fn temp_file_names_cannot_leave_the_session_folder() {
    let root = tempfile::tempdir().unwrap();
    let now = t("2026-03-02 12:00");
    let mut session = DeskSession::start(root.path(), now, Duration::minutes(10)).unwrap();
    for bad in ["../escape.pdf", "a/b.pdf", "..", ""] {
        let e = session.temp_file(bad, now).unwrap_err();
        assert_eq!((e.field(), e.code()), (Some("file_name"), "case-err-bad-name"), "{bad:?} must be refused");
    }
}
