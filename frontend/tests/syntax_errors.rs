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
