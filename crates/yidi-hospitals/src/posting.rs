//! Posting lists: the sorted ranks of the rows that have a key. A list is kept as sorted `u32`s
//! while it is short and as a bitmap once it covers more than one row in 32 (a bitmap of n rows
//! takes n/8 bytes, a list 4 bytes a row): the keys that almost every name has (医, 院, the
//! initials "yy") would otherwise take most of the memory.
//!
//! [`PostingBuf`] owns a list while the index is built; [`Posting`] is a borrowed view of one,
//! in memory or in the mapped index file, and is what searching reads.

use std::hash::{BuildHasherDefault, Hasher};

/// Sorted ranks, delta-coded as LEB128 bytes with a skip entry every [`SKIP`] ranks, or one
/// bit per rank: an owned list, while building.
#[derive(Debug, Clone)]
pub enum PostingBuf {
    List { bytes: Vec<u8>, len: u32, skips: Vec<[u32; 2]> },
    Bits { words: Vec<u64>, len: u32 },
}

/// A borrowed posting list (from a [`PostingBuf`] or from the index file).
#[derive(Debug, Clone, Copy)]
pub enum Posting<'a> {
    List { bytes: &'a [u8], len: u32, skips: &'a [[u32; 2]] },
    /// `summary`: bit `i` set when word `i` is not zero (one u64 for 4,096 rows), so that a
    /// scan passes over the empty stretches of a bitmap (its rows are clustered by rank: the
    /// pharmacies' keys are all at the end) without reading them; empty when not made.
    Bits { words: &'a [u64], len: u32, summary: &'a [u64] },
}

/// The summary of a bitmap's words (see [`Posting::Bits`]).
pub fn summary_of(words: &[u64]) -> Vec<u64> {
    let mut summary = vec![0u64; words.len().div_ceil(64)];
    for (i, &w) in words.iter().enumerate() {
        if w != 0 {
            summary[i / 64] |= 1 << (i % 64);
        }
    }
    summary
}

/// The first word at or after `from` that is not zero.
fn next_word(words: &[u64], summary: &[u64], from: usize) -> Option<usize> {
    if *words.get(from)? != 0 {
        return Some(from);
    }
    if summary.is_empty() {
        return (from + 1..words.len()).find(|&i| words[i] != 0);
    }
    // Word `from` is zero: its own bit is not set.
    let here = summary.get(from / 64).map_or(0, |s| s & (u64::MAX << (from % 64)));
    if here != 0 {
        return Some(from / 64 * 64 + here.trailing_zeros() as usize);
    }
    let (i, s) = summary.iter().enumerate().skip(from / 64 + 1).find(|(_, s)| **s != 0)?;
    Some(i * 64 + s.trailing_zeros() as usize)
}

/// Ranks between skip entries; a skip entry holds (rank, byte offset just after it).
pub const SKIP: usize = 64;

/// The bytes [`push_varint`] takes for `v`.
pub fn varint_len(v: u32) -> usize {
    match v {
        0..=0x7f => 1,
        0x80..=0x3fff => 2,
        0x4000..=0x1f_ffff => 3,
        0x20_0000..=0xfff_ffff => 4,
        _ => 5,
    }
}

/// A delta-coded list being filled in rank order, allocated once to its final size.
#[derive(Debug)]
pub struct PackedBuilder {
    bytes: Vec<u8>,
    skips: Vec<[u32; 2]>,
    len: u32,
    previous: u32,
}

impl PackedBuilder {
    pub fn with_capacity(entries: usize, bytes: usize) -> PackedBuilder {
        PackedBuilder {
            bytes: Vec::with_capacity(bytes),
            skips: Vec::with_capacity(entries.div_ceil(SKIP)),
            len: 0,
            previous: 0,
        }
    }

    /// Adds `rank` unless it is the last one added; ranks must not decrease.
    pub fn push(&mut self, rank: u32) {
        if self.len > 0 && rank == self.previous {
            return;
        }
        push_varint(&mut self.bytes, if self.len == 0 { rank } else { rank - self.previous });
        if self.len as usize % SKIP == 0 {
            self.skips.push([rank, self.bytes.len() as u32]);
        }
        self.len += 1;
        self.previous = rank;
    }

    pub fn finish(self) -> PostingBuf {
        PostingBuf::List { bytes: self.bytes, len: self.len, skips: self.skips }
    }
}

fn push_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn read_varint(bytes: &[u8], pos: &mut usize) -> u32 {
    let mut v: u32 = 0;
    let mut shift = 0;
    while let Some(&b) = bytes.get(*pos) {
        *pos += 1;
        v |= u32::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            break;
        }
        shift += 7;
    }
    v
}

impl PostingBuf {
    /// From sorted, distinct ranks below `rows`.
    pub fn new(ranks: Vec<u32>, rows: u32) -> PostingBuf {
        if (ranks.len() as u64) * 32 > u64::from(rows) {
            let mut words = vec![0u64; (rows as usize).div_ceil(64)];
            for &r in &ranks {
                words[(r / 64) as usize] |= 1 << (r % 64);
            }
            PostingBuf::Bits { words, len: ranks.len() as u32 }
        } else {
            PostingBuf::list(&ranks)
        }
    }

    /// A delta-coded list of sorted, distinct ranks.
    pub fn list(ranks: &[u32]) -> PostingBuf {
        let mut bytes = Vec::with_capacity(ranks.len() * 2);
        let mut skips = Vec::with_capacity(ranks.len() / SKIP + 1);
        let mut previous = 0u32;
        for (i, &r) in ranks.iter().enumerate() {
            push_varint(&mut bytes, if i == 0 { r } else { r - previous });
            if i % SKIP == 0 {
                skips.push([r, bytes.len() as u32]);
            }
            previous = r;
        }
        PostingBuf::List { bytes, len: ranks.len() as u32, skips }
    }

    pub fn as_posting(&self) -> Posting<'_> {
        match self {
            PostingBuf::List { bytes, len, skips } => Posting::List { bytes, len: *len, skips },
            PostingBuf::Bits { words, len } => Posting::Bits { words, len: *len, summary: &[] },
        }
    }
}

impl<'a> Posting<'a> {
    pub fn empty() -> Posting<'static> {
        Posting::List { bytes: &[], len: 0, skips: &[] }
    }

    pub fn len(&self) -> usize {
        match self {
            Posting::List { len, .. } | Posting::Bits { len, .. } => *len as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, rank: u32) -> bool {
        match self {
            Posting::List { .. } => Cursor::new(*self).has(rank),
            Posting::Bits { words, .. } => words.get((rank / 64) as usize).is_some_and(|w| w & (1 << (rank % 64)) != 0),
        }
    }

    pub fn iter(&self) -> PostingIter<'a> {
        PostingIter { posting: *self, pos: 0, seen: 0, previous: 0, word: None }
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            Posting::List { bytes, skips, .. } => bytes.len() + skips.len() * 8,
            Posting::Bits { words, summary, .. } => (words.len() + summary.len()) * 8,
        }
    }
}

/// Ranks in increasing order.
#[derive(Debug, Clone)]
pub struct PostingIter<'a> {
    posting: Posting<'a>,
    pos: usize,
    seen: u32,
    previous: u32,
    /// For bitmaps: the bits of word `pos - 1` not yet returned.
    word: Option<u64>,
}

impl Iterator for PostingIter<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        match self.posting {
            Posting::List { bytes, len, .. } => {
                if self.seen >= len {
                    return None;
                }
                let delta = read_varint(bytes, &mut self.pos);
                let r = if self.seen == 0 { delta } else { self.previous + delta };
                self.seen += 1;
                self.previous = r;
                Some(r)
            }
            Posting::Bits { words, summary, .. } => loop {
                if let Some(w) = self.word.filter(|w| *w != 0) {
                    let bit = w.trailing_zeros();
                    self.word = Some(w & (w - 1));
                    return Some(((self.pos - 1) * 64) as u32 + bit);
                }
                let i = next_word(words, summary, self.pos)?;
                self.pos = i + 1;
                self.word = Some(words[i]);
            },
        }
    }
}

impl PostingIter<'_> {
    /// The first rank at or after `target` still to come (those before it are passed over,
    /// by the skip entries or the bitmap's words), or None.
    pub fn next_geq(&mut self, target: u32) -> Option<u32> {
        match self.posting {
            Posting::List { skips, len, .. } => {
                if self.seen < len && (self.seen == 0 || self.previous < target) {
                    // The last skip entry before `target` that is ahead of where we are.
                    let from = (self.seen as usize).div_ceil(SKIP);
                    let k = from + gallop(skips.get(from..).unwrap_or(&[]), |&[r, _]| r < target);
                    if k > from {
                        let [r, after] = skips[k - 1];
                        self.previous = r;
                        self.pos = after as usize;
                        self.seen = ((k - 1) * SKIP) as u32 + 1;
                        if r >= target {
                            return Some(r);
                        }
                    }
                }
            }
            Posting::Bits { words, .. } => {
                let w = (target / 64) as usize;
                if self.pos == 0 || w > self.pos - 1 {
                    let word = *words.get(w)?;
                    self.pos = w + 1;
                    self.word = Some(word & (u64::MAX << (target % 64)));
                } else if w == self.pos - 1 {
                    self.word = self.word.map(|x| x & (u64::MAX << (target % 64)));
                }
            }
        }
        self.find(|&r| r >= target)
    }
}

/// Membership tests for increasing ranks: jumping by the skip entries, then decoding forward,
/// instead of starting from the beginning each time.
#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    posting: Posting<'a>,
    /// Byte offset after `current`, the index of `current`, and `current` (None before the first).
    pos: usize,
    index: u32,
    current: Option<u32>,
}

impl<'a> Cursor<'a> {
    pub fn new(posting: Posting<'a>) -> Cursor<'a> {
        Cursor { posting, pos: 0, index: 0, current: None }
    }

    /// Whether the posting holds `rank`; ranks asked must not decrease.
    pub fn has(&mut self, rank: u32) -> bool {
        self.next_from(rank) == rank
    }

    /// A rank `r >= rank` such that the posting holds none in `rank..r`: `rank` itself when
    /// the posting holds it, else its next rank; `u32::MAX` past the end. Ranks asked must not
    /// decrease. A scan can jump there: no row in between has the key.
    pub fn next_from(&mut self, rank: u32) -> u32 {
        let Posting::List { bytes, len, skips } = self.posting else {
            let Posting::Bits { words, summary, .. } = self.posting else { return u32::MAX };
            let w = (rank / 64) as usize;
            let Some(&first) = words.get(w) else { return u32::MAX };
            let here = first & (u64::MAX << (rank % 64));
            if here != 0 {
                return (w * 64) as u32 + here.trailing_zeros();
            }
            return match next_word(words, summary, w + 1) {
                Some(i) => (i * 64) as u32 + words[i].trailing_zeros(),
                None => u32::MAX,
            };
        };
        if let Some(c) = self.current {
            if c >= rank {
                return c;
            }
        }
        // The last skip entry at or before `rank`, searched from where the cursor is (ranks
        // asked increase: galloping reads the entries near the last one, not the whole table).
        let from = if self.current.is_none() { 0 } else { self.index as usize / SKIP };
        let k = from + gallop(skips.get(from..).unwrap_or(&[]), |&[r, _]| r <= rank);
        if k > 0 {
            let [r, after] = skips[k - 1];
            let index = ((k - 1) * SKIP) as u32;
            if self.current.is_none_or(|c| c < r) {
                self.current = Some(r);
                self.pos = after as usize;
                self.index = index;
            }
        }
        loop {
            match self.current {
                Some(c) if c >= rank => return c,
                _ => {}
            }
            let next_index = if self.current.is_none() { 0 } else { self.index + 1 };
            if next_index >= len {
                self.current = Some(u32::MAX);
                return u32::MAX;
            }
            let delta = read_varint(bytes, &mut self.pos);
            self.current = Some(match self.current {
                None => delta,
                Some(c) => c + delta,
            });
            self.index = next_index;
        }
    }
}

/// The length of the prefix of `items` for which `pred` holds (it must hold for a prefix and
/// fail after), found by doubling steps from the start, then a binary search: O(log d) reads
/// near the start when the answer is d entries in.
fn gallop<T>(items: &[T], pred: impl Fn(&T) -> bool) -> usize {
    let mut hi = 1;
    while hi < items.len() && pred(&items[hi]) {
        hi *= 2;
    }
    let lo = hi / 2;
    let hi = hi.min(items.len());
    if lo >= hi {
        return hi;
    }
    lo + items[lo..hi].partition_point(pred)
}

/// The union of a few posting lists, in rank order, without duplicates.
#[derive(Debug)]
pub struct Union<'a> {
    iters: Vec<PostingIter<'a>>,
    heads: Vec<Option<u32>>,
}

impl<'a> Union<'a> {
    pub fn new(postings: &[Posting<'a>]) -> Union<'a> {
        let mut iters: Vec<PostingIter<'a>> = postings.iter().map(|p| p.iter()).collect();
        let heads = iters.iter_mut().map(Iterator::next).collect();
        Union { iters, heads }
    }
}

impl Iterator for Union<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        let min = self.heads.iter().flatten().copied().min()?;
        for (head, iter) in self.heads.iter_mut().zip(self.iters.iter_mut()) {
            if *head == Some(min) {
                *head = iter.next();
            }
        }
        Some(min)
    }
}

impl Union<'_> {
    /// Passes over the ranks before `target`.
    pub fn seek(&mut self, target: u32) {
        for (head, iter) in self.heads.iter_mut().zip(self.iters.iter_mut()) {
            if head.is_some_and(|h| h < target) {
                *head = iter.next_geq(target);
            }
        }
    }
}

/// A multiplicative hasher for the index's integer keys (the standard SipHash is built to resist
/// hostile keys, which these are not, and costs a third of the build time here).
#[derive(Debug, Default, Clone, Copy)]
pub struct IntHasher(u64);

impl Hasher for IntHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }
}

pub type IntMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<IntHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_bitmaps_give_the_same_ranks() {
        let ranks = vec![0, 3, 63, 64, 65, 150];
        let (list, bits) = (PostingBuf::new(ranks.clone(), 1_000), PostingBuf::new(ranks.clone(), 160));
        assert!(matches!(list, PostingBuf::List { .. }), "6 of 1000 rows is sparse");
        assert!(matches!(bits, PostingBuf::Bits { .. }), "6 of 160 rows is dense");
        let (list, bits) = (list.as_posting(), bits.as_posting());
        assert_eq!(list.iter().collect::<Vec<_>>(), ranks);
        assert_eq!(bits.iter().collect::<Vec<_>>(), ranks, "bitmap iteration must cross word boundaries");
        assert!(bits.contains(64) && !bits.contains(66) && list.contains(150) && !list.contains(151));
        let mut cursor = Cursor::new(list);
        let asked: Vec<bool> = [0, 2, 3, 64, 66, 150, 151, 999].iter().map(|&r| cursor.has(r)).collect();
        assert_eq!(asked, [true, false, true, true, false, true, false, false], "a cursor agrees with contains");
        let other = PostingBuf::new(vec![1, 3, 300], 1_000);
        let union: Vec<u32> = Union::new(&[list, other.as_posting()]).collect();
        assert_eq!(union, vec![0, 1, 3, 63, 64, 65, 150, 300], "a union is sorted and has no duplicates");
        // Long lists: skip entries, deltas of several bytes, cursors jumping.
        let long: Vec<u32> = (0..5_000u32).map(|i| i * 37 + (i % 7) * 3).collect();
        let packed = PostingBuf::list(&long);
        let packed = packed.as_posting();
        assert_eq!(packed.iter().collect::<Vec<_>>(), long, "decoding gives back every rank");
        let mut cursor = Cursor::new(packed);
        for probe in (0..190_000u32).step_by(11) {
            assert_eq!(cursor.has(probe), long.binary_search(&probe).is_ok(), "cursor at {probe}");
        }
        let wide = PostingBuf::list(&[5, 100_000, 3_000_000_000]);
        let wide = wide.as_posting();
        assert_eq!(wide.iter().collect::<Vec<_>>(), vec![5, 100_000, 3_000_000_000]);
        assert!(wide.contains(3_000_000_000) && !wide.contains(6));
    }

    /// Ranks clustered the way the index's are (rows in rank order: a key of pharmacies only
    /// has all its rows at the end), with long empty stretches between the clusters.
    fn clustered(rows: u32) -> Vec<u32> {
        let mut ranks: Vec<u32> = (1_000..1_100).collect();
        ranks.extend((70_000..70_200).step_by(3));
        ranks.push(70_000 + 64 * 64 * 5 + 1);
        ranks.extend((rows - 9_000..rows).step_by(2));
        ranks.push(rows - 1);
        ranks.dedup();
        ranks
    }

    /// The first rank at or after `r`, by a plain search.
    fn next_at(ranks: &[u32], r: u32) -> u32 {
        ranks.iter().copied().find(|&x| x >= r).unwrap_or(u32::MAX)
    }

    #[test]
    fn jumps_over_empty_stretches_give_the_same_ranks_as_reading_every_one() {
        let rows = 300_000u32;
        let ranks = clustered(rows);
        let mut words = vec![0u64; (rows as usize).div_ceil(64)];
        for &r in &ranks {
            words[(r / 64) as usize] |= 1 << (r % 64);
        }
        let summary = summary_of(&words);
        assert_eq!(summary.len(), 74, "a bit for each of the 4,688 words");
        assert_eq!(summary.iter().map(|s| s.count_ones()).sum::<u32>(), words.iter().filter(|w| **w != 0).count() as u32);
        let len = ranks.len() as u32;
        let list = PostingBuf::list(&ranks);
        let postings = [
            ("bitmap with its summary", Posting::Bits { words: &words, len, summary: &summary }),
            ("bitmap without a summary", Posting::Bits { words: &words, len, summary: &[] }),
            ("list", list.as_posting()),
        ];
        for (what, p) in postings {
            assert_eq!(p.iter().collect::<Vec<_>>(), ranks, "{what}: every rank, in order");
            // Cursors asked increasing ranks, some in the clusters, most in the gaps.
            for step in [1u32, 7, 61, 997, 4_099, 65_537] {
                let mut cursor = Cursor::new(p);
                for probe in (0..rows + 70).step_by(step as usize) {
                    assert_eq!(cursor.next_from(probe), next_at(&ranks, probe), "{what}: next_from({probe}) by {step}");
                }
            }
            // Seeking an iterator: each answer is the first rank at or after the target that
            // was not returned before.
            for step in [2u32, 63, 64, 4_096, 50_001] {
                let mut iter = p.iter();
                let mut last: Option<u32> = None;
                let mut target = 0u32;
                while target < rows + 10 {
                    let got = iter.next_geq(target);
                    let from = last.map_or(target, |l| target.max(l + 1));
                    let want = ranks.iter().copied().find(|&x| x >= from);
                    assert_eq!(got, want, "{what}: next_geq({target}) by {step}");
                    let Some(g) = got else { break };
                    last = Some(g);
                    // Sometimes the next one in turn as well, then a jump.
                    if g % 2 == 0 {
                        let n = iter.next();
                        assert_eq!(n, ranks.iter().copied().find(|&x| x > g), "{what}: next after {g}");
                        let Some(n) = n else { break };
                        last = Some(n);
                    }
                    target = g + step;
                }
            }
        }
        // A union seeks each of its lists.
        let other = PostingBuf::list(&[5, 1_050, 150_000, 299_990]);
        let mut union = Union::new(&[postings_bits(&words, len, &summary), other.as_posting()]);
        assert_eq!(union.next(), Some(5));
        union.seek(1_050);
        assert_eq!(union.next(), Some(1_050), "both lists hold 1,050: once");
        union.seek(100_000);
        assert_eq!(union.next(), Some(150_000), "the empty stretch of the bitmap is passed over");
        assert_eq!(union.next(), Some(rows - 9_000));
        union.seek(299_990);
        assert_eq!(union.collect::<Vec<_>>(), vec![299_990, 299_992, 299_994, 299_996, 299_998, 299_999]);
    }

    fn postings_bits<'a>(words: &'a [u64], len: u32, summary: &'a [u64]) -> Posting<'a> {
        Posting::Bits { words, len, summary }
    }
}
