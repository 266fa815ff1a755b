//! Signing, sealing, verifying and printing, end to end.
//!
//! Index:
//! - round trip: a signed record survives a file and verifies.
//! - tampering: every payload field, bytes of the legal text, every hex digit of the signature,
//!   the public key — each change is caught and, for fields, named.
//! - refusals: a proxy without a valid ID number, unconfirmed obligations, an unread text, a
//!   mismatched typed name or date, fractions in sealed data, a text for another region.
//! - the PDF packet: the expected Chinese text can be extracted from it (pdftotext, poppler-utils)
//!   and the embedded font is a subset.

#![allow(clippy::unwrap_used)] // test code: a panic is the failure report

use std::{path::Path, process::Command};

use chrono::{DateTime, FixedOffset};
use serde_json::{json, Value};
use yidi_consent::{
    key::DeviceKey,
    pdf,
    record::{self, ProblemCode, SignerRole},
};
use yidi_domain::Lang;

const REQUEST: &str = include_str!("fixtures/sign-request-proxy.json");
const PACKET: &str = include_str!("fixtures/packet-form.json");
/// Debian `fonts-noto-cjk` (scripts/apt-packages.txt).
const FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-23T10:30:00+08:00").unwrap()
}

fn request() -> Value {
    serde_json::from_str(REQUEST).unwrap()
}

fn key() -> DeviceKey {
    DeviceKey::from_seed([7; 32])
}

fn signed_text() -> String {
    let record = record::sign(&request(), at(), &key(), Lang::ZhCn).expect("the fixture is a valid request");
    serde_json::to_string_pretty(&record).unwrap()
}

fn verify(v: &Value) -> record::Verification {
    record::verify(&v.to_string(), None)
}

#[test]
fn a_signed_record_round_trips_through_a_file() {
    let text = signed_text();
    let verdict = record::verify(&text, Some(&key().verifying_key()));
    assert!(verdict.valid, "freshly sealed record must verify: {:?}", verdict.problems);
    let record = record::parse_record(&text).unwrap();
    let p = &record.payload;
    assert_eq!(p.signer.role, SignerRole::Proxy);
    assert_eq!(p.signer.name, "李明");
    assert_eq!(p.insured.id_number, "11010519491231002X");
    assert_eq!(p.signed_at, "2026-11-23T10:30:00+08:00", "the time passed in, with its offset");
    let drawn = p.signature.drawn().expect("the fixture signs with strokes");
    assert_eq!(drawn.method, Some(record::DrawnMethod::Drawn), "a new drawn record says how it was signed");
    assert_eq!(drawn.strokes[0][3].x, "267.5", "a decimal coordinate is kept as text");
    assert_eq!(drawn.strokes[0][0].x, "200", "an integer coordinate becomes decimal text");
    assert_eq!(
        p.text.sha256, "97b90c11067bc1f9abe688ff600d91ff39797fd50164ec26f682f3d035db4218",
        "the SHA-256 of data/consent/texts/beijing-informed-consent.zh-CN.txt (sha256sum)"
    );
    // Re-serialising the parsed record (different key order, no pretty printing) changes
    // nothing that is sealed.
    let again = serde_json::to_string(&record).unwrap();
    assert!(record::verify(&again, None).valid, "the seal is over the canonical form, not the file's layout");
    // Same inputs, same key: the same signature (ed25519 is deterministic).
    assert_eq!(signed_text(), text);
}

/// Every leaf of `v` with its path, e.g. ("signature.strokes[0][3].x", "267.5").
fn leaves(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                leaves(c, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out)
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                leaves(c, format!("{path}[{i}]"), out)
            }
        }
        _ => out.push(path),
    }
}

fn pointer(path: &str) -> String {
    // signature.strokes[0][3].x → /signature/strokes/0/3/x
    let mut p = String::new();
    for part in path.replace('[', ".").replace(']', "").split('.') {
        p.push('/');
        p.push_str(part);
    }
    p
}

#[test]
fn every_changed_field_is_caught_and_named() {
    let original: Value = serde_json::from_str(&signed_text()).unwrap();
    let mut paths = Vec::new();
    leaves(&original["payload"], String::new(), &mut paths);
    assert!(paths.len() > 40, "the fixture has many leaves ({})", paths.len());
    for path in &paths {
        let mut v = original.clone();
        let leaf = v["payload"].pointer_mut(&pointer(path)).unwrap();
        *leaf = match leaf.take() {
            Value::String(s) => Value::String(format!("{s}1")),
            Value::Number(n) => json!(n.as_i64().unwrap() + 1),
            Value::Bool(b) => Value::Bool(!b),
            other => panic!("unexpected leaf {other}"),
        };
        let verdict = verify(&v);
        assert!(!verdict.valid, "changing {path} must break the record");
        assert!(
            verdict.problems.iter().any(|p| p.code == ProblemCode::Altered && path.starts_with(&p.field)),
            "changing {path} must be reported as that field altered, got {:?}",
            verdict.problems
        );
    }
}

#[test]
fn changed_bytes_of_the_legal_text_are_caught() {
    let original: Value = serde_json::from_str(&signed_text()).unwrap();
    let body = original["payload"]["text"]["body"].as_str().unwrap().to_string();
    let chars: Vec<char> = body.chars().collect();
    // Every 37th character, and the last: replaced by a look-alike or a neighbour.
    for i in (0..chars.len()).step_by(37).chain([chars.len() - 1]) {
        let mut altered = chars.clone();
        altered[i] = if altered[i] == '市' { '巿' } else { char::from_u32(altered[i] as u32 + 1).unwrap_or('x') };
        let mut v = original.clone();
        v["payload"]["text"]["body"] = Value::String(altered.into_iter().collect());
        let verdict = verify(&v);
        assert!(!verdict.valid, "character {i} of the legal text changed");
        assert!(verdict.problems.iter().any(|p| p.field == "text.body"), "named as text.body: {:?}", verdict.problems);
    }
}

#[test]
fn every_digit_of_the_signature_and_the_key_is_checked() {
    let original: Value = serde_json::from_str(&signed_text()).unwrap();
    for field in ["signature", "publicKey"] {
        let hex = original["seal"][field].as_str().unwrap().to_string();
        for i in 0..hex.len() {
            let mut bytes = hex.clone().into_bytes();
            bytes[i] = if bytes[i] == b'0' { b'1' } else { b'0' };
            let mut v = original.clone();
            v["seal"][field] = Value::String(String::from_utf8(bytes).unwrap());
            let verdict = verify(&v);
            assert!(!verdict.valid, "seal.{field} digit {i} changed");
            assert_eq!(verdict.problems[0].code, ProblemCode::SealBroken, "no field changed, so the seal is blamed");
        }
    }
}

#[test]
fn a_forged_digest_list_or_a_new_key_is_caught() {
    let original: Value = serde_json::from_str(&signed_text()).unwrap();
    // Change a field and its digest together: the digests match, the seal does not.
    let mut v = original.clone();
    v["payload"]["typedName"] = json!("王秀英");
    let forged = yidi_consent::texts::sha256_hex("\"王秀英\"".as_bytes());
    v["digests"]["typedName"] = json!(forged);
    let verdict = verify(&v);
    assert_eq!(verdict.problems.iter().map(|p| p.code).collect::<Vec<_>>(), [ProblemCode::SealBroken]);
    // Re-sealed with another key after the change: valid on its own, refused when the device's
    // key is required.
    let mut record = record::parse_record(&signed_text()).unwrap();
    record.payload.typed_name = "王秀英".into();
    let resealed = record::seal(record.payload, &DeviceKey::from_seed([9; 32])).unwrap();
    let text = serde_json::to_string(&resealed).unwrap();
    assert!(record::verify(&text, None).valid, "a consistent record sealed by any key verifies alone");
    let verdict = record::verify(&text, Some(&key().verifying_key()));
    assert!(!verdict.valid && verdict.problems[0].code == ProblemCode::OtherKey, "but not as this device's");
    // Extra or missing fields.
    let mut v = original.clone();
    v["payload"]["signer"]["phone"] = json!("13800138000");
    assert_eq!(verify(&v).problems[0].code, ProblemCode::Added);
    let mut v = original.clone();
    v["payload"]["answers"].as_object_mut().unwrap().remove("stage");
    let p = &verify(&v).problems[0];
    assert_eq!((p.field.as_str(), p.code), ("answers.stage", ProblemCode::Removed));
    assert_eq!(record::verify("not json", None).problems[0].code, ProblemCode::Malformed);
}

fn refusal(edit: impl Fn(&mut Value)) -> (String, &'static str) {
    let mut r = request();
    edit(&mut r);
    let e = record::sign(&r, at(), &key(), Lang::ZhCn).expect_err("the request must be refused");
    (e.field.clone(), e.code())
}

#[test]
fn a_proxy_without_a_valid_id_number_is_refused() {
    assert_eq!(
        refusal(|r| {
            r["signer"].as_object_mut().unwrap().remove("idNumber");
        }),
        ("signer.idNumber".into(), "missing")
    );
    // One digit mistyped (…0038 → …0039): the check character no longer fits.
    assert_eq!(refusal(|r| r["signer"]["idNumber"] = json!("420111198305120039")), ("signer.idNumber".into(), "consent-err-id-check"));
    assert_eq!(refusal(|r| r["signer"]["idNumber"] = json!("4201111983")), ("signer.idNumber".into(), "consent-err-id-length"));
    assert_eq!(
        refusal(|r| r["signer"]["idNumber"] = json!("11010519491231002X")),
        ("signer.idNumber".into(), "consent-err-proxy-same-person"),
        "a proxy cannot use the insured person's own number"
    );
    assert_eq!(
        refusal(|r| {
            r["signer"].as_object_mut().unwrap().remove("relation");
        }),
        ("signer.relation".into(), "missing")
    );
    // The message names the field in the person's language.
    let mut r = request();
    r["signer"]["idNumber"] = json!("420111198305120039");
    let e = record::sign(&r, at(), &key(), Lang::ZhCn).unwrap_err();
    assert!(e.message(Lang::ZhCn).contains("签字人身份号码"), "{}", e.message(Lang::ZhCn));
    assert!(e.message(Lang::EnUs).contains("signer's ID number"), "{}", e.message(Lang::EnUs));
}

#[test]
fn the_signing_steps_are_enforced() {
    assert_eq!(refusal(|r| r["displayedFully"] = json!(false)), ("displayedFully".into(), "consent-err-not-displayed"));
    assert_eq!(
        refusal(|r| {
            r["confirmedObligations"].as_array_mut().unwrap().pop();
        }),
        ("confirmedObligations".into(), "consent-err-obligation-unconfirmed")
    );
    assert_eq!(
        refusal(|r| r["confirmedObligations"][0] = json!("nonsense")),
        ("confirmedObligations[0]".into(), "not_one_of")
    );
    assert_eq!(refusal(|r| r["typedName"] = json!("王秀英")), ("typedName".into(), "consent-err-typed-name"));
    assert_eq!(refusal(|r| r["signedOn"] = json!("2026-11-22")), ("signedOn".into(), "consent-err-signed-on"));
    assert_eq!(
        refusal(|r| r["signature"]["strokes"][1][2]["y"] = json!(98.25)),
        ("signature.strokes[1][2].y".into(), "consent-err-fraction"),
        "a float coordinate is refused; \"98.25\" as text is the way"
    );
    assert_eq!(refusal(|r| r["signature"]["strokes"][1][2]["y"] = json!("250")), ("signature.strokes[1][2].y".into(), "out_of_range"), "outside the 200-high pad");
    assert_eq!(
        refusal(|r| r["signature"]["strokes"][0][0]["x"] = json!("200.1234")),
        ("signature.strokes[0][0].x".into(), "consent-err-precision")
    );
    assert_eq!(refusal(|r| r["signature"]["strokes"] = json!([[{"x": 1, "y": 1}]])), ("signature.strokes".into(), "consent-err-signature-empty"));
    assert_eq!(refusal(|r| r["answers"]["ratio"] = json!(0.9)), ("answers.ratio".into(), "consent-err-fraction"));
    assert_eq!(
        refusal(|r| r["insured"]["region"] = json!("420100")),
        ("insured.region".into(), "consent-err-text-region"),
        "Beijing's form is for people insured in Beijing"
    );
    assert_eq!(refusal(|r| r["extra"] = json!(1)), ("extra".into(), "unknown_field"));
    assert_eq!(
        refusal(|r| r["text"] = json!({"id": "self-pay-items-agreement-explained"})),
        ("text.id".into(), "consent-err-not-signable")
    );
    // The insured person signing for themselves needs no signer details.
    let mut r = request();
    r["signer"] = json!({"role": "insured"});
    r["typedName"] = json!("王秀英");
    let record = record::sign(&r, at(), &key(), Lang::ZhCn).expect("self-signing");
    assert_eq!((record.payload.signer.name.as_str(), record.payload.signer.relation), ("王秀英", None));
}

#[test]
fn the_commitment_letter_can_be_signed_anywhere() {
    let mut r = request();
    r["text"] = json!({"id": "national-long-term-commitment-letter"});
    r["confirmedObligations"] = json!(["truthful", "supply-materials", "consequences", "checks"]);
    r["insured"]["region"] = json!("420100");
    let record = record::sign(&r, at(), &key(), Lang::ZhCn).expect("national pattern, any region");
    assert!(record::verify(&serde_json::to_string(&record).unwrap(), None).valid);
}

fn pdftotext(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(path)
        .arg("-")
        .output()
        .expect("pdftotext (Debian poppler-utils, scripts/apt-packages.txt) must be installed");
    assert!(out.status.success(), "pdftotext failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_pdf_packet_holds_the_expected_text() {
    assert!(Path::new(FONT).exists(), "{FONT} missing: install Debian fonts-noto-cjk (scripts/apt-packages.txt)");
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let packet = pdf::parse_packet_request(&request, as_of).expect("valid packet request");
    let font = pdf::FontFile::load(Path::new(FONT)).unwrap();
    let bytes = pdf::render(&packet, &font, Lang::ZhCn).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    assert!(bytes.len() < 250_000, "the 19 MB font must be subset; the packet is {} bytes", bytes.len());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("packet.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let text: String = pdftotext(&path).chars().filter(|c| !c.is_whitespace()).collect();
    for expected in [
        "跨省异地就医登记备案表",
        "王秀英",
        "11010519491231002X",
        "北京市朝阳区（110105）",
        "湖北省武汉市（420100）",
        "职工医保",
        "异地安置退休人员",
        "2026-12-01",
        "13800138000",
        "李明",
        "420111198305120038",
        // The legal text, from its title to its last clause (seed 000, verbatim).
        "北京市基本医疗保险跨省异地就医住院医疗费用直接结算知情同意书",
        "对于有严重违规行为的,可暂停直接结算",
        "以上相关内容本人或被委托人确认已完全知情,并同意办理直接结算备案。",
        "参保人或被委托人签字:",
        // Checklist and next steps as given.
        "代办人身份证（李明）",
        "出院时只需支付个人负担部分",
    ] {
        assert!(text.contains(expected), "the packet should contain {expected:?}");
    }
}

/// Already paid in full: the claim cover sheet comes first, with who, where, when and how much,
/// the originals and copies to hand in, and the steps; a discharge before the admission is refused.
#[test]
fn the_claim_cover_sheet_comes_first_with_its_checklist() {
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    request["claim"] = json!({
        "admissionDate": "2026-10-02", "dischargeDate": "2026-10-12", "hospital": "武汉大学人民医院",
        "amountPaid": "50000", "expectedBack": "35256.00", "consent": "到窗口办：带上代办人的身份证和参保人本人的证件",
        "originals": ["医疗费用发票", "费用明细清单"], "copies": ["出院记录（出院小结）"],
        "steps": ["先问参保地要不要补办备案", "交到参保地医保经办机构"]
    });
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let packet = pdf::parse_packet_request(&request, as_of).expect("valid packet request with a claim");
    let font = pdf::FontFile::load(Path::new(FONT)).unwrap();
    let bytes = pdf::render(&packet, &font, Lang::ZhCn).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("claim.pdf");
    std::fs::write(&path, &bytes).unwrap();
    let text: String = pdftotext(&path).chars().filter(|c| !c.is_whitespace()).collect();
    let cover = text.find("回参保地手工报销·材料封面").expect("the cover sheet's title");
    let form = text.find("跨省异地就医登记备案表").expect("the filing form follows");
    assert!(cover < form, "the cover sheet is the first page");
    for expected in ["武汉大学人民医院", "2026年10月2日", "2026年10月12日", "50,000元", "35,256元", "要交的原件", "医疗费用发票", "出院记录（出院小结）", "1.先问参保地要不要补办备案", "到窗口办"] {
        assert!(text.contains(expected), "the cover sheet should contain {expected:?}");
    }
    request["claim"]["dischargeDate"] = json!("2026-09-30");
    let e = pdf::parse_packet_request(&request, as_of).unwrap_err();
    assert_eq!(e.field, "claim.dischargeDate");
}

/// Roughly what comes back, as yidi-core words it: a range is printed as the range, with what it
/// rests on under the table; when it cannot be estimated, the sheet says why and what to enter
/// instead of leaving the line blank.
#[test]
fn the_cover_sheet_prints_the_expected_amount_as_the_core_words_it() {
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    request["claim"] = json!({
        "amountPaid": "50000.00", "expectedBackText": "约 42,792 – 44,496 元",
        "expectedBackNote": "公开资料对支付比例说法不一，所以是一个范围。",
        "steps": ["交到参保地医保经办机构"]
    });
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let font = pdf::FontFile::load(Path::new(FONT)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text_of = |request: &Value, name: &str| -> String {
        let packet = pdf::parse_packet_request(request, as_of).expect("valid packet request with a claim");
        let bytes = pdf::render(&packet, &font, Lang::ZhCn).unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        pdftotext(&path).chars().filter(|c| !c.is_whitespace()).collect()
    };
    let text = text_of(&request, "range.pdf");
    for expected in ["大约能报回（估算）", "约42,792–44,496元", "公开资料对支付比例说法不一"] {
        assert!(text.contains(expected), "the cover sheet should contain {expected:?}");
    }
    request["claim"] = json!({ "expectedBackText": "还不能估算：请先填上已全额支付的金额（发票上的合计金额）。" });
    let text = text_of(&request, "missing.pdf");
    let line = text.find("大约能报回（估算）").expect("the line is there");
    assert!(text[line..].starts_with("大约能报回（估算）还不能估算：请先填上已全额支付的金额"), "says why, not a blank");
}

/// The cover sheet is handed to a clerk of the insured region, who reads Chinese: printed in
/// English, every label and heading carries the Chinese first, the English after it; the values
/// stay as the person entered them or as the English screen words them. Printed in Chinese
/// (simplified or traditional) nothing is doubled.
#[test]
fn an_english_cover_sheet_carries_the_chinese_labels_for_the_clerk() {
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    request["claim"] = json!({
        "admissionDate": "2026-10-02", "dischargeDate": "2026-10-12", "hospital": "武汉大学人民医院",
        "amountPaid": "50000", "originals": ["Invoices"], "copies": ["Discharge summary"],
        "steps": ["Hand it in at the insured region's agency"]
    });
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let packet = pdf::parse_packet_request(&request, as_of).expect("valid packet request with a claim");
    let font = pdf::FontFile::load(Path::new(FONT)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let text_in = |lang: Lang| -> String {
        let path = dir.path().join(format!("{lang:?}.pdf"));
        std::fs::write(&path, pdf::render(&packet, &font, lang).unwrap()).unwrap();
        let text: String = pdftotext(&path).chars().filter(|c| !c.is_whitespace()).collect();
        // The cover sheet only: it ends where the filing form begins.
        let end = text.find("跨省异地就医登记备案表").or_else(|| text.find("Cross-province")).unwrap_or(text.len());
        text[..end].to_string()
    };
    let en = text_in(Lang::EnUs);
    for (zh, english) in [
        ("回参保地手工报销·材料封面", "Claimathome·coversheet"),
        ("就医医院", "Hospital"),
        ("入院日期", "Admittedon"),
        ("出院日期", "Dischargedon"),
        ("已全额支付的医疗费", "Paidinfullatthehospital"),
        ("要交的原件", "Originalstohandin"),
        ("怎么办", "Whattodo"),
    ] {
        let (Some(a), Some(b)) = (en.find(zh), en.find(english)) else {
            panic!("the English cover sheet should carry {zh:?} and {english:?}:\n{en}")
        };
        assert!(a < b, "the Chinese label comes first: {zh:?} before {english:?}");
    }
    assert!(en.contains("武汉大学人民医院") && en.contains("Invoices"), "values as entered:\n{en}");
    // Regions carry their Chinese names too: 420100 is 武汉市 (Wuhan), 110105 朝阳区 (Chaoyang).
    for (zh, english) in [("武汉市", "Wuhan"), ("朝阳区", "Chaoyang")] {
        let (Some(a), Some(b)) = (en.find(zh), en.find(english)) else { panic!("{zh:?} and {english:?} on the sheet:\n{en}") };
        assert!(a < b, "{zh:?} before {english:?}");
    }
    // Chinese sheets are not doubled.
    let zh = text_in(Lang::ZhCn);
    assert!(zh.contains("就医医院") && !zh.contains("Hospital"), "{zh}");
    let tw = text_in(Lang::ZhTw);
    assert!(tw.contains("就醫醫院") && !tw.contains("就医医院") && !tw.contains("Hospital"), "{tw}");
}

#[test]
fn a_packet_for_an_altered_record_or_another_person_is_refused() {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    let mut record: Value = serde_json::from_str(&signed_text()).unwrap();
    record["payload"]["signer"]["name"] = json!("张三");
    request["record"] = record;
    let e = pdf::parse_packet_request(&request, as_of).unwrap_err();
    assert_eq!((e.field.as_str(), e.code()), ("record", "consent-err-record-invalid"));

    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    request["form"]["idNumber"] = json!("110101198001010010");
    let e = pdf::parse_packet_request(&request, as_of).unwrap_err();
    assert_eq!((e.field.as_str(), e.code()), ("form.idNumber", "consent-err-form-other-person"));
    request["form"]["idNumber"] = json!("11010519491231002X");
    request["form"]["phone"] = json!("12");
    assert_eq!(pdf::parse_packet_request(&request, as_of).unwrap_err().field, "form.phone");
}

#[test]
fn identity_numbers_as_data() {
    let table = include_str!("fixtures/id-numbers.tsv");
    let mut cases = 0;
    for line in table.lines().filter(|l| !l.starts_with('#')).skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [input, as_of, expected, why] = cols[..] else { panic!("bad row {line:?}") };
        let as_of = chrono::NaiveDate::parse_from_str(as_of, "%Y-%m-%d").unwrap();
        let got = match yidi_consent::parse_id_number("idNumber", input, as_of) {
            Ok(id) => format!("ok:{}", id.number),
            Err(e) => e.code().to_string(),
        };
        assert_eq!(got, expected, "{input}: {why}");
        cases += 1;
    }
    assert_eq!(cases, 16, "every row ran");
}

/// Issue 14, finding 6: the packet prints only a record sealed by the trusted key and about the
/// person the form names; a record with a key given twice does not verify; checklists are bounded.
#[test]
fn a_packet_with_a_resealed_record_another_name_or_a_duplicated_key_is_refused() {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let trusted = key().verifying_key();
    // Edited, then re-sealed with another key: consistent alone, refused against the device's key.
    let mut record = record::parse_record(&signed_text()).unwrap();
    record.payload.typed_name = "王秀英".into();
    let resealed = record::seal(record.payload, &DeviceKey::from_seed([9; 32])).unwrap();
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::to_value(&resealed).unwrap();
    let e = pdf::parse_packet_request_trusted(&request, as_of, Some(&trusted)).unwrap_err();
    assert_eq!((e.field.as_str(), e.code()), ("record", "consent-err-record-invalid"));

    // The form names someone else than the signed record (same ID number, other name).
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    assert!(pdf::parse_packet_request_trusted(&request, as_of, Some(&trusted)).is_ok(), "the fixture itself prints");
    request["form"]["insuredName"] = json!("王秀兰");
    let e = pdf::parse_packet_request_trusted(&request, as_of, Some(&trusted)).unwrap_err();
    assert_eq!((e.field.as_str(), e.code()), ("form.insuredName", "consent-err-form-other-person"));

    // A checklist of 100,000 lines is refused, not laid out.
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&signed_text()).unwrap();
    request["checklist"] = json!(vec!["身份证"; 100_000]);
    assert_eq!(pdf::parse_packet_request(&request, as_of).unwrap_err().code(), "consent-err-too-many-lines");

    // The same key twice in the file: serde_json alone would keep the last one and verify.
    let text = signed_text();
    let doubled = text.replacen("\"typedName\"", "\"typedName\": \"张三\", \"typedName\"", 1);
    assert_ne!(doubled, text, "the fixture has a typedName to double");
    let verdict = record::verify(&doubled, Some(&trusted));
    assert!(!verdict.valid, "a record with a duplicated key must not verify");
    assert_eq!((verdict.problems[0].field.as_str(), verdict.problems[0].code), ("typedName", ProblemCode::DuplicateKey));
}

// ---- Signing without a pointer (issue 10 point 6, UX review C8) ----

/// The fixture request, signed by typing the proxy's name and confirming the statement shown in
/// `lang`.
fn typed_request(lang: Lang) -> Value {
    let mut r = request();
    r["signature"] = json!({
        "method": "typed",
        "name": "李明",
        "statement": record::typed_statement(lang),
    });
    r
}

fn typed_signed_text() -> String {
    let record = record::sign(&typed_request(Lang::ZhCn), at(), &key(), Lang::ZhCn).expect("a typed signature is valid");
    serde_json::to_string_pretty(&record).unwrap()
}

#[test]
fn a_typed_signature_round_trips_and_says_how_it_was_made() {
    let text = typed_signed_text();
    let verdict = record::verify(&text, Some(&key().verifying_key()));
    assert!(verdict.valid, "a freshly sealed typed record must verify: {:?}", verdict.problems);
    let raw: Value = serde_json::from_str(&text).unwrap();
    // The statement as written in locales/zh-CN/consent.ftl and asked for by issue 10 / C8.
    assert_eq!(
        raw["payload"]["signature"],
        json!({"method": "typed", "name": "李明", "statement": "我确认以上内容，以输入姓名的方式签字"}),
        "the sealed record names the method, the typed name and the statement's text"
    );
    for field in ["signature.method", "signature.name", "signature.statement"] {
        assert!(
            raw["digests"].get(field).is_some(),
            "{field} has its own digest, so a change names it"
        );
    }
    let record = record::parse_record(&text).unwrap();
    assert!(record.payload.signature.drawn().is_none());
    assert_eq!(record.payload.signature.typed().unwrap().name, "李明");
    // The statement in another language shown is accepted and sealed word for word.
    let en = record::sign(&typed_request(Lang::EnUs), at(), &key(), Lang::EnUs).unwrap();
    assert_eq!(en.payload.signature.typed().unwrap().statement, "I confirm the above and sign by typing my name");
}

#[test]
fn a_changed_statement_name_or_method_of_a_typed_signature_is_caught_and_named() {
    let original: Value = serde_json::from_str(&typed_signed_text()).unwrap();
    let cases: [(&str, Value); 4] = [
        ("signature.statement", json!("我确认以上内容")),
        ("signature.name", json!("李华")),
        ("signature.method", json!("drawn")),
        ("typedName", json!("李华")),
    ];
    for (field, value) in cases {
        let mut v = original.clone();
        let target = v["payload"].pointer_mut(&pointer(field)).unwrap();
        *target = value;
        let verdict = verify(&v);
        assert!(!verdict.valid, "changing {field} must break the record");
        assert!(
            verdict.problems.iter().any(|p| p.code == ProblemCode::Altered && p.field == field),
            "changing {field} must be reported as that field altered, got {:?}",
            verdict.problems
        );
        let message = ProblemCode::Altered.message(Lang::ZhCn, field);
        assert!(!message.contains("signature."), "the field is named by its label, not its path: {message}");
    }
    // Swapping the typed signature for strokes is caught too: fields removed and added.
    let mut v = original.clone();
    v["payload"]["signature"] = json!({"pad": {"width": 600, "height": 200}, "strokes": [[{"x": "1", "y": "1"}, {"x": "2", "y": "2"}]]});
    let verdict = verify(&v);
    assert!(verdict.problems.iter().any(|p| p.code == ProblemCode::Removed && p.field == "signature.statement"), "{:?}", verdict.problems);
}

#[test]
fn a_typed_signature_needs_the_signers_name_and_the_shown_statement() {
    let refuse = |edit: &dyn Fn(&mut Value)| {
        let mut r = typed_request(Lang::ZhCn);
        edit(&mut r);
        let e = record::sign(&r, at(), &key(), Lang::ZhCn).expect_err("the request must be refused");
        (e.field.clone(), e.code())
    };
    assert_eq!(
        refuse(&|r| r["signature"]["name"] = json!("王秀英")),
        ("signature.name".into(), "consent-err-typed-name"),
        "the proxy 李明 signs, not the insured person 王秀英"
    );
    assert_eq!(
        refuse(&|r| r["signature"]["statement"] = json!("我同意")),
        ("signature.statement".into(), "consent-err-typed-statement"),
        "only the statement the app shows is sealed"
    );
    assert_eq!(
        refuse(&|r| r["signature"]["method"] = json!("stamped")),
        ("signature.method".into(), "not_one_of")
    );
    assert_eq!(
        refuse(&|r| r["signature"]["pad"] = json!({"width": 1, "height": 1})),
        ("signature.pad".into(), "unknown_field"),
        "a typed signature carries no strokes"
    );
    let mut r = typed_request(Lang::ZhCn);
    r["signature"].as_object_mut().unwrap().remove("statement");
    let e = record::sign(&r, at(), &key(), Lang::ZhCn).unwrap_err();
    assert_eq!(e.field, "signature.statement");
    let msg = e.message(Lang::ZhCn);
    assert!(msg.contains("签字声明"), "the missing statement is named by its label: {msg}");
}

/// A record sealed before typed signatures existed: the drawn signature has no `method`.
#[test]
fn an_old_drawn_record_without_a_method_still_verifies() {
    let validated = record::validate_request(&request(), at(), Lang::ZhCn).unwrap();
    let mut payload = validated.payload;
    match &mut payload.signature {
        record::SignatureMark::Drawn(s) => s.method = None,
        record::SignatureMark::Typed(_) => panic!("the fixture draws"),
    }
    let old = serde_json::to_string(&record::seal(payload, &key()).unwrap()).unwrap();
    let raw: Value = serde_json::from_str(&old).unwrap();
    assert!(raw["payload"]["signature"].get("method").is_none(), "the old shape: pad and strokes only");
    let verdict = record::verify(&old, Some(&key().verifying_key()));
    assert!(verdict.valid, "an old record still verifies: {:?}", verdict.problems);
    let parsed = record::parse_record(&old).unwrap();
    assert!(parsed.payload.signature.drawn().is_some(), "and reads as drawn");
}

#[test]
fn the_pdf_shows_a_typed_signature_as_the_name_with_the_statement() {
    assert!(Path::new(FONT).exists(), "{FONT} missing: install Debian fonts-noto-cjk (scripts/apt-packages.txt)");
    let mut request: Value = serde_json::from_str(PACKET).unwrap();
    request["record"] = serde_json::from_str(&typed_signed_text()).unwrap();
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let packet = pdf::parse_packet_request(&request, as_of).expect("valid packet request");
    let font = pdf::FontFile::load(Path::new(FONT)).unwrap();
    let bytes = pdf::render(&packet, &font, Lang::ZhCn).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typed.pdf");
    std::fs::write(&path, &bytes).unwrap();
    // Kept under target/ for a person to look at.
    let _ = std::fs::write(Path::new(env!("CARGO_TARGET_TMPDIR")).join("consent-typed-signature.pdf"), &bytes);
    let text: String = pdftotext(&path).chars().filter(|c| !c.is_whitespace()).collect();
    // Both signature places (the form's row and the signed text's line) carry the statement.
    let statement = "以输入姓名的方式签字：我确认以上内容，以输入姓名的方式签字";
    // Each place shows "以输入姓名的方式签字：" and then the whole statement, which ends with the same
    // words: four times in all when nothing is cut off (the legal text has none).
    assert_eq!(
        text.matches("的方式签字").count(),
        4,
        "the form and the signed text each show the label and the whole statement: {text}"
    );
    assert!(text.contains(&statement[..statement.find('，').unwrap()]), "labelled as a typed signature");
    let drawn: String = {
        let mut request: Value = serde_json::from_str(PACKET).unwrap();
        request["record"] = serde_json::from_str(&signed_text()).unwrap();
        let packet = pdf::parse_packet_request(&request, as_of).unwrap();
        let p = dir.path().join("drawn.pdf");
        std::fs::write(&p, pdf::render(&packet, &font, Lang::ZhCn).unwrap()).unwrap();
        pdftotext(&p)
    };
    assert!(!drawn.contains("我确认以上内容"), "a drawn signature has no typed statement");
}
