//! The fuzz targets: every parser of data from outside the program, called the way the app and
//! the CLI call it. A target returns normally for any input (accepted or refused); a panic, an
//! abort or a hang is a finding.

use serde_json::Value;
use yidi_domain::Lang;

/// One target: its name (the corpus folder under fuzz/corpus/) and the function run per input.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8]),
}

pub const TARGETS: &[Target] = &[
    Target { name: "case_json", run: case_json },
    Target { name: "answers", run: answers },
    Target { name: "estimate_request", run: estimate_request },
    Target { name: "policy_pack", run: policy_pack },
    Target { name: "hospital_csv", run: hospital_csv },
    Target { name: "consent_record", run: consent_record },
    Target { name: "export_file", run: export_file },
    Target { name: "qr_payload", run: qr_payload },
    Target { name: "feed_manifest", run: feed_manifest },
];

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// The JSON reader every request and file goes through first.
fn json(data: &[u8]) -> Option<Value> {
    yidi_domain::input::parse_json("(document)", text(data)?).ok()
}

/// A person or a case as `yidi case person add` / `case save` and the app's commands read them.
fn case_json(data: &[u8]) {
    let Some(v) = json(data) else { return };
    let _ = yidi_store::PersonInput::from_json("person", &v, &["uid"]);
    let _ = yidi_store::CaseInput::from_json("case", &v, &["uid", "person_uid", "expected_revision"]);
    if let Ok(mut store) = yidi_store::Store::in_memory() {
        let at = yidi_core::cases::NaiveDateTime::default();
        let _ = yidi_core::cases::save_person(&mut store, &v, at, Lang::ZhCn);
        let _ = yidi_core::cases::save_case(&mut store, &v, at, Lang::EnUs);
    }
}

/// An answers file of `yidi check --answers`.
fn answers(data: &[u8]) {
    let Some(v) = json(data) else { return };
    if let Ok(iv) = yidi_core::interview::embedded() {
        let _ = yidi_core::interview::outcome_from_file(iv, &v, Some("2026-03-01"), Lang::ZhCn);
    }
}

/// An estimate request (the Estimate screen, `yidi estimate --case`).
fn estimate_request(data: &[u8]) {
    let Some(v) = json(data) else { return };
    let _ = yidi_core::estimate::estimate(&v, None, Lang::ZhCn);
}

/// A policy pack file (`--policy`, a feed's policy/*.json): parsed, then used for an estimate.
fn policy_pack(data: &[u8]) {
    let Some(t) = text(data) else { return };
    if let Ok(pack) = yidi_estimate::PolicyPack::from_json("fuzz.json", t) {
        let request = serde_json::json!({
            "insuredRegion": pack.region.to_string(), "scheme": "employee", "workStatus": "in_service",
            "age": 50, "filing": "long_term_resident", "destination": "420106",
            "hospital": {"level": "level3"}, "admissionDate": "2026-03-01", "dischargeDate": "2026-03-15",
            "bill": {"total": "50000", "notCovered": "2000", "classB": "5000"}
        });
        let _ = yidi_core::estimate::estimate(&request, Some(yidi_core::estimate::PackFile { name: "fuzz.json", text: t }), Lang::ZhCn);
    }
    let _ = yidi_estimate::DestinationTable::from_json("destinations.json", t);
}

/// A hospital list (`yidi hospitals import`, the feed's hospitals/directory.csv).
fn hospital_csv(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let _ = yidi_hospitals::import::parse_csv(t);
}

/// A signed consent record (`yidi consent verify`, the Verify screen), and a packet request.
fn consent_record(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let _ = yidi_consent::record::verify(t, None);
    let _ = yidi_consent::record::parse_record(t);
    if let Ok(v) = yidi_domain::input::parse_json("record", t) {
        let request = serde_json::json!({"form": {"insuredName": "王秀英", "idNumber": "11010519491231002X",
            "insuredRegion": "110105", "scheme": "employee", "category": "relocated_retiree",
            "destination": "420100", "startDate": "2026-12-01", "phone": "13800138000"},
            "record": v, "checklist": ["身份证"], "nextSteps": ["备案"]});
        let day = yidi_domain::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        let _ = yidi_consent::pdf::parse_packet_request(&request, day);
    }
}

/// An export file (`yidi case import`, the app's import). Costs of the key derivation are kept
/// small for speed: a file asking for more than 64 KiB × 2 passes is passed through the bounds
/// check only (the derivation itself is Argon2's, not ours).
fn export_file(data: &[u8]) {
    if let Some(v) = json(data) {
        let k = &v["kdf"];
        let cost = |key: &str| k[key].as_u64().unwrap_or(0);
        if cost("m_cost") > 64 || cost("t_cost") > 2 || cost("p_cost") > 1 {
            let params = yidi_store::KdfParams {
                m_cost: u32::try_from(cost("m_cost")).unwrap_or(u32::MAX),
                t_cost: u32::try_from(cost("t_cost")).unwrap_or(u32::MAX),
                p_cost: u32::try_from(cost("p_cost")).unwrap_or(u32::MAX),
            };
            let _ = params.check("file.kdf");
            return;
        }
    }
    if let Ok(mut store) = yidi_store::Store::in_memory() {
        let _ = store.import_case(data, Some("pw"), "2026-03-01T09:00:00");
    }
}

/// A scanned QR pre-fill text.
fn qr_payload(data: &[u8]) {
    let Some(t) = text(data) else { return };
    let _ = yidi_store::handoff::parse_prefill(t);
    if let Ok(mut store) = yidi_store::Store::in_memory() {
        let _ = store.import_prefill(t, "2026-03-01T09:00:00");
    }
}

/// A feed manifest (after its signature; the fuzzer stands in for a publisher's bug) and an
/// installed `current.json`.
fn feed_manifest(data: &[u8]) {
    let _ = yidi_update::parse_manifest(data);
    if let Some(t) = text(data) {
        for path in t.lines().take(4) {
            let _ = yidi_update::is_dataset_path(path);
        }
    }
    let _ = serde_json::from_slice::<yidi_update::Installed>(data);
}

/// Writes seed inputs that only the program itself can make (sealed exports, QR texts, signed
/// records) into `root/<target>/`; the rest of the seeds are copies of the repository's files.
pub fn make_seeds(root: &std::path::Path) -> Result<(), String> {
    use yidi_store::{handoff::Protection, CaseInput, KdfParams, PersonInput, Store};
    let write = |target: &str, name: &str, bytes: &[u8]| -> Result<(), String> {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        std::fs::write(dir.join(name), bytes).map_err(|e| e.to_string())
    };
    let mut store = Store::in_memory().map_err(|e| e.to_string())?;
    let at = "2026-03-01T09:00:00";
    let person = serde_json::json!({"relation": "mother", "label": "妈妈",
        "identity": {"name": "王秀英", "id_number": "11010519491231002X", "phone": "138-0013-8000"}});
    let person = store.add_person(&PersonInput::from_json("person", &person, &[]).map_err(|e| e.to_string())?, at).map_err(|e| e.to_string())?;
    let case = serde_json::json!({"category": "other_temporary", "insured_region": "420115", "destination": "310104",
        "validity_start": "2026-03-01", "validity_end": "2026-08-31", "change_from": "2026-04-30", "notify_days": 30,
        "documents": {"answers": {"schema": "interview", "version": 1, "body": {"hospital": "复旦大学附属中山医院", "note": "王秀英 138 0013 8000"}}}});
    let case = CaseInput::from_json("case", &case, &[]).or_else(|_| {
        let mut c = case.clone();
        if let Some(m) = c.as_object_mut() { m.remove("change_from"); }
        CaseInput::from_json("case", &c, &[])
    }).map_err(|e| e.to_string())?;
    let saved = store.save_case(None, &person.uid, None, &case, at).map_err(|e| e.to_string())?;
    let plain = store.export_case(&saved.uid, Protection::Plain).map_err(|e| e.to_string())?;
    write("export_file", "plain.yidicase", &plain)?;
    let sealed = store.export_case(&saved.uid, Protection::Passphrase("pw", KdfParams::INSECURE_FOR_TESTS)).map_err(|e| e.to_string())?;
    write("export_file", "sealed-pw.yidicase", &sealed)?;
    write("case_json", "case.json", &serde_json::to_vec_pretty(&yidi_store::model::case_to_json(&saved.meta, &saved.documents)).map_err(|e| e.to_string())?)?;
    for with_name in [false, true] {
        let text = store.prefill_text(&saved.uid, with_name).map_err(|e| e.to_string())?;
        write("qr_payload", &format!("prefill-{with_name}.txt"), text.as_bytes())?;
    }
    let request: serde_json::Value = serde_json::from_str(include_str!("../../crates/yidi-consent/tests/fixtures/sign-request-proxy.json")).map_err(|e| e.to_string())?;
    let at = chrono_like("2026-11-23T10:30:00+08:00")?;
    let record = yidi_consent::record::sign(&request, at, &yidi_consent::key::DeviceKey::from_seed([7; 32]), Lang::ZhCn).map_err(|e| e.to_string())?;
    write("consent_record", "record.json", serde_json::to_string_pretty(&record).map_err(|e| e.to_string())?.as_bytes())?;
    Ok(())
}

fn chrono_like(text: &str) -> Result<chrono::DateTime<chrono::FixedOffset>, String> {
    yidi_core::consent::parse_time("at", text, Lang::ZhCn).map_err(|e| e.message)
}
