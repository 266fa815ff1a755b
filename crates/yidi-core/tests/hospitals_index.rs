//! The merged directory's index file: written when data is imported, mapped when opened, and
//! rebuilt — with a message in the person's language — when it is missing, stale or damaged.

use serde_json::json;
use yidi_core::{hospitals, Lang};

const CSV: &str = "code,name,province,city,county,level,type,inpatient\n\
                   H42011500001,江夏区第一人民医院,420000,420100,420115,三级乙等,general,yes\n\
                   H42010300001,武汉市第一医院,420000,420100,420103,三级甲等,general,yes\n";

fn names(h: &hospitals::Hospitals, q: &str) -> Vec<String> {
    h.search(&json!({"query": q}), Lang::ZhCn).expect("valid").results.into_iter().map(|r| r.name).collect()
}

#[test]
fn import_writes_the_index_and_opening_maps_it() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("list.csv");
    std::fs::write(&csv, CSV).expect("write");
    hospitals::import_file(dir.path(), &csv, Lang::ZhCn).expect("import");
    let index = dir.path().join(hospitals::INDEX);
    assert!(index.exists(), "importing builds the index, so that opening does not");
    let h = hospitals::Hospitals::open(dir.path(), Lang::ZhCn).expect("open");
    assert_eq!(h.notice(), None, "a fresh index opens without rebuilding");
    assert_eq!(h.len(), hospitals::Hospitals::bundled().len() + 2, "bundled rows plus the two imported");
    assert_eq!(names(&h, "jxq").first().map(String::as_str), Some("江夏区第一人民医院"), "江夏区 by initials: the imported row's name starts with it");
    assert_eq!(names(&h, "中国医学科学院北京协和医院").first().map(String::as_str), Some("中国医学科学院北京协和医院"), "bundled rows are still there");
}

#[test]
fn a_damaged_missing_or_stale_index_is_rebuilt_with_a_message() {
    let dir = tempfile::tempdir().expect("temp");
    let csv = dir.path().join("list.csv");
    std::fs::write(&csv, CSV).expect("write");
    hospitals::import_file(dir.path(), &csv, Lang::ZhCn).expect("import");
    let index = dir.path().join(hospitals::INDEX);
    let good = std::fs::read(&index).expect("read");
    let total = hospitals::Hospitals::bundled().len() + 2;

    // A flipped byte in the rows, written as a new file (another identity than the stamp's).
    let mut bad = good.clone();
    let middle = bad.len() / 2;
    bad[middle] ^= 0x01;
    std::fs::remove_file(&index).expect("remove");
    std::fs::write(&index, &bad).expect("write");
    let h = hospitals::Hospitals::open(dir.path(), Lang::ZhCn).expect("open rebuilds");
    assert_eq!(
        h.notice(),
        Some(format!("医院目录的索引文件已损坏，已按 {total} 条记录重新建立。").as_str()),
        "the damaged file is not trusted, and the person is told"
    );
    assert_eq!(names(&h, "jxq").first().map(String::as_str), Some("江夏区第一人民医院"));
    assert_eq!(std::fs::read(&index).expect("read"), good, "the rebuilt file is the one the import wrote");

    // Truncated, in English.
    std::fs::remove_file(&index).expect("remove");
    std::fs::write(&index, &good[..good.len() - 7]).expect("write");
    let h = hospitals::Hospitals::open(dir.path(), Lang::EnUs).expect("open rebuilds");
    assert_eq!(h.notice(), Some(format!("The hospital directory's index was incomplete; it has been rebuilt from {total} records.").as_str()));

    // Missing.
    std::fs::remove_file(&index).expect("remove");
    let h = hospitals::Hospitals::open(dir.path(), Lang::ZhTw).expect("open rebuilds");
    assert_eq!(h.notice(), Some(format!("醫院目錄的索引尚未建立，已按 {total} 筆記錄重新建立。").as_str()));

    // Stale: the imported list changed behind the index's back.
    std::fs::write(dir.path().join(hospitals::IMPORTED), CSV.lines().take(2).collect::<Vec<_>>().join("\n") + "\n").expect("write");
    let h = hospitals::Hospitals::open(dir.path(), Lang::ZhCn).expect("open rebuilds");
    assert_eq!(h.notice(), Some(format!("医院目录的索引与已安装的名单不一致，已按 {} 条记录重新建立。", total - 1).as_str()));
    let codes: Vec<String> = h.search(&json!({"query": "武汉市第一医院", "limit": 200}), Lang::ZhCn).expect("valid").results.into_iter().map(|r| r.code).collect();
    assert!(!codes.contains(&"H42010300001".to_string()), "the row removed from the list is gone from the index: {codes:?}");
    let again = hospitals::Hospitals::open(dir.path(), Lang::ZhCn).expect("open");
    assert_eq!(again.notice(), None, "rebuilt once, then mapped");
}

#[test]
fn nothing_installed_uses_the_embedded_bundled_index() {
    let dir = tempfile::tempdir().expect("temp");
    let h = hospitals::Hospitals::open(dir.path(), Lang::ZhCn).expect("open");
    assert_eq!(h.notice(), None);
    assert!(!dir.path().join(hospitals::INDEX).exists(), "nothing is written for the bundled rows");
    assert_eq!(h.len(), yidi_hospitals::bundled::hospitals().len(), "the embedded index holds every bundled row");
}
