//! Parses every `.go` file of a Go source tree (`GOROOT_SRC`, e.g.
//! `$(goref root)/src`), skipping `testdata`, `_*` and `.*` directories as
//! the go tool does. Without `GOROOT_SRC` (as on CI, which has no Go) the
//! test does nothing.

use std::path::{Path, PathBuf};

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut ents: Vec<_> = rd.filter_map(Result::ok).collect();
    ents.sort_by_key(|e| e.path());
    for e in ents {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('_') || name.starts_with('.') {
            continue;
        }
        let p = e.path();
        if p.is_dir() {
            if name != "testdata" {
                walk(&p, out);
            }
        } else if name.ends_with(".go") {
            out.push(p);
        }
    }
}

#[test]
fn every_file_of_goroot_src_parses() {
    let Some(root) = std::env::var_os("GOROOT_SRC") else {
        eprintln!("GOROOT_SRC not set: skipped");
        return;
    };
    let mut files = Vec::new();
    walk(Path::new(&root), &mut files);
    assert!(!files.is_empty(), "no .go files under {root:?}");
    let mut failures = Vec::new();
    let mut lines = 0usize;
    for path in &files {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        lines += src.lines().count();
        let fset = FileSet::new();
        let id = fset.add_file(path.to_string_lossy().into_owned(), src);
        let mut ids = NodeIds::new();
        let (_f, diags) = parse_file(&fset, id, &mut ids);
        failures.extend(diags.iter().map(|d| d.render(&fset)));
    }
    eprintln!("{} files, {lines} lines", files.len());
    assert!(
        failures.is_empty(),
        "{} diagnostics:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
