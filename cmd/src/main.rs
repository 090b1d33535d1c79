//! The `gorun` command.
//!
//! Subcommands so far: `check`. Each subcommand lives in its own module and
//! takes the arguments after its name.

mod check;

use std::process::ExitCode;

const USAGE: &str = "usage: gorun [--emit=clif] FILE.go|DIR|- [args...]\n       gorun check [--syntax-only] PATH...\n       gorun test [-v] [-run=SUBSTR] [DIR]";

/// A bug in gorun is reported as gc reports its own (an "internal compiler
/// error", exit 1) or, once the program runs, as Go's runtime reports a
/// fatal error (exit 2), never as a Rust panic message. RUST_BACKTRACE
/// adds the Rust backtrace for us.
fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown".to_string());
        let at = info
            .location()
            .map(|l| format!(" [{}:{}]", l.file(), l.line()))
            .unwrap_or_default();
        let compiling = std::thread::current().name() == Some("gorun-frontend");
        if compiling {
            eprintln!("<unknown line number>: internal compiler error: {msg}{at}");
            eprintln!();
            eprintln!(
                "Please file a bug report including a short program that triggers the error."
            );
        } else {
            eprintln!("fatal error: gorun internal error: {msg}{at}");
        }
        if std::env::var_os("RUST_BACKTRACE").is_some() {
            eprintln!("{}", std::backtrace::Backtrace::force_capture());
        }
        std::process::exit(if compiling { 1 } else { 2 });
    }));
}

fn main() -> ExitCode {
    install_panic_hook();
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check::main(&args[1..]),
        Some("test") => gorun::test::main(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("--emit=clif") if args.len() >= 2 => {
            gorun::run::run(&args[1], gorun::run::RunOptions { emit_clif: true })
        }
        Some(t) if t.ends_with(".go") || t == "-" || std::path::Path::new(t).is_dir() => {
            gorun::run::run(t, gorun::run::RunOptions { emit_clif: false })
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
