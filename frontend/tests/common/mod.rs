//! What the checker's test suites share: gc's diagnostics as `goref
//! errors` records them, compared with the `NAME.errors` files beside each
//! `NAME.go`, and the macro that makes a test per program.

use std::fs;
use std::path::Path;

use gorun_frontend::diag::{Diagnostic, sort_and_dedup};
use gorun_frontend::source::FileSet;

/// gc stops after this many errors, with a "too many errors" line.
pub const GC_MAX_ERRORS: usize = 10;

/// A diagnostic line as `goref errors` writes it: gc prints file names as
/// given (`./f.go`), and goref strips any directory from a line's leading
/// file name.
pub fn goref_line(line: &str) -> String {
    if let Some(colon) = line.find(':') {
        let head = &line[..colon];
        if head.len() > 3 && head.ends_with(".go") {
            let base = head.rsplit('/').next().unwrap_or(head);
            if !base.is_empty() && base != ".go" {
                return format!("{base}{}", &line[colon..]);
            }
        }
    }
    line.to_string()
}

/// `diags` (in the order found) as gc prints them: the first
/// [`GC_MAX_ERRORS`], sorted, then "too many errors" at the last one kept.
pub fn render_as_gc(fset: &FileSet, mut diags: Vec<Diagnostic>) -> String {
    let too_many = diags.get(GC_MAX_ERRORS - 1).map(|d| d.pos);
    diags.truncate(GC_MAX_ERRORS);
    sort_and_dedup(&mut diags, fset);
    let mut out = String::new();
    for d in &diags {
        for line in d.render(fset).split('\n') {
            out.push_str(&goref_line(line));
            out.push('\n');
        }
    }
    if let Some(p) = too_many.and_then(|p| fset.position(p)) {
        out.push_str(&goref_line(&format!("{p}: too many errors")));
        out.push('\n');
    }
    out
}

/// Asserts that `got` is what the real compiler reported for `dir/NAME.go`
/// (`dir/NAME.errors`, absent for a valid program).
pub fn assert_gc(dir: &Path, name: &str, got: &str) {
    let want = fs::read_to_string(dir.join(format!("{name}.errors"))).unwrap_or_default();
    assert_eq!(
        got.trim_end(),
        want.trim_end(),
        "{name}.go: diagnostics differ from gc's"
    );
}

/// A test per listed program (`check(NAME) -> String` renders our
/// diagnostics, compared with gc's under `dir()`), and a test that every
/// program in `dir()` is listed.
macro_rules! gc_programs {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                common::assert_gc(&dir(), stringify!($name), &check(stringify!($name)));
            }
        )*

        /// Every program in the directory has its test above.
        #[test]
        fn every_program_is_listed() {
            let listed = [$(stringify!($name)),*];
            for entry in std::fs::read_dir(dir()).expect("read the programs' directory") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "go") {
                    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                    assert!(listed.contains(&stem.as_str()), "{stem}.go has no test");
                }
            }
        }
    };
}
