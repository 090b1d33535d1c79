//! The pass between lexer and parser: Go's semicolon insertion, and the two
//! tokens that keep the grammar LALR(1).
//!
//! 1. Semicolons (the spec's rule): a line break after an identifier, a
//!    literal, `break`/`continue`/`fallthrough`/`return`, `++`, `--`, `)`,
//!    `]` or `}` becomes a [`Tok::Semi`] at the line break; so does the end
//!    of the file after such a token.
//!
//! 2. [`Tok::LBody`] (go.y's LBODY): in the header of `if`, `for`, `switch`
//!    and `select`, a `{` that is not inside parentheses, brackets or braces
//!    of the header opens the statement's body, unless it follows a complete
//!    type literal (`[]T`, `[N]T`, `map[K]V`, `struct{...}`, `interface{...}`,
//!    `func(...) R`): then it opens a composite literal or a function
//!    literal's body, exactly where gc's parser (with `xnest < 0`) allows one.
//!    So `if x == T{} {` sees LBODY after `T` (the spec's ambiguity, resolved
//!    as the spec says), while `for _, x := range []int{1, 2} {` and
//!    `if f := func() bool { return true }; f() {` get plain braces until
//!    their bodies. The grammar opens if/for/switch/select bodies only with
//!    LBODY, and composite literals only with `{`.
//!
//!    The pass keeps a stack of frames: a brace (statement context), a
//!    parenthesis or bracket, or a header. A header frame tracks, at its own
//!    nesting level, whether the last thing seen completes a type literal
//!    (`Ty`), the way gc's parser knows it just parsed a type.
//!
//! 3. [`Tok::LBrackTParams`]: the `[` after `type Name` opens a type
//!    parameter list or an array length. gc decides by parsing an expression
//!    and splitting it (`typeDecl`, `extractName`, `isTypeElem` in its
//!    parser.go); [`tparams_follow`] does the same on the token stream.

use crate::syntax::lexer::{LexToken, Lexed};
use crate::syntax::token::{SemiKind, Tok, Token};

/// What the current header has just seen at its own level.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
enum Ty {
    /// An expression: a `{` here is the body.
    None,
    /// A type is expected next (after `[]`, `[N]`, `map[K]`, `chan`, `*` in a type).
    Expect,
    /// A type literal is complete: a `{` opens a composite literal.
    Complete,
    /// A type name is complete: `.Sel` or type arguments may follow.
    CompleteName,
    /// After `pkg.` in a type.
    ExpectSel,
    /// After `func`: its parameters follow.
    FuncParams,
    /// After a function type's parameters: a result, or the literal's body.
    FuncResult,
    /// After `struct` or `interface`: the `{` of its body.
    TypeBody,
    /// After `map`: `[K]` follows.
    MapKey,
}

#[derive(Copy, Clone, Debug)]
enum Frame {
    /// `{`...`}` that is not a header's body: a block, a composite literal,
    /// a struct or interface body. `then` is applied to the header beneath
    /// when it closes.
    Brace { then: Option<Ty>, iface: bool },
    /// `(`...`)` or `[`...`]`. `type_group` marks `type (`.
    Paren { then: Option<Ty>, type_group: bool },
    /// The header of if/for/switch/select, until its LBODY.
    Header { ty: Ty, semis: u8, max_semis: u8 },
}

/// The semicolon pass over a lexed file: see the module documentation.
pub fn insert<'a>(lexed: &Lexed<'a>) -> Vec<Token<'a>> {
    let toks = &lexed.tokens;
    let matches = match_table(toks);
    let mut out: Vec<Token<'a>> = Vec::with_capacity(toks.len() + toks.len() / 4 + 1);
    let mut stack: Vec<Frame> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if t.nl != 0
            && let Some(prev) = out.last()
            && prev.tok.ends_line()
        {
            out.push(Token {
                tok: Tok::Semi(SemiKind::Newline),
                lo: t.nl,
                hi: t.nl + 1,
            });
            header_semi(&mut stack);
        }
        let prev = out.last().map(|p| p.tok);
        let mut tok = t.tok;
        match t.tok {
            Tok::LBrack
                if is_type_spec_bracket(toks, i, &stack)
                    && tparams_follow(toks, &matches, i + 1) =>
            {
                tok = Tok::LBrackTParams;
                stack.push(Frame::Paren {
                    then: None,
                    type_group: false,
                });
            }
            Tok::LBrack if is_interface_method_tparams(toks, &matches, i, &stack) => {
                tok = Tok::LBrackTParams;
                stack.push(Frame::Paren {
                    then: None,
                    type_group: false,
                });
            }
            Tok::Semi(_) => header_semi(&mut stack),
            Tok::LParen if is_func_results(toks, &matches, i) => {
                tok = Tok::LParenResults;
                header_token(&mut stack, Tok::LParen, prev);
            }
            _ => {
                if header_token(&mut stack, t.tok, prev) {
                    tok = Tok::LBody;
                }
            }
        }
        out.push(Token {
            tok,
            lo: t.lo,
            hi: t.hi,
        });
    }
    if let Some(prev) = out.last()
        && prev.tok.ends_line()
    {
        let (kind, at) = if lexed.eof_nl != 0 {
            (SemiKind::Newline, lexed.eof_nl)
        } else {
            (SemiKind::Eof, lexed.eof)
        };
        out.push(Token {
            tok: Tok::Semi(kind),
            lo: at,
            hi: at,
        });
    }
    out
}

/// Counts a semicolon at header level; a header that has more than its
/// statement allows (if/switch 1, for 2, select 0) was never closed by a
/// body, so it is dropped rather than mistaking later braces for its body.
fn header_semi(stack: &mut Vec<Frame>) {
    if let Some(Frame::Header {
        semis,
        max_semis,
        ty,
    }) = stack.last_mut()
    {
        *semis += 1;
        *ty = Ty::None;
        if *semis > *max_semis {
            stack.pop();
        }
    }
}

fn ends_operand(t: Option<Tok<'_>>) -> bool {
    matches!(
        t,
        Some(
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Imag(_)
                | Tok::Char(_)
                | Tok::Str(_)
                | Tok::RParen
                | Tok::RBrack
                | Tok::RBrace
        )
    )
}

fn starts_type(t: Tok<'_>) -> bool {
    matches!(
        t,
        Tok::Name(_)
            | Tok::Star
            | Tok::LBrack
            | Tok::LParen
            | Tok::Map
            | Tok::Chan
            | Tok::Func
            | Tok::Struct
            | Tok::Interface
            | Tok::Arrow
    )
}

/// Updates the frame stack for one token (not a semicolon); returns whether
/// this `{` is a body's LBODY.
fn header_token(stack: &mut Vec<Frame>, tok: Tok<'_>, prev: Option<Tok<'_>>) -> bool {
    // Closing tokens: pop to the matching frame (headers left open by
    // malformed input go with it), then tell the header beneath what closed.
    match tok {
        Tok::RParen | Tok::RBrack | Tok::RBrace => {
            let want_brace = tok == Tok::RBrace;
            let matching = stack.iter().rposition(|f| match f {
                Frame::Brace { .. } => want_brace,
                Frame::Paren { .. } => !want_brace,
                Frame::Header { .. } => false,
            });
            // An unmatched closer is an error the parser reports; keep the
            // stack as it is so that the rest of the file is framed right.
            if let Some(k) = matching {
                let then = match stack[k] {
                    Frame::Brace { then, .. } | Frame::Paren { then, .. } => then,
                    Frame::Header { .. } => None,
                };
                stack.truncate(k);
                if let (Some(ty2), Some(Frame::Header { ty, .. })) = (then, stack.last_mut()) {
                    *ty = ty2;
                }
            }
            return false;
        }
        _ => {}
    }

    let Some(&Frame::Header { ty, .. }) = stack.last() else {
        // Statement or expression context.
        match tok {
            Tok::If | Tok::Switch => stack.push(Frame::Header {
                ty: Ty::None,
                semis: 0,
                max_semis: 1,
            }),
            Tok::For => stack.push(Frame::Header {
                ty: Ty::None,
                semis: 0,
                max_semis: 2,
            }),
            Tok::Select => stack.push(Frame::Header {
                ty: Ty::None,
                semis: 0,
                max_semis: 0,
            }),
            Tok::LParen | Tok::LBrack => stack.push(Frame::Paren {
                then: None,
                type_group: tok == Tok::LParen && prev == Some(Tok::Type),
            }),
            Tok::LBrace => stack.push(Frame::Brace {
                then: None,
                iface: prev == Some(Tok::Interface),
            }),
            _ => {}
        }
        return false;
    };

    let set = |stack: &mut Vec<Frame>, new: Ty| {
        if let Some(Frame::Header { ty, .. }) = stack.last_mut() {
            *ty = new;
        }
    };
    let paren = |stack: &mut Vec<Frame>, then: Option<Ty>| {
        stack.push(Frame::Paren {
            then,
            type_group: false,
        })
    };
    let brace =
        |stack: &mut Vec<Frame>, then: Option<Ty>| stack.push(Frame::Brace { then, iface: false });

    // Within a type: advance the type's state; anything that does not
    // continue it ends it, and is then handled as part of an expression.
    let mut ty = ty;
    loop {
        match ty {
            Ty::Expect => match tok {
                Tok::Name(_) => return set_ret(stack, Ty::CompleteName),
                Tok::Star | Tok::Arrow => return set_ret(stack, Ty::Expect),
                Tok::Chan => return set_ret(stack, Ty::Expect),
                Tok::LParen | Tok::LBrack => {
                    set(stack, Ty::None);
                    paren(
                        stack,
                        Some(if tok == Tok::LParen {
                            Ty::Complete
                        } else {
                            Ty::Expect
                        }),
                    );
                    return false;
                }
                Tok::Map => return set_ret(stack, Ty::MapKey),
                Tok::Func => return set_ret(stack, Ty::FuncParams),
                Tok::Struct | Tok::Interface => return set_ret(stack, Ty::TypeBody),
                _ => ty = Ty::None,
            },
            Ty::ExpectSel => match tok {
                Tok::Name(_) => return set_ret(stack, Ty::Complete),
                _ => ty = Ty::None,
            },
            Ty::CompleteName => match tok {
                Tok::Period => return set_ret(stack, Ty::ExpectSel),
                Tok::LBrack => {
                    set(stack, Ty::None);
                    paren(stack, Some(Ty::Complete));
                    return false;
                }
                _ => ty = Ty::Complete,
            },
            Ty::Complete => match tok {
                Tok::LBrace => {
                    set(stack, Ty::None);
                    brace(stack, Some(Ty::None));
                    return false;
                }
                _ => ty = Ty::None,
            },
            Ty::FuncParams => match tok {
                Tok::LParen => {
                    set(stack, Ty::None);
                    paren(stack, Some(Ty::FuncResult));
                    return false;
                }
                _ => ty = Ty::None,
            },
            Ty::FuncResult => match tok {
                Tok::LParen => {
                    set(stack, Ty::None);
                    paren(stack, Some(Ty::Complete));
                    return false;
                }
                Tok::LBrace => ty = Ty::Complete,
                t if starts_type(t) => ty = Ty::Expect,
                _ => ty = Ty::None,
            },
            Ty::TypeBody => match tok {
                Tok::LBrace => {
                    set(stack, Ty::None);
                    brace(stack, Some(Ty::Complete));
                    return false;
                }
                _ => ty = Ty::None,
            },
            Ty::MapKey => match tok {
                Tok::LBrack => {
                    set(stack, Ty::None);
                    paren(stack, Some(Ty::Expect));
                    return false;
                }
                _ => ty = Ty::None,
            },
            Ty::None => break,
        }
    }

    // Expression context at the header's level.
    set(stack, Ty::None);
    match tok {
        Tok::LBrace => {
            // The body: the header ends here.
            stack.pop();
            stack.push(Frame::Brace {
                then: None,
                iface: false,
            });
            return true;
        }
        Tok::LParen => paren(stack, None),
        Tok::LBrack => {
            if ends_operand(prev) {
                paren(stack, None); // index, slice or instantiation
            } else {
                paren(stack, Some(Ty::Expect)); // array or slice type
            }
        }
        Tok::Map => set(stack, Ty::MapKey),
        Tok::Chan => set(stack, Ty::Expect),
        Tok::Func => set(stack, Ty::FuncParams),
        Tok::Struct | Tok::Interface => set(stack, Ty::TypeBody),
        _ => {}
    }
    false
}

fn set_ret(stack: &mut [Frame], new: Ty) -> bool {
    if let Some(Frame::Header { ty, .. }) = stack.last_mut() {
        *ty = new;
    }
    false
}

/// Whether the `(` at `i` directly follows the parameters of `func(...)`:
/// then it opens the function type's results (gc's `funcType` takes it so).
/// A method's receiver is followed by the method name, never by `(`.
fn is_func_results(toks: &[LexToken<'_>], matches: &Matches, i: usize) -> bool {
    if i < 3 || toks[i - 1].tok != Tok::RParen {
        return false;
    }
    let Some(k) = matches.opener_of(i - 1) else {
        return false;
    };
    if k == 0 || toks[k].tok != Tok::LParen {
        return false;
    }
    match toks[k - 1].tok {
        Tok::Func => true,
        // `func[T any](...)`: type parameters (an error gc reports) before
        // the parameters.
        Tok::RBrack => matches
            .opener_of(k - 1)
            .is_some_and(|j| j > 0 && toks[j].tok == Tok::LBrack && toks[j - 1].tok == Tok::Func),
        _ => false,
    }
}

/// Matching brackets of a token list, computed once so that no decision
/// here rescans the input (which would be quadratic on adversarial input).
/// Brackets of any kind nest with each other.
pub(crate) struct Matches {
    /// For an opener, the index just past its closer (`len` if unclosed);
    /// for a closer, its opener's index plus one (0 if unmatched).
    other: Vec<u32>,
}

impl Matches {
    fn after_closer(&self, open: usize) -> usize {
        self.other.get(open).map_or(0, |&x| x as usize)
    }
    fn opener_of(&self, close: usize) -> Option<usize> {
        match self.other.get(close) {
            Some(&x) if x > 0 => Some(x as usize - 1),
            _ => None,
        }
    }
}

fn match_table(toks: &[LexToken<'_>]) -> Matches {
    let n = toks.len();
    let mut other = vec![0u32; n];
    let mut stack: Vec<usize> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        match t.tok {
            Tok::LParen | Tok::LBrack | Tok::LBrace => {
                other[i] = n as u32;
                stack.push(i);
            }
            Tok::RParen | Tok::RBrack | Tok::RBrace => {
                if let Some(k) = stack.pop() {
                    other[k] = i as u32 + 1;
                    other[i] = k as u32 + 1;
                }
            }
            _ => {}
        }
    }
    Matches { other }
}

/// Whether the `[` at `i` opens type parameters of a method in an interface
/// (`M[P any]()`, an error gc reports), rather than the type arguments of
/// an embedded type (`T[int]`): as gc decides, by whether the first entry is
/// a name followed by a type, and here also by the `(` after the `]`.
fn is_interface_method_tparams(
    toks: &[LexToken<'_>],
    matches: &Matches,
    i: usize,
    stack: &[Frame],
) -> bool {
    // `Name [` at the start of an element of an interface body (after its
    // `{`, a `;`, or a newline, whose semicolon is not in `toks` yet).
    let element_start = i >= 2
        && matches!(toks[i - 1].tok, Tok::Name(_))
        && (matches!(toks[i - 2].tok, Tok::LBrace | Tok::Semi(_)) || toks[i - 1].nl != 0);
    if !element_start || !matches!(stack.last(), Some(Frame::Brace { iface: true, .. })) {
        return false;
    }
    let named = matches!(toks.get(i + 1).map(|t| t.tok), Some(Tok::Name(_)))
        && !matches!(
            toks.get(i + 2).map(|t| t.tok),
            Some(Tok::Comma | Tok::RBrack | Tok::Period | Tok::LBrack | Tok::Or) | None
        );
    let close = matches.after_closer(i);
    named && matches!(toks.get(close).map(|t| t.tok), Some(Tok::LParen))
}

/// Whether the `[` at `i` follows the name of a type spec: `type Name [`, or
/// `Name [` at the start of a spec in a `type (...)` group.
fn is_type_spec_bracket(toks: &[LexToken<'_>], i: usize, stack: &[Frame]) -> bool {
    if i < 2 || !matches!(toks[i - 1].tok, Tok::Name(_)) {
        return false;
    }
    match toks[i - 2].tok {
        Tok::Type => true,
        Tok::LParen | Tok::Semi(_) => matches!(
            stack.last(),
            Some(Frame::Paren {
                type_group: true,
                ..
            })
        ),
        // A newline ends the previous spec of a group (the semicolon is not
        // in `toks` yet).
        _ => {
            toks[i - 1].nl != 0
                && matches!(
                    stack.last(),
                    Some(Frame::Paren {
                        type_group: true,
                        ..
                    })
                )
        }
    }
}

/// The shape of an expression, as much as gc's `extractName` and
/// `isTypeElem` look at.
enum Shape {
    Name,
    TypeElem,
    Paren(Box<Shape>),
    Unary {
        tilde: bool,
        x: Box<Shape>,
    },
    Binary {
        op: BinKind,
        x: Box<Shape>,
        y: Box<Shape>,
    },
    Call {
        fun_is_name: bool,
        nargs: usize,
        dots: bool,
        arg: Option<Box<Shape>>,
    },
    Other,
}

#[derive(PartialEq, Eq)]
enum BinKind {
    Mul,
    Or,
    Other,
}

fn is_type_elem(x: &Shape) -> bool {
    match x {
        Shape::TypeElem => true,
        Shape::Unary { tilde, x } => *tilde || is_type_elem(x),
        Shape::Binary { x, y, .. } => is_type_elem(x) || is_type_elem(y),
        Shape::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

/// gc's `extractName`: `Some(has_type)` if `x` splits into a name and an
/// optional type, `None` if it does not.
fn extract_name(x: &Shape, force: bool) -> Option<bool> {
    match x {
        Shape::Name => Some(false),
        Shape::Binary {
            op: BinKind::Mul,
            x,
            y,
        } if matches!(**x, Shape::Name) && (force || is_type_elem(y)) => Some(true),
        Shape::Binary {
            op: BinKind::Or,
            x,
            y,
        } => match extract_name(x, force || is_type_elem(y)) {
            Some(true) => Some(true),
            _ => None,
        },
        Shape::Call {
            fun_is_name: true,
            nargs: 1,
            dots: false,
            arg: Some(a),
        } if force || is_type_elem(a) => Some(true),
        _ => None,
    }
}

/// Decides, as gc's `typeDecl` does, whether the tokens from `i` (just after
/// `type Name [`) start a type parameter list rather than an array length.
fn tparams_follow(toks: &[LexToken<'_>], matches: &Matches, i: usize) -> bool {
    let Some(first) = toks.get(i) else {
        return false;
    };
    if !matches!(first.tok, Tok::Name(_)) {
        return false; // `[]E`, `[N]E` with a non-name length, `[...]E`
    }
    if matches!(toks.get(i + 1).map(|t| t.tok), Some(Tok::LBrack)) {
        return true; // `P []E`: an index is never a constant length
    }
    let mut p = ShapeParser {
        matches,
        toks,
        i: i + 1,
        depth: 0,
    };
    let x = p.pexpr(Shape::Name);
    let x = p.binary_rest(x, 0);
    let next = toks.get(p.i).map(|t| t.tok);
    match extract_name(&x, next == Some(Tok::Comma)) {
        Some(has_type) => has_type || next != Some(Tok::RBrack),
        None => false,
    }
}

/// A rough expression parser over tokens: enough structure for
/// [`extract_name`], skipping over everything else. Recursion is bounded.
struct ShapeParser<'t, 'a> {
    matches: &'t Matches,
    toks: &'t [LexToken<'a>],
    i: usize,
    depth: u32,
}

const SHAPE_DEPTH: u32 = 200;

fn binary_prec(t: Tok<'_>) -> Option<(u8, BinKind)> {
    Some(match t {
        Tok::OrOr => (1, BinKind::Other),
        Tok::AndAnd => (2, BinKind::Other),
        Tok::Eql | Tok::Neq | Tok::Lss | Tok::Leq | Tok::Gtr | Tok::Geq => (3, BinKind::Other),
        Tok::Or => (4, BinKind::Or),
        Tok::Add | Tok::Sub | Tok::Xor => (4, BinKind::Other),
        Tok::Star => (5, BinKind::Mul),
        Tok::Quo | Tok::Rem | Tok::Shl | Tok::Shr | Tok::And | Tok::AndNot => (5, BinKind::Other),
        _ => return None,
    })
}

impl<'a> ShapeParser<'_, 'a> {
    fn tok(&self) -> Option<Tok<'a>> {
        self.toks.get(self.i).map(|t| t.tok)
    }

    fn binary(&mut self, prec: u8) -> Shape {
        let x = self.unary();
        self.binary_rest(x, prec)
    }

    fn binary_rest(&mut self, mut x: Shape, prec: u8) -> Shape {
        while let Some((p, op)) = self.tok().and_then(binary_prec) {
            if p <= prec || self.depth > SHAPE_DEPTH {
                break;
            }
            self.i += 1;
            self.depth += 1;
            let y = self.binary(p);
            self.depth -= 1;
            x = Shape::Binary {
                op,
                x: Box::new(x),
                y: Box::new(y),
            };
        }
        x
    }

    fn unary(&mut self) -> Shape {
        if self.depth > SHAPE_DEPTH {
            return Shape::Other;
        }
        match self.tok() {
            Some(Tok::Arrow)
                if matches!(self.toks.get(self.i + 1).map(|t| t.tok), Some(Tok::Chan)) =>
            {
                self.skip_type();
                let x = Shape::TypeElem;
                self.pexpr(x)
            }
            Some(
                t @ (Tok::Add
                | Tok::Sub
                | Tok::Not
                | Tok::Xor
                | Tok::Star
                | Tok::And
                | Tok::Arrow
                | Tok::Tilde),
            ) => {
                self.i += 1;
                self.depth += 1;
                let x = self.unary();
                self.depth -= 1;
                Shape::Unary {
                    tilde: t == Tok::Tilde,
                    x: Box::new(x),
                }
            }
            _ => {
                let x = self.operand();
                self.pexpr(x)
            }
        }
    }

    fn operand(&mut self) -> Shape {
        match self.tok() {
            Some(Tok::Name(_)) => {
                self.i += 1;
                Shape::Name
            }
            Some(t) if t.is_literal() => {
                self.i += 1;
                Shape::Other
            }
            Some(Tok::LParen) => {
                let close = self.matching(self.i);
                self.i += 1;
                self.depth += 1;
                let x = self.binary(0);
                self.depth -= 1;
                self.i = close;
                Shape::Paren(Box::new(x))
            }
            Some(Tok::Func) => {
                self.skip_type();
                if self.tok() == Some(Tok::LBrace) {
                    self.i = self.matching(self.i);
                    return Shape::Other;
                }
                Shape::TypeElem
            }
            Some(Tok::LBrack | Tok::Struct | Tok::Interface | Tok::Map | Tok::Chan) => {
                self.skip_type();
                Shape::TypeElem
            }
            _ => Shape::Other,
        }
    }

    fn pexpr(&mut self, mut x: Shape) -> Shape {
        loop {
            match self.tok() {
                Some(Tok::Period) => {
                    self.i += 1;
                    match self.tok() {
                        Some(Tok::Name(_)) => self.i += 1,
                        Some(Tok::LParen) => self.i = self.matching(self.i),
                        _ => return Shape::Other,
                    }
                    x = Shape::Other;
                }
                Some(Tok::LBrack | Tok::LBrace) => {
                    self.i = self.matching(self.i);
                    x = Shape::Other;
                }
                Some(Tok::LParen) => {
                    let open = self.i;
                    let close = self.matching(open);
                    // Count top-level arguments and look for `...`.
                    let mut nargs = 0;
                    let mut dots = false;
                    let mut depth = 0i32;
                    let mut last_comma = false;
                    for t in &self.toks[open + 1..close.saturating_sub(1).max(open + 1)] {
                        match t.tok {
                            Tok::LParen
                            | Tok::LBrack
                            | Tok::LBrace
                            | Tok::LBrackTParams
                            | Tok::LBody => depth += 1,
                            Tok::RParen | Tok::RBrack | Tok::RBrace => depth -= 1,
                            Tok::Comma if depth == 0 => nargs += 1,
                            Tok::Ellipsis if depth == 0 => dots = true,
                            _ => {}
                        }
                        last_comma = depth == 0 && t.tok == Tok::Comma;
                    }
                    let empty = close <= open + 2;
                    if !empty && !last_comma {
                        nargs += 1;
                    }
                    let arg = if nargs == 1 {
                        self.i = open + 1;
                        self.depth += 1;
                        let a = self.binary(0);
                        self.depth -= 1;
                        Some(Box::new(a))
                    } else {
                        None
                    };
                    self.i = close;
                    x = Shape::Call {
                        fun_is_name: matches!(x, Shape::Name),
                        nargs,
                        dots,
                        arg,
                    };
                }
                _ => return x,
            }
        }
    }

    /// Skips a type starting at the current token.
    fn skip_type(&mut self) {
        if self.depth > SHAPE_DEPTH {
            return;
        }
        self.depth += 1;
        match self.tok() {
            Some(Tok::Name(_)) => {
                self.i += 1;
                if self.tok() == Some(Tok::Period) {
                    self.i += 2;
                }
                if self.tok() == Some(Tok::LBrack) {
                    self.i = self.matching(self.i);
                }
            }
            Some(Tok::Star) => {
                self.i += 1;
                self.skip_type();
            }
            Some(Tok::LBrack) => {
                self.i = self.matching(self.i);
                self.skip_type();
            }
            Some(Tok::LParen) => self.i = self.matching(self.i),
            Some(Tok::Map) => {
                self.i += 1;
                if self.tok() == Some(Tok::LBrack) {
                    self.i = self.matching(self.i);
                }
                self.skip_type();
            }
            Some(Tok::Chan) => {
                self.i += 1;
                if self.tok() == Some(Tok::Arrow) {
                    self.i += 1;
                }
                self.skip_type();
            }
            Some(Tok::Arrow) => {
                self.i += 1;
                self.skip_type();
            }
            Some(Tok::Func) => {
                self.i += 1;
                if self.tok() == Some(Tok::LParen) {
                    self.i = self.matching(self.i);
                }
                match self.tok() {
                    Some(Tok::LParen) => self.i = self.matching(self.i),
                    Some(t) if starts_type(t) => self.skip_type(),
                    _ => {}
                }
            }
            Some(Tok::Struct | Tok::Interface) => {
                self.i += 1;
                if self.tok() == Some(Tok::LBrace) {
                    self.i = self.matching(self.i);
                }
            }
            _ => {}
        }
        self.depth -= 1;
    }

    /// The index just past the bracket matching the opener at `open`.
    fn matching(&self, open: usize) -> usize {
        self.matches
            .after_closer(open)
            .max(open + 1)
            .min(self.toks.len())
    }
}
