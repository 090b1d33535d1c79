//! The compiled-program cache: `gorun FILE.go` maps the image a previous
//! run of the same program saved (`gorun_jit::image`) instead of loading,
//! checking and compiling it again, as `go run` reuses its build cache.
//!
//! Where: `$GORUN_CACHE`, else `$XDG_CACHE_HOME/gorun`, else
//! `$HOME/.cache/gorun`; `GORUN_CACHE=off` turns it off, and
//! `GORUN_DEBUG_CACHE=1` says on stderr which image was loaded or saved. One file per
//! program, named by a hash of its key; images unused for five days are
//! removed when another is saved.
//!
//! The key is everything a compile depends on: gorun's own binary (path,
//! size, inode, modification and change times: the embedded standard
//! library, the runtime and the compiler are in it), the CPU features code
//! was selected for, the main package's files (names as shown,
//! canonical paths, contents) and the settings that change what is
//! compiled. It is stored in the image and compared in full on load, so a
//! hash collision can only cost a compile.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use crate::loader::SourceFiles;

/// How long an unused image is kept.
const MAX_AGE: Duration = Duration::from_secs(5 * 24 * 3600);

/// Where a program's image lives, and its key.
pub struct Entry {
    pub path: PathBuf,
    pub key: Vec<u8>,
}

/// The cache directory, unless the cache is off.
pub fn dir() -> Option<PathBuf> {
    match std::env::var_os("GORUN_CACHE") {
        Some(d) if d == "off" => None,
        Some(d) if !d.is_empty() => Some(PathBuf::from(d)),
        _ => match std::env::var_os("XDG_CACHE_HOME") {
            Some(d) if !d.is_empty() => Some(PathBuf::from(d).join("gorun")),
            _ => std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/gorun")),
        },
    }
}

/// The cache entry of the program made of `files`, if there is a cache.
pub fn entry(files: &SourceFiles) -> Option<Entry> {
    // Settings that print from the compile or change what it keeps.
    for v in ["GORUN_NOPRUNE", "GORUN_DEBUG_PRUNE"] {
        if std::env::var_os(v).is_some() {
            return None;
        }
    }
    let dir = dir()?;
    let key = key(files)?;
    let h = |seed: u64| {
        let mut s = std::collections::hash_map::DefaultHasher::new();
        seed.hash(&mut s);
        key.hash(&mut s);
        s.finish()
    };
    let path = dir.join(format!("{:016x}{:016x}.img", h(1), h(2)));
    Some(Entry { path, key })
}

fn key(files: &SourceFiles) -> Option<Vec<u8>> {
    let mut k = Vec::new();
    let mut put = |b: &[u8]| {
        k.extend_from_slice(&(b.len() as u64).to_le_bytes());
        k.extend_from_slice(b);
    };
    let exe = std::env::current_exe().ok()?;
    let meta = std::fs::metadata(&exe).ok()?;
    let mtime = meta
        .modified()
        .ok()?
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?;
    put(exe.as_os_str().as_encoded_bytes());
    put(&meta.len().to_le_bytes());
    put(&mtime.as_nanos().to_le_bytes());
    // A copy that keeps the modification time still changes these.
    {
        use std::os::unix::fs::MetadataExt;
        put(&meta.ino().to_le_bytes());
        put(&meta.ctime().to_le_bytes());
        put(&meta.ctime_nsec().to_le_bytes());
    }
    put(gorun_jit::host_fingerprint().as_bytes());
    for (name, src) in files {
        put(name.as_bytes());
        let canon = std::fs::canonicalize(name).unwrap_or_default();
        put(canon.as_os_str().as_encoded_bytes());
        put(src.as_bytes());
    }
    Some(k)
}

/// Reports `msg()` on stderr if `GORUN_DEBUG_CACHE` is set.
pub fn debug(msg: impl FnOnce() -> String) {
    if std::env::var_os("GORUN_DEBUG_CACHE").is_some() {
        eprintln!("gorun: cache: {}", msg());
    }
}

/// Notes that the image at `path` was used (its age counts from now).
/// As Go's build cache, only when the recorded time is over an hour old:
/// a program run often costs a `stat`, not a metadata write, per run.
pub fn touch(path: &std::path::Path) {
    let now = SystemTime::now();
    let stale = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .is_ok_and(|t| {
            now.duration_since(t)
                .is_ok_and(|age| age > Duration::from_secs(3600))
        });
    if stale && let Ok(f) = std::fs::File::options().append(true).open(path) {
        let _ = f.set_modified(now);
    }
}

/// Removes the images in `dir` unused for [`MAX_AGE`].
pub fn trim(dir: &std::path::Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let p = e.path();
        if p.extension().is_none_or(|x| x != "img") {
            continue;
        }
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age > MAX_AGE));
        if old {
            let _ = std::fs::remove_file(p);
        }
    }
}
