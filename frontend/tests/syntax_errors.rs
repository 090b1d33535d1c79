//! Syntax errors against the real compiler: each `syntax_data/errors/NAME.go`
//! has beside it `NAME.errors`, gc's diagnostics for it (from
//! `goref errors`, type errors removed). We must report gc's first error
//! exactly, and nothing gc does not report (gc sometimes adds a follow-up
//! error where our recovery has none).

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;

#[test]
fn syntax_errors_match_gc() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax_data/errors");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .expect("errors dir")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    assert!(names.len() >= 30);
    let mut failures = Vec::new();
    for name in names {
        let src = std::fs::read_to_string(format!("{dir}/{name}")).expect("source");
        let want = std::fs::read_to_string(format!("{dir}/{}", name.replace(".go", ".errors")))
            .expect("errors");
        let want: Vec<&str> = want.lines().collect();
        let fset = FileSet::new();
        let id = fset.add_file(name.clone(), src);
        let mut ids = NodeIds::new();
        let (_f, diags) = parse_file(&fset, id, &mut ids);
        let got: Vec<String> = diags.iter().map(|d| d.render(&fset)).collect();
        let first_ok = got.first().map(String::as_str) == want.first().copied();
        let subset = got.iter().all(|g| want.contains(&g.as_str()));
        if !first_ok || !subset {
            failures.push(format!("{name}:\n  gc:   {want:?}\n  ours: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Messages that come from gc's scanner and parser (rather than its type
/// checker), by their wording.
fn is_syntax_phase(msg: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "syntax error:",
        "newline in ",
        "string not terminated",
        "rune literal not terminated",
        "empty rune literal",
        "more than one character in rune literal",
        "invalid character",
        "invalid digit",
        "invalid radix point",
        "'_' must separate",
        "unknown escape",
        "octal escape value",
        "escape is invalid",
        "hexadecimal mantissa",
        "hexadecimal literal has no digits",
        "binary literal has no digits",
        "octal literal has no digits",
        "decimal literal has no digits",
        "exponent has no digits",
        "'e' exponent",
        "'p' exponent",
        "'E' exponent",
        "'P' exponent",
        "comment not terminated",
        "invalid NUL character",
        "invalid BOM",
        "identifier cannot begin with digit",
        "expression in go must",
        "expression in defer must",
        "method has no receiver",
        "method has multiple receivers",
        "middle index required",
        "final index required",
        "can only use ... with final parameter",
        "invalid use of ...",
        "range clause permits at most two iteration variables",
        "expected 'package'",
    ];
    PREFIXES.iter().any(|p| msg.starts_with(p))
}

/// The project's own error suite (`testdata/errors/`, expectations from the
/// real compiler): the diagnostics we produce before type checking are
/// exactly gc's syntax-phase diagnostics, file by file.
#[test]
fn testdata_errors_syntax_phase_matches_gc() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/errors");
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<String> = rd
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".go"))
        .collect();
    names.sort();
    let mut failures = Vec::new();
    for name in &names {
        let Ok(src) = std::fs::read_to_string(format!("{dir}/{name}")) else {
            continue;
        };
        let Ok(want) = std::fs::read_to_string(format!("{dir}/{}", name.replace(".go", ".errors")))
        else {
            continue;
        };
        let want: Vec<&str> = want
            .lines()
            .filter(|l| {
                let msg = l.splitn(4, ':').nth(3).map_or("", str::trim_start);
                is_syntax_phase(msg)
            })
            .collect();
        let fset = FileSet::new();
        let id = fset.add_file(name.clone(), src);
        let mut ids = NodeIds::new();
        let (_f, diags) = parse_file(&fset, id, &mut ids);
        let got: Vec<String> = diags.iter().map(|d| d.render(&fset)).collect();
        if got != want {
            failures.push(format!("{name}:\n  gc:   {want:?}\n  ours: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
