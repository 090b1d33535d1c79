//! Source files and positions, as go/token's FileSet.
//!
//! A [`Pos`] is a byte offset into the concatenation of every file added to a
//! [`FileSet`] (each file's base is one past the previous file's end), so one
//! `u32` names a place in any file and positions order the way files were added.
//! `Pos(0)` means "no position". Columns are counted in bytes from 1, as gc does.

use std::fmt;
use std::sync::Arc;

/// A position in a [`FileSet`]: `file.base + byte offset`. `Pos::NONE` is no position.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Pos(pub u32);

impl Pos {
    pub const NONE: Pos = Pos(0);
    pub fn is_valid(self) -> bool {
        self.0 != 0
    }
    /// The position `n` bytes further on.
    // A position `n` bytes on; not `ops::Add`: a Pos plus a count is not a
    // sum of two positions.
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, n: usize) -> Pos {
        Pos(self.0 + n as u32)
    }
}

/// A half-open byte range `[lo, hi)` of one file.
#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug, Default)]
pub struct Span {
    pub lo: Pos,
    pub hi: Pos,
}

impl Span {
    pub fn new(lo: Pos, hi: Pos) -> Span {
        Span { lo, hi }
    }
    pub fn at(p: Pos) -> Span {
        Span { lo: p, hi: p }
    }
    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Index of a file in its [`FileSet`].
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct FileId(pub u32);

/// One source file: its name as it is reported, its text and its line table.
#[derive(Debug)]
pub struct SourceFile {
    pub name: String,
    pub base: u32,
    pub src: Arc<str>,
    /// Byte offset of the start of each line; `lines[0] == 0`.
    lines: Vec<u32>,
}

impl SourceFile {
    /// The position of byte `offset` of this file.
    pub fn pos(&self, offset: usize) -> Pos {
        Pos(self.base + offset as u32)
    }
    /// The byte offset of `pos` in this file.
    pub fn offset(&self, pos: Pos) -> usize {
        (pos.0 - self.base) as usize
    }
    pub fn end(&self) -> Pos {
        self.pos(self.src.len())
    }
    /// 1-based line and byte column of an offset.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let off = offset as u32;
        let line = match self.lines.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.lines[line] + 1)
    }
    /// The text of 1-based line `n`, without its newline.
    pub fn line_text(&self, n: u32) -> &str {
        let i = (n - 1) as usize;
        let start = self.lines[i] as usize;
        let end = self
            .lines
            .get(i + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.src.len());
        &self.src[start..end.max(start)]
    }
    pub fn line_count(&self) -> usize {
        self.lines.len()
    }
}

/// A resolved position: file name, 1-based line, 1-based byte column.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Position {
    pub filename: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.filename, self.line, self.column)
    }
}

/// Every file of a program, each at its own base so that a `Pos` identifies
/// the file. Files are only ever added, through `&self`: an importer adds the
/// files of an imported package while a checker holding the same set is
/// running (for messages that mention positions).
#[derive(Debug, Default)]
pub struct FileSet {
    files: std::sync::RwLock<Vec<Arc<SourceFile>>>,
}

impl FileSet {
    pub fn new() -> FileSet {
        FileSet::default()
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, Vec<Arc<SourceFile>>> {
        self.files.read().unwrap_or_else(|e| e.into_inner())
    }

    /// Adds a file. Its base leaves one position for end-of-file, so that the
    /// end position of one file is never the start of the next.
    pub fn add_file(&self, name: impl Into<String>, src: impl Into<Arc<str>>) -> FileId {
        let src: Arc<str> = src.into();
        let mut lines = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                lines.push(i as u32 + 1);
            }
        }
        let mut files = self.files.write().unwrap_or_else(|e| e.into_inner());
        let base = files
            .last()
            .map(|f| f.base + f.src.len() as u32 + 1)
            .unwrap_or(1);
        files.push(Arc::new(SourceFile {
            name: name.into(),
            base,
            src,
            lines,
        }));
        FileId(files.len() as u32 - 1)
    }

    pub fn file(&self, id: FileId) -> Arc<SourceFile> {
        self.read()[id.0 as usize].clone()
    }

    pub fn len(&self) -> usize {
        self.read().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The file containing `pos`, if any.
    pub fn file_of(&self, pos: Pos) -> Option<Arc<SourceFile>> {
        if !pos.is_valid() {
            return None;
        }
        let files = self.read();
        let i = match files.binary_search_by(|f| f.base.cmp(&pos.0)) {
            Ok(i) => i,
            Err(0) => return None,
            Err(i) => i - 1,
        };
        let f = &files[i];
        (pos.0 <= f.base + f.src.len() as u32).then(|| f.clone())
    }

    pub fn position(&self, pos: Pos) -> Option<Position> {
        let f = self.file_of(pos)?;
        let (line, column) = f.line_col(f.offset(pos));
        Some(Position {
            filename: f.name.clone(),
            line,
            column,
        })
    }
}
