//! The directory in memory and its search index.
//!
//! Rows are stored column-wise (one text arena, small fixed-width columns) so that 650,000
//! institutions fit in well under 150 MB with their index. Each row's name and aliases become a
//! sequence of *units* — one per Chinese character, Latin letter or digit, with separators
//! between name, aliases and bracketed parts — and each unit has a syllable (its reading, from
//! [`crate::reading`]). A query is matched against units: Chinese characters match themselves,
//! Latin runs match whole syllables, initials (x for xie), zh/ch/sh, or a syllable's beginning at
//! the end of the query, so 协和, xiehe, xhyy, xieh and bj协和 all find 北京协和医院.
//!
//! Ranks: rows are ordered once, at build time, by a static importance (level, then kind, then
//! name length), and posting lists hold ranks. Scanning a posting list in order therefore meets
//! the most useful rows first and can stop as soon as a page of results is full.
//!
//! Tiers: an exact match (a whole name or alias) comes first, then matches at the start of a
//! name or alias, then matches inside one. With `near`, results within a tier come by ring: the
//! same county, the same prefecture, the same province, elsewhere.

use std::{collections::HashSet, ops::Range, path::Path};

use chrono::Datelike;
use yidi_domain::{NaiveDate, RegionCode};

use crate::{
    file::{self, Bytes, IndexError, Sec},
    model::{Coord, Grade, Hospital, Kind, Level, Network, Service},
    posting::{self, varint_len, Cursor, IntMap, PackedBuilder, Posting, PostingBuf, Union, SKIP},
    reading::Readings,
    seats,
};

/// Where the directory's rows came from and how current they are.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DirectoryMeta {
    /// A short description of the source (a file name, "bundled: seed 000", a feed version).
    pub source: String,
    /// The date the data is current to: the newest confirmation date, or the feed's date.
    pub as_of: Option<NaiveDate>,
    /// True for a generated directory: its rows are not real institutions.
    pub synthetic: bool,
}

const SEP: u16 = 0;
const FIELD: char = '\u{1f}';

/// The filters a search can apply; all must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// A division at any level: a province, a prefecture or a county.
    pub region: Option<RegionCode>,
    pub grade: Option<Grade>,
    pub unrated: bool,
    pub kind: Option<Kind>,
    /// Every listed service must be networked (`Some(true)`).
    pub networked: Vec<Service>,
}

/// A search.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub text: String,
    pub filter: Filter,
    /// Where the person will live: nearer institutions first within a tier.
    pub near: Option<RegionCode>,
    pub limit: usize,
}

/// How well a row matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// The whole name or an alias, as characters, full pinyin or initials.
    Exact,
    /// The beginning of the name or an alias (or every row, for an empty query).
    Prefix,
    /// Somewhere inside.
    Contains,
}

/// One result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub row: u32,
    pub tier: Tier,
    /// 0 same county, 1 same prefecture, 2 same province, 3 elsewhere; only with `near`.
    pub ring: Option<u8>,
    /// From the seat of `near` to the institution (its own coordinates, else its division's seat).
    pub distance_km: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    /// A Chinese character and every syllable a unit holding it can have.
    Han(char, Vec<u16>),
    /// Letters and digits, with every way of reading them as whole pinyin syllables (the last
    /// may be a beginning: (u16::MAX, initial)). When there is such a reading the run is taken as
    /// full pinyin and initials are not tried inside it (xiehe is 协和, not x-i-e-h-e).
    Latin(Vec<u8>, Vec<Vec<(u16, u8)>>),
}

/// Builds a [`Directory`] row by row.
#[derive(Debug)]
pub struct DirectoryBuilder<'r> {
    readings: &'r Readings,
    meta: DirectoryMeta,
    text: String,
    text_start: Vec<u32>,
    division: Vec<u32>,
    packed: Vec<u32>,
    lon: Vec<i32>,
    lat: Vec<i32>,
    confirmed: Vec<u16>,
    unit_start: Vec<u32>,
    syl: Vec<u16>,
    seg_mask: Vec<u16>,
    units: Vec<char>,
    newest: Option<NaiveDate>,
    /// Each row's fields that have no column, as JSON (empty when none): see [`extra_fields`].
    extra: Vec<u8>,
    extra_start: Vec<u32>,
    /// Whether the model has fields without a column (learnt from the first row).
    has_extra_fields: Option<bool>,
}

/// The directory with its index: the bytes of an index file (built in memory, mapped from a
/// file, or embedded in the program) and the small tables a query needs to read them.
#[derive(Debug)]
pub struct Directory {
    meta: DirectoryMeta,
    bytes: Bytes,
    rows: usize,
    sections: Vec<Range<usize>>,
    syllables: Vec<String>,
    syllable_ids: std::collections::HashMap<String, u16>,
    /// The syllables in byte order with their ids: the ones beginning with a text are a
    /// contiguous run (queries ask this for every piece of a Latin run).
    sorted_syllables: Vec<(String, u16)>,
    is_pinyin: Vec<bool>,
    /// The default reading of each character from U+3400 to U+9FFF.
    by_char: Vec<u16>,
    /// (character, syllable) pairs phrases give besides the default, sorted.
    alternates: Vec<[u32; 2]>,
}

/// Fields of [`Hospital`] that have their own column; any other serde field is kept per row
/// as JSON, so that a field added to the model needs no change to the index format.
const COLUMN_FIELDS: [&str; 12] =
    ["code", "name", "aliases", "division", "address", "level", "kind", "specialty", "network", "location", "confirmed", "synthetic"];

/// The row's fields without a column, as a JSON object; empty when there are none.
fn extra_fields(h: &Hospital) -> Vec<u8> {
    let Ok(serde_json::Value::Object(mut map)) = serde_json::to_value(h) else { return Vec::new() };
    for field in COLUMN_FIELDS {
        map.remove(field);
    }
    if map.is_empty() {
        Vec::new()
    } else {
        serde_json::to_vec(&map).unwrap_or_default()
    }
}

const NO_COORD: i32 = i32::MIN;
/// Words in a row's record (format 4).
const REC: usize = 8;

// Key kinds, in the top bits of a posting key.
const K_HAN: u64 = 1 << 40;
const K_HAN_START: u64 = 2 << 40;
const K_PAIR: u64 = 3 << 40;
const K_PAIR_START: u64 = 4 << 40;
const K_SYL_NEXT: u64 = 5 << 40;
const K_SYL_NEXT_START: u64 = 6 << 40;
const K_INITIAL: u64 = 7 << 40;
const K_INITIAL_START: u64 = 8 << 40;
/// A row's province and prefecture (the code divided by 100): filters by region drive from these.
const K_REGION: u64 = 9 << 40;
/// Two neighbouring Chinese characters (hashed to 40 bits: a collision only adds candidates,
/// which matching then rejects). Far rarer than either character, so a query of two or more
/// characters scans few rows at any directory size.
const K_HAN_PAIR: u64 = 10 << 40;
/// Two neighbouring syllables (full pinyin).
const K_SYL_PAIR: u64 = 11 << 40;

/// Two neighbouring Chinese characters at the start of a name or alias (hashed as
/// [`K_HAN_PAIR`]): what a query of two or more characters drives its start-of-name pass with.
const K_HAN_PAIR_START: u64 = 12 << 40;
/// Two neighbouring syllables at the start of a name or alias.
const K_SYL_PAIR_START: u64 = 13 << 40;
/// The initials of three neighbouring units (a << 16 | b << 8 | c): initials-only queries such
/// as xhyy otherwise have only pairs of initials, each in a few per cent of all rows.
const K_INITIAL3: u64 = 14 << 40;
const K_INITIAL3_START: u64 = 15 << 40;
/// Filter values: grade (0x10 | grade), unrated (0x20), kind (0x30 | kind), networked for a
/// service (0x40 | service), and province with grade (0x1_0000 | province / 10,000 << 4 | grade),
/// so that a filtered search scans the rows that pass rather than checking each candidate.
const K_FILTER: u64 = 16 << 40;

fn han_pair_key(a: char, b: char) -> u64 {
    let h = (u64::from(a as u32) << 21 | u64::from(b as u32)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    K_HAN_PAIR | (h >> 24)
}

fn grade_key(grade: Grade) -> u64 {
    K_FILTER | 0x10 | grade as u64
}

fn province_grade_key(division: u32, grade: Grade) -> u64 {
    K_FILTER | 0x1_0000 | u64::from(division / 10_000) << 4 | grade as u64
}

fn service_key(service: Service) -> u64 {
    K_FILTER | 0x40 | Service::ALL.iter().position(|&s| s == service).unwrap_or(0) as u64
}

/// The filter keys a row has.
fn filter_keys(division: u32, packed: u32, f: &mut dyn FnMut(u64)) {
    let level = Level::unpack((packed & 0xff) as u8);
    if let Some(grade) = level.and_then(Level::grade) {
        f(grade_key(grade));
        f(province_grade_key(division, grade));
    }
    if level == Some(Level::Unrated) {
        f(K_FILTER | 0x20);
    }
    if let Some(kind) = Kind::unpack(((packed >> 8) & 0xff) as u8) {
        f(K_FILTER | 0x30 | u64::from(Kind::pack(Some(kind))));
    }
    for service in Service::ALL {
        if Network::is_yes(((packed >> 16) & 0xff) as u8, service) {
            f(service_key(service));
        }
    }
}

/// The hash of a name segment's initials (one byte a unit) in the exact-match table: FNV-1a.
/// A collision only adds a candidate, which matching then rejects.
fn initials_hash(initials: &[u8]) -> u32 {
    initials.iter().fold(0x811c_9dc5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

/// The stride of the first level over the posting keys and the exact table: a block of 64
/// keys is 512 bytes (eight cache lines); the first level of 1.3 million rows' keys is a few
/// hundred kilobytes instead of tens of megabytes searched from the top.
pub(crate) const TOP_STRIDE: usize = 64;

/// The first index of `table` (sorted) holding a value ≥ `key`, through `top` (every
/// [`TOP_STRIDE`]th value of `table`); a full binary search if `top` does not fit the table.
fn lower_bound(table: &[u64], top: &[u64], key: u64) -> usize {
    if top.len() != table.len().div_ceil(TOP_STRIDE) {
        return table.partition_point(|&x| x < key);
    }
    let j = top.partition_point(|&x| x < key);
    let lo = j.saturating_sub(1) * TOP_STRIDE;
    let hi = (j * TOP_STRIDE).min(table.len()).max(lo);
    lo + table[lo..hi].partition_point(|&x| x < key)
}

/// At most this many initials sequences are looked up for a query's exact matches; a query
/// with more (long runs of ambiguous letters) finds them by scanning instead.
const MAX_EXACT_SEQUENCES: usize = 256;

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{20000}'..='\u{3134f}')
}

/// The units of a name and its aliases: Chinese characters and lower-cased ASCII letters and
/// digits; `|` between name and aliases and around bracketed parts; everything else skipped.
fn units_into(name: &str, aliases: &str, out: &mut Vec<char>) {
    out.clear();
    for c in name.chars().chain(std::iter::once('|')).chain(aliases.chars()) {
        let unit = if is_han(c) || c.is_ascii_digit() {
            c
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if matches!(c, '|' | '(' | ')' | '（' | '）' | '[' | ']' | '【' | '】' | ' ' | '\u{3000}' | ',' | '，' | '、') {
            '|'
        } else {
            continue;
        };
        if unit == '|' && (out.is_empty() || out.last() == Some(&'|')) {
            continue;
        }
        out.push(unit);
    }
    if out.last() == Some(&'|') {
        out.pop();
    }
}

impl<'r> DirectoryBuilder<'r> {
    pub fn new(readings: &'r Readings, meta: DirectoryMeta) -> Self {
        DirectoryBuilder {
            readings,
            meta,
            text: String::new(),
            text_start: Vec::new(),
            division: Vec::new(),
            packed: Vec::new(),
            lon: Vec::new(),
            lat: Vec::new(),
            confirmed: Vec::new(),
            unit_start: Vec::new(),
            syl: Vec::new(),
            seg_mask: Vec::new(),
            units: Vec::new(),
            newest: None,
            extra: Vec::new(),
            extra_start: Vec::new(),
            has_extra_fields: None,
        }
    }

    pub fn push(&mut self, h: &Hospital) {
        self.text_start.push(self.text.len() as u32);
        let aliases = h.aliases.join("|");
        for (i, field) in [h.code.as_str(), &h.name, &aliases, &h.address, h.specialty.as_deref().unwrap_or("")]
            .iter()
            .enumerate()
        {
            if i > 0 {
                self.text.push(FIELD);
            }
            self.text.extend(field.chars().filter(|&c| c != FIELD));
        }
        self.division.push(h.division.as_u32());
        let has_extra = *self.has_extra_fields.get_or_insert_with(|| !extra_fields(h).is_empty() || {
            // A model field without a column that this row leaves empty still counts.
            matches!(serde_json::to_value(h), Ok(serde_json::Value::Object(m)) if m.keys().any(|k| !COLUMN_FIELDS.contains(&k.as_str())))
        });
        self.extra_start.push(self.extra.len() as u32);
        if has_extra {
            self.extra.extend(extra_fields(h));
        }
        self.packed.push(
            u32::from(Level::pack(h.level))
                | u32::from(Kind::pack(h.kind)) << 8
                | u32::from(h.network.pack()) << 16
                | u32::from(h.synthetic) << 24,
        );
        self.lon.push(h.location.map_or(NO_COORD, |c| c.lon_micro));
        self.lat.push(h.location.map_or(NO_COORD, |c| c.lat_micro));
        self.confirmed.push(h.confirmed.map_or(0, chrono_days));
        if let Some(d) = h.confirmed {
            self.newest = Some(self.newest.map_or(d, |n| n.max(d)));
        }
        units_into(&h.name, &aliases, &mut self.units);
        let mask = self.units.split(|&c| c == '|').fold(0u16, |m, seg| m | 1 << seg.len().min(15));
        self.seg_mask.push(mask);
        self.unit_start.push(self.syl.len() as u32);
        self.readings.read_ids(&self.units, &mut self.syl);
    }

    /// Reserves room for `rows` more rows (about 100 bytes of text and 14 units each), so that
    /// a large directory is not built by repeated doubling, which leaves holes in memory.
    pub fn reserve(&mut self, rows: usize) {
        self.text.reserve(rows * 100);
        self.syl.reserve(rows * 14);
        for column in [&mut self.text_start, &mut self.packed, &mut self.unit_start] {
            column.reserve(rows);
        }
        for column in [&mut self.lon, &mut self.lat] {
            column.reserve(rows);
        }
        self.seg_mask.reserve(rows);
        self.confirmed.reserve(rows);
        self.division.reserve(rows);
    }

    pub fn len(&self) -> usize {
        self.text_start.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text_start.is_empty()
    }

    /// Orders the rows and builds the posting lists.
    pub fn build(self) -> Directory {
        let image = self.build_bytes();
        // The image was made here: its body needs no check.
        Directory::from_bytes(Bytes::owned(&image)).unwrap_or_else(|_| Directory::empty())
    }

    /// Orders the rows, builds the posting lists and lays everything out as an index file.
    pub fn build_bytes(mut self) -> Vec<u8> {
        let n = self.text_start.len();
        self.text_start.push(self.text.len() as u32);
        self.unit_start.push(self.syl.len() as u32);
        self.extra_start.push(self.extra.len() as u32);
        if self.meta.as_of.is_none() {
            self.meta.as_of = self.newest;
        }
        let mut order: Vec<u32> = (0..n as u32).collect();
        let name_len = |row: u32| -> u32 {
            let (s, e) = (self.unit_start[row as usize], self.unit_start[row as usize + 1]);
            e - s
        };
        order.sort_by_cached_key(|&row| (static_rank(self.packed[row as usize]), name_len(row), row));
        // Lay every column out in rank order, so that scanning a posting list reads memory
        // forward instead of jumping around (a row's number is its rank from here on).
        let mut text = String::with_capacity(self.text.len());
        let mut text_start = Vec::with_capacity(n + 1);
        let mut syl = Vec::with_capacity(self.syl.len());
        let mut unit_start = Vec::with_capacity(n + 1);
        let mut extra = Vec::with_capacity(self.extra.len());
        let mut extra_start = Vec::with_capacity(n + 1);
        for &row in &order {
            let r = row as usize;
            text_start.push(text.len() as u32);
            text.push_str(&self.text[self.text_start[r] as usize..self.text_start[r + 1] as usize]);
            unit_start.push(syl.len() as u32);
            syl.extend_from_slice(&self.syl[self.unit_start[r] as usize..self.unit_start[r + 1] as usize]);
            extra_start.push(extra.len() as u32);
            extra.extend_from_slice(&self.extra[self.extra_start[r] as usize..self.extra_start[r + 1] as usize]);
        }
        text_start.push(text.len() as u32);
        unit_start.push(syl.len() as u32);
        extra_start.push(extra.len() as u32);
        drop(std::mem::take(&mut self.text));
        drop(std::mem::take(&mut self.syl));
        drop(std::mem::take(&mut self.extra));
        fn permute<T: Copy>(column: Vec<T>, order: &[u32]) -> Vec<T> {
            order.iter().map(|&row| column[row as usize]).collect()
        }
        let division = permute(self.division, &order);
        let packed = permute(self.packed, &order);
        let syllables = self.readings.all_syllables();
        let mut slots = Slots::new(syllables.len());
        let mut units: Vec<char> = Vec::with_capacity(64);
        let initials: Vec<u8> = syllables.iter().map(|s| s.bytes().next().unwrap_or(0)).collect();
        let row_keys = |rank: u32, units: &mut Vec<char>, f: &mut dyn FnMut(u64)| {
            let r = rank as usize;
            let fields = split_fields(&text[text_start[r] as usize..text_start[r + 1] as usize]);
            units_into(fields[1], fields[2], units);
            let syl = &syl[unit_start[r] as usize..unit_start[r + 1] as usize];
            for_each_key(division[r], packed[r], units, syl, &initials, f);
        };
        // Two passes over the keys: count, then fill lists allocated to their exact size (or
        // bitmaps), so that building leaves no half-used buffers behind in memory.
        for rank in 0..n as u32 {
            row_keys(rank, &mut units, &mut |key| slots.count(key, rank));
        }
        slots.allocate(n as u32);
        for rank in 0..n as u32 {
            row_keys(rank, &mut units, &mut |key| slots.add(key, rank));
        }
        let postings = slots.finish(n as u32);
        let bytes_of = |v: &[u8]| v.to_vec();
        let mut sections: Vec<Vec<u8>> = vec![Vec::new(); file::SECTIONS];
        sections[Sec::Meta as usize] = serde_json::to_vec(&self.meta).unwrap_or_default();
        // Row-major (format 4): one 32-byte record per row (and one closing record) and one
        // arena holding each row's syllables, text and extra fields side by side, so that a
        // candidate or a shown row costs one or two cache lines instead of eight scattered reads.
        let (lon, lat) = (permute(self.lon, &order), permute(self.lat, &order));
        let (confirmed, seg_mask) = (permute(self.confirmed, &order), permute(self.seg_mask, &order));
        let mut arena: Vec<u8> = Vec::with_capacity(text.len() + 2 * syl.len() + extra.len() + n);
        let mut records: Vec<[u32; REC]> = Vec::with_capacity(n + 1);
        for r in 0..n {
            let syl_at = arena.len() as u32;
            arena.extend_from_slice(bytemuck::cast_slice(&syl[unit_start[r] as usize..unit_start[r + 1] as usize]));
            let text_at = arena.len() as u32;
            arena.extend_from_slice(&text.as_bytes()[text_start[r] as usize..text_start[r + 1] as usize]);
            let extra_at = arena.len() as u32;
            arena.extend_from_slice(&extra[extra_start[r] as usize..extra_start[r + 1] as usize]);
            // JSON allows trailing whitespace: the padding that keeps the next row's syllables
            // aligned is a space.
            if arena.len() % 2 != 0 {
                arena.push(b' ');
            }
            records.push([
                syl_at,
                text_at,
                extra_at,
                division[r],
                packed[r],
                lon[r] as u32,
                lat[r] as u32,
                u32::from(confirmed[r]) | u32::from(seg_mask[r]) << 16,
            ]);
        }
        let end = arena.len() as u32;
        records.push([end, end, end, 0, 0, NO_COORD as u32, NO_COORD as u32, 0]);
        sections[Sec::Text as usize] = arena;
        sections[Sec::Packed as usize] = bytes_of(bytemuck::cast_slice(&records));
        let mut syl_start: Vec<u32> = vec![0];
        let mut syl_text = String::new();
        for s in syllables {
            syl_text.push_str(s);
            syl_start.push(syl_text.len() as u32);
        }
        sections[Sec::SylText as usize] = syl_text.into_bytes();
        sections[Sec::SylStart as usize] = bytes_of(bytemuck::cast_slice(&syl_start));
        sections[Sec::IsPinyin as usize] = (0..syllables.len()).map(|i| u8::from(self.readings.is_pinyin(i as u16))).collect();
        sections[Sec::ByChar as usize] = bytes_of(bytemuck::cast_slice(self.readings.char_table()));
        sections[Sec::Alternates as usize] = bytes_of(bytemuck::cast_slice(&self.readings.alternate_pairs()));
        let keys: Vec<u64> = postings.iter().map(|(k, _)| *k).collect();
        let mut meta: Vec<[u64; 2]> = Vec::with_capacity(postings.len());
        let mut data: Vec<u8> = Vec::new();
        for (_, posting) in &postings {
            data.resize(data.len().next_multiple_of(8), 0);
            let offset = data.len() as u64;
            match posting {
                PostingBuf::List { bytes, len, skips } => {
                    data.extend_from_slice(bytes);
                    data.resize(data.len().next_multiple_of(4), 0);
                    data.extend_from_slice(bytemuck::cast_slice(skips));
                    meta.push([offset, u64::from(*len) | (bytes.len() as u64) << 32]);
                }
                PostingBuf::Bits { words, len } => {
                    data.extend_from_slice(bytemuck::cast_slice(&posting::summary_of(words)));
                    data.extend_from_slice(bytemuck::cast_slice(words));
                    meta.push([offset, u64::from(*len) | 1 << 31]);
                }
            }
        }
        sections[Sec::PostKeys as usize] = bytes_of(bytemuck::cast_slice(&keys));
        sections[Sec::PostMeta as usize] = bytes_of(bytemuck::cast_slice(&meta));
        sections[Sec::PostData as usize] = data;
        let mut exact: Vec<u64> = Vec::with_capacity(n * 2);
        let mut seq: Vec<u8> = Vec::with_capacity(32);
        for rank in 0..n {
            let syl = &syl[unit_start[rank] as usize..unit_start[rank + 1] as usize];
            for segment in syl.split(|&s| s == SEP).filter(|s| !s.is_empty()) {
                seq.clear();
                seq.extend(segment.iter().map(|&s| initials.get(s as usize).copied().unwrap_or(0)));
                exact.push(u64::from(initials_hash(&seq)) << 32 | rank as u64);
            }
        }
        exact.sort_unstable();
        exact.dedup();
        sections[Sec::Exact as usize] = bytes_of(bytemuck::cast_slice(&exact));
        let top = |table: &[u64]| -> Vec<u8> { bytes_of(bytemuck::cast_slice(&table.iter().step_by(TOP_STRIDE).copied().collect::<Vec<u64>>())) };
        sections[Sec::ExactTop as usize] = top(&exact);
        sections[Sec::PostKeysTop as usize] = top(&keys);
        file::assemble(n, &sections)
    }
}

/// The five text fields of a row: code, name, aliases, address, specialty.
fn split_fields(text: &str) -> [&str; 5] {
    let mut parts = text.split(FIELD);
    [(); 5].map(|_| parts.next().unwrap_or(""))
}

/// Calls `f` with every posting key of a row (a key may come more than once).
fn for_each_key(division: u32, packed: u32, units: &[char], syl: &[u16], initials: &[u8], f: &mut dyn FnMut(u64)) {
    filter_keys(division, packed, f);
    let code = RegionCode::parse(&format!("{division:06}"));
    if let Some(code) = code {
        f(K_REGION | u64::from(code.province().as_u32() / 100));
        f(K_REGION | u64::from(code.prefecture().as_u32() / 100));
    }
    for i in 0..units.len().min(syl.len()) {
        if syl[i] == SEP {
            continue;
        }
        let start = i == 0 || syl[i - 1] == SEP;
        let c = units[i];
        let initial = u64::from(initials.get(syl[i] as usize).copied().unwrap_or(0));
        if is_han(c) {
            f(K_HAN | u64::from(c));
            if start {
                f(K_HAN_START | u64::from(c));
            }
        }
        f(K_INITIAL | initial);
        if start {
            f(K_INITIAL_START | initial);
        }
        if let Some(&next) = syl.get(i + 1).filter(|&&s| s != SEP) {
            if let Some(&d) = units.get(i + 1).filter(|&&d| is_han(c) && is_han(d)) {
                f(han_pair_key(c, d));
                if start {
                    f(K_HAN_PAIR_START | (han_pair_key(c, d) & ((1 << 40) - 1)));
                }
            }
            f(K_SYL_PAIR | u64::from(syl[i]) << 16 | u64::from(next));
            if start {
                f(K_SYL_PAIR_START | u64::from(syl[i]) << 16 | u64::from(next));
            }
            if let Some(&third) = syl.get(i + 2).filter(|&&s| s != SEP) {
                let third_initial = u64::from(initials.get(third as usize).copied().unwrap_or(0));
                let next_initial = u64::from(initials.get(next as usize).copied().unwrap_or(0));
                let key = initial << 16 | next_initial << 8 | third_initial;
                f(K_INITIAL3 | key);
                if start {
                    f(K_INITIAL3_START | key);
                }
            }
            let next_initial = u64::from(initials.get(next as usize).copied().unwrap_or(0));
            f(K_PAIR | initial << 8 | next_initial);
            f(K_SYL_NEXT | u64::from(syl[i]) << 8 | next_initial);
            if start {
                f(K_PAIR_START | initial << 8 | next_initial);
                f(K_SYL_NEXT_START | u64::from(syl[i]) << 8 | next_initial);
            }
        }
    }
}

/// Posting lists while building: the keys with a small domain (initials, syllables, the common
/// Chinese characters) go straight to an array slot; the rest to a map. A row is added to a list
/// once however often it has the key (rows arrive in rank order, so the last entry tells).
struct Slots {
    counts: Vec<u32>,
    /// Exact bytes each slot's delta-coded list will take.
    sizes: Vec<u32>,
    last: Vec<u32>,
    lists: Vec<Filling>,
    syllables: u64,
    other: IntMap<u64, Vec<u32>>,
}

/// A posting list being filled: sorted ranks, or a bitmap once dense.
enum Filling {
    Empty,
    List(PackedBuilder),
    Bits(Vec<u64>, u32),
}

const HAN_BASE: u64 = 0x3400;
const HAN_SPAN: u64 = 0xA000 - 0x3400;
const REGION_SPAN: u64 = 10_000;

impl Slots {
    fn new(syllables: usize) -> Slots {
        let syllables = syllables as u64;
        let len = 2 * HAN_SPAN + 2 * 128 * 128 + 2 * syllables * 128 + 2 * 128 + REGION_SPAN;
        Slots {
            counts: vec![0; len as usize],
            sizes: vec![0; len as usize],
            last: vec![u32::MAX; len as usize],
            lists: Vec::new(),
            syllables,
            other: IntMap::default(),
        }
    }

    fn slot(&self, key: u64) -> Option<usize> {
        let kind = key >> 40;
        let low = key & ((1 << 40) - 1);
        let s = self.syllables;
        let slot = match kind {
            1 | 2 if (HAN_BASE..HAN_BASE + HAN_SPAN).contains(&low) => (kind - 1) * HAN_SPAN + (low - HAN_BASE),
            3 | 4 if low < 128 * 128 => 2 * HAN_SPAN + (kind - 3) * 128 * 128 + low,
            5 | 6 if (low >> 8) < s && (low & 0xff) < 128 => {
                2 * HAN_SPAN + 2 * 128 * 128 + (kind - 5) * s * 128 + (low >> 8) * 128 + (low & 0xff)
            }
            7 | 8 if low < 128 => 2 * HAN_SPAN + 2 * 128 * 128 + 2 * s * 128 + (kind - 7) * 128 + low,
            9 if low < REGION_SPAN => 2 * HAN_SPAN + 2 * 128 * 128 + 2 * s * 128 + 2 * 128 + low,
            _ => return None,
        };
        Some(slot as usize)
    }

    fn key(&self, slot: usize) -> u64 {
        let mut x = slot as u64;
        let s = self.syllables;
        if x < 2 * HAN_SPAN {
            return ((x / HAN_SPAN + 1) << 40) | (HAN_BASE + x % HAN_SPAN);
        }
        x -= 2 * HAN_SPAN;
        if x < 2 * 128 * 128 {
            return ((x / (128 * 128) + 3) << 40) | (x % (128 * 128));
        }
        x -= 2 * 128 * 128;
        if x < 2 * s * 128 {
            let kind = x / (s * 128) + 5;
            let rest = x % (s * 128);
            return (kind << 40) | ((rest / 128) << 8) | (rest % 128);
        }
        x -= 2 * s * 128;
        if x < 2 * 128 {
            return ((x / 128 + 7) << 40) | (x % 128);
        }
        K_REGION | (x - 2 * 128)
    }

    fn count(&mut self, key: u64, rank: u32) {
        if let Some(i) = self.slot(key) {
            if self.last[i] != rank {
                let delta = if self.last[i] == u32::MAX { rank } else { rank - self.last[i] };
                self.sizes[i] += varint_len(delta) as u32;
                self.last[i] = rank;
                self.counts[i] += 1;
            }
        }
    }

    fn allocate(&mut self, rows: u32) {
        self.last = Vec::new();
        self.lists = self
            .counts
            .iter()
            .zip(&self.sizes)
            .map(|(&c, &size)| match c {
                0 => Filling::Empty,
                c if u64::from(c) * 32 > u64::from(rows) => Filling::Bits(vec![0; (rows as usize).div_ceil(64)], c),
                c => Filling::List(PackedBuilder::with_capacity(c as usize, size as usize)),
            })
            .collect();
        self.counts = Vec::new();
        self.sizes = Vec::new();
    }

    fn add(&mut self, key: u64, rank: u32) {
        match self.slot(key) {
            Some(i) => match &mut self.lists[i] {
                Filling::List(list) => list.push(rank),
                Filling::Bits(words, _) => words[(rank / 64) as usize] |= 1 << (rank % 64),
                Filling::Empty => {}
            },
            None => {
                let list = self.other.entry(key).or_default();
                if list.last() != Some(&rank) {
                    list.push(rank);
                }
            }
        }
    }

    fn finish(self, rows: u32) -> Vec<(u64, PostingBuf)> {
        let mut out: IntMap<u64, PostingBuf> = IntMap::default();
        let keys: Vec<u64> = (0..self.lists.len()).map(|i| self.key(i)).collect();
        for (list, key) in self.lists.into_iter().zip(keys) {
            match list {
                Filling::Empty => {}
                Filling::List(l) => {
                    out.insert(key, l.finish());
                }
                Filling::Bits(words, len) => {
                    out.insert(key, PostingBuf::Bits { words, len });
                }
            }
        }
        for (key, list) in self.other {
            out.insert(key, PostingBuf::new(list, rows));
        }
        let mut out: Vec<(u64, PostingBuf)> = out.into_iter().collect();
        out.sort_unstable_by_key(|(k, _)| *k);
        out
    }
}

/// Days since 1969-12-31 (1 for 1 January 1970), 0 for no date or one outside 1970–2149.
fn chrono_days(d: NaiveDate) -> u16 {
    let days = d.num_days_from_ce() - EPOCH_CE_DAYS;
    u16::try_from(days).unwrap_or(0)
}

fn days_to_date(days: u16) -> Option<NaiveDate> {
    if days == 0 { None } else { NaiveDate::from_num_days_from_ce_opt(i32::from(days) + EPOCH_CE_DAYS) }
}

/// The day before 1 January 1970, counted from the common era.
const EPOCH_CE_DAYS: i32 = 719_162;

/// Lower is more important: three-A hospitals first, pharmacies and rows without a level last.
fn static_rank(packed: u32) -> u16 {
    let level = match Level::unpack((packed & 0xff) as u8) {
        Some(Level::Rated { grade, class }) => {
            (3 - grade as u16) * 4 + class.map_or(3, |c| c as u16 - 1)
        }
        Some(Level::Unrated) => 20,
        None => 21,
    };
    let kind = match Kind::unpack(((packed >> 8) & 0xff) as u8) {
        Some(Kind::General | Kind::Tcm | Kind::Specialist) => 0,
        Some(Kind::Community) | None => 1,
        Some(Kind::Pharmacy) => 2,
    };
    kind * 32 + level
}

impl Directory {
    /// A directory from an index image; the header and layout are checked, the body is trusted
    /// (the caller made it or checked it).
    fn from_bytes(bytes: Bytes) -> Result<Directory, IndexError> {
        let (rows, sections) = file::check_header(bytes.as_slice())?;
        Directory::assemble(bytes, rows, sections)
    }

    fn assemble(bytes: Bytes, rows: usize, sections: Vec<Range<usize>>) -> Result<Directory, IndexError> {
        let b = bytes.as_slice();
        let meta: DirectoryMeta =
            serde_json::from_slice(&b[sections[Sec::Meta as usize].clone()]).map_err(|_| IndexError::Layout("metadata"))?;
        let syl_text = std::str::from_utf8(&b[sections[Sec::SylText as usize].clone()]).map_err(|_| IndexError::Layout("syllables"))?;
        let syl_start: &[u32] = cast(&b[sections[Sec::SylStart as usize].clone()]);
        let syllables: Vec<String> = syl_start
            .windows(2)
            .map(|w| syl_text.get(w[0] as usize..w[1] as usize).map(str::to_string).ok_or(IndexError::Layout("syllables")))
            .collect::<Result<_, _>>()?;
        let is_pinyin: Vec<bool> = b[sections[Sec::IsPinyin as usize].clone()].iter().map(|&x| x == 1).collect();
        let by_char: Vec<u16> = cast(&b[sections[Sec::ByChar as usize].clone()]).to_vec();
        let alternates: Vec<[u32; 2]> = cast(&b[sections[Sec::Alternates as usize].clone()]).to_vec();
        if syllables.is_empty() || is_pinyin.len() != syllables.len() {
            return Err(IndexError::Layout("syllables"));
        }
        let syllable_ids = syllables.iter().enumerate().map(|(i, s)| (s.clone(), i as u16)).collect();
        let sorted_syllables = sorted_syllables(&syllables);
        Ok(Directory { meta, bytes, rows, sections, syllables, syllable_ids, sorted_syllables, is_pinyin, by_char, alternates })
    }

    /// A directory of no rows (what a failed build gives instead of a crash).
    fn empty() -> Directory {
        Directory {
            meta: DirectoryMeta { source: String::new(), as_of: None, synthetic: false },
            bytes: Bytes::Static(&[]),
            rows: 0,
            sections: vec![0..0; file::SECTIONS],
            syllables: vec![String::new()],
            syllable_ids: Default::default(),
            sorted_syllables: Vec::new(),
            is_pinyin: vec![false],
            by_char: Vec::new(),
            alternates: Vec::new(),
        }
    }

    /// Opens an index file by mapping it: constant time in rows (the body is checked once per
    /// version of the file; see [`crate::file`]).
    pub fn open(path: &Path) -> Result<Directory, IndexError> {
        let (bytes, rows, sections) = file::open_mapped(path)?;
        Directory::assemble(bytes, rows, sections)
    }

    /// A directory over an index image embedded in the program (8-aligned), checked in full.
    pub fn from_static(image: &'static [u8]) -> Result<Directory, IndexError> {
        let (rows, sections) = file::check_header(image)?;
        file::check_body(image)?;
        if image.as_ptr() as usize % 8 != 0 {
            return Err(IndexError::Layout("alignment"));
        }
        Directory::assemble(Bytes::Static(image), rows, sections)
    }

    /// A directory over an index image in memory, checked in full (copied to aligned memory).
    pub fn from_image(image: &[u8]) -> Result<Directory, IndexError> {
        file::check_header(image)?;
        file::check_body(image)?;
        Directory::from_bytes(Bytes::owned(image))
    }

    /// The index file's bytes (what [`Directory::open`] reads back).
    pub fn image(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    /// Whether the rows are read from a mapped file (rather than memory of this process).
    pub fn is_mapped(&self) -> bool {
        matches!(self.bytes, Bytes::Mapped(_))
    }

    fn section(&self, s: Sec) -> &[u8] {
        self.bytes.as_slice().get(self.sections[s as usize].clone()).unwrap_or(&[])
    }

    /// The row's record: arena offsets of its syllables, text and extra fields, division,
    /// packed level/kind/network, longitude, latitude, confirmed date | segment mask << 16.
    fn rec(&self, row: u32) -> &[u32; REC] {
        const NONE: [u32; REC] = [0, 0, 0, 0, 0, NO_COORD as u32, NO_COORD as u32, 0];
        cast::<[u32; REC]>(self.section(Sec::Packed)).get(row as usize).unwrap_or(&NONE)
    }

    /// The record's arena range `[from, to)` of a row's part (0 syllables, 1 text, 2 extra).
    fn part(&self, row: u32, which: usize) -> &[u8] {
        let recs = cast::<[u32; REC]>(self.section(Sec::Packed));
        let (Some(r), Some(next)) = (recs.get(row as usize), recs.get(row as usize + 1)) else { return &[] };
        let from = r[which] as usize;
        let to = if which < 2 { r[which + 1] } else { next[0] } as usize;
        self.section(Sec::Text).get(from..to).unwrap_or(&[])
    }

    /// Reads one byte of each cache line of these rows' records and of their arena parts before
    /// part `upto` (0: none, 1: the syllables, 2: and the text, 3: and the extra fields) with
    /// loads that do not depend on one another, so that the processor waits for their misses
    /// side by side instead of one after the other when the rows are then read in turn (safe
    /// code's stand-in for a prefetch).
    fn warm(&self, rows: &[u32], upto: usize) {
        let recs = cast::<[u32; REC]>(self.section(Sec::Packed));
        let arena = self.section(Sec::Text);
        let mut sink = 0u8;
        for &row in rows {
            let (Some(r), Some(next)) = (recs.get(row as usize), recs.get(row as usize + 1)) else { continue };
            sink ^= r[4] as u8;
            let end = if upto < 3 { r[upto] } else { next[0] };
            let (from, to) = (r[0] as usize, (end as usize).min(arena.len()));
            let mut at = from;
            while at < to {
                sink ^= arena.get(at).copied().unwrap_or(0);
                at = (at | 63) + 1;
            }
        }
        std::hint::black_box(sink);
    }

    fn packed(&self, row: u32) -> u32 {
        self.rec(row)[4]
    }

    fn division(&self, row: u32) -> u32 {
        self.rec(row)[3]
    }

    /// The posting list of `key` (empty when no row has it).
    fn posting(&self, key: u64) -> Posting<'_> {
        let keys: &[u64] = cast(self.section(Sec::PostKeys));
        let i = lower_bound(keys, cast(self.section(Sec::PostKeysTop)), key);
        if keys.get(i) != Some(&key) {
            return Posting::empty();
        }
        let meta: &[[u64; 2]] = cast(self.section(Sec::PostMeta));
        let Some(&[offset, lens]) = meta.get(i) else { return Posting::empty() };
        let data = self.section(Sec::PostData);
        let len = (lens & 0x7fff_ffff) as u32;
        let offset = offset as usize;
        if lens & 1 << 31 != 0 {
            // The summary (a bit a word), then the words.
            let words = self.rows.div_ceil(64);
            let at = offset + words.div_ceil(64) * 8;
            let (Some(summary), Some(bytes)) = (data.get(offset..at), data.get(at..at + words * 8)) else { return Posting::empty() };
            return Posting::Bits { words: cast(bytes), len, summary: cast(summary) };
        }
        let byte_len = (lens >> 32) as usize;
        let skips_at = (offset + byte_len).next_multiple_of(4);
        let skip_count = (len as usize).div_ceil(SKIP);
        match (data.get(offset..offset + byte_len), data.get(skips_at..skips_at + skip_count * 8)) {
            (Some(bytes), Some(skips)) => Posting::List { bytes, len, skips: cast(skips) },
            _ => Posting::empty(),
        }
    }

    pub fn meta(&self) -> &DirectoryMeta {
        &self.meta
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Bytes of each part of the index (for the benchmark's report).
    pub fn heap_bytes(&self) -> Vec<(&'static str, usize)> {
        let size = |list: &[Sec]| list.iter().map(|&s| self.section(s).len()).sum::<usize>();
        vec![
            ("rows (syllables, text, extra)", size(&[Sec::Text])),
            ("records", size(&[Sec::Packed])),
            ("postings", size(&[Sec::PostKeys, Sec::PostMeta, Sec::PostData])),
            ("readings", size(&[Sec::SylText, Sec::SylStart, Sec::IsPinyin, Sec::ByChar, Sec::Alternates])),
        ]
    }

    /// Posting bytes by key kind (index 1–9: han, han@start, pair, pair@start, syl+next,
    /// syl+next@start, initial, initial@start, region).
    pub fn posting_bytes_by_kind(&self) -> [usize; 12] {
        let mut out = [0usize; 12];
        let keys: &[u64] = cast(self.section(Sec::PostKeys));
        for &key in keys {
            out[(key >> 40).min(11) as usize] += self.posting(key).heap_bytes();
        }
        out
    }

    fn fields(&self, row: u32) -> [&str; 5] {
        let text = self.part(row, 1);
        split_fields(std::str::from_utf8(text).unwrap_or(""))
    }

    fn units_of(&self, row: u32, out: &mut Vec<char>) {
        let f = self.fields(row);
        units_into(f[1], f[2], out);
    }

    fn syls_of(&self, row: u32) -> &[u16] {
        cast(self.part(row, 0))
    }

    fn initial(&self, syl: u16) -> u8 {
        self.syllables.get(syl as usize).and_then(|s| s.bytes().next()).unwrap_or(0)
    }

    fn syllable(&self, syl: u16) -> &str {
        self.syllables.get(syl as usize).map_or("", String::as_str)
    }

    /// Whether a syllable longer than `text` begins with it (a pinyin one, with `pinyin_only`).
    fn begins_longer_syllable(&self, text: &[u8], pinyin_only: bool) -> bool {
        let from = self.sorted_syllables.partition_point(|(s, _)| s.as_bytes() < text);
        self.sorted_syllables[from..]
            .iter()
            .take_while(|(s, _)| s.as_bytes().starts_with(text))
            .any(|(s, id)| s.len() > text.len() && (!pinyin_only || self.is_pinyin(*id)))
    }

    /// The id of a syllable's text.
    fn id(&self, syllable: &str) -> Option<u16> {
        self.syllable_ids.get(syllable).copied()
    }

    fn is_pinyin(&self, id: u16) -> bool {
        self.is_pinyin.get(id as usize).copied().unwrap_or(false)
    }

    /// Every syllable a unit holding `c` can have (as [`Readings::possible_ids`]).
    fn possible_ids(&self, c: char) -> Vec<u16> {
        let cp = c as u32;
        let default = if (0x3400..0xA000).contains(&cp) {
            self.by_char.get((cp - 0x3400) as usize).copied().unwrap_or(crate::reading::NO_READING)
        } else {
            crate::reading::char_reading(c).and_then(|s| self.id(s)).unwrap_or(crate::reading::NO_READING)
        };
        let mut ids = vec![default];
        let from = self.alternates.partition_point(|p| p[0] < cp);
        ids.extend(self.alternates[from..].iter().take_while(|p| p[0] == cp).map(|p| p[1] as u16));
        ids
    }

    /// The full record of a row.
    pub fn hospital(&self, row: u32) -> Hospital {
        let [code, name, aliases, address, specialty] = self.fields(row);
        let packed = self.packed(row);
        let rec = *self.rec(row);
        let (lon, lat) = (rec[5] as i32, rec[6] as i32);
        let h = Hospital {
            code: code.to_string(),
            name: name.to_string(),
            aliases: if aliases.is_empty() { Vec::new() } else { aliases.split('|').map(str::to_string).collect() },
            // A division code in the index was checked when the row was imported.
            division: RegionCode::parse(&format!("{:06}", self.division(row)))
                .or_else(|| RegionCode::parse("110000"))
                .expect("110000 is a valid division code"),
            address: address.to_string(),
            level: Level::unpack((packed & 0xff) as u8),
            kind: Kind::unpack(((packed >> 8) & 0xff) as u8),
            specialty: (!specialty.is_empty()).then(|| specialty.to_string()),
            network: Network::unpack(((packed >> 16) & 0xff) as u8),
            location: (lon != NO_COORD).then_some(Coord { lon_micro: lon, lat_micro: lat }),
            confirmed: days_to_date(rec[7] as u16),
            synthetic: packed >> 24 & 1 == 1,
            // Fields without a column: filled from the row's JSON below.
            name_tw: String::new(),
            sources: Vec::new(),
            coord_precision: String::new(),
        };
        let extra = self.part(row, 2);
        if extra.is_empty() || extra == b" " {
            return h;
        }
        let Ok(mut more) = serde_json::from_slice::<serde_json::Map<String, serde_json::Value>>(extra) else { return h };
        // The fields the model has today are set directly (a result page builds 20 rows on
        // every keystroke); any other field goes through a serde round trip below.
        let mut h = h;
        if let Some(v) = more.remove("name_tw") {
            match v {
                serde_json::Value::String(s) => h.name_tw = s,
                other => drop(more.insert("name_tw".into(), other)),
            }
        }
        if let Some(v) = more.remove("coord_precision") {
            match v {
                serde_json::Value::String(s) => h.coord_precision = s,
                other => drop(more.insert("coord_precision".into(), other)),
            }
        }
        if let Some(v) = more.remove("sources") {
            match v {
                serde_json::Value::Array(items) if items.iter().all(serde_json::Value::is_string) => {
                    h.sources = items.into_iter().filter_map(|i| i.as_str().map(str::to_string)).collect();
                }
                other => drop(more.insert("sources".into(), other)),
            }
        }
        if more.is_empty() {
            return h;
        }
        // Fields without a column that this code does not know by name: merged through serde.
        match serde_json::to_value(&h) {
            Ok(serde_json::Value::Object(mut map)) => {
                map.extend(more);
                serde_json::from_value(serde_json::Value::Object(map)).unwrap_or(h)
            }
            _ => h,
        }
    }

    /// The reading of a row's name and aliases, as the index holds it ("bei jing xie he yi yuan").
    pub fn reading(&self, row: u32) -> String {
        self.syls_of(row).iter().map(|&s| if s == SEP { "|" } else { self.syllable(s) }).collect::<Vec<_>>().join(" ")
    }

    /// How many rows lie in a division (a province, a prefecture or a county), from the region
    /// posting lists: constant time for provinces and prefectures, the prefecture's rows for a
    /// county.
    pub fn count_in_region(&self, code: RegionCode) -> usize {
        let c = code.as_u32();
        let list = self.posting(K_REGION | u64::from(c / 100));
        if c % 100 == 0 {
            return list.len();
        }
        list.iter().filter(|&row| self.division(row) == c).count()
    }

    /// Rows whose code is `code`.
    pub fn find_code(&self, code: &str) -> Option<u32> {
        (0..self.len() as u32).find(|&row| self.fields(row)[0] == code)
    }

    fn passes(&self, row: u32, filter: &Filter) -> bool {
        if let Some(region) = filter.region {
            let (code, want) = (self.division(row), region.as_u32());
            let ok = if want % 10_000 == 0 {
                code / 10_000 == want / 10_000
            } else if want % 100 == 0 {
                code / 100 == want / 100
            } else {
                code == want
            };
            if !ok {
                return false;
            }
        }
        if filter.grade.is_none() && !filter.unrated && filter.kind.is_none() && filter.networked.is_empty() {
            // No need to read the row's level column (a cache miss per candidate at scale).
            return true;
        }
        let packed = self.packed(row);
        let level = Level::unpack((packed & 0xff) as u8);
        if let Some(grade) = filter.grade {
            if level.and_then(Level::grade) != Some(grade) {
                return false;
            }
        }
        if filter.unrated && level != Some(Level::Unrated) {
            return false;
        }
        if let Some(kind) = filter.kind {
            if Kind::unpack(((packed >> 8) & 0xff) as u8) != Some(kind) {
                return false;
            }
        }
        let network = ((packed >> 16) & 0xff) as u8;
        filter.networked.iter().all(|&s| Network::is_yes(network, s))
    }

    fn ring(&self, row: u32, near: RegionCode) -> u8 {
        let (code, near) = (self.division(row), near.as_u32());
        if code == near {
            0
        } else if code / 100 == near / 100 {
            1
        } else if code / 10_000 == near / 10_000 {
            2
        } else {
            3
        }
    }

    fn location(&self, row: u32) -> Option<Coord> {
        let rec = self.rec(row);
        let (lon, lat) = (rec[5] as i32, rec[6] as i32);
        if lon != NO_COORD {
            return Some(Coord { lon_micro: lon, lat_micro: lat });
        }
        RegionCode::parse(&format!("{:06}", self.division(row))).and_then(seats::seat)
    }

    /// How `text` matches one row, by checking that row alone — no posting lists involved. The
    /// search must find exactly the rows this accepts (a test compares the two).
    pub fn match_row(&self, row: u32, text: &str) -> Option<Tier> {
        let toks = parse_query(self, text);
        if toks.is_empty() {
            return Some(Tier::Prefix);
        }
        self.classify(row, &toks, false, &mut Vec::new())
    }

    /// Whether a row passes the filters.
    pub fn row_passes(&self, row: u32, filter: &Filter) -> bool {
        self.passes(row, filter)
    }

    /// Runs a search. An empty query lists the rows that pass the filters, most important first.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        let limit = query.limit.max(1);
        let toks = parse_query(self, &query.text);
        let mut found: Vec<(Tier, u8, u32)> = Vec::new();
        let mut seen: HashSet<u32> = HashSet::new();
        let mut units: Vec<char> = Vec::with_capacity(64);
        let exact_lengths = self.exact_lengths(&toks);
        // Rows found so far in each ring, over the tiers: a row of ring r can no longer enter the
        // page once `limit` rows of a better tier, or of its tier in a ring up to r and of a
        // better rank, are found — and none at all once ring 0 has `limit`.
        let mut per_ring = [0usize; 4];
        // The exact matches first, from the exact-match table (all of them: one can be of any
        // rank), so that the scan for matches at a name's start can stop once a page is full.
        let exact = if toks.is_empty() { None } else { self.exact_candidates(&toks) };
        let exact_known = exact.is_some();
        for row in exact.unwrap_or_default() {
            if !self.passes(row, &query.filter) || self.classify(row, &toks, true, &mut units) != Some(Tier::Exact) {
                continue;
            }
            let ring = query.near.map_or(0, |n| self.ring(row, n));
            seen.insert(row);
            per_ring[ring as usize] += 1;
            found.push((Tier::Exact, ring, row));
        }
        for pass in [Tier::Prefix, Tier::Contains] {
            if pass == Tier::Contains && (toks.is_empty() || found.len() >= limit) {
                break;
            }
            if (pass == Tier::Contains || exact_known) && per_ring[0] >= limit {
                break;
            }
            let (drivers, mut checks) = self.plan(&toks, pass == Tier::Prefix, &query.filter);
            let mut candidates = match drivers {
                None => Driver::All(0..self.len() as u32),
                Some(d) => Driver::Union(Union::new(&d)),
            };
            // The rarest first: a candidate most often fails it, and the bound it gives is the
            // farthest the scan can jump.
            checks.sort_by_key(Posting::len);
            let mut checks: Vec<Cursor<'_>> = checks.into_iter().map(Cursor::new).collect();
            // What matching a candidate reads: its syllables, and its text for characters.
            let upto = match &toks[..] {
                [] => 0,
                t if t.iter().any(|t| matches!(t, Tok::Han(..))) => 2,
                _ => 1,
            };
            let mut batch: Vec<u32> = Vec::with_capacity(32);
            'scan: loop {
                // The next candidates that pass the checks, about as many as the page still
                // needs: their records and names are read side by side (at 1.3 million rows
                // each is a cache and TLB miss), then each is matched in turn as before.
                batch.clear();
                let want = limit.saturating_sub(per_ring[0]).clamp(2, 32);
                while batch.len() < want {
                    let Some(rank) = candidates.next() else { break };
                    // A check the candidate fails gives the next rank that has its key: the
                    // candidates before it fail the same check, so the scan jumps there. None
                    // of them could be found; with `near`, one of them could have ended the pass
                    // sooner, but past that point only rows below a full page of ring 0 are found.
                    if let Some(bound) = checks.iter_mut().map(|c| c.next_from(rank)).find(|&b| b != rank) {
                        candidates.seek(bound);
                        continue;
                    }
                    batch.push(rank);
                }
                if batch.is_empty() {
                    break;
                }
                self.warm(&batch, upto);
                for &rank in &batch {
                    let row = rank;
                    let ring = query.near.map_or(0, |n| self.ring(row, n));
                    let full = per_ring[ring as usize] >= limit;
                    if full {
                        if pass == Tier::Contains || toks.is_empty() || exact_known {
                            if per_ring[0] >= limit {
                                break 'scan;
                            }
                            continue;
                        }
                        // Only an exact match can still get in: one of its names must be as long.
                        if (self.rec(row)[7] >> 16) as u16 & exact_lengths == 0 {
                            continue;
                        }
                    }
                    if !self.passes(row, &query.filter) {
                        continue;
                    }
                    let tier =
                        if toks.is_empty() { Some(Tier::Prefix) } else { self.classify(row, &toks, pass == Tier::Prefix, &mut units) };
                    let Some(tier) = tier else { continue };
                    if (pass == Tier::Prefix && tier == Tier::Contains) || (pass == Tier::Contains && tier != Tier::Contains) {
                        continue;
                    }
                    // Exact matches came from the table (a row it missed is lost here, which the
                    // full-scan test would see).
                    if exact_known && tier == Tier::Exact {
                        continue;
                    }
                    if full && tier != Tier::Exact {
                        continue;
                    }
                    if seen.insert(row) {
                        per_ring[ring as usize] += 1;
                        found.push((tier, ring, rank));
                    }
                    if query.near.is_none() && pass == Tier::Contains && per_ring[0] >= limit {
                        break 'scan;
                    }
                }
            }
        }
        found.sort_unstable();
        found.truncate(limit);
        // The caller reads every returned row next (a result screen shows each).
        self.warm(&found.iter().map(|f| f.2).collect::<Vec<u32>>(), 3);
        let near_seat = query.near.and_then(seats::seat);
        found
            .into_iter()
            .map(|(tier, ring, rank)| {
                let row = rank;
                Hit {
                    row,
                    tier,
                    ring: query.near.map(|_| ring),
                    distance_km: near_seat.zip(self.location(row)).map(|(a, b)| a.distance_km(b)),
                }
            })
            .collect()
    }

    /// The posting lists to scan (their union) and to check (each must contain the rank), or
    /// None to scan every row.
    fn plan(&self, toks: &[Tok], start: bool, filter: &Filter) -> (Option<Vec<Posting<'_>>>, Vec<Posting<'_>>) {
        let get = |key: u64| self.posting(key);
        // A region filter: the rows of its prefecture (or province) can drive the scan.
        let region = filter.region.map(|r| {
            let code = if r.as_u32() % 10_000 == 0 { r.province() } else { r.prefecture() };
            get(K_REGION | u64::from(code.as_u32() / 100))
        });
        // Filter postings: every row that passes has them (the rarest may drive the scan).
        let mut filters: Vec<Posting<'_>> = Vec::new();
        if let Some(grade) = filter.grade {
            filters.push(get(grade_key(grade)));
            if let Some(r) = filter.region {
                filters.push(get(province_grade_key(r.as_u32(), grade)));
            }
        }
        if filter.unrated {
            filters.push(get(K_FILTER | 0x20));
        }
        if let Some(kind) = filter.kind {
            filters.push(get(K_FILTER | 0x30 | u64::from(Kind::pack(Some(kind)))));
        }
        for &service in &filter.networked {
            filters.push(get(service_key(service)));
        }
        let Some(first) = toks.first() else {
            // No text: the rarest filter list drives, the others are checked.
            let mut all: Vec<Posting<'_>> = region.into_iter().chain(filters).collect();
            let Some(i) = all.iter().enumerate().min_by_key(|(_, p)| p.len()).map(|(i, _)| i) else { return (None, Vec::new()) };
            let driver = all.remove(i);
            return (Some(vec![driver]), all);
        };
        let mut necessary_start: Vec<Posting<'_>> = Vec::new();
        // Sets of keys one of which every match has (the union can drive the scan).
        let mut groups: Vec<Vec<Posting<'_>>> = Vec::new();
        if start {
            // Start-of-name pairs: characters, or the first two whole syllables every full
            // reading of a leading Latin run agrees on.
            match (toks.first(), toks.get(1)) {
                (Some(Tok::Han(a, _)), Some(Tok::Han(b, _))) => {
                    necessary_start.push(get(K_HAN_PAIR_START | (han_pair_key(*a, *b) & ((1 << 40) - 1))));
                }
                (Some(Tok::Latin(_, splits)), _) if !splits.is_empty() => {
                    let firsts: Vec<(u16, u16)> =
                        splits.iter().filter(|sp| sp.len() >= 3 && sp[0].0 != u16::MAX && sp[1].0 != u16::MAX).map(|sp| (sp[0].0, sp[1].0)).collect();
                    if firsts.len() == splits.len() && firsts.iter().all(|f| *f == firsts[0]) {
                        necessary_start.push(get(K_SYL_PAIR_START | u64::from(firsts[0].0) << 16 | u64::from(firsts[0].1)));
                    }
                }
                _ => {}
            }
        }
        // Initials of three neighbouring units that every reading of the query has.
        if let Some(sequences) = self.exact_sequences(toks) {
            let trigrams = |seq: &Vec<u8>| -> Vec<u64> {
                seq.windows(3).map(|w| u64::from(w[0]) << 16 | u64::from(w[1]) << 8 | u64::from(w[2])).collect()
            };
            let mut common: Option<Vec<u64>> = None;
            for seq in &sequences {
                let mut t = trigrams(seq);
                t.sort_unstable();
                t.dedup();
                common = Some(match common {
                    None => t,
                    Some(c) => c.into_iter().filter(|k| t.binary_search(k).is_ok()).collect(),
                });
            }
            necessary_start.extend(common.unwrap_or_default().into_iter().map(|k| get(K_INITIAL3 | k)));
            if start {
                let mut firsts: Vec<u64> = sequences.iter().filter_map(|seq| trigrams(seq).first().copied()).collect();
                if !firsts.is_empty() && firsts.len() == sequences.len() {
                    firsts.sort_unstable();
                    firsts.dedup();
                    if firsts.len() == 1 {
                        necessary_start.push(get(K_INITIAL3_START | firsts[0]));
                    } else {
                        groups.push(firsts.into_iter().map(|k| get(K_INITIAL3_START | k)).collect());
                    }
                }
            }
        }
        // Keys every match must have somewhere: its Chinese characters, and the initials of
        // neighbouring units wherever the query fixes them.
        let mut necessary: Vec<Posting<'_>> = toks
            .iter()
            .filter_map(|t| match t {
                Tok::Han(c, _) => Some(get(K_HAN | u64::from(*c))),
                Tok::Latin(..) => None,
            })
            .collect();
        for (i, tok) in toks.iter().enumerate() {
            let Tok::Latin(_, splits) = tok else { continue };
            if splits.is_empty() {
                continue;
            }
            // (syllable, next initial) keys every full reading has; the run's last syllable is
            // followed by the next token's first letter when that is fixed.
            let next_initial = match toks.get(i + 1) {
                Some(Tok::Han(_, ids)) => self.han_initial(ids),
                Some(Tok::Latin(s, _)) => s.first().copied(),
                None => None,
            };
            let keys_of = |split: &Vec<(u16, u8)>, kind: u64| -> Vec<u64> {
                let mut keys: Vec<u64> = split
                    .windows(2)
                    .filter(|w| w[0].0 != u16::MAX)
                    .map(|w| kind | u64::from(w[0].0) << 8 | u64::from(w[1].1))
                    .collect();
                if let (Some(&(last, _)), Some(b)) = (split.last(), next_initial) {
                    if last != u16::MAX {
                        keys.push(kind | u64::from(last) << 8 | u64::from(b));
                    }
                }
                keys
            };
            let mut common: Option<Vec<u64>> = None;
            for split in splits {
                let keys = keys_of(split, K_SYL_NEXT);
                common = Some(match common {
                    None => keys,
                    Some(c) => c.into_iter().filter(|k| keys.contains(k)).collect(),
                });
            }
            necessary.extend(common.unwrap_or_default().into_iter().map(get));
            if start && i == 0 {
                let firsts: Vec<u64> = splits.iter().filter_map(|sp| keys_of(sp, K_SYL_NEXT_START).first().copied()).collect();
                if firsts.len() == splits.len() && firsts.iter().all(|k| *k == firsts[0]) {
                    necessary.push(get(firsts[0]));
                }
                // Readings that disagree (zhen wei, zhe n wei): a match begins with one of
                // them, so the union of each reading's start key can drive the scan.
                let mut group: Vec<u64> = Vec::new();
                for sp in splits {
                    let key = match sp.as_slice() {
                        [a, b, _, ..] if a.0 != u16::MAX && b.0 != u16::MAX => K_SYL_PAIR_START | u64::from(a.0) << 16 | u64::from(b.0),
                        _ => match keys_of(sp, K_SYL_NEXT_START).first() {
                            Some(&k) => k,
                            None => {
                                group.clear();
                                break;
                            }
                        },
                    };
                    group.push(key);
                }
                group.sort_unstable();
                group.dedup();
                if !group.is_empty() {
                    groups.push(group.into_iter().map(get).collect());
                }
            }
        }
        // Neighbouring characters, and neighbouring whole syllables that every full reading of a
        // Latin run has (its last syllable may be matched by a beginning only: left out).
        for w in toks.windows(2) {
            if let (Tok::Han(a, _), Tok::Han(b, _)) = (&w[0], &w[1]) {
                necessary.push(get(han_pair_key(*a, *b)));
            }
        }
        for tok in toks {
            let Tok::Latin(_, splits) = tok else { continue };
            let mut common: Option<Vec<u64>> = None;
            for split in splits {
                let whole = &split[..split.len().saturating_sub(1)];
                let keys: Vec<u64> = whole
                    .windows(2)
                    .filter(|w| w[0].0 != u16::MAX && w[1].0 != u16::MAX)
                    .map(|w| K_SYL_PAIR | u64::from(w[0].0) << 16 | u64::from(w[1].0))
                    .collect();
                common = Some(match common {
                    None => keys,
                    Some(c) => c.into_iter().filter(|k| keys.contains(k)).collect(),
                });
            }
            necessary.extend(common.unwrap_or_default().into_iter().map(get));
        }
        necessary.extend(region);
        necessary.extend(filters);
        necessary.extend(necessary_start);
        let (pairs, first_pair) = self.necessary_pairs(toks);
        necessary.extend(pairs.into_iter().map(|(a, b)| get(K_PAIR | u64::from(a) << 8 | u64::from(b))));
        if let (true, Some((a, b))) = (start, first_pair) {
            necessary.push(get(K_PAIR_START | u64::from(a) << 8 | u64::from(b)));
        }
        // Keys one of which a match must have at its first unit.
        let first_keys: Vec<Posting<'_>> = match first {
            Tok::Han(c, _) => vec![get(if start { K_HAN_START } else { K_HAN } | u64::from(*c))],
            Tok::Latin(s, _) => self.latin_keys(s, start).into_iter().map(get).collect(),
        };
        let size = |g: &Vec<Posting<'_>>| -> usize { g.iter().map(|p| p.len()).sum() };
        let first_size = size(&first_keys);
        let smallest_group = groups.into_iter().min_by_key(size);
        let first_keys = match smallest_group {
            Some(g) if size(&g) < first_size => {
                if start && first_keys.len() == 1 {
                    necessary.push(first_keys[0]);
                }
                g
            }
            _ => first_keys,
        };
        let first_size = size(&first_keys);
        match necessary.iter().enumerate().min_by_key(|(_, p)| p.len()) {
            Some((i, rarest)) if rarest.len() < first_size => {
                let driver = necessary.remove(i);
                if start && first_keys.len() == 1 {
                    necessary.push(first_keys[0]);
                }
                (Some(vec![driver]), necessary)
            }
            _ => (Some(first_keys), necessary),
        }
    }

    /// The initials a name segment can have when `toks` match it exactly, or None when there
    /// are more than [`MAX_EXACT_SEQUENCES`]. Every unit a token covers contributes its
    /// syllable's first letter: a Chinese character one of its readings' initials; a Latin
    /// run the letter where each piece begins (a piece is a whole syllable, a syllable's
    /// beginning at the run's end and, when the run is not full pinyin, an initial or zh/ch/sh),
    /// so this is a superset of what [`Directory::match_from`] accepts.
    fn exact_sequences(&self, toks: &[Tok]) -> Option<Vec<Vec<u8>>> {
        let mut out: Vec<Vec<u8>> = vec![Vec::new()];
        for tok in toks {
            let options: Vec<Vec<u8>> = match tok {
                Tok::Han(_, ids) => {
                    let mut firsts: Vec<u8> = ids.iter().map(|&id| self.initial(id)).collect();
                    firsts.sort_unstable();
                    firsts.dedup();
                    firsts.into_iter().map(|b| vec![b]).collect()
                }
                Tok::Latin(s, full) => {
                    let n = s.len();
                    // starts[i]: the sets of piece beginnings that reach position i.
                    let mut at: Vec<Vec<Vec<u8>>> = vec![Vec::new(); n + 1];
                    at[0].push(Vec::new());
                    for i in 0..n {
                        if at[i].is_empty() {
                            continue;
                        }
                        let mut ends: Vec<usize> = Vec::new();
                        for len in 1..=(n - i).min(8) {
                            if self.syllable_ids.contains_key(std::str::from_utf8(&s[i..i + len]).unwrap_or("")) {
                                ends.push(i + len);
                            }
                        }
                        // The run may end inside a syllable.
                        if self.begins_longer_syllable(&s[i..], false) {
                            ends.push(n);
                        }
                        if full.is_empty() {
                            ends.push(i + 1);
                            if n - i >= 2 && matches!(&s[i..i + 2], b"zh" | b"ch" | b"sh") {
                                ends.push(i + 2);
                            }
                        }
                        ends.sort_unstable();
                        ends.dedup();
                        let here = std::mem::take(&mut at[i]);
                        for &e in &ends {
                            for seq in &here {
                                let mut next = seq.clone();
                                next.push(s[i]);
                                at[e].push(next);
                            }
                            at[e].sort_unstable();
                            at[e].dedup();
                            if at[e].len() > MAX_EXACT_SEQUENCES {
                                return None;
                            }
                        }
                    }
                    std::mem::take(&mut at[n])
                }
            };
            let mut next: Vec<Vec<u8>> = Vec::with_capacity(out.len() * options.len());
            for a in &out {
                for b in &options {
                    let mut seq = a.clone();
                    seq.extend_from_slice(b);
                    next.push(seq);
                }
            }
            next.sort_unstable();
            next.dedup();
            if next.len() > MAX_EXACT_SEQUENCES {
                return None;
            }
            out = next;
        }
        Some(out)
    }

    /// Rows that may match `toks` exactly (a superset, sorted), from the exact-match table; None
    /// when the query has too many readings to look up.
    fn exact_candidates(&self, toks: &[Tok]) -> Option<Vec<u32>> {
        let table: &[u64] = cast(self.section(Sec::Exact));
        let mut rows: Vec<u32> = Vec::new();
        for seq in self.exact_sequences(toks)? {
            let h = u64::from(initials_hash(&seq));
            let from = lower_bound(table, cast(self.section(Sec::ExactTop)), h << 32);
            rows.extend(table[from..].iter().take_while(|&&x| x >> 32 == h).map(|&x| x as u32));
        }
        rows.sort_unstable();
        rows.dedup();
        Some(rows)
    }

    /// The first letters of a unit's possible syllables when they all agree.
    fn han_initial(&self, ids: &[u16]) -> Option<u8> {
        let first = self.initial(*ids.first()?);
        ids.iter().all(|&id| self.initial(id) == first).then_some(first)
    }

    /// Pairs of neighbouring initials that every way of reading the query produces, and the
    /// pair of the first two units when every reading agrees on it.
    fn necessary_pairs(&self, toks: &[Tok]) -> (Vec<InitialPair>, Option<InitialPair>) {
        let mut pairs: Vec<(u8, u8)> = Vec::new();
        let mut first_pair: Option<(u8, u8)> = None;
        let mut previous_last: Option<u8> = None;
        for (i, tok) in toks.iter().enumerate() {
            let next_initial = match toks.get(i + 1) {
                Some(Tok::Han(_, ids)) => self.han_initial(ids),
                Some(Tok::Latin(s, _)) => s.first().copied(),
                None => None,
            };
            match tok {
                Tok::Han(_, ids) => {
                    let initial = self.han_initial(ids);
                    if let (Some(a), Some(b)) = (previous_last, initial) {
                        pairs.push((a, b));
                    }
                    if i == 0 {
                        first_pair = initial.zip(next_initial);
                    }
                    previous_last = initial;
                }
                Tok::Latin(s, _) => {
                    if let Some(a) = previous_last {
                        pairs.push((a, s[0]));
                    }
                    let reading = self.latin_reading(s);
                    pairs.extend(reading.necessary);
                    if i == 0 {
                        first_pair = match (reading.first_next, reading.can_be_one_unit) {
                            (Some(b), false) => Some((s[0], b)),
                            (None, true) => next_initial.map(|b| (s[0], b)),
                            (Some(b), true) if next_initial == Some(b) => Some((s[0], b)),
                            _ => None,
                        };
                    }
                    previous_last = reading.last;
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        (pairs, first_pair)
    }

    /// How a Latin run can be split into units (whole syllables, an initial or zh/ch/sh standing
    /// for a syllable, a partial last syllable), summarised: the pairs of neighbouring initials
    /// every split has, the initial of the second unit and of the last unit when every split
    /// agrees. Positions are nodes, units are edges; a pair is necessary when no split from the
    /// start to the end avoids it.
    fn latin_reading(&self, s: &[u8]) -> LatinReading {
        let n = s.len();
        let text = |a: usize, b: usize| std::str::from_utf8(&s[a..b]).unwrap_or("");
        let is_syllable = |a: usize, b: usize| self.syllable_ids.contains_key(text(a, b));
        let begins_syllable = |a: usize, b: usize| self.begins_longer_syllable(&s[a..b], false);
        let mut edges: Vec<(usize, usize)> = Vec::new();
        for i in 0..n {
            for len in 1..=(n - i).min(6) {
                if is_syllable(i, i + len) {
                    edges.push((i, i + len));
                }
            }
            if n - i > 1 && begins_syllable(i, i + 1) {
                edges.push((i, i + 1));
            }
            if n - i > 2 && matches!(&s[i..i + 2], b"zh" | b"ch" | b"sh") {
                edges.push((i, i + 2));
            }
            if begins_syllable(i, n) {
                edges.push((i, n));
            }
        }
        edges.sort_unstable();
        edges.dedup();
        let label = |(a, b): (usize, usize)| (b < n).then(|| (s[a], s[b]));
        let reaches_end = |avoid: Option<(u8, u8)>| {
            let mut seen = vec![false; n + 1];
            seen[0] = true;
            for i in 0..n {
                if !seen[i] {
                    continue;
                }
                for &(a, b) in edges.iter().filter(|e| e.0 == i) {
                    if avoid.is_none() || label((a, b)) != avoid {
                        seen[b] = true;
                    }
                }
            }
            seen[n]
        };
        // Edges on some complete split: reachable from the start and reaching the end.
        let mut forward = vec![false; n + 1];
        forward[0] = true;
        for &(a, b) in &edges {
            if forward[a] {
                forward[b] = true;
            }
        }
        let mut backward = vec![false; n + 1];
        backward[n] = true;
        for &(a, b) in edges.iter().rev() {
            if backward[b] {
                backward[a] = true;
            }
        }
        let useful: Vec<(usize, usize)> = edges.iter().copied().filter(|&(a, b)| forward[a] && backward[b]).collect();
        let mut labels: Vec<(u8, u8)> = useful.iter().filter_map(|&e| label(e)).collect();
        labels.sort_unstable();
        labels.dedup();
        let necessary = if reaches_end(None) { labels.into_iter().filter(|&p| !reaches_end(Some(p))).collect() } else { Vec::new() };
        let firsts: Vec<&(usize, usize)> = useful.iter().filter(|e| e.0 == 0).collect();
        let mut first_next: Vec<u8> = firsts.iter().filter(|e| e.1 < n).map(|e| s[e.1]).collect();
        first_next.sort_unstable();
        first_next.dedup();
        let lasts: Vec<u8> = useful.iter().filter(|e| e.1 == n).map(|e| s[e.0]).collect();
        LatinReading {
            necessary,
            first_next: (first_next.len() == 1).then(|| first_next[0]),
            can_be_one_unit: firsts.iter().any(|e| e.1 == n),
            last: lasts.first().copied().filter(|l| lasts.iter().all(|x| x == l)),
        }
    }

    /// Keys one of which every row matching a Latin run `s` (at its first unit) must have.
    fn latin_keys(&self, s: &[u8], start: bool) -> Vec<u64> {
        let (pair, syl_next, initial) =
            if start { (K_PAIR_START, K_SYL_NEXT_START, K_INITIAL_START) } else { (K_PAIR, K_SYL_NEXT, K_INITIAL) };
        let mut keys = Vec::new();
        let within_one = self.begins_longer_syllable(s, false)
            || self.syllable_ids.contains_key(std::str::from_utf8(s).unwrap_or(""));
        if within_one || s.len() == 1 {
            // The whole run may fall inside the first unit: every row with that initial.
            keys.push(initial | u64::from(s[0]));
            return keys;
        }
        keys.push(pair | u64::from(s[0]) << 8 | u64::from(s[1]));
        if s.len() > 2 && matches!(&s[..2], b"zh" | b"ch" | b"sh") {
            keys.push(pair | u64::from(s[0]) << 8 | u64::from(s[2]));
        }
        for len in 1..s.len().min(7) {
            if let Ok(prefix) = std::str::from_utf8(&s[..len]) {
                if let Some(&id) = self.syllable_ids.get(prefix) {
                    keys.push(syl_next | u64::from(id) << 8 | u64::from(s[len]));
                }
            }
        }
        keys
    }

    /// The possible unit counts of a name that `toks` match exactly, as a bit mask (bit 15: 15
    /// or more): a Chinese character is one unit; a Latin run is either all initials (one unit
    /// a letter) or whole syllables with perhaps a partial last one. Abbreviations mixed into the
    /// middle of a run still match, as prefixes; they are not looked for among exact matches
    /// once a page of results is full.
    fn exact_lengths(&self, toks: &[Tok]) -> u16 {
        let mut total: u64 = 1;
        for tok in toks {
            let counts: u64 = match tok {
                Tok::Han(..) => 1 << 1,
                // Full pinyin: the reading with the fewest syllables (dayao is da yao; da ya o is
                // a match too, but not looked for among exact matches once a page is full).
                Tok::Latin(_, splits) if !splits.is_empty() => 1 << splits.iter().map(Vec::len).min().unwrap_or(0).min(63),
                Tok::Latin(s, _) => {
                    // reach[i]: bit k set when s[..i] splits into k whole syllables.
                    let n = s.len();
                    let mut reach = vec![0u64; n + 1];
                    reach[0] = 1;
                    let mut counts = 1u64 << n.min(63);
                    for i in 0..n {
                        if reach[i] == 0 {
                            continue;
                        }
                        for j in i + 1..=n.min(i + 6) {
                            let piece = std::str::from_utf8(&s[i..j]).unwrap_or("");
                            if self.syllable_ids.contains_key(piece) {
                                reach[j] |= reach[i] << 1;
                            }
                            if j == n && self.begins_longer_syllable(piece.as_bytes(), false) {
                                counts |= reach[i] << 1;
                            }
                        }
                    }
                    counts | reach[n]
                }
            };
            let mut next = 0u64;
            for k in 0..64 {
                if counts & (1 << k) != 0 {
                    next |= total << k;
                }
            }
            total = next;
        }
        let mut mask = (total & 0x7fff) as u16;
        if total >> 15 != 0 {
            mask |= 1 << 15;
        }
        mask
    }

    /// The best tier at which `toks` match the row, if they match; with `prefix_only`, only
    /// matches at the start of a name are looked for. Syllables are compared first (they are in
    /// memory); the characters are decoded from the text only for a start that passes.
    fn classify(&self, row: u32, toks: &[Tok], prefix_only: bool, units: &mut Vec<char>) -> Option<Tier> {
        let syls = self.syls_of(row);
        let mut decoded = false;
        let mut best: Option<Tier> = None;
        for start in 0..syls.len() {
            if syls[start] == SEP {
                continue;
            }
            let seg_start = start == 0 || syls[start - 1] == SEP;
            if (prefix_only || best.is_some()) && !seg_start {
                continue;
            }
            let plausible = match &toks[0] {
                Tok::Han(_, ids) => ids.contains(&syls[start]),
                Tok::Latin(s, _) => self.initial(syls[start]) == s[0],
            };
            if !plausible || self.match_from(None, syls, toks, start, 0, 0).is_none() {
                continue;
            }
            let has_han = toks.iter().any(|t| matches!(t, Tok::Han(..)));
            if has_han && !decoded {
                self.units_of(row, units);
                decoded = true;
            }
            let chars = if has_han { Some(units.as_slice()) } else { None };
            if let Some(end) = self.match_from(chars, syls, toks, start, 0, 0) {
                let seg_end = end == syls.len() || syls[end] == SEP;
                let tier = match (seg_start, seg_end) {
                    (true, true) => Tier::Exact,
                    (true, false) => Tier::Prefix,
                    _ => Tier::Contains,
                };
                if tier == Tier::Exact {
                    return Some(tier);
                }
                best = Some(best.map_or(tier, |b| b.min(tier)));
            }
        }
        best
    }

    /// Matches `toks` from unit `ui`; without `units`, Chinese characters are compared by
    /// syllable only (a necessary condition, checked before the text is decoded).
    fn match_from(&self, units: Option<&[char]>, syls: &[u16], toks: &[Tok], ui: usize, ti: usize, off: usize) -> Option<usize> {
        let Some(tok) = toks.get(ti) else { return Some(ui) };
        match tok {
            Tok::Han(c, ids) => {
                let same = match units {
                    Some(units) => units.get(ui) == Some(c),
                    None => syls.get(ui).is_some_and(|s| ids.contains(s)),
                };
                if same {
                    self.match_from(units, syls, toks, ui + 1, ti + 1, 0)
                } else {
                    None
                }
            }
            Tok::Latin(s, full) => {
                let rest = &s[off..];
                if rest.is_empty() {
                    return self.match_from(units, syls, toks, ui, ti + 1, 0);
                }
                let id = *syls.get(ui)?;
                if id == SEP {
                    return None;
                }
                let p = self.syllable(id).as_bytes();
                if rest.starts_with(p) && !p.is_empty() {
                    if let Some(end) = self.match_from(units, syls, toks, ui + 1, ti, off + p.len()) {
                        return Some(end);
                    }
                }
                let common = rest.iter().zip(p).take_while(|(a, b)| a == b).count();
                if common == 0 {
                    return None;
                }
                if common == rest.len() {
                    // The run ends inside this syllable: xieh for xie he.
                    return self.match_from(units, syls, toks, ui + 1, ti + 1, 0);
                }
                if !full.is_empty() {
                    // Read as full pinyin: no initials inside the run.
                    return None;
                }
                if common >= 2 && p.len() > 2 && matches!(&p[..2], b"zh" | b"ch" | b"sh") {
                    if let Some(end) = self.match_from(units, syls, toks, ui + 1, ti, off + 2) {
                        return Some(end);
                    }
                }
                // An initial standing for the syllable: x for xie.
                self.match_from(units, syls, toks, ui + 1, ti, off + 1)
            }
        }
    }
}

/// The candidates of a pass: every row, or the union of the driving posting lists.
enum Driver<'a> {
    All(Range<u32>),
    Union(Union<'a>),
}

impl Driver<'_> {
    fn next(&mut self) -> Option<u32> {
        match self {
            Driver::All(range) => range.next(),
            Driver::Union(union) => union.next(),
        }
    }

    /// Passes over the candidates before `target`.
    fn seek(&mut self, target: u32) {
        match self {
            Driver::All(range) => range.start = range.start.max(target).min(range.end),
            Driver::Union(union) => union.seek(target),
        }
    }
}

/// Every way to read `run` as whole pinyin syllables (the last may be a syllable's beginning),
/// at most 64; empty when there is none.
fn full_readings(readings: &Directory, run: &[u8]) -> Vec<Vec<(u16, u8)>> {
    fn walk(r: &Directory, run: &[u8], off: usize, acc: &mut Vec<(u16, u8)>, out: &mut Vec<Vec<(u16, u8)>>) {
        if out.len() >= 64 {
            return;
        }
        if off == run.len() {
            out.push(acc.clone());
            return;
        }
        let rest = &run[off..];
        for len in (1..=rest.len().min(6)).rev() {
            let piece = std::str::from_utf8(&rest[..len]).unwrap_or("");
            if let Some(id) = r.id(piece).filter(|&id| r.is_pinyin(id)) {
                acc.push((id, rest[0]));
                walk(r, run, off + len, acc, out);
                acc.pop();
            }
        }
        let text = std::str::from_utf8(rest).unwrap_or("");
        let partial = r.begins_longer_syllable(text.as_bytes(), true);
        if partial && r.id(text).is_none_or(|id| !r.is_pinyin(id)) {
            acc.push((u16::MAX, rest[0]));
            out.push(acc.clone());
            acc.pop();
        }
    }
    let mut out = Vec::new();
    if run.iter().all(u8::is_ascii_lowercase) {
        walk(readings, run, 0, &mut Vec::new(), &mut out);
    }
    if out.len() >= 64 {
        // Too many readings to be sure of the keys: fall back to the general matcher.
        return Vec::new();
    }
    out
}

/// The initials of two neighbouring units.
type InitialPair = (u8, u8);

/// What every split of a Latin run into units has in common.
#[derive(Debug)]
struct LatinReading {
    necessary: Vec<(u8, u8)>,
    /// The second unit's initial, when every split that has a second unit agrees.
    first_next: Option<u8>,
    /// Whether the whole run can be one unit (a syllable or its beginning).
    can_be_one_unit: bool,
    last: Option<u8>,
}

/// Splits a query into Chinese characters and Latin runs (letters and digits, lower-cased);
/// spaces and punctuation only separate.
fn parse_query(readings: &Directory, text: &str) -> Vec<Tok> {
    let mut toks: Vec<Tok> = Vec::new();
    for c in text.chars() {
        if is_han(c) {
            toks.push(Tok::Han(c, readings.possible_ids(c)));
        } else if c.is_ascii_alphanumeric() {
            let b = c.to_ascii_lowercase() as u8;
            match toks.last_mut() {
                Some(Tok::Latin(run, _)) => run.push(b),
                _ => toks.push(Tok::Latin(vec![b], Vec::new())),
            }
        }
    }
    for tok in &mut toks {
        if let Tok::Latin(run, splits) = tok {
            *splits = full_readings(readings, run);
        }
    }
    toks
}

fn sorted_syllables(syllables: &[String]) -> Vec<(String, u16)> {
    let mut sorted: Vec<(String, u16)> = syllables.iter().enumerate().map(|(i, s)| (s.clone(), i as u16)).collect();
    sorted.sort_unstable();
    sorted
}

/// A slice of `T` over bytes the header check has aligned and sized; empty if they are not.
fn cast<T: bytemuck::Pod>(bytes: &[u8]) -> &[T] {
    bytemuck::try_cast_slice(bytes).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The two-level search gives what a plain binary search gives, at block edges, before the
    /// first value, after the last, and with a first level that does not fit (ignored).
    #[test]
    fn lower_bound_through_the_first_level_agrees_with_a_binary_search() {
        for len in [0usize, 1, 63, 64, 65, 128, 1000] {
            let table: Vec<u64> = (0..len as u64).map(|i| i * 3 + 10).collect();
            let top: Vec<u64> = table.iter().step_by(TOP_STRIDE).copied().collect();
            for key in 0..(len as u64 * 3 + 20) {
                let want = table.partition_point(|&x| x < key);
                assert_eq!(lower_bound(&table, &top, key), want, "len {len}, key {key}");
                assert_eq!(lower_bound(&table, &top[..top.len().saturating_sub(1)], key), want, "len {len}, key {key}, short first level");
            }
        }
    }
}
