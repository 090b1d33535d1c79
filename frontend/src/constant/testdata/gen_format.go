// gen_format prints the expectations of frontend/tests/constant_format.rs:
// strconv.FormatFloat from the real Go over edge cases and random values.
//
//	goref go run gen_format.go > format.txt
//
// Each line: the float64 bits in hex, the format byte, the precision, the bit
// size, a tab, and FormatFloat's result.
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
)

var out = bufio.NewWriter(os.Stdout)

func emit(f float64, fmtc byte, prec, bits int) {
	fmt.Fprintf(out, "%016x %c %d %d\t%s\n", math.Float64bits(f), fmtc, prec, bits,
		strconv.FormatFloat(f, fmtc, prec, bits))
}

func main() {
	defer out.Flush()
	rng := rand.New(rand.NewPCG(3, 4))

	edges := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.2, 0.3, 0.5, 1.5, 2.5, 3.5, -2.5, 0.125, 0.375,
		0.05, 0.15, 0.25, 0.35, 0.45, 1e21, 1e20, 1e-5, 1e-4, 123456, 1234567, 100000, 999999, 999999.5, 9999995,
		1e6, 1e7, 1e15, 1e16, 1e17, 1e22, 1e23, 5e-324, 1e-323, math.SmallestNonzeroFloat64 * 3,
		2.2250738585072009e-308, 2.2250738585072014e-308, 2.2250738585072011e-308, math.MaxFloat64,
		math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1754943508222875e-38, 1.1754942106924411e-38,
		9007199254740993, 9007199254740992, 4503599627370496.5, 2.0 / 3, math.Pi, math.E, math.Inf(1),
		math.Inf(-1), math.NaN(), 1 << 63, 1 << 64, 0.000123456789, 98765.4321, 0.9999999999999999,
		0.99999999999999999, 9.5, 0.95, 0.095, 1.0000000000000002, 123.456e300, 3.4028235e38, 16777217,
		1e-7, 1e-10, 1e100, 1e-100, 1e200, 1e-320, 6.103515625e-05, 1 << 52, 0.1 + 0.2, 1e300 * 1e8}
	for e := -1074; e <= 1023; e += 131 {
		edges = append(edges, math.Ldexp(1, e))
	}
	for e := -323; e <= 308; e += 53 {
		edges = append(edges, math.Pow(10, float64(e)))
	}
	precs := []int{-1, 0, 1, 2, 3, 4, 5, 6, 7, 10, 15, 16, 17, 18, 20, 30}
	for _, f := range edges {
		for _, c := range []byte{'e', 'f', 'g'} {
			for _, p := range precs {
				if c == 'f' && p > 17 && math.Abs(f) > 1e30 {
					continue
				}
				emit(f, c, p, 64)
			}
		}
		for _, c := range []byte{'b', 'x', 'X', 'E', 'G'} {
			for _, p := range []int{-1, 0, 3, 13} {
				emit(f, c, p, 64)
			}
		}
		emit(f, 'z', 2, 64)
		for _, c := range []byte{'e', 'f', 'g', 'x', 'b'} {
			for _, p := range []int{-1, 0, 2, 6, 8, 9} {
				if c == 'f' && p > 0 && math.Abs(f) > 1e30 {
					continue
				}
				emit(f, c, p, 32)
			}
		}
	}
	// Long outputs: all digits of tiny and huge values.
	for _, f := range []float64{5e-324, math.SmallestNonzeroFloat32, 0.1, 1.0 / 3, math.MaxFloat64, 2.2250738585072014e-308} {
		for _, p := range []int{50, 100, 350, 767, 800, 1100} {
			emit(f, 'e', p, 64)
			emit(f, 'g', p, 64)
			if math.Abs(f) < 1 {
				emit(f, 'f', p, 64)
			}
		}
	}
	emit(math.MaxFloat64, 'f', -1, 64)
	emit(math.MaxFloat64, 'f', 5, 64)
	emit(1e23, 'f', 3, 64)

	// Random values: uniform bits, short decimals (shortest-digit ties), integers.
	randFloat := func() float64 {
		switch rng.IntN(5) {
		case 0, 1:
			for {
				f := math.Float64frombits(rng.Uint64())
				if !math.IsNaN(f) && !math.IsInf(f, 0) {
					return f
				}
			}
		case 2:
			s := fmt.Sprintf("%de%d", rng.Int64N(1_000_000), rng.IntN(60)-30)
			f, _ := strconv.ParseFloat(s, 64)
			return f
		case 3:
			return float64(rng.Int64N(1<<53)) / float64(int64(1)<<rng.IntN(60))
		}
		return float64(float32(math.Float64frombits(rng.Uint64() & 0x47ffffffffffffff)))
	}
	for i := 0; i < 7000; i++ {
		f := randFloat()
		bits := 64
		if rng.IntN(5) == 0 {
			bits = 32
		}
		c := "efgeggbxE"[rng.IntN(9)]
		p := -1
		if rng.IntN(2) == 0 {
			p = rng.IntN(21)
		}
		if c == 'f' && math.Abs(f) > 1e25 && bits == 64 {
			c = 'e'
		}
		if c == 'f' && math.Abs(f) < 1e-25 {
			p = rng.IntN(8)
		}
		emit(f, c, p, bits)
	}
}
