//! Lexer + semicolon pass + parser on arbitrary input: must never panic,
//! hang, or overflow the stack. (The type checker is to be added here.)
#![no_main]

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The FileSet holds text; cmd converts invalid UTF-8 lossily, do the same.
    let src = String::from_utf8_lossy(data).into_owned();
    let fset = FileSet::new();
    let id = fset.add_file("fuzz.go", src);
    let mut ids = NodeIds::new();
    let (_file, _diags) = parse_file(&fset, id, &mut ids);
});
