//! The CLI's behaviour as data: every `tests/cmd/*.toml` names the arguments, the expected exit
//! status and the expected stdout/stderr (`...` matches any lines). Regenerate after a deliberate
//! change with `TRYCMD=overwrite cargo test -p yidi-cli --test cli`, then read the diff.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .register_bin("yidi", trycmd::cargo::cargo_bin!("yidi"))
        .case("tests/cmd/*.toml");
}
