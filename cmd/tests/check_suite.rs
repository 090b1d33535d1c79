//! The checker against the compatibility suite: every program of
//! `testdata/` checks without a diagnostic, and every program of
//! `testdata/errors/` gets the real compiler's first diagnostic (position
//! and message, from `NAME.errors`, produced by `goref errors`).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use gorun::loader::Loader;
use gorun_frontend::types::Config;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

fn go_files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    v.sort();
    v
}

/// Checks one file as package main; returns the rendered diagnostics, with
/// file names as gc prints them for a file in the current directory.
fn check(path: &Path) -> Result<Vec<String>, String> {
    let src = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    check_src(path, src)
}

fn check_src(path: &Path, src: String) -> Result<Vec<String>, String> {
    let path = path.to_path_buf();
    gorun::with_big_stack(move || check_src_here(&path, src))
}

fn check_src_here(path: &Path, src: String) -> Result<Vec<String>, String> {
    // As the go command names a file of the current directory.
    let name = format!("./{}", path.file_name().unwrap().to_string_lossy());
    catch_unwind(AssertUnwindSafe(|| {
        let mut l = Loader::new();
        match l.load("main", vec![(name, src)], Config::default()) {
            Ok(_) => Vec::new(),
            Err(e) => l.render(&e.diags),
        }
    }))
    .map_err(|p| {
        p.downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "panic".into())
    })
}

/// Drops a leading directory from a diagnostic line, as `goref errors`
/// writes them.
fn strip_dir(line: &str) -> String {
    let Some(colon) = line.find(".go:") else {
        return line.to_string();
    };
    match line[..colon].rfind('/') {
        Some(slash) => line[slash + 1..].to_string(),
        None => line.to_string(),
    }
}

#[test]
fn valid_programs_check_without_diagnostics() {
    let mut failures = Vec::new();
    let files = go_files(&testdata());
    for f in &files {
        match check(f) {
            Ok(d) if d.is_empty() => {}
            Ok(d) => failures.push(format!("{}: {}", f.display(), d.join(" | "))),
            Err(p) => failures.push(format!("{}: PANIC {p}", f.display())),
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs failed to check",
        failures.len(),
        files.len()
    );
}

#[test]
fn invalid_programs_get_gcs_first_diagnostic() {
    let dir = testdata().join("errors");
    let files = go_files(&dir);
    assert!(
        files.len() >= 80,
        "the errors suite has {} programs",
        files.len()
    );
    let mut failures = Vec::new();
    for f in &files {
        let want = std::fs::read_to_string(f.with_extension("errors")).unwrap_or_default();
        let want = want.lines().next().unwrap_or("").to_string();
        match check(f) {
            Ok(d) => {
                let got = d
                    .first()
                    .and_then(|s| s.lines().next())
                    .map(strip_dir)
                    .unwrap_or_default();
                if got != want {
                    failures.push(format!("{}:\n    want {want}\n    got  {got}", f.display()));
                }
            }
            Err(p) => failures.push(format!("{}:\n    want {want}\n    PANIC {p}", f.display())),
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from gc",
        failures.len(),
        files.len()
    );
}

/// Real standard-library packages from a GOROOT (set `GOROOT_SRC` to its
/// `src` directory) check without false errors, their imports served by
/// our declarations or the same GOROOT. CI has no Go, so it is ignored there.
#[test]
#[ignore = "needs GOROOT_SRC pointing at a real Go's src directory"]
fn goroot_packages_check_clean() {
    let Ok(src) = std::env::var("GOROOT_SRC") else {
        return;
    };
    let src = PathBuf::from(src);
    let pkgs = std::env::var("GOROOT_PKGS")
        .unwrap_or_else(|_| "strings sort container/list unicode/utf8".into());
    let mut failures = Vec::new();
    for path in pkgs.split_whitespace() {
        let files = Loader::read_dir(&src.join(path)).unwrap();
        if files.is_empty() {
            // Build constraints exclude every file (goexperiment-only
            // packages, other systems): nothing to check.
            continue;
        }
        let res = catch_unwind(AssertUnwindSafe(|| {
            let mut l = Loader::new();
            l.goroot = src.parent().map(Path::to_path_buf);
            let cfg = Config {
                allow_missing_bodies: true,
                ..Config::default()
            };
            let mut out = match l.load(path, files, cfg) {
                Ok(_) => Vec::new(),
                Err(e) => l.render(&e.diags),
            };
            out.extend(l.render(&l.import_errors.clone()));
            out
        }));
        match res {
            Ok(d) if d.is_empty() => eprintln!("{path}: ok"),
            Ok(d) => failures.push(format!("{path}:\n  {}", d.join("\n  "))),
            Err(_) => failures.push(format!("{path}: PANIC")),
        }
    }
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(failures.is_empty());
}

/// Nesting as deep as gc accepts (expressions 100,000 operators long,
/// 20,000 parentheses, 5,000 nested blocks) checks without a crash.
#[test]
fn deeply_nested_programs_check() {
    let sum = format!(
        "package main\n\nfunc main() {{\n\tx := 1\n\t_ = {}\n}}\n",
        vec!["x"; 100_000].join(" + ")
    );
    let paren = format!(
        "package main\n\nfunc main() {{\n\t_ = {}1{}\n}}\n",
        "(".repeat(20_000),
        ")".repeat(20_000)
    );
    let ifs = format!(
        "package main\n\nfunc main() {{\n{}\tprintln()\n{}}}\n",
        "\tif true {\n".repeat(5_000),
        "\t}\n".repeat(5_000)
    );
    for (name, src) in [("sum.go", sum), ("paren.go", paren), ("if.go", ifs)] {
        let res = check_src(Path::new(name), src);
        assert_eq!(res, Ok(Vec::new()), "{name}");
    }
}
