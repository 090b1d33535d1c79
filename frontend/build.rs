//! Generates the LALR(1) parser from `src/syntax/grammar.lalrpop` into OUT_DIR.

fn main() {
    let out = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_string());
    if let Err(e) = lalrpop::Configuration::new()
        .set_out_dir(format!("{out}/syntax"))
        .emit_rerun_directives(true)
        .process_file("src/syntax/grammar.lalrpop")
    {
        eprintln!("lalrpop: {e}");
        std::process::exit(1);
    }
}
