//! Updates against a feed served by a tiny HTTP server on 127.0.0.1 inside the test: good, not
//! modified, stale, truncated, tampered and badly signed feeds. After every failure the installed
//! data must be byte for byte what it was.
//!
//! Index: `good_*` install and conditional requests; `refuses_*` each way a feed can be bad;
//! issue 14's findings 2 and 3 (concurrent updates, a damaged install, paths read from disk);
//! the publisher's round trip (keygen → publish → serve → update).

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Read, Write},
    net::{TcpListener, TcpStream},
    path::Path,
    sync::{Arc, Mutex},
    thread,
};

use ed25519_dalek::{Signer, SigningKey};
use sha2::{Digest, Sha256};
use yidi_domain::Lang;
use yidi_update::{installed, update, Outcome, UpdateError};

#[derive(Clone, Default)]
struct Route {
    body: Vec<u8>,
    etag: Option<String>,
    /// Claim this Content-Length but send `body` and close: a connection dropped mid-download.
    claimed_length: Option<usize>,
    status: Option<u16>,
}

type RequestLog = Arc<Mutex<Vec<(String, Option<String>)>>>;

#[derive(Clone, Default)]
struct Server {
    routes: Arc<Mutex<HashMap<String, Route>>>,
    /// (path, If-None-Match) of every request, in order.
    log: RequestLog,
    port: u16,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let server = Server { port: listener.local_addr().expect("local addr").port(), ..Server::default() };
        let shared = server.clone();
        thread::spawn(move || {
            // Ends with the test process; every request is bounded by the client's timeouts.
            for stream in listener.incoming().flatten() {
                let shared = shared.clone();
                thread::spawn(move || shared.serve(stream));
            }
        });
        server
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    fn set(&self, path: &str, route: Route) {
        self.routes.lock().expect("routes").insert(path.to_string(), route);
    }

    fn serve(&self, mut stream: TcpStream) {
        let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
        let mut line = String::new();
        if reader.read_line(&mut line).is_err() {
            return;
        }
        let path = line.split_whitespace().nth(1).unwrap_or("/").to_string();
        let mut if_none_match = None;
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 || header == "\r\n" {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("if-none-match") {
                    if_none_match = Some(value.trim().to_string());
                }
            }
        }
        self.log.lock().expect("log").push((path.clone(), if_none_match.clone()));
        let route = self.routes.lock().expect("routes").get(&path).cloned();
        let response = match route {
            None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".to_vec(),
            Some(r) if r.etag.is_some() && r.etag == if_none_match => {
                format!("HTTP/1.1 304 Not Modified\r\nETag: {}\r\nConnection: close\r\n\r\n", r.etag.unwrap_or_default())
                    .into_bytes()
            }
            Some(r) => {
                let status = r.status.unwrap_or(200);
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    r.claimed_length.unwrap_or(r.body.len())
                );
                if let Some(etag) = &r.etag {
                    head.push_str(&format!("ETag: {etag}\r\n"));
                }
                head.push_str("\r\n");
                let mut bytes = head.into_bytes();
                bytes.extend(&r.body);
                bytes
            }
        };
        let _ = stream.write_all(&response);
        let _ = stream.flush();
        let _ = stream.shutdown(std::net::Shutdown::Both);
        let _ = reader.read(&mut [0u8; 1]);
    }
}

fn key() -> SigningKey {
    SigningKey::from_bytes(&[7u8; 32])
}

fn sha(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// Publishes version `v` with one file whose content is `content`, signed by `signer`.
fn publish(server: &Server, v: u64, content: &[u8], signer: &SigningKey) -> Vec<u8> {
    let manifest = format!(
        r#"{{"format": 2, "version": {v}, "published": "2025-04-0{d}", "files": [{{"path": "hospitals/directory.csv", "sha256": "{}", "size": {}}}]}}"#,
        sha(content),
        content.len(),
        d = v % 9 + 1
    );
    let signature = hex::encode(signer.sign(manifest.as_bytes()).to_bytes());
    server.set("/feed/manifest.json", Route { body: manifest.clone().into_bytes(), etag: Some(format!("\"m{v}\"")), ..Route::default() });
    server.set("/feed/manifest.json.sig", Route { body: signature.into_bytes(), ..Route::default() });
    server.set(&format!("/feed/{v}/hospitals/directory.csv"), Route { body: content.to_vec(), ..Route::default() });
    manifest.into_bytes()
}

fn accept_all(_: &str, _: &[u8]) -> Result<(), String> {
    Ok(())
}

fn installed_content(dir: &Path) -> (u64, Vec<u8>) {
    let current = installed(dir).expect("readable").expect("something installed");
    let path = current.path(dir, "hospitals/directory.csv").expect("the file is listed");
    (current.version, std::fs::read(path).expect("installed file"))
}

/// Installs version 1 and returns the server and data directory.
fn with_v1() -> (Server, tempfile::TempDir, String) {
    let server = Server::start();
    let dir = tempfile::tempdir().expect("temp dir");
    publish(&server, 1, b"code,name\nH1,v1\n", &key());
    let feed = server.url("/feed/manifest.json");
    let outcome = update(dir.path(), &feed, &key().verifying_key(), &accept_all).expect("v1 installs");
    assert!(matches!(outcome, Outcome::Updated { from: None, to: 1, .. }), "{outcome:?}");
    (server, dir, feed)
}

#[test]
fn good_feed_installs_then_conditional_request_says_not_modified() {
    let (server, dir, feed) = with_v1();
    assert_eq!(installed_content(dir.path()), (1, b"code,name\nH1,v1\n".to_vec()));
    let outcome = update(dir.path(), &feed, &key().verifying_key(), &accept_all).expect("second run");
    assert_eq!(outcome, Outcome::UpToDate { version: 1 });
    let log = server.log.lock().expect("log").clone();
    let last = log.last().expect("a request was made");
    assert_eq!(last, &("/feed/manifest.json".to_string(), Some("\"m1\"".to_string())), "the ETag is sent back and 304 ends it");
}

#[test]
fn good_newer_version_replaces_and_removes_the_old_release() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"code,name\nH1,v2\nH2,v2\n", &key());
    let outcome = update(dir.path(), &feed, &key().verifying_key(), &accept_all).expect("v2 installs");
    assert!(matches!(outcome, Outcome::Updated { from: Some(1), to: 2, .. }), "{outcome:?}");
    assert_eq!(installed_content(dir.path()), (2, b"code,name\nH1,v2\nH2,v2\n".to_vec()));
    assert!(!dir.path().join("feed/releases/1").exists(), "the old release is removed once nothing points to it");
    assert!(!dir.path().join("feed/staging").exists(), "no staging left behind");
}

fn assert_untouched(dir: &Path, result: Result<Outcome, UpdateError>, want: &str) {
    let error = result.expect_err("the update must fail");
    assert_eq!(error.code(), want, "{error}");
    assert_eq!(installed_content(dir), (1, b"code,name\nH1,v1\n".to_vec()), "v1 must be untouched after {want}");
    assert!(!dir.join("feed/staging").exists(), "no staging left behind after {want}");
    let message = error.message(Lang::ZhCn);
    assert!(message.contains("当前数据未改动"), "the message says the data was kept: {message}");
}

#[test]
fn refuses_a_stale_version() {
    let (server, dir, feed) = with_v1();
    // A rollback: version 0, properly signed.
    publish(&server, 0, b"code,name\nH0,old\n", &key());
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_stale");
}

#[test]
fn refuses_a_truncated_file() {
    let (server, dir, feed) = with_v1();
    let full = b"code,name\nH1,v2\nH2,v2\n";
    publish(&server, 2, full, &key());
    server.set("/feed/2/hospitals/directory.csv", Route { body: full[..10].to_vec(), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_truncated");
}

#[test]
fn refuses_a_download_cut_off_mid_body() {
    let (server, dir, feed) = with_v1();
    let full = b"code,name\nH1,v2\nH2,v2\n";
    publish(&server, 2, full, &key());
    // The server promises every byte, sends ten and hangs up.
    server.set("/feed/2/hospitals/directory.csv", Route { body: full[..10].to_vec(), claimed_length: Some(full.len()), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_network");
}

#[test]
fn refuses_a_tampered_file() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"code,name\nH1,v2\n", &key());
    // Same length, one byte changed.
    server.set("/feed/2/hospitals/directory.csv", Route { body: b"code,name\nH1,v3\n".to_vec(), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_tampered");
}

#[test]
fn refuses_a_tampered_manifest() {
    let (server, dir, feed) = with_v1();
    let manifest = publish(&server, 2, b"code,name\nH1,v2\n", &key());
    let forged = String::from_utf8(manifest).expect("utf-8").replace("\"version\": 2", "\"version\": 9");
    server.set("/feed/manifest.json", Route { body: forged.into_bytes(), etag: Some("\"forged\"".into()), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_bad_signature");
}

#[test]
fn refuses_a_manifest_signed_by_another_key() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"code,name\nH1,v2\n", &SigningKey::from_bytes(&[8u8; 32]));
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_bad_signature");
}

#[test]
fn refuses_content_the_caller_rejects() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"not,a,directory\n", &key());
    let strict = |_: &str, bytes: &[u8]| if bytes.starts_with(b"code,name") { Ok(()) } else { Err("no header".to_string()) };
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &strict), "update_invalid");
}

#[test]
fn refuses_a_missing_file_and_plain_http_off_loopback() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"code,name\nH1,v2\n", &key());
    server.set("/feed/2/hospitals/directory.csv", Route { status: Some(404), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_http_status");
    // Refused before any connection is attempted.
    let e = update(dir.path(), "http://example.invalid/feed.json", &key().verifying_key(), &accept_all).expect_err("http");
    assert_eq!(e.code(), "update_bad_feed_url");
}

/// Issue 14, finding 2: two updates at once share nothing unlocked. Each either installs or
/// finds the other's work; afterwards the installed release matches its signed manifest, and a
/// later run says "up to date" only over verified files.
#[test]
fn concurrent_updates_never_corrupt_the_install() {
    let server = Server::start();
    // A file big enough that the downloads overlap.
    let big: Vec<u8> = b"code,name\n".iter().copied().chain((0..200_000).flat_map(|i| format!("H{i},n{i}\n").into_bytes())).collect();
    publish(&server, 1, &big, &key());
    let feed = server.url("/feed/manifest.json");
    for round in 0..5 {
        let dir = tempfile::tempdir().expect("temp dir");
        let handles: Vec<_> = (0..4)
            .map(|_| {
                let (d, f) = (dir.path().to_path_buf(), feed.clone());
                thread::spawn(move || update(&d, &f, &key().verifying_key(), &accept_all))
            })
            .collect();
        let outcomes: Vec<_> = handles.into_iter().map(|h| h.join().expect("no panic")).collect();
        let installed_runs = outcomes.iter().filter(|o| matches!(o, Ok(Outcome::Updated { .. }))).count();
        assert!(outcomes.iter().all(|o| o.is_ok()), "round {round}: every run succeeds: {outcomes:?}");
        assert_eq!(installed_runs, 1, "round {round}: exactly one run installs, the others find it installed: {outcomes:?}");
        let verified = yidi_update::verify_installed(dir.path(), Some(&key().verifying_key())).expect("the install verifies");
        assert_eq!(verified.map(|v| v.version), Some(1));
        assert_eq!(installed_content(dir.path()).1, big, "round {round}: the installed file is whole");
    }
}

/// Issue 14, finding 2: a damaged installed file is not trusted: the next update reinstalls the
/// same version instead of saying "up to date" over it.
#[test]
fn a_damaged_install_is_reinstalled_not_called_up_to_date() {
    let (_server, dir, feed) = with_v1();
    let path = dir.path().join("feed/releases/1/hospitals/directory.csv");
    std::fs::write(&path, b"code,na").expect("truncate it");
    assert_eq!(yidi_update::verify_installed(dir.path(), None).expect_err("damaged").code(), "update_tampered");
    let outcome = update(dir.path(), &feed, &key().verifying_key(), &accept_all).expect("repaired");
    assert!(matches!(outcome, Outcome::Updated { from: None, to: 1, .. }), "{outcome:?}");
    assert_eq!(installed_content(dir.path()), (1, b"code,name\nH1,v1\n".to_vec()));
}

/// Issue 14, finding 3: `feed/current.json` is not trusted. A folder of `../../victim` is refused
/// when read, and the next good update removes only releases it finds under `feed/releases/`.
#[test]
fn current_json_with_parent_dir_is_refused() {
    let (server, dir, feed) = with_v1();
    let victim = tempfile::tempdir().expect("victim");
    std::fs::write(victim.path().join("precious.txt"), b"keep me").expect("victim file");
    let current_path = dir.path().join("feed/current.json");
    let mut current: serde_json::Value = serde_json::from_slice(&std::fs::read(&current_path).expect("current")).expect("json");
    let up = std::iter::repeat_n("..", dir.path().components().count() + 2).collect::<Vec<_>>().join("/");
    current["folder"] = serde_json::json!(format!("{up}{}", victim.path().display()));
    std::fs::write(&current_path, serde_json::to_vec(&current).expect("json")).expect("write");
    assert_eq!(installed(dir.path()).expect_err("refused").code(), "update_io", "a folder outside releases/ is refused");
    let mut bad_path = current.clone();
    bad_path["folder"] = serde_json::json!("releases/1");
    bad_path["files"][0]["path"] = serde_json::json!("../../../etc/passwd");
    std::fs::write(&current_path, serde_json::to_vec(&bad_path).expect("json")).expect("write");
    assert!(installed(dir.path()).is_err(), "a file path outside the datasets is refused");
    std::fs::write(&current_path, serde_json::to_vec(&current).expect("json")).expect("write");

    publish(&server, 2, b"code,name\nH1,v2\n", &key());
    let outcome = update(dir.path(), &feed, &key().verifying_key(), &accept_all).expect("v2 installs");
    assert!(matches!(outcome, Outcome::Updated { to: 2, .. }), "{outcome:?}");
    assert_eq!(std::fs::read(victim.path().join("precious.txt")).expect("still there"), b"keep me", "nothing outside the data folder was deleted");
    assert!(!dir.path().join("feed/releases/1").exists(), "the old release, found by listing, is removed");
}

#[test]
fn dataset_paths_are_the_known_datasets_only() {
    for ok in ["hospitals/directory.csv", "hospitals/index.yidx", "policy/beijing-employee.json", "policy/destinations.json", "interview/rules/110000-beijing.json", "consent/texts/beijing-informed-consent.json"] {
        assert!(yidi_update::is_dataset_path(ok), "{ok}");
    }
    for bad in ["../x.json", "policy/../x.json", "policy/.hidden.json", "/etc/passwd", "policy\\x.json", "policy/x.exe", "bin/sh", "policy/sub/x.json", "hospitals/other.csv", ""] {
        assert!(!yidi_update::is_dataset_path(bad), "{bad}");
    }
}

/// Serves every file under `out` at `/feed/<relative path>`.
fn serve_folder(server: &Server, out: &Path) {
    fn walk(server: &Server, root: &Path, dir: &Path) {
        for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(server, root, &path);
            } else {
                let rel = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
                server.set(&format!("/feed/{rel}"), Route { body: std::fs::read(&path).expect("file"), ..Route::default() });
            }
        }
    }
    walk(server, out, out);
}

/// keygen → publish from a data folder → serve the folder as static files → update: every file
/// arrives under its dataset path; a tampered file in a new version or a stale republication
/// changes nothing.
#[test]
fn published_feed_round_trips_and_tampering_changes_nothing() {
    use yidi_update::publish::{keygen, load_key, publish as publish_folder};
    let work = tempfile::tempdir().expect("work");
    let key_path = work.path().join("keys/feed.key");
    let public = keygen(&key_path).expect("keygen");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_path).expect("key").permissions().mode() & 0o777, 0o600, "private key 0600");
    }
    assert_eq!(keygen(&key_path).expect_err("never overwritten").code(), "publish_key_exists");
    let signer = load_key(&key_path).expect("load");
    let trusted = yidi_update::parse_key(&public).expect("public key");

    let data = work.path().join("data");
    std::fs::create_dir_all(data.join("policy")).expect("dirs");
    std::fs::create_dir_all(data.join("interview/rules")).expect("dirs");
    std::fs::write(data.join("policy/a.json"), b"{\"v\": 1}").expect("write");
    std::fs::write(data.join("interview/rules/national.json"), b"{}").expect("write");
    std::fs::write(data.join("policy/SOURCE.md"), b"not a dataset").expect("write");
    let out = work.path().join("feed");
    let day = |d: u32| yidi_domain::NaiveDate::from_ymd_opt(2026, 12, d).expect("date");
    let report = publish_folder(&data, &out, 1, day(1), &signer).expect("publish v1");
    assert_eq!(report.files, ["interview/rules/national.json", "policy/a.json"], "datasets only, sorted");
    assert!(out.join("1/policy/a.json").exists() && out.join("manifest.json.sig").exists());

    let server = Server::start();
    serve_folder(&server, &out);
    let dir = tempfile::tempdir().expect("data dir");
    let feed = server.url("/feed/manifest.json");
    let outcome = update(dir.path(), &feed, &trusted, &accept_all).expect("v1 installs");
    assert!(matches!(outcome, Outcome::Updated { to: 1, .. }), "{outcome:?}");
    let current = installed(dir.path()).expect("ok").expect("installed");
    assert_eq!(std::fs::read(current.path(dir.path(), "policy/a.json").expect("listed")).expect("file"), b"{\"v\": 1}");

    // A corrected value in version 2, but one byte changed on the server after signing.
    std::fs::write(data.join("policy/a.json"), b"{\"v\": 2}").expect("write");
    publish_folder(&data, &out, 2, day(2), &signer).expect("publish v2");
    assert_eq!(publish_folder(&data, &out, 2, day(2), &signer).expect_err("again").code(), "publish_not_newer");
    serve_folder(&server, &out);
    server.set("/feed/2/policy/a.json", Route { body: b"{\"v\": 9}".to_vec(), ..Route::default() });
    let e = update(dir.path(), &feed, &trusted, &accept_all).expect_err("tampered");
    assert_eq!(e.code(), "update_tampered");
    assert_eq!(installed(dir.path()).expect("ok").expect("still v1").version, 1, "nothing changed");
    // Served honestly, it installs.
    serve_folder(&server, &out);
    let outcome = update(dir.path(), &feed, &trusted, &accept_all).expect("v2 installs");
    assert!(matches!(outcome, Outcome::Updated { from: Some(1), to: 2, .. }), "{outcome:?}");
}
