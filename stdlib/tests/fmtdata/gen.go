// gen writes the expectations of stdlib/tests/fmt.rs: fmt's output from
// the real Go for the same values the Rust test builds by hand.
//
//	cd stdlib/tests/fmtdata && goref go run gen.go
//
// The values are named (values below; tests/fmt.rs builds each name the
// same way); "f64:HEX", "f32:HEX", "i64:DEC", "u64:DEC" name random
// numbers. Each output line is tab-separated, with strings Go-quoted:
//   - cross.txt:   format, value, Sprintf(format, value)
//   - special.txt: function, format (or input), value list, result
//   - numbers.txt: format, value, Sprintf(format, value)
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"unsafe"
)

type MyInt int
type MyString string
type MyBytes []byte
type Point struct{ X, Y int }
type Inner struct {
	A int
	b string
}
type Outer struct {
	Name string
	In   Inner
	P    *Point
	I    any
	E    error
	S    []int
	M    map[string]int
}
type Stringer1 int

func (s Stringer1) String() string { return "S<" + strconv.Itoa(int(s)) + ">" }

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return "PS" + strconv.Itoa(p.N) }

type Err1 struct{ Msg string }

func (e *Err1) Error() string { return "err: " + e.Msg }

type GoStr int

func (g GoStr) GoString() string { return "GoStr!" }

type Fmter int

// Format writes the verb, the flags set, width and precision.
func (x Fmter) Format(f fmt.State, c rune) {
	out := "F[" + string(c)
	for _, fl := range "-+# 0" {
		if f.Flag(int(fl)) {
			out += string(fl)
		}
	}
	if w, ok := f.Width(); ok {
		out += "w" + strconv.Itoa(w)
	}
	if p, ok := f.Precision(); ok {
		out += "p" + strconv.Itoa(p)
	}
	out += "]" + strconv.Itoa(int(x))
	f.Write([]byte(out))
}

// plainReader hides strings.Reader's ReadRune: an io.Reader only.
type plainReader struct{ r *strings.Reader }

func (p plainReader) Read(b []byte) (int, error) { return p.r.Read(b) }

type BadStringer int

// String has the wrong signature: not a fmt.Stringer.
func (BadStringer) String() int { return 0 }

type Pair struct {
	S Stringer1
	s Stringer1
}
// Holder's fields have methods: fmt calls them inside the struct too.
type Holder struct {
	P *PtrStringer
	F Fmter
	G GoStr
	E error
}

type Nested struct {
	P Point
	Q []Point
	A [2]bool
}
type Embed struct {
	Point
	Z float64
}

// values, in the order the cross product uses them.
var values = []struct {
	name string
	v    any
}{
	{"nil", nil},
	{"b_true", true},
	{"b_false", false},
	{"int_0", 0},
	{"int_42", 42},
	{"int_neg", -42},
	{"int_min", math.MinInt64},
	{"i8", int8(-128)},
	{"i16", int16(12345)},
	{"i64", int64(1 << 40)},
	{"uint", uint(7)},
	{"u8", uint8(200)},
	{"u16", uint16(65535)},
	{"u32", uint32(0xdeadbeef)},
	{"u64max", uint64(math.MaxUint64)},
	{"uptr", uintptr(0xbeef)},
	{"rune_x", 'x'},
	{"rune_jp", '日'},
	{"rune_bad", rune(0x110000)},
	{"f32", float32(1.5)},
	{"f32b", float32(0.1)},
	{"f64_0", 0.0},
	{"f64_negz", math.Copysign(0, -1)},
	{"f64_pi", math.Pi},
	{"f64_big", 1e21},
	{"f64_small", 1.5e-7},
	{"f64_int", 123456789.0},
	{"f64_nan", math.NaN()},
	{"f64_inf", math.Inf(1)},
	{"f64_ninf", math.Inf(-1)},
	{"c64", complex64(1 + 2i)},
	{"c128", complex(-1.5, 0.25)},
	{"s_empty", ""},
	{"s_hello", "hello"},
	{"s_jp", "日本語"},
	{"s_esc", "a\tb\"c\\"},
	{"s_bad", "\xff\xfe"},
	{"bytes", []byte("hi\x00")},
	{"bytes_nil", []byte(nil)},
	{"ints", []int{1, -2, 3}},
	{"ints_nil", []int(nil)},
	{"arr", [3]int{1, 2, 3}},
	{"arr_bytes", [2]byte{0xab, 'z'}},
	{"strs", []string{"a", "b c"}},
	{"myint", MyInt(5)},
	{"mystr", MyString("named")},
	{"mybytes", MyBytes("xy")},
	{"point", Point{1, 2}},
	{"point_ptr", &Point{3, 4}},
	{"inner", Inner{A: 1, b: "x"}},
	{"outer", Outer{Name: "o", In: Inner{2, "y"}, I: 7, S: []int{1}}},
	{"anys", []any{1, "a", nil, 2.5, true}},
	{"errs", []error{nil, &Err1{"x"}}},
	{"stringer", Stringer1(7)},
	{"stringers", []Stringer1{1, 2}},
	{"ptrstringer", &PtrStringer{5}},
	{"ptrstringer_val", PtrStringer{5}},
	{"err1", &Err1{"boom"}},
	{"gostr", GoStr(3)},
	{"fmter", Fmter(9)},
	{"badstringer", BadStringer(4)},
	{"nilptr", (*Point)(nil)},
	{"nilmap", map[string]int(nil)},
	{"map_si", map[string]int{"b": 2, "a": 1, "c": 3}},
	{"map_is", map[int]string{3: "c", -1: "a"}},
	{"map_fi", map[float64]int{math.NaN(): 1, -1: 2, math.Inf(1): 3, 0.5: 4, math.Inf(-1): 5}},
	{"map_pt", map[Point]string{{2, 1}: "b", {1, 2}: "a", {1, 1}: "c"}},
	{"map_bs", map[bool][]int{true: {1}, false: nil}},
	{"anon", struct {
		A int
		B string
	}{1, "x"}},
	{"nested", Nested{Point{1, 2}, []Point{{3, 4}}, [2]bool{true, false}}},
	{"pair", Pair{1, 2}},
	{"embed", Embed{Point{5, 6}, 0.5}},
	{"empty", struct{}{}},
	{"nilchan", (chan int)(nil)},
	{"nilfunc", (func())(nil)},
	{"nilunsafe", unsafe.Pointer(nil)},
	{"bools", []bool{true}},
	{"holder", Holder{&PtrStringer{8}, 2, 1, &Err1{"in"}}},
	{"fmters", []Fmter{1, 2}},
	{"floats", []float64{0.5, -2}},
}

func lookup(name string) any {
	for _, v := range values {
		if v.name == name {
			return v.v
		}
	}
	kind, arg, _ := strings.Cut(name, ":")
	switch kind {
	case "f64":
		b, _ := strconv.ParseUint(arg, 16, 64)
		return math.Float64frombits(b)
	case "f32":
		b, _ := strconv.ParseUint(arg, 16, 32)
		return math.Float32frombits(uint32(b))
	case "i64":
		i, _ := strconv.ParseInt(arg, 10, 64)
		return i
	case "u64":
		u, _ := strconv.ParseUint(arg, 10, 64)
		return u
	case "int":
		i, _ := strconv.Atoi(arg)
		return i
	case "str":
		s, _ := strconv.Unquote(arg)
		return s
	}
	panic("unknown value " + name)
}

func create(name string) (*bufio.Writer, func()) {
	f, err := os.Create(name)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	return w, func() { w.Flush(); f.Close() }
}

// addressy reports whether %p (or %v of it) would print an address.
func addressy(v any) bool {
	switch v.(type) {
	case *Point, *PtrStringer, *Err1, []byte, []int, []string, []any, []error, []Stringer1, MyBytes, map[string]int,
		map[int]string, []bool, []float64, []Fmter, map[float64]int, map[Point]string, map[bool][]int:
		return true
	}
	return false
}

func cross() {
	w, done := create("cross.txt")
	defer done()
	verbs := "vTtbcdoOqxXUeEfFgGsp"
	flagSets := []string{"", "+", "-", "#", " ", "0", "+#", "-0 "}
	widths := []string{"", "6", ".2", "7.3"}
	for _, verb := range verbs {
		for _, fl := range flagSets {
			for _, wp := range widths {
				f := "%" + fl + wp + string(verb)
				for _, v := range values {
					if verb == 'p' && addressy(v.v) && v.name != "bytes_nil" && v.name != "ints_nil" {
						continue
					}
					// A pointer inside a slice prints as its address,
					// unless a method gives it a text.
					if (v.name == "errs" || v.name == "holder") && (fl == "#" || fl == "+#" || !strings.ContainsRune("vsqxX", verb)) {
						continue
					}
					fmt.Fprintf(w, "%s\t%s\t%s\n", strconv.Quote(f), v.name, strconv.Quote(fmt.Sprintf(f, v.v)))
				}
			}
		}
	}
	// Verbs that are no verbs for anything.
	for _, f := range []string{"%z", "%w", "%!", "%😀", "%5z", "%-#z"} {
		for _, v := range values {
			if v.name == "errs" || v.name == "holder" {
				continue // a bad verb shows the raw pointer
			}
			fmt.Fprintf(w, "%s\t%s\t%s\n", strconv.Quote(f), v.name, strconv.Quote(fmt.Sprintf(f, v.v)))
		}
	}
}

func special() {
	w, done := create("special.txt")
	defer done()
	args := func(names string) []any {
		if names == "" {
			return nil
		}
		var a []any
		for _, n := range strings.Split(names, ",") {
			a = append(a, lookup(n))
		}
		return a
	}
	printf := func(f, names string) {
		fmt.Fprintf(w, "Sprintf\t%s\t%s\t%s\n", strconv.Quote(f), names, strconv.Quote(fmt.Sprintf(f, args(names)...)))
	}
	for _, c := range [][2]string{
		{"", ""}, {"plain", ""}, {"%", ""}, {"%%", ""}, {"100%%", "int_42"}, {"%d", ""}, {"%d %d", "int_42"},
		{"%d", "int_42,int_0"}, {"%d %s", "int_42,s_hello,b_true,nil"}, {"%[2]d %[1]d", "int_42,int_0"},
		{"%[2]d %d", "int_42,int_0,int_neg"}, {"%[3]d", "int_42,int_0"}, {"%[0]d", "int_42"}, {"%[x]d", "int_42"},
		{"%[1]", "int_42"}, {"%[1", "int_42"}, {"%[2]*[1]d", "int_42,int_42"}, {"%[1]*d", "int_42,int_0"},
		{"%*d", "int_42,int_0"}, {"%-*d|", "int_42,int_0"}, {"%*d", "int_neg,int_0"}, {"%*d", "s_hello,int_0"},
		{"%.*f", "int_42,f64_pi"}, {"%.*f", "int_neg,f64_pi"}, {"%.*f", "s_hello,f64_pi"}, {"%*.*f", "int_42,u8,f64_pi"},
		{"%*d", "i64,int_0"}, {"%*d", "u64max,int_0"}, {"%.*d", "u8,int_42"}, {"%", "int_42"}, {"%-", "int_42"},
		{"%5", ""}, {"%.", "int_42"}, {"%.d", "int_0"}, {"%.0d", "int_0"}, {"%5.0d|", "int_0"}, {"%x %X", "s_hello,s_hello"},
		{"%v %v", "nil,nil"}, {"%[1]v %[1]T %[1]q", "s_hello"}, {"%[1]d %v", "int_42,int_0,int_neg"},
		{"%[5]d", "int_42"}, {"%[-1]d", "int_42"}, {"%[99999999999999999999]d", "int_42"},
		{"%100000000000d", "int_42"}, {"%.100000000000d", "int_42"}, {"%3c|%-3c|", "rune_x,rune_jp"},
		{"%#U %U %08U %.6U", "rune_jp,rune_bad,rune_x,rune_x"}, {"%q %+q %#q %#+q", "rune_jp,rune_jp,rune_jp,rune_jp"},
		{"%q %+q %#q", "s_jp,s_jp,s_esc"}, {"%#q", "str:\"a`b\""}, {"%x % x %#x % #X", "bytes,bytes,bytes,bytes"},
		{"%s %v %d", "bytes_nil,bytes_nil,bytes_nil"}, {"%#v %#v", "bytes_nil,ints_nil"}, {"%v %+v %#v", "outer,outer,outer"},
		{"%v %+v %#v", "pair,pair,pair"}, {"%v %+v %#v", "embed,embed,embed"}, {"%s %v %d", "err1,err1,err1"},
		{"%w", "err1"}, {"%v|%s|%q|%x", "stringer,stringer,stringer,stringer"}, {"%d %#v", "stringer,stringer"},
		{"%v %#v %s", "gostr,gostr,gostr"}, {"%v %+v %-#8.3x %0 d %T", "fmter,fmter,fmter,fmter,fmter"},
		{"%d %s", "badstringer,badstringer"}, {"%v %s", "ptrstringer_val,ptrstringer"},
		{"%v %d %x", "map_si,map_si,map_is"}, {"%#v %#v", "map_si,nilmap"}, {"%v %#v", "anys,anys"},
		{"%v %+v %s", "errs,errs,errs"}, {"%t %t", "b_true,int_42"}, {"%08.3f|%-8.3f|%+08.3f|% 08.3f", "f64_pi,f64_pi,f64_pi,f64_pi"},
		{"%08f %08f %+f % f", "f64_nan,f64_ninf,f64_inf,f64_nan"}, {"%#g %#.3g %#e %#x %#.0f", "f64_int,f64_pi,f64_0,f64_pi,f64_big"},
		{"%#g %#g %#g", "f64_0,f64_small,f64_big"}, {"%e %E %b %x %X", "c128,c64,c128,c64,c128"},
		{"%8.2f|%-12.3v|%+v", "c128,c64,c128"}, {"%06d|%-06d|%+06d|% 06d|%06x", "int_neg,int_neg,int_42,int_42,int_neg"},
		{"%#o %O %#b %#X %x", "int_42,int_neg,int_42,u32,int_min"}, {"%.3d|%6.3d|%-6.3d|%06.3d", "int_42,int_neg,int_42,int_42"},
		{"%c %c %c", "int_42,i64,rune_bad"}, {"%v %d", "uptr,nilunsafe"}, {"%v %#v", "nilchan,nilfunc"},
		{"%s", "ints"}, {"%s %x", "arr_bytes,arr_bytes"}, {"%5.1s|%-5.2q|%.0s|", "s_jp,s_jp,s_hello"},
		{"%10.4v|%-10v|", "s_esc,s_bad"}, {"%x %X % X %#x", "s_jp,s_bad,s_hello,s_empty"}, {"%8x|%-8x|%.1x", "s_hello,s_hello,s_hello"},
		{"%v", "nested"}, {"%+v", "nested"}, {"%#v", "nested"}, {"%v %d", "empty,empty"}, {"%#v", "anon"},
		{"%v %s", "nilptr,nilptr"}, {"%#v", "nilptr"}, {"%d", "point_ptr"}, {"%#v %+v", "point_ptr,point_ptr"},
		{"%v %x", "mybytes,mybytes"}, {"%#v %#v", "mybytes,mystr"}, {"%v %+d", "myint,myint"},
		{"%!%d", "int_42"}, {"%-+ #0d", "int_42"}, {"%[1]*[2]d", "int_42,int_0"},
	} {
		printf(c[0], c[1])
	}
	for _, names := range []string{"", "nil", "int_42,int_0", "s_hello,s_hello", "int_42,s_hello,int_0", "s_hello,int_42,s_hello",
		"nil,nil", "s_empty,int_0,s_empty", "stringer,err1,fmter", "point_ptr,map_si", "mystr,mystr,int_0"} {
		a := args(names)
		fmt.Fprintf(w, "Sprint\t\"\"\t%s\t%s\n", names, strconv.Quote(fmt.Sprint(a...)))
		fmt.Fprintf(w, "Sprintln\t\"\"\t%s\t%s\n", names, strconv.Quote(fmt.Sprintln(a...)))
	}
	errorf := func(f, names string) {
		err := fmt.Errorf(f, args(names)...)
		wrapped := 0
		switch u := err.(type) {
		case interface{ Unwrap() error }:
			if u.Unwrap() != nil {
				wrapped = 1
			}
		case interface{ Unwrap() []error }:
			wrapped = len(u.Unwrap())
		}
		res := fmt.Sprintf("%T|%d|%s", err, wrapped, err.Error())
		fmt.Fprintf(w, "Errorf\t%s\t%s\t%s\n", strconv.Quote(f), names, strconv.Quote(res))
	}
	for _, c := range [][2]string{
		{"plain", ""}, {"100%", ""}, {"%d", "int_42"}, {"x: %w", "err1"}, {"x: %w", "int_42"}, {"x: %w", "nil"},
		{"%w and %w", "err1,err1"}, {"%w %v", "err1,stringer"}, {"%[1]w %[1]w", "err1"}, {"%[2]w %[1]w", "err1,err1"},
		{"%w %w", "err1,int_42"}, {"%w", ""}, {"%v", "err1"}, {"%s %w", "s_hello,err1"},
	} {
		errorf(c[0], c[1])
	}
	mk := func(targets string) []any {
		var ptrs []any
		for _, t := range strings.Split(targets, ",") {
			switch t {
			case "int":
				ptrs = append(ptrs, new(int))
			case "int8":
				ptrs = append(ptrs, new(int8))
			case "uint8":
				ptrs = append(ptrs, new(uint8))
			case "uint":
				ptrs = append(ptrs, new(uint))
			case "string":
				ptrs = append(ptrs, new(string))
			case "float64":
				ptrs = append(ptrs, new(float64))
			case "float32":
				ptrs = append(ptrs, new(float32))
			case "bool":
				ptrs = append(ptrs, new(bool))
			case "bytes":
				ptrs = append(ptrs, new([]byte))
			case "myint":
				ptrs = append(ptrs, new(MyInt))
			case "notptr":
				ptrs = append(ptrs, 5)
			}
		}
		return ptrs
	}
	render := func(n int, err error, ptrs []any) string {
		res := fmt.Sprintf("%d|%v|", n, err)
		for _, p := range ptrs {
			switch p := p.(type) {
			case *int:
				res += fmt.Sprintf("%#v ", *p)
			case *int8:
				res += fmt.Sprintf("%#v ", *p)
			case *uint8:
				res += fmt.Sprintf("%#v ", *p)
			case *uint:
				res += fmt.Sprintf("%#v ", *p)
			case *string:
				res += fmt.Sprintf("%#v ", *p)
			case *float64:
				res += fmt.Sprintf("%#v ", *p)
			case *float32:
				res += fmt.Sprintf("%#v ", *p)
			case *bool:
				res += fmt.Sprintf("%#v ", *p)
			case *[]byte:
				res += fmt.Sprintf("%q ", *p)
			case *MyInt:
				res += fmt.Sprintf("%#v ", int(*p))
			default:
				res += "- "
			}
		}
		return res
	}
	scan := func(fn, input, format, targets string) {
		ptrs := mk(targets)
		var n int
		var err error
		switch fn {
		case "Sscan":
			n, err = fmt.Sscan(input, ptrs...)
		case "Sscanln":
			n, err = fmt.Sscanln(input, ptrs...)
		case "Sscanf":
			n, err = fmt.Sscanf(input, format, ptrs...)
		}
		res := render(n, err, ptrs)
		fmt.Fprintf(w, "%s\t%s\t%s|%s\t%s\n", fn, strconv.Quote(input), strconv.Quote(format), targets, strconv.Quote(res))
	}
	// Two calls on one reader: a plain io.Reader loses the rune after each
	// scan, an io.RuneScanner does not.
	fscan := func(fn, input, format, targets, kind string) {
		var r io.Reader = strings.NewReader(input)
		if kind == "plain" {
			r = plainReader{strings.NewReader(input)}
		}
		res := ""
		for call := 0; call < 2; call++ {
			ptrs := mk(targets)
			var n int
			var err error
			switch fn {
			case "Fscan":
				n, err = fmt.Fscan(r, ptrs...)
			case "Fscanln":
				n, err = fmt.Fscanln(r, ptrs...)
			case "Fscanf":
				n, err = fmt.Fscanf(r, format, ptrs...)
			}
			res += render(n, err, ptrs) + "#"
		}
		fmt.Fprintf(w, "%s\t%s\t%s|%s|%s\t%s\n", fn, strconv.Quote(input), strconv.Quote(format), targets, kind, strconv.Quote(res))
	}
	for _, kind := range []string{"plain", "runes"} {
		for _, c := range [][4]string{
			{"Fscan", "12 34 56", "", "int"}, {"Fscan", "12\n34", "", "int"}, {"Fscan", "ab cd", "", "string"},
			{"Fscan", "", "", "int"}, {"Fscan", "1 x", "", "int,int"}, {"Fscan", "日本 語", "", "string"},
			{"Fscan", "\xff1 2", "", "string"}, {"Fscanln", "1 2\n3 4\n", "", "int,int"}, {"Fscanln", "1\n\n2", "", "int"},
			{"Fscanf", "5,6,7,8", "%d,%d,", "int,int"}, {"Fscanf", "a1b2", "a%db", "int"}, {"Fscan", "3.5 true", "", "float64,bool"},
		} {
			fscan(c[0], c[1], c[2], c[3], kind)
		}
	}
	for _, c := range [][4]string{
		{"Sscan", "42", "", "int"}, {"Sscan", "  42  -7 ", "", "int,int"}, {"Sscan", "", "", "int"},
		{"Sscan", "1", "", "int,int"}, {"Sscan", "abc", "", "int"}, {"Sscan", "0x1F 0b101 0o17 017", "", "int,int,int,int"},
		{"Sscan", "300", "", "int8"}, {"Sscan", "300", "", "uint8"}, {"Sscan", "-1", "", "uint"},
		{"Sscan", "hello world", "", "string,string"}, {"Sscan", "1\n2", "", "int,int"}, {"Sscan", "true F t", "", "bool,bool,bool"},
		{"Sscan", "tru", "", "bool"}, {"Sscan", "3.25 -1e3 0x1p-2 inf", "", "float64,float64,float64,float64"},
		{"Sscan", "1.5p3 x", "", "float64,float64"}, {"Sscan", "0.1", "", "float32"}, {"Sscan", "abc", "", "bytes"},
		{"Sscan", "7", "", "myint"}, {"Sscan", "7", "", "notptr"}, {"Sscan", "1_000", "", "int"},
		{"Sscanln", "1 2\n3", "", "int,int"}, {"Sscanln", "1\n2", "", "int,int"}, {"Sscanln", "1 2 3", "", "int,int"},
		{"Sscanln", "5", "", "int"}, {"Sscanln", "", "", "int"},
		{"Sscanf", "x5y", "x%dy", "int"}, {"Sscanf", "5,6", "%d,%d", "int,int"}, {"Sscanf", "5 6", "%d%d", "int,int"},
		{"Sscanf", "abc", "%2s%s", "string,string"}, {"Sscanf", "12345", "%3d%d", "int,int"}, {"Sscanf", "z5", "x%d", "int"},
		{"Sscanf", "5", "%d %d", "int,int"}, {"Sscanf", "5 6", "%d", "int,int"}, {"Sscanf", "5", "%d%d", "int"},
		{"Sscanf", "ff", "%x", "int"}, {"Sscanf", "101", "%b", "uint8"}, {"Sscanf", "\"a\\tb\"", "%q", "string"},
		{"Sscanf", "68656c6c6f", "%x", "string"}, {"Sscanf", "5%", "%d%%", "int"}, {"Sscanf", "U+1F600", "%U", "int"},
		{"Sscanf", "A", "%c", "int"}, {"Sscanf", "3.5", "%d", "float64"}, {"Sscanf", "1\n2", "%d\n%d", "int,int"},
		{"Sscanf", "1 2", "%d\n%d", "int,int"}, {"Sscanf", "t", "%t", "bool"}, {"Sscanf", "5", "%s", "int"},
	} {
		scan(c[0], c[1], c[2], c[3])
	}
}

func numbers() {
	w, done := create("numbers.txt")
	defer done()
	rng := rand.New(rand.NewPCG(5, 9))
	emit := func(f, name string) {
		fmt.Fprintf(w, "%s\t%s\t%s\n", strconv.Quote(f), name, strconv.Quote(fmt.Sprintf(f, lookup(name))))
	}
	randFlags := func() string {
		s := ""
		for _, c := range "+-# 0" {
			if rng.IntN(4) == 0 {
				s += string(c)
			}
		}
		if rng.IntN(2) == 0 {
			s += strconv.Itoa(rng.IntN(30))
		}
		if rng.IntN(2) == 0 {
			s += "." + strconv.Itoa(rng.IntN(25))
		}
		return s
	}
	for i := 0; i < 6000; i++ {
		var name string
		switch rng.IntN(3) {
		case 0:
			f := math.Float64frombits(rng.Uint64())
			if rng.IntN(2) == 0 {
				f = math.Ldexp(float64(rng.Int64N(1<<53)), rng.IntN(200)-100)
			}
			name = fmt.Sprintf("f64:%x", math.Float64bits(f))
		case 1:
			name = fmt.Sprintf("f32:%x", rng.Uint32())
		case 2:
			name = fmt.Sprintf("f64:%x", math.Float64bits(float64(rng.IntN(2000000)-1000000)/1000))
		}
		emit("%"+randFlags()+string("vbeEfFgGxX"[rng.IntN(10)]), name)
	}
	for i := 0; i < 3000; i++ {
		var name string
		if rng.IntN(2) == 0 {
			name = fmt.Sprintf("i64:%d", int64(rng.Uint64())>>rng.IntN(64))
		} else {
			name = fmt.Sprintf("u64:%d", rng.Uint64()>>rng.IntN(64))
		}
		emit("%"+randFlags()+string("vdbboOxXcqU"[rng.IntN(11)]), name)
	}
	_ = errors.New
}

func main() {
	cross()
	special()
	numbers()
}
