//! The `gorun` command.
//!
//! Subcommands so far: `check`. Each subcommand lives in its own module and
//! takes the arguments after its name.

mod check;

use std::process::ExitCode;

const USAGE: &str = "usage: gorun check [--syntax-only] PATH...";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check::main(&args[1..]),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
