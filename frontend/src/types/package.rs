//! Packages (go/types' Package).

use crate::name::Name;

use super::ScopeId;

#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct PkgId(pub u32);

#[derive(Clone, Debug)]
pub struct Package {
    /// Import path ("fmt", "main", "math/rand").
    pub path: String,
    /// Package name from the package clause.
    pub name: Name,
    /// Package scope: its top-level declarations (not file-scoped imports).
    pub scope: ScopeId,
    /// Packages directly imported, in source order without duplicates.
    pub imports: Vec<PkgId>,
    /// Whether checking has finished (the package can be used by importers).
    pub complete: bool,
    /// Created for an import that could not be resolved.
    pub fake: bool,
}
