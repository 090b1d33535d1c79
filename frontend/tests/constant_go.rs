//! go/constant's results, from the real Go, replayed against our `constant`.
//!
//! `src/constant/testdata/values.txt` is produced by `gen_values.go` in the
//! same directory (run with the real Go); its header documents the little
//! stack language the cases are written in. Every line is one case; a
//! failure names the line.

use gorun_frontend::constant::{self, CmpOp, Kind, Op, UnOp, Value};
use gorun_frontend::syntax::ast::LitKind;

const VALUES: &str = include_str!("../src/constant/testdata/values.txt");

/// Decodes the `%XX` escapes of a token argument.
fn unesc(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let v = u8::from_str_radix(&s[i + 1..i + 3], 16).expect("bad escape");
            out.push(v);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// The inverse of `unesc`, as the generator's `esc`.
fn esc(b: &[u8]) -> String {
    let mut s = String::new();
    for &c in b {
        if c <= b' ' || c > b'~' || c == b'%' {
            s.push_str(&format!("%{c:02X}"));
        } else {
            s.push(c as char);
        }
    }
    s
}

fn binop(name: &str) -> Option<Op> {
    Some(match name {
        "add" => Op::Add,
        "sub" => Op::Sub,
        "mul" => Op::Mul,
        "quo" => Op::Quo,
        "quoi" => Op::QuoInt,
        "rem" => Op::Rem,
        "and" => Op::And,
        "or" => Op::Or,
        "xor" => Op::Xor,
        "andnot" => Op::AndNot,
        "land" => Op::LAnd,
        "lor" => Op::LOr,
        _ => return None,
    })
}

fn cmpop(name: &str) -> Option<CmpOp> {
    Some(match name {
        "eql" => CmpOp::Eql,
        "neq" => CmpOp::Neq,
        "lss" => CmpOp::Lss,
        "leq" => CmpOp::Leq,
        "gtr" => CmpOp::Gtr,
        "geq" => CmpOp::Geq,
        _ => return None,
    })
}

/// Operands that go/constant does not define an operation for, but where it
/// answers anyway (a Bool or String paired with a number is matched to itself);
/// we answer Unknown (or false) there, by design.
fn ill_kinded(x: &Value, y: &Value) -> bool {
    let nonnum = |v: &Value| matches!(v.kind(), Kind::Bool | Kind::String);
    (nonnum(x) || nonnum(y)) && x.kind() != y.kind() && !x.is_unknown() && !y.is_unknown()
}

/// Runs a program; the flag says whether an ill-kinded operation occurred.
/// `None` if a literal is not UTF-8: our literals come from Rust strings, so
/// those cases (which exercise go/constant's handling of invalid bytes in
/// source text) cannot arise.
fn eval(prog: &str) -> Option<(Value, bool)> {
    let mut st: Vec<Value> = Vec::new();
    let mut ill = false;
    for tok in prog.split(' ') {
        let (name, arg) = tok.split_once(':').unwrap_or((tok, ""));
        let num = || arg.parse::<i64>().expect("bad number");
        let lit = |k| {
            let text = String::from_utf8(unesc(arg)).ok()?;
            Some(Value::from_literal(k, &text))
        };
        let v = match name {
            "LI" => lit(LitKind::Int)?,
            "LF" => lit(LitKind::Float)?,
            "LM" => lit(LitKind::Imag)?,
            "LC" => lit(LitKind::Char)?,
            "LS" => lit(LitKind::String)?,
            "i" => Value::make_int64(num()),
            "u" => Value::make_uint64(arg.parse().expect("bad number")),
            "f" => Value::make_float64(f64::from_bits(
                u64::from_str_radix(arg, 16).expect("bad bits"),
            )),
            "b" => Value::make_bool(arg == "1"),
            "s" => Value::make_string(&unesc(arg)),
            "unk" => Value::unknown(),
            "bytes" => Value::make_from_bytes(&unesc(arg)),
            _ => {
                if let Some(op) = binop(name) {
                    let y = st.pop().unwrap();
                    let x = st.pop().unwrap();
                    ill |= ill_kinded(&x, &y);
                    constant::binary_op(&x, op, &y)
                } else if let Some(op) = cmpop(name) {
                    let y = st.pop().unwrap();
                    let x = st.pop().unwrap();
                    ill |= ill_kinded(&x, &y);
                    Value::make_bool(constant::compare(&x, op, &y))
                } else {
                    let x = st.pop().unwrap();
                    match name {
                        "mkimag" => Value::make_imag(&x),
                        "toint" => x.to_int(),
                        "tofloat" => x.to_float(),
                        "tocomplex" => x.to_complex(),
                        "real" => x.real(),
                        "imag" => x.imag(),
                        "num" => x.num(),
                        "denom" => x.denom(),
                        "neg" => constant::unary_op(UnOp::Neg, &x, 0),
                        "pos" => constant::unary_op(UnOp::Pos, &x, 0),
                        "not" => constant::unary_op(UnOp::Not, &x, 0),
                        "cpl" => constant::unary_op(UnOp::Complement, &x, num() as u32),
                        "shl" => constant::shift(&x, true, num() as u32),
                        "shr" => constant::shift(&x, false, num() as u32),
                        _ => panic!("bad token {tok}"),
                    }
                }
            }
        };
        st.push(v);
    }
    Some((st.pop().unwrap(), ill))
}

fn flag(b: bool) -> &'static str {
    if b { "1" } else { "0" }
}

fn f64_field(v: &Value) -> String {
    let (f, exact) = v.float64_val();
    format!("{:016x}/{}", f.to_bits(), flag(exact))
}

fn f32_field(v: &Value) -> String {
    let (f, exact) = v.float32_val();
    format!("{:08x}/{}", f.to_bits(), flag(exact))
}

/// The generator's `describe`.
fn describe(v: &Value, mode: &str) -> Vec<String> {
    let mut f = vec![format!("{:?}", v.kind()), v.string(), v.exact_string()];
    if mode == "M" && matches!(v.kind(), Kind::Int | Kind::Float) {
        f.push(f64_field(v));
        f.push(f32_field(v));
    }
    if mode == "F" {
        match v.kind() {
            Kind::Bool => f.push(flag(v.bool_val()).into()),
            Kind::String => {
                f.push(v.string_len().to_string());
                f.push(esc(v.string_val()));
            }
            Kind::Int => {
                f.push(v.int64_val().map_or("-".into(), |x| x.to_string()));
                f.push(v.uint64_val().map_or("-".into(), |x| x.to_string()));
                f.push(v.bit_len().to_string());
                f.push(v.sign().to_string());
                f.push(f64_field(v));
                f.push(f32_field(v));
                f.push(esc(&v.bytes()));
            }
            Kind::Float => {
                f.push(f64_field(v));
                f.push(f32_field(v));
                f.push(v.sign().to_string());
                f.push(v.num().exact_string());
                f.push(v.denom().exact_string());
                f.push(v.to_int().exact_string());
            }
            Kind::Complex => {
                f.push(v.sign().to_string());
                f.push(v.to_float().exact_string());
                f.push(v.to_int().exact_string());
            }
            Kind::Unknown => {}
        }
    }
    f
}

#[test]
fn values_match_go_constant() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (n, line) in VALUES.lines().enumerate() {
        let mut fields = line.split('\t');
        let prog = fields.next().unwrap();
        let mode = fields.next().expect("mode");
        let want: Vec<&str> = fields.collect();
        let Some((v, ill)) = eval(prog) else {
            continue;
        };
        cases += 1;
        if mode == "PANIC" || ill {
            // go/constant panics (or answers nonsense): we must answer
            // Unknown, or false for a comparison.
            let ok = v.is_unknown() || (v.kind() == Kind::Bool && !v.bool_val());
            if !ok {
                failures.push(format!("line {}: {prog}: want Unknown, got {v:?}", n + 1));
            }
            continue;
        }
        let got = describe(&v, mode);
        if got != want {
            failures.push(format!(
                "line {}: {prog}\n   want {}\n    got {}",
                n + 1,
                want.join(" | "),
                got.join(" | ")
            ));
        }
    }
    assert!(cases > 10_000, "too few cases: {cases}");
    if !failures.is_empty() {
        let shown: Vec<_> = failures.iter().take(40).cloned().collect();
        panic!(
            "{} of {cases} cases differ from go/constant:\n{}",
            failures.len(),
            shown.join("\n")
        );
    }
}
