//! Diagnostics in gc's format: `file.go:LINE:COL: message`.

use crate::source::{FileSet, Pos};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub pos: Pos,
    pub msg: String,
    /// Continuation lines gc prints indented below the error, each with
    /// its own position (e.g. "other declaration of x").
    pub notes: Vec<(Pos, String)>,
}

impl Diagnostic {
    pub fn new(pos: Pos, msg: impl Into<String>) -> Diagnostic {
        Diagnostic {
            pos,
            msg: msg.into(),
            notes: Vec::new(),
        }
    }
    pub fn with_note(mut self, pos: Pos, msg: impl Into<String>) -> Diagnostic {
        self.notes.push((pos, msg.into()));
        self
    }
    /// `file:line:col: msg` as gc prints it.
    pub fn render(&self, fset: &FileSet) -> String {
        let mut s = match fset.position(self.pos) {
            Some(p) => format!("{p}: {}", self.msg),
            None => self.msg.clone(),
        };
        for (pos, msg) in &self.notes {
            s.push_str("\n\t");
            if let Some(p) = fset.position(*pos) {
                s.push_str(&format!("{p}: "));
            }
            s.push_str(msg);
        }
        s
    }
}

/// Sorts diagnostics by position and drops exact repeats of one line's
/// message, as gc's `FlushErrors` does.
pub fn sort_and_dedup(diags: &mut Vec<Diagnostic>, fset: &FileSet) {
    diags.sort_by_key(|d| d.pos);
    let mut last: Option<(String, u32, String)> = None;
    diags.retain(|d| {
        let key = fset
            .position(d.pos)
            .map(|p| (p.filename, p.line, d.msg.clone()));
        match (&key, &last) {
            (Some(k), Some(l)) if k == l => false,
            _ => {
                last = key;
                true
            }
        }
    });
}
