//! Expressions as text, as gc's syntax printer writes them in its short form
//! (types2's ExprString): function bodies and composite literal contents
//! become `…`, everything else is printed in full with canonical spacing.

use crate::syntax::ast::*;

pub fn expr_string(e: &Expr) -> String {
    let mut s = String::new();
    write_expr(&mut s, e);
    s
}

fn write_list(s: &mut String, list: &[Expr]) {
    for (i, x) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        write_expr(s, x);
    }
}

pub fn write_expr(s: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Ident(n) => s.push_str(n.as_str()),
        ExprKind::BasicLit(l) => s.push_str(&l.raw),
        ExprKind::CompositeLit { typ, elts, .. } => {
            if let Some(t) = typ {
                write_expr(s, t);
            }
            s.push('{');
            if !elts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::KeyValue { key, value, .. } => {
            write_expr(s, key);
            s.push_str(": ");
            write_expr(s, value);
        }
        ExprKind::FuncLit { typ, body } => {
            write_func_type(s, typ);
            s.push_str(" {");
            if !body.stmts.is_empty() {
                s.push('…');
            }
            s.push('}');
        }
        ExprKind::Paren(x) => {
            s.push('(');
            write_expr(s, x);
            s.push(')');
        }
        ExprKind::Selector { x, sel } => {
            write_expr(s, x);
            s.push('.');
            s.push_str(sel.name.as_str());
        }
        ExprKind::Index { x, indices, .. } => {
            write_expr(s, x);
            s.push('[');
            write_list(s, indices);
            s.push(']');
        }
        ExprKind::Slice {
            x, low, high, max, ..
        } => {
            write_expr(s, x);
            s.push('[');
            if let Some(l) = low {
                write_expr(s, l);
            }
            s.push(':');
            if let Some(h) = high {
                write_expr(s, h);
            }
            if let Some(m) = max {
                s.push(':');
                write_expr(s, m);
            }
            s.push(']');
        }
        ExprKind::TypeAssert { x, typ, .. } => {
            write_expr(s, x);
            s.push_str(".(");
            match typ {
                Some(t) => write_expr(s, t),
                None => s.push_str("type"),
            }
            s.push(')');
        }
        ExprKind::Call {
            fun,
            args,
            ellipsis,
            ..
        } => {
            write_expr(s, fun);
            s.push('(');
            write_list(s, args);
            if ellipsis.is_some() {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::Star(x) => {
            s.push('*');
            write_expr(s, x);
        }
        ExprKind::Unary { op, x } => {
            s.push_str(op.as_str());
            write_expr(s, x);
        }
        ExprKind::Binary { op, x, y, .. } => {
            write_expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            write_expr(s, y);
        }
        ExprKind::Ellipsis(elt) => {
            s.push_str("...");
            if let Some(t) = elt {
                write_expr(s, t);
            }
        }
        ExprKind::ArrayType { len, elem, .. } => {
            s.push('[');
            if let Some(l) = len {
                write_expr(s, l);
            }
            s.push(']');
            write_expr(s, elem);
        }
        ExprKind::StructType(st) => {
            s.push_str("struct{");
            for (i, f) in st.fields.list.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.names.is_empty() {
                    write_names(s, &f.names);
                    s.push(' ');
                }
                write_expr(s, &f.typ);
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(&tag.raw);
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(ft) => write_func_type(s, ft),
        ExprKind::InterfaceType(it) => {
            s.push_str("interface{");
            for (i, el) in it.elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match el {
                    InterfaceElem::Method { name, typ } => {
                        s.push_str(name.name.as_str());
                        write_signature(s, typ);
                    }
                    InterfaceElem::Embed(t) => write_expr(s, t),
                }
            }
            s.push('}');
        }
        ExprKind::MapType { key, value } => {
            s.push_str("map[");
            write_expr(s, key);
            s.push(']');
            write_expr(s, value);
        }
        ExprKind::ChanType { dir, elem, .. } => {
            if *dir == ChanDir::Recv {
                s.push_str("<-");
            }
            s.push_str("chan");
            if *dir == ChanDir::Send {
                s.push_str("<-");
            }
            s.push(' ');
            let paren = *dir == ChanDir::Both
                && matches!(
                    elem.kind,
                    ExprKind::ChanType {
                        dir: ChanDir::Recv,
                        ..
                    }
                );
            if paren {
                s.push('(');
            }
            write_expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

fn write_names(s: &mut String, names: &[Ident]) {
    for (i, n) in names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(n.name.as_str());
    }
}

fn write_func_type(s: &mut String, ft: &FuncType) {
    s.push_str("func");
    write_signature(s, ft);
}

fn write_signature(s: &mut String, ft: &FuncType) {
    if let Some(tp) = &ft.tparams {
        write_params(s, &tp.list, '[', ']');
    }
    write_params(s, &ft.params.list, '(', ')');
    if let Some(res) = &ft.results {
        s.push(' ');
        if res.list.len() == 1 && res.list[0].names.is_empty() {
            write_expr(s, &res.list[0].typ);
        } else {
            write_params(s, &res.list, '(', ')');
        }
    }
}

fn write_params(s: &mut String, list: &[Field], open: char, close: char) {
    s.push(open);
    for (i, f) in list.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if !f.names.is_empty() {
            write_names(s, &f.names);
            s.push(' ');
        }
        write_expr(s, &f.typ);
    }
    s.push(close);
}
