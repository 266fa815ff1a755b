//! `yidi estimate` as a person runs it: cases as data (arguments, case edits, expected status and
//! output), run against the built binary.

use std::{
    path::PathBuf,
    process::Command,
    sync::atomic::{AtomicUsize, Ordering},
};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn example() -> serde_json::Value {
    let text = std::fs::read_to_string(root().join("docs/examples/estimate-case.json")).expect("example case");
    serde_json::from_str(&text).expect("example is JSON")
}

struct Run {
    status: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str], case: Option<&serde_json::Value>) -> Run {
    let dir = std::env::temp_dir().join(format!("yidi-estimate-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    if let Some(case) = case {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path = dir.join(format!("case-{}.json", NEXT.fetch_add(1, Ordering::SeqCst)));
        std::fs::write(&path, case.to_string()).expect("write case");
        all.push("--case".into());
        all.push(path.display().to_string());
    }
    let out = Command::new(env!("CARGO_BIN_EXE_yidi")).args(&all).env_remove("YIDI_LANG").output().expect("runs");
    Run {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn prints_json_and_a_table() {
    let r = run(&["--lang", "zh-CN", "estimate"], Some(&example()));
    assert_eq!(r.status, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON on stdout");
    // Beijing retired, level 3: 1300–30000 at 95.5%, 30000–40000 at 97%, 40000–47500 at 98.5%
    // = 27408.50 + 9700 + 7387.50 = 44496 (see docs/estimate.md; the retired ratios changed
    // from 91/94/97% on 2026-11-23, data/policy/beijing-employee.json).
    assert_eq!(v["summary"]["fund"], "44496.00");
    assert_eq!(v["summary"]["patient"], "5504.00");
    let r = run(&["--lang", "en-US", "estimate", "--table"], Some(&example()));
    assert_eq!(r.status, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Pooled fund, band 1") && r.stdout.contains("44496.00"), "{}", r.stdout);
    assert!(r.stdout.contains("Not filed"), "the comparison is in the table");
}

#[test]
fn bad_input_exits_2_naming_the_field() {
    let cases: &[(&str, &str, serde_json::Value, &str)] = &[
        ("missing field", "/bill/total", serde_json::Value::Null, "bill.total"),
        ("negative amount", "/bill/notCovered", serde_json::json!("-100"), "bill.notCovered"),
        ("unknown region", "/insuredRegion", serde_json::json!("410102"), "insuredRegion"),
        ("date no pack covers", "/admissionDate", serde_json::json!("2019-06-01"), "admissionDate"),
    ];
    for (name, pointer, value, field) in cases {
        let mut case = example();
        if *pointer == "/admissionDate" {
            case["dischargeDate"] = serde_json::json!("2019-06-09");
        }
        *case.pointer_mut(pointer).expect("pointer") = value.clone();
        for lang in ["zh-CN", "en-US", "zh-TW"] {
            let r = run(&["--lang", lang, "estimate"], Some(&case));
            assert_eq!(r.status, 2, "{name} ({lang}) must exit 2: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{name}: nothing on stdout");
            let first = r.stderr.lines().next().unwrap_or_default();
            assert!(first.contains(field), "{name} ({lang}): the message names {field}: {first}");
            let last: serde_json::Value =
                serde_json::from_str(r.stderr.lines().last().unwrap_or_default()).expect("JSON error last");
            assert_eq!(last["field"], *field);
        }
    }
}

#[test]
fn an_unreadable_case_or_pack_exits_2() {
    let r = run(&["estimate", "--case", "/nonexistent/case.json"], None);
    assert_eq!(r.status, 2, "{}", r.stderr);
    let case = example();
    let r = run(&["estimate", "--policy", "/nonexistent/pack.json"], Some(&case));
    assert_eq!(r.status, 2);
    assert!(r.stderr.contains("policy"), "{}", r.stderr);
}

#[test]
fn own_figures_for_a_region_without_a_pack_are_labelled_in_the_table() {
    // Zhengzhou (410100) has no pack; the person's own figures are run through the same engine.
    let mut case = example();
    case["insuredRegion"] = serde_json::json!("410102");
    case["workStatus"] = serde_json::json!("in_service");
    case["filing"] = serde_json::json!("long_term_resident");
    let r = run(&["--lang", "zh-CN", "estimate"], Some(&case));
    assert_eq!(r.status, 2, "no pack, no own figures: refused");
    case["ownPolicy"] = serde_json::json!({ "deductible": "900", "ratioLevel3": "85" });
    let r = run(&["--lang", "zh-CN", "estimate", "--table"], Some(&case));
    assert_eq!(r.status, 0, "{}", r.stderr);
    // 乙类 5000 × 10% = 500; covered 47500; (47500 − 900) × 85% = 39610; patient 10390.
    assert!(r.stdout.contains("您填写的数字") && r.stdout.contains("39610.00"), "{}", r.stdout);
    let r = run(&["--lang", "en-US", "estimate"], Some(&case));
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON on stdout");
    assert_eq!(v["pack"]["ownFigures"], true);
    assert!(v["pack"]["label"].as_str().unwrap_or_default().contains("your figures"));
}
