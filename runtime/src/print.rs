//! Printing to stderr without allocating (Go's `print`), for fatal errors,
//! tracebacks and schedtrace. Formats into a fixed buffer on the stack and
//! writes it with one `write(2)` per buffer.

use std::fmt::Write;

struct Buf {
    b: [u8; 1024],
    n: usize,
}

impl Buf {
    fn flush(&mut self) {
        crate::os_linux::write_err(&self.b[..self.n]);
        self.n = 0;
    }
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        for &c in s.as_bytes() {
            if self.n == self.b.len() {
                self.flush();
            }
            self.b[self.n] = c;
            self.n += 1;
        }
        Ok(())
    }
}

pub fn eprint(args: std::fmt::Arguments) {
    let mut b = Buf { b: [0; 1024], n: 0 };
    let _ = b.write_fmt(args);
    b.flush();
}

#[macro_export]
macro_rules! rtprint {
    ($($t:tt)*) => { $crate::print::eprint(format_args!($($t)*)) };
}
