//! `gorun FILE.go [args...]`, `gorun DIR [args...]`, `gorun - [args...]`:
//! load the main package, compile it, and run it on the runtime.
//!
//! A program run before starts from its cached image (`cache.rs`) without
//! being compiled. Compile errors print as `go run` prints them (`# command-line-arguments`
//! then gc's diagnostics) and exit 1; the program's own exit status is the
//! process's.

use std::io::Read;
use std::path::Path;
use std::process::ExitCode;

use gorun_frontend::types::Config;

use gorun_jit::CompileError;

use crate::cache;
use crate::loader::{Loader, SourceFiles};
use crate::prune::KeptBodies;

/// Where `gorun` finds the native bodies of the standard library.
fn natives(name: &str) -> Option<(*const u8, &'static str)> {
    gorun_stdlib::native::native(name).map(|n| (n.code, n.sig))
}

/// Options of a run.
pub struct RunOptions {
    pub emit_clif: bool,
}

/// Reads the main package named by `target`.
fn sources(target: &str) -> Result<SourceFiles, String> {
    if target == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| e.to_string())?;
        return Ok(vec![("./-".into(), s)]);
    }
    let p = Path::new(target);
    if p.is_dir() {
        let files = Loader::read_dir(p).map_err(|e| format!("{target}: {e}"))?;
        if files.is_empty() {
            return Err(format!("no Go files in {target}"));
        }
        return Ok(files);
    }
    let src = std::fs::read(p)
        .map_err(|e| format!("open {target}: {}", e.kind().to_string().to_lowercase()))?;
    Ok(vec![(
        crate::display_path(p),
        String::from_utf8_lossy(&src).into_owned(),
    )])
}

/// Why a compile did not give a program.
enum Failure {
    /// Messages to print and the exit status.
    Exit(Vec<String>, u8),
    /// The standard library was pruned too far (see `prune/`).
    NeedBodies(Vec<(String, String, String)>),
}

/// Loads, checks and compiles the main package, keeping `kept_bodies` in
/// the pruned standard library; the entry of the compiled program.
fn compile(
    files: SourceFiles,
    kept_bodies: &KeptBodies,
    emit: bool,
    cache: Option<&cache::Entry>,
) -> Result<(usize, usize, usize), Failure> {
    let mut l = Loader::new();
    l.kept_bodies = kept_bodies.clone();
    l.plan_pruning(&files);
    // Every program links the runtime package (its panic values).
    if let Err(e) = l.import("runtime") {
        return Err(Failure::Exit(vec![format!("runtime: {e}")], 2));
    }
    if let Err(e) = l.load("main", files, Config::default()) {
        let mut out = vec!["# command-line-arguments".to_string()];
        out.extend(l.render(&e.diags));
        return Err(Failure::Exit(out, 1));
    }
    let pkgs: Vec<(
        gorun_frontend::types::PkgId,
        &[gorun_frontend::syntax::ast::File],
    )> = l
        .packages
        .iter()
        .map(|p| (p.pkg, p.files.as_slice()))
        .collect();
    let compiled = match gorun_jit::compile(&mut l.prog, &l.fset, &pkgs, natives, emit) {
        Ok(c) => c,
        Err(CompileError::Errors(e)) => return Err(Failure::Exit(e, 2)),
        Err(CompileError::NeedBodies(b)) => return Err(Failure::NeedBodies(b)),
    };
    if let Some(c) = &compiled.clif {
        print!("{c}");
    }
    // The cache is an optimization: failing to save only costs a compile
    // next time.
    if let Some(e) = cache
        && let Ok(true) = compiled.save_image(&e.path, &e.key)
    {
        cache::debug(|| format!("saved {}", e.path.display()));
        if let Some(dir) = e.path.parent() {
            cache::trim(dir);
        }
    }
    let entry = compiled.into_entry();
    // The program's syntax trees and types stay alive with it.
    std::mem::forget(l);
    Ok(entry)
}

/// Compiles and runs; returns only on failure to start.
pub fn run(target: &str, opts: RunOptions) -> ExitCode {
    let files = match sources(target) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let emit = opts.emit_clif;
    let cache = if emit { None } else { cache::entry(&files) };
    if let Some(e) = &cache
        && let Some(entry) = gorun_jit::load_image(&e.path, &e.key, natives)
    {
        cache::debug(|| format!("loaded {}", e.path.display()));
        cache::touch(&e.path);
        // SAFETY: the entry of an image the same program saved.
        unsafe { gorun_jit::Compiled::run_entry(entry) }
    }
    // The frontend and the JIT run on a large-stack thread; the program then
    // runs on this (the main) thread.
    let res = crate::with_big_stack(move || {
        let mut kept_bodies = KeptBodies::default();
        loop {
            match compile(files.clone(), &kept_bodies, emit, cache.as_ref()) {
                Err(Failure::NeedBodies(more)) => {
                    // Each round keeps more, so this ends.
                    let before = kept_bodies.len();
                    kept_bodies.extend(more);
                    if kept_bodies.len() == before {
                        let msg = "gorun: the pruned standard library lacks a method body";
                        return Err((vec![msg.to_string()], 2));
                    }
                }
                Err(Failure::Exit(lines, code)) => return Err((lines, code)),
                Ok(entry) => return Ok(entry),
            }
        }
    });
    match res {
        Ok(entry) => {
            if emit {
                return ExitCode::SUCCESS;
            }
            // SAFETY: the entry comes from a successful compile.
            unsafe { gorun_jit::Compiled::run_entry(entry) }
        }
        Err((lines, code)) => {
            for l in lines {
                eprintln!("{l}");
            }
            ExitCode::from(code)
        }
    }
}
