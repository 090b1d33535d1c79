//! The parser never panics or hangs: every byte prefix of real programs, and
//! deterministic random mutations of them, parse to a File with diagnostics.

use gorun_frontend::source::FileSet;
use gorun_frontend::syntax::ast::NodeIds;
use gorun_frontend::syntax::parse_file;

const PROGRAMS: &[(&str, &str)] = &[
    ("server.go", include_str!("syntax_data/server.go")),
    ("tricky.go", include_str!("syntax_data/tricky.go")),
];

fn parse(src: &str) -> usize {
    let fset = FileSet::new();
    let id = fset.add_file("x.go", src);
    let mut ids = NodeIds::new();
    let (_f, diags) = parse_file(&fset, id, &mut ids);
    diags.len()
}

#[test]
fn whole_programs_parse_cleanly() {
    for (name, src) in PROGRAMS {
        assert_eq!(parse(src), 0, "{name}");
    }
}

#[test]
fn every_prefix_parses_without_panic() {
    for (_name, src) in PROGRAMS {
        for end in 0..=src.len() {
            if src.is_char_boundary(end) {
                parse(&src[..end]);
            }
        }
    }
}

#[test]
fn every_suffix_parses_without_panic() {
    for (_name, src) in PROGRAMS {
        for start in 0..src.len() {
            if src.is_char_boundary(start) {
                parse(&src[start..]);
            }
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_mutations_parse_without_panic() {
    const PIECES: &[&str] = &[
        "{",
        "}",
        "(",
        ")",
        "[",
        "]",
        ";",
        ",",
        ".",
        "...",
        ":",
        ":=",
        "=",
        "<-",
        "*",
        "&",
        "|",
        "~",
        "\n",
        "\"",
        "'",
        "`",
        "/*",
        "*/",
        "//",
        "0x",
        "1e",
        "_",
        "func",
        "type",
        "if",
        "for",
        "switch",
        "select",
        "case",
        "default",
        "range",
        "chan",
        "map",
        "struct",
        "interface",
        "go",
        "defer",
        "return",
        "else",
        "var",
        "const",
        "import",
        "package",
        "[]",
        "x",
        "T",
        "@",
        "\u{feff}",
        "é",
    ];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for (_name, src) in PROGRAMS {
        for _ in 0..1500 {
            let mut s = src.to_string();
            for _ in 0..1 + rng.below(4) {
                let mut at = rng.below(s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                match rng.below(3) {
                    0 => s.insert_str(at, PIECES[rng.below(PIECES.len())]),
                    1 => {
                        let mut end = (at + 1 + rng.below(8)).min(s.len());
                        while !s.is_char_boundary(end) {
                            end += 1;
                        }
                        s.replace_range(at..end, "");
                    }
                    _ => {
                        let mut end = (at + 1 + rng.below(4)).min(s.len());
                        while !s.is_char_boundary(end) {
                            end += 1;
                        }
                        s.replace_range(at..end, PIECES[rng.below(PIECES.len())]);
                    }
                }
            }
            parse(&s);
        }
    }
}

#[test]
fn deep_nesting_does_not_overflow() {
    // The LR parser keeps its own stack; make sure nothing else recurses
    // unboundedly on the input's nesting (dropping the AST recurses, so the
    // depth here stays within what a default test thread's stack allows).
    let depth = 2000;
    let src = format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    assert_eq!(parse(&src), 0);
    let src = format!("package p\nvar x = {}1\n", "^".repeat(depth));
    assert_eq!(parse(&src), 0);
    let src = format!("package p\nvar x = {}\n", "[".repeat(depth));
    assert!(parse(&src) > 0);
    let src = format!("package p\ntype T[{}\n", "(".repeat(depth));
    assert!(parse(&src) > 0);
}
