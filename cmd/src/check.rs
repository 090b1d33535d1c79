//! `gorun check [--syntax-only] PATH...`: parse (and, later, type-check)
//! Go packages and print diagnostics in gc's format to stderr.
//!
//! PATH is a `.go` file, a directory (its `.go` files, one package), or
//! `DIR/...` (every directory below DIR, skipping `testdata` and directories
//! whose names start with `_` or `.`, as the go tool does). Exit status: 0
//! without diagnostics, 1 with, 2 for a usage error.
//!
//! Files are parsed in parallel, one worker per available core; output is
//! in the order of the files, whatever order the workers finish in.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use gorun_frontend::source::{FileSet, Pos};
use gorun_frontend::syntax::{self, ast::NodeIds};

struct Options {
    syntax_only: bool,
    paths: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        syntax_only: false,
        paths: Vec::new(),
    };
    for a in args {
        match a.as_str() {
            "--syntax-only" | "-syntax-only" => o.syntax_only = true,
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown flag {s}")),
            s => o.paths.push(s.to_string()),
        }
    }
    if o.paths.is_empty() {
        return Err("no paths given".to_string());
    }
    Ok(o)
}

pub fn main(args: &[String]) -> ExitCode {
    let opts = match parse_args(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("gorun check: {e}\nusage: gorun check [--syntax-only] PATH...");
            return ExitCode::from(2);
        }
    };
    if !opts.syntax_only {
        // The type checker is not wired in yet: parse only.
    }
    let mut files = Vec::new();
    for p in &opts.paths {
        if let Err(e) = expand(p, &mut files) {
            eprintln!("gorun check: {e}");
            return ExitCode::from(2);
        }
    }
    let outputs = parse_all(&files);
    let mut any = false;
    for out in outputs {
        if !out.is_empty() {
            any = true;
            eprint!("{out}");
        }
    }
    if any {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Adds the Go files named by one PATH argument.
fn expand(p: &str, files: &mut Vec<PathBuf>) -> Result<(), String> {
    if let Some(root) = p
        .strip_suffix("/...")
        .or_else(|| (p == "...").then_some("."))
    {
        let root = if root.is_empty() { "/" } else { root };
        let mut dirs = Vec::new();
        walk(Path::new(root), &mut dirs).map_err(|e| format!("{root}: {e}"))?;
        for d in dirs {
            go_files(&d, files).map_err(|e| format!("{}: {e}", d.display()))?;
        }
        return Ok(());
    }
    let path = Path::new(p);
    let meta = std::fs::metadata(path).map_err(|e| format!("{p}: {e}"))?;
    if meta.is_dir() {
        go_files(path, files).map_err(|e| format!("{p}: {e}"))
    } else {
        files.push(path.to_path_buf());
        Ok(())
    }
}

fn skipped(name: &str) -> bool {
    name == "testdata" || name.starts_with('_') || name.starts_with('.')
}

/// Every directory at and below `dir` that the go tool would visit, sorted.
fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    out.push(dir.to_path_buf());
    let mut subs: Vec<PathBuf> = Vec::new();
    for ent in std::fs::read_dir(dir)? {
        let ent = ent?;
        let name = ent.file_name();
        let name = name.to_string_lossy();
        if ent.file_type()?.is_dir() && !skipped(&name) {
            subs.push(ent.path());
        }
    }
    subs.sort();
    for s in subs {
        walk(&s, out)?;
    }
    Ok(())
}

/// The `.go` files of one directory, sorted (files starting with `_` or `.`
/// are ignored, as by the go tool).
fn go_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut v = Vec::new();
    for ent in std::fs::read_dir(dir)? {
        let ent = ent?;
        let name = ent.file_name();
        let name = name.to_string_lossy();
        if name.ends_with(".go") && !skipped(&name) && ent.file_type()?.is_file() {
            v.push(ent.path());
        }
    }
    v.sort();
    out.extend(v);
    Ok(())
}

/// Parses every file on all cores; returns each file's rendered diagnostics.
fn parse_all(files: &[PathBuf]) -> Vec<String> {
    let n = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, String)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..n)
            .map(|_| {
                std::thread::Builder::new()
                    // Deeply nested input makes deep ASTs; dropping them recurses.
                    .stack_size(256 << 20)
                    .spawn_scoped(s, || {
                        let mut mine = Vec::new();
                        loop {
                            let i = next.fetch_add(1, Ordering::Relaxed);
                            let Some(path) = files.get(i) else { break };
                            mine.push((i, check_file(path)));
                        }
                        mine
                    })
            })
            .collect();
        workers
            .into_iter()
            .filter_map(|w| w.ok())
            .flat_map(|w| w.join().unwrap_or_default())
            .collect()
    });
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|r| r.1).collect()
}

/// Parses one file; returns its diagnostics, one line each.
fn check_file(path: &Path) -> String {
    let name = path.to_string_lossy().into_owned();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return format!("{name}: {e}\n"),
    };
    let fset = FileSet::new();
    let (text, bad_utf8) = match String::from_utf8(bytes) {
        Ok(s) => (s, None),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), Some(at))
        }
    };
    let id = fset.add_file(name, text);
    let mut ids = NodeIds::new();
    let (_file, diags) = syntax::parse_file(&fset, id, &mut ids);
    let mut out = String::new();
    if let Some(at) = bad_utf8 {
        let base = fset.file(id).base;
        let d =
            gorun_frontend::diag::Diagnostic::new(Pos(base + at as u32), "invalid UTF-8 encoding");
        out.push_str(&d.render(&fset));
        out.push('\n');
    }
    for d in diags {
        out.push_str(&d.render(&fset));
        out.push('\n');
    }
    out
}
