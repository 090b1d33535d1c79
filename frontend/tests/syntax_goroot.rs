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

/// With `GOROOT_SRC` and `GO` (a go binary) set: our AST of every file,
/// rendered by syntax::dump with every expression's start offset, equals
/// go/parser's, rendered the same way by `syntax_data/astdump.go`.
#[test]
fn goroot_asts_equal_go_parser_asts() {
    let (Some(root), Some(go)) = (std::env::var_os("GOROOT_SRC"), std::env::var_os("GO")) else {
        eprintln!("GOROOT_SRC or GO not set: skipped");
        return;
    };
    let mut files = Vec::new();
    walk(Path::new(&root), &mut files);
    let tool = std::env::temp_dir().join(format!("gorun-astdump-{}", std::process::id()));
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/syntax_data/astdump.go");
    let built = std::process::Command::new(&go)
        .args(["build", "-o"])
        .arg(&tool)
        .arg(src)
        .status()
        .is_ok_and(|s| s.success());
    assert!(built, "could not build astdump.go");
    let mut differ = Vec::new();
    for chunk in files.chunks(500) {
        let out = std::process::Command::new(&tool)
            .env("ASTDUMP_POSITIONS", "1")
            .args(chunk)
            .output()
            .expect("astdump runs");
        let theirs = String::from_utf8_lossy(&out.stdout);
        // "=== PATH" lines (for paths of this chunk only: literals may
        // contain such text) start each file's dump.
        let names: std::collections::HashSet<String> = chunk
            .iter()
            .map(|p| p.to_string_lossy().into_owned())
            .collect();
        let mut expected: std::collections::HashMap<String, String> =
            std::collections::HashMap::new();
        let mut current: Option<String> = None;
        for line in theirs.split('\n') {
            if let Some(path) = line.strip_prefix("=== ").filter(|p| names.contains(*p)) {
                current = Some(path.to_string());
                expected.insert(path.to_string(), String::new());
            } else if let Some(body) = current.as_ref().and_then(|c| expected.get_mut(c)) {
                if !body.is_empty() {
                    body.push('\n');
                }
                body.push_str(line);
            }
        }
        for v in expected.values_mut() {
            let t = v.trim_end().len();
            v.truncate(t);
        }
        for path in chunk {
            let key = path.to_string_lossy().into_owned();
            let Some(want) = expected.get(&key) else {
                continue;
            };
            let Ok(text) = std::fs::read_to_string(path) else {
                continue;
            };
            let fset = FileSet::new();
            let id = fset.add_file(key.clone(), text);
            let mut ids = NodeIds::new();
            let (f, _) = parse_file(&fset, id, &mut ids);
            let base = fset.file(id).base;
            if gorun_frontend::syntax::dump::file_with_positions(&f, base) != *want {
                differ.push(key);
            }
        }
    }
    let _ = std::fs::remove_file(&tool);
    eprintln!("{} files compared", files.len());
    assert!(
        differ.is_empty(),
        "{} files differ from go/parser: {:?}",
        differ.len(),
        &differ[..differ.len().min(20)]
    );
}
