//! Corrections by feed (issue 13 point 6), end to end through the core API: keygen → publish a
//! data folder with one corrected value → serve the feed folder as plain static files on
//! 127.0.0.1 → update → the estimate uses the corrected value; then a tampered and a stale feed
//! change nothing.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::{
    io::{BufRead, BufReader, Write},
    net::TcpListener,
    path::{Path, PathBuf},
    thread,
};

use serde_json::{json, Value};
use yidi_core::{data, estimate, hospitals, Lang};

/// A static file server for `root` (GET only), like any web server or object store would be.
fn serve(root: PathBuf) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut line = String::new();
            let _ = reader.read_line(&mut line);
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                    break;
                }
            }
            let path = line.split_whitespace().nth(1).unwrap_or("/").trim_start_matches('/').to_string();
            let response = match std::fs::read(root.join(&path)) {
                Ok(body) if !path.contains("..") => {
                    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
                    r.extend(body);
                    r
                }
                _ => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            };
            let _ = stream.write_all(&response);
        }
    });
    format!("http://127.0.0.1:{port}/manifest.json")
}

fn case() -> Value {
    json!({
        "insuredRegion": "110105", "scheme": "employee", "workStatus": "in_service", "age": 50,
        "filing": "long_term_resident", "destination": "420106", "hospital": { "level": "level3" },
        "admissionDate": "2026-03-01", "dischargeDate": "2026-03-15",
        "bill": { "total": "50000", "notCovered": "2000", "classB": "5000" }
    })
}

fn patient_pays() -> String {
    estimate::estimate(&case(), None, Lang::ZhCn).unwrap().summary.patient.to_string()
}

fn repo_data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data")
}

/// Copies the datasets of the repository's data/ (policy packs only: enough, and quick).
fn data_folder(root: &Path, deductible: &str) -> PathBuf {
    let data = root.join("data");
    std::fs::create_dir_all(data.join("policy")).unwrap();
    for entry in std::fs::read_dir(repo_data().join("policy")).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".json") {
            let mut text = std::fs::read_to_string(entry.path()).unwrap();
            if name == "beijing-employee.json" {
                assert!(text.contains("\"amount\": \"1300\""), "the Beijing pack's deductible is 1300 (first stay)");
                text = text.replace("\"amount\": \"1300\"", &format!("\"amount\": \"{deductible}\""));
            }
            std::fs::write(data.join("policy").join(name), text).unwrap();
        }
    }
    data
}

#[test]
fn a_corrected_value_reaches_the_estimate_and_a_tampered_or_stale_feed_changes_nothing() {
    let work = tempfile::tempdir().unwrap();
    let data_dir = work.path().join("app-data");
    data::set_data_dir(Some(&data_dir));
    // Baseline, bundled pack: hand-worked in crates/yidi-estimate/tests/golden.rs.
    assert_eq!(patient_pays(), "9480.00");
    assert_eq!(data::status(Lang::ZhCn).source, "bundled");

    let key_file = work.path().join("feed.key");
    let public = data::keygen(&key_file, Lang::ZhCn).unwrap()["publicKey"].as_str().unwrap().to_string();
    let out = work.path().join("feed");
    // Version 2 corrects Beijing's first-stay deductible from 1300 to 1800.
    let corrected = data_folder(&work.path().join("v2"), "1800");
    data::publish(&corrected, &out, &key_file, 2, "2026-12-01", Lang::ZhCn).unwrap();
    let feed = serve(out.clone());

    let view = hospitals::update_data(&data_dir, &feed, Some(&public), Lang::ZhCn).unwrap();
    assert!(view.updated && view.version == 2, "{view:?}");
    // By hand: 500 more deductible is 500 the fund no longer pays at its first-segment ratio for a
    // level-3 hospital and a worker in service (0.85): the patient pays 500 × 0.85 = 425 more.
    assert_eq!(patient_pays(), "9905.00", "the estimate uses the corrected value");
    let status = data::status(Lang::ZhCn);
    assert_eq!((status.source, status.version), ("feed", Some(2)));
    assert!(status.message.contains("第 2 版") && status.message.contains("2026年12月1日"), "{}", status.message);

    // Version 3 (1900) published, then one byte of its pack altered on the server: refused.
    let v3 = data_folder(&work.path().join("v3"), "1900");
    data::publish(&v3, &out, &key_file, 3, "2026-12-02", Lang::ZhCn).unwrap();
    let served = out.join("3/policy/beijing-employee.json");
    let text = std::fs::read_to_string(&served).unwrap().replace("\"amount\": \"1900\"", "\"amount\": \"1000\"");
    std::fs::write(&served, text).unwrap();
    let e = hospitals::update_data(&data_dir, &feed, Some(&public), Lang::ZhCn).unwrap_err();
    assert_eq!(e.code, "update_tampered");
    assert!(e.message.contains("当前数据未改动"), "{}", e.message);
    assert_eq!(patient_pays(), "9905.00", "a tampered feed changes nothing");

    // A stale feed: an older signed manifest served again (a rollback) is refused.
    let stale = work.path().join("stale");
    data::publish(&corrected, &stale, &key_file, 1, "2026-11-01", Lang::ZhCn).unwrap();
    let stale_feed = serve(stale);
    let e = hospitals::update_data(&data_dir, &stale_feed, Some(&public), Lang::ZhCn).unwrap_err();
    assert_eq!(e.code, "update_stale");
    assert_eq!(patient_pays(), "9905.00", "a stale feed changes nothing");

    // A damaged installed file is not trusted: the bundled data answers until an update repairs it.
    let installed = data_dir.join("feed/releases/2/policy/beijing-employee.json");
    let text = std::fs::read_to_string(&installed).unwrap().replace("\"amount\": \"1800\"", "\"amount\": \"100\"");
    std::fs::write(&installed, text).unwrap();
    assert_eq!(patient_pays(), "9480.00", "a release that fails its hashes falls back to the bundled pack");
    data::set_data_dir(None);
}
