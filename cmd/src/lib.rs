//! The gorun command's library: loading and checking packages, shared by
//! the `gorun` binary's subcommands and its tests.

pub mod buildctx;
pub mod loader;
