// gen prints the expectations of gorun-strconv's tests (src/tests.rs):
// strconv from the real Go over edge cases and random inputs.
//
//	goref go run gen.go
//
// It writes, in this directory:
//   - shortest.txt: float64 bits in hex, format byte, bit size, a tab,
//     FormatFloat(f, fmt, -1, bitSize); random values and exact decimal
//     ties, where the shortest digits must round half to even.
//   - parse.txt: hex of the input, bit size, a tab, the result's float64
//     bits in hex and the error (ok, syntax or range); ParseFloat and,
//     with bit size 128 or 64 and a "c" prefix, ParseComplex.
//   - int.txt: function (i, u or a), base, bit size, hex of the input, a
//     tab, the result and the error (ok, syntax, range, base, bitsize).
//   - quote.txt: function name, hex of the input (a string, or a rune in
//     decimal), a tab, hex of the result (or "err" on ErrSyntax).
//   - print.txt: the ranges of runes for which IsPrint and IsGraphic hold.
package main

import (
	"bufio"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"unicode/utf8"
)

func create(name string) (*bufio.Writer, func()) {
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	return w, func() { w.Flush(); f.Close() }
}

func errName(err error) string {
	switch {
	case err == nil:
		return "ok"
	case errors.Is(err, strconv.ErrSyntax):
		return "syntax"
	case errors.Is(err, strconv.ErrRange):
		return "range"
	}
	ne := err.(*strconv.NumError)
	switch ne.Err.Error()[:10] {
	case "invalid ba":
		return "base"
	case "invalid bi":
		return "bitsize"
	}
	return "other:" + err.Error()
}

func main() {
	rng := rand.New(rand.NewPCG(7, 11))
	shortest(rng)
	parse(rng)
	ints(rng)
	quotes(rng)
	printRanges()
}

func shortest(rng *rand.Rand) {
	w, done := create("shortest.txt")
	defer done()
	emit := func(f float64, c byte, bits int) {
		fmt.Fprintf(w, "%016x %c %d\t%s\n", math.Float64bits(f), c, bits, strconv.FormatFloat(f, c, -1, bits))
	}
	for i := 0; i < 12000; i++ {
		var f float64
		switch rng.IntN(4) {
		case 0:
			for {
				f = math.Float64frombits(rng.Uint64())
				if !math.IsNaN(f) && !math.IsInf(f, 0) {
					break
				}
			}
		case 1:
			// Exact ties: integers plus one half, quarters, eighths.
			f = float64(rng.Int64N(1<<52)) + 0.5
			f = math.Ldexp(f, rng.IntN(8)-7)
		case 2:
			f = float64(math.Float32frombits(rng.Uint32() & 0x7f7fffff))
		case 3:
			f = math.Ldexp(float64(rng.Int64N(1<<53)), rng.IntN(2100)-1100)
		}
		bits := 64
		if i%3 == 0 {
			bits = 32
		}
		emit(f, "eEfgG"[rng.IntN(5)], bits)
	}
	for e := -1074; e <= 1023; e++ {
		emit(math.Ldexp(1, e), 'g', 64)
	}
	for e := -149; e <= 127; e++ {
		emit(math.Ldexp(1, e), 'g', 32)
	}
}

func parse(rng *rand.Rand) {
	w, done := create("parse.txt")
	defer done()
	emit := func(s string, bits int) {
		f, err := strconv.ParseFloat(s, bits)
		fmt.Fprintf(w, "%s %d\t%016x %s\n", hex.EncodeToString([]byte(s)), bits, math.Float64bits(f), errName(err))
	}
	emitC := func(s string, bits int) {
		c, err := strconv.ParseComplex(s, bits)
		fmt.Fprintf(w, "c%s %d\t%016x %016x %s\n", hex.EncodeToString([]byte(s)), bits,
			math.Float64bits(real(c)), math.Float64bits(imag(c)), errName(err))
	}
	fixed := []string{"", "0", "-0", "+0", "1", "-1", "+1.5", "1.", ".5", ".", "-.", "e5", "1e", "1e+", "1e-5",
		"1E5", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062327e-324", "2.4703282292062328e-324",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444298490212329335712040404089085935001",
		"inf", "+Inf", "-INF", "infinity", "-Infinity", "infinit", "infx", "nan", "NaN", "-nan", "+nan", "nanx",
		"0x1p0", "0x1p-2", "0X1P+2", "0x1.8p1", "0x.8p1", "0x1", "0x1p", "0x1p+", "0x_1p0", "0x1_0p0", "0x1__0p0",
		"0x1fffffffffffffp0", "0x1fffffffffffff8p0", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1074", "0x1p-1075",
		"0x1.8p-1075", "0x1p-1076", "0x123456789abcdef0123p0", "1_000", "1_000.5", "1__0", "_1", "1_", "0_1",
		"0x_1p0", "1e1_0", "1_e5", "00", "007", "0.000000000000000000000000000000000000000000001e45",
		"100000000000000000000000000000000000000000000000000000000000000000000e-68", "1e-4294967296",
		"1e+4294967296", "0e99999999999999", "1e99999", "12345678901234567890123456789e-10", " 1", "1 ", "1x",
		"+", "-", "++1", "+-1", "0.1", "0.2", "0.3", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1e-45",
		"7e-46", "0x1p-149", "0x1p-150", "0x1.000002p-150", "0x1p128", "0x1.fffffep127", "0x1.ffffffp127"}
	for _, s := range fixed {
		emit(s, 64)
		emit(s, 32)
	}
	for i := 0; i < 3000; i++ {
		var s string
		switch rng.IntN(4) {
		case 0:
			s = strconv.FormatFloat(math.Float64frombits(rng.Uint64()), 'g', rng.IntN(25)+1, 64)
		case 1:
			s = fmt.Sprintf("%d.%de%d", rng.Int64N(1e9), rng.Int64N(1e9), rng.IntN(700)-350)
		case 2:
			s = fmt.Sprintf("0x%x.%xp%d", rng.Uint64(), rng.Uint32(), rng.IntN(2200)-1100)
		case 3:
			s = fmt.Sprintf("%d", rng.Uint64()) + fmt.Sprintf("%d", rng.Uint64()) + "e-" + fmt.Sprint(rng.IntN(60))
		}
		emit(s, 32+32*rng.IntN(2))
	}
	for _, s := range []string{"", "1", "i", "1i", "-1i", "+i", "1+2i", "1-2i", "(1+2i)", "(1+2i", "1+2", "1++2i",
		"1+-2i", "1e400+1i", "1+1e400i", "inf+nani", "nan-nani", "-inf-infi", "0x1p2+0x1p3i", "1e5i", "2ii", "1+i",
		"1-i", "+1+2i", "3.4028236e38+1i", "()", "(i)"} {
		emitC(s, 128)
		emitC(s, 64)
	}
}

func ints(rng *rand.Rand) {
	w, done := create("int.txt")
	defer done()
	emit := func(fn byte, s string, base, bits int) {
		var r string
		var err error
		switch fn {
		case 'i':
			var v int64
			v, err = strconv.ParseInt(s, base, bits)
			r = strconv.FormatInt(v, 10)
		case 'u':
			var v uint64
			v, err = strconv.ParseUint(s, base, bits)
			r = strconv.FormatUint(v, 10)
		case 'a':
			var v int
			v, err = strconv.Atoi(s)
			r = strconv.Itoa(v)
		}
		fmt.Fprintf(w, "%c %d %d %s\t%s %s\n", fn, base, bits, hex.EncodeToString([]byte(s)), r, errName(err))
	}
	inputs := []string{"", "0", "1", "-1", "+1", "-", "+", "12345", "-9223372036854775808", "9223372036854775807",
		"9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616",
		"99999999999999999999999", "0x1f", "0X1F", "0b101", "0o17", "017", "08", "0x", "0b", "0o", "1_000", "0x_1f",
		"_1", "1_", "1__0", "0_1", "-0x8000000000000000", "ff", "FF", "zz", "Z", "127", "128", "-128", "-129", "255",
		"256", "32767", "-32768", "2147483647", "2147483648", "4294967295", "4294967296", "1a", " 1", "1 ",
		"000000000000000000000000000000001", "-000000000000000000009223372036854775808"}
	for _, s := range inputs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			for _, bits := range []int{0, 8, 16, 32, 64, 1, 65, -1} {
				emit('i', s, base, bits)
				emit('u', s, base, bits)
			}
		}
		emit('a', s, 10, 0)
	}
	for i := 0; i < 2000; i++ {
		base := 2 + rng.IntN(35)
		v := rng.Uint64() >> rng.IntN(64)
		s := strconv.FormatUint(v, base)
		if rng.IntN(2) == 0 {
			s = "-" + s
		}
		emit('i', s, base, []int{0, 8, 16, 32, 64}[rng.IntN(5)])
		emit('u', s, base, []int{0, 8, 16, 32, 64}[rng.IntN(5)])
		emit('a', strconv.FormatInt(int64(rng.Uint64()>>rng.IntN(64)), 10), 10, 0)
	}
}

func quotes(rng *rand.Rand) {
	w, done := create("quote.txt")
	defer done()
	strs := []string{"", "abc", "\"", "\\", "'", "`", "\a\b\f\n\r\t\v", "\x00\x01\x7f", "\x80", "\xff\xfe", "é", "日本語",
		"\u00ad", "\u2028", "\ufeff", "\U0001F600", "\U000e0001", "\u00a0", "\u3000", "a\tb", "\xed\xa0\x80",
		"\xf4\x90\x80\x80", "\xc0\x80", "☺\x00"}
	for i := 0; i < 300; i++ {
		b := make([]byte, rng.IntN(8))
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		strs = append(strs, string(b))
		strs = append(strs, string(rune(rng.IntN(0x110000)))+string(rune(rng.IntN(0x3000))))
	}
	for _, s := range strs {
		h := hex.EncodeToString([]byte(s))
		fmt.Fprintf(w, "Quote %s\t%x\n", h, strconv.Quote(s))
		fmt.Fprintf(w, "QuoteToASCII %s\t%x\n", h, strconv.QuoteToASCII(s))
		fmt.Fprintf(w, "QuoteToGraphic %s\t%x\n", h, strconv.QuoteToGraphic(s))
		fmt.Fprintf(w, "CanBackquote %s\t%x\n", h, fmt.Sprint(strconv.CanBackquote(s)))
	}
	runes := []rune{0, 7, 'a', '\'', '"', '\\', 0x7f, 0x80, 0xad, 0xa0, 0x2028, 0xd800, 0xfffd, 0x10ffff, 0x110000, -1,
		0x1F600, 0xe0001, 0x3000}
	for i := 0; i < 300; i++ {
		runes = append(runes, rune(rng.IntN(0x110000)))
	}
	for _, r := range runes {
		fmt.Fprintf(w, "QuoteRune %d\t%x\n", r, strconv.QuoteRune(r))
		fmt.Fprintf(w, "QuoteRuneToASCII %d\t%x\n", r, strconv.QuoteRuneToASCII(r))
		fmt.Fprintf(w, "QuoteRuneToGraphic %d\t%x\n", r, strconv.QuoteRuneToGraphic(r))
	}
	unq := []string{``, `"`, `""`, `"a"`, `"\n"`, `"\x41\101\u0041\U00000041"`, `"\xff"`, `"\400"`, `"\377"`,
		`"\ud800"`, `"\U00110000"`, `'a'`, `'ab'`, `''`, `'\''`, `'\"'`, `"\'"`, `"\""`, "`a\rb`", "`a`b", `"a"b`,
		`'日'`, `"日本"`, "\"a\nb\"", `"\q"`, `'\x80'`, "'\xff'", `"abc`, `abc`, `'`, "`", "``", `"\`, `"\u12"`,
		"\"\xff\"", `'\u00e9'`, `"\a\b\f\n\r\t\v\\"`, `"\0"`, `"\08"`}
	for _, s := range unq {
		h := hex.EncodeToString([]byte(s))
		if u, err := strconv.Unquote(s); err != nil {
			fmt.Fprintf(w, "Unquote %s\terr\n", h)
		} else {
			fmt.Fprintf(w, "Unquote %s\t%x\n", h, u)
		}
		if u, err := strconv.QuotedPrefix(s); err != nil {
			fmt.Fprintf(w, "QuotedPrefix %s\terr\n", h)
		} else {
			fmt.Fprintf(w, "QuotedPrefix %s\t%x\n", h, u)
		}
	}
	_ = utf8.RuneError
}

func printRanges() {
	w, done := create("print.txt")
	defer done()
	for _, fn := range []struct {
		name string
		f    func(rune) bool
	}{{"IsPrint", strconv.IsPrint}, {"IsGraphic", strconv.IsGraphic}} {
		start := rune(-1)
		for r := rune(0); r <= 0x110000; r++ {
			in := r < 0x110000 && fn.f(r)
			if in && start < 0 {
				start = r
			} else if !in && start >= 0 {
				fmt.Fprintf(w, "%s %x %x\n", fn.name, start, r-1)
				start = -1
			}
		}
	}
}
