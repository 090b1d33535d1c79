//! Small types shared across the checker's modules.

use super::TypeId;

/// A signature to infer a generic function value's type arguments from,
/// when the value is assigned or passed (types2's target).
#[derive(Clone, Debug)]
pub struct Target {
    pub sig: TypeId,
    /// What the target is, for messages ("variable in assignment").
    pub desc: String,
}

/// The kind of an expression, for statement-context checks (types2's
/// exprKind).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ExprClass {
    Conversion,
    Expression,
    Statement,
}

/// A substitution of type arguments for type parameters.
#[derive(Clone, Debug, Default)]
pub struct SubstMap {
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
}

impl SubstMap {
    pub fn new(tparams: &[TypeId], targs: &[TypeId]) -> SubstMap {
        SubstMap {
            tparams: tparams.to_vec(),
            targs: targs.to_vec(),
        }
    }
    pub fn lookup(&self, tp: TypeId) -> Option<TypeId> {
        self.tparams
            .iter()
            .position(|&p| p == tp)
            .map(|i| self.targs[i])
    }
    pub fn is_empty(&self) -> bool {
        self.tparams.is_empty()
    }
}

/// Statement context flags (types2's stmtContext).
pub mod stmt_ctx {
    pub const BREAK_OK: u8 = 1 << 0;
    pub const CONTINUE_OK: u8 = 1 << 1;
    pub const FALLTHROUGH_OK: u8 = 1 << 2;
    pub const FINAL_SWITCH_CASE: u8 = 1 << 3;
    pub const IN_TYPE_SWITCH: u8 = 1 << 4;
}
