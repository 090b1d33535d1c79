//! The gorun command's library: loading and checking packages, shared by
//! the `gorun` binary's subcommands and its tests.

pub mod buildctx;
pub mod cache;
pub mod loader;
pub mod prune;
pub mod run;
pub mod test;

/// A path as the go command prints it: relative to the current directory
/// when inside it, with `./` for files directly in it.
pub fn display_path(p: &std::path::Path) -> String {
    let abs = std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    if let Ok(cwd) = std::env::current_dir()
        && let Ok(rel) = abs.strip_prefix(&cwd)
    {
        let s = rel.to_string_lossy().into_owned();
        return if s.contains('/') { s } else { format!("./{s}") };
    }
    p.to_string_lossy().into_owned()
}

/// Stack for the frontend's thread. Parsing, checking and dropping syntax
/// trees recurse once per nesting level of the source, and gc accepts
/// expressions nested 100,000 deep; the stack is reserved, not committed,
/// so only what deep programs use is ever touched.
pub const FRONTEND_STACK: usize = 4 << 30;

/// Runs `f` on a thread with [`FRONTEND_STACK`] bytes of stack and returns
/// its result; a panic in `f` is resumed in the caller.
pub fn with_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    let h = std::thread::Builder::new()
        .name("gorun-frontend".into())
        .stack_size(FRONTEND_STACK)
        .spawn(f)
        .expect("spawning the frontend thread");
    match h.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}
