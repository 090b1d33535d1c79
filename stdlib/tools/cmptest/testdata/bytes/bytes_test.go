package bytes_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	ours "gorunstd/bytes"
)

var alphabet = []string{"a", "b", "A", "B", "ab", "aa", " ", "\t", "\n", "\r\n", "k", "K", "\u212a", "s", "S", "\u017f",
	"é", "É", "ß", "ẞ", "\u00a0", "\u2003", "\u0085", "\xff", "\xe2\x82", "\xe2\x82\xac", "€", "\ufffd", "0", "_", "-", "İ", "ı", "ǅ", "Σ", "σ", "ς", "x"}

func randString(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := rng.Intn(n + 1); i > 0; i-- {
		b.WriteString(alphabet[rng.Intn(len(alphabet))])
	}
	return b.String()
}

var fixed = []string{"", "a", "ab", "abc", "aaa", "aaaa", "abab", "hello, world", " \t leading and trailing \n ", "\u2003spaced\u00a0",
	"a\xffb\xfe\xfd", "\xe2\x82", "€uro €", "ǅungla", "ΣΑΣ σας", "straße STRASSE", "k\u212aK", "x__y--z", "one two  three   ",
	strings.Repeat("ab", 40) + "c", strings.Repeat("a", 100) + "b", "\ufffd\xff", "   ", "\u2003 \u2003"}

func corpus(rng *rand.Rand, n int) []string {
	out := append([]string(nil), fixed...)
	for i := 0; i < n; i++ {
		out = append(out, randString(rng, 8))
	}
	return out
}

// input returns s as a slice with spare capacity, so that capacities of
// subslices show, or as nil for the empty string every other time.
func input(s string, k int) []byte {
	if s == "" && k%2 == 0 {
		return nil
	}
	b := make([]byte, len(s), len(s)+3)
	copy(b, s)
	return b
}

// desc describes a result: nil or not, where in base it starts (or "new"),
// its length, capacity and contents.
func desc(r, base []byte) string {
	if r == nil {
		return "nil"
	}
	where := "new"
	if cap(r) > 0 && cap(base) > 0 {
		p, b := uintptr(unsafe.Pointer(unsafe.SliceData(r))), uintptr(unsafe.Pointer(unsafe.SliceData(base)))
		if p >= b && p < b+uintptr(cap(base)) {
			where = fmt.Sprint("@", p-b)
		}
	}
	return fmt.Sprintf("%s len %d cap %d %q", where, len(r), cap(r), r)
}

func descs(rs [][]byte, base []byte) string {
	if rs == nil {
		return "nil list"
	}
	s := fmt.Sprintf("list len %d cap %d:", len(rs), cap(rs))
	for _, r := range rs {
		s += " [" + desc(r, base) + "]"
	}
	return s
}

func check(t *testing.T, name string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", name, got, want)
	}
}

func panicOf(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func collect(seq func(func([]byte) bool), base []byte) string {
	var out [][]byte
	for s := range seq {
		out = append(out, s)
	}
	n := 0
	for range seq {
		n++
		if n == 2 {
			break
		}
	}
	return descs(out, base)
}

func TestPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	ss := corpus(rng, 120)
	subs := corpus(rng, 40)
	for k, str := range ss {
		for j, substr := range subs {
			s, sub := input(str, k), input(substr, j)
			q := fmt.Sprintf("(%q, %q)", s, sub)
			check(t, "Equal"+q, ours.Equal(s, sub), bytes.Equal(s, sub))
			check(t, "Compare"+q, ours.Compare(s, sub), bytes.Compare(s, sub))
			check(t, "Count"+q, ours.Count(s, sub), bytes.Count(s, sub))
			check(t, "Contains"+q, ours.Contains(s, sub), bytes.Contains(s, sub))
			check(t, "ContainsAny"+q, ours.ContainsAny(s, substr), bytes.ContainsAny(s, substr))
			check(t, "Index"+q, ours.Index(s, sub), bytes.Index(s, sub))
			check(t, "LastIndex"+q, ours.LastIndex(s, sub), bytes.LastIndex(s, sub))
			check(t, "IndexAny"+q, ours.IndexAny(s, substr), bytes.IndexAny(s, substr))
			check(t, "LastIndexAny"+q, ours.LastIndexAny(s, substr), bytes.LastIndexAny(s, substr))
			check(t, "Split"+q, descs(ours.Split(s, sub), s), descs(bytes.Split(s, sub), s))
			check(t, "SplitAfter"+q, descs(ours.SplitAfter(s, sub), s), descs(bytes.SplitAfter(s, sub), s))
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				check(t, fmt.Sprint("SplitN", q, n), descs(ours.SplitN(s, sub, n), s), descs(bytes.SplitN(s, sub, n), s))
				check(t, fmt.Sprint("SplitAfterN", q, n), descs(ours.SplitAfterN(s, sub, n), s), descs(bytes.SplitAfterN(s, sub, n), s))
				check(t, fmt.Sprint("Replace", q, n), desc(ours.Replace(s, sub, []byte("<>"), n), s), desc(bytes.Replace(s, sub, []byte("<>"), n), s))
			}
			check(t, "ReplaceAll"+q, desc(ours.ReplaceAll(s, sub, nil), s), desc(bytes.ReplaceAll(s, sub, nil), s))
			check(t, "EqualFold"+q, ours.EqualFold(s, sub), bytes.EqualFold(s, sub))
			check(t, "HasPrefix"+q, ours.HasPrefix(s, sub), bytes.HasPrefix(s, sub))
			check(t, "HasSuffix"+q, ours.HasSuffix(s, sub), bytes.HasSuffix(s, sub))
			check(t, "Trim"+q, desc(ours.Trim(s, substr), s), desc(bytes.Trim(s, substr), s))
			check(t, "TrimLeft"+q, desc(ours.TrimLeft(s, substr), s), desc(bytes.TrimLeft(s, substr), s))
			check(t, "TrimRight"+q, desc(ours.TrimRight(s, substr), s), desc(bytes.TrimRight(s, substr), s))
			check(t, "TrimPrefix"+q, desc(ours.TrimPrefix(s, sub), s), desc(bytes.TrimPrefix(s, sub), s))
			check(t, "TrimSuffix"+q, desc(ours.TrimSuffix(s, sub), s), desc(bytes.TrimSuffix(s, sub), s))
			check(t, "ToValidUTF8"+q, desc(ours.ToValidUTF8(s, sub), s), desc(bytes.ToValidUTF8(s, sub), s))
			b1, a1, f1 := ours.Cut(s, sub)
			b2, a2, f2 := bytes.Cut(s, sub)
			check(t, "Cut"+q, []any{desc(b1, s), desc(a1, s), f1}, []any{desc(b2, s), desc(a2, s), f2})
			b1, a1, f1 = ours.CutLast(s, sub)
			b2, a2, f2 = bytes.CutLast(s, sub)
			check(t, "CutLast"+q, []any{desc(b1, s), desc(a1, s), f1}, []any{desc(b2, s), desc(a2, s), f2})
			a1, f1 = ours.CutPrefix(s, sub)
			a2, f2 = bytes.CutPrefix(s, sub)
			check(t, "CutPrefix"+q, []any{desc(a1, s), f1}, []any{desc(a2, s), f2})
			a1, f1 = ours.CutSuffix(s, sub)
			a2, f2 = bytes.CutSuffix(s, sub)
			check(t, "CutSuffix"+q, []any{desc(a1, s), f1}, []any{desc(a2, s), f2})
			check(t, "SplitSeq"+q, collect(ours.SplitSeq(s, sub), s), collect(bytes.SplitSeq(s, sub), s))
			check(t, "SplitAfterSeq"+q, collect(ours.SplitAfterSeq(s, sub), s), collect(bytes.SplitAfterSeq(s, sub), s))
			for _, list := range [][][]byte{nil, {}, {s}, {sub}, {s, sub, s}, {nil, nil}} {
				check(t, "Join"+q, desc(ours.Join(list, sub), s), desc(bytes.Join(list, sub), s))
			}
		}
	}
}

func TestSingles(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	preds := []func(rune) bool{unicode.IsSpace, unicode.IsUpper, func(r rune) bool { return r == 'a' || r == utf8.RuneError }}
	for k, str := range corpus(rng, 3000) {
		s := input(str, k)
		q := fmt.Sprintf("(%q)", s)
		check(t, "Fields"+q, descs(ours.Fields(s), s), descs(bytes.Fields(s), s))
		check(t, "FieldsSeq"+q, collect(ours.FieldsSeq(s), s), collect(bytes.FieldsSeq(s), s))
		check(t, "Lines"+q, collect(ours.Lines(s), s), collect(bytes.Lines(s), s))
		check(t, "ToUpper"+q, desc(ours.ToUpper(s), s), desc(bytes.ToUpper(s), s))
		check(t, "ToLower"+q, desc(ours.ToLower(s), s), desc(bytes.ToLower(s), s))
		check(t, "ToTitle"+q, desc(ours.ToTitle(s), s), desc(bytes.ToTitle(s), s))
		check(t, "Title"+q, desc(ours.Title(s), s), desc(bytes.Title(s), s))
		check(t, "ToUpperSpecial"+q, desc(ours.ToUpperSpecial(unicode.TurkishCase, s), s), desc(bytes.ToUpperSpecial(unicode.TurkishCase, s), s))
		check(t, "ToLowerSpecial"+q, desc(ours.ToLowerSpecial(unicode.TurkishCase, s), s), desc(bytes.ToLowerSpecial(unicode.TurkishCase, s), s))
		check(t, "TrimSpace"+q, desc(ours.TrimSpace(s), s), desc(bytes.TrimSpace(s), s))
		check(t, "Clone"+q, desc(ours.Clone(s), s), desc(bytes.Clone(s), s))
		check(t, "Runes"+q, ours.Runes(s), bytes.Runes(s))
		for k, f := range preds {
			q := fmt.Sprintf("(%q, f%d)", s, k)
			check(t, "FieldsFunc"+q, descs(ours.FieldsFunc(s, f), s), descs(bytes.FieldsFunc(s, f), s))
			check(t, "FieldsFuncSeq"+q, collect(ours.FieldsFuncSeq(s, f), s), collect(bytes.FieldsFuncSeq(s, f), s))
			check(t, "IndexFunc"+q, ours.IndexFunc(s, f), bytes.IndexFunc(s, f))
			check(t, "LastIndexFunc"+q, ours.LastIndexFunc(s, f), bytes.LastIndexFunc(s, f))
			check(t, "ContainsFunc"+q, ours.ContainsFunc(s, f), bytes.ContainsFunc(s, f))
			check(t, "TrimFunc"+q, desc(ours.TrimFunc(s, f), s), desc(bytes.TrimFunc(s, f), s))
			check(t, "TrimLeftFunc"+q, desc(ours.TrimLeftFunc(s, f), s), desc(bytes.TrimLeftFunc(s, f), s))
			check(t, "TrimRightFunc"+q, desc(ours.TrimRightFunc(s, f), s), desc(bytes.TrimRightFunc(s, f), s))
		}
		m := func(r rune) rune {
			if r == 'a' {
				return -1
			}
			return r + 1
		}
		check(t, "Map"+q, desc(ours.Map(m, s), s), desc(bytes.Map(m, s), s))
		for _, r := range []rune{'a', 'b', 0, -1, utf8.RuneError, '€', 'é', 0x10FFFF, 0x110000, 0xD800, '\u212a'} {
			check(t, fmt.Sprintf("IndexRune(%q, %U)", s, r), ours.IndexRune(s, r), bytes.IndexRune(s, r))
			check(t, fmt.Sprintf("ContainsRune(%q, %U)", s, r), ours.ContainsRune(s, r), bytes.ContainsRune(s, r))
		}
		for _, c := range []byte{'a', 'b', 0xff, 0xe2, ' '} {
			check(t, fmt.Sprintf("IndexByte(%q, %x)", s, c), ours.IndexByte(s, c), bytes.IndexByte(s, c))
			check(t, fmt.Sprintf("LastIndexByte(%q, %x)", s, c), ours.LastIndexByte(s, c), bytes.LastIndexByte(s, c))
		}
		for _, n := range []int{0, 1, 2, 5} {
			check(t, fmt.Sprint("Repeat", q, n), desc(ours.Repeat(s, n), s), desc(bytes.Repeat(s, n), s))
		}
	}
}

func TestLongSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		n := rng.Intn(3000)
		s := make([]byte, n)
		for j := range s {
			s[j] = "ab"[rng.Intn(2)]
			if rng.Intn(50) == 0 {
				s[j] = 'c'
			}
		}
		for k := 0; k < 10; k++ {
			m := 2 + rng.Intn(40)
			sub := make([]byte, m)
			for j := range sub {
				sub[j] = "ab"[rng.Intn(2)]
			}
			if rng.Intn(3) == 0 && n > m {
				at := rng.Intn(n - m)
				sub = s[at : at+m]
			}
			check(t, "Index", ours.Index(s, sub), bytes.Index(s, sub))
			check(t, "LastIndex", ours.LastIndex(s, sub), bytes.LastIndex(s, sub))
			check(t, "Count", ours.Count(s, sub), bytes.Count(s, sub))
		}
	}
}

func TestPanics(t *testing.T) {
	check(t, "Repeat(-1)", panicOf(func() { ours.Repeat([]byte("x"), -1) }), panicOf(func() { bytes.Repeat([]byte("x"), -1) }))
	check(t, "Repeat(huge)", panicOf(func() { ours.Repeat([]byte("xx"), 1<<62) }), panicOf(func() { bytes.Repeat([]byte("xx"), 1<<62) }))
	check(t, "Repeat big", ours.Repeat([]byte("abcdefg"), 3000), bytes.Repeat([]byte("abcdefg"), 3000))
	check(t, "Truncate", panicOf(func() { ours.NewBufferString("ab").Truncate(3) }), panicOf(func() { bytes.NewBufferString("ab").Truncate(3) }))
	check(t, "Grow", panicOf(func() { ours.NewBufferString("ab").Grow(-1) }), panicOf(func() { bytes.NewBufferString("ab").Grow(-1) }))
}

// chunkReader yields its data in pieces of the sizes it is given.
type chunkReader struct {
	data  []byte
	sizes []int
	err   error
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := len(p)
	if len(r.sizes) > 0 {
		n = min(n, r.sizes[0])
		r.sizes = r.sizes[1:]
	}
	n = copy(p, r.data[:min(n, len(r.data))])
	r.data = r.data[n:]
	return n, nil
}

// shortWriter accepts at most max bytes per Write.
type shortWriter struct {
	max int
	got []byte
}

func (w *shortWriter) Write(p []byte) (int, error) {
	n := min(len(p), w.max)
	w.got = append(w.got, p[:n]...)
	if w.max == 0 {
		return 0, errors.New("closed")
	}
	return n, nil
}

func TestBuffer(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	for trial := 0; trial < 400; trial++ {
		var a *ours.Buffer
		var b *bytes.Buffer
		switch trial % 3 {
		case 0:
			a, b = new(ours.Buffer), new(bytes.Buffer)
		case 1:
			a, b = ours.NewBufferString("héllo\nwörld\n"), bytes.NewBufferString("héllo\nwörld\n")
		case 2:
			a, b = ours.NewBuffer(make([]byte, 3, 10)), bytes.NewBuffer(make([]byte, 3, 10))
		}
		var log1, log2 []string
		for step := 0; step < 60; step++ {
			var x, y string
			switch op := rng.Intn(20); op {
			case 0:
				s := randString(rng, 30)
				n1, e1 := a.WriteString(s)
				n2, e2 := b.WriteString(s)
				x, y = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 1:
				s := []byte(randString(rng, 200))
				n1, e1 := a.Write(s)
				n2, e2 := b.Write(s)
				x, y = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 2:
				c := byte(rng.Intn(256))
				x, y = fmt.Sprint(a.WriteByte(c)), fmt.Sprint(b.WriteByte(c))
			case 3:
				r := rune(rng.Intn(0x11000)) - 5
				n1, e1 := a.WriteRune(r)
				n2, e2 := b.WriteRune(r)
				x, y = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 4:
				n := rng.Intn(6)
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := a.Read(p)
				n2, e2 := b.Read(q)
				x, y = fmt.Sprint(n1, e1, p), fmt.Sprint(n2, e2, q)
			case 5:
				n := rng.Intn(6)
				x, y = fmt.Sprintf("%q", a.Next(n)), fmt.Sprintf("%q", b.Next(n))
			case 6:
				c1, e1 := a.ReadByte()
				c2, e2 := b.ReadByte()
				x, y = fmt.Sprint(c1, e1), fmt.Sprint(c2, e2)
			case 7:
				r1, s1, e1 := a.ReadRune()
				r2, s2, e2 := b.ReadRune()
				x, y = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 8:
				x, y = fmt.Sprint(a.UnreadRune()), fmt.Sprint(b.UnreadRune())
			case 9:
				x, y = fmt.Sprint(a.UnreadByte()), fmt.Sprint(b.UnreadByte())
			case 10:
				l1, e1 := a.ReadBytes('\n')
				l2, e2 := b.ReadBytes('\n')
				x, y = fmt.Sprintf("%q %v", l1, e1), fmt.Sprintf("%q %v", l2, e2)
			case 11:
				l1, e1 := a.ReadString('o')
				l2, e2 := b.ReadString('o')
				x, y = fmt.Sprintf("%q %v", l1, e1), fmt.Sprintf("%q %v", l2, e2)
			case 12:
				n := rng.Intn(a.Len() + 1)
				a.Truncate(n)
				b.Truncate(n)
			case 13:
				n := rng.Intn(300)
				a.Grow(n)
				b.Grow(n)
			case 14:
				if rng.Intn(4) == 0 {
					a.Reset()
					b.Reset()
				}
			case 15:
				data := []byte(randString(rng, 400))
				sizes := []int{1, 7, 600, 3}
				e := error(nil)
				if rng.Intn(2) == 0 {
					e = errors.New("boom")
				}
				n1, e1 := a.ReadFrom(&chunkReader{data: data, sizes: append([]int(nil), sizes...), err: e})
				n2, e2 := b.ReadFrom(&chunkReader{data: data, sizes: append([]int(nil), sizes...), err: e})
				x, y = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 16:
				m := rng.Intn(5) * 3
				w1, w2 := &shortWriter{max: m}, &shortWriter{max: m}
				n1, e1 := a.WriteTo(w1)
				n2, e2 := b.WriteTo(w2)
				x, y = fmt.Sprintf("%d %v %q", n1, e1, w1.got), fmt.Sprintf("%d %v %q", n2, e2, w2.got)
			case 17:
				n := rng.Intn(8)
				p1, e1 := a.Peek(n)
				p2, e2 := b.Peek(n)
				x, y = fmt.Sprintf("%q %v", p1, e1), fmt.Sprintf("%q %v", p2, e2)
			case 18:
				x, y = fmt.Sprint(len(a.AvailableBuffer()), cap(a.AvailableBuffer())), fmt.Sprint(len(b.AvailableBuffer()), cap(b.AvailableBuffer()))
			case 19:
				x, y = fmt.Sprintf("%q", a.Bytes()), fmt.Sprintf("%q", b.Bytes())
			}
			x += fmt.Sprint(" | ", a.Len(), a.Cap(), a.Available(), a.String())
			y += fmt.Sprint(" | ", b.Len(), b.Cap(), b.Available(), b.String())
			log1, log2 = append(log1, x), append(log2, y)
		}
		check(t, fmt.Sprint("Buffer trial ", trial), log1, log2)
	}
	var na *ours.Buffer
	var nb *bytes.Buffer
	check(t, "nil String", na.String(), nb.String())
}

func TestReader(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, str := range corpus(rng, 300) {
		s := []byte(str)
		a, b := ours.NewReader(s), bytes.NewReader(s)
		var log1, log2 []string
		for step := 0; step < 40; step++ {
			var x, y string
			switch rng.Intn(9) {
			case 0:
				n := rng.Intn(5)
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := a.Read(p)
				n2, e2 := b.Read(q)
				x, y = fmt.Sprint(n1, e1, p), fmt.Sprint(n2, e2, q)
			case 1:
				n, off := rng.Intn(5), int64(rng.Intn(len(s)+3)-1)
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := a.ReadAt(p, off)
				n2, e2 := b.ReadAt(q, off)
				x, y = fmt.Sprint(n1, e1, p), fmt.Sprint(n2, e2, q)
			case 2:
				c1, e1 := a.ReadByte()
				c2, e2 := b.ReadByte()
				x, y = fmt.Sprint(c1, e1), fmt.Sprint(c2, e2)
			case 3:
				x, y = fmt.Sprint(a.UnreadByte()), fmt.Sprint(b.UnreadByte())
			case 4:
				r1, s1, e1 := a.ReadRune()
				r2, s2, e2 := b.ReadRune()
				x, y = fmt.Sprint(r1, s1, e1), fmt.Sprint(r2, s2, e2)
			case 5:
				x, y = fmt.Sprint(a.UnreadRune()), fmt.Sprint(b.UnreadRune())
			case 6:
				off, wh := int64(rng.Intn(len(s)+4)-2), rng.Intn(4)
				p1, e1 := a.Seek(off, wh)
				p2, e2 := b.Seek(off, wh)
				x, y = fmt.Sprint(p1, e1), fmt.Sprint(p2, e2)
			case 7:
				w1, w2 := &shortWriter{max: 2}, &shortWriter{max: 2}
				n1, e1 := a.WriteTo(w1)
				n2, e2 := b.WriteTo(w2)
				x, y = fmt.Sprint(n1, e1, w1.got), fmt.Sprint(n2, e2, w2.got)
			case 8:
				x, y = fmt.Sprint(a.Len(), a.Size()), fmt.Sprint(b.Len(), b.Size())
			}
			log1, log2 = append(log1, x), append(log2, y)
		}
		check(t, fmt.Sprintf("Reader(%q)", s), log1, log2)
		a.Reset([]byte("xy"))
		b.Reset([]byte("xy"))
		d1, _ := io.ReadAll(a)
		d2, _ := io.ReadAll(b)
		check(t, "Reset", d1, d2)
	}
}
