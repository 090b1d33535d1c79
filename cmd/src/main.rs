//! The `gorun` command.

fn main() {
    eprintln!("gorun: not yet implemented");
    std::process::exit(2);
}
