// Prints the real Go's string conversions for runtime/tests/data/strings.txt.
// Regenerate with
//
//	cd runtime/tests/data/gen/strings && ../../../../../../shared/tools/goref go run main.go >../../strings.txt
// Every line starts with a tag and the input in hex ("-" for empty).
//
//   S HEX | RANGE i:r,i:r,... | RUNES r,r,... cap C | BYTESCAP C | BACK HEX | COUNT n
//     for-range over the string (index:rune in hex), []rune(s) and its cap,
//     cap([]byte(s)), string([]rune(s)) in hex, utf8-count via len([]rune(s))
//   I V HEX          string(v) for an int64 v (Go's intstring)
//   U r,r,... HEX    string([]rune{...}) (slicerunetostring), runes in decimal
//   C HEXA HEXB CMP  a < b, ==, > as -1/0/1
//   B N HEX          string(bytes) of N bytes given in hex (slicebytetostring)
package main

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"strings"
)

var w = bufio.NewWriter(os.Stdout)

var sinkR []rune
var sinkB []byte
var sinkS string

func hx(s string) string {
	if s == "" {
		return "-"
	}
	return fmt.Sprintf("%x", s)
}

func strLine(s string) {
	var rg []string
	for i, r := range s {
		rg = append(rg, fmt.Sprintf("%d:%x", i, r))
	}
	sinkR = []rune(s)
	var rs []string
	for _, r := range sinkR {
		rs = append(rs, fmt.Sprintf("%x", r))
	}
	rcap := cap(sinkR)
	sinkB = []byte(s)
	bcap := cap(sinkB)
	sinkS = string(sinkR)
	fmt.Fprintf(w, "S %s | RANGE %s | RUNES %s cap %d | BYTESCAP %d | BACK %s | COUNT %d\n",
		hx(s), strings.Join(rg, ","), strings.Join(rs, ","), rcap, bcap, hx(sinkS), len([]rune(s)))
}

func main() {
	defer w.Flush()
	fixed := []string{
		"", "a", "hello, world", "héllo", "日本語", "\U0001F600", "a\U0010FFFFb",
		"\x80", "\xbf", "\xc0", "\xc0\x80", "\xc1\xbf", "\xc2\x80", "\xdf\xbf",
		"\xe0\x80\x80", "\xe0\x9f\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xed\xa0\x80",
		"\xed\xbf\xbf", "\xee\x80\x80", "\xef\xbf\xbf", "\xf0\x8f\xbf\xbf", "\xf0\x90\x80\x80",
		"\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xf5\x80\x80\x80", "\xf8\x88\x80\x80\x80",
		"\xfc\x84\x80\x80\x80\x80", "\xfe", "\xff", "\xe2\x82", "\xe2\x82\xac", "\xe2\x82a",
		"\xf0\x9f\x98", "\xf0\x9f\x98\x80\x80", "a\xffb\xc3\xa9c\xe2\x82", "\xc3\xa9\xc3",
		strings.Repeat("x", 31), strings.Repeat("x", 32), strings.Repeat("x", 33),
		strings.Repeat("é", 20), strings.Repeat("日", 50), strings.Repeat("\xff", 40),
		strings.Repeat("ab\xe2\x82\xacc", 100),
	}
	for _, s := range fixed {
		strLine(s)
	}
	rnd := rand.New(rand.NewSource(7))
	alphabet := []byte{'a', 0x7f, 0x80, 0x8f, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x82, 0xac, 0x9f, 0xa0, 0x90}
	for i := 0; i < 400; i++ {
		n := rnd.Intn(14)
		b := make([]byte, n)
		for j := range b {
			if rnd.Intn(4) == 0 {
				b[j] = byte(rnd.Intn(256))
			} else {
				b[j] = alphabet[rnd.Intn(len(alphabet))]
			}
		}
		strLine(string(b))
	}
	ints := []int64{0, 1, 'A', 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000,
		0xfffd, 0xfffe, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, -0x80000000, 0x7fffffff, 0x80000000,
		0x100000041, -0x100000000 + 0x41, 1 << 40, -1 << 62}
	for _, v := range ints {
		sinkS = string(rune(v))
		a := sinkS
		// string(v) with v int64: the runtime's intstring sees the whole int64.
		sinkS = intstr(v)
		fmt.Fprintf(w, "I %d %s %s\n", v, hx(sinkS), hx(a))
	}
	runeLists := [][]rune{{}, {'a'}, {-1}, {0xd800, 'x'}, {0x10ffff, 0x110000}, {0x7fffffff, -0x80000000},
		{'日', '本', 0xdfff, 0}, {0xfffd, 0xfffe, 0x80, 0x7ff, 0x800}}
	for i := 0; i < 30; i++ {
		var l []rune
		for j := 0; j < rnd.Intn(10); j++ {
			switch rnd.Intn(3) {
			case 0:
				l = append(l, rune(rnd.Intn(0x80)))
			case 1:
				l = append(l, rune(rnd.Intn(0x120000)))
			default:
				l = append(l, rune(rnd.Uint32()))
			}
		}
		runeLists = append(runeLists, l)
	}
	for _, l := range runeLists {
		var ds []string
		for _, r := range l {
			ds = append(ds, fmt.Sprint(r))
		}
		sinkS = string(l)
		d := strings.Join(ds, ",")
		if d == "" {
			d = "-"
		}
		fmt.Fprintf(w, "U %s %s\n", d, hx(sinkS))
	}
	cmps := []string{"", "a", "b", "ab", "abc", "abd", "abcd", "\xff", "\x00", "a\x00", "ab\xff", "é", "e"}
	for _, a := range cmps {
		for _, b := range cmps {
			c := 0
			if a < b {
				c = -1
			} else if a > b {
				c = 1
			}
			fmt.Fprintf(w, "C %s %s %d\n", hx(a), hx(b), c)
		}
	}
}

//go:noinline
func intstr(v int64) string {
	return string(v)
}
