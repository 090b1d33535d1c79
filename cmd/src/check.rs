//! `gorun check [--syntax-only] PATH...`: parse and type-check Go packages
//! and print diagnostics in gc's format to stderr.
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

use gorun_frontend::diag::Diagnostic;
use gorun_frontend::source::{FileSet, Pos};
use gorun_frontend::syntax::{self, ast::NodeIds};

struct Options {
    syntax_only: bool,
    /// Print each file's AST (syntax::dump) to stdout, for debugging and for
    /// comparison with go/ast.
    dump_ast: bool,
    /// With `dump_ast`: each expression's start offset too.
    dump_positions: bool,
    paths: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut o = Options {
        syntax_only: false,
        dump_ast: false,
        dump_positions: false,
        paths: Vec::new(),
    };
    for a in args {
        match a.as_str() {
            "--syntax-only" | "-syntax-only" => o.syntax_only = true,
            "--dump-ast" => o.dump_ast = true,
            "--dump-ast-positions" => {
                o.dump_ast = true;
                o.dump_positions = true;
            }
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
    if !opts.syntax_only && !opts.dump_ast {
        return type_check(&opts.paths);
    }
    let mut files = Vec::new();
    for p in &opts.paths {
        if let Err(e) = expand(p, &mut files) {
            eprintln!("gorun check: {e}");
            return ExitCode::from(2);
        }
    }
    let dump = match (opts.dump_ast, opts.dump_positions) {
        (false, _) => Dump::None,
        (true, false) => Dump::Shape,
        (true, true) => Dump::Positions,
    };
    let outputs = parse_all(&files, dump);
    if opts.dump_ast {
        for (_, dumped) in &outputs {
            print!("{dumped}");
        }
    }
    let mut any = false;
    // gc compiles a package at a time and stops after 10 errors with
    // "too many errors" at the position of the tenth; do the same per
    // directory.
    let mut i = 0;
    while i < files.len() {
        let dir = files[i].parent();
        let mut lines: Vec<&str> = Vec::new();
        while i < files.len() && files[i].parent() == dir {
            lines.extend(outputs[i].0.lines());
            i += 1;
        }
        any |= !lines.is_empty();
        for (n, l) in lines.iter().enumerate() {
            eprintln!("{l}");
            if n + 1 == MAX_ERRORS {
                if let Some(pos) = position_prefix(l) {
                    eprintln!("{pos}: too many errors");
                }
                break;
            }
        }
    }
    if any {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Parses and type-checks the packages named by `paths`: each directory
/// is a package (its files under the build constraints), and `.go` files
/// named together form one package per directory, as `go build` takes
/// them. Diagnostics of a failing package follow a `# PACKAGE` line, as
/// `go build` prints them.
fn type_check(paths: &[String]) -> ExitCode {
    let mut packages: Vec<(String, Vec<PathBuf>, bool)> = Vec::new();
    for p in paths {
        let before = packages.len();
        let mut files = Vec::new();
        if let Err(e) = expand(p, &mut files) {
            eprintln!("gorun check: {e}");
            return ExitCode::from(2);
        }
        let is_file = Path::new(p).is_file();
        for f in files {
            let dir = f.parent().map(Path::to_path_buf).unwrap_or_default();
            let label = if is_file {
                "command-line-arguments".to_string()
            } else {
                gorun::display_path(&dir)
            };
            match packages[before..]
                .iter_mut()
                .find(|(l, fs, _)| *l == label && fs[0].parent() == Some(&dir))
            {
                Some((_, fs, _)) => fs.push(f),
                None => packages.push((label, vec![f], !is_file)),
            }
        }
    }
    let mut failed = false;
    for (label, files, whole_dir) in packages {
        let res = gorun::with_big_stack(move || {
            let sources = if whole_dir {
                let dir = files[0].parent().map(Path::to_path_buf).unwrap_or_default();
                gorun::loader::Loader::read_dir(&dir)
                    .map_err(|e| vec![format!("{}: {e}", dir.display())])?
            } else {
                let mut v = Vec::new();
                for f in &files {
                    let src =
                        std::fs::read(f).map_err(|e| vec![format!("{}: {e}", f.display())])?;
                    v.push((
                        gorun::display_path(f),
                        String::from_utf8_lossy(&src).into_owned(),
                    ));
                }
                v
            };
            if sources.is_empty() {
                return Ok(());
            }
            let mut l = gorun::loader::Loader::new();
            let path = if label == "command-line-arguments" {
                "main".to_string()
            } else {
                label.clone()
            };
            match l.load(&path, sources, gorun_frontend::types::Config::default()) {
                Ok(_) => Ok(()),
                Err(e) => {
                    let mut out = vec![format!("# {label}")];
                    out.extend(l.render(&e.diags));
                    Err(out)
                }
            }
        });
        if let Err(lines) = res {
            failed = true;
            for l in lines {
                eprintln!("{l}");
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// What `--dump-ast` prints.
#[derive(Copy, Clone, PartialEq, Eq)]
enum Dump {
    None,
    Shape,
    Positions,
}

/// gc's limit on reported errors per package.
const MAX_ERRORS: usize = 10;

/// `file:line:col` of a rendered diagnostic.
fn position_prefix(line: &str) -> Option<&str> {
    line.match_indices(": ").next().map(|(i, _)| &line[..i])
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

/// Parses every file on all cores; returns each file's rendered diagnostics
/// and, when asked, its AST dump.
fn parse_all(files: &[PathBuf], dump: Dump) -> Vec<(String, String)> {
    let n = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, (String, String))> = std::thread::scope(|s| {
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
                            mine.push((i, check_file(path, dump)));
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
    // A file whose worker died (a bug: the frontend must not panic) must
    // not pass silently.
    let mut out: Vec<(String, String)> = vec![(String::new(), String::new()); files.len()];
    let mut seen = vec![false; files.len()];
    for (i, r) in results {
        seen[i] = true;
        out[i] = r;
    }
    for (i, ok) in seen.iter().enumerate() {
        if !ok {
            out[i].0 = format!(
                "{}: internal error: the parser failed on this file\n",
                files[i].display()
            );
        }
    }
    out
}

/// Parses one file; returns its diagnostics, one line each, and its dump.
fn check_file(path: &Path, dump: Dump) -> (String, String) {
    let name = path.to_string_lossy().into_owned();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => return (format!("{name}: {e}\n"), String::new()),
    };
    let fset = FileSet::new();
    // gc reports each byte that is not UTF-8 and skips it. Put a NUL in its
    // place (one byte, so columns stay right), and word the lexer's NUL
    // errors there as gc's.
    let (text, bad_utf8) = sanitize_utf8(bytes);
    let id = fset.add_file(name, text);
    let mut ids = NodeIds::new();
    let (file, mut diags) = syntax::parse_file(&fset, id, &mut ids);
    let dumped = match dump {
        Dump::None => String::new(),
        Dump::Shape => format!("=== {}\n{}\n", path.display(), syntax::dump::file(&file)),
        Dump::Positions => {
            let base = fset.file(id).base;
            format!(
                "=== {}\n{}\n",
                path.display(),
                syntax::dump::file_with_positions(&file, base)
            )
        }
    };
    if !bad_utf8.is_empty() {
        let base = fset.file(id).base;
        let bad: std::collections::HashSet<u32> =
            bad_utf8.iter().map(|&o| base + o as u32).collect();
        diags.retain(|d| !(bad.contains(&d.pos.0) && d.msg == "invalid NUL character"));
        for &o in &bad_utf8 {
            diags.push(Diagnostic::new(
                Pos(base + o as u32),
                "invalid UTF-8 encoding",
            ));
        }
    }
    gorun_frontend::diag::sort_and_dedup(&mut diags, &fset);
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.render(&fset));
        out.push('\n');
    }
    (out, dumped)
}

/// The text of a file, with each byte that is not part of valid UTF-8
/// replaced by NUL, and the offsets of those bytes.
fn sanitize_utf8(bytes: Vec<u8>) -> (String, Vec<usize>) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, Vec::new()),
        Err(e) => {
            let mut bytes = e.into_bytes();
            let mut bad = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                match std::str::from_utf8(&bytes[i..]) {
                    Ok(_) => break,
                    Err(e) => {
                        let at = i + e.valid_up_to();
                        let n = e.error_len().unwrap_or(bytes.len() - at).max(1);
                        bytes[at..at + n].fill(0);
                        bad.extend(at..at + n);
                        i = at + n;
                    }
                }
            }
            (String::from_utf8(bytes).unwrap_or_default(), bad)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_dot_dot_skips_testdata_underscore_and_dot_directories() {
        let root = std::env::temp_dir().join(format!("gorun-check-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        for d in ["a", "a/b", "a/testdata", "a/_x", "a/.git", "c"] {
            std::fs::create_dir_all(root.join(d)).unwrap_or_default();
        }
        for f in [
            "a/1.go",
            "a/b/2.go",
            "a/testdata/3.go",
            "a/_x/4.go",
            "a/.git/5.go",
            "c/6.go",
            "c/_7.go",
            "c/8.txt",
        ] {
            std::fs::write(root.join(f), "package p\n").unwrap_or_default();
        }
        let mut files = Vec::new();
        let pattern = format!("{}/...", root.display());
        assert!(expand(&pattern, &mut files).is_ok());
        let names: Vec<String> = files
            .iter()
            .map(|p| {
                p.strip_prefix(&root)
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(names, ["a/1.go", "a/b/2.go", "c/6.go"]);
        let mut files = Vec::new();
        assert!(expand(&root.join("c").display().to_string(), &mut files).is_ok());
        assert_eq!(files.len(), 1);
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn invalid_utf8_bytes_become_nul_in_place() {
        let (s, bad) = sanitize_utf8(b"a\xffb\xe2\x82c".to_vec());
        assert_eq!(s, "a\0b\0\0c");
        assert_eq!(bad, [1, 3, 4]);
    }

    #[test]
    fn position_prefix_is_file_line_col() {
        assert_eq!(
            position_prefix("x.go:3:4: syntax error: unexpected ;"),
            Some("x.go:3:4")
        );
    }
}
