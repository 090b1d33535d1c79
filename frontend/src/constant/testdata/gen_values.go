// gen_values prints the expectations of frontend/tests/constant_go.rs: the
// results of go/constant, from the real Go, for a table of small programs.
//
//	goref go run gen_values.go > values.txt
//
// Each output line is a program, a tab, then either "PANIC" (go/constant
// panicked: our implementation must give Unknown or false instead) or a mode
// ("F" full, "M" medium, "S" short) and the description of the value the program leaves
// on its stack, fields separated by tabs (see describe).
//
// A program is a space-separated list of tokens run on a stack:
//
//	LI:t LF:t LM:t LC:t LS:t  MakeFromLiteral (INT FLOAT IMAG CHAR STRING) of text t, in which
//	                          bytes outside '!'..'~' and '%' are written %XX
//	i:n u:n f:hexbits b:0|1 s:t unk bytes:t   MakeInt64 MakeUint64 MakeFloat64 MakeBool MakeString
//	                                          MakeUnknown MakeFromBytes (t escaped as above)
//	mkimag toint tofloat tocomplex real imag num denom   unary conversions
//	neg pos not cpl:prec shl:n shr:n                     UnaryOp, Shift
//	add sub mul quo quoi rem and or xor andnot land lor  BinaryOp (quoi is QUO_ASSIGN)
//	eql neq lss leq gtr geq                              Compare, pushed as a Bool
package main

import (
	"bufio"
	"fmt"
	"go/constant"
	"go/token"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
)

var out = bufio.NewWriter(os.Stdout)

var binops = map[string]token.Token{
	"add": token.ADD, "sub": token.SUB, "mul": token.MUL, "quo": token.QUO, "quoi": token.QUO_ASSIGN,
	"rem": token.REM, "and": token.AND, "or": token.OR, "xor": token.XOR, "andnot": token.AND_NOT,
	"land": token.LAND, "lor": token.LOR,
}

var cmpops = map[string]token.Token{
	"eql": token.EQL, "neq": token.NEQ, "lss": token.LSS, "leq": token.LEQ, "gtr": token.GTR, "geq": token.GEQ,
}

var littoks = map[string]token.Token{
	"LI": token.INT, "LF": token.FLOAT, "LM": token.IMAG, "LC": token.CHAR, "LS": token.STRING,
}

// unesc decodes the %XX escapes of esc.
func unesc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				panic(err)
			}
			b.WriteByte(byte(v))
			i += 2
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// esc encodes s for a token: bytes outside '!'..'~' and '%' become %XX.
func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c > '~' || c == '%' {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

func eval(prog string) (v constant.Value, panicked bool) {
	defer func() {
		if r := recover(); r != nil {
			panicked = true
		}
	}()
	var st []constant.Value
	pop := func() constant.Value { v := st[len(st)-1]; st = st[:len(st)-1]; return v }
	push := func(v constant.Value) { st = append(st, v) }
	for _, t := range strings.Fields(prog) {
		name, arg, _ := strings.Cut(t, ":")
		num := func() int64 {
			n, err := strconv.ParseInt(arg, 10, 64)
			if err != nil {
				panic(err)
			}
			return n
		}
		if tok, ok := littoks[name]; ok {
			push(constant.MakeFromLiteral(unesc(arg), tok, 0))
			continue
		}
		if tok, ok := binops[name]; ok {
			y := pop()
			x := pop()
			push(constant.BinaryOp(x, tok, y))
			continue
		}
		if tok, ok := cmpops[name]; ok {
			y := pop()
			x := pop()
			push(constant.MakeBool(constant.Compare(x, tok, y)))
			continue
		}
		switch name {
		case "i":
			push(constant.MakeInt64(num()))
		case "u":
			n, err := strconv.ParseUint(arg, 10, 64)
			if err != nil {
				panic(err)
			}
			push(constant.MakeUint64(n))
		case "f":
			n, err := strconv.ParseUint(arg, 16, 64)
			if err != nil {
				panic(err)
			}
			push(constant.MakeFloat64(math.Float64frombits(n)))
		case "b":
			push(constant.MakeBool(arg == "1"))
		case "s":
			push(constant.MakeString(unesc(arg)))
		case "unk":
			push(constant.MakeUnknown())
		case "bytes":
			push(constant.MakeFromBytes([]byte(unesc(arg))))
		case "mkimag":
			push(constant.MakeImag(pop()))
		case "toint":
			push(constant.ToInt(pop()))
		case "tofloat":
			push(constant.ToFloat(pop()))
		case "tocomplex":
			push(constant.ToComplex(pop()))
		case "real":
			push(constant.Real(pop()))
		case "imag":
			push(constant.Imag(pop()))
		case "num":
			push(constant.Num(pop()))
		case "denom":
			push(constant.Denom(pop()))
		case "neg":
			push(constant.UnaryOp(token.SUB, pop(), 0))
		case "pos":
			push(constant.UnaryOp(token.ADD, pop(), 0))
		case "not":
			push(constant.UnaryOp(token.NOT, pop(), 0))
		case "cpl":
			push(constant.UnaryOp(token.XOR, pop(), uint(num())))
		case "shl":
			push(constant.Shift(pop(), token.SHL, uint(num())))
		case "shr":
			push(constant.Shift(pop(), token.SHR, uint(num())))
		default:
			panic("bad token " + t)
		}
	}
	return st[len(st)-1], false
}

func okStr(ok bool) string {
	if ok {
		return "1"
	}
	return "0"
}

// describe: kind, String, ExactString, and in full mode per kind:
//
//	String: StringLen, esc(StringVal)
//	Int:    Int64Val or "-", Uint64Val or "-", BitLen, Sign, Float64Val bits/exact, Float32Val bits/exact, esc(Bytes)
//	Float:  Float64Val bits/exact, Float32Val bits/exact, Sign, Num, Denom, ToInt (ExactStrings)
//	Complex: Sign, ToFloat, ToInt (ExactStrings)
//
// In medium mode, Int and Float values have only the Float64Val and
// Float32Val fields after the first three.
func describe(v constant.Value, mode string) string {
	f := []string{v.Kind().String(), v.String(), v.ExactString()}
	if mode == "M" && (v.Kind() == constant.Int || v.Kind() == constant.Float) {
		f64, e64 := constant.Float64Val(v)
		f32, e32 := constant.Float32Val(v)
		f = append(f,
			fmt.Sprintf("%016x/%s", math.Float64bits(f64), okStr(e64)),
			fmt.Sprintf("%08x/%s", math.Float32bits(f32), okStr(e32)))
	}
	if mode == "F" {
		switch v.Kind() {
		case constant.Bool:
			f = append(f, okStr(constant.BoolVal(v)))
		case constant.String:
			f = append(f, fmt.Sprint(constant.StringLen(v)), esc(constant.StringVal(v)))
		case constant.Int:
			i, iok := constant.Int64Val(v)
			u, uok := constant.Uint64Val(v)
			is, us := "-", "-"
			if iok {
				is = fmt.Sprint(i)
			}
			if uok {
				us = fmt.Sprint(u)
			}
			f64, e64 := constant.Float64Val(v)
			f32, e32 := constant.Float32Val(v)
			f = append(f, is, us, fmt.Sprint(constant.BitLen(v)), fmt.Sprint(constant.Sign(v)),
				fmt.Sprintf("%016x/%s", math.Float64bits(f64), okStr(e64)),
				fmt.Sprintf("%08x/%s", math.Float32bits(f32), okStr(e32)),
				esc(string(constant.Bytes(v))))
		case constant.Float:
			f64, e64 := constant.Float64Val(v)
			f32, e32 := constant.Float32Val(v)
			f = append(f,
				fmt.Sprintf("%016x/%s", math.Float64bits(f64), okStr(e64)),
				fmt.Sprintf("%08x/%s", math.Float32bits(f32), okStr(e32)),
				fmt.Sprint(constant.Sign(v)),
				constant.Num(v).ExactString(), constant.Denom(v).ExactString(),
				constant.ToInt(v).ExactString())
		case constant.Complex:
			f = append(f, fmt.Sprint(constant.Sign(v)), constant.ToFloat(v).ExactString(), constant.ToInt(v).ExactString())
		}
	}
	return strings.Join(f, "\t")
}

func emit(prog string, full bool) {
	mode := "S"
	if full {
		mode = "F"
	}
	emitMode(prog, mode)
}

func emitMode(prog, mode string) {
	v, panicked := eval(prog)
	if panicked {
		fmt.Fprintf(out, "%s\tPANIC\n", prog)
		return
	}
	fmt.Fprintf(out, "%s\t%s\t%s\n", prog, mode, describe(v, mode))
}

func lit(kind, text string) string {
	return kind + ":" + esc(text)
}

var rng = rand.New(rand.NewPCG(1, 2))

func randDigits(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(byte('0' + rng.IntN(10)))
	}
	return b.String()
}

func main() {
	defer out.Flush()

	// Literals.
	ints := []string{"0", "1", "42", "0x_1F", "0X1f", "0o17", "0O17", "017", "0b1011", "0B_1", "1_000_000",
		"9223372036854775807", "9223372036854775808", "18446744073709551615", "18446744073709551616",
		"0x" + strings.Repeat("f", 40), "1" + strings.Repeat("0", 100), "0777777777777777777777777777",
		"", "0x", "1__0", "_1", "1_", "08", "0b2", "0o8", "0x_", "abc", "1.0", "+5", "-5", "-0", "0_7", "0_8",
		"00", "0x_1", "0b", "0o", "1e3", " 1", "1 ", "0x1p4", "٣"}
	for _, s := range ints {
		emit(lit("LI", s), true)
	}
	floats := []string{"0.", ".5", "1.5", "0.0", "000.000", "1e10", "1E-10", "1e+308",
		"1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "2e308",
		"4.9406564584124654e-324", "5e-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "1e-400",
		"3.4028234663852886e38", "3.4028235677973366e38", "3.4028235677973367e38", "1.401298464324817e-45",
		"7.006492321624085e-46", "7.006492321624086e-46", "0x1p-2", "0x1.8p1", "0X.8p+0", "0x1p-1074",
		"0x1p-1075", "0x1.0000000000001p-1075", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "0x1p1024",
		"0x1_0p0", "1_0.5_0e1_0", "1e1000", "1e-1000", "1e4000", "1e5000", "1e-5000", "-1e5000", "1e999999999",
		"1e-999999999", "6e-1886451601", "1e9223372036854775807", "1e-9223372036854775808",
		"1e9223372036854775808", "0x1p2147483646", "0x1p2147483647", "0x1p-2147483648", "0x1p-2147483649",
		"0x1p-2147483647", "0x1p-2147483650", "0e999999999999999999", "0.1", "0.2", "0.3", "1/3", "1e", "1e+",
		"1p5", ".", "e5", "0x1.8", "0x1e5", "Inf", "inf", "-Inf", "+inf", "NaN", "1e1_0", "1e_10", "1__0.0", "1_.0",
		"1._0", "0b1.1p1", "0o7.4", "123456789012345678901234567890.123456789e-20",
		"2.2250738585072011e-308", "2.2250738585072012e-308", "9007199254740993", "9007199254740992.5",
		"9007199254740993.0000000000000000000001", "16777217", "16777216.5", "1e23", "8.589973e9",
		"0x1.fffffep127", "0x1.ffffffp127", "0x1p-149", "0x1p-150", "0x1.000001p-150", "0x1p-126",
		"1e-4095", "1e4095", "0x1p4095", "0x1p4096", "0x1p-4095", "0x1p-4096", "0x1p-4097", "1e1233", "1e1234",
		strings.Repeat("9", 400), "0." + strings.Repeat("0", 400) + "1", strings.Repeat("1", 1300) + "e-1300",
		"1" + strings.Repeat("0", 1300) + ".5", "0x" + strings.Repeat("f", 200) + "p0", "3.14159265358979323846264338327950288419716939937510582097494459",
		"1e-7", "100000.5", "1234567.5", "0.000001", "0.0000001", "123456.7", "999999.5", "9999995", "0.1e-4",
		"1e20", "1e21", "12345678901234567890", "1_2_3.4_5e+1_0", "0X1P+1", "0x.p1", "0x1.p1", "0xp1", "1.e5", ".e5",
		"0x1.8e1", "00.5", "08.5", "0x1p1.5", "1e1e1", "1.5.5", "1e-", "0x1p", "0b", "0o.5p0", "0b1e2",
	}
	for _, s := range floats {
		emit(lit("LF", s), true)
	}
	imags := []string{"1i", "0i", "1.5i", "0x1p-2i", "1e5000i", "017i", "0b101i", "0o17i", "1_0i", "i", "1", "1ii",
		"1e999999999i", ".5i", "1e-999999999i", "0x1p-2147483649i", "-1i", ""}
	for _, s := range imags {
		emit(lit("LM", s), true)
	}
	chars := []string{`'a'`, `'\n'`, `'\x41'`, `'\xff'`, `'\u1234'`, `'\U0010FFFF'`, `'\U00110000'`, `'\ud800'`,
		`'\377'`, `'\400'`, `'ab'`, `'é'`, `'\''`, `'"'`, `'\"'`, `''`, `'`, `'\'`, `'\q'`, `'\x4'`, `'世界'`,
		`'\a'`, `'\b'`, `'\f'`, `'\r'`, `'\t'`, `'\v'`, `'\\'`, `'\0'`, `'\00'`, `'\000'`, `'\08'`, "'\xff'",
		"'\xe4\xb8'", "x", "xyz", `'\u12'`, `'\u123g'`, `'😀'`, `'\U0001F600'`, `"a"`, "'\n'"}
	for _, s := range chars {
		emit(lit("LC", s), true)
	}
	strs := []string{`"abc"`, `"a\tb"`, `"\xff\xfe"`, `"\u00e9"`, `"\U0001F600"`, "`raw\r\nstring`", "`a\\nb`",
		`"é"`, `"\000"`, `"\'"`, `"\""`, `'a'`, `"abc`, `"a"b"`, "\"a\nb\"", `""`, "``", "`", `"`,
		`"` + strings.Repeat("x", 100) + `"`, `"` + strings.Repeat("é", 80) + `"`, `"` + strings.Repeat("x", 69) + `"`,
		`"` + strings.Repeat("x", 70) + `"`, `"` + strings.Repeat("x", 71) + `"`, `"` + strings.Repeat("\\n", 40) + `"`,
		`"\x7f"`, `"\u200b"`, `"\U000E0001"`, `"a\u0301"`, `"\a\b\f\n\r\t\v\\"`, `"\x00\x01\x1f"`, "\"\xff\"",
		"`\xff`", `"\ufffd"`, "\"\xef\xbf\xbd\"", `"\U0010ffff"`, `"\ud7ff"`, `"\uE000"`, `"\u00ad"`, `"\u00a0"`,
		`"` + strings.Repeat("\\xff", 30) + `"`, "`a\rb\r`", `"\q"`, `"\x4"`, `"\400"`, `"abc\"`, `"a" `, ` "a"`,
		`"\U00110000"`, `"\uD800"`, `"\'`, "`abc` ", `"日本語"`, `"` + strings.Repeat("日本", 40) + `"`}
	for _, s := range strs {
		emit(lit("LS", s), true)
	}

	// Factories.
	for _, p := range []string{"i:0", "i:-1", "i:9223372036854775807", "i:-9223372036854775808",
		"u:0", "u:9223372036854775807", "u:9223372036854775808", "u:18446744073709551615", "b:0", "b:1", "unk",
		"s:", "s:" + esc("\xff\x00"), "bytes:", "bytes:" + esc("\x00"), "bytes:" + esc("\x01\x00"),
		"bytes:" + esc("\xff\xff\xff\xff\xff\xff\xff\x7f"), "bytes:" + esc(strings.Repeat("\xff", 8)),
		"bytes:" + esc("\x00\x00\x00\x00\x00\x00\x00\x00\x01"), "bytes:" + esc(strings.Repeat("\xff", 70)+"\x00\x00"),
		"i:5 mkimag", "LF:2e5000 mkimag", "unk mkimag", "LF:0 mkimag", "LF:0.5 mkimag"} {
		emit(p, true)
	}
	f64s := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.0 / 3, math.MaxFloat64, -math.MaxFloat64,
		math.SmallestNonzeroFloat64, 2.2250738585072014e-308, math.MaxFloat32, math.SmallestNonzeroFloat32,
		1e300, 1e-300, 123456789, 1 << 62, 1 << 63, 1 << 64, 0.5, 1e23, math.Inf(1), math.Inf(-1), math.NaN(),
		math.Pi, math.E, 100000.5, 1e-7, 4503599627370496.5, 9007199254740993}
	for i := 0; i < 150; i++ {
		f64s = append(f64s, math.Float64frombits(rng.Uint64()))
	}
	for _, f := range f64s {
		emit(fmt.Sprintf("f:%x", math.Float64bits(f)), true)
	}

	// Values for operations: all kinds and representations.
	vals := []string{
		"i:0", "i:1", "i:-1", "i:7", "i:-13", "i:9223372036854775807", "i:-9223372036854775808",
		"i:4611686018427387904", "i:2147483648",
		lit("LI", "18446744073709551616"), lit("LI", "-1267650600228229401496703205376"),
		lit("LF", "1.5"), lit("LF", "-2.5"), lit("LF", "0.1"), lit("LF", "1e-30"), lit("LF", "0"),
		lit("LF", "1e5000"), lit("LF", "0x1p-5000"), lit("LF", "-3e4096"),
		lit("LM", "2i"), lit("LI", "3") + " " + lit("LM", "0.5i") + " add", lit("LF", "1e5000") + " mkimag",
		lit("LF", "-1.25") + " " + lit("LM", "1e5000i") + " add",
		"b:1", "s:abc", "s:", "s:%FF", "unk",
	}
	ops := []string{"add", "sub", "mul", "quo", "quoi", "rem", "and", "or", "xor", "andnot", "land", "lor"}
	cmps := []string{"eql", "neq", "lss", "leq", "gtr", "geq"}
	numeric := func(p string) bool { return !strings.HasPrefix(p, "b:") && !strings.HasPrefix(p, "s:") && p != "unk" }
	for _, x := range vals {
		for _, y := range vals {
			if !numeric(x) && !numeric(y) || (numeric(x) != numeric(y) && rng.IntN(4) != 0) {
				// Mixed and non-numeric pairs: a sample of operations suffices.
				for _, op := range []string{"add", "mul", "land", "eql", "lss"} {
					emit(x+" "+y+" "+op, false)
				}
				continue
			}
			for _, op := range ops {
				emit(x+" "+y+" "+op, false)
			}
			for _, op := range cmps {
				emit(x+" "+y+" "+op, false)
			}
		}
	}
	unary := []string{"toint", "tofloat", "tocomplex", "real", "imag", "num", "denom", "neg", "pos", "not",
		"cpl:0", "cpl:8", "cpl:16", "cpl:63", "cpl:64", "cpl:65", "cpl:100", "shl:0", "shl:1", "shl:63", "shl:64",
		"shl:100", "shl:1000", "shr:0", "shr:1", "shr:63", "shr:64", "shr:65", "shr:1000", "mkimag", "",
		"neg neg", "tofloat toint", "tocomplex toint", "tocomplex tofloat", "shl:200 shr:100",
		"neg cpl:32", "neg cpl:64"}
	for _, x := range vals {
		for _, op := range unary {
			emit(strings.TrimSpace(x+" "+op), true)
		}
	}
	// Float values that are only nearly integers, and ToInt's rounding tolerance.
	for _, p := range []string{
		lit("LF", "1e100") + " " + lit("LF", "3") + " quo " + lit("LF", "3") + " mul toint",
		lit("LF", "1") + " " + lit("LF", "3") + " quo " + lit("LF", "3") + " mul toint",
		lit("LF", "1e4100") + " " + lit("LF", "1e4100") + " quo toint",
		lit("LF", "0x1p4095") + " toint",
		lit("LF", "0x1p4096") + " toint",
		lit("LF", "0x1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001p0") + " toint",
		lit("LF", "1e5000") + " " + lit("LF", "1e5000") + " sub",
		lit("LF", "1e5000") + " " + lit("LF", "1e-5000") + " add",
		lit("LF", "1e5000") + " " + lit("LF", "1e-5000") + " sub",
		lit("LF", "1e5000") + " " + lit("LF", "1e-5000") + " mul",
		lit("LF", "1e5000") + " " + lit("LF", "1e-5000") + " quo",
		lit("LF", "0x1p2000000000") + " " + lit("LF", "0x1p2000000000") + " mul",
		lit("LF", "0x1p-2000000000") + " " + lit("LF", "0x1p-2000000000") + " mul",
		lit("LF", "0x1p2000000000") + " " + lit("LF", "0x1p-2000000000") + " quo",
		lit("LF", "0x1p2000000000") + " " + lit("LF", "0x1p-2000000000") + " add",
		lit("LF", "0x1p2000000000") + " " + lit("LF", "0x1p-2000000000") + " sub",
		lit("LF", "0x1.fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffp2147483646") + " " + lit("LF", "2") + " mul",
		lit("LI", "1") + " shl:4095 tofloat",
		lit("LI", "1") + " shl:4096 tofloat",
		lit("LI", "1") + " shl:4095 " + lit("LI", "3") + " quo",
		lit("LI", "1") + " shl:5000 " + lit("LI", "3") + " quo",
		lit("LI", "1") + " shl:5000 " + lit("LI", "1") + " add " + lit("LF", "1") + " mul",
		lit("LI", "1") + " shl:1100 " + lit("LI", "1") + " add",
		lit("LI", "1") + " shl:600 " + lit("LI", "1") + " shl:547 add " + lit("LI", "1") + " add",
		lit("LI", "1") + " shl:1023 " + lit("LI", "1") + " shl:970 add",
		lit("LI", "1") + " shl:1024 " + lit("LI", "1") + " shl:970 sub",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:2000 quo",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:1074 quo",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:1075 quo",
		lit("LF", "3") + " " + lit("LI", "1") + " shl:1076 quo",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:149 quo",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:150 quo",
		lit("LF", "3") + " " + lit("LI", "1") + " shl:151 quo",
		lit("LF", "1") + " " + lit("LI", "1") + " shl:3000 quo",
		lit("LM", "1i") + " " + lit("LM", "1i") + " mul",
		lit("LM", "1i") + " " + lit("LI", "0") + " quo",
		lit("LI", "1") + " " + lit("LM", "1i") + " quo",
		lit("LI", "1") + " " + lit("LI", "2") + " " + lit("LM", "3i") + " add quo",
		lit("LS", `"a"`) + " " + lit("LS", `"b"`) + " add " + lit("LS", `"c"`) + " add",
		lit("LS", `"`+strings.Repeat("ab", 50)+`"`) + " " + lit("LS", `"`+strings.Repeat("é", 50)+`"`) + " add",
		lit("LS", `"\xff"`) + " " + lit("LS", `"\xbf"`) + " add",
		lit("LS", `"\xe4\xb8"`) + " " + lit("LS", `"\x96"`) + " add",
		lit("LS", `"abc"`) + " " + lit("LS", `"abd"`) + " lss",
		lit("LS", `"ab"`) + " " + lit("LS", `"abc"`) + " lss",
		lit("LS", `"\xff"`) + " " + lit("LS", `"a"`) + " gtr",
		lit("LS", `"a"`) + " " + lit("LS", `"b"`) + " add " + lit("LS", `"ab"`) + " eql",
		lit("LI", "-9223372036854775808") + " " + lit("LI", "-1") + " quoi",
		lit("LI", "-9223372036854775808") + " " + lit("LI", "-1") + " rem",
		lit("LI", "-9223372036854775808") + " " + lit("LI", "-1") + " mul",
		lit("LI", "-9223372036854775808") + " neg",
		lit("LI", "-7") + " " + lit("LI", "2") + " quoi",
		lit("LI", "-7") + " " + lit("LI", "2") + " rem",
		lit("LI", "-7") + " shr:1",
		lit("LI", "-1") + " shl:100 shr:99",
		lit("LI", "-1") + " shl:100 " + lit("LI", "1") + " sub shr:99",
		lit("LI", "-1") + " shl:100 " + lit("LI", "1") + " sub shr:1000",
		lit("LI", "5") + " cpl:8", lit("LI", "-5") + " cpl:8", lit("LI", "255") + " cpl:8", lit("LI", "256") + " cpl:8",
		lit("LI", "1") + " shl:100 cpl:64", lit("LI", "1") + " shl:100 neg cpl:64", lit("LI", "0") + " cpl:64",
		lit("LI", "0") + " cpl:128",
	} {
		emit(p, true)
	}

	// Random integers and operations.
	smallInts := func() int64 {
		switch rng.IntN(4) {
		case 0:
			return rng.Int64N(200) - 100
		case 1:
			return int64(rng.Uint64())
		case 2:
			return int64(rng.Uint32()) - 1<<31
		}
		return int64(rng.Uint64() >> rng.IntN(64))
	}
	for i := 0; i < 800; i++ {
		op := ops[rng.IntN(10)]
		emit(fmt.Sprintf("i:%d i:%d %s", smallInts(), smallInts(), op), false)
	}
	randBig := func() string {
		nbits := rng.IntN(300) + 1
		var b strings.Builder
		if rng.IntN(2) == 0 {
			b.WriteByte('-')
		}
		b.WriteString("0x1")
		for i := 0; i < nbits/4; i++ {
			b.WriteByte("0123456789abcdef"[rng.IntN(16)])
		}
		return b.String()
	}
	for i := 0; i < 400; i++ {
		op := ops[rng.IntN(10)]
		emit(fmt.Sprintf("%s %s %s", lit("LI", randBig()), lit("LI", randBig()), op), false)
	}
	for i := 0; i < 150; i++ {
		op := ops[rng.IntN(4)]
		a := fmt.Sprintf("%s %s quo", lit("LI", randBig()), lit("LI", randBig()))
		b := fmt.Sprintf("i:%d i:%d quo", smallInts(), smallInts()|1)
		emitMode(a+" "+b+" "+op, "M")
		emitMode(b+" "+b+" "+op, "M")
	}
	// Random decimal literals, mostly in and around float64 range.
	for i := 0; i < 800; i++ {
		mant := randDigits(1 + rng.IntN(25))
		if d := rng.IntN(len(mant) + 1); rng.IntN(2) == 0 {
			mant = mant[:d] + "." + mant[d:]
		}
		var e int
		switch rng.IntN(5) {
		case 0:
			e = rng.IntN(140) - 70
		case 1: // binary floats (fractions this large would make long lines)
			e = 1240 + rng.IntN(3760)
			if rng.IntN(2) == 0 {
				e = -e - 20
			}
		case 2:
			e = rng.IntN(80) - 40
		case 3:
			e = rng.IntN(30) - 340 // near denormals
		default:
			e = rng.IntN(20) + 290
		}
		emitMode(lit("LF", fmt.Sprintf("%se%d", mant, e)), "M")
	}
	// Random hexadecimal literals.
	for i := 0; i < 300; i++ {
		var b strings.Builder
		b.WriteString("0x")
		for j := 0; j < 1+rng.IntN(40); j++ {
			b.WriteByte("0123456789abcdef"[rng.IntN(16)])
		}
		e := rng.IntN(2200) - 1100
		if rng.IntN(3) == 0 {
			e = 4200 + rng.IntN(2000)
			if rng.IntN(2) == 0 {
				e = -e
			}
		}
		fmt.Fprintf(&b, ".%xp%d", rng.Uint32(), e)
		emitMode(lit("LF", b.String()), "M")
	}
	// Random arithmetic on binary floats.
	for i := 0; i < 300; i++ {
		x := fmt.Sprintf("%se%d", randDigits(1+rng.IntN(30)), rng.IntN(20000)-10000)
		y := fmt.Sprintf("%se%d", randDigits(1+rng.IntN(30)), rng.IntN(20000)-10000)
		emitMode(lit("LF", x)+" "+lit("LF", y)+" "+ops[rng.IntN(4)], "M")
	}
}
