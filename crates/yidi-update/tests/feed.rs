//! Updates against a feed served by a tiny HTTP server on 127.0.0.1 inside the test: good, not
//! modified, stale, truncated, tampered and badly signed feeds. After every failure the installed
//! data must be byte for byte what it was.
//!
//! Index: `good_*` install and conditional requests; `refuses_*` each way a feed can be bad.

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
        r#"{{"format": 1, "version": {v}, "published": "2025-04-0{d}", "files": [{{"name": "hospitals.csv", "url": "hospitals-{v}.csv", "sha256": "{}", "size": {}}}]}}"#,
        sha(content),
        content.len(),
        d = v % 9 + 1
    );
    let signature = hex::encode(signer.sign(manifest.as_bytes()).to_bytes());
    server.set("/feed/manifest.json", Route { body: manifest.clone().into_bytes(), etag: Some(format!("\"m{v}\"")), ..Route::default() });
    server.set("/feed/manifest.json.sig", Route { body: signature.into_bytes(), ..Route::default() });
    server.set(&format!("/feed/hospitals-{v}.csv"), Route { body: content.to_vec(), ..Route::default() });
    manifest.into_bytes()
}

fn accept_all(_: &str, _: &[u8]) -> Result<(), String> {
    Ok(())
}

fn installed_content(dir: &Path) -> (u64, Vec<u8>) {
    let current = installed(dir).expect("readable").expect("something installed");
    let path = current.path(dir, "hospitals.csv").expect("the file is listed");
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
    server.set("/feed/hospitals-2.csv", Route { body: full[..10].to_vec(), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_truncated");
}

#[test]
fn refuses_a_download_cut_off_mid_body() {
    let (server, dir, feed) = with_v1();
    let full = b"code,name\nH1,v2\nH2,v2\n";
    publish(&server, 2, full, &key());
    // The server promises every byte, sends ten and hangs up.
    server.set("/feed/hospitals-2.csv", Route { body: full[..10].to_vec(), claimed_length: Some(full.len()), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_network");
}

#[test]
fn refuses_a_tampered_file() {
    let (server, dir, feed) = with_v1();
    publish(&server, 2, b"code,name\nH1,v2\n", &key());
    // Same length, one byte changed.
    server.set("/feed/hospitals-2.csv", Route { body: b"code,name\nH1,v3\n".to_vec(), ..Route::default() });
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
    server.set("/feed/hospitals-2.csv", Route { status: Some(404), ..Route::default() });
    assert_untouched(dir.path(), update(dir.path(), &feed, &key().verifying_key(), &accept_all), "update_http_status");
    // Refused before any connection is attempted.
    let e = update(dir.path(), "http://example.invalid/feed.json", &key().verifying_key(), &accept_all).expect_err("http");
    assert_eq!(e.code(), "update_bad_feed_url");
}
