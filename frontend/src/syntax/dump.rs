//! A compact S-expression rendering of the AST, for tests and debugging:
//! `(call (. fmt Println) "hi")`, `([] int)`, `(if _ (== x 1) {...})`.
//! Positions and ids are left out: the shape is what tests assert.

use std::fmt::Write;

use crate::syntax::ast::*;

pub fn file(f: &File) -> String {
    let mut s = format!("(package {})", f.name.name);
    for d in &f.decls {
        s.push('\n');
        s.push_str(&decl(d));
    }
    s
}

pub fn decl(d: &Decl) -> String {
    match d {
        Decl::Bad(_) => "(bad-decl)".to_string(),
        Decl::Gen(g) => gen_decl(g),
        Decl::Func(f) => {
            let mut s = String::from("(func");
            if let Some(r) = &f.recv {
                let _ = write!(s, " (recv {})", fields(r));
            }
            let _ = write!(s, " {}", f.name.name);
            if let Some(tp) = &f.typ.tparams {
                let _ = write!(s, " [{}]", fields(tp));
            }
            let _ = write!(s, " {}", signature(&f.typ));
            if let Some(b) = &f.body {
                let _ = write!(s, " {}", block(b));
            }
            s.push(')');
            s
        }
    }
}

fn gen_decl(g: &GenDecl) -> String {
    let specs: Vec<String> = g.specs.iter().map(spec).collect();
    format!("({} {})", g.kind.keyword(), specs.join(" "))
}

fn spec(s: &Spec) -> String {
    match s {
        Spec::Import(i) => match &i.name {
            Some(n) => format!("({} {})", n.name, i.path.raw),
            None => i.path.raw.to_string(),
        },
        Spec::Value(v) => {
            let names: Vec<&str> = v.names.iter().map(|n| n.name.as_str()).collect();
            let mut s = format!("({}", names.join(" "));
            if let Some(t) = &v.typ {
                let _ = write!(s, " : {}", expr(t));
            }
            if !v.values.is_empty() {
                let _ = write!(s, " = {}", list(&v.values));
            }
            let _ = write!(s, " #{})", v.iota);
            s
        }
        Spec::Type(t) => {
            let mut s = format!("({}", t.name.name);
            if let Some(tp) = &t.tparams {
                let _ = write!(s, " [{}]", fields(tp));
            }
            if t.assign.is_some() {
                s.push_str(" =");
            }
            let _ = write!(s, " {})", expr(&t.typ));
            s
        }
    }
}

/// `a b int, c string` as `(a b int) (c string)`; unnamed as `(int)`.
pub fn fields(fl: &FieldList) -> String {
    let v: Vec<String> = fl
        .list
        .iter()
        .map(|f| {
            let mut s = String::from("(");
            for n in &f.names {
                s.push_str(n.name.as_str());
                s.push(' ');
            }
            s.push_str(&expr(&f.typ));
            if let Some(t) = &f.tag {
                let _ = write!(s, " {}", t.raw);
            }
            s.push(')');
            s
        })
        .collect();
    v.join(" ")
}

fn signature(t: &FuncType) -> String {
    let mut s = format!("({})", fields(&t.params));
    if let Some(r) = &t.results {
        let _ = write!(s, " -> ({})", fields(r));
    }
    s
}

fn list(v: &[Expr]) -> String {
    v.iter().map(expr).collect::<Vec<_>>().join(" ")
}

fn opt(e: &Option<Box<Expr>>) -> String {
    e.as_deref().map_or("_".to_string(), expr)
}

thread_local! {
    /// When set, every expression is followed by `@` and the file offset of
    /// its first byte (its position minus this base).
    static POSITIONS: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// [`file`], with each expression's start offset (`x@12`), to check spans
/// against another parser's positions. `base` is the file's base position.
pub fn file_with_positions(f: &File, base: u32) -> String {
    POSITIONS.with(|p| p.set(Some(base)));
    let s = file(f);
    POSITIONS.with(|p| p.set(None));
    s
}

pub fn expr(e: &Expr) -> String {
    let s = expr_shape(e);
    match POSITIONS.with(|p| p.get()) {
        Some(base) => format!("{s}@{}", e.span.lo.0.saturating_sub(base)),
        None => s,
    }
}

fn expr_shape(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Bad => "BAD".to_string(),
        ExprKind::Ident(n) => n.as_str().to_string(),
        ExprKind::BasicLit(l) => l.raw.to_string(),
        ExprKind::CompositeLit { typ, elts, .. } => {
            let t = opt(typ);
            if elts.is_empty() {
                format!("(lit {t})")
            } else {
                format!("(lit {t} {})", list(elts))
            }
        }
        ExprKind::KeyValue { key, value, .. } => format!("(kv {} {})", expr(key), expr(value)),
        ExprKind::FuncLit { typ, body } => format!("(funclit {} {})", signature(typ), block(body)),
        ExprKind::Paren(x) => format!("(paren {})", expr(x)),
        ExprKind::Selector { x, sel } => format!("(. {} {})", expr(x), sel.name),
        ExprKind::Index { x, indices, .. } => format!("(index {} {})", expr(x), list(indices)),
        ExprKind::Slice {
            x,
            low,
            high,
            max,
            three,
            ..
        } => {
            if *three {
                format!(
                    "(slice3 {} {} {} {})",
                    expr(x),
                    opt(low),
                    opt(high),
                    opt(max)
                )
            } else {
                format!("(slice {} {} {})", expr(x), opt(low), opt(high))
            }
        }
        ExprKind::TypeAssert { x, typ, .. } => match typ {
            Some(t) => format!("(assert {} {})", expr(x), expr(t)),
            None => format!("(assert {} type)", expr(x)),
        },
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            let mut s = format!("(call {}", expr(fun));
            for a in args {
                s.push(' ');
                s.push_str(&expr(a));
            }
            if ellipsis.is_some() {
                s.push_str(" ...");
            }
            s.push(')');
            s
        }
        ExprKind::Star(x) => format!("(* {})", expr(x)),
        ExprKind::Unary { op, x } => format!("({} {})", op.as_str(), expr(x)),
        ExprKind::Binary { op, x, y, .. } => format!("({} {} {})", op.as_str(), expr(x), expr(y)),
        ExprKind::Ellipsis(t) => format!("(... {})", opt(t)),
        ExprKind::ArrayType { len, elem, .. } => match len {
            Some(n) => format!("([{}] {})", expr(n), expr(elem)),
            None => format!("([] {})", expr(elem)),
        },
        ExprKind::StructType(st) => {
            if st.fields.list.is_empty() {
                "(struct)".to_string()
            } else {
                format!("(struct {})", fields(&st.fields))
            }
        }
        ExprKind::FuncType(t) => format!("(func {})", signature(t)),
        ExprKind::InterfaceType(it) => {
            let mut s = String::from("(interface");
            for el in &it.elems {
                match el {
                    InterfaceElem::Method { name, typ } => {
                        let _ = write!(s, " (method {} {})", name.name, signature(typ));
                    }
                    InterfaceElem::Embed(x) => {
                        let _ = write!(s, " {}", expr(x));
                    }
                }
            }
            s.push(')');
            s
        }
        ExprKind::MapType { key, value } => format!("(map {} {})", expr(key), expr(value)),
        ExprKind::ChanType { dir, elem, .. } => {
            let d = match dir {
                ChanDir::Both => "chan",
                ChanDir::Send => "chan<-",
                ChanDir::Recv => "<-chan",
            };
            format!("({d} {})", expr(elem))
        }
    }
}

pub fn block(b: &Block) -> String {
    let v: Vec<String> = b.stmts.iter().map(stmt).collect();
    format!("{{{}}}", v.join("; "))
}

fn opt_stmt(s: &Option<Box<Stmt>>) -> String {
    s.as_deref().map_or("_".to_string(), stmt)
}

fn clauses(cl: &[CaseClause]) -> String {
    cl.iter()
        .map(|c| {
            let head = match &c.list {
                Some(l) => format!("case {}", list(l)),
                None => "default".to_string(),
            };
            let body: Vec<String> = c.body.iter().map(stmt).collect();
            format!("({head}: {})", body.join("; "))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

pub fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Bad => "BAD".to_string(),
        StmtKind::Decl(g) => gen_decl(g),
        StmtKind::Empty => "(empty)".to_string(),
        StmtKind::Labeled { label, stmt: st } => format!("(label {} {})", label.name, stmt(st)),
        StmtKind::Expr(x) => expr(x),
        StmtKind::Send { chan, value, .. } => format!("(send {} {})", expr(chan), expr(value)),
        StmtKind::IncDec { x, inc, .. } => {
            format!("({} {})", if *inc { "++" } else { "--" }, expr(x))
        }
        StmtKind::Assign { lhs, op, rhs, .. } => {
            let op = match op {
                AssignOp::Assign => "=".to_string(),
                AssignOp::Define => ":=".to_string(),
                AssignOp::Op(b) => format!("{}=", b.as_str()),
            };
            format!("({op} ({}) ({}))", list(lhs), list(rhs))
        }
        StmtKind::Go(x) => format!("(go {})", expr(x)),
        StmtKind::Defer(x) => format!("(defer {})", expr(x)),
        StmtKind::Return(v) => {
            if v.is_empty() {
                "(return)".to_string()
            } else {
                format!("(return {})", list(v))
            }
        }
        StmtKind::Branch { kind, label } => match label {
            Some(l) => format!("({} {})", kind.keyword(), l.name),
            None => format!("({})", kind.keyword()),
        },
        StmtKind::Block(b) => block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            let mut s = format!("(if {} {} {}", opt_stmt(init), expr(cond), block(then));
            if let Some(e) = els {
                let _ = write!(s, " else {}", stmt(e));
            }
            s.push(')');
            s
        }
        StmtKind::Switch {
            init,
            tag,
            clauses: cl,
            ..
        } => {
            let tag = tag.as_ref().map_or("_".to_string(), expr);
            format!("(switch {} {} {})", opt_stmt(init), tag, clauses(cl))
        }
        StmtKind::TypeSwitch {
            init,
            bind,
            guard,
            clauses: cl,
            ..
        } => {
            let bind = bind
                .as_ref()
                .map_or("_".to_string(), |b| b.name.as_str().to_string());
            format!(
                "(typeswitch {} {} {} {})",
                opt_stmt(init),
                bind,
                expr(guard),
                clauses(cl)
            )
        }
        StmtKind::Select { clauses: cl, .. } => {
            let v: Vec<String> = cl
                .iter()
                .map(|c| {
                    let head = match &c.comm {
                        Some(s) => format!("case {}", stmt(s)),
                        None => "default".to_string(),
                    };
                    let body: Vec<String> = c.body.iter().map(stmt).collect();
                    format!("({head}: {})", body.join("; "))
                })
                .collect();
            format!("(select {})", v.join(" "))
        }
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            let cond = cond.as_ref().map_or("_".to_string(), expr);
            format!(
                "(for {} {} {} {})",
                opt_stmt(init),
                cond,
                opt_stmt(post),
                block(body)
            )
        }
        StmtKind::Range {
            key,
            value,
            tok,
            x,
            body,
            ..
        } => {
            let k = key.as_ref().map_or("_".to_string(), expr);
            let v = value.as_ref().map_or("_".to_string(), expr);
            let t = match tok {
                Some((AssignOp::Define, _)) => ":=",
                Some(_) => "=",
                None => "_",
            };
            format!("(range {k} {v} {t} {} {})", expr(x), block(body))
        }
    }
}
