package strings_test

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

	ours "gorunstd/strings"
)

// alphabet: pieces random strings are made of, chosen so that searches
// find many matches, case folds meet their orbits, and invalid UTF-8
// appears whole and cut.
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
	strings.Repeat("ab", 40) + "c", strings.Repeat("a", 100) + "b", "\ufffd\xff"}

func corpus(rng *rand.Rand, n int) []string {
	out := append([]string(nil), fixed...)
	for i := 0; i < n; i++ {
		out = append(out, randString(rng, 8))
	}
	return out
}

func check(t *testing.T, name string, got, want any) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %#v, want %#v", name, got, want)
	}
}

// panicOf returns what f panics with, as a string, or "".
func panicOf(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestPairs(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	ss := corpus(rng, 150)
	subs := corpus(rng, 40)
	for _, s := range ss {
		for _, sub := range subs {
			q := fmt.Sprintf("(%q, %q)", s, sub)
			check(t, "Count"+q, ours.Count(s, sub), strings.Count(s, sub))
			check(t, "Contains"+q, ours.Contains(s, sub), strings.Contains(s, sub))
			check(t, "ContainsAny"+q, ours.ContainsAny(s, sub), strings.ContainsAny(s, sub))
			check(t, "Index"+q, ours.Index(s, sub), strings.Index(s, sub))
			check(t, "LastIndex"+q, ours.LastIndex(s, sub), strings.LastIndex(s, sub))
			check(t, "IndexAny"+q, ours.IndexAny(s, sub), strings.IndexAny(s, sub))
			check(t, "LastIndexAny"+q, ours.LastIndexAny(s, sub), strings.LastIndexAny(s, sub))
			check(t, "Split"+q, ours.Split(s, sub), strings.Split(s, sub))
			check(t, "SplitAfter"+q, ours.SplitAfter(s, sub), strings.SplitAfter(s, sub))
			for _, n := range []int{-1, 0, 1, 2, 3, 100} {
				check(t, fmt.Sprint("SplitN", q, n), ours.SplitN(s, sub, n), strings.SplitN(s, sub, n))
				check(t, fmt.Sprint("SplitAfterN", q, n), ours.SplitAfterN(s, sub, n), strings.SplitAfterN(s, sub, n))
				check(t, fmt.Sprint("Replace", q, n), ours.Replace(s, sub, "<>", n), strings.Replace(s, sub, "<>", n))
			}
			if a, b := ours.Split(s, sub), strings.Split(s, sub); cap(a) != cap(b) {
				t.Errorf("cap(Split%s) = %d, want %d", q, cap(a), cap(b))
			}
			check(t, "ReplaceAll"+q, ours.ReplaceAll(s, sub, "Z"), strings.ReplaceAll(s, sub, "Z"))
			check(t, "EqualFold"+q, ours.EqualFold(s, sub), strings.EqualFold(s, sub))
			check(t, "Compare"+q, ours.Compare(s, sub), strings.Compare(s, sub))
			check(t, "HasPrefix"+q, ours.HasPrefix(s, sub), strings.HasPrefix(s, sub))
			check(t, "HasSuffix"+q, ours.HasSuffix(s, sub), strings.HasSuffix(s, sub))
			check(t, "Trim"+q, ours.Trim(s, sub), strings.Trim(s, sub))
			check(t, "TrimLeft"+q, ours.TrimLeft(s, sub), strings.TrimLeft(s, sub))
			check(t, "TrimRight"+q, ours.TrimRight(s, sub), strings.TrimRight(s, sub))
			check(t, "TrimPrefix"+q, ours.TrimPrefix(s, sub), strings.TrimPrefix(s, sub))
			check(t, "TrimSuffix"+q, ours.TrimSuffix(s, sub), strings.TrimSuffix(s, sub))
			check(t, "ToValidUTF8"+q, ours.ToValidUTF8(s, sub), strings.ToValidUTF8(s, sub))
			var r [3]any
			r[0], r[1], r[2] = ours.Cut(s, sub)
			var w [3]any
			w[0], w[1], w[2] = strings.Cut(s, sub)
			check(t, "Cut"+q, r, w)
			r[0], r[1], r[2] = ours.CutLast(s, sub)
			w[0], w[1], w[2] = strings.CutLast(s, sub)
			check(t, "CutLast"+q, r, w)
			r[0], r[1] = ours.CutPrefix(s, sub)
			w[0], w[1] = strings.CutPrefix(s, sub)
			check(t, "CutPrefix"+q, r, w)
			r[0], r[1] = ours.CutSuffix(s, sub)
			w[0], w[1] = strings.CutSuffix(s, sub)
			check(t, "CutSuffix"+q, r, w)
			check(t, "SplitSeq"+q, collect(ours.SplitSeq(s, sub)), collect(strings.SplitSeq(s, sub)))
			check(t, "SplitAfterSeq"+q, collect(ours.SplitAfterSeq(s, sub)), collect(strings.SplitAfterSeq(s, sub)))
			check(t, "Join"+q, ours.Join([]string{s, sub, s}, sub), strings.Join([]string{s, sub, s}, sub))
		}
	}
}

func collect(seq func(func(string) bool)) []string {
	var out []string
	for s := range seq {
		out = append(out, s)
	}
	// Stopping early must be honoured.
	n := 0
	for range seq {
		n++
		if n == 2 {
			break
		}
	}
	return out
}

func TestSingles(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	preds := []func(rune) bool{unicode.IsSpace, unicode.IsUpper, func(r rune) bool { return r == 'a' || r == utf8.RuneError }}
	for _, s := range corpus(rng, 3000) {
		q := fmt.Sprintf("(%q)", s)
		check(t, "Fields"+q, ours.Fields(s), strings.Fields(s))
		check(t, "FieldsSeq"+q, collect(ours.FieldsSeq(s)), collect(strings.FieldsSeq(s)))
		check(t, "Lines"+q, collect(ours.Lines(s)), collect(strings.Lines(s)))
		check(t, "ToUpper"+q, ours.ToUpper(s), strings.ToUpper(s))
		check(t, "ToLower"+q, ours.ToLower(s), strings.ToLower(s))
		check(t, "ToTitle"+q, ours.ToTitle(s), strings.ToTitle(s))
		check(t, "Title"+q, ours.Title(s), strings.Title(s))
		check(t, "ToUpperSpecial"+q, ours.ToUpperSpecial(unicode.TurkishCase, s), strings.ToUpperSpecial(unicode.TurkishCase, s))
		check(t, "ToLowerSpecial"+q, ours.ToLowerSpecial(unicode.TurkishCase, s), strings.ToLowerSpecial(unicode.TurkishCase, s))
		check(t, "ToTitleSpecial"+q, ours.ToTitleSpecial(unicode.TurkishCase, s), strings.ToTitleSpecial(unicode.TurkishCase, s))
		check(t, "TrimSpace"+q, ours.TrimSpace(s), strings.TrimSpace(s))
		check(t, "Clone"+q, ours.Clone(s), strings.Clone(s))
		for k, f := range preds {
			q := fmt.Sprintf("(%q, f%d)", s, k)
			check(t, "FieldsFunc"+q, ours.FieldsFunc(s, f), strings.FieldsFunc(s, f))
			check(t, "FieldsFuncSeq"+q, collect(ours.FieldsFuncSeq(s, f)), collect(strings.FieldsFuncSeq(s, f)))
			check(t, "IndexFunc"+q, ours.IndexFunc(s, f), strings.IndexFunc(s, f))
			check(t, "LastIndexFunc"+q, ours.LastIndexFunc(s, f), strings.LastIndexFunc(s, f))
			check(t, "ContainsFunc"+q, ours.ContainsFunc(s, f), strings.ContainsFunc(s, f))
			check(t, "TrimFunc"+q, ours.TrimFunc(s, f), strings.TrimFunc(s, f))
			check(t, "TrimLeftFunc"+q, ours.TrimLeftFunc(s, f), strings.TrimLeftFunc(s, f))
			check(t, "TrimRightFunc"+q, ours.TrimRightFunc(s, f), strings.TrimRightFunc(s, f))
		}
		mappings := []func(rune) rune{unicode.ToUpper, func(r rune) rune {
			if r == 'a' {
				return -1
			}
			if r == utf8.RuneError {
				return 'E'
			}
			return r + 1
		}, func(r rune) rune { return r }}
		for k, m := range mappings {
			check(t, fmt.Sprintf("Map(m%d, %q)", k, s), ours.Map(m, s), strings.Map(m, s))
		}
		// Map calls mapping once per rune, in order.
		var a, b []rune
		ours.Map(func(r rune) rune { a = append(a, r); return r + 1 }, s)
		strings.Map(func(r rune) rune { b = append(b, r); return r + 1 }, s)
		check(t, "Map calls"+q, a, b)
		for _, r := range []rune{'a', 'b', 0, -1, utf8.RuneError, '€', 'é', 0x10FFFF, 0x110000, 0xD800, '\u212a'} {
			check(t, fmt.Sprintf("IndexRune(%q, %U)", s, r), ours.IndexRune(s, r), strings.IndexRune(s, r))
			check(t, fmt.Sprintf("ContainsRune(%q, %U)", s, r), ours.ContainsRune(s, r), strings.ContainsRune(s, r))
		}
		for _, c := range []byte{'a', 'b', 0xff, 0xe2, ' '} {
			check(t, fmt.Sprintf("IndexByte(%q, %x)", s, c), ours.IndexByte(s, c), strings.IndexByte(s, c))
			check(t, fmt.Sprintf("LastIndexByte(%q, %x)", s, c), ours.LastIndexByte(s, c), strings.LastIndexByte(s, c))
		}
		for _, n := range []int{0, 1, 2, 5} {
			check(t, fmt.Sprint("Repeat", q, n), ours.Repeat(s, n), strings.Repeat(s, n))
		}
	}
}

func TestLongSearch(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for i := 0; i < 300; i++ {
		// Long texts over a two-letter alphabet: worst cases for naive search.
		n := rng.Intn(3000)
		b := make([]byte, n)
		for j := range b {
			b[j] = "ab"[rng.Intn(2)]
			if rng.Intn(50) == 0 {
				b[j] = 'c'
			}
		}
		s := string(b)
		for k := 0; k < 10; k++ {
			m := 2 + rng.Intn(40)
			sb := make([]byte, m)
			for j := range sb {
				sb[j] = "ab"[rng.Intn(2)]
			}
			sub := string(sb)
			if rng.Intn(3) == 0 && n > m {
				at := rng.Intn(n - m)
				sub = s[at : at+m]
			}
			check(t, "Index", ours.Index(s, sub), strings.Index(s, sub))
			check(t, "LastIndex", ours.LastIndex(s, sub), strings.LastIndex(s, sub))
			check(t, "Count", ours.Count(s, sub), strings.Count(s, sub))
		}
	}
}

func TestPanics(t *testing.T) {
	check(t, "Repeat(-1)", panicOf(func() { ours.Repeat("x", -1) }), panicOf(func() { strings.Repeat("x", -1) }))
	check(t, "Repeat(huge)", panicOf(func() { ours.Repeat("xx", 1<<62) }), panicOf(func() { strings.Repeat("xx", 1<<62) }))
	check(t, "Repeat(-1) of empty", panicOf(func() { ours.Repeat("", -1) }), panicOf(func() { strings.Repeat("", -1) }))
	check(t, "Repeat big", len(ours.Repeat("abc", 10000)), len(strings.Repeat("abc", 10000)))
	check(t, "Repeat big", ours.Repeat("abcdefg", 3000), strings.Repeat("abcdefg", 3000))
	check(t, "NewReplacer odd", panicOf(func() { ours.NewReplacer("a") }), panicOf(func() { strings.NewReplacer("a") }))
	var b ours.Builder
	b.WriteString("x")
	c := b
	check(t, "Builder copy", panicOf(func() { c.WriteString("y") }), panicOf(func() {
		var b strings.Builder
		b.WriteString("x")
		c := b
		c.WriteString("y")
	}))
	check(t, "Grow(-1)", panicOf(func() { var b ours.Builder; b.Grow(-1) }), panicOf(func() { var b strings.Builder; b.Grow(-1) }))
}

// recorder records the pieces a Replacer writes.
type recorder struct {
	pieces []string
	limit  int // fail after this many writes, if > 0
}

func (r *recorder) Write(p []byte) (int, error) {
	if r.limit > 0 && len(r.pieces) >= r.limit {
		return 0, errors.New("full")
	}
	r.pieces = append(r.pieces, "W:"+string(p))
	return len(p), nil
}

// plainWriter has no WriteString.
type plainWriter struct{ r *recorder }

func (w plainWriter) Write(p []byte) (int, error) { return w.r.Write(p) }

type stringRecorder struct{ recorder }

func (r *stringRecorder) WriteString(s string) (int, error) {
	if r.limit > 0 && len(r.pieces) >= r.limit {
		return 0, errors.New("full")
	}
	r.pieces = append(r.pieces, "S:"+s)
	return len(s), nil
}

func TestReplacer(t *testing.T) {
	sets := [][]string{
		{},
		{"a", "b"},
		{"a", "1", "b", "2", "a", "3"},
		{"a", "xyz", "b", ""},
		{"ab", "X"},
		{"aa", "X"},
		{"", "X"},
		{"", "X", "a", "Y"},
		{"a", "Y", "", "X"},
		{"a", "1", "aa", "2", "aaa", "3"},
		{"aaa", "3", "aa", "2", "a", "1"},
		{"ab", "1", "a", "2", "b", "3", "", "_"},
		{"€", "E", "\xff", "?", "é", "e"},
		{"k", "K", "K", "\u212a"},
		{"<", "&lt;", ">", "&gt;", "&", "&amp;"},
		{"hello", "bye", "hell", "heaven", "o", "0"},
	}
	rng := rand.New(rand.NewSource(4))
	inputs := corpus(rng, 200)
	for _, set := range sets {
		a, b := ours.NewReplacer(set...), strings.NewReplacer(set...)
		for _, s := range inputs {
			q := fmt.Sprintf("%q.Replace(%q)", set, s)
			check(t, q, a.Replace(s), b.Replace(s))
			for _, limit := range []int{0, 1, 2, 3} {
				ra, rb := &recorder{limit: limit}, &recorder{limit: limit}
				na, ea := a.WriteString(plainWriter{ra}, s)
				nb, eb := b.WriteString(plainWriter{rb}, s)
				check(t, q+" plain pieces", ra.pieces, rb.pieces)
				check(t, q+" plain n", na, nb)
				check(t, q+" plain err", fmt.Sprint(ea), fmt.Sprint(eb))
				sa, sb := &stringRecorder{recorder{limit: limit}}, &stringRecorder{recorder{limit: limit}}
				na, ea = a.WriteString(sa, s)
				nb, eb = b.WriteString(sb, s)
				check(t, q+" pieces", sa.pieces, sb.pieces)
				check(t, q+" n", na, nb)
				check(t, q+" err", fmt.Sprint(ea), fmt.Sprint(eb))
			}
		}
	}
	var z ours.Replacer
	var zr strings.Replacer
	check(t, "zero Replacer", z.Replace("abc"), zr.Replace("abc"))
}

func TestReader(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, s := range corpus(rng, 300) {
		a, b := ours.NewReader(s), strings.NewReader(s)
		var log1, log2 []string
		for step := 0; step < 40; step++ {
			op := rng.Intn(9)
			var x, y string
			switch op {
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
				var w1, w2 bytes.Buffer
				n1, e1 := a.WriteTo(&w1)
				n2, e2 := b.WriteTo(&w2)
				x, y = fmt.Sprint(n1, e1, w1.String()), fmt.Sprint(n2, e2, w2.String())
			case 8:
				x, y = fmt.Sprint(a.Len(), a.Size()), fmt.Sprint(b.Len(), b.Size())
			}
			log1, log2 = append(log1, x), append(log2, y)
		}
		check(t, fmt.Sprintf("Reader(%q)", s), log1, log2)
		a.Reset("xy")
		b.Reset("xy")
		d1, _ := io.ReadAll(a)
		d2, _ := io.ReadAll(b)
		check(t, "Reset", d1, d2)
	}
}

func TestBuilder(t *testing.T) {
	var a ours.Builder
	var b strings.Builder
	for i := 0; i < 200; i++ {
		switch i % 5 {
		case 0:
			a.WriteString("héllo")
			b.WriteString("héllo")
		case 1:
			a.WriteByte(byte(i))
			b.WriteByte(byte(i))
		case 2:
			n1, _ := a.WriteRune(rune(i * 331))
			n2, _ := b.WriteRune(rune(i * 331))
			check(t, "WriteRune", n1, n2)
		case 3:
			a.Write([]byte("xyz"))
			b.Write([]byte("xyz"))
		case 4:
			a.Grow(i)
			b.Grow(i)
		}
		check(t, "String", a.String(), b.String())
		check(t, "Len", a.Len(), b.Len())
		check(t, fmt.Sprint("Cap at ", i), a.Cap(), b.Cap())
	}
}
