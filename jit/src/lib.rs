//! The JIT: turns the checked program of `gorun-frontend` into Cranelift IR,
//! links it against `gorun-runtime` and the standard library, and runs it.
//!
//! Not yet filled: it arrives with the issue "`gorun file.go`: Cranelift JIT of
//! checked Go onto the runtime". The design it follows is in DESIGN.md, "JIT":
//! gc's value layouts, a stack-check prologue against `g.stackguard0` in every
//! function and on every loop back-edge, `try_call` for unwinding, a PC table
//! for tracebacks, reachable-only compilation.
