package utf16_test

import (
	"math/rand"
	"reflect"
	"testing"
	"unicode/utf16"

	ours "gorunstd/unicode/utf16"
)

func TestAll(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	special := []rune{-1, 0, 0x7f, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -0x80000000}
	for i := 0; i < 20000; i++ {
		r := special[rng.Intn(len(special))]
		if rng.Intn(2) == 0 {
			r = rune(rng.Intn(0x111000)) - 10
		}
		r2 := special[rng.Intn(len(special))]
		if ours.IsSurrogate(r) != utf16.IsSurrogate(r) || ours.RuneLen(r) != utf16.RuneLen(r) || ours.DecodeRune(r, r2) != utf16.DecodeRune(r, r2) {
			t.Fatalf("rune %U", r)
		}
		a1, a2 := ours.EncodeRune(r)
		b1, b2 := utf16.EncodeRune(r)
		if a1 != b1 || a2 != b2 {
			t.Fatalf("EncodeRune(%U)", r)
		}
		if x, y := ours.AppendRune([]uint16{1}, r), utf16.AppendRune([]uint16{1}, r); !reflect.DeepEqual(x, y) {
			t.Fatalf("AppendRune(%U)", r)
		}
	}
	for i := 0; i < 3000; i++ {
		n := rng.Intn(100)
		rs := make([]rune, n)
		ws := make([]uint16, n)
		for j := range rs {
			rs[j] = special[rng.Intn(len(special))]
			if rng.Intn(2) == 0 {
				rs[j] = rune(rng.Intn(0x110000))
			}
			ws[j] = uint16(rs[j])
			if rng.Intn(3) == 0 {
				ws[j] = uint16(0xd800 + rng.Intn(0x800))
			}
		}
		a, b := ours.Encode(rs), utf16.Encode(rs)
		if !reflect.DeepEqual(a, b) || cap(a) != cap(b) {
			t.Fatalf("Encode differs")
		}
		c, d := ours.Decode(ws), utf16.Decode(ws)
		if !reflect.DeepEqual(c, d) || cap(c) != cap(d) {
			t.Fatalf("Decode differs: cap %d, want %d", cap(c), cap(d))
		}
	}
}
