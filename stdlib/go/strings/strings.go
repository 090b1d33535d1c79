// Package strings declares functions to manipulate UTF-8 encoded strings,
// the string Builder, Reader and Replacer.
//
// Missing bodies: searching (Index and its kin, Count), splitting, mapping,
// case conversion, trimming by sets and functions, Repeat, Join, Replace,
// the Reader's reading methods, the Replacer, and the iterators; for a later
// issue. Predicates and cuts built on them, Compare, Clone and the Builder
// are written here.
package strings

import (
	"io"
	"iter"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

func Count(s string, substr string) int

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// ContainsFunc reports whether some rune r of s satisfies f(r).
func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func LastIndex(s string, substr string) int

func IndexByte(s string, c byte) int

func IndexRune(s string, r rune) int

func IndexAny(s string, chars string) int

func LastIndexAny(s string, chars string) int

func LastIndexByte(s string, c byte) int

func SplitN(s string, sep string, n int) []string

func SplitAfterN(s string, sep string, n int) []string

func Split(s string, sep string) []string

func SplitAfter(s string, sep string) []string

func Fields(s string) []string

func FieldsFunc(s string, f func(rune) bool) []string

func Join(elems []string, sep string) string

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func Map(mapping func(rune) rune, s string) string

func Repeat(s string, count int) string

func ToUpper(s string) string

func ToLower(s string) string

func ToTitle(s string) string

func ToUpperSpecial(c unicode.SpecialCase, s string) string

func ToLowerSpecial(c unicode.SpecialCase, s string) string

func ToTitleSpecial(c unicode.SpecialCase, s string) string

func ToValidUTF8(s string, replacement string) string

func Title(s string) string

func TrimLeftFunc(s string, f func(rune) bool) string

func TrimRightFunc(s string, f func(rune) bool) string

func TrimFunc(s string, f func(rune) bool) string

// IndexFunc returns the index of the first rune of s satisfying f, or -1.
func IndexFunc(s string, f func(rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index of the last rune of s satisfying f, or -1.
func LastIndexFunc(s string, f func(rune) bool) int { return lastIndexFunc(s, f, true) }

// indexFunc is IndexFunc with the wanted result of f chosen by truth, so
// that the trimming functions can search for the first rune not satisfying f.
func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, r := range s {
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// lastIndexFunc is LastIndexFunc with the wanted result of f chosen by truth.
func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

func Trim(s string, cutset string) string

func TrimLeft(s string, cutset string) string

func TrimRight(s string, cutset string) string

func TrimSpace(s string) string

// TrimPrefix returns s without the leading prefix, if s has it.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s has it.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

func Replace(s string, old string, new string, n int) string

func ReplaceAll(s string, old string, new string) string

func EqualFold(s string, t string) bool

func Index(s string, substr string) int

// Cut slices s around the first sep: the text before and after it, and
// whether it was found (if not: s, "", false).
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// CutPrefix returns s without prefix and true, or s and false if s does
// not begin with prefix.
func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false if s does
// not end with suffix.
func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// CutLast slices s around the last sep: the text before and after it, and
// whether it was found (if not: s, "", false).
func CutLast(s, sep string) (before, after string, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// A Builder builds a string with Write methods, copying as little as it
// can; its zero value is empty and ready. A non-zero Builder must not be
// copied: addr, its own address once used, detects that.
type Builder struct {
	addr *Builder
	buf  []byte
}

func (b *Builder) copyCheck() {
	if b.addr == nil {
		b.addr = b
	} else if b.addr != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string, without copying it.
func (b *Builder) String() string {
	return unsafe.String(unsafe.SliceData(b.buf), len(b.buf))
}

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the builder's buffer.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the builder.
func (b *Builder) Reset() {
	b.addr = nil
	b.buf = nil
}

// Grow makes room for n more bytes; it panics if n is negative.
func (b *Builder) Grow(n int) {
	b.copyCheck()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		// Appending to nil rounds the capacity up to a size class, as Go's
		// allocation does here; cap is observable through Cap.
		buf := append([]byte(nil), make([]byte, 2*cap(b.buf)+n)...)[:len(b.buf)]
		copy(buf, b.buf)
		b.buf = buf
	}
}

// Write appends p; it always returns len(p), nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; it always returns nil.
func (b *Builder) WriteByte(c byte) error {
	b.copyCheck()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.copyCheck()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; it always returns len(s), nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.copyCheck()
	b.buf = append(b.buf, s...)
	return len(s), nil
}

// Clone returns a fresh copy of s (the empty string for an empty s).
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	b := make([]byte, len(s))
	copy(b, s)
	return unsafe.String(&b[0], len(b))
}

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b
// in byte-wise order.
func Compare(a, b string) int {
	switch {
	case a == b:
		return 0
	case a < b:
		return -1
	}
	return +1
}

type Replacer struct {
	once   sync.Once
	r      replacer
	oldnew []string
}

func (r *Replacer) Replace(s string) string

func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error)

func NewReplacer(oldnew ...string) *Replacer

// A Reader reads from a string: i is the read offset, prevRune the offset
// of the last rune read, or -1.
type Reader struct {
	s        string
	i        int64
	prevRune int
}

// Len returns the number of bytes not yet read.
func (r *Reader) Len() int {
	if r.i >= int64(len(r.s)) {
		return 0
	}
	return int(int64(len(r.s)) - r.i)
}

// Size returns the length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

func (r *Reader) Read(b []byte) (n int, err error)

func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)

func (r *Reader) ReadByte() (byte, error)

func (r *Reader) UnreadByte() error

func (r *Reader) ReadRune() (ch rune, size int, err error)

func (r *Reader) UnreadRune() error

func (r *Reader) Seek(offset int64, whence int) (int64, error)

func (r *Reader) WriteTo(w io.Writer) (n int64, err error)

// Reset makes r read from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }

// NewReader returns a Reader of s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

func Lines(s string) iter.Seq[string]

func SplitSeq(s string, sep string) iter.Seq[string]

func SplitAfterSeq(s string, sep string) iter.Seq[string]

func FieldsSeq(s string) iter.Seq[string]

func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string]

type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}
