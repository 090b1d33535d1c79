//! The abstract syntax tree of a Go source file.
//!
//! Shaped after go/ast, with types written as expressions (`[]int`, `*T`,
//! `map[K]V` are [`Expr`]s), because Go's grammar lets a type stand wherever an
//! operand may (conversions, composite literals, generic instantiations) and
//! only the type checker can tell `T(x)` the conversion from `f(x)` the call.
//!
//! Invariants:
//! - Every expression and statement has a [`NodeId`] unique within its
//!   [`FileSet`](crate::source::FileSet)'s program and a [`Span`] from its first
//!   byte to one past its last. The checker's side tables (types, objects,
//!   selections) are keyed by these ids; nothing in the tree is mutated after
//!   parsing.
//! - [`Ident`]s that declare something (names in declarations, parameters,
//!   labels, selectors' field names) carry their own id; an identifier used as
//!   an operand is an [`ExprKind::Ident`] whose expression id is its id.
//! - Literal values are kept as written ([`BasicLit::raw`]); the lexer has
//!   already rejected malformed ones, so decoding them cannot fail.

use crate::name::Name;
use crate::source::{Pos, Span};

/// Identity of a node, for side tables. Allocated densely from 1 by the parser.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct NodeId(pub u32);

/// An identifier in a declaring position.
#[derive(Clone, Debug)]
pub struct Ident {
    pub id: NodeId,
    pub pos: Pos,
    pub name: Name,
}

impl Ident {
    pub fn span(&self) -> Span {
        Span::new(self.pos, self.pos.add(self.name.as_str().len()))
    }
}

// ---------------------------------------------------------------------------
// Files and declarations

#[derive(Clone, Debug)]
pub struct File {
    /// Position of the `package` keyword.
    pub package: Pos,
    pub name: Ident,
    /// Every top-level declaration in source order, imports first (the grammar
    /// only allows imports before other declarations).
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Decl {
    Gen(GenDecl),
    Func(Box<FuncDecl>),
    /// A declaration that failed to parse; its error has been reported.
    Bad(Span),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum DeclKind {
    Import,
    Const,
    Type,
    Var,
}

impl DeclKind {
    pub fn keyword(self) -> &'static str {
        match self {
            DeclKind::Import => "import",
            DeclKind::Const => "const",
            DeclKind::Type => "type",
            DeclKind::Var => "var",
        }
    }
}

/// `import`, `const`, `type` or `var`, with one spec or a parenthesized group.
#[derive(Clone, Debug)]
pub struct GenDecl {
    pub kind: DeclKind,
    /// Position of the keyword.
    pub pos: Pos,
    /// `Some` for a parenthesized group.
    pub lparen: Option<Pos>,
    pub specs: Vec<Spec>,
    pub rparen: Option<Pos>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Spec {
    Import(ImportSpec),
    Value(ValueSpec),
    Type(TypeSpec),
}

#[derive(Clone, Debug)]
pub struct ImportSpec {
    /// Local name: an identifier, `_`, or `.` (as an Ident named ".").
    pub name: Option<Ident>,
    pub path: BasicLit,
    pub span: Span,
}

/// A `const` or `var` spec. In a const group, a spec with neither type nor
/// values repeats the previous spec's; the checker resolves that using `iota`.
#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
    /// Index of this spec within its group (the value of `iota` for a const).
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    /// Type parameters, for a generic type (`type List[T any] ...`).
    pub tparams: Option<FieldList>,
    /// Position of `=` for an alias declaration.
    pub assign: Option<Pos>,
    pub typ: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    /// The receiver parameter list of a method.
    pub recv: Option<FieldList>,
    pub name: Ident,
    /// Signature, including type parameters for a generic function.
    pub typ: FuncType,
    /// `None` for a declaration without body (implemented outside Go).
    pub body: Option<Block>,
    /// The source had a body, dropped before parsing because nothing in
    /// the program can call the function (the standard library pruned by
    /// name, see the loader): `body` is `None` but no native exists.
    pub pruned: bool,
    pub span: Span,
}

// ---------------------------------------------------------------------------
// Fields, parameters, signatures

/// A parenthesized (or bracketed, for type parameters; or braced, for struct
/// fields) list of fields.
#[derive(Clone, Debug)]
pub struct FieldList {
    pub open: Pos,
    pub list: Vec<Field>,
    pub close: Pos,
}

impl FieldList {
    /// Number of entities declared: each name, or one per unnamed field.
    pub fn num_fields(&self) -> usize {
        self.list.iter().map(|f| f.names.len().max(1)).sum()
    }
}

/// One line of a field list: `a, b int`, an unnamed parameter `int`, an
/// embedded struct field `*T`, a variadic parameter `xs ...int` (its `typ`
/// is an [`ExprKind::Ellipsis`]), or a type parameter `K comparable`.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub typ: Expr,
    /// Struct field tag.
    pub tag: Option<BasicLit>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    /// Position of `func`, when written (absent for method signatures in
    /// interfaces and for function declarations, where it is on the decl).
    pub func: Option<Pos>,
    pub tparams: Option<FieldList>,
    pub params: FieldList,
    pub results: Option<FieldList>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct StructType {
    pub fields: FieldList,
}

#[derive(Clone, Debug)]
pub struct InterfaceType {
    pub lbrace: Pos,
    pub elems: Vec<InterfaceElem>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    /// `Name(params) results`
    Method { name: Ident, typ: FuncType },
    /// An embedded interface, or a type-set element: `T`, `~T`, `A | ~B`
    /// (unions are [`BinaryOp::Or`] trees, `~` is [`UnaryOp::Tilde`]).
    Embed(Expr),
}

// ---------------------------------------------------------------------------
// Expressions

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

impl Expr {
    /// Where types2 reports errors about the expression (syntax.StartPos):
    /// its first byte, except for a function type, which gc's parser
    /// positions after the `func` keyword, at its `[` or `(`.
    pub fn pos(&self) -> Pos {
        if let ExprKind::FuncType(ft) = &self.kind {
            return ft
                .tparams
                .as_ref()
                .map(|t| t.open)
                .unwrap_or(ft.params.open);
        }
        self.span.lo
    }
    /// The expression with any parentheses removed.
    pub fn unparen(&self) -> &Expr {
        let mut e = self;
        while let ExprKind::Paren(x) = &e.kind {
            e = x;
        }
        e
    }
    pub fn as_ident(&self) -> Option<Name> {
        match self.kind {
            ExprKind::Ident(n) => Some(n),
            _ => None,
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Char,
    String,
}

#[derive(Clone, Debug)]
pub struct BasicLit {
    pub kind: LitKind,
    pub pos: Pos,
    /// The literal exactly as written, including quotes and prefixes.
    pub raw: Box<str>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An expression that failed to parse; its error has been reported.
    Bad,
    Ident(Name),
    BasicLit(BasicLit),
    /// `T{...}`, or `{...}` with the type elided inside another literal.
    CompositeLit {
        typ: Option<Box<Expr>>,
        lbrace: Pos,
        elts: Vec<Expr>,
        rbrace: Pos,
    },
    /// `key: value` inside a composite literal.
    KeyValue {
        key: Box<Expr>,
        colon: Pos,
        value: Box<Expr>,
    },
    FuncLit {
        typ: Box<FuncType>,
        body: Box<Block>,
    },
    Paren(Box<Expr>),
    /// `x.sel`: field, method, or qualified identifier.
    Selector {
        x: Box<Expr>,
        sel: Ident,
    },
    /// `x[i]`, or a generic instantiation `f[T1, T2]` with several indices.
    Index {
        x: Box<Expr>,
        lbrack: Pos,
        indices: Vec<Expr>,
        rbrack: Pos,
    },
    /// `x[lo:hi]` or `x[lo:hi:max]` (`three`).
    Slice {
        x: Box<Expr>,
        lbrack: Pos,
        low: Option<Box<Expr>>,
        high: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
        three: bool,
        rbrack: Pos,
    },
    /// `x.(T)`; `typ` is `None` for `x.(type)` in a type switch.
    TypeAssert {
        x: Box<Expr>,
        lparen: Pos,
        typ: Option<Box<Expr>>,
        rparen: Pos,
    },
    /// `f(args)`, `f(args...)`, or a conversion `T(x)`.
    Call {
        fun: Box<Expr>,
        lparen: Pos,
        args: Vec<Expr>,
        /// Position of a final `...`.
        ellipsis: Option<Pos>,
        rparen: Pos,
    },
    /// `*x`: a dereference or a pointer type.
    Star(Box<Expr>),
    Unary {
        op: UnaryOp,
        x: Box<Expr>,
    },
    Binary {
        op: BinaryOp,
        op_pos: Pos,
        x: Box<Expr>,
        y: Box<Expr>,
    },

    // Types.
    /// `...T` as a variadic parameter type, or `[...]` as an array length
    /// (then `elt` is `None`).
    Ellipsis(Option<Box<Expr>>),
    /// `[N]T`, `[...]T`; a slice type `[]T` when `len` is `None`.
    ArrayType {
        lbrack: Pos,
        len: Option<Box<Expr>>,
        elem: Box<Expr>,
    },
    StructType(StructType),
    FuncType(Box<FuncType>),
    InterfaceType(InterfaceType),
    MapType {
        key: Box<Expr>,
        value: Box<Expr>,
    },
    ChanType {
        dir: ChanDir,
        /// Position of `<-`, if written.
        arrow: Option<Pos>,
        elem: Box<Expr>,
    },
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum UnaryOp {
    /// `+x`
    Pos,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    Xor,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
    /// `~T` in a constraint.
    Tilde,
}

impl UnaryOp {
    pub fn as_str(self) -> &'static str {
        match self {
            UnaryOp::Pos => "+",
            UnaryOp::Neg => "-",
            UnaryOp::Not => "!",
            UnaryOp::Xor => "^",
            UnaryOp::Addr => "&",
            UnaryOp::Recv => "<-",
            UnaryOp::Tilde => "~",
        }
    }
}

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
pub enum BinaryOp {
    OrOr,
    AndAnd,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl BinaryOp {
    pub fn as_str(self) -> &'static str {
        use BinaryOp::*;
        match self {
            OrOr => "||",
            AndAnd => "&&",
            Eq => "==",
            Ne => "!=",
            Lt => "<",
            Le => "<=",
            Gt => ">",
            Ge => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }
    /// Go's precedence: 5 (`* / % << >> & &^`) down to 1 (`||`).
    pub fn precedence(self) -> u8 {
        use BinaryOp::*;
        match self {
            OrOr => 1,
            AndAnd => 2,
            Eq | Ne | Lt | Le | Gt | Ge => 3,
            Add | Sub | Or | Xor => 4,
            Mul | Div | Rem | Shl | Shr | And | AndNot => 5,
        }
    }
    pub fn is_comparison(self) -> bool {
        use BinaryOp::*;
        matches!(self, Eq | Ne | Lt | Le | Gt | Ge)
    }
}

// ---------------------------------------------------------------------------
// Statements

#[derive(Clone, Debug)]
pub struct Block {
    pub lbrace: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

impl Block {
    pub fn span(&self) -> Span {
        Span::new(self.lbrace, self.rbrace.add(1))
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub id: NodeId,
    pub span: Span,
    pub kind: StmtKind,
}

/// `=`, `:=`, or an operation-assignment such as `+=` (the operation is kept).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum AssignOp {
    Assign,
    Define,
    Op(BinaryOp),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum BranchKind {
    Break,
    Continue,
    Goto,
    Fallthrough,
}

impl BranchKind {
    pub fn keyword(self) -> &'static str {
        match self {
            BranchKind::Break => "break",
            BranchKind::Continue => "continue",
            BranchKind::Goto => "goto",
            BranchKind::Fallthrough => "fallthrough",
        }
    }
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A statement that failed to parse; its error has been reported.
    Bad,
    /// `const`, `type` or `var` inside a function.
    Decl(GenDecl),
    /// An empty statement (e.g. before a label at the end of a block).
    Empty,
    Labeled {
        label: Ident,
        stmt: Box<Stmt>,
    },
    Expr(Expr),
    Send {
        chan: Expr,
        arrow: Pos,
        value: Expr,
    },
    IncDec {
        x: Expr,
        op_pos: Pos,
        inc: bool,
    },
    Assign {
        lhs: Vec<Expr>,
        op_pos: Pos,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Branch {
        kind: BranchKind,
        label: Option<Ident>,
    },
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        lbrace: Pos,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`; `guard` is the
    /// [`ExprKind::TypeAssert`] `x.(type)` (its `typ` is `None`).
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        guard: Expr,
        lbrace: Pos,
        clauses: Vec<CaseClause>,
        rbrace: Pos,
    },
    Select {
        lbrace: Pos,
        clauses: Vec<CommClause>,
        rbrace: Pos,
    },
    /// `for init; cond; post {}`, `for cond {}`, `for {}`.
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (= | :=)] range x {}`.
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `Define` or `Assign`, with its position; `None` for `for range x`.
        tok: Option<(AssignOp, Pos)>,
        /// Position of the `range` keyword.
        range: Pos,
        x: Expr,
        body: Block,
    },
}

/// `case a, b:` or `default:` (when `list` is `None`) in an expression or type
/// switch. In a type switch, the list holds types and possibly `nil`.
#[derive(Clone, Debug)]
pub struct CaseClause {
    pub id: NodeId,
    pub pos: Pos,
    pub list: Option<Vec<Expr>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

/// `case <comm>:` or `default:` (when `comm` is `None`) in a select. The
/// communication is a `Send`, an `Expr` receive, or an `Assign` whose single
/// right-hand side is a receive.
#[derive(Clone, Debug)]
pub struct CommClause {
    pub id: NodeId,
    pub pos: Pos,
    pub comm: Option<Box<Stmt>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

/// Allocates [`NodeId`]s. One allocator serves every file of a program so that
/// ids are unique across files (and across REPL inputs).
#[derive(Debug)]
pub struct NodeIds {
    next: u32,
}

impl Default for NodeIds {
    fn default() -> Self {
        NodeIds { next: 1 }
    }
}

impl NodeIds {
    pub fn new() -> NodeIds {
        NodeIds::default()
    }
    // The allocator of node ids, not an iterator: it never ends.
    #[allow(clippy::should_implement_trait)]
    pub fn next(&mut self) -> NodeId {
        let id = NodeId(self.next);
        self.next += 1;
        id
    }
    /// One past the largest id handed out so far: side tables indexed by id
    /// can be sized with it.
    pub fn limit(&self) -> u32 {
        self.next
    }
}
