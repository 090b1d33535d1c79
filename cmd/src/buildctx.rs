//! Which files of a package directory are part of the build, as the go tool
//! decides for linux/amd64 without cgo: `_test.go` files are not, file
//! names ending in another system's or architecture's suffix are not, and a
//! `//go:build` line must be satisfied by the tags
//! linux, amd64, unix, gc and go1.1 … go1.27.

/// Known GOOS values (go/build's list): a file name ending in `_<goos>` or
/// `_<goos>_<goarch>` is only built there.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

const GOOS: &str = "linux";
const GOARCH: &str = "amd64";
/// The newest language version whose `go1.N` tag is satisfied.
const GO_MINOR: u32 = 27;

/// Whether a build tag holds.
fn tag_holds(tag: &str) -> bool {
    match tag {
        "linux" | "amd64" | "unix" | "gc" => true,
        _ => {
            if let Some(n) = tag.strip_prefix("go1.") {
                return n.parse::<u32>().is_ok_and(|n| n <= GO_MINOR);
            }
            false
        }
    }
}

/// Whether a file named `name` with contents `src` is part of the build.
/// Files that use cgo (`import "C"`) are not: cgo is disabled.
pub fn file_matches(name: &str, src: &str) -> bool {
    if !name.ends_with(".go")
        || name.ends_with("_test.go")
        || name.starts_with('_')
        || name.starts_with('.')
    {
        return false;
    }
    name_matches(name) && constraint_matches(src) && !imports_c(src)
}

/// Whether the file's imports include "C" (a quick scan of the import
/// section: `import "C"` or a line `"C"` inside an import group).
fn imports_c(src: &str) -> bool {
    let mut in_group = false;
    for line in src.lines() {
        let l = line.trim();
        if in_group {
            if l.starts_with(')') {
                in_group = false;
            } else if l == "\"C\"" || l.starts_with("\"C\" ") || l.starts_with("\"C\"//") {
                return true;
            }
            continue;
        }
        if l == "import \"C\"" || l.starts_with("import \"C\" ") || l.starts_with("import \"C\"//")
        {
            return true;
        }
        if l.starts_with("import (") {
            in_group = true;
            continue;
        }
        if l.starts_with("func ")
            || l.starts_with("type ")
            || l.starts_with("var ")
            || l.starts_with("const ")
        {
            return false;
        }
    }
    false
}

/// The file-name rule: `*_GOOS`, `*_GOARCH`, `*_GOOS_GOARCH` (go/build goodOSArchFile).
fn name_matches(name: &str) -> bool {
    let stem = &name[..name.len() - 3];
    let parts: Vec<&str> = stem.split('_').collect();
    // The first element is the file's own name, never a constraint.
    let parts = &parts[1..];
    let n = parts.len();
    if n >= 2 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
        return parts[n - 2] == GOOS && parts[n - 1] == GOARCH;
    }
    if n >= 1 {
        let last = parts[n - 1];
        if KNOWN_OS.contains(&last) {
            return last == GOOS || (GOOS == "android" && last == "linux");
        }
        if KNOWN_ARCH.contains(&last) {
            return last == GOARCH;
        }
    }
    true
}

/// The `//go:build` rule: the line must appear before the package clause,
/// among comments and blank lines only.
fn constraint_matches(src: &str) -> bool {
    let mut in_block = false;
    for line in src.lines() {
        let l = line.trim();
        if in_block {
            if let Some(i) = l.find("*/") {
                in_block = false;
                if !l[i + 2..].trim().is_empty() {
                    return true;
                }
            }
            continue;
        }
        if l.is_empty() {
            continue;
        }
        if let Some(expr) = l.strip_prefix("//go:build") {
            if !expr.starts_with(' ') && !expr.starts_with('\t') {
                continue;
            }
            return eval(expr).unwrap_or(false);
        }
        if l.starts_with("//") {
            continue;
        }
        if let Some(rest) = l.strip_prefix("/*") {
            if !rest.contains("*/") {
                in_block = true;
            }
            continue;
        }
        return true; // reached code: no constraint
    }
    true
}

/// Evaluates a build constraint expression (`||`, `&&`, `!`, parentheses,
/// tags); None if it does not parse.
fn eval(expr: &str) -> Option<bool> {
    let toks = tokenize(expr)?;
    let mut p = Parser { toks, i: 0 };
    let v = p.or()?;
    (p.i == p.toks.len()).then_some(v)
}

#[derive(Debug, PartialEq)]
enum Tok {
    Or,
    And,
    Not,
    LParen,
    RParen,
    Tag(String),
}

fn tokenize(s: &str) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'|' if b.get(i + 1) == Some(&b'|') => {
                out.push(Tok::Or);
                i += 2;
            }
            b'&' if b.get(i + 1) == Some(&b'&') => {
                out.push(Tok::And);
                i += 2;
            }
            b'!' => {
                out.push(Tok::Not);
                i += 1;
            }
            b'(' => {
                out.push(Tok::LParen);
                i += 1;
            }
            b')' => {
                out.push(Tok::RParen);
                i += 1;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.')
                {
                    i += 1;
                }
                out.push(Tok::Tag(s[start..i].to_string()));
            }
            _ => return None,
        }
    }
    Some(out)
}

struct Parser {
    toks: Vec<Tok>,
    i: usize,
}

impl Parser {
    fn or(&mut self) -> Option<bool> {
        let mut v = self.and()?;
        while self.toks.get(self.i) == Some(&Tok::Or) {
            self.i += 1;
            let r = self.and()?;
            v = v || r;
        }
        Some(v)
    }
    fn and(&mut self) -> Option<bool> {
        let mut v = self.not()?;
        while self.toks.get(self.i) == Some(&Tok::And) {
            self.i += 1;
            let r = self.not()?;
            v = v && r;
        }
        Some(v)
    }
    fn not(&mut self) -> Option<bool> {
        match self.toks.get(self.i)? {
            Tok::Not => {
                self.i += 1;
                Some(!self.not()?)
            }
            Tok::LParen => {
                self.i += 1;
                let v = self.or()?;
                if self.toks.get(self.i) != Some(&Tok::RParen) {
                    return None;
                }
                self.i += 1;
                Some(v)
            }
            Tok::Tag(t) => {
                let v = tag_holds(t);
                self.i += 1;
                Some(v)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_select_linux_amd64() {
        assert!(file_matches("a.go", "package a"));
        assert!(file_matches("a_linux.go", "package a"));
        assert!(file_matches("a_amd64.go", "package a"));
        assert!(file_matches("a_linux_amd64.go", "package a"));
        assert!(!file_matches("a_windows.go", "package a"));
        assert!(!file_matches("a_arm64.go", "package a"));
        assert!(!file_matches("a_linux_arm64.go", "package a"));
        assert!(!file_matches("a_test.go", "package a"));
        // Only the suffix after the first element counts.
        assert!(file_matches("linux.go", "package a"));
        assert!(file_matches("x_unknownos.go", "package a"));
    }

    #[test]
    fn build_lines_evaluate_tags() {
        assert!(file_matches("a.go", "//go:build linux\n\npackage a"));
        assert!(!file_matches("a.go", "//go:build windows\n\npackage a"));
        assert!(file_matches(
            "a.go",
            "// Copyright\n\n//go:build unix && !plan9\n\npackage a"
        ));
        assert!(!file_matches("a.go", "//go:build ignore\n\npackage main"));
        assert!(!file_matches("a.go", "//go:build cgo\n\npackage a"));
        assert!(file_matches(
            "a.go",
            "//go:build !cgo || (linux && go1.21)\n\npackage a"
        ));
        assert!(!file_matches("a.go", "//go:build go1.99\n\npackage a"));
        // A constraint after the package clause does not count.
        assert!(file_matches("a.go", "package a\n//go:build windows\n"));
        assert!(file_matches(
            "a.go",
            "/* block\n comment */\n//go:build amd64\npackage a"
        ));
    }

    #[test]
    fn cgo_files_are_excluded() {
        assert!(!file_matches(
            "a.go",
            "package a\n\nimport \"C\"\n\nfunc f() {}"
        ));
        assert!(!file_matches(
            "a.go",
            "package a\n\nimport (\n\t\"fmt\"\n\t\"C\"\n)\n"
        ));
        assert!(file_matches(
            "a.go",
            "package a\n\nimport \"fmt\"\n\nvar s = `\nimport \"C\"\n`"
        ));
    }
}
