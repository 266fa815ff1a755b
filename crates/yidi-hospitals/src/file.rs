//! The index file (`hospitals/index.yidx`): the directory's rows and posting lists laid out so
//! that opening is a memory map and a few checks, whatever the number of rows.
//!
//! Layout (all integers little-endian; every section starts 8-aligned so that columns are read
//! in place as `u16`/`u32`/`u64` slices):
//!
//! ```text
//! 0   magic "YIDX\r\n\x1a\n"            8 bytes (a text-mode copy or a truncated download
//!                                        changes it)
//! 8   format version (u32)              [`FORMAT_VERSION`]
//! 12  section count (u32)               [`SECTIONS`]
//! 16  rows (u64)
//! 24  file length (u64)                 a truncated or extended file is refused
//! 32  body CRC-32 (u32)                 over every byte after the section table
//! 36  header CRC-32 (u32)               over bytes 0..36, 40..64 and the section table
//! 40  reserved, zero                    24 bytes
//! 64  section table                     (offset u64, length u64) per section
//! ... sections
//! ```
//!
//! Opening checks the header, the lengths and the section table (constant time). The body's
//! CRC is checked once per file identity (length and modification time): after a check passes
//! a small stamp is written next to the file (`index.yidx.ok`), and later openings with the
//! same identity trust it. Anything that rewrites the file changes its identity, so a replaced,
//! truncated or edited file is checked again before a single row is read. Every access to the
//! body is bounds-checked as well, so even a file damaged after its check cannot crash a search.
//!
//! Rows are stored row-major (format 4): a fixed record per row (division, level/kind/network,
//! coordinates, dates, offsets) and an arena holding each row's syllables, text fields and,
//! for the fields of [`crate::Hospital`] that have no place in the record (a field added to the
//! model later), its extra fields as a JSON object; such a field therefore needs no change to
//! this format.
//!
//! Format 5: a bitmap posting list is preceded by its summary (a bit for each of its 64-bit
//! words that is not zero), so that a scan jumps over the empty stretches instead of reading
//! them: rows are in rank order, so the rows of a key such as a pharmacy brand are clustered.

use std::{
    fs::File,
    ops::Range,
    path::{Path, PathBuf},
};

/// The magic bytes at the start of an index file.
pub const MAGIC: &[u8; 8] = b"YIDX\r\n\x1a\n";
/// The format this code writes and reads. Another version is refused and rebuilt.
pub const FORMAT_VERSION: u32 = 5;
const HEADER: usize = 64;

/// The sections, in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(usize)]
pub(crate) enum Sec {
    Meta,
    /// Format 4: the row arena — each row's syllables (u16, 2-aligned), then its text fields,
    /// then its extra fields (JSON), padded with a space to an even length.
    Text,
    TextStart,
    Division,
    /// Format 4: one record of eight u32 per row and a closing record: arena offsets of the
    /// syllables, text and extra fields, division, packed level/kind/network, longitude,
    /// latitude, confirmed day | segment mask << 16.
    Packed,
    Lon,
    Lat,
    Confirmed,
    UnitStart,
    Syl,
    SegMask,
    ExtraStart,
    Extra,
    SylText,
    SylStart,
    IsPinyin,
    ByChar,
    Alternates,
    PostKeys,
    PostMeta,
    PostData,
    /// Every name segment's initials, hashed, with its row: `(hash << 32) | rank`, sorted, so
    /// that the exact matches of a query are a few binary searches (format 3).
    Exact,
    /// Every [`crate::index::TOP_STRIDE`]th posting key and exact-table entry: a small first
    /// level (cached after a few queries) before a short search in one block of the large table.
    PostKeysTop,
    ExactTop,
}

pub(crate) const SECTIONS: usize = Sec::ExactTop as usize + 1;
const TABLE: usize = SECTIONS * 16;
const BODY: usize = HEADER + TABLE;

/// Why an index file was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IndexError {
    /// The file could not be read (missing, no permission).
    Io(String),
    /// Shorter or longer than its header says, or too short for a header.
    Truncated { expected: u64, found: u64 },
    /// Not an index file.
    NotAnIndex,
    /// Written by another format version.
    Version { found: u32 },
    /// A checksum does not match: the file was damaged.
    Checksum,
    /// The sections do not fit together.
    Layout(&'static str),
}

impl IndexError {
    /// A stable code for messages (`hosp-index-<code>`).
    pub fn code(&self) -> &'static str {
        match self {
            IndexError::Io(_) => "io",
            IndexError::Truncated { .. } => "truncated",
            IndexError::NotAnIndex => "not-an-index",
            IndexError::Version { .. } => "version",
            IndexError::Checksum => "checksum",
            IndexError::Layout(_) => "layout",
        }
    }
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::Io(e) => write!(f, "cannot read the index file: {e}"),
            IndexError::Truncated { expected, found } => write!(f, "the index file has {found} bytes, its header says {expected}"),
            IndexError::NotAnIndex => write!(f, "not an index file"),
            IndexError::Version { found } => write!(f, "index format {found}, this program reads {FORMAT_VERSION}"),
            IndexError::Checksum => write!(f, "the index file is damaged (checksum)"),
            IndexError::Layout(what) => write!(f, "the index file's layout is inconsistent ({what})"),
        }
    }
}

impl std::error::Error for IndexError {}

/// The bytes of an index: built in memory, mapped from a file, or embedded in the program.
pub(crate) enum Bytes {
    /// Owned, in `u64`s so that the start is 8-aligned.
    Owned(Vec<u64>, usize),
    Mapped(memmap2::Mmap),
    Static(&'static [u8]),
}

impl std::fmt::Debug for Bytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let kind = match self {
            Bytes::Owned(..) => "owned",
            Bytes::Mapped(_) => "mapped",
            Bytes::Static(_) => "static",
        };
        write!(f, "{kind} index of {} bytes", self.as_slice().len())
    }
}

impl Bytes {
    pub(crate) fn owned(bytes: &[u8]) -> Bytes {
        let mut words = vec![0u64; bytes.len().div_ceil(8)];
        bytemuck::cast_slice_mut::<u64, u8>(&mut words)[..bytes.len()].copy_from_slice(bytes);
        Bytes::Owned(words, bytes.len())
    }

    pub(crate) fn as_slice(&self) -> &[u8] {
        match self {
            Bytes::Owned(words, len) => &bytemuck::cast_slice::<u64, u8>(words)[..*len],
            Bytes::Mapped(map) => map,
            Bytes::Static(bytes) => bytes,
        }
    }
}

/// Maps `file` read-only.
#[allow(unsafe_code)]
fn map(file: &File) -> std::io::Result<memmap2::Mmap> {
    // SAFETY: memmap2 cannot promise that no other process changes the file while it is mapped,
    // hence `unsafe`. Index files are never modified in place: they are written to a temporary
    // file and renamed over the old one (yidi_update::write_atomically; the feed installs
    // releases the same way), so a mapping keeps the old inode's bytes. The bytes are only
    // read through bounds-checked slices, so even a file changed by hand cannot cause undefined
    // behaviour beyond wrong results.
    unsafe { memmap2::Mmap::map(file) }
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    b.get(at..at + 4).and_then(|s| s.try_into().ok()).map_or(0, u32::from_le_bytes)
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    b.get(at..at + 8).and_then(|s| s.try_into().ok()).map_or(0, u64::from_le_bytes)
}

fn header_crc(b: &[u8]) -> u32 {
    let mut h = crc32fast::Hasher::new();
    h.update(&b[..36]);
    h.update(&b[40..BODY]);
    h.finalize()
}

/// Checks the header and the section table (constant time); returns the rows and the sections'
/// byte ranges.
pub(crate) fn check_header(b: &[u8]) -> Result<(usize, Vec<Range<usize>>), IndexError> {
    if cfg!(target_endian = "big") {
        return Err(IndexError::Layout("big-endian machine"));
    }
    if b.len() < 8 || &b[..8] != MAGIC {
        return Err(if b.len() < 8 && MAGIC.starts_with(b) && !b.is_empty() {
            IndexError::Truncated { expected: BODY as u64, found: b.len() as u64 }
        } else {
            IndexError::NotAnIndex
        });
    }
    if b.len() < 16 {
        return Err(IndexError::Truncated { expected: BODY as u64, found: b.len() as u64 });
    }
    let version = u32_at(b, 8);
    if version != FORMAT_VERSION {
        return Err(IndexError::Version { found: version });
    }
    if b.len() < BODY {
        return Err(IndexError::Truncated { expected: BODY as u64, found: b.len() as u64 });
    }
    let length = u64_at(b, 24);
    if header_crc(b) != u32_at(b, 36) {
        return Err(IndexError::Checksum);
    }
    if length != b.len() as u64 {
        return Err(IndexError::Truncated { expected: length, found: b.len() as u64 });
    }
    if u32_at(b, 12) as usize != SECTIONS {
        return Err(IndexError::Layout("section count"));
    }
    let rows = usize::try_from(u64_at(b, 16)).map_err(|_| IndexError::Layout("rows"))?;
    let mut sections = Vec::with_capacity(SECTIONS);
    for i in 0..SECTIONS {
        let (offset, len) = (u64_at(b, HEADER + i * 16), u64_at(b, HEADER + i * 16 + 8));
        let end = offset.checked_add(len).ok_or(IndexError::Layout("section end"))?;
        if offset % 8 != 0 || offset < BODY as u64 || end > b.len() as u64 {
            return Err(IndexError::Layout("section bounds"));
        }
        sections.push(offset as usize..end as usize);
    }
    let size = |s: Sec| sections[s as usize].len();
    let per_row = [
        // Format 4: the per-row columns are one record per row (and a closing one) in `Packed`,
        // and `Text` is the row-major arena; the column sections of format 3 stay empty.
        (Sec::TextStart, 0),
        (Sec::Division, 0),
        (Sec::Packed, 32 * (rows + 1)),
        (Sec::Lon, 0),
        (Sec::Lat, 0),
        (Sec::Confirmed, 0),
        (Sec::UnitStart, 0),
        (Sec::SegMask, 0),
        (Sec::ExtraStart, 0),
        (Sec::Syl, 0),
        (Sec::Extra, 0),
    ];
    if per_row.iter().any(|&(s, want)| size(s) != want) {
        return Err(IndexError::Layout("column length"));
    }
    if size(Sec::PostKeys) * 2 != size(Sec::PostMeta) || size(Sec::Syl) % 2 != 0 || size(Sec::ByChar) % 2 != 0 {
        return Err(IndexError::Layout("table length"));
    }
    Ok((rows, sections))
}

/// The CRC of the body (everything after the section table).
pub(crate) fn body_crc(b: &[u8]) -> u32 {
    crc32fast::hash(b.get(BODY..).unwrap_or(&[]))
}

pub(crate) fn check_body(b: &[u8]) -> Result<(), IndexError> {
    if body_crc(b) == u32_at(b, 32) {
        Ok(())
    } else {
        Err(IndexError::Checksum)
    }
}

/// Lays sections out into a file image.
pub(crate) fn assemble(rows: usize, sections: &[Vec<u8>]) -> Vec<u8> {
    let total: usize = BODY + sections.iter().map(|s| s.len().next_multiple_of(8)).sum::<usize>();
    let mut out = vec![0u8; BODY];
    out.reserve(total - BODY);
    let mut table = Vec::with_capacity(TABLE);
    for s in sections {
        table.extend_from_slice(&(out.len() as u64).to_le_bytes());
        table.extend_from_slice(&(s.len() as u64).to_le_bytes());
        out.extend_from_slice(s);
        out.resize(out.len().next_multiple_of(8), 0);
    }
    out[..8].copy_from_slice(MAGIC);
    out[8..12].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
    out[12..16].copy_from_slice(&(sections.len() as u32).to_le_bytes());
    out[16..24].copy_from_slice(&(rows as u64).to_le_bytes());
    let len = out.len() as u64;
    out[24..32].copy_from_slice(&len.to_le_bytes());
    out[HEADER..BODY].copy_from_slice(&table);
    let body = body_crc(&out);
    out[32..36].copy_from_slice(&body.to_le_bytes());
    let header = header_crc(&out);
    out[36..40].copy_from_slice(&header.to_le_bytes());
    out
}

/// The stamp file that records a body check of `path`.
/// Writes an index image to `path` atomically (a temporary file beside it, synced, renamed over
/// the old one, the folder synced), in page-sized pieces. The pieces matter for memory: the page
/// cache keeps a file written in one large write in large folios, and a mapping that touches one
/// byte of such a folio gets the whole folio counted as resident. Measured on 6.18/ext4 with a
/// 650,000-row index: one search peaked at 54–72 MiB after a single large write and at 16–22 MiB
/// after the same bytes were written 4 KiB at a time (`bench/cli-search.sh`).
pub fn write_index(path: &Path, image: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().ok_or_else(|| std::io::Error::other(format!("{} has no folder", path.display())))?;
    std::fs::create_dir_all(dir)?;
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp"));
    {
        let mut f = File::create(&tmp)?;
        for piece in image.chunks(4096) {
            f.write_all(piece)?;
        }
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)?;
    if cfg!(unix) {
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

pub fn stamp_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".ok");
    path.with_file_name(name)
}

/// The identity a stamp records: length, modification time and the body CRC from the header.
fn identity(file: &File, bytes: &[u8]) -> Option<String> {
    let m = file.metadata().ok()?;
    let modified = m.modified().ok()?.duration_since(std::time::UNIX_EPOCH).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let inode = 0u64;
    Some(format!("yidx {} {} {} {} {:08x}\n", FORMAT_VERSION, m.len(), modified.as_nanos(), inode, u32_at(bytes, 32)))
}

/// Maps `path` and checks it: the header always; the body when no stamp vouches for this file.
pub(crate) fn open_mapped(path: &Path) -> Result<(Bytes, usize, Vec<Range<usize>>), IndexError> {
    let file = File::open(path).map_err(|e| IndexError::Io(e.to_string()))?;
    let map = map(&file).map_err(|e| IndexError::Io(e.to_string()))?;
    let (rows, sections) = check_header(&map)?;
    let id = identity(&file, &map);
    let stamp = stamp_path(path);
    let vouched = id.is_some() && std::fs::read_to_string(&stamp).ok() == id;
    if !vouched {
        // Read through the file, not the map, so that the check does not make every page
        // resident in this process.
        check_file_body(&file, &map)?;
        if let Some(id) = id {
            // Best effort: without the stamp the next opening checks again.
            let _ = std::fs::write(&stamp, id);
        }
    }
    Ok((Bytes::Mapped(map), rows, sections))
}

fn check_file_body(file: &File, map: &[u8]) -> Result<(), IndexError> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = file;
    file.seek(SeekFrom::Start(BODY as u64)).map_err(|e| IndexError::Io(e.to_string()))?;
    let mut hasher = crc32fast::Hasher::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut left = map.len().saturating_sub(BODY);
    while left > 0 {
        let n = file.read(&mut buf[..left.min(1 << 20)]).map_err(|e| IndexError::Io(e.to_string()))?;
        if n == 0 {
            return Err(IndexError::Truncated { expected: map.len() as u64, found: (map.len() - left) as u64 });
        }
        hasher.update(&buf[..n]);
        left -= n;
    }
    if hasher.finalize() == u32_at(map, 32) {
        Ok(())
    } else {
        Err(IndexError::Checksum)
    }
}

/// Records that `path` (just written by this program from a checked image) needs no body check.
pub fn write_stamp(path: &Path) {
    if let Ok(file) = File::open(path) {
        let mut head = [0u8; 40];
        use std::io::Read;
        if (&file).read_exact(&mut head).is_ok() {
            if let Some(id) = identity(&file, &head) {
                let _ = std::fs::write(stamp_path(path), id);
            }
        }
    }
}
