//! The `gorun` command.
//!
//! Subcommands so far: `check`. Each subcommand lives in its own module and
//! takes the arguments after its name.

mod check;

use std::process::ExitCode;

const USAGE: &str = "usage: gorun [--emit=clif] FILE.go|DIR|- [args...]\n       gorun check [--syntax-only] PATH...\n       gorun test [-v] [-run=SUBSTR] [DIR]";

fn main() -> ExitCode {
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
