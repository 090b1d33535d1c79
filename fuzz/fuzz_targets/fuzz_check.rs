//! Lexer + parser + type checker on arbitrary input, as `gorun check FILE.go`
//! runs them: the input is one file of package `main`, its imports served
//! from our standard library's Go declarations (`gorun::loader::Loader`),
//! and the whole check runs on a thread with the frontend's big stack
//! (`gorun::with_big_stack`), as the command does. Deep nesting is therefore
//! not a crash here, as it is not for `gorun check`; inputs are capped by
//! `-max_len` (8 KiB in README.md), which bounds the nesting depth well
//! inside that stack even with AddressSanitizer's larger frames.
//!
//! Must never panic, hang or overflow the stack: every input either checks
//! clean or is rejected with diagnostics.
#![no_main]

use gorun::loader::Loader;
use gorun_frontend::types::Config;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // cmd converts invalid UTF-8 lossily; do the same.
    let src = String::from_utf8_lossy(data).into_owned();
    let rendered = gorun::with_big_stack(move || {
        let mut l = Loader::new();
        match l.load("main", vec![("./fuzz.go".into(), src)], Config::default()) {
            Ok(_) => Vec::new(),
            Err(e) => {
                // Rendering sorts and positions the diagnostics: part of
                // what `gorun check` does, so part of what must not panic.
                let lines = l.render(&e.diags);
                assert!(!lines.is_empty(), "a failed load reports a diagnostic");
                lines
            }
        }
    });
    std::hint::black_box(rendered);
});
