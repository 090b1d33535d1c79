//! Interned identifiers.
//!
//! A [`Name`] is a pointer to a string that lives for the whole process, and
//! equal strings intern to the same pointer, so names compare and hash as
//! pointers. Interned strings are never freed: the set of distinct identifiers
//! of any program is small.

use rustc_hash::FxHashSet as HashSet;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::{Mutex, OnceLock};

#[derive(Copy, Clone)]
pub struct Name(&'static str);

fn table() -> &'static Mutex<HashSet<&'static str>> {
    static TABLE: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    TABLE.get_or_init(|| Mutex::new(HashSet::default()))
}

impl Name {
    pub fn intern(s: &str) -> Name {
        let mut t = table().lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&p) = t.get(s) {
            return Name(p);
        }
        let p: &'static str = Box::leak(s.to_owned().into_boxed_str());
        t.insert(p);
        Name(p)
    }
    pub fn as_str(self) -> &'static str {
        self.0
    }
    /// `_`, the blank identifier.
    pub fn is_blank(self) -> bool {
        self.0 == "_"
    }
    /// Whether the name is exported (starts with an upper-case letter).
    pub fn is_exported(self) -> bool {
        self.0.chars().next().is_some_and(char::is_uppercase)
    }
}

impl PartialEq for Name {
    fn eq(&self, other: &Name) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}
impl Eq for Name {}
impl Hash for Name {
    fn hash<H: Hasher>(&self, h: &mut H) {
        (self.0.as_ptr() as usize).hash(h)
    }
}
impl PartialOrd for Name {
    fn partial_cmp(&self, other: &Name) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
/// Names order by their text, so that sorted output is deterministic.
impl Ord for Name {
    fn cmp(&self, other: &Name) -> std::cmp::Ordering {
        self.0.cmp(other.0)
    }
}
impl fmt::Debug for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.0, f)
    }
}
impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}
impl From<&str> for Name {
    fn from(s: &str) -> Name {
        Name::intern(s)
    }
}
