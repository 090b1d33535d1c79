//! Linux system interface: futexes, clocks, thread ids, raw writes, exit.
//!
//! Invariants: nothing here allocates or takes a lock, so every function is
//! safe to call on any stack (goroutine or g0) and while holding runtime locks.

use std::sync::atomic::AtomicU32;

pub fn futexsleep(addr: &AtomicU32, val: u32, ns: i64) {
    let ts;
    let tsp = if ns < 0 {
        std::ptr::null()
    } else {
        ts = libc::timespec {
            tv_sec: (ns / 1_000_000_000) as libc::time_t,
            tv_nsec: (ns % 1_000_000_000) as libc::c_long,
        };
        &ts as *const libc::timespec
    };
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            addr.as_ptr(),
            libc::FUTEX_WAIT | libc::FUTEX_PRIVATE_FLAG,
            val,
            tsp,
        );
    }
}

pub fn futexwakeup(addr: &AtomicU32, cnt: u32) {
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            addr.as_ptr(),
            libc::FUTEX_WAKE | libc::FUTEX_PRIVATE_FLAG,
            cnt,
        );
    }
}

/// Monotonic time in nanoseconds.
pub fn nanotime() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}

/// Wall-clock time in nanoseconds since the Unix epoch.
pub fn walltime() -> i64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut ts) };
    ts.tv_sec as i64 * 1_000_000_000 + ts.tv_nsec as i64
}

pub fn gettid() -> i64 {
    unsafe { libc::syscall(libc::SYS_gettid) as i64 }
}

pub fn usleep(us: u32) {
    unsafe { libc::usleep(us) };
}

pub fn osyield() {
    unsafe { libc::sched_yield() };
}

/// Spin briefly without giving up the CPU (Go's procyield).
pub fn procyield(cycles: u32) {
    for _ in 0..cycles {
        std::hint::spin_loop();
    }
}

/// Writes all of `b` to fd 2 without allocating.
pub fn write_err(b: &[u8]) {
    write_fd(2, b)
}

pub fn write_fd(fd: i32, mut b: &[u8]) {
    while !b.is_empty() {
        let n = unsafe { libc::write(fd, b.as_ptr() as *const libc::c_void, b.len()) };
        if n <= 0 {
            if n < 0 && std::io::Error::last_os_error().raw_os_error() == Some(libc::EINTR) {
                continue;
            }
            return;
        }
        b = &b[n as usize..];
    }
}

/// Ends the process at once (Go's exit): no destructors, no atexit handlers.
/// Rust's buffered stdout is flushed first so test bodies' output is kept.
pub fn exit(code: i32) -> ! {
    use std::io::Write;
    let _ = std::io::stdout().lock().flush();
    unsafe { libc::_exit(code) }
}

/// Number of CPUs this process may run on.
pub fn getproccount() -> i32 {
    unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        if libc::sched_getaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &mut set) == 0 {
            let n = libc::CPU_COUNT(&set);
            if n > 0 {
                return n;
            }
        }
    }
    1
}

/// Reserves `size` bytes of address space, readable and writable, committed
/// lazily by the kernel on first touch.
pub fn reserve(size: usize) -> usize {
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        crate::panic::throw("runtime: cannot reserve stack address space");
    }
    p as usize
}

/// Hands pages back to the kernel; they read as zero when touched again.
pub fn release_pages(addr: usize, len: usize) {
    unsafe { libc::madvise(addr as *mut libc::c_void, len, libc::MADV_DONTNEED) };
}
