//! Posting lists: the sorted ranks of the rows that have a key. A list is kept as sorted `u32`s
//! while it is short and as a bitmap once it covers more than one row in 32 (a bitmap of n rows
//! takes n/8 bytes, a list 4 bytes a row): the keys that almost every name has (医, 院, the
//! initials "yy") would otherwise take most of the memory.

use std::hash::{BuildHasherDefault, Hasher};

/// Sorted ranks, or one bit per rank.
#[derive(Debug, Clone)]
pub enum Posting {
    List(Box<[u32]>),
    Bits { words: Box<[u64]>, len: u32 },
}

impl Posting {
    /// From sorted, distinct ranks below `rows`.
    pub fn new(ranks: Vec<u32>, rows: u32) -> Posting {
        if (ranks.len() as u64) * 32 > u64::from(rows) {
            let mut words = vec![0u64; (rows as usize).div_ceil(64)];
            for &r in &ranks {
                words[(r / 64) as usize] |= 1 << (r % 64);
            }
            Posting::Bits { words: words.into_boxed_slice(), len: ranks.len() as u32 }
        } else {
            Posting::List(ranks.into_boxed_slice())
        }
    }

    pub fn len(&self) -> usize {
        match self {
            Posting::List(l) => l.len(),
            Posting::Bits { len, .. } => *len as usize,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn contains(&self, rank: u32) -> bool {
        match self {
            Posting::List(l) => l.binary_search(&rank).is_ok(),
            Posting::Bits { words, .. } => words.get((rank / 64) as usize).is_some_and(|w| w & (1 << (rank % 64)) != 0),
        }
    }

    pub fn iter(&self) -> PostingIter<'_> {
        PostingIter { posting: self, pos: 0, word: None }
    }

    pub fn heap_bytes(&self) -> usize {
        match self {
            Posting::List(l) => l.len() * 4,
            Posting::Bits { words, .. } => words.len() * 8,
        }
    }
}

/// Ranks in increasing order.
#[derive(Debug, Clone)]
pub struct PostingIter<'a> {
    posting: &'a Posting,
    pos: usize,
    /// For bitmaps: the bits of word `pos - 1` not yet returned.
    word: Option<u64>,
}

impl Iterator for PostingIter<'_> {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        match self.posting {
            Posting::List(l) => {
                let r = l.get(self.pos).copied();
                self.pos += 1;
                r
            }
            Posting::Bits { words, .. } => loop {
                if let Some(w) = self.word.filter(|w| *w != 0) {
                    let bit = w.trailing_zeros();
                    self.word = Some(w & (w - 1));
                    return Some(((self.pos - 1) * 64) as u32 + bit);
                }
                let w = *words.get(self.pos)?;
                self.pos += 1;
                self.word = Some(w);
            },
        }
    }
}

/// Membership tests for increasing ranks: galloping forward through a list instead of a
/// binary search over all of it each time.
#[derive(Debug, Clone)]
pub struct Cursor<'a> {
    posting: &'a Posting,
    pos: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(posting: &'a Posting) -> Cursor<'a> {
        Cursor { posting, pos: 0 }
    }

    /// Whether the posting holds `rank`; ranks asked must not decrease.
    pub fn has(&mut self, rank: u32) -> bool {
        match self.posting {
            Posting::Bits { .. } => self.posting.contains(rank),
            Posting::List(l) => {
                let mut step = 1;
                let mut hi = self.pos;
                while hi < l.len() && l[hi] < rank {
                    self.pos = hi;
                    hi += step;
                    step *= 2;
                }
                let end = hi.min(l.len());
                let idx = self.pos + l[self.pos..end].partition_point(|&x| x < rank);
                self.pos = idx;
                idx < l.len() && l[idx] == rank
            }
        }
    }
}

/// The union of a few posting lists, in rank order, without duplicates.
#[derive(Debug)]
pub struct Union<'a> {
    iters: Vec<PostingIter<'a>>,
    heads: Vec<Option<u32>>,
}

impl<'a> Union<'a> {
    pub fn new(postings: &[&'a Posting]) -> Union<'a> {
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
        let list = Posting::new(ranks.clone(), 1_000);
        let bits = Posting::new(ranks.clone(), 160);
        assert!(matches!(list, Posting::List(_)), "6 of 1000 rows is sparse");
        assert!(matches!(bits, Posting::Bits { .. }), "6 of 160 rows is dense");
        assert_eq!(list.iter().collect::<Vec<_>>(), ranks);
        assert_eq!(bits.iter().collect::<Vec<_>>(), ranks, "bitmap iteration must cross word boundaries");
        assert!(bits.contains(64) && !bits.contains(66) && list.contains(150) && !list.contains(151));
        let mut cursor = Cursor::new(&list);
        let asked: Vec<bool> = [0, 2, 3, 64, 66, 150, 151, 999].iter().map(|&r| cursor.has(r)).collect();
        assert_eq!(asked, [true, false, true, true, false, true, false, false], "a cursor agrees with contains");
        let other = Posting::new(vec![1, 3, 300], 1_000);
        let union: Vec<u32> = Union::new(&[&list, &other]).collect();
        assert_eq!(union, vec![0, 1, 3, 63, 64, 65, 150, 300], "a union is sorted and has no duplicates");
    }
}
