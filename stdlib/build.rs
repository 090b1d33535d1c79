//! Embeds every Go file of `stdlib/go/` into the crate: writes
//! `$OUT_DIR/packages.rs`, a table of packages sorted by import path whose
//! sources are `include_str!`s, so editing a file rebuilds the crate and
//! adding one is picked up by the directory scan below. Beside each file,
//! its top-level declarations as `src/decls.rs` finds them, encoded
//! (`include_bytes!`), so pruning never scans the standard library.

#[allow(dead_code)]
#[path = "src/decls.rs"]
mod decls;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("go");
    // Cargo scans a directory given here for changes, recursively, so new
    // and removed files trigger a rebuild too.
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed=src/decls.rs");

    let mut packages = Vec::new();
    collect(&root, &root, &mut packages);
    packages.sort();

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap());
    let mut out = String::from("pub(crate) static PACKAGES: &[Package] = &[\n");
    for (path, files) in &packages {
        let mut entries = String::new();
        let mut pkg_name = String::new();
        for file in files {
            let name = file.file_name().unwrap().to_str().unwrap();
            let abs = file.to_str().expect("stdlib/go paths are UTF-8");
            let src = fs::read_to_string(file).unwrap();
            let toks = decls::scan(&src);
            let (pkg, ds) = decls::split_decls(&src, &toks);
            if pkg_name.is_empty() {
                pkg_name = pkg.to_string();
            }
            let blob = out_dir.join(format!("{}__{name}.decls", path.replace('/', "_")));
            fs::write(&blob, decls::encode(&src, &ds)).unwrap();
            let blob = blob.to_str().expect("OUT_DIR is UTF-8");
            entries.push_str(&format!(
                "            SourceFile {{ name: {name:?}, src: include_str!({abs:?}), decls: include_bytes!({blob:?}) }},\n"
            ));
        }
        out.push_str(&format!(
            "    Package {{\n        path: {path:?},\n        name: {pkg_name:?},\n        files: &[\n{entries}        ],\n    }},\n"
        ));
    }
    out.push_str("];\n");

    let dest = out_dir.join("packages.rs");
    let mut f = fs::File::create(dest).unwrap();
    f.write_all(out.as_bytes()).unwrap();
}

/// Adds to `packages` every directory under `dir` that holds `.go` files
/// (test files excluded), with its import path relative to `root`.
fn collect(root: &Path, dir: &Path, packages: &mut Vec<(String, Vec<PathBuf>)>) {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let mut files = Vec::new();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, packages);
        } else if let Some(name) = path.file_name().and_then(|n| n.to_str())
            && name.ends_with(".go")
            && !name.ends_with("_test.go")
        {
            files.push(path);
        }
    }
    if !files.is_empty() {
        let rel = dir.strip_prefix(root).unwrap();
        let import_path: Vec<&str> = rel.iter().map(|c| c.to_str().unwrap()).collect();
        packages.push((import_path.join("/"), files));
    }
}
