//! The compiled-program cache: a second run of the same program maps the
//! first run's image and behaves the same (output, panics and their
//! tracebacks, exit status); changed sources, damaged images and
//! `GORUN_CACHE=off` fall back to compiling.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A scratch directory removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let d = std::env::temp_dir().join(format!("gorun-cache-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        Scratch(d)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    out: String,
    err: String,
    code: i32,
}

fn run(prog: &Path, cache: &str, extra_env: &[(&str, &str)]) -> Run {
    let mut c = Command::new(env!("CARGO_BIN_EXE_gorun"));
    c.arg(prog)
        .env("GORUN_CACHE", cache)
        .env("GORUN_DEBUG_CACHE", "1");
    for (k, v) in extra_env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    Run {
        out: String::from_utf8_lossy(&o.stdout).into_owned(),
        err: String::from_utf8_lossy(&o.stderr).into_owned(),
        code: o.status.code().unwrap_or(-1),
    }
}

/// The program's stderr without the cache's own reports.
fn program_err(r: &Run) -> String {
    r.err
        .lines()
        .filter(|l| !l.starts_with("gorun: cache: "))
        .collect::<Vec<_>>()
        .join("\n")
}

fn images(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "img"))
                .collect()
        })
        .unwrap_or_default()
}

const PROGRAM: &str = r#"package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

var table = map[string]int{"a": 1, "b": 2}

func index(s []int, i int) int { return s[i] }

func main() {
	var wg sync.WaitGroup
	results := make([]string, 4)
	for i := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = strings.Repeat("x", i+table["b"])
		}()
	}
	wg.Wait()
	fmt.Println(results, time.Duration(1500)*time.Millisecond)
	defer func() {
		fmt.Println("recovered:", recover())
		index(nil, 3)
	}()
	index([]int{1}, 2)
}
"#;

#[test]
fn a_second_run_maps_the_first_runs_image() {
    let dir = Scratch::new("hit");
    let prog = dir.0.join("prog.go");
    std::fs::write(&prog, PROGRAM).unwrap();
    let cache = dir.0.join("cache");
    let cache = cache.to_str().unwrap();

    let first = run(&prog, cache, &[]);
    assert!(first.err.contains("gorun: cache: saved"), "{}", first.err);
    assert_eq!(images(Path::new(cache)).len(), 1);
    let second = run(&prog, cache, &[]);
    assert!(
        second.err.contains("gorun: cache: loaded"),
        "{}",
        second.err
    );
    assert!(!second.err.contains("saved"), "{}", second.err);

    assert_eq!(
        first.out,
        "[xx xxx xxxx xxxxx] 1.5s\nrecovered: runtime error: index out of range [2] with length 1\n"
    );
    assert_eq!(first.code, 2);
    assert!(
        program_err(&first).contains("panic: runtime error: index out of range [3] with length 0")
    );
    // The same text, tracebacks (function names, files, lines, offsets)
    // included.
    assert_eq!(
        (&second.out, program_err(&second), second.code),
        (&first.out, program_err(&first), first.code)
    );
    assert!(
        program_err(&second).contains("main.index(...)"),
        "{}",
        second.err
    );
}

#[test]
fn changed_sources_compile_again() {
    let dir = Scratch::new("changed");
    let prog = dir.0.join("prog.go");
    let cache = dir.0.join("cache");
    let cache = cache.to_str().unwrap();
    std::fs::write(&prog, "package main\n\nfunc main() { println(1) }\n").unwrap();
    let r = run(&prog, cache, &[]);
    assert!(
        program_err(&r) == "1" && r.err.contains("saved"),
        "{}",
        r.err
    );
    std::fs::write(&prog, "package main\n\nfunc main() { println(2) }\n").unwrap();
    let r = run(&prog, cache, &[]);
    assert!(
        program_err(&r) == "2" && r.err.contains("saved"),
        "{}",
        r.err
    );
    assert_eq!(images(Path::new(cache)).len(), 2);
}

#[test]
fn a_damaged_image_is_compiled_again() {
    let dir = Scratch::new("damaged");
    let prog = dir.0.join("prog.go");
    std::fs::write(&prog, PROGRAM).unwrap();
    let cache = dir.0.join("cache");
    let cache = cache.to_str().unwrap();
    let first = run(&prog, cache, &[]);
    let img = images(Path::new(cache)).remove(0);
    let bytes = std::fs::read(&img).unwrap();
    for damaged in [
        bytes[..bytes.len() / 2].to_vec(),
        b"GORUNIMG garbage".to_vec(),
        bytes.iter().map(|b| b ^ 0x5a).collect(),
        {
            // One bit flipped somewhere in the code.
            let mut b = bytes.clone();
            b[bytes.len() / 3] ^= 0x10;
            b
        },
    ] {
        std::fs::write(&img, &damaged).unwrap();
        let r = run(&prog, cache, &[]);
        assert!(r.err.contains("gorun: cache: saved"), "{}", r.err);
        assert_eq!((&r.out, r.code), (&first.out, first.code));
    }
    assert!(run(&prog, cache, &[]).err.contains("gorun: cache: loaded"));
}

#[test]
fn the_cache_can_be_turned_off() {
    let dir = Scratch::new("off");
    let prog = dir.0.join("prog.go");
    std::fs::write(&prog, "package main\n\nfunc main() { println(1) }\n").unwrap();
    let home = dir.0.join("home");
    let home = home.to_str().unwrap();
    let r = run(&prog, "off", &[("XDG_CACHE_HOME", home), ("HOME", home)]);
    assert_eq!(r.err, "1\n");
    assert!(!Path::new(home).exists());
}

#[test]
fn use_refreshes_old_images_and_trimming_removes_unused_ones() {
    use std::time::{Duration, SystemTime};
    let dir = Scratch::new("trim");
    let age = |p: &Path| {
        SystemTime::now()
            .duration_since(std::fs::metadata(p).unwrap().modified().unwrap())
            .unwrap_or_default()
    };
    let set_age = |p: &Path, secs: u64| {
        let f = std::fs::File::options().append(true).open(p).unwrap();
        f.set_modified(SystemTime::now() - Duration::from_secs(secs))
            .unwrap();
    };
    let (fresh, used, unused, other) = (
        dir.0.join("a.img"),
        dir.0.join("b.img"),
        dir.0.join("c.img"),
        dir.0.join("d.txt"),
    );
    for p in [&fresh, &used, &unused, &other] {
        std::fs::write(p, "x").unwrap();
    }
    // Used ten minutes ago: left alone; two hours ago: refreshed.
    set_age(&fresh, 600);
    gorun::cache::touch(&fresh);
    assert!(age(&fresh) >= Duration::from_secs(590));
    set_age(&used, 7200);
    gorun::cache::touch(&used);
    assert!(age(&used) < Duration::from_secs(60));
    // Six days unused: removed (images only).
    set_age(&unused, 6 * 24 * 3600);
    set_age(&other, 6 * 24 * 3600);
    gorun::cache::trim(&dir.0);
    assert!(fresh.exists() && used.exists() && other.exists());
    assert!(!unused.exists());
}
