//! Builds the bundled directory's index (`$OUT_DIR/bundled.yidx`) from the rows
//! `yidi_hospitals::bundled::hospitals()` reads, so that the shipped index can never be older than
//! the shipped CSV and no program builds it at start-up.

fn main() {
    println!("cargo:rerun-if-changed=../../data/hospitals");
    println!("cargo:rerun-if-changed=build.rs");
    let readings = yidi_hospitals::Readings::new();
    let meta = yidi_hospitals::DirectoryMeta { source: "bundled".into(), as_of: None, synthetic: false };
    let mut builder = yidi_hospitals::DirectoryBuilder::new(&readings, meta);
    for mut h in yidi_hospitals::bundled::hospitals() {
        // The search forms people type (without 省/市/区/县, 第, 附属), as yidi-core adds them to
        // every installed row (hospitals.rs, prepare_index).
        yidi_hospitals::reading::add_search_forms(&mut h);
        builder.push(&h);
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bundled.yidx");
    std::fs::write(&out, builder.build_bytes()).expect("write the bundled index");
}
