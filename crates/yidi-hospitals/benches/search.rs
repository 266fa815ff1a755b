//! Benchmark (not a test): search over the 650,000-row synthetic national directory, side by
//! side with SQLite FTS5 (trigram tokenizer) on the same rows; index build time; resident memory.
//!
//!     cargo bench -p yidi-hospitals --bench search            # 650,000 rows
//!     YIDI_BENCH_ROWS=100000 cargo bench -p yidi-hospitals --bench search
//!
//! The directory is synthetic (marked so in every row): figures about speed, never data.

#![allow(clippy::float_arithmetic)] // Timings and megabytes for printing: no money here.

use std::time::{Duration, Instant};

use rusqlite::{params, Connection};
use yidi_domain::{NaiveDate, RegionCode};
use yidi_hospitals::{synthetic, DirectoryBuilder, DirectoryMeta, Filter, Grade, Query, Readings, Service};

fn status(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<u64>().ok())
        })
        .unwrap_or(0)
}

/// CPU seconds this process has used (user + system), from /proc/self/stat: unlike wall time,
/// not inflated when other processes share the cores.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after_name = stat.rsplit(')').next().unwrap_or("");
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // Fields 14 and 15 of the file (utime, stime) are 11 and 12 after the name, in clock ticks.
    let ticks: u64 = [11, 12].iter().filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok())).sum();
    ticks as f64 / 100.0
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn us(d: Duration) -> String {
    format!("{:>9.1} µs", d.as_secs_f64() * 1e6)
}

/// SplitMix64 for picking queries.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

#[derive(Clone)]
struct BenchQuery {
    kind: &'static str,
    query: Query,
    /// What FTS5 is asked: a substring of one of its columns (None when it cannot express it).
    fts: Option<String>,
}

fn main() {
    let rows: usize = std::env::var("YIDI_BENCH_ROWS").ok().and_then(|s| s.parse().ok()).unwrap_or(synthetic::NATIONAL_COUNT);
    let as_of = NaiveDate::from_ymd_opt(2025, 3, 31).unwrap_or_default();
    println!("Yidi hospital search benchmark — {rows} SYNTHETIC institutions (not real data)");

    // Generation alone, to subtract from the build.
    let t = Instant::now();
    let mut chars = 0usize;
    for h in synthetic::generate(rows, 2025, as_of) {
        chars += h.name.chars().count();
    }
    let generate_time = t.elapsed();
    println!("generated in {:.2} s ({:.1} characters a name)", generate_time.as_secs_f64(), chars as f64 / rows as f64);

    let rss_before = status("VmRSS:");
    let readings = Readings::new();
    let cpu_before_build = cpu_seconds();
    let t = Instant::now();
    let mut builder =
        DirectoryBuilder::new(&readings, DirectoryMeta { source: "synthetic".into(), as_of: Some(as_of), synthetic: true });
    builder.reserve(rows);
    for h in synthetic::generate(rows, 2025, as_of) {
        builder.push(&h);
    }
    let pushed = t.elapsed();
    let dir = builder.build();
    let total_build = t.elapsed();
    let build_cpu = cpu_seconds() - cpu_before_build;
    let rss_after = status("VmRSS:");
    let build_time = total_build.saturating_sub(generate_time);
    println!();
    println!("== index build ==");
    println!("  CPU time of generation + build: {build_cpu:.2} s (wall {:.2} s; generation alone took {:.2} s wall)", total_build.as_secs_f64(), generate_time.as_secs_f64());
    println!("  readings + rows + postings: {:.2} s (of which ordering and postings {:.2} s), generation excluded", build_time.as_secs_f64(), (total_build - pushed).as_secs_f64());
    println!("  resident: process {} after build ({} added by the directory), peak {}", mb(rss_after), mb(rss_after.saturating_sub(rss_before)), mb(status("VmHWM:")));
    for (part, bytes) in dir.heap_bytes() {
        println!("    {part:<9} {:>8.1} MB", bytes as f64 / 1048576.0);
    }

    println!("    postings by key kind (han, han@start, pair, pair@start, syl+next, syl+next@start, initial, initial@start, region): {:?} MB", dir.posting_bytes_by_kind()[1..].iter().map(|b| b / 1_048_576).collect::<Vec<_>>());

    // Queries made from real rows of the directory: fragments of names as people type them.
    let mut rng = Rng(42);
    let mut queries: Vec<BenchQuery> = Vec::new();
    let hubei = RegionCode::parse("420000");
    let wuhan_jiangxia = RegionCode::parse("420115");
    while queries.len() < 1_200 {
        let row = rng.below(dir.len()) as u32;
        let h = dir.hospital(row);
        let name: Vec<char> = h.name.chars().take_while(|c| *c != '(').collect();
        let reading: Vec<String> = dir.reading(row).split(" | ").next().unwrap_or("").split(' ').map(str::to_string).collect();
        if name.len() < 4 || reading.len() != name.len() {
            continue;
        }
        let len = 2 + rng.below(3).min(name.len() - 2);
        let start = rng.below(name.len() - len + 1);
        let frag: String = name[start..start + len].iter().collect();
        let syl = &reading[start..start + len];
        let full: String = syl.concat();
        let initials: String = syl.iter().filter_map(|s| s.chars().next()).collect();
        let q = |text: String| Query { text, limit: 20, ..Query::default() };
        let pick = queries.len() % 8;
        let bq = match pick {
            0 | 1 => BenchQuery { kind: "characters", query: q(frag.clone()), fts: Some(frag) },
            2 | 3 => BenchQuery { kind: "full pinyin", query: q(full.clone()), fts: Some(full) },
            4 => BenchQuery { kind: "initials", query: q(initials.clone()), fts: Some(initials) },
            5 => {
                let mixed = format!("{}{}", reading[start].chars().next().unwrap_or('x'), name[start + 1..start + len].iter().collect::<String>());
                BenchQuery { kind: "mixed", query: q(mixed), fts: None }
            }
            6 => {
                let mut query = q(frag.clone());
                query.filter = Filter { region: hubei, grade: Some(Grade::Three), networked: vec![Service::Inpatient], ..Filter::default() };
                BenchQuery { kind: "chars+filters", query, fts: Some(frag) }
            }
            _ => {
                let mut query = q(initials.clone());
                query.near = wuhan_jiangxia;
                BenchQuery { kind: "initials+near", query, fts: Some(initials) }
            }
        };
        queries.push(bq);
    }
    // The issue's own examples, and a few broad one-letter and no-match queries.
    for text in ["xhyy", "xiehe", "协和", "bj协和", "rmyy", "人民医院", "r", "z", "社区", "qqqqq", "chongqing", "luan"] {
        queries.push(BenchQuery { kind: "examples", query: Query { text: text.into(), limit: 20, ..Query::default() }, fts: Some(text.into()) });
    }

    // Warm up, then time each query once per round, three rounds.
    let mut ours: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    let mut results = 0usize;
    for bq in queries.iter().take(200) {
        results += dir.search(&bq.query).len();
    }
    // Each query's best of three rounds: on a shared machine a query can lose the processor for
    // several milliseconds, which says nothing about the index. All samples are kept too.
    let cpu_before_queries = cpu_seconds();
    let mut best = vec![Duration::MAX; queries.len()];
    let mut all_samples: Vec<Duration> = Vec::new();
    for _ in 0..3 {
        for (i, bq) in queries.iter().enumerate() {
            let t = Instant::now();
            let hits = dir.search(&bq.query);
            let e = t.elapsed();
            results += hits.len();
            best[i] = best[i].min(e);
            all_samples.push(e);
        }
    }
    for (bq, e) in queries.iter().zip(&best) {
        ours.entry(bq.kind).or_default().push(*e);
        ours.entry("ALL").or_default().push(*e);
    }
    all_samples.sort();
    let query_cpu = cpu_seconds() - cpu_before_queries;

    println!();
    println!("== yidi query latency: {} queries, best of 3 rounds each, limit 20 (load average {}) ==", queries.len(), std::fs::read_to_string("/proc/loadavg").unwrap_or_default().split(' ').take(3).collect::<Vec<_>>().join(" "));
    println!("  (every sample, {} of them: p50 {} p95 {}; mean CPU time a query {:.1} µs)", all_samples.len(), us(pct(&all_samples, 0.5)), us(pct(&all_samples, 0.95)), query_cpu * 1e6 / all_samples.len() as f64);
    for (kind, times) in &ours {
        let mut t = times.clone();
        t.sort();
        println!("  {kind:<15} p50 {} p95 {} max {}", us(pct(&t, 0.5)), us(pct(&t, 0.95)), us(pct(&t, 1.0)));
    }
    if std::env::var("YIDI_BENCH_SLOWEST").is_ok() {
        let mut timed: Vec<(Duration, String, usize)> = queries
            .iter()
            .map(|bq| {
                let mut best = Duration::MAX;
                let mut n = 0;
                for _ in 0..5 {
                    let t = Instant::now();
                    n = dir.search(&bq.query).len();
                    best = best.min(t.elapsed());
                }
                (best, format!("{} {:?} near={:?} filter={:?}", bq.kind, bq.query.text, bq.query.near, bq.query.filter), n)
            })
            .collect();
        timed.sort_by_key(|t| std::cmp::Reverse(t.0));
        for (d, q, n) in timed.iter().take(25) {
            println!("  slow: {} {q} → {n}", us(*d));
        }
    }
    if std::env::var("YIDI_BENCH_SKIP_FTS").is_ok() {
        return;
    }

    // SQLite FTS5 with the trigram tokenizer on the same rows: name, full pinyin, initials.
    let rss_before_fts = status("VmRSS:");
    let db = Connection::open_in_memory().expect("in-memory SQLite");
    db.execute_batch(
        "CREATE VIRTUAL TABLE h USING fts5(name, pinyin, initials, division UNINDEXED, grade UNINDEXED, inpatient UNINDEXED, tokenize='trigram');",
    )
    .expect("fts5 table");
    let t = Instant::now();
    {
        let tx = db.unchecked_transaction().expect("transaction");
        {
            let mut insert =
                tx.prepare("INSERT INTO h(rowid, name, pinyin, initials, division, grade, inpatient) VALUES (?,?,?,?,?,?,?)").expect("insert");
            for row in 0..dir.len() as u32 {
                let h = dir.hospital(row);
                let reading = dir.reading(row);
                let full: String = reading.split(' ').filter(|s| *s != "|").collect();
                let initials: String = reading.split(' ').filter(|s| *s != "|").filter_map(|s| s.chars().next()).collect();
                let grade = h.level.and_then(|l| l.grade()).map_or(0, |g| g as i64);
                insert
                    .execute(params![row, h.name, full, initials, h.division.as_u32(), grade, h.network.inpatient == Some(true)])
                    .expect("insert row");
            }
        }
        tx.commit().expect("commit");
    }
    let fts_build = t.elapsed();
    let rss_fts = status("VmRSS:").saturating_sub(rss_before_fts);

    let mut fts: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    let mut fts_ranked: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    let mut ranked_stmt = db.prepare("SELECT rowid FROM h WHERE h MATCH ?1 ORDER BY rank LIMIT 20").expect("ranked");
    let mut ranked_filtered = db
        .prepare("SELECT rowid FROM h WHERE h MATCH ?1 AND division BETWEEN 420000 AND 429999 AND grade = 3 AND inpatient = 1 ORDER BY rank LIMIT 20")
        .expect("ranked filtered");
    let mut match_stmt = db.prepare("SELECT rowid FROM h WHERE h MATCH ?1 LIMIT 20").expect("match");
    let mut like_stmt = db
        .prepare("SELECT rowid FROM h WHERE name LIKE ?1 OR pinyin LIKE ?1 OR initials LIKE ?1 LIMIT 20")
        .expect("like");
    let mut filtered_stmt = db
        .prepare("SELECT rowid FROM h WHERE h MATCH ?1 AND division BETWEEN 420000 AND 429999 AND grade = 3 AND inpatient = 1 LIMIT 20")
        .expect("filtered");
    let mut filtered_like = db
        .prepare("SELECT rowid FROM h WHERE (name LIKE ?1 OR pinyin LIKE ?1 OR initials LIKE ?1) AND division BETWEEN 420000 AND 429999 AND grade = 3 AND inpatient = 1 LIMIT 20")
        .expect("filtered like");
    let mut fts_rows = 0usize;
    // One round over every third query: FTS5 answers short queries by scanning, which takes
    // about a second each at this size. yidi's figures in the table are for the same subset.
    {
        for bq in queries.iter().step_by(3) {
            let Some(text) = &bq.fts else { continue };
            let filtered = bq.query.filter != Filter::default();
            let t = Instant::now();
            // The trigram tokenizer needs three characters; shorter strings fall back to LIKE,
            // which FTS5 answers by scanning (as its documentation says).
            let n = if text.chars().count() >= 3 {
                let phrase = format!("\"{}\"", text.replace('"', ""));
                let stmt = if filtered { &mut filtered_stmt } else { &mut match_stmt };
                stmt.query_map([phrase], |r| r.get::<_, i64>(0)).map(|it| it.count()).unwrap_or(0)
            } else {
                let like = format!("%{text}%");
                let stmt = if filtered { &mut filtered_like } else { &mut like_stmt };
                stmt.query_map([like], |r| r.get::<_, i64>(0)).map(|it| it.count()).unwrap_or(0)
            };
            let e = t.elapsed();
            fts_rows += n;
            fts.entry(bq.kind).or_default().push(e);
            fts.entry("ALL").or_default().push(e);
            // Ranked (ORDER BY rank, bm25): what a picker needs to show the best matches first.
            let ranked = if text.chars().count() >= 3 {
                let phrase = format!("\"{}\"", text.replace('"', ""));
                let stmt = if filtered { &mut ranked_filtered } else { &mut ranked_stmt };
                let t = Instant::now();
                let _ = stmt.query_map([phrase], |r| r.get::<_, i64>(0)).map(|it| it.count());
                t.elapsed()
            } else {
                e // LIKE has no ranking: the same scan
            };
            fts_ranked.entry(bq.kind).or_default().push(ranked);
            fts_ranked.entry("ALL").or_default().push(ranked);
        }
    }

    println!();
    // yidi on the same subset of queries as FTS5 (best of three rounds each).
    let mut ours_subset: std::collections::BTreeMap<&str, Vec<Duration>> = Default::default();
    for (i, (bq, e)) in queries.iter().zip(&best).enumerate() {
        if i % 3 == 0 && bq.fts.is_some() {
            ours_subset.entry(bq.kind).or_default().push(*e);
            ours_subset.entry("ALL").or_default().push(*e);
        }
    }
    println!("== side by side on every third query: yidi best of 3 rounds, FTS5 one round; limit 20 ==");
    for (title, table) in [("FTS5 unranked (LIMIT 20: the first rows found)", &fts), ("FTS5 ranked (ORDER BY rank LIMIT 20)", &fts_ranked)] {
    println!("  -- vs {title}");
    println!("  {:<15} {:>12} {:>12} | {:>12} {:>12} | {:>8} {:>8}", "kind", "yidi p50", "yidi p95", "FTS5 p50", "FTS5 p95", "x p50", "x p95");
    let kinds: Vec<&str> = ours_subset.keys().copied().collect();
    for kind in kinds {
        let mut a = ours_subset[kind].clone();
        a.sort();
        let (a50, a95) = (pct(&a, 0.5), pct(&a, 0.95));
        match table.get(kind) {
            Some(b) => {
                let mut b = b.clone();
                b.sort();
                let (b50, b95) = (pct(&b, 0.5), pct(&b, 0.95));
                println!(
                    "  {kind:<15} {} {} | {} {} | {:>7.0}x {:>7.0}x",
                    us(a50),
                    us(a95),
                    us(b50),
                    us(b95),
                    b50.as_secs_f64() / a50.as_secs_f64().max(1e-9),
                    b95.as_secs_f64() / a95.as_secs_f64().max(1e-9)
                );
            }
            None => println!("  {kind:<15} {} {} | {:>12} {:>12} |  (FTS5 cannot express this query)", us(a50), us(a95), "—", "—"),
        }
    }
    }
    println!("  (mixed queries such as bj协和 have no FTS5 equivalent and are left out of this table)");
    println!();
    println!("== build ==  yidi {:.2} s   FTS5 insert {:.2} s", build_time.as_secs_f64(), fts_build.as_secs_f64());
    println!("== memory == yidi directory {} (process {} before FTS5)   FTS5 database +{}", mb(rss_after.saturating_sub(rss_before)), mb(rss_after), mb(rss_fts));
    println!("(results returned: yidi {results}, FTS5 {fts_rows})");
}
