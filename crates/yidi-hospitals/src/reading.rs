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

use std::collections::HashMap;

use pinyin::ToPinyin;
use yidi_domain::divisions;

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
];

/// The phrase table and the per-character fallback.
#[derive(Debug)]
pub struct Readings {
    phrases: HashMap<String, Vec<String>>,
    /// For each first character, a bit per phrase length (in characters) that starts with it.
    lengths: HashMap<char, u32>,
}

impl Readings {
    /// The table built from the embedded division list and [`HOSPITAL_WORDS`].
    pub fn new() -> Readings {
        let mut readings = Readings { phrases: HashMap::new(), lengths: HashMap::new() };
        for d in divisions().iter() {
            let syllables: Vec<String> = d.pinyin.split_whitespace().map(str::to_string).collect();
            // The short name (长治) and the full name (长治市) read the same up to the suffix;
            // the suffix (市, 县, 区, 自治州 …) is read per character.
            let lang = yidi_domain::Lang::ZhCn;
            readings.add_if_consistent(d.short_name(lang), &syllables);
            readings.add_if_consistent(d.name(lang), &syllables);
        }
        for (word, reading) in HOSPITAL_WORDS {
            readings.insert(word, reading.split_whitespace().map(str::to_string).collect());
        }
        readings
    }

    /// Adds `name` with the first `name.chars().count()` syllables of the curated reading when the
    /// reading has a syllable for each character (full names with suffixes such as 市 do not:
    /// only the short part is curated, so the full name gets the short reading plus the suffix's
    /// per-character reading).
    fn add_if_consistent(&mut self, name: &str, syllables: &[String]) {
        let n = name.chars().count();
        if n < 2 {
            return;
        }
        if n == syllables.len() {
            self.insert_if_absent(name, syllables.to_vec());
        } else if n > syllables.len() && !syllables.is_empty() {
            let mut reading = syllables.to_vec();
            reading.extend(name.chars().skip(syllables.len()).map(|c| char_reading(c).unwrap_or_default().to_string()));
            if reading.iter().all(|s| !s.is_empty()) {
                self.insert_if_absent(name, reading);
            }
        }
    }

    fn insert_if_absent(&mut self, name: &str, reading: Vec<String>) {
        if !self.phrases.contains_key(name) {
            self.insert(name, reading);
        }
    }

    fn insert(&mut self, name: &str, reading: Vec<String>) {
        let n = name.chars().count();
        if let Some(first) = name.chars().next() {
            if n < 32 {
                *self.lengths.entry(first).or_default() |= 1 << n;
            }
        }
        self.phrases.insert(name.to_string(), reading);
    }

    /// The reading of each character of `chars`: the syllable (no tone) for Chinese characters,
    /// None for anything else.
    pub fn read(&self, chars: &[char]) -> Vec<Option<String>> {
        let mut out: Vec<Option<String>> = Vec::with_capacity(chars.len());
        let mut i = 0;
        let mut key = String::new();
        while i < chars.len() {
            let mut matched = 0;
            if let Some(&mask) = self.lengths.get(&chars[i]) {
                let mut len = (31 - mask.leading_zeros()) as usize;
                while len >= 2 {
                    if mask & (1 << len) != 0 && i + len <= chars.len() {
                        key.clear();
                        key.extend(&chars[i..i + len]);
                        if let Some(reading) = self.phrases.get(&key) {
                            out.extend(reading.iter().map(|s| Some(s.clone())));
                            matched = len;
                            break;
                        }
                    }
                    len -= 1;
                }
                if matched == 0 && mask & 2 != 0 {
                    key.clear();
                    key.push(chars[i]);
                    if let Some(reading) = self.phrases.get(&key) {
                        out.extend(reading.iter().map(|s| Some(s.clone())));
                        matched = 1;
                    }
                }
            }
            if matched == 0 {
                out.push(char_reading(chars[i]).map(str::to_string));
                matched = 1;
            }
            i += matched;
        }
        out
    }

    /// The reading of a whole text as space-separated syllables; characters without a reading
    /// are kept as they are (lower-cased).
    pub fn syllables(&self, text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        self.read(&chars)
            .into_iter()
            .zip(chars)
            .map(|(reading, c)| reading.unwrap_or_else(|| c.to_lowercase().collect()))
            .collect()
    }
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
}
