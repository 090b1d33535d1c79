//! The compatibility suite (`gorun test testdata`) as part of `cargo test`:
//! every program's output, exit code and stderr against what the real Go
//! produced, under GOMAXPROCS=1, 2 and 8. Programs that fail for a known
//! reason are listed, with the reason, in `testdata/KNOWN_FAILURES`; the
//! suite fails on any other failure and on a listed program that passes.

use std::path::PathBuf;
use std::process::Command;

#[test]
fn testdata_programs_behave_as_the_real_go() {
    let testdata = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    let out = Command::new(env!("CARGO_BIN_EXE_gorun"))
        .arg("test")
        .arg(&testdata)
        .output()
        .expect("running gorun test");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "gorun test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.contains(" passed, "), "no summary:\n{stdout}");
}
