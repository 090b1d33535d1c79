package utf8_test

import (
	"math/rand"
	"testing"
	"unicode/utf8"

	ours "gorunstd/unicode/utf8"
)

// interesting bytes: the edges of every range the decoder distinguishes.
var edges = []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
	0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF}

// inputs: every sequence of up to 3 edge bytes, all 2-byte sequences, and
// random ones.
func inputs() [][]byte {
	var out [][]byte
	out = append(out, nil, []byte{})
	for a := 0; a < 256; a++ {
		out = append(out, []byte{byte(a)})
		for b := 0; b < 256; b++ {
			out = append(out, []byte{byte(a), byte(b)})
		}
	}
	for _, a := range edges {
		for _, b := range edges {
			for _, c := range edges {
				out = append(out, []byte{a, b, c})
				for _, d := range edges {
					out = append(out, []byte{a, b, c, d})
				}
			}
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 20000; i++ {
		n := rng.Intn(12)
		p := make([]byte, n)
		for j := range p {
			if rng.Intn(2) == 0 {
				p[j] = edges[rng.Intn(len(edges))]
			} else {
				p[j] = byte(rng.Intn(256))
			}
		}
		out = append(out, p)
	}
	return out
}

func TestDecode(t *testing.T) {
	for _, p := range inputs() {
		s := string(p)
		if a, b := ours.FullRune(p), utf8.FullRune(p); a != b {
			t.Errorf("FullRune(%q) = %v, want %v", p, a, b)
		}
		if a, b := ours.FullRuneInString(s), utf8.FullRuneInString(s); a != b {
			t.Errorf("FullRuneInString(%q) = %v, want %v", p, a, b)
		}
		r1, n1 := ours.DecodeRune(p)
		r2, n2 := utf8.DecodeRune(p)
		if r1 != r2 || n1 != n2 {
			t.Errorf("DecodeRune(%q) = %U %d, want %U %d", p, r1, n1, r2, n2)
		}
		r1, n1 = ours.DecodeRuneInString(s)
		r2, n2 = utf8.DecodeRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Errorf("DecodeRuneInString(%q) = %U %d, want %U %d", p, r1, n1, r2, n2)
		}
		r1, n1 = ours.DecodeLastRune(p)
		r2, n2 = utf8.DecodeLastRune(p)
		if r1 != r2 || n1 != n2 {
			t.Errorf("DecodeLastRune(%q) = %U %d, want %U %d", p, r1, n1, r2, n2)
		}
		r1, n1 = ours.DecodeLastRuneInString(s)
		r2, n2 = utf8.DecodeLastRuneInString(s)
		if r1 != r2 || n1 != n2 {
			t.Errorf("DecodeLastRuneInString(%q) = %U %d, want %U %d", p, r1, n1, r2, n2)
		}
		if a, b := ours.RuneCount(p), utf8.RuneCount(p); a != b {
			t.Errorf("RuneCount(%q) = %v, want %v", p, a, b)
		}
		if a, b := ours.RuneCountInString(s), utf8.RuneCountInString(s); a != b {
			t.Errorf("RuneCountInString(%q) = %v, want %v", p, a, b)
		}
		if a, b := ours.Valid(p), utf8.Valid(p); a != b {
			t.Errorf("Valid(%q) = %v, want %v", p, a, b)
		}
		if a, b := ours.ValidString(s), utf8.ValidString(s); a != b {
			t.Errorf("ValidString(%q) = %v, want %v", p, a, b)
		}
		if len(p) > 0 {
			if a, b := ours.RuneStart(p[0]), utf8.RuneStart(p[0]); a != b {
				t.Errorf("RuneStart(%#x) = %v, want %v", p[0], a, b)
			}
		}
	}
}

func TestEncode(t *testing.T) {
	runes := []rune{-1, -0x80000000, 0x7FFFFFFF, 0x110000, 0xD800, 0xDFFF, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF}
	for r := rune(0); r < 0x11000; r++ {
		runes = append(runes, r)
	}
	for r := rune(0x11000); r < 0x110100; r += 97 {
		runes = append(runes, r)
	}
	for _, r := range runes {
		var a, b [4]byte
		n1, n2 := ours.EncodeRune(a[:], r), utf8.EncodeRune(b[:], r)
		if n1 != n2 || a != b {
			t.Errorf("EncodeRune(%U) = %x, want %x", r, a[:n1], b[:n2])
		}
		if x, y := string(ours.AppendRune([]byte("x"), r)), string(utf8.AppendRune([]byte("x"), r)); x != y {
			t.Errorf("AppendRune(%U) = %q, want %q", r, x, y)
		}
		if x, y := ours.RuneLen(r), utf8.RuneLen(r); x != y {
			t.Errorf("RuneLen(%U) = %d, want %d", r, x, y)
		}
		if x, y := ours.ValidRune(r), utf8.ValidRune(r); x != y {
			t.Errorf("ValidRune(%U) = %v, want %v", r, x, y)
		}
	}
}
