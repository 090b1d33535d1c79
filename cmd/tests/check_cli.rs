//! `gorun check` as a command: exit status and gc-format diagnostics on
//! stderr, for type errors as well as syntax errors.

use std::path::Path;
use std::process::Command;

fn gorun_check(args: &[&str]) -> (i32, String) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .arg("check")
        .args(args)
        .current_dir(&root)
        .output()
        .expect("gorun runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_valid_program_checks_clean() {
    let (code, err) = gorun_check(&["testdata/func_closure_counter.go"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn type_errors_are_reported_as_gc_reports_them() {
    let (code, err) = gorun_check(&["testdata/errors/address_of_constant.go"]);
    let want = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata/errors/address_of_constant.errors"),
    )
    .unwrap();
    let first = want.lines().next().unwrap();
    assert_eq!(code, 1);
    let mut lines = err.lines();
    assert_eq!(lines.next(), Some("# command-line-arguments"));
    assert_eq!(
        lines.next(),
        Some(format!("testdata/errors/{first}").as_str())
    );
}

#[test]
fn syntax_only_skips_type_errors() {
    let (code, err) = gorun_check(&["--syntax-only", "testdata/errors/address_of_constant.go"]);
    assert_eq!((code, err.as_str()), (0, ""));
}

#[test]
fn a_missing_path_is_a_usage_error() {
    let (code, _) = gorun_check(&["testdata/no_such_file.go"]);
    assert_eq!(code, 2);
}
