//! Go's standard library for gorun. Each package's API is declared in Go
//! syntax under `stdlib/go/<import path>/`, so adding a package is adding Go
//! files; bodies are written in Go there, or natively in Rust in this crate.
