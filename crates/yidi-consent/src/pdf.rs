//! The printable packet: the filled cross-province filing registration form (跨省异地就医登记备案表),
//! the signed consent or commitment with the signature drawn from its strokes, and the checklist
//! and next steps, in one PDF.
//!
//! Chinese needs a CJK font; none ships with PDF viewers, so the font is embedded, subset to the
//! glyphs used (a 19 MB Noto Sans CJK collection becomes some tens of kilobytes) and written as a
//! CID font with a ToUnicode map so that the text can be searched, copied and extracted. The font
//! file is a parameter: the app and the CLI pass the system's (Debian `fonts-noto-cjk`, SIL OFL
//! 1.1), see docs/consent.md.
//!
//! Layout is done in integer centipoints (1/100 pt) with the page's coordinate system scaled
//! once, so no float arithmetic happens here; the writer's API takes `f32` values, converted at
//! the call.

use std::{collections::BTreeMap, path::Path};

use chrono::NaiveDate;
use pdf_writer::{
    types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap},
    Content, Filter, Finish, Name, Pdf, Rect, Ref, Str,
};
use rust_decimal::{prelude::ToPrimitive, Decimal};
use serde_json::Value;
use yidi_domain::{
    divisions,
    i18n::{self, Args},
    input::Object,
    FieldError, FilingCategory, Labelled, Lang, Scheme,
};

use crate::{
    idnumber::parse_id_number,
    record::{self, region_name, SignatureMark, SignedRecord, SignerRole, Strokes},
};

/// A4 in centipoints.
const PAGE_W: i64 = 59_528;
const PAGE_H: i64 = 84_189;
const MARGIN: i64 = 4_000;
const BODY_SIZE: i64 = 1_050;
const SMALL_SIZE: i64 = 850;
const TITLE_SIZE: i64 = 1_600;

/// Why the packet could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    #[error("cannot read the font {path}: {source}")]
    FontIo { path: String, source: std::io::Error },
    #[error("{path} is not a usable font: {detail}")]
    FontInvalid { path: String, detail: String },
    #[error("the font has no glyphs for: {chars}")]
    MissingGlyphs { chars: String },
    #[error("font subsetting failed: {0}")]
    Subset(String),
}

/// A font file and the face in it to use.
#[derive(Debug)]
pub struct FontFile {
    path: String,
    data: Vec<u8>,
    index: u32,
}

impl FontFile {
    /// Reads a TrueType/OpenType font or collection. In a collection the Simplified Chinese face
    /// (family name with "SC") is chosen, since CJK collections share glyphs but differ in the
    /// regional forms their character maps select.
    pub fn load(path: &Path) -> Result<FontFile, PdfError> {
        let shown = path.display().to_string();
        let data = std::fs::read(path).map_err(|source| PdfError::FontIo { path: shown.clone(), source })?;
        let count = ttf_parser::fonts_in_collection(&data).unwrap_or(1);
        let mut index = 0;
        for i in 0..count {
            let Ok(face) = ttf_parser::Face::parse(&data, i) else { continue };
            let simplified = face.names().into_iter().any(|n| {
                n.name_id == ttf_parser::name_id::FAMILY && n.to_string().is_some_and(|s| s.ends_with(" SC"))
            });
            if simplified {
                index = i;
                break;
            }
        }
        ttf_parser::Face::parse(&data, index)
            .map_err(|e| PdfError::FontInvalid { path: shown.clone(), detail: e.to_string() })?;
        Ok(FontFile { path: shown, data, index })
    }
}

/// The registration form's fields, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FilingForm {
    pub insured_name: String,
    pub id_number: String,
    pub insured_region: String,
    pub scheme: Scheme,
    pub category: FilingCategory,
    pub destination: String,
    pub start_date: NaiveDate,
    pub end_date: Option<NaiveDate>,
    pub phone: String,
}

/// Everything the packet shows.
#[derive(Debug, Clone)]
pub struct Packet {
    pub form: FilingForm,
    pub record: SignedRecord,
    pub checklist: Vec<String>,
    pub next_steps: Vec<String>,
    /// For someone who already paid in full: the claim-at-home cover sheet and its checklist,
    /// printed first.
    pub claim: Option<ClaimSheet>,
}

/// The claim at home (回参保地手工报销): dates and amounts for the cover sheet, the papers to hand
/// in (originals first, then copies) and the steps, as the plan words them.
#[derive(Debug, Clone, Default)]
pub struct ClaimSheet {
    pub admission_date: Option<NaiveDate>,
    pub discharge_date: Option<NaiveDate>,
    pub hospital: Option<String>,
    /// What was paid at the hospital.
    pub amount_paid: Option<yidi_domain::Money>,
    /// Roughly what should come back (yidi-core's claim estimate on the person's facts).
    pub expected_back: Option<yidi_domain::Money>,
    /// The same as the core words it ("约 42,792 – 44,496 元" for a range, or why it cannot be
    /// estimated yet and what to enter): printed instead of the bare figure.
    pub expected_back_text: Option<String>,
    /// What the figure rests on, printed small under the table.
    pub expected_back_note: Option<String>,
    /// How the insured person consented, when a relative claims.
    pub consent: Option<String>,
    pub originals: Vec<String>,
    pub copies: Vec<String>,
    pub steps: Vec<String>,
}

/// Reads a packet request: `{form, record, checklist, nextSteps}` (docs/consent.md). The record
/// must verify, and the form must be about the person the record is about.
pub fn parse_packet_request(request: &Value, as_of: NaiveDate) -> Result<Packet, FieldError> {
    parse_packet_request_trusted(request, as_of, None)
}

/// The most lines a checklist or the next steps may have, and the most characters a line may
/// have: a packet is a few printed pages, not a book.
pub const MAX_LINES: usize = 40;
pub const MAX_LINE_CHARS: usize = 300;

/// [`parse_packet_request`], and with `trusted` the record must have been sealed by that key: a
/// record edited and re-sealed with another key is refused, not printed.
pub fn parse_packet_request_trusted(
    request: &Value,
    as_of: NaiveDate,
    trusted: Option<&ed25519_dalek::VerifyingKey>,
) -> Result<Packet, FieldError> {
    let doc = Object::new("", request)?;
    doc.deny_unknown(&["form", "record", "checklist", "nextSteps", "claim"])?;
    let form_value = doc.opt_value("form").ok_or_else(|| FieldError::missing("form"))?;
    let form = Object::new("form", form_value)?;
    form.deny_unknown(&[
        "insuredName",
        "idNumber",
        "insuredRegion",
        "scheme",
        "category",
        "destination",
        "startDate",
        "endDate",
        "phone",
    ])?;
    let insured_name = crate::identity::check_name("form.insuredName", form.str("insuredName")?)?;
    let id_number = parse_id_number("form.idNumber", form.str("idNumber")?, as_of)?.number;
    let insured_region = form.region("insuredRegion")?.code.to_string();
    let destination = form.region("destination")?.code.to_string();
    let start_date = form.date("startDate")?;
    let end_date = form.opt_date("endDate")?;
    if let Some(end) = end_date.filter(|end| *end < start_date) {
        return Err(FieldError::custom(
            "form.endDate",
            "consent-err-end-before-start",
            vec![("value", end.to_string()), ("start", start_date.to_string())],
        ));
    }
    let phone_text = form.str("phone")?;
    let phone = crate::identity::check_phone("form.phone", phone_text)?;
    let form = FilingForm {
        insured_name,
        id_number,
        insured_region,
        scheme: form.choice("scheme")?,
        category: form.choice("category")?,
        destination,
        start_date,
        end_date,
        phone,
    };

    let record_value = doc.opt_value("record").ok_or_else(|| FieldError::missing("record"))?;
    let record_text = record_value.to_string();
    let verdict = record::verify(&record_text, trusted);
    if let Some(problem) = verdict.problems.first() {
        return Err(FieldError::custom(
            "record",
            "consent-err-record-invalid",
            vec![("problem", problem.field.clone())],
        ));
    }
    let record = record::parse_record(&record_text).ok_or_else(|| FieldError::wrong_type("record", "record"))?;
    if record.payload.insured.id_number != form.id_number {
        return Err(FieldError::custom("form.idNumber", "consent-err-form-other-person", vec![]));
    }
    if record.payload.insured.name != form.insured_name {
        return Err(FieldError::custom("form.insuredName", "consent-err-form-other-person", vec![]));
    }
    let lines = |key: &str| -> Result<Vec<String>, FieldError> {
        match doc.get(key) {
            None => Ok(Vec::new()),
            Some(Value::Array(items)) if items.len() > MAX_LINES => Err(FieldError::custom(
                key,
                "consent-err-too-many-lines",
                vec![("count", items.len().to_string()), ("max", MAX_LINES.to_string())],
            )),
            Some(Value::Array(items)) => items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let line = v.as_str().map(|s| s.trim().to_string()).ok_or_else(|| FieldError::wrong_type(format!("{key}[{i}]"), "text"))?;
                    if line.chars().count() > MAX_LINE_CHARS || line.chars().any(char::is_control) {
                        return Err(FieldError::custom(
                            format!("{key}[{i}]"),
                            "consent-err-line-too-long",
                            vec![("max", MAX_LINE_CHARS.to_string())],
                        ));
                    }
                    Ok(line)
                })
                .collect(),
            Some(_) => Err(FieldError::wrong_type(key, "list")),
        }
    };
    let claim = match doc.opt_value("claim") {
        None => None,
        Some(value) => Some(parse_claim(value)?),
    };
    Ok(Packet { form, record, checklist: lines("checklist")?, next_steps: lines("nextSteps")?, claim })
}

fn text_list(o: &Object<'_>, key: &str) -> Result<Vec<String>, FieldError> {
    match o.opt_value(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| v.as_str().map(|s| s.trim().to_string()).ok_or_else(|| FieldError::wrong_type(format!("{}[{i}]", o.path(key)), "text")))
            .collect(),
        Some(_) => Err(FieldError::wrong_type(o.path(key), "list")),
    }
}

/// `claim`: `{admissionDate?, dischargeDate?, hospital?, amountPaid?, expectedBack?,
/// expectedBackText?, expectedBackNote?, consent?, originals[], copies[], steps[]}`; a discharge
/// before the admission is refused.
fn parse_claim(value: &Value) -> Result<ClaimSheet, FieldError> {
    let o = Object::new("claim", value)?;
    o.deny_unknown(&["admissionDate", "dischargeDate", "hospital", "amountPaid", "expectedBack", "expectedBackText", "expectedBackNote", "consent", "originals", "copies", "steps"])?;
    let claim = ClaimSheet {
        admission_date: o.opt_date("admissionDate")?,
        discharge_date: o.opt_date("dischargeDate")?,
        hospital: o.opt_str("hospital")?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        amount_paid: o.opt_money("amountPaid")?,
        expected_back: o.opt_money("expectedBack")?,
        expected_back_text: o.opt_str("expectedBackText")?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        expected_back_note: o.opt_str("expectedBackNote")?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        consent: o.opt_str("consent")?.map(|s| s.trim().to_string()).filter(|s| !s.is_empty()),
        originals: text_list(&o, "originals")?,
        copies: text_list(&o, "copies")?,
        steps: text_list(&o, "steps")?,
    };
    if let (Some(a), Some(d)) = (claim.admission_date, claim.discharge_date) {
        if d < a {
            return Err(FieldError::custom(
                "claim.dischargeDate",
                "consent-err-discharge-before-admission",
                vec![("value", d.to_string()), ("start", a.to_string())],
            ));
        }
    }
    Ok(claim)
}

/// One drawing operation, in centipoints from the page's bottom-left corner.
#[derive(Debug, Clone)]
enum Op {
    Text { x: i64, y: i64, size: i64, text: String },
    Rect { x: i64, y: i64, w: i64, h: i64, width: i64 },
    Line { points: Vec<(i64, i64)>, width: i64 },
}

/// Font metrics for layout.
struct Metrics<'a> {
    face: ttf_parser::Face<'a>,
    upem: i64,
}

impl Metrics<'_> {
    fn advance(&self, c: char) -> i64 {
        self.face
            .glyph_index(c)
            .and_then(|g| self.face.glyph_hor_advance(g))
            .map(i64::from)
            .unwrap_or(self.upem / 2)
    }

    /// Width of `text` at `size`, in centipoints.
    fn width(&self, text: &str, size: i64) -> i64 {
        text.chars().map(|c| self.advance(c)).sum::<i64>() * size / self.upem
    }

    /// Greedy line breaking: any character may end a line in CJK text; inside a run of Latin
    /// letters the break goes back to the last space.
    fn wrap(&self, text: &str, size: i64, max: i64) -> Vec<String> {
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let mut line = String::new();
            let mut width = 0;
            for c in paragraph.chars() {
                let w = self.advance(c) * size / self.upem;
                if width + w > max && !line.is_empty() {
                    let split = if c.is_ascii_alphanumeric() { line.rfind(' ') } else { None };
                    match split {
                        Some(at) if at > 0 => {
                            let rest = line[at + 1..].to_string();
                            line.truncate(at);
                            lines.push(std::mem::take(&mut line));
                            line = rest;
                        }
                        _ => lines.push(std::mem::take(&mut line)),
                    }
                    width = self.width(&line, size);
                }
                if line.is_empty() && c == ' ' {
                    continue;
                }
                line.push(c);
                width += w;
            }
            lines.push(line);
        }
        lines
    }
}

/// Pages being laid out, top to bottom.
struct Layout<'a> {
    metrics: &'a Metrics<'a>,
    pages: Vec<Vec<Op>>,
    /// Baseline of the next line on the current page.
    y: i64,
}

impl<'a> Layout<'a> {
    fn new(metrics: &'a Metrics<'a>) -> Self {
        Layout { metrics, pages: vec![Vec::new()], y: PAGE_H - MARGIN }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = PAGE_H - MARGIN;
    }

    /// Makes room for `height` below the cursor, starting a page if needed.
    fn need(&mut self, height: i64) {
        if self.y - height < MARGIN {
            self.new_page();
        }
    }

    fn text(&mut self, x: i64, y: i64, size: i64, text: &str) {
        // Tabs become spaces; other control characters have no glyph and are dropped.
        let text: String = text.chars().map(|c| if c == '\t' { ' ' } else { c }).filter(|c| !c.is_control()).collect();
        if !text.is_empty() {
            self.ops().push(Op::Text { x, y, size, text });
        }
    }

    fn centered(&mut self, size: i64, text: &str) {
        self.need(size * 2);
        let w = self.metrics.width(text, size);
        let y = self.y - size;
        self.text((PAGE_W - w) / 2, y, size, text);
        self.y -= size * 2;
    }

    /// A wrapped paragraph at `indent` from the left margin.
    fn paragraph(&mut self, size: i64, indent: i64, text: &str) {
        let leading = size * 3 / 2;
        let lines = self.metrics.wrap(text, size, PAGE_W - 2 * MARGIN - indent);
        // Keep a short paragraph (up to four lines) on one page.
        if lines.len() <= 4 {
            self.need(lines.len() as i64 * leading);
        }
        for line in lines {
            self.need(leading);
            let y = self.y - size;
            self.text(MARGIN + indent, y, size, &line);
            self.y -= leading;
        }
        self.y -= size / 2;
    }

    fn rect(&mut self, x: i64, y: i64, w: i64, h: i64) {
        self.ops().push(Op::Rect { x, y, w, h, width: 60 });
    }

    /// The signature in a box (x, y = bottom-left): the drawing, or for a typed signature the
    /// typed name with the statement the signer confirmed beneath it.
    fn mark(&mut self, mark: &SignatureMark, lang: Lang, x: i64, y: i64, w: i64, h: i64) {
        match mark {
            SignatureMark::Drawn(strokes) => self.signature(strokes, x, y, w, h),
            SignatureMark::Typed(typed) => {
                let name_size = BODY_SIZE * 3 / 2;
                let mut lines = vec![(name_size, typed.name.clone())];
                let note = format!("{}{}", t(lang, "consent-pdf-typed-signature"), typed.statement);
                for line in self.metrics.wrap(&note, SMALL_SIZE, w) {
                    lines.push((SMALL_SIZE, line));
                }
                let mut cursor = y + h - name_size;
                for (size, line) in lines {
                    if cursor < y {
                        break;
                    }
                    self.text(x, cursor, size, &line);
                    cursor -= size * 3 / 2;
                }
            }
        }
    }

    /// Draws signature strokes scaled to fit a box (x, y = bottom-left), keeping proportions.
    fn signature(&mut self, strokes: &Strokes, x: i64, y: i64, w: i64, h: i64) {
        let pad_w = Decimal::from(strokes.pad.width.max(1));
        let pad_h = Decimal::from(strokes.pad.height.max(1));
        let scale = (Decimal::from(w) / pad_w).min(Decimal::from(h) / pad_h);
        let to_cp = |d: Decimal| d.round().to_i64().unwrap_or(0);
        for stroke in &strokes.strokes {
            let mut points: Vec<(i64, i64)> = stroke
                .iter()
                .filter_map(|p| Some((p.x.parse::<Decimal>().ok()?, p.y.parse::<Decimal>().ok()?)))
                .map(|(px, py)| (x + to_cp(px * scale), y + h - to_cp(py * scale)))
                .collect();
            if points.len() == 1 {
                // A dot: a very short line, so round caps show it.
                let (px, py) = points[0];
                points.push((px + 20, py));
            }
            if !points.is_empty() {
                self.ops().push(Op::Line { points, width: 180 });
            }
        }
    }
}

fn t(lang: Lang, id: &str) -> String {
    i18n::format_or_id(lang, id, &Args::new())
}

/// Lays out and writes the packet.
pub fn render(packet: &Packet, font: &FontFile, lang: Lang) -> Result<Vec<u8>, PdfError> {
    let face = ttf_parser::Face::parse(&font.data, font.index)
        .map_err(|e| PdfError::FontInvalid { path: font.path.clone(), detail: e.to_string() })?;
    let upem = i64::from(face.units_per_em()).max(1);
    let metrics = Metrics { face, upem };
    let mut layout = Layout::new(&metrics);
    if let Some(claim) = &packet.claim {
        lay_out_claim(&mut layout, packet, claim, lang);
        layout.new_page();
    }
    lay_out_form(&mut layout, packet, lang);
    layout.new_page();
    lay_out_signed_text(&mut layout, packet, lang);
    if !packet.checklist.is_empty() || !packet.next_steps.is_empty() {
        layout.new_page();
        lay_out_checklist(&mut layout, packet, lang);
    }
    write_pdf(&layout.pages, &metrics, font, &t(lang, "consent-pdf-form-title"))
}

/// 北京市朝阳区（110105）/ Chaoyang District, Beijing (110105).
fn with_code(code: &str, lang: Lang) -> String {
    if lang == Lang::EnUs {
        format!("{} ({code})", region_name(code, lang))
    } else {
        format!("{}（{code}）", region_name(code, lang))
    }
}

fn lay_out_form(l: &mut Layout<'_>, packet: &Packet, lang: Lang) {
    let f = &packet.form;
    let p = &packet.record.payload;
    l.centered(TITLE_SIZE, &t(lang, "consent-pdf-form-title"));
    let mut rows: Vec<(String, String)> = vec![
        (t(lang, "consent-pdf-insured-name"), f.insured_name.clone()),
        (t(lang, "consent-pdf-id-number"), f.id_number.clone()),
        (t(lang, "consent-pdf-insured-region"), with_code(&f.insured_region, lang)),
        (t(lang, "consent-pdf-scheme"), f.scheme.label(lang)),
        (t(lang, "consent-pdf-category"), f.category.label(lang)),
        (t(lang, "consent-pdf-destination"), with_code(&f.destination, lang)),
        (t(lang, "consent-pdf-start-date"), f.start_date.to_string()),
        (
            t(lang, "consent-pdf-end-date"),
            f.end_date.map(|d| d.to_string()).unwrap_or_else(|| t(lang, "consent-pdf-end-date-open")),
        ),
        (t(lang, "consent-pdf-phone"), f.phone.clone()),
    ];
    if p.signer.role == SignerRole::Proxy {
        let relation = p.signer.relation.map(|r| t(lang, r.label_id())).unwrap_or_default();
        rows.push((t(lang, "consent-pdf-proxy"), format!("{}　{}　{}", p.signer.name, p.signer.id_number, relation)));
    }
    table_rows(l, rows);
    // Signature row, ruled like the rows above: the applicant's signature (insured or proxy) and
    // the date.
    let (label_w, table_w) = (TABLE_LABEL_W, PAGE_W - 2 * MARGIN);
    let h = 7_000;
    l.need(h);
    let top = l.y;
    l.rect(MARGIN, top - h, label_w, h);
    l.rect(MARGIN + label_w, top - h, table_w - label_w, h);
    l.text(MARGIN + 400, top - 700 - BODY_SIZE, BODY_SIZE, &t(lang, "consent-pdf-applicant-signature"));
    l.mark(&p.signature, lang, MARGIN + label_w + 600, top - h + 600, 18_000, h - 1_200);
    let date = format!("{}{}", t(lang, "consent-pdf-date"), p.signed_on);
    l.text(MARGIN + label_w + 20_000, top - h + 1_000, BODY_SIZE, &date);
    l.y -= h + 1_500;
    l.paragraph(SMALL_SIZE, 0, &t(lang, "consent-pdf-form-note"));
}

fn lay_out_signed_text(l: &mut Layout<'_>, packet: &Packet, lang: Lang) {
    let p = &packet.record.payload;
    // The legal original as signed, paragraph by paragraph (the body keeps the issuer's layout:
    // clauses separated by spaces or line breaks; each numbered item starts a new line here).
    let text = crate::texts::known(&p.text.id, &p.text.version);
    match text {
        Some(text) => {
            for clause in &text.clauses {
                match clause.role {
                    crate::texts::ClauseRole::Title => l.centered(TITLE_SIZE - 200, &clause.zh),
                    crate::texts::ClauseRole::SignatureLine => {}
                    _ => l.paragraph(BODY_SIZE, 0, &clause.zh),
                }
            }
        }
        None => l.paragraph(BODY_SIZE, 0, &p.text.body),
    }
    // Signature block, kept on one page: who signed, the drawn signature, the record's fingerprint.
    l.need(17_000);
    let role = t(lang, p.signer.role.label_id());
    let mut who = format!("{}{}　{}", t(lang, "consent-pdf-signer"), p.signer.name, role);
    if let Some(relation) = p.signer.relation {
        who.push_str(&format!("　{}{}", t(lang, "consent-pdf-relation"), t(lang, relation.label_id())));
    }
    l.paragraph(BODY_SIZE, 0, &who);
    l.paragraph(BODY_SIZE, 0, &format!("{}{}", t(lang, "consent-pdf-signer-id"), p.signer.id_number));
    if p.signer.role == SignerRole::Proxy {
        l.paragraph(
            BODY_SIZE,
            0,
            &format!("{}{}　{}", t(lang, "consent-pdf-insured"), p.insured.name, p.insured.id_number),
        );
    }
    let sign_label = text
        .and_then(|t| t.clauses.iter().find(|c| c.role == crate::texts::ClauseRole::SignatureLine))
        .map(|c| c.zh.clone())
        .unwrap_or_else(|| t(lang, "consent-pdf-applicant-signature"));
    // A typed signature needs room for the name and the statement beneath it.
    let h = if p.signature.typed().is_some() { 6_500 } else { 5_000 };
    let top = l.y;
    l.text(MARGIN, top - h / 2, BODY_SIZE, &sign_label);
    let label_w = l.metrics.width(&sign_label, BODY_SIZE) + 600;
    l.mark(&p.signature, lang, MARGIN + label_w, top - h, 16_000, h);
    l.text(MARGIN + label_w + 18_000, top - h / 2, BODY_SIZE, &format!("{}{}", t(lang, "consent-pdf-date"), p.signed_on));
    l.y -= h + 300;
    l.paragraph(BODY_SIZE, 0, &format!("{}{}", t(lang, "consent-pdf-typed-name"), p.typed_name));
    // What ties the paper to the sealed file.
    let fingerprint = i18n::format_or_id(
        lang,
        "consent-pdf-fingerprint",
        &Args::new()
            .text("id", p.text.id.clone())
            .text("version", p.text.version.clone())
            .text("hash", p.text.sha256.get(..16).unwrap_or_default().to_string())
            .text("key", packet.record.seal.public_key.get(..16).unwrap_or_default().to_string())
            .text("at", p.signed_at.clone()),
    );
    l.paragraph(SMALL_SIZE, 0, &fingerprint);
}

/// The label column of a ruled table (the form's and the claim sheet's).
const TABLE_LABEL_W: i64 = 13_000;

/// Rows of label and value in a ruled table (the form's layout).
fn table_rows(l: &mut Layout<'_>, rows: Vec<(String, String)>) {
    let label_w = TABLE_LABEL_W;
    let row_h = 2_600;
    let table_w = PAGE_W - 2 * MARGIN;
    let leading = BODY_SIZE * 3 / 2;
    for (label, value) in rows {
        let labels = l.metrics.wrap(&label, BODY_SIZE, label_w - 800);
        let lines = l.metrics.wrap(&value, BODY_SIZE, table_w - label_w - 800);
        let h = row_h.max(lines.len().max(labels.len()) as i64 * leading + 1_000);
        l.need(h);
        let top = l.y;
        l.rect(MARGIN, top - h, label_w, h);
        l.rect(MARGIN + label_w, top - h, table_w - label_w, h);
        for (i, line) in labels.iter().enumerate() {
            l.text(MARGIN + 400, top - 700 - BODY_SIZE - i as i64 * leading, BODY_SIZE, line);
        }
        for (i, line) in lines.iter().enumerate() {
            l.text(MARGIN + label_w + 400, top - 700 - BODY_SIZE - i as i64 * leading, BODY_SIZE, line);
        }
        l.y -= h;
    }
}

fn tick_list(l: &mut Layout<'_>, items: &[String]) {
    for item in items {
        l.need(BODY_SIZE * 2);
        let top = l.y;
        l.rect(MARGIN, top - BODY_SIZE - 100, BODY_SIZE, BODY_SIZE);
        l.paragraph(BODY_SIZE, BODY_SIZE + 600, item);
    }
}

/// The claim is handed to a clerk of the insured region's agency, who reads Chinese: on a sheet
/// printed in English each label and heading carries the Chinese first (参保人 Insured person).
/// Traditional characters are read there as they are.
fn claim_label(lang: Lang, id: &str) -> String {
    if lang == Lang::EnUs {
        format!("{} {}", t(Lang::ZhCn, id), t(lang, id))
    } else {
        t(lang, id)
    }
}

/// A region on the cover sheet; in English with its Chinese name first, for the same clerk
/// (武汉市 · Wuhan, Hubei (420100)).
fn claim_region(code: &str, lang: Lang) -> String {
    if lang == Lang::EnUs {
        format!("{} · {}", region_name(code, Lang::ZhCn), with_code(code, lang))
    } else {
        with_code(code, lang)
    }
}

/// The claim cover sheet: who, where, when, how much; the papers, originals and copies; the steps.
fn lay_out_claim(l: &mut Layout<'_>, packet: &Packet, claim: &ClaimSheet, lang: Lang) {
    let f = &packet.form;
    let p = &packet.record.payload;
    let label = |id: &str| claim_label(lang, id);
    if lang == Lang::EnUs {
        l.centered(TITLE_SIZE, &t(Lang::ZhCn, "consent-pdf-claim-title"));
        l.centered(BODY_SIZE, &t(lang, "consent-pdf-claim-title"));
    } else {
        l.centered(TITLE_SIZE, &t(lang, "consent-pdf-claim-title"));
    }
    // Dates and amounts as people read them ("2026年10月2日", "50,000 元"), like the line the
    // core words for roughly what comes back.
    let date = |d: Option<NaiveDate>| d.map(|d| yidi_domain::format::day_plain(lang, d)).unwrap_or_else(|| t(lang, "consent-pdf-claim-fill-in"));
    let money = |m: Option<yidi_domain::Money>| match m {
        Some(m) => yidi_domain::format::money(lang, m),
        None => t(lang, "consent-pdf-claim-fill-in"),
    };
    let mut rows = vec![
        (label("consent-pdf-insured-name"), f.insured_name.clone()),
        (label("consent-pdf-id-number"), f.id_number.clone()),
        (label("consent-pdf-insured-region"), claim_region(&f.insured_region, lang)),
        (label("consent-pdf-destination"), claim_region(&f.destination, lang)),
        (label("consent-pdf-claim-hospital"), claim.hospital.clone().unwrap_or_else(|| t(lang, "consent-pdf-claim-fill-in"))),
        (label("consent-pdf-claim-admission"), date(claim.admission_date)),
        (label("consent-pdf-claim-discharge"), date(claim.discharge_date)),
        (label("consent-pdf-claim-paid"), money(claim.amount_paid)),
    ];
    match (&claim.expected_back_text, claim.expected_back) {
        (Some(text), _) => rows.push((label("consent-pdf-claim-expected"), text.clone())),
        (None, Some(back)) => rows.push((label("consent-pdf-claim-expected"), money(Some(back)))),
        (None, None) => {}
    }
    rows.push((label("consent-pdf-phone"), f.phone.clone()));
    if p.signer.role == SignerRole::Proxy {
        let relation = p.signer.relation.map(|r| t(lang, r.label_id())).unwrap_or_default();
        rows.push((label("consent-pdf-proxy"), format!("{}　{}　{}", p.signer.name, p.signer.id_number, relation)));
    }
    if let Some(consent) = &claim.consent {
        rows.push((label("consent-pdf-claim-consent"), consent.clone()));
    }
    table_rows(l, rows);
    if let Some(note) = &claim.expected_back_note {
        l.y -= SMALL_SIZE / 2;
        l.paragraph(SMALL_SIZE, 0, note);
    }
    l.y -= BODY_SIZE;
    if !claim.originals.is_empty() {
        l.paragraph(BODY_SIZE, 0, &label("consent-pdf-claim-originals"));
        tick_list(l, &claim.originals);
    }
    if !claim.copies.is_empty() {
        l.paragraph(BODY_SIZE, 0, &label("consent-pdf-claim-copies"));
        tick_list(l, &claim.copies);
    }
    if !claim.steps.is_empty() {
        l.y -= BODY_SIZE / 2;
        l.paragraph(BODY_SIZE, 0, &label("consent-pdf-claim-steps"));
        for (i, step) in claim.steps.iter().enumerate() {
            l.paragraph(BODY_SIZE, 0, &format!("{}. {step}", i + 1));
        }
    }
    l.y -= BODY_SIZE / 2;
    l.paragraph(SMALL_SIZE, 0, &t(lang, "consent-pdf-claim-note"));
}

fn lay_out_checklist(l: &mut Layout<'_>, packet: &Packet, lang: Lang) {
    if !packet.checklist.is_empty() {
        l.centered(TITLE_SIZE - 200, &t(lang, "consent-pdf-checklist"));
        for item in &packet.checklist {
            l.need(BODY_SIZE * 2);
            let top = l.y;
            l.rect(MARGIN, top - BODY_SIZE - 100, BODY_SIZE, BODY_SIZE);
            l.paragraph(BODY_SIZE, BODY_SIZE + 600, item);
        }
        l.y -= BODY_SIZE;
    }
    if !packet.next_steps.is_empty() {
        l.centered(TITLE_SIZE - 200, &t(lang, "consent-pdf-next-steps"));
        for (i, step) in packet.next_steps.iter().enumerate() {
            l.paragraph(BODY_SIZE, 0, &format!("{}. {step}", i + 1));
        }
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, 6)
}

/// Writes the laid-out pages with the font subset to the glyphs they use.
fn write_pdf(pages: &[Vec<Op>], metrics: &Metrics<'_>, font: &FontFile, title: &str) -> Result<Vec<u8>, PdfError> {
    // Glyphs used, in order of first use; .notdef stays glyph 0.
    let mut remapper = subsetter::GlyphRemapper::new();
    let mut to_unicode: BTreeMap<u16, char> = BTreeMap::new();
    let mut missing = String::new();
    for op in pages.iter().flatten() {
        if let Op::Text { text, .. } = op {
            for c in text.chars() {
                match metrics.face.glyph_index(c) {
                    Some(g) => {
                        let cid = remapper.remap(g.0);
                        to_unicode.entry(cid).or_insert(c);
                    }
                    None if !c.is_whitespace() && !missing.contains(c) => missing.push(c),
                    None => {}
                }
            }
        }
    }
    if !missing.is_empty() {
        return Err(PdfError::MissingGlyphs { chars: missing });
    }
    let subset = subsetter::subset(&font.data, font.index, &remapper).map_err(|e| PdfError::Subset(e.to_string()))?;
    let is_cff = metrics.face.tables().cff.is_some();

    let mut next = 1;
    let mut alloc = || {
        let r = Ref::new(next);
        next += 1;
        r
    };
    let catalog_id = alloc();
    let pages_id = alloc();
    let type0_id = alloc();
    let cid_id = alloc();
    let descriptor_id = alloc();
    let cmap_id = alloc();
    let file_id = alloc();
    let info_id = alloc();
    let page_ids: Vec<(Ref, Ref)> = pages.iter().map(|_| (alloc(), alloc())).collect();

    let mut pdf = Pdf::new();
    pdf.catalog(catalog_id).pages(pages_id);
    pdf.pages(pages_id).kids(page_ids.iter().map(|(p, _)| *p)).count(page_ids.len() as i32);
    pdf.document_info(info_id).producer(pdf_writer::TextStr("Yidi")).title(pdf_writer::TextStr(title));

    let font_name = Name(b"F1");
    // A subset font is named TAG+PostScriptName, the tag being six capital letters.
    let postscript: String = metrics
        .face
        .names()
        .into_iter()
        .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .and_then(|n| n.to_string())
        .filter(|n| !n.is_empty() && n.is_ascii() && !n.contains([' ', '/', '(', ')', '[', ']', '<', '>', '{', '}', '%']))
        .unwrap_or_else(|| "CJKFont".to_string());
    let base_name = format!("YIDISB+{postscript}");
    let base = base_name.as_bytes();
    pdf.type0_font(type0_id)
        .base_font(Name(base))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);
    let system_info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };
    {
        let mut cid = pdf.cid_font(cid_id);
        cid.subtype(if is_cff { CidFontType::Type0 } else { CidFontType::Type2 })
            .base_font(Name(base))
            .system_info(system_info)
            .font_descriptor(descriptor_id)
            .default_width(1000.0);
        if !is_cff {
            cid.cid_to_gid_map_predefined(Name(b"Identity"));
        }
        let widths: Vec<f32> = remapper
            .remapped_gids()
            .map(|g| {
                let adv = metrics.face.glyph_hor_advance(ttf_parser::GlyphId(g)).map(i64::from).unwrap_or(0);
                (adv * 1000 / metrics.upem) as f32
            })
            .collect();
        cid.widths().consecutive(0, widths);
    }
    let scale = |v: i16| (i64::from(v) * 1000 / metrics.upem) as f32;
    let bbox = metrics.face.global_bounding_box();
    pdf.font_descriptor(descriptor_id)
        .name(Name(base))
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(scale(bbox.x_min), scale(bbox.y_min), scale(bbox.x_max), scale(bbox.y_max)))
        .italic_angle(0.0)
        .ascent(scale(metrics.face.ascender()))
        .descent(scale(metrics.face.descender()))
        .cap_height(scale(metrics.face.capital_height().unwrap_or(metrics.face.ascender())))
        .stem_v(80.0)
        .pair(if is_cff { Name(b"FontFile3") } else { Name(b"FontFile2") }, file_id);
    let font_stream = deflate(&subset);
    let mut stream = pdf.stream(file_id, &font_stream);
    stream.filter(Filter::FlateDecode);
    if is_cff {
        stream.pair(Name(b"Subtype"), Name(b"OpenType"));
    }
    stream.finish();

    let mut cmap = UnicodeCmap::new(Name(b"Yidi-UCS"), system_info);
    for (cid, c) in &to_unicode {
        cmap.pair(*cid, *c);
    }
    let cmap_data = deflate(&cmap.finish());
    pdf.stream(cmap_id, &cmap_data).filter(Filter::FlateDecode);

    for (ops, (page_id, content_id)) in pages.iter().zip(&page_ids) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, 595.28, 841.89)).parent(pages_id).contents(*content_id);
        page.resources().fonts().pair(font_name, type0_id);
        page.finish();

        let mut content = Content::new();
        content.transform([0.01, 0.0, 0.0, 0.01, 0.0, 0.0]);
        content.set_line_cap(pdf_writer::types::LineCapStyle::RoundCap);
        content.set_line_join(pdf_writer::types::LineJoinStyle::RoundJoin);
        for op in ops {
            match op {
                Op::Text { x, y, size, text } => {
                    let mut encoded = Vec::with_capacity(text.len() * 2);
                    for c in text.chars() {
                        let cid = metrics.face.glyph_index(c).and_then(|g| remapper.get(g.0)).unwrap_or(0);
                        encoded.extend_from_slice(&cid.to_be_bytes());
                    }
                    content.begin_text();
                    content.set_font(font_name, *size as f32);
                    content.set_text_matrix([1.0, 0.0, 0.0, 1.0, *x as f32, *y as f32]);
                    content.show(Str(&encoded));
                    content.end_text();
                }
                Op::Rect { x, y, w, h, width } => {
                    content.set_line_width(*width as f32);
                    content.rect(*x as f32, *y as f32, *w as f32, *h as f32);
                    content.stroke();
                }
                Op::Line { points, width } => {
                    content.set_line_width(*width as f32);
                    let mut iter = points.iter();
                    if let Some((x, y)) = iter.next() {
                        content.move_to(*x as f32, *y as f32);
                    }
                    for (x, y) in iter {
                        content.line_to(*x as f32, *y as f32);
                    }
                    content.stroke();
                }
            }
        }
        let data = deflate(&content.finish());
        pdf.stream(*content_id, &data).filter(Filter::FlateDecode);
    }
    Ok(pdf.finish())
}

/// Whether a region code names a division (for callers that want to check before rendering).
pub fn known_region(code: &str) -> bool {
    divisions().lookup("region", code).is_ok()
}
