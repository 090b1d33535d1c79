// Package fmt declares formatted I/O: the Print, Scan and Errorf families
// and the interfaces through which values format and scan themselves.
//
// The printing functions are natives (stdlib/src/fmt, in Rust) that read
// operands through the runtime's type descriptors; Print, Println, Printf,
// Errorf and FormatString are written here on top of them.
//
// Scanning handles operands of basic kinds (and []byte); operands that
// implement Scanner are not called yet.
package fmt

import (
	"errors"
	"io"
	"os"
)

type ScanState interface {
	Read(buf []byte) (n int, err error)
	ReadRune() (r rune, size int, err error)
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	UnreadRune() error
	Width() (wid int, ok bool)
}

type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// Scan is Fscan from standard input.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Fscanln from standard input.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf is Fscanf from standard input.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}

// Sscan scans space-separated values from str into the pointers in a;
// newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	n, code, msg := sscan(str, a, 0, "")
	return n, scanError(code, msg)
}

// Sscanln is Sscan that stops at a newline, after which there must be
// nothing but the end of input.
func Sscanln(str string, a ...any) (n int, err error) {
	n, code, msg := sscan(str, a, 1, "")
	return n, scanError(code, msg)
}

// Sscanf scans str under the control of format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	n, code, msg := sscan(str, a, 2, format)
	return n, scanError(code, msg)
}

// sscan scans str into a: mode 0 as Sscan, 1 as Sscanln, 2 as Sscanf with
// format. It returns the number of operands stored and the error as a
// code: 0 none, 1 io.EOF, 2 io.ErrUnexpectedEOF, 3 errors.New(msg).
func sscan(str string, a []any, mode int, format string) (n int, code int, msg string)

func scanError(code int, msg string) error {
	switch code {
	case 0:
		return nil
	case 1:
		return io.EOF
	case 2:
		return io.ErrUnexpectedEOF
	}
	return errors.New(msg)
}

// Fscan scans space-separated values from r into the pointers in a;
// newlines count as space. Unless r is an io.RuneScanner, it is read one
// byte at a time, and the rune after the last value may be lost.
func Fscan(r io.Reader, a ...any) (n int, err error) {
	n, code, msg, e := fscan(r, a, 0, "", io.EOF)
	return n, scanResult(code, msg, e)
}

// Fscanln is Fscan that stops at a newline, after which there must be
// nothing but the end of input.
func Fscanln(r io.Reader, a ...any) (n int, err error) {
	n, code, msg, e := fscan(r, a, 1, "", io.EOF)
	return n, scanResult(code, msg, e)
}

// Fscanf scans r under the control of format.
func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	n, code, msg, e := fscan(r, a, 2, format, io.EOF)
	return n, scanResult(code, msg, e)
}

// fscan is sscan reading from r; code 4 means err, an error r returned.
// eof is io.EOF, for the native to recognize the end of input.
func fscan(r io.Reader, a []any, mode int, format string, eof error) (n int, code int, msg string, err error)

func scanResult(code int, msg string, err error) error {
	if code == 4 {
		return err
	}
	return scanError(code, msg)
}

type State interface {
	Flag(c int) bool
	Precision() (prec int, ok bool)
	Width() (wid int, ok bool)
	Write(b []byte) (n int, err error)
}

type Formatter interface {
	Format(f State, verb rune)
}

type Stringer interface {
	String() string
}

type GoStringer interface {
	GoString() string
}

// FormatString returns the directive (such as "%-8.2f") that state and
// verb stand for, for a Formatter that wants to hand its operand to Sprintf.
func FormatString(state State, verb rune) string {
	b := make([]byte, 0, 16)
	b = append(b, '%')
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendInt(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendInt(b, p)
	}
	b = append(b, string(verb)...)
	return string(b)
}

// appendInt appends the decimal form of n.
func appendInt(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Printf formats to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

func Sprintf(format string, a ...any) string

func Appendf(b []byte, format string, a ...any) []byte

func Fprint(w io.Writer, a ...any) (n int, err error)

// Print formats its operands with %v to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

func Sprint(a ...any) string

func Append(b []byte, a ...any) []byte

func Fprintln(w io.Writer, a ...any) (n int, err error)

// Println formats its operands with %v, space-separated and ending with a
// newline, to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

func Sprintln(a ...any) string

func Appendln(b []byte, a ...any) []byte
