//! Go's standard library for gorun. Each package's API is declared in Go
//! syntax under `stdlib/go/<import path>/`, so adding a package is adding Go
//! files; bodies are written in Go there, or natively in Rust in this crate.
//!
//! The Go files are embedded at build time (see `build.rs`); the importer
//! that `cmd` hands to the frontend serves them through [`package`].

/// A package of the standard library: its import path and its Go files.
#[derive(Debug)]
pub struct Package {
    /// The import path, such as `"fmt"` or `"sync/atomic"`.
    pub path: &'static str,
    /// The name its files declare (`package fmt`), which an import without
    /// a name binds.
    pub name: &'static str,
    /// The package's files, sorted by name.
    pub files: &'static [SourceFile],
}

/// One Go source file of a [`Package`].
#[derive(Debug)]
pub struct SourceFile {
    /// The file name within the package directory, such as `"fmt.go"`.
    pub name: &'static str,
    /// The file's Go source.
    pub src: &'static str,
    /// Its top-level declarations, [`decls::encode`]d at build time.
    pub decls: &'static [u8],
}

include!(concat!(env!("OUT_DIR"), "/packages.rs"));

pub mod atomic;
pub mod decls;
pub mod fmt;
pub mod goabi;
pub mod gomem;
pub mod math;
pub mod native;
pub mod os;
pub mod reflectlite;
pub mod runtime;
pub mod strconv;
pub mod sync;
pub mod syscall;
pub mod time;

/// The package with import path `path`, if the standard library has it.
pub fn package(path: &str) -> Option<&'static Package> {
    PACKAGES
        .binary_search_by(|p| p.path.cmp(path))
        .ok()
        .map(|i| &PACKAGES[i])
}

/// Every package, sorted by import path.
pub fn packages() -> &'static [Package] {
    PACKAGES
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packages the issue asks for, and those their exported API refers to.
    const REQUIRED: &[&str] = &[
        "bufio",
        "bytes",
        "cmp",
        "errors",
        "fmt",
        "io",
        "io/fs",
        "iter",
        "maps",
        "math",
        "math/bits",
        "math/rand",
        "os",
        "runtime",
        "runtime/debug",
        "slices",
        "sort",
        "strconv",
        "strings",
        "sync",
        "sync/atomic",
        "syscall",
        "time",
        "unicode",
        "unicode/utf8",
    ];

    /// The name in a file's package clause, after comments and blank space.
    fn package_clause(src: &str) -> Option<&str> {
        let mut rest = src;
        loop {
            rest = rest.trim_start();
            if let Some(r) = rest.strip_prefix("//") {
                rest = r.split_once('\n').map_or("", |(_, after)| after);
            } else if let Some(r) = rest.strip_prefix("/*") {
                rest = r.split_once("*/")?.1;
            } else {
                break;
            }
        }
        let rest = rest.strip_prefix("package")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        let rest = rest.trim_start();
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        Some(&rest[..end])
    }

    /// The package name an import path calls for: its last element, or the
    /// one before a major-version suffix such as `v2`.
    fn expected_name(path: &str) -> &str {
        let mut elems = path.rsplit('/');
        let last = elems.next().unwrap();
        let versioned = last.len() > 1
            && last.starts_with('v')
            && last[1..].bytes().all(|b| b.is_ascii_digit());
        match elems.next() {
            Some(parent) if versioned => parent,
            _ => last,
        }
    }

    #[test]
    fn every_required_package_is_embedded() {
        for path in REQUIRED {
            let pkg = package(path).unwrap_or_else(|| panic!("{path} is missing"));
            assert_eq!(pkg.path, *path);
            assert!(!pkg.files.is_empty(), "{path} has no files");
        }
    }

    #[test]
    fn unknown_and_builtin_packages_are_absent() {
        assert!(package("nonexistent/pkg").is_none());
        assert!(package("").is_none());
        // unsafe belongs to the checker, not to the library.
        assert!(package("unsafe").is_none());
    }

    #[test]
    fn packages_are_sorted_and_unique() {
        let paths: Vec<&str> = packages().iter().map(|p| p.path).collect();
        assert!(paths.windows(2).all(|w| w[0] < w[1]), "{paths:?}");
        for p in packages() {
            assert!(std::ptr::eq(package(p.path).unwrap(), p));
        }
    }

    #[test]
    fn files_are_go_sources_and_non_empty() {
        for pkg in packages() {
            for f in pkg.files {
                assert!(
                    f.name.ends_with(".go") && !f.name.ends_with("_test.go"),
                    "{}/{}",
                    pkg.path,
                    f.name
                );
                assert!(!f.src.trim().is_empty(), "{}/{} is empty", pkg.path, f.name);
            }
        }
    }

    #[test]
    fn package_clauses_match_import_paths() {
        for pkg in packages() {
            let want = expected_name(pkg.path);
            for f in pkg.files {
                assert_eq!(
                    package_clause(f.src),
                    Some(want),
                    "package clause of {}/{}",
                    pkg.path,
                    f.name
                );
            }
        }
    }

    #[test]
    fn package_clause_skips_comments_and_handles_versions() {
        assert_eq!(
            package_clause("// doc\n/* more */\npackage fmt // x\n"),
            Some("fmt")
        );
        assert_eq!(package_clause("packagefmt"), None);
        assert_eq!(expected_name("math/rand/v2"), "rand");
        assert_eq!(expected_name("sync/atomic"), "atomic");
        assert_eq!(expected_name("v2"), "v2");
    }
}
