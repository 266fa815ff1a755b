//! A small coverage-guided fuzzer on the stable toolchain.
//!
//! Built with LLVM SanitizerCoverage's inline 8-bit counters (see Cargo.toml): every edge of the
//! instrumented code has a byte that counts its executions, and LLVM registers each object's
//! counter array by calling `__sanitizer_cov_8bit_counters_init`, defined here. Per input the
//! harness clears the counters, runs the target, and turns the counters into features (edge,
//! bucket of its count: 1, 2, 3, 4–7, 8–15, 16–31, 32–127, 128+ — AFL's buckets). An input that
//! shows a feature not seen before joins the corpus; inputs are mutated (bit flips, interesting
//! bytes, inserts, deletions, copies, splices with another corpus entry, tokens taken from the
//! corpus) — libFuzzer's and AFL's loop, written out because their runtimes need nightly Rust or a
//! C toolchain of their own.
//!
//! A finding is a panic (caught and reported with the input saved to fuzz/crashes/<target>/) or an
//! input slower than the hang limit. Usage:
//!
//! ```text
//! yidi-fuzz <target|all> [--seconds N] [--runs N] [--corpus DIR] [--save] [--seed N]
//! yidi-fuzz list
//! ```
//!
//! It prints one line per target: executions, executions per second, corpus size, features,
//! crashes and slow inputs. `--save` writes new corpus entries to the corpus folder.

mod targets;

use std::{
    collections::HashSet,
    panic::{self, AssertUnwindSafe},
    path::{Path, PathBuf},
    sync::Mutex,
    time::{Duration, Instant},
};

use targets::{Target, TARGETS};

// ---- coverage counters --------------------------------------------------------------------------

struct Region {
    start: usize,
    len: usize,
}

static REGIONS: Mutex<Vec<Region>> = Mutex::new(Vec::new());

/// Called by LLVM's instrumentation at start-up, once per instrumented object.
#[no_mangle]
pub extern "C" fn __sanitizer_cov_8bit_counters_init(start: *mut u8, stop: *mut u8) {
    let len = (stop as usize).saturating_sub(start as usize);
    if len > 0 {
        if let Ok(mut regions) = REGIONS.lock() {
            regions.push(Region { start: start as usize, len });
        }
    }
}

/// The counters of every instrumented object, as one list of slices.
fn counters() -> Vec<&'static mut [u8]> {
    let regions = REGIONS.lock().map(|r| r.iter().map(|r| (r.start, r.len)).collect::<Vec<_>>()).unwrap_or_default();
    regions
        .into_iter()
        // SAFETY: LLVM gives each object's counter array once, for the life of the process; this
        // single-threaded harness is the only reader and writer outside the instrumented code.
        .map(|(start, len)| unsafe { std::slice::from_raw_parts_mut(start as *mut u8, len) })
        .collect()
}

fn bucket(count: u8) -> u8 {
    match count {
        0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        4..=7 => 4,
        8..=15 => 5,
        16..=31 => 6,
        32..=127 => 7,
        _ => 8,
    }
}

// ---- random numbers -------------------------------------------------------------------------------

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        if n == 0 { 0 } else { (self.next() % n as u64) as usize }
    }
}

// ---- mutation --------------------------------------------------------------------------------------

const INTERESTING: &[&[u8]] = &[
    b"0", b"-1", b"1e309", b"9223372036854775807", b"18446744073709551616", b"4294967295", b"null", b"true",
    b"\"\"", b"[]", b"{}", b"\"x\"", b"\\u0000", b"\\ud800", b"\xef\xbc\x91", b"\xe2\x80\xae", b"..", b"/", b",",
    b"\n", b"\"", b"X", b"2026-02-30", b"0000-01-01", b"9999-12-31", b"11010519491231002X", b"110105491231002",
];

fn mutate(input: &[u8], corpus: &[Vec<u8>], tokens: &[Vec<u8>], rng: &mut Rng, max_len: usize) -> Vec<u8> {
    let mut data = input.to_vec();
    let rounds = 1 + rng.below(4);
    for _ in 0..rounds {
        let len = data.len();
        match rng.below(10) {
            0 if len > 0 => {
                let i = rng.below(len);
                data[i] ^= 1 << rng.below(8);
            }
            1 if len > 0 => {
                let i = rng.below(len);
                data[i] = [0u8, 0xff, 0x7f, 0x80, b'"', b'{', b'}', b'[', b']', b':', b',', b'9'][rng.below(12)];
            }
            2 if len > 0 => {
                let a = rng.below(len);
                let b = (a + 1 + rng.below(16)).min(len);
                data.drain(a..b);
            }
            3 => {
                let i = rng.below(len + 1);
                let n = 1 + rng.below(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
                data.splice(i..i, bytes);
            }
            4 | 5 if !tokens.is_empty() => {
                let token = &tokens[rng.below(tokens.len())];
                let i = rng.below(len + 1);
                if rng.below(2) == 0 || len == 0 {
                    data.splice(i..i, token.iter().copied());
                } else {
                    let end = (i + token.len()).min(len);
                    data.splice(i..end, token.iter().copied());
                }
            }
            6 => {
                let token = INTERESTING[rng.below(INTERESTING.len())];
                let i = rng.below(len + 1);
                let end = (i + rng.below(8)).min(len);
                data.splice(i..end, token.iter().copied());
            }
            7 if len > 1 => {
                // Copy a piece of the input elsewhere (repeats a key, a row, a list item).
                let a = rng.below(len);
                let b = (a + 1 + rng.below(64)).min(len);
                let piece = data[a..b].to_vec();
                let i = rng.below(len + 1);
                data.splice(i..i, piece);
            }
            8 if !corpus.is_empty() => {
                // Splice: the head of this input, the tail of another.
                let other = &corpus[rng.below(corpus.len())];
                let cut = rng.below(len + 1);
                let from = rng.below(other.len() + 1);
                data.truncate(cut);
                data.extend_from_slice(&other[from..]);
            }
            _ if len > 0 => {
                // Change a number: digits are where bounds live.
                if let Some(i) = (0..8).map(|_| rng.below(len)).find(|&i| data[i].is_ascii_digit()) {
                    data[i] = b'0' + rng.below(10) as u8;
                }
            }
            _ => data.push(rng.next() as u8),
        }
    }
    data.truncate(max_len);
    data
}

/// Tokens for a target: every JSON string and every CSV cell of its seed corpus.
fn tokens_of(corpus: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let mut set = HashSet::new();
    for input in corpus {
        let text = String::from_utf8_lossy(input);
        for piece in text.split(|c: char| c == '"' || c == ',' || c == '\n') {
            let piece = piece.trim();
            if !piece.is_empty() && piece.len() <= 40 && !piece.contains(['{', '}', '[', ']']) {
                set.insert(piece.as_bytes().to_vec());
                set.insert(format!("\"{piece}\"").into_bytes());
            }
        }
    }
    let mut tokens: Vec<Vec<u8>> = set.into_iter().collect();
    tokens.sort();
    tokens
}

// ---- the loop --------------------------------------------------------------------------------------

struct Report {
    execs: u64,
    corpus: usize,
    features: usize,
    crashes: usize,
    slow: usize,
    elapsed: Duration,
}

struct Options {
    seconds: u64,
    runs: Option<u64>,
    corpus_root: PathBuf,
    crash_root: PathBuf,
    save: bool,
    seed: u64,
    hang: Duration,
}

fn read_corpus(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
    files.sort();
    files.into_iter().filter(|p| p.is_file()).filter_map(|p| std::fs::read(p).ok()).collect()
}

fn hash(data: &[u8]) -> String {
    // FNV-1a, for file names only.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// Runs one input; returns the features it showed, or None when it panicked.
fn execute(target: &Target, data: &[u8], counters: &mut [&'static mut [u8]]) -> (Option<Vec<u32>>, Duration) {
    for region in counters.iter_mut() {
        region.fill(0);
    }
    let started = Instant::now();
    let ok = panic::catch_unwind(AssertUnwindSafe(|| (target.run)(data))).is_ok();
    let took = started.elapsed();
    if !ok {
        return (None, took);
    }
    let mut features = Vec::new();
    let mut base: u32 = 0;
    for region in counters.iter() {
        // Most counters stay 0: skip them eight at a time.
        let mut i = 0;
        for chunk in region.chunks(8) {
            if chunk.iter().any(|&c| c != 0) {
                for (j, &c) in chunk.iter().enumerate() {
                    if c != 0 {
                        features.push(((base + (i + j) as u32) << 4) | u32::from(bucket(c)));
                    }
                }
            }
            i += chunk.len();
        }
        base += region.len() as u32;
    }
    (Some(features), took)
}

fn fuzz(target: &Target, options: &Options) -> Report {
    let mut counters = counters();
    let mut rng = Rng(options.seed | 1);
    let corpus_dir = options.corpus_root.join(target.name);
    let crash_dir = options.crash_root.join(target.name);
    let mut corpus = read_corpus(&corpus_dir);
    if corpus.is_empty() {
        corpus.push(Vec::new());
    }
    let tokens = tokens_of(&corpus);
    let max_len = corpus.iter().map(Vec::len).max().unwrap_or(0).max(256) * 2;
    let mut seen: HashSet<u32> = HashSet::new();
    let mut report = Report { execs: 0, corpus: 0, features: 0, crashes: 0, slow: 0, elapsed: Duration::ZERO };
    let mut crash_hashes = HashSet::new();
    let started = Instant::now();

    let mut record = |data: &[u8], result: (Option<Vec<u32>>, Duration), seen: &mut HashSet<u32>, report: &mut Report| -> bool {
        report.execs += 1;
        let (features, took) = result;
        if took > options.hang {
            report.slow += 1;
            let _ = std::fs::create_dir_all(&crash_dir);
            let _ = std::fs::write(crash_dir.join(format!("slow-{}", hash(data))), data);
        }
        match features {
            None => {
                if crash_hashes.insert(hash(data)) {
                    report.crashes += 1;
                    let _ = std::fs::create_dir_all(&crash_dir);
                    let _ = std::fs::write(crash_dir.join(format!("crash-{}", hash(data))), data);
                }
                false
            }
            Some(features) => {
                let mut new = false;
                for f in features {
                    new |= seen.insert(f);
                }
                new
            }
        }
    };

    // The seed corpus first.
    let seeds = corpus.clone();
    for input in &seeds {
        let result = execute(target, input, &mut counters);
        record(input, result, &mut seen, &mut report);
    }
    loop {
        if started.elapsed() >= Duration::from_secs(options.seconds) || options.runs.is_some_and(|r| report.execs >= r) {
            break;
        }
        let parent = corpus[rng.below(corpus.len())].clone();
        let child = mutate(&parent, &corpus, &tokens, &mut rng, max_len);
        let result = execute(target, &child, &mut counters);
        if record(&child, result, &mut seen, &mut report) {
            if options.save {
                let _ = std::fs::create_dir_all(&corpus_dir);
                let _ = std::fs::write(corpus_dir.join(hash(&child)), &child);
            }
            corpus.push(child);
        }
    }
    report.corpus = corpus.len();
    report.features = seen.len();
    report.elapsed = started.elapsed();
    report
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut options = Options {
        seconds: 5,
        runs: None,
        corpus_root: root.join("corpus"),
        crash_root: root.join("crashes"),
        save: false,
        seed: std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1),
        hang: Duration::from_secs(2),
    };
    let mut which = None;
    let mut i = 0;
    while i < args.len() {
        let value = || args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--seconds" => {
                options.seconds = value().parse().unwrap_or(5);
                i += 1;
            }
            "--runs" => {
                options.runs = value().parse().ok();
                i += 1;
            }
            "--corpus" => {
                options.corpus_root = PathBuf::from(value());
                i += 1;
            }
            "--seed" => {
                options.seed = value().parse().unwrap_or(1);
                i += 1;
            }
            "--save" => options.save = true,
            "seeds" => {
                if let Err(e) = targets::make_seeds(&options.corpus_root) {
                    eprintln!("yidi-fuzz: seeds: {e}");
                    std::process::exit(2);
                }
                return;
            }
            "list" => {
                for t in TARGETS {
                    println!("{}", t.name);
                }
                return;
            }
            name => which = Some(name.to_string()),
        }
        i += 1;
    }
    if std::env::var_os("YIDI_FUZZ_DEBUG").is_some() {
        let total: usize = REGIONS.lock().map(|r| r.iter().map(|r| r.len).sum()).unwrap_or(0);
        eprintln!("yidi-fuzz: {total} counters");
    }
    if REGIONS.lock().map(|r| r.is_empty()).unwrap_or(true) {
        eprintln!("yidi-fuzz: no coverage counters: build with the RUSTFLAGS of fuzz/Cargo.toml (scripts/fuzz-smoke does)");
        std::process::exit(2);
    }
    // A panic is a finding, reported once per input by the loop; keep the default message short.
    panic::set_hook(Box::new(|info| {
        let location = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        eprintln!("yidi-fuzz: panic at {location}: {}", info.payload().downcast_ref::<&str>().copied().or_else(|| info.payload().downcast_ref::<String>().map(String::as_str)).unwrap_or(""));
    }));
    let selected: Vec<&Target> = match which.as_deref() {
        None | Some("all") => TARGETS.iter().collect(),
        Some(name) => TARGETS.iter().filter(|t| t.name == name).collect(),
    };
    if selected.is_empty() {
        eprintln!("yidi-fuzz: no target {which:?}; `yidi-fuzz list` names them");
        std::process::exit(2);
    }
    let mut total_execs = 0;
    let mut total_crashes = 0;
    println!("{:<18} {:>12} {:>10} {:>8} {:>9} {:>8} {:>6} {:>8}", "target", "execs", "execs/s", "corpus", "features", "crashes", "slow", "seconds");
    for target in selected {
        let r = fuzz(target, &options);
        total_execs += r.execs;
        total_crashes += r.crashes;
        let secs = r.elapsed.as_secs_f64().max(0.001);
        println!(
            "{:<18} {:>12} {:>10.0} {:>8} {:>9} {:>8} {:>6} {:>8.1}",
            target.name, r.execs, r.execs as f64 / secs, r.corpus, r.features, r.crashes, r.slow, secs
        );
    }
    println!("total executions {total_execs}, crashes {total_crashes}");
    if total_crashes > 0 {
        std::process::exit(1);
    }
}
