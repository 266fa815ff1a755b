//! Every shipped pack reads under the strict schema; the schema refuses what it must.

use std::{collections::BTreeSet, fs, path::Path};

use yidi_domain::divisions;
use yidi_estimate::{library::SHIPPED_PACKS, pack::SCHEMA_VERSION, DestinationTable, Library, PackError, PolicyPack};

fn policy_dir() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/policy")
}

#[test]
fn every_shipped_pack_validates() {
    for (file, text) in SHIPPED_PACKS {
        let pack = PolicyPack::from_json(file, text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pack.schema, SCHEMA_VERSION);
        let pool = divisions().pooling_region(pack.region).map(|d| d.code);
        assert_eq!(pool, Some(pack.region), "{file}: the region must be a pooling region in the division table");
        assert!(!pack.cross_province.is_empty(), "{file}: cross-province rules are required");
        let (_, unverified) = pack.verification_counts();
        assert_eq!(pack.fully_verified(), unverified == 0);
    }
    assert_eq!(Library::shipped().packs.len(), SHIPPED_PACKS.len(), "no shipped pack may be dropped at load");
}

#[test]
fn the_folder_and_the_embedded_list_agree() {
    let on_disk: BTreeSet<String> = fs::read_dir(policy_dir())
        .expect("data/policy exists")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json") && n != "destinations.json")
        .collect();
    let embedded: BTreeSet<String> = SHIPPED_PACKS.iter().map(|(f, _)| f.to_string()).collect();
    assert_eq!(on_disk, embedded, "a pack file that is not embedded would never be used");
    for (file, text) in SHIPPED_PACKS {
        let disk = fs::read_to_string(policy_dir().join(file)).expect("readable");
        assert_eq!(&disk, text);
    }
}

#[test]
fn six_regions_are_shipped_and_unverified_values_carry_a_note() {
    let regions: BTreeSet<String> = Library::shipped().packs.iter().map(|p| p.region.to_string()).collect();
    for code in ["110000", "310000", "440100", "440300", "420100", "330100"] {
        assert!(regions.contains(code), "a pack for {code} is required by the issue");
    }
    for (file, text) in SHIPPED_PACKS {
        let v: serde_json::Value = serde_json::from_str(text).expect("json");
        let mut stack = vec![v];
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Object(map) => {
                    if map.get("verified") == Some(&serde_json::Value::Bool(false)) {
                        assert!(
                            map.get("note").and_then(|n| n.as_str()).is_some_and(|n| !n.is_empty()),
                            "{file}: an unverified value must say why in a note"
                        );
                    }
                    stack.extend(map.into_iter().map(|(_, v)| v));
                }
                serde_json::Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
    }
}

#[test]
fn shipped_destination_table_validates() {
    let (file, text) = yidi_estimate::library::SHIPPED_DESTINATIONS;
    let t = DestinationTable::from_json(file, text).unwrap_or_else(|e| panic!("{e}"));
    assert!(t.destinations.len() >= 5);
}

fn beijing() -> serde_json::Value {
    serde_json::from_str(SHIPPED_PACKS[0].1).expect("json")
}

fn refused(v: &serde_json::Value) -> PackError {
    PolicyPack::from_json("edited", &v.to_string()).expect_err("the edited pack must be refused")
}

#[test]
fn unknown_and_misplaced_keys_are_refused() {
    let mut v = beijing();
    v["settings"]["inpatient"]["deductable"] = serde_json::json!([]);
    assert!(matches!(refused(&v), PackError::Parse { .. }), "a misspelt key is an error");
    let mut v = beijing();
    // `recharge_every_days` belongs to the deductible, not the ratio table.
    v["settings"]["inpatient"]["ratio"][0]["value"]["recharge_every_days"] = serde_json::json!(90);
    assert!(matches!(refused(&v), PackError::Parse { .. }), "a misplaced key is an error");
    let mut v = beijing();
    v["settings"]["inpatient"]["deductible"][0]["value"]["base"]["share"] = serde_json::json!("0.1");
    assert!(matches!(refused(&v), PackError::Parse { .. }), "a key of another deductible kind is an error");
    let mut v = beijing();
    v["settings"]["inpatient"]["basic_cap"][0].as_object_mut().expect("object").remove("verified_at");
    assert!(matches!(refused(&v), PackError::Parse { .. }), "verified_at is required");
}

#[test]
fn inconsistent_values_are_refused() {
    let mut v = beijing();
    v["settings"]["inpatient"]["basic_cap"][0]["source"] = serde_json::json!("nowhere");
    assert!(matches!(refused(&v), PackError::Invalid { ref path, .. } if path.ends_with("source")));
    let mut v = beijing();
    v["settings"]["inpatient"]["ratio"][0]["value"]["rows"][0]["segments"][0]["ratio"] = serde_json::json!("1.5");
    assert!(matches!(refused(&v), PackError::Invalid { .. }), "a ratio above 1");
    let mut v = beijing();
    v["settings"]["inpatient"]["ratio"][0]["value"]["rows"][0]["segments"][1]["up_to"] = serde_json::json!("20000");
    assert!(matches!(refused(&v), PackError::Invalid { .. }), "falling bounds");
    let mut v = beijing();
    let first = v["settings"]["inpatient"]["basic_cap"][0].clone();
    v["settings"]["inpatient"]["basic_cap"].as_array_mut().expect("array").push(first);
    assert!(matches!(refused(&v), PackError::Invalid { .. }), "two versions in force on the same day");
    let mut v = beijing();
    v["schema"] = serde_json::json!(2);
    assert!(matches!(refused(&v), PackError::Invalid { .. }), "an unknown schema version");
}

#[test]
fn a_machine_written_page_never_stands_alone() {
    let text = yidi_estimate::Library::bundled("policy/beijing-employee.json").expect("bundled");
    let mut v: serde_json::Value = serde_json::from_str(text).expect("json");
    v["settings"]["inpatient"]["basic_cap"][0]["kind"] = serde_json::json!("machine");
    let err = yidi_estimate::PolicyPack::from_json("t", &v.to_string()).expect_err("machine alone is refused");
    assert!(err.to_string().contains("never stands alone"), "{err}");
}

#[test]
fn every_shipped_value_names_a_known_source_kind_and_relative_paths_resolve() {
    for rel in yidi_estimate::Library::relative_paths() {
        assert!(yidi_estimate::Library::bundled(&rel).is_some(), "{rel} is bundled");
    }
    // An installed copy that does not read is reported, and the bundled one is used instead.
    let (lib, problems) = yidi_estimate::Library::load(vec![("policy/wuhan-employee.json".to_string(), b"{".to_vec())]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(lib.packs.len(), yidi_estimate::library::SHIPPED_PACKS.len());
    // An installed pack replaces the bundled pack of its region and scheme (even under another
    // file name); a pack for a region the program did not ship is added.
    let beijing = yidi_estimate::Library::bundled("policy/beijing-employee.json").expect("bundled");
    let renamed = ("policy/beijing-employee-2027.json".to_string(), beijing.as_bytes().to_vec());
    let (lib, problems) = yidi_estimate::Library::load(vec![renamed]);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(lib.packs.len(), yidi_estimate::library::SHIPPED_PACKS.len(), "the same region and scheme is replaced, not doubled");
    let mut other: serde_json::Value = serde_json::from_str(beijing).expect("json");
    other["region"] = serde_json::json!("410100");
    let added = ("policy/zhengzhou-employee.json".to_string(), other.to_string().into_bytes());
    let (lib, _) = yidi_estimate::Library::load(vec![added]);
    assert_eq!(lib.packs.len(), yidi_estimate::library::SHIPPED_PACKS.len() + 1, "a new region is added");
}
