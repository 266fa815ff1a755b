//! Benchmark (not a test): Yidi's hospital index beside SQLite FTS5 and tantivy, on the same
//! synthetic rows and the same queries, every engine warmed and timed the same way (one
//! untimed round over every query, then three timed rounds; p50/p95 over all timed samples),
//! and every engine's time includes reading the rows a result screen shows (code, name,
//! address, division, level, kind).
//!
//!     cargo run --release -p yidi-search-bench                       # 650,000 rows, all engines
//!     YIDI_BENCH_ROWS=65000 cargo run --release -p yidi-search-bench
//!     YIDI_BENCH_GROWTH=65000,325000,650000,1300000 YIDI_BENCH_PEERS=0 cargo run --release -p yidi-search-bench
//!     YIDI_BENCH_QUERIES=300 …                                       # fewer queries (default 600, 6 kinds)
//!     YIDI_BENCH_SLOWEST=8 …                                         # also list Yidi's 8 slowest queries per size
//!
//! The directory is synthetic (every row marked so): figures about speed, never data.

#![allow(clippy::float_arithmetic)] // Timings and megabytes for printing: no money here.
#![allow(clippy::unwrap_used)] // A benchmark: a failure should stop it loudly.

use std::{
    collections::BTreeMap,
    time::{Duration, Instant},
};

use rusqlite::Connection;
use tantivy::{
    collector::TopDocs,
    query::{BooleanQuery, Occur, Query as TQuery, TermQuery},
    schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING},
    tokenizer::NgramTokenizer,
    Index, TantivyDocument, Term,
};
use yidi_domain::{NaiveDate, RegionCode};
use yidi_hospitals::synthetic::{self, Rng};
use yidi_hospitals::{Directory, DirectoryBuilder, DirectoryMeta, Filter, Grade, Query, Readings, Service};

fn status(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with(field)).and_then(|l| l.split_whitespace().nth(1)).and_then(|kb| kb.parse().ok()))
        .unwrap_or(0)
}

/// CPU seconds of this process (user + system): unlike wall time, not inflated by other load.
fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: u64 = [11, 12].iter().filter_map(|&i| fields.get(i).and_then(|f| f.parse::<u64>().ok())).sum();
    ticks as f64 / 100.0
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_048_576.0)
}

fn pct(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn us(d: Duration) -> String {
    format!("{:>8.1}", d.as_secs_f64() * 1e6)
}

#[derive(Clone)]
struct BenchQuery {
    kind: &'static str,
    query: Query,
    /// The text the peers are given (None: they cannot express it, as bj协和).
    peer: Option<String>,
}

const KINDS: [&str; 6] = ["characters", "pinyin", "initials", "mixed", "filtered", "short"];

/// The row a result screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Shown {
    rank: u32,
    code: String,
    name: String,
    address: String,
    division: u32,
    grade: i64,
}

const AS_OF: (i32, u32, u32) = (2025, 3, 31);

fn build_yidi(rows: usize) -> (Vec<u8>, f64, f64) {
    let as_of = NaiveDate::from_ymd_opt(AS_OF.0, AS_OF.1, AS_OF.2).unwrap_or_default();
    let readings = Readings::new();
    let (cpu, t) = (cpu_seconds(), Instant::now());
    let mut builder = DirectoryBuilder::new(&readings, DirectoryMeta { source: "synthetic".into(), as_of: Some(as_of), synthetic: true });
    builder.reserve(rows);
    for h in synthetic::generate(rows, 2025, as_of) {
        builder.push(&h);
    }
    let image = builder.build_bytes();
    (image, t.elapsed().as_secs_f64(), cpu_seconds() - cpu)
}

fn make_queries(dir: &Directory) -> Vec<BenchQuery> {
    let mut rng = Rng(42);
    let mut queries: Vec<BenchQuery> = Vec::new();
    let hubei = RegionCode::parse("420000");
    let count: usize = std::env::var("YIDI_BENCH_QUERIES").ok().and_then(|s| s.parse().ok()).unwrap_or(600);
    while queries.len() < count {
        let row = rng.below(dir.len()) as u32;
        let h = dir.hospital(row);
        let name: Vec<char> = h.name.chars().take_while(|c| *c != '(').collect();
        let reading: Vec<String> = dir.reading(row).split(" | ").next().unwrap_or("").split(' ').map(str::to_string).collect();
        if name.len() < 5 || reading.len() != name.len() {
            continue;
        }
        let len = 3 + rng.below(2).min(name.len() - 3);
        let start = rng.below(name.len() - len + 1);
        let frag: String = name[start..start + len].iter().collect();
        let syl = &reading[start..start + len];
        let full: String = syl.concat();
        let initials: String = syl.iter().filter_map(|s| s.chars().next()).collect();
        let q = |text: &str| Query { text: text.into(), limit: 20, ..Query::default() };
        let bq = match queries.len() % 6 {
            0 => BenchQuery { kind: "characters", query: q(&frag), peer: Some(frag) },
            1 => BenchQuery { kind: "pinyin", query: q(&full), peer: Some(full) },
            2 => BenchQuery { kind: "initials", query: q(&initials), peer: Some(initials) },
            3 => {
                let mixed = format!("{}{}", &reading[start][..1], name[start + 1..start + len].iter().collect::<String>());
                BenchQuery { kind: "mixed", query: q(&mixed), peer: None }
            }
            4 => {
                let mut query = q(&frag);
                query.filter = Filter { region: hubei, grade: Some(Grade::Three), networked: vec![Service::Inpatient], ..Filter::default() };
                BenchQuery { kind: "filtered", query, peer: Some(frag) }
            }
            _ => {
                // Two characters or two initials: what people type first.
                let text = if rng.below(2) == 0 { name[start..start + 2].iter().collect() } else { initials[..2].to_string() };
                BenchQuery { kind: "short", query: q(&text), peer: Some(text) }
            }
        };
        queries.push(bq);
    }
    queries
}

/// Runs `f` on every query once untimed, then three timed rounds; per kind, all samples.
fn time_all<F: FnMut(&BenchQuery) -> Vec<Shown>>(queries: &[BenchQuery], yidi: bool, mut f: F) -> (BTreeMap<&'static str, Vec<Duration>>, Vec<Vec<Shown>>, f64) {
    let mut answers = Vec::new();
    for bq in queries {
        answers.push(f(bq));
    }
    let mut times: BTreeMap<&'static str, Vec<Duration>> = BTreeMap::new();
    let cpu = cpu_seconds();
    let mut n = 0;
    for _ in 0..3 {
        for bq in queries {
            if bq.peer.is_none() && !yidi {
                continue;
            }
            let t = Instant::now();
            let shown = f(bq);
            let e = t.elapsed();
            std::hint::black_box(shown);
            times.entry(bq.kind).or_default().push(e);
            // "ALL": the kinds every engine can express, so that the ratios compare like with like.
            if bq.peer.is_some() {
                times.entry("ALL").or_default().push(e);
            }
            n += 1;
        }
    }
    let cpu_per_query = (cpu_seconds() - cpu) / f64::from(n.max(1));
    for v in times.values_mut() {
        v.sort();
    }
    (times, answers, cpu_per_query)
}

/// With YIDI_BENCH_SLOWEST=n: the n slowest queries (best of three, CPU-bound), to see what
/// still grows with the rows.
fn print_slowest(dir: &Directory, queries: &[BenchQuery]) {
    let Some(n) = std::env::var("YIDI_BENCH_SLOWEST").ok().and_then(|s| s.parse::<usize>().ok()) else { return };
    let mut best: Vec<(Duration, usize)> = queries
        .iter()
        .enumerate()
        .map(|(i, bq)| {
            let t = (0..3)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(yidi_answer(dir, &bq.query));
                    t.elapsed()
                })
                .min()
                .unwrap_or_default();
            (t, i)
        })
        .collect();
    best.sort_unstable_by(|a, b| b.cmp(a));
    for (t, i) in best.into_iter().take(n) {
        let bq = &queries[i];
        println!("    slow {:>8} µs  {:<10} {:?} {}", us(t).trim(), bq.kind, bq.query.text, if bq.query.filter == Filter::default() { "" } else { "(filtered)" });
    }
}

fn yidi_answer(dir: &Directory, q: &Query) -> Vec<Shown> {
    dir.search(q)
        .iter()
        .map(|hit| {
            let h = dir.hospital(hit.row);
            Shown {
                rank: hit.row,
                code: h.code,
                name: h.name,
                address: h.address,
                division: h.division.as_u32(),
                grade: h.level.and_then(|l| l.grade()).map_or(0, |g| g as i64),
            }
        })
        .collect()
}

struct Report {
    name: String,
    times: BTreeMap<&'static str, Vec<Duration>>,
    answers: Vec<Vec<Shown>>,
    cpu_per_query: f64,
    build_s: f64,
    build_cpu: f64,
    size: u64,
    resident: u64,
}

fn print_table(reports: &[Report], queries: &[BenchQuery]) {
    print!("  {:<11}", "µs p50/p95");
    for r in reports {
        print!(" | {:^19}", r.name);
    }
    println!();
    for kind in KINDS.iter().chain(["ALL"].iter()) {
        print!("  {kind:<11}");
        for r in reports {
            match r.times.get(kind) {
                Some(t) => print!(" | {} {}", us(pct(t, 0.5)), us(pct(t, 0.95))),
                None => print!(" | {:^19}", "—"),
            }
        }
        println!();
    }
    print!("  {:<11}", "CPU µs/q");
    for r in reports {
        print!(" | {:>17.1}  ", r.cpu_per_query * 1e6);
    }
    println!();
    print!("  {:<11}", "build");
    for r in reports {
        print!(" | {:>7.1} s ({:>5.1} CPU)", r.build_s, r.build_cpu);
    }
    println!();
    print!("  {:<11}", "size");
    for r in reports {
        print!(" | {:>19}", mb(r.size));
    }
    println!();
    print!("  {:<11}", "resident");
    for r in reports {
        print!(" | {:>19}", mb(r.resident));
    }
    println!();
    // Agreement with Yidi's first page: the share of Yidi's rows the peer also returns, and
    // whether the page is the same in the same order.
    let yidi = &reports[0];
    for r in &reports[1..] {
        let (mut shared, mut total, mut same, mut compared) = (0usize, 0usize, 0usize, 0usize);
        for (i, bq) in queries.iter().enumerate() {
            if bq.peer.is_none() {
                continue;
            }
            let a: Vec<u32> = yidi.answers[i].iter().map(|s| s.rank).collect();
            let b: Vec<u32> = r.answers[i].iter().map(|s| s.rank).collect();
            shared += a.iter().filter(|x| b.contains(x)).count();
            total += a.len();
            compared += 1;
            same += usize::from(a == b);
        }
        println!(
            "  agreement {:<22} {:>5.1}% of Yidi's rows also returned; identical first page on {same} of {compared} queries",
            r.name,
            100.0 * shared as f64 / total.max(1) as f64
        );
    }
}

fn run_yidi(rows: usize, path: &std::path::Path) -> (Directory, Report) {
    let (image, build_s, build_cpu) = build_yidi(rows);
    std::fs::write(path, &image).unwrap();
    let size = image.len() as u64;
    drop(image);
    Directory::open(path).unwrap(); // checks the body once and stamps the file
    let before = status("VmRSS:");
    let dir = Directory::open(path).unwrap();
    (dir, Report { name: "Yidi (mapped file)".into(), times: BTreeMap::new(), answers: Vec::new(), cpu_per_query: 0.0, build_s, build_cpu, size, resident: before })
}

fn main() {
    let rows: usize = std::env::var("YIDI_BENCH_ROWS").ok().and_then(|s| s.parse().ok()).unwrap_or(synthetic::NATIONAL_COUNT);
    let peers = std::env::var("YIDI_BENCH_PEERS").map_or(true, |v| v != "0");
    let growth: Vec<usize> =
        std::env::var("YIDI_BENCH_GROWTH").ok().map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect()).unwrap_or_default();
    let tmp = std::env::temp_dir().join(format!("yidi-search-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    println!(
        "Yidi search benchmark — SYNTHETIC institutions (not real data); load average {}",
        std::fs::read_to_string("/proc/loadavg").unwrap_or_default().split(' ').take(3).collect::<Vec<_>>().join(" ")
    );

    if !growth.is_empty() {
        println!("\n== growth: Yidi, mapped index file, every query × 3 rounds after one warm-up round, result rows included ==");
        println!("  {:>9} | {:>8} {:>8} | {:>8} {:>8} | {:>9} | {:>9} | {:>10} | {:>10}", "rows", "p50 µs", "p95 µs", "short p50", "p95", "CPU µs/q", "build s", "file", "resident");
        let mut base_p50 = None;
        for &n in &growth {
            let path = tmp.join(format!("growth-{n}.yidx"));
            let (dir, mut report) = run_yidi(n, &path);
            let queries = make_queries(&dir);
            let (times, _, cpu) = time_all(&queries, true, |bq| yidi_answer(&dir, &bq.query));
            report.resident = status("VmRSS:").saturating_sub(report.resident) * 1024;
            print_slowest(&dir, &queries);
            let all = &times["ALL"];
            let short = &times["short"];
            let p50 = pct(all, 0.5);
            let base = *base_p50.get_or_insert(p50);
            println!(
                "  {n:>9} | {} {} | {} {} | {:>9.1} | {:>9.1} | {:>10} | {:>10}   p50 ×{:.2} of the first size",
                us(p50),
                us(pct(all, 0.95)),
                us(pct(short, 0.5)),
                us(pct(short, 0.95)),
                cpu * 1e6,
                report.build_s,
                mb(report.size),
                mb(report.resident),
                p50.as_secs_f64() / base.as_secs_f64()
            );
            drop(dir);
            let _ = std::fs::remove_file(&path);
        }
    }
    if !peers {
        return;
    }

    println!("\n== {rows} rows: Yidi, SQLite FTS5 (trigram) in Yidi's order and with bm25, tantivy (n-grams, bm25) ==");
    let path = tmp.join("main.yidx");
    let (dir, mut yidi) = run_yidi(rows, &path);
    let queries = make_queries(&dir);
    let (times, answers, cpu) = time_all(&queries, true, |bq| yidi_answer(&dir, &bq.query));
    yidi.resident = status("VmRSS:").saturating_sub(yidi.resident) * 1024;
    yidi.times = times;
    yidi.answers = answers;
    yidi.cpu_per_query = cpu;

    // The rows every peer indexes, in Yidi's rank order (rowid = rank: "then importance").
    struct Row {
        name: String,
        pinyin: String,
        initials: String,
        code: String,
        address: String,
        division: u32,
        grade: i64,
        inpatient: bool,
    }
    let all_rows: Vec<Row> = (0..dir.len() as u32)
        .map(|r| {
            let h = dir.hospital(r);
            let reading = dir.reading(r);
            let syl: Vec<&str> = reading.split(' ').filter(|s| *s != "|").collect();
            Row {
                pinyin: syl.concat(),
                initials: syl.iter().filter_map(|s| s.chars().next()).collect(),
                code: h.code,
                address: h.address,
                division: h.division.as_u32(),
                grade: h.level.and_then(|l| l.grade()).map_or(0, |g| g as i64),
                inpatient: h.network.inpatient == Some(true),
                name: h.name,
            }
        })
        .collect();

    // SQLite: an FTS5 trigram table over name, pinyin, initials, and a plain table of the rows.
    let rss = status("VmRSS:");
    let (cpu0, t) = (cpu_seconds(), Instant::now());
    let db = Connection::open_in_memory().unwrap();
    db.execute_batch(
        "CREATE VIRTUAL TABLE h USING fts5(name, pinyin, initials, division UNINDEXED, grade UNINDEXED, inpatient UNINDEXED, tokenize='trigram');
         CREATE TABLE r(id INTEGER PRIMARY KEY, code TEXT, name TEXT, address TEXT, division INTEGER, grade INTEGER);",
    )
    .unwrap();
    {
        let tx = db.unchecked_transaction().unwrap();
        {
            let mut fts = tx.prepare("INSERT INTO h(rowid, name, pinyin, initials, division, grade, inpatient) VALUES (?,?,?,?,?,?,?)").unwrap();
            let mut plain = tx.prepare("INSERT INTO r VALUES (?,?,?,?,?,?)").unwrap();
            for (i, r) in all_rows.iter().enumerate() {
                fts.execute(rusqlite::params![i as i64, r.name, r.pinyin, r.initials, r.division, r.grade, r.inpatient]).unwrap();
                plain.execute(rusqlite::params![i as i64, r.code, r.name, r.address, r.division, r.grade]).unwrap();
            }
        }
        tx.commit().unwrap();
    }
    let (sqlite_build, sqlite_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu0);
    let sqlite_rss = status("VmRSS:").saturating_sub(rss) * 1024;
    let sqlite_size: u64 = db.query_row("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()", [], |r| r.get(0)).unwrap();
    let filter_sql = "AND division BETWEEN 420000 AND 429999 AND grade = 3 AND inpatient = 1";
    // Yidi's order: exact (a whole name, pinyin or initials), then prefix, then inside; then rank.
    let order_yidi = "ORDER BY CASE WHEN name = ?2 OR pinyin = ?2 OR initials = ?2 THEN 0 \
                      WHEN substr(name, 1, length(?2)) = ?2 OR substr(pinyin, 1, length(?2)) = ?2 OR substr(initials, 1, length(?2)) = ?2 THEN 1 ELSE 2 END, rowid";
    let sql = |matching: &str, filtered: bool, order: &str| {
        format!("SELECT rowid FROM h WHERE {matching} {} {order} LIMIT 20", if filtered { filter_sql } else { "" })
    };
    let fts_match = "h MATCH ?1";
    let like = "(name LIKE ?1 OR pinyin LIKE ?1 OR initials LIKE ?1)";
    let mut fetch = db.prepare("SELECT code, name, address, division, grade FROM r WHERE id = ?1").unwrap();
    let mut statements: BTreeMap<String, rusqlite::Statement<'_>> = BTreeMap::new();
    let mut sqlite_query = |bq: &BenchQuery, ranked_bm25: bool| -> Vec<Shown> {
        let Some(text) = &bq.peer else { return Vec::new() };
        let filtered = bq.kind == "filtered";
        // The trigram tokenizer needs three characters; shorter text falls back to LIKE (a scan).
        let short = text.chars().count() < 3;
        let order = if ranked_bm25 && !short { "ORDER BY rank" } else if ranked_bm25 { "" } else { order_yidi };
        let q = sql(if short { like } else { fts_match }, filtered, order);
        let stmt = statements.entry(q.clone()).or_insert_with(|| db.prepare(&q).unwrap());
        let arg1 = if short { format!("%{text}%") } else { format!("\"{text}\"") };
        let ids: Vec<i64> = if order.contains("?2") {
            stmt.query_map(rusqlite::params![arg1, text], |r| r.get(0)).unwrap().filter_map(Result::ok).collect()
        } else {
            stmt.query_map(rusqlite::params![arg1], |r| r.get(0)).unwrap().filter_map(Result::ok).collect()
        };
        ids.into_iter()
            .map(|id| {
                fetch
                    .query_row([id], |r| {
                        Ok(Shown { rank: id as u32, code: r.get(0)?, name: r.get(1)?, address: r.get(2)?, division: r.get(3)?, grade: r.get(4)? })
                    })
                    .unwrap()
            })
            .collect()
    };
    let (times, answers, cpu) = time_all(&queries, false, |bq| sqlite_query(bq, false));
    let fts_yidi = Report { name: "FTS5, Yidi's order".into(), times, answers, cpu_per_query: cpu, build_s: sqlite_build, build_cpu: sqlite_cpu, size: sqlite_size, resident: sqlite_rss };
    let (times, answers, cpu) = time_all(&queries, false, |bq| sqlite_query(bq, true));
    let fts_bm25 = Report { name: "FTS5, bm25".into(), times, answers, cpu_per_query: cpu, build_s: sqlite_build, build_cpu: sqlite_cpu, size: sqlite_size, resident: sqlite_rss };
    drop(statements);
    drop(fetch);

    // tantivy: name, pinyin and initials as 2- and 3-grams; filters as exact terms; rows stored.
    let rss = status("VmRSS:");
    let (cpu0, t) = (cpu_seconds(), Instant::now());
    let mut builder = Schema::builder();
    let grams = TextOptions::default().set_indexing_options(TextFieldIndexing::default().set_tokenizer("grams").set_index_option(IndexRecordOption::WithFreqs));
    let f_name = builder.add_text_field("name", grams.clone() | STORED);
    let f_pinyin = builder.add_text_field("pinyin", grams.clone());
    let f_initials = builder.add_text_field("initials", grams);
    let f_prov = builder.add_text_field("prov", STRING);
    let f_grade = builder.add_text_field("grade", STRING);
    let f_inp = builder.add_text_field("inp", STRING);
    let f_rank = builder.add_u64_field("rank", STORED);
    let f_code = builder.add_text_field("code", STORED);
    let f_address = builder.add_text_field("address", STORED);
    let f_division = builder.add_u64_field("division", STORED);
    let schema = builder.build();
    let index = Index::create_in_ram(schema);
    index.tokenizers().register("grams", NgramTokenizer::new(2, 3, false).unwrap());
    {
        let mut writer: tantivy::IndexWriter = index.writer(200_000_000).unwrap();
        for (i, r) in all_rows.iter().enumerate() {
            let mut d = TantivyDocument::default();
            d.add_text(f_name, &r.name);
            d.add_text(f_pinyin, &r.pinyin);
            d.add_text(f_initials, &r.initials);
            d.add_text(f_prov, (r.division / 10_000).to_string());
            d.add_text(f_grade, r.grade.to_string());
            d.add_text(f_inp, if r.inpatient { "1" } else { "0" });
            d.add_u64(f_rank, i as u64);
            d.add_text(f_code, &r.code);
            d.add_text(f_address, &r.address);
            d.add_u64(f_division, u64::from(r.division));
            writer.add_document(d).unwrap();
        }
        writer.commit().unwrap();
    }
    let reader = index.reader().unwrap();
    let searcher = reader.searcher();
    let (tantivy_build, tantivy_cpu) = (t.elapsed().as_secs_f64(), cpu_seconds() - cpu0);
    let tantivy_size = searcher.space_usage().map(|s| s.total().get_bytes()).unwrap_or(0);
    let tantivy_rss = status("VmRSS:").saturating_sub(rss) * 1024;
    drop(all_rows);
    let tantivy_query = |bq: &BenchQuery| -> Vec<Shown> {
        let Some(text) = &bq.peer else { return Vec::new() };
        let chars: Vec<char> = text.chars().collect();
        let n = chars.len().min(3);
        let grams: Vec<String> = chars.windows(n).map(|w| w.iter().collect()).collect();
        // Every n-gram of the text in one field (name, pinyin or initials).
        let per_field: Vec<(Occur, Box<dyn TQuery>)> = [f_name, f_pinyin, f_initials]
            .iter()
            .map(|&f| {
                let all: Vec<(Occur, Box<dyn TQuery>)> = grams
                    .iter()
                    .map(|g| (Occur::Must, Box::new(TermQuery::new(Term::from_field_text(f, g), IndexRecordOption::WithFreqs)) as Box<dyn TQuery>))
                    .collect();
                (Occur::Should, Box::new(BooleanQuery::new(all)) as Box<dyn TQuery>)
            })
            .collect();
        let mut clauses: Vec<(Occur, Box<dyn TQuery>)> = vec![(Occur::Must, Box::new(BooleanQuery::new(per_field)))];
        if bq.kind == "filtered" {
            for (f, v) in [(f_prov, "42"), (f_grade, "3"), (f_inp, "1")] {
                clauses.push((Occur::Must, Box::new(TermQuery::new(Term::from_field_text(f, v), IndexRecordOption::Basic))));
            }
        }
        let top = searcher.search(&BooleanQuery::new(clauses), &TopDocs::with_limit(20)).unwrap();
        top.into_iter()
            .map(|(_, address)| {
                let d: TantivyDocument = searcher.doc(address).unwrap();
                let text = |f| d.get_first(f).and_then(|v| v.as_str()).unwrap_or("").to_string();
                let num = |f| d.get_first(f).and_then(|v| v.as_u64()).unwrap_or(0);
                Shown { rank: num(f_rank) as u32, code: text(f_code), name: text(f_name), address: text(f_address), division: num(f_division) as u32, grade: 0 }
            })
            .collect()
    };
    let (times, answers, cpu) = time_all(&queries, false, tantivy_query);
    let tantivy = Report { name: "tantivy, bm25".into(), times, answers, cpu_per_query: cpu, build_s: tantivy_build, build_cpu: tantivy_cpu, size: tantivy_size, resident: tantivy_rss };

    println!("  ({} queries: {} of each kind; mixed ones such as b协和 have no peer equivalent)", queries.len(), queries.len() / 6);
    let reports = [yidi, fts_yidi, fts_bm25, tantivy];
    print_table(&reports, &queries);
    let ratio = |a: &Report, b: &Report, p: f64| pct(&b.times["ALL"], p).as_secs_f64() / pct(&a.times["ALL"], p).as_secs_f64().max(1e-9);
    for peer in &reports[1..] {
        println!(
            "  {} / Yidi, all kinds the peer can express: p50 ×{:.1}, p95 ×{:.1}",
            peer.name,
            ratio(&reports[0], peer, 0.5),
            ratio(&reports[0], peer, 0.95)
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
