//! Labels and branch statements: declaration and use of labels, and the
//! placement rules of `break`, `continue`, `goto` and `fallthrough`.
//!
//! gc does not use types2's labels.go for this: it configures types2 with
//! `IgnoreBranchErrors` and checks branches in its parser instead
//! (cmd/compile/internal/syntax/branches.go, run on every function body
//! that parsed without errors). Its messages differ from types2's ("label L
//! defined and not used", "break is not in a loop, switch, or select",
//! "goto L jumps over declaration of x at f.go:3:4"), and gc's are the ones
//! we reproduce, so this file ports branches.go.
//!
//! Invariants:
//! - Labels are function-scoped and do not conflict with other
//!   identifiers; function literals have their own labels (each body is
//!   checked on its own by `func_body`), so the walk never enters
//!   expressions.
//! - A `goto` may only jump to a label of its own block or an enclosing
//!   one, and a forward `goto` may not jump over a variable declaration of
//!   the label's block. A forward `goto` stays unresolved until its label
//!   is declared in the same or an enclosing block; unresolved ones at the
//!   end jump into a block or name no label.
//! - These are syntax-level errors in gc: they are recorded directly, do
//!   not count as the type checker's first error, and are never suppressed
//!   as follow-on errors.
//!
//! The walk needs no type information: [`check_branches`] takes only the
//! body (and the file set, for positions inside messages), so that a
//! driver can also run it on the bodies of files that failed to parse
//! elsewhere, as gc reports branch errors alongside syntax errors.
//! `func_body` runs it on every body it checks.

use rustc_hash::FxHashMap as HashMap;

use crate::diag::Diagnostic;
use crate::name::Name;
use crate::source::{FileSet, Pos};
use crate::syntax::ast::{self, BranchKind, DeclKind, NodeId, Spec, Stmt, StmtKind};

use super::exprstring::expr_string;
use super::*;

/// A declared label.
struct Label<'a> {
    /// Block (index into `LabelScope::blocks`) containing the declaration.
    parent: usize,
    /// The labeled statement.
    lstmt: &'a Stmt,
    ident: &'a ast::Ident,
    used: bool,
}

/// A block of statements: a function body, a block statement, a branch of
/// an `if`, a loop body, or a case clause.
struct BranchBlock<'a> {
    parent: Option<usize>,
    /// Position where the block starts (for "jumps into block starting at").
    start: Pos,
    /// The labeled statement the block belongs to, if any.
    lstmt: Option<&'a Stmt>,
}

/// What checking the branches of a function body found.
pub struct Branches<'a> {
    /// Errors, in the order found (gc sorts them later).
    pub errors: Vec<Diagnostic>,
    /// The labels declared (the first declaration of each name), in order.
    pub labels: Vec<&'a ast::Ident>,
    /// Labels of branch statements that refer to a declared label: the
    /// branch's label and the index of the label in `labels`.
    pub uses: Vec<(&'a ast::Ident, usize)>,
}

/// The state of the walk over one function body.
struct LabelScope<'a, 'f> {
    fset: &'f FileSet,
    /// Every label declared in the function so far, by name.
    labels: HashMap<Name, usize>,
    list: Vec<Label<'a>>,
    blocks: Vec<BranchBlock<'a>>,
    errors: Vec<Diagnostic>,
    uses: Vec<(&'a ast::Ident, usize)>,
}

/// The statements an unlabeled `break` or `continue` refers to where it
/// stands, and for a `fallthrough` the index of the enclosing case clause
/// if the statement list is that clause's body.
#[derive(Copy, Clone, Default)]
struct Targets<'a> {
    /// A `for`, `switch` or `select` statement.
    breaks: Option<&'a Stmt>,
    /// A `for` statement.
    continues: Option<&'a Stmt>,
    case_index: Option<usize>,
}

/// A `goto` whose label is not (yet) declared in its block or an
/// enclosing one.
#[derive(Copy, Clone)]
struct FwdGoto<'a> {
    stmt: NodeId,
    label: &'a ast::Ident,
}

/// Result of looking up the target of a labeled `break` or `continue`.
enum Enclosing<'a> {
    /// No label of that name is declared (yet).
    Undefined,
    /// The label exists but does not label an enclosing statement.
    Invalid,
    /// The enclosing labeled statement.
    Found(&'a Stmt),
}

impl<'a> LabelScope<'a, '_> {
    /// The labeled statement named `name` if it is declared in block `b`
    /// or an enclosing block (gc's gotoTarget). Marks the label used even
    /// if it is not a valid target.
    fn goto_target(&mut self, b: usize, name: Name) -> Option<&'a Stmt> {
        let &l = self.labels.get(&name)?;
        self.list[l].used = true;
        let mut cur = Some(b);
        while let Some(c) = cur {
            if self.list[l].parent == c {
                return Some(self.list[l].lstmt);
            }
            cur = self.blocks[c].parent;
        }
        None
    }

    /// The innermost enclosing statement labeled `name` (gc's
    /// enclosingTarget). Marks the label used even if it is not a valid
    /// target (see go/test/fixedbugs/bug136.go).
    fn enclosing_target(&mut self, b: usize, name: Name) -> Enclosing<'a> {
        let Some(&l) = self.labels.get(&name) else {
            return Enclosing::Undefined;
        };
        self.list[l].used = true;
        let lstmt = self.list[l].lstmt;
        let mut cur = Some(b);
        while let Some(c) = cur {
            if self.blocks[c].lstmt.is_some_and(|s| s.id == lstmt.id) {
                return Enclosing::Found(lstmt);
            }
            cur = self.blocks[c].parent;
        }
        Enclosing::Invalid
    }
}

/// The statement a labeled statement labels (through nested labels).
fn labeled_inner(s: &Stmt) -> &Stmt {
    match &s.kind {
        StmtKind::Labeled { stmt, .. } => stmt,
        _ => s,
    }
}

fn trim_trailing_empty_stmts(list: &[Stmt]) -> &[Stmt] {
    let n = list
        .iter()
        .rposition(|s| !matches!(s.kind, StmtKind::Empty))
        .map_or(0, |i| i + 1);
    &list[..n]
}

/// Checks the use of labels and branch statements in a function body, as
/// gc's parser does for every body that parsed without errors (syntax's
/// checkBranches). `fset` renders positions inside messages.
pub fn check_branches<'a>(fset: &FileSet, body: &'a ast::Block) -> Branches<'a> {
    let mut ls = LabelScope {
        fset,
        labels: HashMap::default(),
        list: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        uses: Vec::new(),
    };
    let fwd = ls.block_branches(None, Targets::default(), None, body.lbrace, &body.stmts);

    // Forward gotos left over found no label: either it was never
    // declared, or it is inside a block the goto is not in.
    for f in fwd {
        let name = f.label.name;
        match ls.labels.get(&name) {
            Some(&l) => {
                ls.list[l].used = true; // avoid "defined and not used"
                let start = ls.blocks[ls.list[l].parent].start;
                let msg = format!(
                    "goto {name} jumps into block starting at {}",
                    ls.pos_string(start)
                );
                ls.error(f.label.pos, msg);
            }
            None => ls.error(f.label.pos, format!("label {name} not defined")),
        }
    }

    // spec: "It is illegal to define a label that is never used."
    let unused: Vec<&ast::Ident> = ls
        .list
        .iter()
        .filter(|l| !l.used)
        .map(|l| l.ident)
        .collect();
    for ident in unused {
        ls.error(
            ident.pos,
            format!("label {} defined and not used", ident.name),
        );
    }

    Branches {
        errors: ls.errors,
        labels: ls.list.iter().map(|l| l.ident).collect(),
        uses: ls.uses,
    }
}

impl<'a> Checker<'a> {
    /// Checks the branches of a function body (see [`check_branches`]),
    /// reporting its errors as gc's parser does: outside the type checker's
    /// error accounting. Labels become objects, recorded as definitions
    /// and uses.
    pub(crate) fn check_branches(&mut self, body: &'a ast::Block) {
        let b = check_branches(self.fset, body);
        self.errors.extend(b.errors);
        let objs: Vec<ObjId> = b
            .labels
            .iter()
            .map(|ident| {
                let obj =
                    self.prog
                        .new_obj(ObjKind::Label, ident.pos, Some(self.pkg), ident.name, None);
                self.record_def(ident, obj);
                obj
            })
            .collect();
        for (ident, l) in b.uses {
            self.record_use(ident.id, objs[l]);
        }
    }
}

impl<'a> LabelScope<'a, '_> {
    fn error(&mut self, pos: Pos, msg: String) {
        self.errors.push(Diagnostic::new(pos, msg));
    }

    /// A position as gc prints it inside messages.
    fn pos_string(&self, pos: Pos) -> String {
        self.fset
            .position(pos)
            .map_or_else(|| "?".to_string(), |p| p.to_string())
    }

    /// Declares the label of labeled statement `s` in block `b` and returns
    /// it; a label declared before is reported and returned instead.
    fn declare_label(&mut self, b: usize, s: &'a Stmt, ident: &'a ast::Ident) -> usize {
        if let Some(&alt) = self.labels.get(&ident.name) {
            let msg = format!(
                "label {} already defined at {}",
                ident.name,
                self.pos_string(self.list[alt].ident.pos)
            );
            self.error(ident.pos, msg);
            return alt;
        }
        let l = self.list.len();
        self.list.push(Label {
            parent: b,
            lstmt: s,
            ident,
            used: false,
        });
        self.labels.insert(ident.name, l);
        l
    }

    /// Records the use of label `name` by branch label `ident`, if declared.
    fn use_label(&mut self, ident: &'a ast::Ident) {
        if let Some(&l) = self.labels.get(&ident.name) {
            self.uses.push((ident, l));
        }
    }

    /// Processes the statement list `body` of a block starting at `start`
    /// and returns its unresolved forward gotos (gc's blockBranches).
    /// `parent` is the enclosing block, `ctxt` what unlabeled branches
    /// refer to, and `lstmt` the labeled statement the block belongs to.
    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets<'a>,
        lstmt: Option<&'a Stmt>,
        start: Pos,
        body: &'a [Stmt],
    ) -> Vec<FwdGoto<'a>> {
        let b = self.blocks.len();
        self.blocks.push(BranchBlock {
            parent,
            start,
            lstmt,
        });

        // The latest variable declaration of this block, and the forward
        // gotos that were pending when it was seen: those jump over it if
        // their label turns up later in this block (they may still jump
        // out of the block, which is fine).
        let mut var_pos = Pos::NONE;
        let mut var_name = String::new();
        let mut fwd_gotos: Vec<FwdGoto<'a>> = Vec::new();
        let mut bad_gotos: Vec<NodeId> = Vec::new();

        // A fallthrough counts as the last statement of its list even if
        // empty statements follow it.
        let list = trim_trailing_empty_stmts(body);
        for (stmt_index, first) in list.iter().enumerate() {
            let mut lstmt: Option<&'a Stmt> = None;
            let mut stmt = first;
            // Labeled statements are unwrapped in this loop, so that the
            // labeled statement is processed with its label.
            loop {
                match &stmt.kind {
                    StmtKind::Decl(d) => {
                        // The first variable declaration will do.
                        if d.kind == DeclKind::Var
                            && let Some(Spec::Value(v)) = d.specs.first()
                            && let Some(n) = v.names.first()
                        {
                            var_pos = n.pos;
                            var_name = n.name.to_string();
                            bad_gotos = fwd_gotos.iter().map(|f| f.stmt).collect();
                        }
                    }

                    StmtKind::Labeled { label, stmt: inner } => {
                        if !label.name.is_blank() {
                            let l = self.declare_label(b, stmt, label);
                            // Resolve the matching forward gotos.
                            let mut keep = Vec::with_capacity(fwd_gotos.len());
                            for f in std::mem::take(&mut fwd_gotos) {
                                if f.label.name != label.name {
                                    keep.push(f);
                                    continue;
                                }
                                self.list[l].used = true;
                                self.uses.push((f.label, l));
                                if var_pos.is_valid() && bad_gotos.contains(&f.stmt) {
                                    let msg = format!(
                                        "goto {} jumps over declaration of {} at {}",
                                        label.name,
                                        var_name,
                                        self.pos_string(var_pos)
                                    );
                                    self.error(f.label.pos, msg);
                                }
                            }
                            fwd_gotos = keep;
                            lstmt = Some(stmt);
                        }
                        stmt = &**inner;
                        continue;
                    }

                    StmtKind::Branch { kind, label: None } => match kind {
                        BranchKind::Break => {
                            if ctxt.breaks.is_none() {
                                self.error(
                                    stmt.span.lo,
                                    "break is not in a loop, switch, or select".into(),
                                );
                            }
                        }
                        BranchKind::Continue => {
                            if ctxt.continues.is_none() {
                                self.error(stmt.span.lo, "continue is not in a loop".into());
                            }
                        }
                        BranchKind::Fallthrough => {
                            if let Some(msg) = fallthrough_error(ctxt, stmt_index, list.len()) {
                                self.error(stmt.span.lo, msg.into());
                            }
                        }
                        // A goto always has a label (the parser sees to it).
                        BranchKind::Goto => {}
                    },

                    StmtKind::Branch {
                        kind,
                        label: Some(label),
                    } => {
                        let name = label.name;
                        match kind {
                            BranchKind::Break => {
                                // spec: "If there is a label, it must be that of an
                                // enclosing "for", "switch", or "select" statement,
                                // and that is the one whose execution terminates."
                                match self.enclosing_target(b, name) {
                                    Enclosing::Found(t)
                                        if matches!(
                                            labeled_inner(t).kind,
                                            StmtKind::For { .. }
                                                | StmtKind::Range { .. }
                                                | StmtKind::Switch { .. }
                                                | StmtKind::TypeSwitch { .. }
                                                | StmtKind::Select { .. }
                                        ) =>
                                    {
                                        self.use_label(label);
                                    }
                                    Enclosing::Undefined => self.error(
                                        label.pos,
                                        format!("break label not defined: {name}"),
                                    ),
                                    _ => {
                                        self.use_label(label);
                                        self.error(
                                            label.pos,
                                            format!("invalid break label {name}"),
                                        );
                                    }
                                }
                            }
                            BranchKind::Continue => {
                                // spec: "If there is a label, it must be that of an
                                // enclosing "for" statement, and that is the one
                                // whose execution advances."
                                match self.enclosing_target(b, name) {
                                    Enclosing::Found(t)
                                        if matches!(
                                            labeled_inner(t).kind,
                                            StmtKind::For { .. } | StmtKind::Range { .. }
                                        ) =>
                                    {
                                        self.use_label(label);
                                    }
                                    Enclosing::Undefined => self.error(
                                        label.pos,
                                        format!("continue label not defined: {name}"),
                                    ),
                                    _ => {
                                        self.use_label(label);
                                        self.error(
                                            label.pos,
                                            format!("invalid continue label {name}"),
                                        );
                                    }
                                }
                            }
                            BranchKind::Goto => {
                                if self.goto_target(b, name).is_some() {
                                    self.use_label(label);
                                } else {
                                    // The label may be declared later.
                                    fwd_gotos.push(FwdGoto {
                                        stmt: stmt.id,
                                        label,
                                    });
                                }
                            }
                            // A fallthrough never has a label (the parser sees to it).
                            BranchKind::Fallthrough => {}
                        }
                    }

                    StmtKind::Assign {
                        lhs,
                        op: ast::AssignOp::Define,
                        op_pos,
                        ..
                    } => {
                        var_pos = *op_pos;
                        var_name = lhs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
                        bad_gotos = fwd_gotos.iter().map(|f| f.stmt).collect();
                    }

                    StmtKind::Block(bl) => {
                        let inner = Targets {
                            case_index: None,
                            ..ctxt
                        };
                        let f = self.block_branches(Some(b), inner, lstmt, bl.lbrace, &bl.stmts);
                        fwd_gotos.extend(f);
                    }

                    StmtKind::If { then, els, .. } => {
                        let inner = Targets {
                            case_index: None,
                            ..ctxt
                        };
                        let f =
                            self.block_branches(Some(b), inner, lstmt, then.lbrace, &then.stmts);
                        fwd_gotos.extend(f);
                        if let Some(e) = els {
                            let f = self.block_branches(
                                Some(b),
                                inner,
                                lstmt,
                                e.span.lo,
                                std::slice::from_ref(&**e),
                            );
                            fwd_gotos.extend(f);
                        }
                    }

                    StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
                        let inner = Targets {
                            breaks: Some(stmt),
                            continues: Some(stmt),
                            case_index: None,
                        };
                        let f =
                            self.block_branches(Some(b), inner, lstmt, body.lbrace, &body.stmts);
                        fwd_gotos.extend(f);
                    }

                    StmtKind::Switch { clauses, .. } | StmtKind::TypeSwitch { clauses, .. } => {
                        for (i, cc) in clauses.iter().enumerate() {
                            let inner = Targets {
                                breaks: Some(stmt),
                                continues: ctxt.continues,
                                case_index: Some(i),
                            };
                            let f = self.block_branches(Some(b), inner, lstmt, cc.pos, &cc.body);
                            fwd_gotos.extend(f);
                        }
                    }

                    StmtKind::Select { clauses, .. } => {
                        for cc in clauses {
                            let inner = Targets {
                                breaks: Some(stmt),
                                continues: ctxt.continues,
                                case_index: None,
                            };
                            let f = self.block_branches(Some(b), inner, lstmt, cc.pos, &cc.body);
                            fwd_gotos.extend(f);
                        }
                    }

                    _ => {}
                }
                break;
            }
        }

        fwd_gotos
    }
}

/// The error for a `fallthrough` at index `stmt_index` of a statement list
/// of length `len` in context `ctxt`, or `None` if it is in place: the last
/// statement of a case clause of an expression switch other than the last.
fn fallthrough_error(ctxt: Targets<'_>, stmt_index: usize, len: usize) -> Option<&'static str> {
    let out_of_place = "fallthrough statement out of place";
    match ctxt.breaks.map(|s| &s.kind) {
        Some(StmtKind::TypeSwitch { .. }) => Some("cannot fallthrough in type switch"),
        Some(StmtKind::Switch { clauses, .. }) => match ctxt.case_index {
            // Nested in a block, or not the last statement.
            None => Some(out_of_place),
            Some(_) if stmt_index + 1 < len => Some(out_of_place),
            Some(i) if i + 1 == clauses.len() => Some("cannot fallthrough final case in switch"),
            Some(_) => None,
        },
        _ => Some(out_of_place),
    }
}
