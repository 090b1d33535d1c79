//! `gorun test [DIR]`: the compatibility suite. Every `NAME.go` of the
//! directory (default `testdata/`) runs under `gorun` and is compared with
//! what the real Go produced: `NAME.out` (stdout, exactly), `NAME.exit`
//! (exit code), `NAME.errprefix` (first line of stderr, for a non-zero
//! exit), `NAME.err` (all of stderr, when present); inputs `NAME.stdin` and
//! `NAME.args` (one argument a line). Concurrency is exercised by running
//! every program under GOMAXPROCS=1, 2 and 8, as the expectations were
//! produced. Programs run in parallel; the last line is `N passed, M failed`.
//! They share a cache of compiled images (`cache.rs`) private to the run
//! unless `GORUN_CACHE` says otherwise: of a program's three runs, some
//! compile and save, the others map the image, so both ways are checked.
//!
//! `DIR/KNOWN_FAILURES` lists programs that fail for a known reason, one
//! `NAME.go: reason` a line (`#` comments): they still run, and fail the
//! suite only by passing — so the list is removed from as gaps close,
//! never left stale.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A program may take this long before it counts as hung.
const TIMEOUT: Duration = Duration::from_secs(60);

/// GOMAXPROCS values every program runs under.
const PROCS: [u32; 3] = [1, 2, 8];

struct Case {
    go: PathBuf,
}

/// The outcome of one program under one GOMAXPROCS.
fn run_case(gorun: &Path, cache: &Path, c: &Case, procs: u32) -> Result<(), String> {
    let base = c.go.with_extension("");
    let read = |ext: &str| std::fs::read(base.with_extension(ext)).ok();
    let want_out = read("out").unwrap_or_default();
    let want_exit: i32 = read("exit")
        .and_then(|b| String::from_utf8_lossy(&b).trim().parse().ok())
        .ok_or_else(|| "missing .exit".to_string())?;
    let want_prefix = read("errprefix").map(|b| {
        String::from_utf8_lossy(&b)
            .trim_end_matches('\n')
            .to_string()
    });
    let want_err = read("err");
    let args: Vec<String> = read("args")
        .map(|b| {
            String::from_utf8_lossy(&b)
                .lines()
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    let stdin = match base.with_extension("stdin") {
        p if p.exists() => Stdio::from(std::fs::File::open(p).map_err(|e| e.to_string())?),
        _ => Stdio::null(),
    };
    let dir = c.go.parent().unwrap_or(Path::new("."));
    let file =
        c.go.file_name()
            .map(|f| format!("./{}", f.to_string_lossy()))
            .unwrap_or_default();
    let mut child = Command::new(gorun)
        .arg(&file)
        .args(&args)
        .current_dir(dir)
        .env("GOMAXPROCS", procs.to_string())
        .env("GORUN_CACHE", cache)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run gorun: {e}"))?;
    // Read output on threads so a chatty program cannot block on a full pipe.
    let mut so = child.stdout.take().expect("piped");
    let mut se = child.stderr.take().expect("piped");
    let to = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut so, &mut v);
        v
    });
    let te = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut se, &mut v);
        v
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(s)) => break s,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {}s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let out = to.join().unwrap_or_default();
    let err = te.join().unwrap_or_default();
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if code != want_exit {
        let first = String::from_utf8_lossy(&err)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        problems.push(format!("exit {code}, want {want_exit} (stderr: {first})"));
    }
    if out != want_out {
        problems.push(format!("stdout differs:\n{}", diff(&want_out, &out)));
    }
    if let Some(p) = want_prefix {
        let first = String::from_utf8_lossy(&err)
            .lines()
            .next()
            .unwrap_or("")
            .to_string();
        if first != p {
            problems.push(format!("stderr first line {first:?}, want {p:?}"));
        }
    }
    if let Some(w) = want_err
        && w != err
    {
        problems.push(format!("stderr differs:\n{}", diff(&w, &err)));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

/// The first differing line of two outputs, for the report.
fn diff(want: &[u8], got: &[u8]) -> String {
    let w = String::from_utf8_lossy(want);
    let g = String::from_utf8_lossy(got);
    let (wl, gl): (Vec<&str>, Vec<&str>) = (w.lines().collect(), g.lines().collect());
    for i in 0..wl.len().max(gl.len()) {
        let (a, b) = (wl.get(i), gl.get(i));
        if a != b {
            return format!(
                "    line {}: want {:?}\n    line {}:  got {:?}",
                i + 1,
                a.unwrap_or(&"<none>"),
                i + 1,
                b.unwrap_or(&"<none>")
            );
        }
    }
    "    (outputs differ in their final newline)".into()
}

pub fn main(args: &[String]) -> ExitCode {
    let mut dir = PathBuf::from("testdata");
    let mut filter: Option<String> = None;
    let mut verbose = false;
    for a in args {
        match a.as_str() {
            "-v" => verbose = true,
            s if s.starts_with("-run=") => filter = Some(s[5..].to_string()),
            s => dir = PathBuf::from(s),
        }
    }
    let gorun = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("gorun test: {e}");
            return ExitCode::from(2);
        }
    };
    let mut cases: Vec<Case> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "go"))
            .filter(|p| {
                filter
                    .as_ref()
                    .is_none_or(|f| p.to_string_lossy().contains(f.as_str()))
            })
            .map(|go| Case { go })
            .collect(),
        Err(e) => {
            eprintln!("gorun test: {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    cases.sort_by(|a, b| a.go.cmp(&b.go));
    let jobs: Vec<(usize, u32)> = (0..cases.len())
        .flat_map(|i| PROCS.iter().map(move |&p| (i, p)))
        .collect();
    let private_cache = std::env::var_os("GORUN_CACHE").is_none();
    let cache = match std::env::var_os("GORUN_CACHE") {
        Some(c) => PathBuf::from(c),
        None => std::env::temp_dir().join(format!("gorun-test-cache-{}", std::process::id())),
    };
    let next = Mutex::new(0usize);
    let failures: Mutex<Vec<(usize, u32, String)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2);
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| {
                loop {
                    let j = {
                        let mut n = next.lock().unwrap_or_else(|e| e.into_inner());
                        let j = *n;
                        *n += 1;
                        j
                    };
                    let Some(&(i, p)) = jobs.get(j) else { break };
                    if let Err(e) = run_case(&gorun, &cache, &cases[i], p) {
                        failures
                            .lock()
                            .unwrap_or_else(|e| e.into_inner())
                            .push((i, p, e));
                    }
                }
            });
        }
    });
    if private_cache {
        let _ = std::fs::remove_dir_all(&cache);
    }
    let mut failures = failures.into_inner().unwrap_or_default();
    failures.sort_by_key(|f| (f.0, f.1));
    let mut failed_cases: Vec<usize> = failures.iter().map(|f| f.0).collect();
    failed_cases.dedup();
    let known = known_failures(&dir);
    let is_known = |i: usize| {
        cases[i]
            .go
            .file_name()
            .is_some_and(|f| known.contains_key(f.to_string_lossy().as_ref()))
    };
    for (i, p, e) in &failures {
        // Report each program once, with its first failing GOMAXPROCS,
        // unless asked for everything.
        if !verbose && failures.iter().find(|f| f.0 == *i).map(|f| f.1) != Some(*p) {
            continue;
        }
        if is_known(*i) && !verbose {
            continue;
        }
        println!("--- FAIL: {} (GOMAXPROCS={p})\n{e}", cases[*i].go.display());
    }
    let mut fixed = 0;
    for (i, case) in cases.iter().enumerate() {
        if is_known(i) && !failed_cases.contains(&i) {
            println!(
                "--- FIXED: {} passes: remove it from KNOWN_FAILURES",
                case.go.display()
            );
            fixed += 1;
        }
    }
    let failed = failed_cases.len();
    let known_failed = failed_cases.iter().filter(|&&i| is_known(i)).count();
    let unexpected = failed - known_failed;
    println!(
        "{} passed, {} failed ({} known, listed in KNOWN_FAILURES)",
        cases.len() - failed,
        failed,
        known_failed
    );
    if unexpected == 0 && fixed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `DIR/KNOWN_FAILURES`: program file name → reason.
fn known_failures(dir: &Path) -> std::collections::HashMap<String, String> {
    let text = std::fs::read_to_string(dir.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let (name, why) = l.split_once(':')?;
            Some((name.trim().to_string(), why.trim().to_string()))
        })
        .collect()
}
