//! The statement checker against gc: each program under `types_stmt/` is
//! parsed and checked as package main, and its diagnostics must be those of
//! the real compiler, byte for byte, as `goref errors` recorded them in
//! `NAME.errors` (never written by hand); a program without `.errors` must
//! check cleanly.

use std::fs;
use std::path::{Path, PathBuf};

use gorun_frontend::diag::sort_and_dedup;
use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;
use gorun_frontend::types::{Config, NoImporter, Program, check_package};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/types_stmt")
}

/// A diagnostic line as `goref errors` writes it: gc prints file names as
/// given (`./f.go`), and goref strips any directory from a line's leading
/// file name (continuation lines lose their tab with it).
fn goref_line(line: &str) -> String {
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

/// gc's diagnostics for `NAME.go`, as goref records them.
fn check(name: &str) -> String {
    let src = fs::read_to_string(dir().join(format!("{name}.go"))).expect("read program");
    let fset = FileSet::new();
    // gc is run on `./NAME.go`, which is how positions inside messages
    // name the file.
    let id = fset.add_file(format!("./{name}.go"), src);
    let mut ids = NodeIds::new();
    let (file, syntax) = parse_file(&fset, id, &mut ids);
    assert!(
        syntax.is_empty(),
        "{name}.go: unexpected syntax errors: {:?}",
        syntax.iter().map(|d| d.render(&fset)).collect::<Vec<_>>()
    );
    let mut prog = Program::new();
    let files = [file];
    let (_, mut diags) = check_package(
        &mut prog,
        &mut NoImporter,
        &fset,
        Config::default(),
        "main",
        &files,
    );
    sort_and_dedup(&mut diags, &fset);
    let mut out = String::new();
    for d in &diags {
        for line in d.render(&fset).split('\n') {
            out.push_str(&goref_line(line));
            out.push('\n');
        }
    }
    out
}

fn expect_gc(name: &str) {
    let want = fs::read_to_string(dir().join(format!("{name}.errors"))).unwrap_or_default();
    let got = check(name);
    assert_eq!(
        got.trim_end(),
        want.trim_end(),
        "{name}.go: diagnostics differ from gc's"
    );
}

macro_rules! programs {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                expect_gc(stringify!($name));
            }
        )*

        /// Every program in the directory has its test above.
        #[test]
        fn every_program_is_listed() {
            let listed = [$(stringify!($name)),*];
            for entry in fs::read_dir(dir()).expect("read types_stmt") {
                let path = entry.expect("entry").path();
                if path.extension().is_some_and(|e| e == "go") {
                    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                    assert!(listed.contains(&stem.as_str()), "{stem}.go has no test");
                }
            }
        }
    };
}

programs!(
    valid_statements,
    missing_return,
    missing_return_ok,
    branches,
    branch_targets,
    goto_blocks,
    fallthrough,
    unused_vars,
    expr_stmts,
    go_defer,
    switch_cases,
    type_switches,
    range_errors,
    range_func_errors,
    simple_stmts,
    returns,
    select_stmts,
    closures_and_scopes,
    range_kinds,
    expr_stmts_more,
    switch_cases_more,
    missing_return_labels,
    type_switch_positions,
);
