//! The index file: built once, opened by mapping, and never trusted when damaged.
//!
//! Each damaged-file test starts from a good file written by the builder and changes it the way
//! a disk, a copy or an old program would, then expects `Directory::open` to refuse it with the
//! matching error (the caller rebuilds from the rows; yidi-core tests that part).

use std::path::PathBuf;

use yidi_hospitals::{bundled, file, synthetic, Directory, DirectoryBuilder, DirectoryMeta, IndexError, Query, Readings};
use yidi_domain::NaiveDate;

fn image() -> Vec<u8> {
    let readings = Readings::new();
    let mut b = DirectoryBuilder::new(&readings, DirectoryMeta { source: "bundled".into(), as_of: None, synthetic: false });
    for h in bundled::hospitals() {
        b.push(&h);
    }
    b.build_bytes()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("yidi-index-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join("index.yidx")
}

fn names(dir: &Directory, text: &str) -> Vec<String> {
    dir.search(&Query { text: text.into(), limit: 10, ..Query::default() }).iter().map(|h| dir.hospital(h.row).name).collect()
}

#[test]
fn a_written_index_maps_and_answers_like_the_built_one() {
    let bytes = image();
    let path = temp("good");
    std::fs::write(&path, &bytes).expect("write");
    let mapped = Directory::open(&path).expect("a good file opens");
    assert!(mapped.is_mapped(), "rows are read from the mapped file, not copied");
    let readings = Readings::new();
    let built = yidi_hospitals::build(&readings, DirectoryMeta { source: "bundled".into(), as_of: None, synthetic: false }, &bundled::hospitals());
    assert_eq!(mapped.len(), bundled::hospitals().len());
    for q in ["xhyy", "协和", "bj协和", "dt", "zhongyi", ""] {
        assert_eq!(names(&mapped, q), names(&built, q), "{q:?}: the mapped file answers as the directory it was written from");
    }
    for row in 0..mapped.len() as u32 {
        assert_eq!(mapped.hospital(row), built.hospital(row), "row {row} reads back whole");
    }
    // Every field of the model comes back, including those without a column (sources, the
    // Traditional name), which the file keeps per row as JSON.
    let by_code: std::collections::HashMap<String, u32> = (0..mapped.len() as u32).map(|r| (mapped.hospital(r).code, r)).collect();
    let originals = bundled::hospitals();
    assert!(originals.iter().any(|h| !h.sources.is_empty()), "the bundled list names its sources");
    for h in originals.iter().filter(|h| !h.code.is_empty()) {
        let row = by_code.get(&h.code).copied().expect("every coded row is in the file");
        assert_eq!(&mapped.hospital(row), h, "{} reads back exactly as imported", h.code);
    }
    assert!(file::stamp_path(&path).exists(), "a checked body leaves a stamp, so the next opening is constant-time");
    // The same image written twice gives the same bytes: builds are reproducible.
    assert_eq!(image(), bytes, "building twice from the same rows gives the same file");
}

#[test]
fn a_truncated_index_is_refused() {
    let bytes = image();
    let path = temp("truncated");
    for keep in [bytes.len() - 1, bytes.len() / 2, 100, 40, 3] {
        std::fs::write(&path, &bytes[..keep]).expect("write");
        let err = Directory::open(&path).expect_err("a truncated file must not open");
        assert!(matches!(err, IndexError::Truncated { .. }), "{keep} of {} bytes: {err:?}", bytes.len());
    }
    std::fs::write(&path, []).expect("write");
    assert!(Directory::open(&path).is_err(), "an empty file is not an index");
}

#[test]
fn a_flipped_byte_anywhere_is_refused() {
    let bytes = image();
    let path = temp("flipped");
    // In the header, in the section table, in the text, in the postings (the last byte).
    for at in [20, 70, bytes.len() / 3, bytes.len() - 1] {
        let mut bad = bytes.clone();
        bad[at] ^= 0x10;
        std::fs::write(&path, &bad).expect("write");
        let err = Directory::open(&path).expect_err("a damaged file must not open");
        assert!(matches!(err, IndexError::Checksum | IndexError::Truncated { .. } | IndexError::Layout(_)), "byte {at}: {err:?}");
        assert_eq!(Directory::from_image(&bad).map(|_| ()), Err(err), "the in-memory check agrees");
    }
    // A good file that was checked, then replaced by a damaged one: the stamp no longer matches.
    std::fs::write(&path, &bytes).expect("write");
    Directory::open(&path).expect("good");
    let mut bad = bytes.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, &bad).expect("write");
    std::fs::rename(&tmp, &path).expect("rename");
    assert_eq!(Directory::open(&path).map(|_| ()), Err(IndexError::Checksum), "a replaced file is checked again");
}

#[test]
fn another_format_version_or_another_file_is_refused() {
    let mut bytes = image();
    bytes[8..12].copy_from_slice(&(file::FORMAT_VERSION + 1).to_le_bytes());
    let path = temp("version");
    std::fs::write(&path, &bytes).expect("write");
    assert_eq!(Directory::open(&path).map(|_| ()), Err(IndexError::Version { found: file::FORMAT_VERSION + 1 }));
    std::fs::write(&path, "code,name\n").expect("write");
    assert_eq!(Directory::open(&path).map(|_| ()), Err(IndexError::NotAnIndex), "a CSV is not an index");
    let missing = temp("missing").with_file_name("none.yidx");
    assert!(matches!(Directory::open(&missing), Err(IndexError::Io(_))));
}

#[test]
fn opening_does_not_read_the_rows() {
    // 60,000 rows: opening a checked file must not depend on their number. Timed loosely
    // (a shared machine), but a rebuild or a full read would take far longer than 50 ms.
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).expect("date");
    let readings = Readings::new();
    let mut b = DirectoryBuilder::new(&readings, DirectoryMeta { source: "syn".into(), as_of: Some(as_of), synthetic: true });
    for h in synthetic::generate(60_000, 3, as_of) {
        b.push(&h);
    }
    let bytes = b.build_bytes();
    let path = temp("large");
    std::fs::write(&path, &bytes).expect("write");
    Directory::open(&path).expect("first opening checks the body and stamps it");
    let t = std::time::Instant::now();
    let dir = Directory::open(&path).expect("opens");
    let took = t.elapsed();
    assert_eq!(dir.len(), 60_000);
    assert!(took < std::time::Duration::from_millis(50), "opening a stamped file took {took:?}");
    assert!(!dir.search(&Query { text: "rmyy".into(), limit: 20, ..Query::default() }).is_empty());
}
