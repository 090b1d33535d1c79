//! Whole-runtime scenarios. The runtime is a process-wide singleton, so each
//! scenario runs in its own process: this binary (harness = false) re-runs
//! itself with `GORUN_SCENARIO=name` and checks the child's exit status and
//! output. Scenarios run two at a time; time-outs are generous hang
//! detectors only, never pass/fail criteria.
//!
//! `cargo test --release --test scenarios -- NAME` runs the scenarios whose
//! name contains NAME.

use gorun_runtime::testutil::*;
use gorun_runtime::*;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering::SeqCst};
use std::time::{Duration, Instant};

#[path = "scenarios/cases.rs"]
mod cases;

#[path = "scenarios/alloc.rs"]
mod alloc;

pub struct Scenario {
    pub name: &'static str,
    pub body: fn() -> !,
    /// GOMAXPROCS values to run with.
    pub procs: &'static [u32],
    /// Extra environment.
    pub env: &'static [(&'static str, &'static str)],
    pub exit: i32,
    /// Lines that must appear in stdout / stderr.
    pub stdout: &'static [&'static str],
    pub stderr: &'static [&'static str],
    /// Runs repeated this many times.
    pub repeat: u32,
}

pub const fn scenario(name: &'static str, body: fn() -> !) -> Scenario {
    Scenario {
        name,
        body,
        procs: &[1, 2, 8],
        env: &[],
        exit: 0,
        stdout: &["ok"],
        stderr: &[],
        repeat: 1,
    }
}

fn run_child(s: &Scenario, procs: u32) -> Result<(), String> {
    let exe = std::env::current_exe().unwrap();
    let mut cmd = Command::new(exe);
    cmd.env("GORUN_SCENARIO", s.name)
        .env("GOMAXPROCS", procs.to_string())
        .env_remove("GODEBUG");
    for (k, v) in s.env {
        cmd.env(k, v);
    }
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let start = Instant::now();
    let limit = Duration::from_secs(180);
    // Read output on threads so a full pipe never blocks the child.
    let mut so = child.stdout.take().unwrap();
    let mut se = child.stderr.take().unwrap();
    let to = std::thread::spawn(move || {
        let mut v = String::new();
        std::io::Read::read_to_string(&mut so, &mut v).ok();
        v
    });
    let te = std::thread::spawn(move || {
        let mut v = String::new();
        std::io::Read::read_to_string(&mut se, &mut v).ok();
        v
    });
    let status = loop {
        if let Some(st) = child.try_wait().map_err(|e| e.to_string())? {
            break st;
        }
        if start.elapsed() > limit {
            child.kill().ok();
            let _ = child.wait();
            return Err(format!("hung (killed after {:?})", limit));
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let out = to.join().unwrap();
    let err = te.join().unwrap();
    let code = status.code().unwrap_or(-1);
    let mut problems = Vec::new();
    if code != s.exit {
        problems.push(format!("exit {} (want {})", code, s.exit));
    }
    for want in s.stdout {
        if !out.contains(want) {
            problems.push(format!("stdout lacks {:?}", want));
        }
    }
    for want in s.stderr {
        if !err.contains(want) {
            problems.push(format!("stderr lacks {:?}", want));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        let tail = |s: &str| {
            s.chars()
                .rev()
                .take(3000)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect::<String>()
        };
        Err(format!(
            "{}\n--- stdout:\n{}\n--- stderr:\n{}",
            problems.join("; "),
            tail(&out),
            tail(&err)
        ))
    }
}

fn main() {
    let mut all = cases::all();
    all.extend(alloc::all());
    if let Ok(name) = std::env::var("GORUN_SCENARIO") {
        let s = all
            .iter()
            .find(|s| s.name == name)
            .expect("unknown scenario");
        (s.body)();
    }
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with('-'))
        .collect();
    let mut jobs = Vec::new();
    for (i, s) in all.iter().enumerate() {
        if !filters.is_empty() && !filters.iter().any(|f| s.name.contains(f.as_str())) {
            continue;
        }
        for &p in s.procs {
            for r in 0..s.repeat {
                jobs.push((i, p, r));
            }
        }
    }
    let next = AtomicUsize::new(0);
    let passed = AtomicUsize::new(0);
    let failed = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|sc| {
        for _ in 0..2 {
            sc.spawn(|| {
                loop {
                    let k = next.fetch_add(1, SeqCst);
                    if k >= jobs.len() {
                        return;
                    }
                    let (i, p, r) = jobs[k];
                    let s = &all[i];
                    let t0 = Instant::now();
                    match run_child(s, p) {
                        Ok(()) => {
                            passed.fetch_add(1, SeqCst);
                            println!(
                                "scenario {} GOMAXPROCS={} #{} ... ok ({:.2?})",
                                s.name,
                                p,
                                r,
                                t0.elapsed()
                            );
                        }
                        Err(e) => {
                            println!(
                                "scenario {} GOMAXPROCS={} #{} ... FAILED\n{}",
                                s.name, p, r, e
                            );
                            failed
                                .lock()
                                .unwrap()
                                .push(format!("{} GOMAXPROCS={}", s.name, p));
                        }
                    }
                }
            });
        }
    });
    let failed = failed.into_inner().unwrap();
    println!();
    for f in &failed {
        println!("failed: {}", f);
    }
    println!(
        "scenarios: {} passed, {} failed",
        passed.load(SeqCst),
        failed.len()
    );
    std::process::exit(if failed.is_empty() { 0 } else { 1 });
}

// Shared by the cases.
pub static FLAG: AtomicBool = AtomicBool::new(false);
pub static COUNT: AtomicI64 = AtomicI64::new(0);
pub static MASK: AtomicU64 = AtomicU64::new(0);
