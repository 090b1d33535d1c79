//! The lexer and the semicolon pass: every literal form, every lexical error
//! (messages and columns as gc reports them), semicolon insertion, and the
//! synthesized LBODY / type-parameter / results tokens.

use gorun_frontend::syntax::lexer::lex;
use gorun_frontend::syntax::semicolons::insert;
use gorun_frontend::syntax::token::{SemiKind, Tok};

/// Tokens of `src` after the semicolon pass, as their texts, with `;`
/// (explicit), `NL` / `EOF` for inserted semicolons, and `LBODY`, `[tp`,
/// `(res` for the synthesized tokens.
fn toks(src: &str) -> Vec<String> {
    let lexed = lex(src, 1);
    insert(&lexed)
        .iter()
        .map(|t| match t.tok {
            Tok::Semi(SemiKind::Explicit) => ";".to_string(),
            Tok::Semi(SemiKind::Newline) => "NL".to_string(),
            Tok::Semi(SemiKind::Eof) => "EOF".to_string(),
            Tok::LBody => "LBODY".to_string(),
            Tok::LBrackTParams => "[tp".to_string(),
            Tok::LParenResults => "(res".to_string(),
            t => t.text().to_string(),
        })
        .collect()
}

fn kinds(src: &str) -> Vec<Tok<'_>> {
    lex(src, 1).tokens.iter().map(|t| t.tok).collect()
}

/// Lexical errors as `col: message` (one line inputs).
fn errors(src: &str) -> Vec<String> {
    lex(src, 1)
        .errors
        .iter()
        .map(|d| format!("{}: {}", d.pos.0, d.msg))
        .collect()
}

#[test]
fn integer_literals_of_every_base() {
    for s in [
        "0",
        "42",
        "1_000_000",
        "0x1F",
        "0XaB_cd",
        "0o17",
        "0O7_7",
        "0b1010",
        "0B1_0",
        "0777",
        "0_7",
        "00",
    ] {
        assert_eq!(kinds(s), vec![Tok::Int(s)], "{s}");
        assert!(errors(s).is_empty(), "{s}: {:?}", errors(s));
    }
}

#[test]
fn float_literals_decimal_and_hex() {
    for s in [
        "1.5", "1.", ".5", "1e10", "1E+10", "1.5e-3", "0.", "072.5", "089.", "1_0.2_5", "0x1p-2",
        "0x1.8p3", "0X.8P0", "0x_1p4", "1_0e1_0",
    ] {
        assert_eq!(kinds(s), vec![Tok::Float(s)], "{s}");
        assert!(errors(s).is_empty(), "{s}: {:?}", errors(s));
    }
}

#[test]
fn imaginary_literals() {
    for s in [
        "1i", "0i", "0123i", "1.5i", ".5i", "1e3i", "0x1p-2i", "0b101i", "0o7i", "1_2i",
    ] {
        assert_eq!(kinds(s), vec![Tok::Imag(s)], "{s}");
        assert!(errors(s).is_empty(), "{s}: {:?}", errors(s));
    }
}

#[test]
fn hex_digits_do_not_swallow_a_sign() {
    // `0x1e+2` is `0x1e + 2`: e is a hex digit, not an exponent.
    assert_eq!(
        kinds("0x1e+2"),
        vec![Tok::Int("0x1e"), Tok::Add, Tok::Int("2")]
    );
}

#[test]
fn number_errors_as_gc_words_them() {
    assert_eq!(
        errors("0778"),
        vec!["4: invalid digit '8' in octal literal"]
    );
    assert_eq!(
        errors("0b102"),
        vec!["5: invalid digit '2' in binary literal"]
    );
    assert_eq!(errors("0o8"), vec!["3: invalid digit '8' in octal literal"]);
    assert_eq!(
        errors("1__0"),
        vec!["3: '_' must separate successive digits"]
    );
    assert_eq!(errors("1_"), vec!["2: '_' must separate successive digits"]);
    assert_eq!(errors("0x_"), vec!["4: hexadecimal literal has no digits"]);
    assert_eq!(errors("0x"), vec!["3: hexadecimal literal has no digits"]);
    assert_eq!(errors("0b"), vec!["3: binary literal has no digits"]);
    assert_eq!(
        errors("0x1.0"),
        vec!["6: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(
        errors("0x1e3.5"),
        vec!["8: hexadecimal mantissa requires a 'p' exponent"]
    );
    assert_eq!(
        errors("1p3"),
        vec!["2: 'p' exponent requires hexadecimal mantissa"]
    );
    assert_eq!(errors("0x1e"), Vec::<String>::new());
    assert_eq!(
        errors("0b1e3"),
        vec!["4: 'e' exponent requires decimal mantissa"]
    );
    assert_eq!(errors("1e"), vec!["3: exponent has no digits"]);
    assert_eq!(errors("1e+"), vec!["4: exponent has no digits"]);
    assert_eq!(
        errors("0b1.0"),
        vec!["4: invalid radix point in binary literal"]
    );
    assert_eq!(
        errors("0o1.0"),
        vec!["4: invalid radix point in octal literal"]
    );
}

#[test]
fn rune_literals_with_every_escape() {
    for s in [
        "'a'",
        "'ä'",
        "'本'",
        "'\\a'",
        "'\\b'",
        "'\\f'",
        "'\\n'",
        "'\\r'",
        "'\\t'",
        "'\\v'",
        "'\\\\'",
        "'\\''",
        "'\\000'",
        "'\\377'",
        "'\\x7f'",
        "'\\u12e4'",
        "'\\U00101234'",
    ] {
        assert_eq!(kinds(s), vec![Tok::Char(s)], "{s}");
        assert!(errors(s).is_empty(), "{s}: {:?}", errors(s));
    }
}

#[test]
fn rune_errors_as_gc_words_them() {
    assert_eq!(
        errors("'ab'"),
        vec!["1: more than one character in rune literal"]
    );
    assert_eq!(errors("''"), vec!["2: empty rune literal or unescaped '"]);
    assert_eq!(errors("'a"), vec!["1: rune literal not terminated"]);
    assert_eq!(
        errors("'a\n'"),
        vec![
            "3: newline in rune literal",
            "4: rune literal not terminated"
        ]
    );
    assert_eq!(errors("'\\q'"), vec!["3: unknown escape"]);
    assert_eq!(errors("'\\\"'"), vec!["3: unknown escape"]);
    assert_eq!(errors("'\\400'"), vec!["6: octal escape value 256 > 255"]);
    assert_eq!(
        errors("'\\xg0'"),
        vec!["4: invalid character 'g' in hexadecimal escape"]
    );
    assert_eq!(
        errors("'\\08'"),
        vec!["4: invalid character '8' in octal escape"]
    );
    assert_eq!(
        errors("'\\uD800'"),
        vec!["8: escape is invalid Unicode code point U+D800"]
    );
    assert_eq!(
        errors("'\\U00110000'"),
        vec!["12: escape is invalid Unicode code point U+110000"]
    );
}

#[test]
fn strings_with_escapes_and_raw_strings() {
    for s in [
        "\"\"",
        "\"abc\"",
        "\"\\\"\"",
        "\"\\x00\\u00e4\\U0001F600\\101\"",
        "\"日本語\"",
    ] {
        assert_eq!(kinds(s), vec![Tok::Str(s)], "{s}");
        assert!(errors(s).is_empty(), "{s}: {:?}", errors(s));
    }
    // Raw strings keep everything, including backslashes, newlines and CRs
    // (the value strips the CRs; the literal as written keeps them).
    let raw = "`a\\n\r\nb\"`";
    assert_eq!(kinds(raw), vec![Tok::Str(raw)]);
    assert!(errors(raw).is_empty());
}

#[test]
fn string_errors_as_gc_words_them() {
    assert_eq!(errors("\"abc"), vec!["1: string not terminated"]);
    assert_eq!(
        errors("\"ab\nc\""),
        vec!["4: newline in string", "6: string not terminated"]
    );
    assert_eq!(errors("\"\\'\""), vec!["3: unknown escape"]);
    assert_eq!(errors("`abc"), vec!["1: string not terminated"]);
}

#[test]
fn comments_and_invalid_characters() {
    assert!(errors("a // comment\n/* general */ b").is_empty());
    assert_eq!(errors("/* open"), vec!["1: comment not terminated"]);
    assert_eq!(errors("a @ b"), vec!["3: invalid character U+0040 '@'"]);
    assert_eq!(errors("a $"), vec!["3: invalid character U+0024 '$'"]);
    assert_eq!(errors("a\u{0}"), vec!["2: invalid NUL character"]);
    assert_eq!(
        errors("a·b"),
        vec!["2: invalid character U+00B7 '·' in identifier"]
    );
    assert_eq!(errors("\u{FEFF}package p"), Vec::<String>::new());
    assert_eq!(
        errors("x \u{FEFF}"),
        vec!["3: invalid BOM in the middle of the file"]
    );
    assert_eq!(kinds("héllo 本"), vec![Tok::Name("héllo"), Tok::Name("本")]);
}

#[test]
fn every_operator_and_keyword() {
    let ops = "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ... ( [ { , . ) ] } : ;";
    let got: Vec<String> = lex(ops, 1)
        .tokens
        .iter()
        .map(|t| t.tok.text().to_string())
        .collect();
    let want: Vec<&str> = ops.split(' ').collect();
    assert_eq!(got, want);
    let kws = "break case chan const continue default defer else fallthrough for func go goto if import interface map package range return select struct switch type var";
    for (t, w) in lex(kws, 1).tokens.iter().zip(kws.split(' ')) {
        assert!(t.tok.is_keyword(), "{w}");
        assert_eq!(t.tok.text(), w);
    }
    // `..` is two periods.
    assert_eq!(kinds(".."), vec![Tok::Period, Tok::Period]);
}

#[test]
fn semicolons_after_line_ending_tokens() {
    assert_eq!(toks("x\ny"), ["x", "NL", "y", "EOF"]);
    assert_eq!(toks("f(\n)\n"), ["f", "(", ")", "NL"]);
    assert_eq!(toks("a +\nb"), ["a", "+", "b", "EOF"]);
    for kw in ["break", "continue", "fallthrough", "return"] {
        assert_eq!(toks(&format!("{kw}\n")), [kw, "NL"]);
    }
    assert_eq!(toks("i++\nj--\n"), ["i", "++", "NL", "j", "--", "NL"]);
    assert_eq!(
        toks("a]\nb}\nc)\n"),
        ["a", "]", "NL", "b", "}", "NL", "c", ")", "NL"]
    );
    assert_eq!(
        toks("1\n2.0\n3i\n'c'\n\"s\"\n`r`\n")
            .iter()
            .filter(|t| *t == "NL")
            .count(),
        6
    );
    // No semicolon after an operator, a keyword like `func`, or `{`.
    assert_eq!(toks("func\n{\n"), ["func", "{"]);
    // A line comment ends at the newline, which still counts.
    assert_eq!(toks("x // c\ny"), ["x", "NL", "y", "EOF"]);
    // A general comment spanning lines acts like a newline; on one line it does not.
    assert_eq!(toks("x /* a\nb */ y"), ["x", "NL", "y", "EOF"]);
    assert_eq!(toks("x /* a */ y"), ["x", "y", "EOF"]);
    // At the end of the file.
    assert_eq!(toks("x"), ["x", "EOF"]);
    assert_eq!(toks("x /* c */"), ["x", "EOF"]);
}

#[test]
fn lbody_opens_bodies_only() {
    assert_eq!(toks("if x {}"), ["if", "x", "LBODY", "}", "EOF"]);
    // The spec's ambiguity: `T{}` in a header is not a composite literal.
    assert_eq!(
        toks("if x == T{} {}"),
        ["if", "x", "==", "T", "LBODY", "}", "{", "}", "EOF"]
    );
    // ... unless parenthesized.
    assert_eq!(
        toks("if x == (T{}) {}"),
        [
            "if", "x", "==", "(", "T", "{", "}", ")", "LBODY", "}", "EOF"
        ]
    );
    // Composite literals of literal types are fine.
    assert_eq!(
        toks("for _, x := range []int{1, 2} {}"),
        [
            "for", "_", ",", "x", ":=", "range", "[", "]", "int", "{", "1", ",", "2", "}", "LBODY",
            "}", "EOF"
        ]
    );
    assert_eq!(
        toks("if m == map[string]int{} {}"),
        [
            "if", "m", "==", "map", "[", "string", "]", "int", "{", "}", "LBODY", "}", "EOF"
        ]
    );
    assert_eq!(
        toks("switch struct{}{} {}"),
        ["switch", "struct", "{", "}", "{", "}", "LBODY", "}", "EOF"]
    );
    // A function literal's body in a header, and statements inside it.
    assert_eq!(
        toks("if f := func() bool { if y { return true }; return false }; f() {}"),
        [
            "if", "f", ":=", "func", "(", ")", "bool", "{", "if", "y", "LBODY", "return", "true",
            "}", ";", "return", "false", "}", ";", "f", "(", ")", "LBODY", "}", "EOF"
        ]
    );
    // Blocks, function bodies, else blocks and select/switch bodies.
    assert_eq!(
        toks("func f() {}"),
        ["func", "f", "(", ")", "{", "}", "EOF"]
    );
    assert_eq!(
        toks("if a {} else {}"),
        ["if", "a", "LBODY", "}", "else", "{", "}", "EOF"]
    );
    assert_eq!(toks("select {}"), ["select", "LBODY", "}", "EOF"]);
    assert_eq!(
        toks("switch x := y.(type) {}"),
        [
            "switch", "x", ":=", "y", ".", "(", "type", ")", "LBODY", "}", "EOF"
        ]
    );
    assert_eq!(toks("for {}"), ["for", "LBODY", "}", "EOF"]);
    assert_eq!(
        toks("for a[i] {}"),
        ["for", "a", "[", "i", "]", "LBODY", "}", "EOF"]
    );
    assert_eq!(
        toks("for []T{}[0] {}"),
        [
            "for", "[", "]", "T", "{", "}", "[", "0", "]", "LBODY", "}", "EOF"
        ]
    );
}

#[test]
fn type_parameter_brackets_follow_gc() {
    let tp = |s: &str| toks(s).iter().any(|t| t == "[tp");
    assert!(tp("type T[P any] struct{}"));
    assert!(tp("type T[P any, Q comparable] struct{}"));
    assert!(tp("type T[P interface{ M() }] int"));
    assert!(tp("type T[P ~int | ~string] int"));
    assert!(tp("type T[P []E] int"));
    assert!(tp("type T[P *[]int] int"));
    assert!(tp("type T[P *C,] int"));
    assert!(tp("type T[P *C, Q any] int"));
    assert!(tp("type A[P any] = map[string]P"));
    assert!(tp("type ( A int; B[P any] []P )"));
    assert!(tp("type (\n A int\n B[P any] []P\n)"));
    // Arrays.
    assert!(!tp("type A [N]int"));
    assert!(!tp("type A [5]int"));
    assert!(!tp("type A []int"));
    assert!(!tp("type A [N * M]int"));
    assert!(!tp("type A [P *C]int")); // gc: an array, as documented
    assert!(!tp("type A [pkg.N]int"));
    assert!(!tp("type A [f(x)]int"));
    assert!(!tp("type A [N+1]int"));
    assert!(!tp("var a [N]int"));
}

#[test]
fn results_paren_after_func_type_parameters() {
    assert_eq!(
        toks("func(a int) (b int)"),
        ["func", "(", "a", "int", ")", "(res", "b", "int", ")", "EOF"]
    );
    // A declaration's or a method's results are left to the grammar.
    assert_eq!(toks("func f() (int)")[4], "(");
    assert_eq!(toks("func (r T) m() (int)")[8], "(");
}
