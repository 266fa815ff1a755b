//! How a name is read aloud in pinyin, syllable by syllable, for search.
//!
//! A per-character conversion reads 重庆 as "zhong qing", 长沙 as "zhang sha", 六安 as "liu an".
//! Place names carry most of the polyphonic characters in hospital names, and the division table
//! has their curated readings (yidi_domain, from AreaCity's hand-curated pinyin), so names are
//! segmented greedily, longest match first, against a phrase table made of (1) every division's
//! full and short name with its curated reading and (2) a small table of hospital words whose
//! per-character reading is wrong or uncertain ([`HOSPITAL_WORDS`]). Characters outside every
//! phrase fall back to the `pinyin` crate's most common reading.
//!
//! What this module does not do: tones (search ignores them), or readings for Latin letters and
//! digits (those match themselves).

use std::{collections::HashMap, hash::BuildHasherDefault};

use pinyin::ToPinyin;
use yidi_domain::divisions;

use crate::posting::IntHasher;

/// Hospital vocabulary whose per-character default is wrong (首都 read "shou dou") or which is
/// so frequent that pinning it down keeps results stable across versions of the pinyin tables.
/// Readings from the 《现代汉语词典》 pronunciations of these words.
const HOSPITAL_WORDS: &[(&str, &str)] = &[
    ("首都", "shou du"),
    ("都市", "du shi"),
    ("附属", "fu shu"),
    ("妇产", "fu chan"),
    ("保健", "bao jian"),
    ("中心", "zhong xin"),
    ("中医", "zhong yi"),
    ("中西医", "zhong xi yi"),
    ("口腔", "kou qiang"),
    ("传染", "chuan ran"),
    ("重症", "zhong zheng"),
    ("长期", "chang qi"),
    ("长征", "chang zheng"),
    ("银行", "yin hang"),
    ("大药房", "da yao fang"),
    ("药房", "yao fang"),
    ("卫生", "wei sheng"),
    ("骨伤", "gu shang"),
    ("创伤", "chuang shang"),
    ("康复", "kang fu"),
    ("协和", "xie he"),
    ("同仁", "tong ren"),
    ("积水潭", "ji shui tan"),
    ("地坛", "di tan"),
    ("广安门", "guang an men"),
    ("东单", "dong dan"),
    ("单位", "dan wei"),
    ("解放军", "jie fang jun"),
    ("省", "sheng"),
    ("区", "qu"),
    ("和平", "he ping"),
    ("调剂", "tiao ji"),
    ("血液", "xue ye"),
    ("心血管", "xin xue guan"),
    ("朝阳", "chao yang"),
    ("研究所", "yan jiu suo"),
    ("研究院", "yan jiu yuan"),
    ("学会", "xue hui"),
    ("会所", "hui suo"),
    ("乐园", "le yuan"),
    ("快乐", "kuai le"),
    ("音乐", "yin yue"),
    // From the bundled directory's names (tests: polyphonic_hospital_names_from_the_real_lists).
    ("重医", "chong yi"),
    ("重钢", "chong gang"),
    ("重汽", "zhong qi"),
    ("东厦", "dong xia"),
    ("藏医", "zang yi"),
];

/// Characters whose most common reading in general text is not their reading in institution
/// names: 长 is chang in 长庚, 长江, 长海, 长征, 长甸, 长龙 (zhang only in 长子, a place the division
/// table reads); 都 is du in 首都, 京都, 一都, 六都 (dou is the adverb "all"); 藏 is zang in 藏医院
/// (cang is "to hide").
const NAME_DEFAULTS: &[(char, &str)] = &[('长', "chang"), ('都', "du"), ('藏', "zang")];

/// Syllable ids: 0 separates name parts, 1 is a Chinese character without a known reading
/// (it matches only itself); the rest index [`Readings::syllable`].
pub const SEPARATOR: u16 = 0;
pub const NO_READING: u16 = 1;

const CJK_START: u32 = 0x3400;
const CJK_END: u32 = 0xA000;

/// The phrase table and the per-character fallback, with every syllable interned.
#[derive(Debug, Clone)]
pub struct Readings {
    syllables: Vec<String>,
    ids: HashMap<String, u16>,
    /// The default reading of each character from U+3400 to U+9FFF.
    by_char: Vec<u16>,
    ascii: [u16; 128],
    phrases: HashMap<Vec<char>, Vec<u16>, BuildHasherDefault<IntHasher>>,
    /// For each first character, a bit per phrase length (in characters) that starts with it.
    lengths: HashMap<char, u32, BuildHasherDefault<IntHasher>>,
    /// Readings a phrase gives a character besides its default (长: zhang in 长治? no — chang).
    alternates: HashMap<char, Vec<u16>, BuildHasherDefault<IntHasher>>,
    /// Whether a syllable id is a reading of some character (not only a Latin letter or digit).
    is_pinyin: Vec<bool>,
}

impl Readings {
    /// The table built from the embedded division list and [`HOSPITAL_WORDS`].
    pub fn new() -> Readings {
        let mut r = Readings {
            syllables: vec![String::new(), "\u{0}".to_string()],
            ids: HashMap::new(),
            by_char: Vec::with_capacity((CJK_END - CJK_START) as usize),
            ascii: [NO_READING; 128],
            phrases: HashMap::default(),
            lengths: HashMap::default(),
            alternates: HashMap::default(),
            is_pinyin: Vec::new(),
        };
        for b in (b'a'..=b'z').chain(b'0'..=b'9') {
            r.ascii[b as usize] = r.intern(&(b as char).to_string());
        }
        for cp in CJK_START..CJK_END {
            let c = char::from_u32(cp);
            let reading = c.and_then(|c| NAME_DEFAULTS.iter().find(|(d, _)| *d == c).map(|(_, s)| *s)).or_else(|| c.and_then(char_reading));
            let id = reading.map_or(NO_READING, |s| r.intern(s));
            r.by_char.push(id);
        }
        for d in divisions().iter() {
            let syllables: Vec<&str> = d.pinyin.split_whitespace().collect();
            // The short name (长治) and the full name (长治市) read the same up to the suffix;
            // the suffix (市, 县, 区, 自治州 …) is read per character.
            let lang = yidi_domain::Lang::ZhCn;
            r.add_if_consistent(d.short_name(lang), &syllables);
            r.add_if_consistent(d.name(lang), &syllables);
        }
        for (word, reading) in HOSPITAL_WORDS {
            let ids = reading.split_whitespace().map(|s| r.intern(s)).collect();
            r.insert(word, ids);
        }
        let mut alternates: HashMap<char, Vec<u16>, BuildHasherDefault<IntHasher>> = HashMap::default();
        for (chars, ids) in &r.phrases {
            for (&c, &id) in chars.iter().zip(ids) {
                if id != r.char_id(c) {
                    let list = alternates.entry(c).or_default();
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
            }
        }
        r.alternates = alternates;
        let mut is_pinyin = vec![false; r.syllables.len()];
        for &id in r.by_char.iter().chain(r.phrases.values().flatten()) {
            is_pinyin[id as usize] = true;
        }
        is_pinyin[NO_READING as usize] = false;
        r.is_pinyin = is_pinyin;
        r
    }

    /// Whether `id` is a syllable some character is read as.
    pub fn is_pinyin(&self, id: u16) -> bool {
        self.is_pinyin.get(id as usize).copied().unwrap_or(false)
    }

    /// Every syllable a name in the index can have for `c`: its default reading and the readings
    /// phrases give it. A unit holding `c` always has one of these.
    pub fn possible_ids(&self, c: char) -> Vec<u16> {
        let mut ids = vec![self.char_id(c)];
        if let Some(more) = self.alternates.get(&c) {
            ids.extend(more);
        }
        ids
    }

    fn intern(&mut self, s: &str) -> u16 {
        if let Some(&id) = self.ids.get(s) {
            return id;
        }
        let id = u16::try_from(self.syllables.len()).unwrap_or(NO_READING);
        self.syllables.push(s.to_string());
        self.ids.insert(s.to_string(), id);
        id
    }

    /// Adds `name` with the curated reading when it has a syllable for each character; a full
    /// name longer than its curated reading (长治市 for "chang zhi") gets the suffix's
    /// per-character reading.
    fn add_if_consistent(&mut self, name: &str, syllables: &[&str]) {
        let chars: Vec<char> = name.chars().collect();
        if chars.len() < 2 || syllables.is_empty() || chars.len() < syllables.len() {
            return;
        }
        if self.phrases.contains_key(&chars) {
            return;
        }
        let mut ids: Vec<u16> = syllables.iter().map(|s| self.intern(s)).collect();
        ids.extend(chars[syllables.len()..].iter().map(|&c| self.char_id(c)));
        if ids.iter().all(|&id| id != NO_READING) {
            self.insert(name, ids);
        }
    }

    fn insert(&mut self, name: &str, ids: Vec<u16>) {
        let chars: Vec<char> = name.chars().collect();
        if let Some(&first) = chars.first() {
            if chars.len() < 32 {
                *self.lengths.entry(first).or_default() |= 1 << chars.len();
            }
        }
        self.phrases.insert(chars, ids);
    }

    /// The default reading's id of one unit character: a Chinese character, an ASCII letter or
    /// digit (its own syllable), or `|` (the separator).
    pub fn char_id(&self, c: char) -> u16 {
        let cp = c as u32;
        if (CJK_START..CJK_END).contains(&cp) {
            return self.by_char[(cp - CJK_START) as usize];
        }
        if c == '|' {
            return SEPARATOR;
        }
        if cp < 128 {
            return self.ascii[cp as usize];
        }
        char_reading(c).and_then(|s| self.ids.get(s).copied()).unwrap_or(NO_READING)
    }

    /// Appends the syllable id of each unit of `chars` to `out`, phrases first.
    pub fn read_ids(&self, chars: &[char], out: &mut Vec<u16>) {
        let mut i = 0;
        while i < chars.len() {
            let mut matched = 0;
            if let Some(&mask) = self.lengths.get(&chars[i]) {
                let mut rest = mask & (u32::MAX >> (31 - (chars.len() - i).min(31)));
                while rest != 0 {
                    let len = (31 - rest.leading_zeros()) as usize;
                    rest &= !(1 << len);
                    if let Some(ids) = self.phrases.get(&chars[i..i + len]) {
                        out.extend_from_slice(ids);
                        matched = len;
                        break;
                    }
                }
            }
            if matched == 0 {
                out.push(self.char_id(chars[i]));
                matched = 1;
            }
            i += matched;
        }
    }

    /// The default reading of each character from U+3400 to U+9FFF (for the index file).
    pub fn char_table(&self) -> &[u16] {
        &self.by_char
    }

    /// (character, syllable id) for every reading a phrase gives a character besides its
    /// default, sorted (for the index file).
    pub fn alternate_pairs(&self) -> Vec<[u32; 2]> {
        let mut pairs: Vec<[u32; 2]> =
            self.alternates.iter().flat_map(|(&c, ids)| ids.iter().map(move |&id| [c as u32, u32::from(id)])).collect();
        pairs.sort_unstable();
        pairs
    }

    /// The text of a syllable id.
    pub fn syllable(&self, id: u16) -> &str {
        self.syllables.get(id as usize).map_or("", String::as_str)
    }

    /// Every syllable, by id.
    pub fn all_syllables(&self) -> &[String] {
        &self.syllables
    }

    /// The id of a syllable's text.
    pub fn id(&self, syllable: &str) -> Option<u16> {
        self.ids.get(syllable).copied()
    }

    /// The reading of a whole text, one entry per character: the syllable for Chinese
    /// characters, the lower-cased character for anything else.
    pub fn syllables(&self, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut ids = Vec::new();
        self.read_ids(&chars, &mut ids);
        ids.into_iter()
            .zip(chars)
            .map(|(id, c)| if id <= NO_READING { c.to_lowercase().collect() } else { self.syllable(id).to_string() })
            .collect()
    }
}

/// The administrative words people drop when they say or type a name (武汉市第一医院 → 武汉一医院,
/// 湖北省人民医院 → 湖北人民医院): 省/市/区/县 right after a place name of the division table, 第
/// before a numeral, and 附属.
pub fn search_forms(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let places = place_names();
    let mut admin = vec![false; chars.len()];
    let mut filler = vec![false; chars.len()];
    for i in 0..chars.len() {
        let c = chars[i];
        if "省市区县".contains(c) {
            admin[i] = (2..=4).any(|len| i >= len && places.contains(&chars[i - len..i].iter().collect::<String>()));
        }
        if c == '第' && chars.get(i + 1).is_some_and(|n| "一二三四五六七八九十".contains(*n)) {
            filler[i] = true;
        }
        if c == '附' && chars.get(i + 1) == Some(&'属') {
            filler[i] = true;
            filler[i + 1] = true;
        }
    }
    let keep = |drop: &dyn Fn(usize) -> bool| -> String {
        chars.iter().enumerate().filter(|(i, _)| !drop(*i)).map(|(_, c)| c).collect()
    };
    let mut out = Vec::new();
    for form in [keep(&|i| admin[i]), keep(&|i| admin[i] || filler[i])] {
        if form != name && form.chars().count() >= 2 && !out.contains(&form) {
            out.push(form);
        }
    }
    out
}

fn place_names() -> &'static std::collections::HashSet<String> {
    static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    NAMES.get_or_init(|| {
        divisions()
            .iter()
            .map(|d| d.short_name(yidi_domain::Lang::ZhCn).to_string())
            .filter(|s| s.chars().count() >= 2)
            .collect()
    })
}

/// Adds [`search_forms`] of the name to the aliases (for search; [`is_search_form`] tells them
/// apart again for display).
pub fn add_search_forms(h: &mut crate::model::Hospital) {
    for form in search_forms(&h.name) {
        if !h.aliases.contains(&form) {
            h.aliases.push(form);
        }
    }
    // The Traditional name too, so 協和 finds 协和 (searched, not shown: views leave out an alias
    // equal to `name_tw`).
    if !h.name_tw.is_empty() && h.name_tw != h.name && !h.aliases.contains(&h.name_tw) {
        h.aliases.push(h.name_tw.clone());
    }
}

/// Whether `alias` is one of the search forms of `name` (not a name a list gives).
pub fn is_search_form(name: &str, alias: &str) -> bool {
    search_forms(name).iter().any(|f| f == alias)
}

impl Default for Readings {
    fn default() -> Self {
        Self::new()
    }
}

/// The most common reading of one Chinese character, without tone.
pub fn char_reading(c: char) -> Option<&'static str> {
    c.to_pinyin().map(|p| p.plain())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_win_over_per_character_readings() {
        let r = Readings::new();
        assert_eq!(r.syllables("重庆市人民医院").join(" "), "chong qing shi ren min yi yuan", "重庆 is chong qing");
        assert_eq!(r.syllables("首都医科大学").join(" "), "shou du yi ke da xue", "首都 is shou du, not shou dou");
        assert_eq!(r.syllables("厦门大学附属第一医院")[..2].join(" "), "xia men", "厦门 is xia men");
    }

    #[test]
    fn search_forms_drop_what_people_drop() {
        assert_eq!(search_forms("湖北省人民医院"), vec!["湖北人民医院"]);
        assert_eq!(search_forms("武汉市第一医院"), vec!["武汉第一医院", "武汉一医院"]);
        assert_eq!(search_forms("武汉大学附属人民医院"), vec!["武汉大学人民医院"]);
        // 社区 keeps its 区 (社 is no place), 城市 its 市.
        assert!(search_forms("江岸区后湖街社区卫生服务中心").iter().all(|f| f.contains("社区")));
        assert!(search_forms("协和医院").is_empty());
    }
}
