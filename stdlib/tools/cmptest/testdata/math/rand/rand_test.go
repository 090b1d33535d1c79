package rand_test

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"reflect"
	"testing"

	ours "gorunstd/math/rand"
)

// The top-level functions are compared under the old, seeded behaviour;
// the variable is read by both packages at their first use.
func init() {
	os.Setenv("GODEBUG", "randautoseed=0,randseednop=0")
}

// draw runs the same sequence of calls on both generators and returns
// what each produced.
func draw(a *ours.Rand, b *rand.Rand, steps int, seed int64) (x, y []string) {
	pick := rand.New(rand.NewSource(seed))
	for i := 0; i < steps; i++ {
		var s, t string
		switch op := pick.Intn(19); op {
		case 0:
			s, t = fmt.Sprint(a.Int63()), fmt.Sprint(b.Int63())
		case 1:
			s, t = fmt.Sprint(a.Uint32()), fmt.Sprint(b.Uint32())
		case 2:
			s, t = fmt.Sprint(a.Uint64()), fmt.Sprint(b.Uint64())
		case 3:
			s, t = fmt.Sprint(a.Int31()), fmt.Sprint(b.Int31())
		case 4:
			s, t = fmt.Sprint(a.Int()), fmt.Sprint(b.Int())
		case 5:
			n := pick.Int63n(1<<62) + 1
			s, t = fmt.Sprint(a.Int63n(n)), fmt.Sprint(b.Int63n(n))
		case 6:
			n := int32(pick.Intn(1000) + 1)
			s, t = fmt.Sprint(a.Int31n(n)), fmt.Sprint(b.Int31n(n))
		case 7:
			n := pick.Intn(1<<40) + 1
			if pick.Intn(2) == 0 {
				n = pick.Intn(10) + 1
			}
			s, t = fmt.Sprint(a.Intn(n)), fmt.Sprint(b.Intn(n))
		case 8:
			s, t = fmt.Sprint(math.Float64bits(a.Float64())), fmt.Sprint(math.Float64bits(b.Float64()))
		case 9:
			s, t = fmt.Sprint(math.Float32bits(a.Float32())), fmt.Sprint(math.Float32bits(b.Float32()))
		case 10:
			n := pick.Intn(30)
			s, t = fmt.Sprint(a.Perm(n)), fmt.Sprint(b.Perm(n))
		case 11:
			n := pick.Intn(30)
			x, y := make([]int, n), make([]int, n)
			for i := range x {
				x[i], y[i] = i, i
			}
			a.Shuffle(n, func(i, j int) { x[i], x[j] = x[j], x[i] })
			b.Shuffle(n, func(i, j int) { y[i], y[j] = y[j], y[i] })
			s, t = fmt.Sprint(x), fmt.Sprint(y)
		case 12:
			n := pick.Intn(20)
			p, q := make([]byte, n), make([]byte, n)
			n1, e1 := a.Read(p)
			n2, e2 := b.Read(q)
			s, t = fmt.Sprint(n1, e1, p), fmt.Sprint(n2, e2, q)
		case 13:
			s, t = fmt.Sprint(math.Float64bits(a.NormFloat64())), fmt.Sprint(math.Float64bits(b.NormFloat64()))
		case 14:
			s, t = fmt.Sprint(math.Float64bits(a.ExpFloat64())), fmt.Sprint(math.Float64bits(b.ExpFloat64()))
		case 15:
			if pick.Intn(20) == 0 {
				sd := pick.Int63() - pick.Int63()
				a.Seed(sd)
				b.Seed(sd)
			}
		case 16:
			z1, z2 := ours.NewZipf(a, 1.5, 2, 1000), rand.NewZipf(b, 1.5, 2, 1000)
			for k := 0; k < 5; k++ {
				s += fmt.Sprint(z1.Uint64(), " ")
				t += fmt.Sprint(z2.Uint64(), " ")
			}
		case 17:
			s, t = fmt.Sprint(ours.NewZipf(a, 1, 1, 5) == nil), fmt.Sprint(rand.NewZipf(b, 1, 1, 5) == nil)
		case 18:
			n := pick.Intn(1 << 31)
			s, t = fmt.Sprint(a.Intn(n+1)), fmt.Sprint(b.Intn(n+1))
		}
		x, y = append(x, s), append(y, t)
	}
	return x, y
}

func TestSeeded(t *testing.T) {
	seeds := []int64{0, 1, 2, -1, 42, 89482311, 1<<31 - 1, 1 << 31, -1 << 63, 1<<63 - 1, 1234567890123}
	for _, seed := range seeds {
		a, b := ours.New(ours.NewSource(seed)), rand.New(rand.NewSource(seed))
		x, y := draw(a, b, 3000, seed)
		if !reflect.DeepEqual(x, y) {
			for i := range x {
				if x[i] != y[i] {
					t.Fatalf("seed %d: step %d: %s, want %s", seed, i, x[i], y[i])
				}
			}
		}
		// A long run of the raw generator.
		sa, sb := ours.NewSource(seed), rand.NewSource(seed)
		for i := 0; i < 100000; i++ {
			if p, q := sa.Int63(), sb.Int63(); p != q {
				t.Fatalf("seed %d: Int63 #%d = %d, want %d", seed, i, p, q)
			}
		}
		if u, v := sa.(ours.Source64).Uint64(), sb.(rand.Source64).Uint64(); u != v {
			t.Fatalf("Uint64 differs")
		}
	}
}

// plainSource is a Source without Uint64.
type plainSource struct{ n int64 }

func (s *plainSource) Int63() int64 {
	s.n = s.n*6364136223846793005 + 1442695040888963407
	return int64(uint64(s.n) >> 1)
}
func (s *plainSource) Seed(seed int64) { s.n = seed }

func TestOtherSource(t *testing.T) {
	a, b := ours.New(&plainSource{7}), rand.New(&plainSource{7})
	x, y := draw(a, b, 2000, 3)
	if !reflect.DeepEqual(x, y) {
		t.Fatalf("with a plain Source: differ")
	}
}

func TestTopLevel(t *testing.T) {
	// Seeded with 1 by GODEBUG=randautoseed=0, then reseeded.
	for round := 0; round < 2; round++ {
		var x, y []any
		for i := 0; i < 50; i++ {
			x = append(x, ours.Int63(), ours.Uint32(), ours.Uint64(), ours.Int31(), ours.Int(), ours.Int63n(1000), ours.Int31n(77), ours.Intn(5),
				ours.Float64(), ours.Float32(), ours.Perm(5), ours.NormFloat64(), ours.ExpFloat64())
			y = append(y, rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int(), rand.Int63n(1000), rand.Int31n(77), rand.Intn(5),
				rand.Float64(), rand.Float32(), rand.Perm(5), rand.NormFloat64(), rand.ExpFloat64())
			p, q := make([]byte, i%9), make([]byte, i%9)
			ours.Read(p)
			rand.Read(q)
			x, y = append(x, p), append(y, q)
			n := i % 7
			s1, s2 := []int{0, 1, 2, 3, 4, 5, 6}[:n], []int{0, 1, 2, 3, 4, 5, 6}[:n]
			ours.Shuffle(n, func(i, j int) { s1[i], s1[j] = s1[j], s1[i] })
			rand.Shuffle(n, func(i, j int) { s2[i], s2[j] = s2[j], s2[i] })
			x, y = append(x, s1), append(y, s2)
		}
		if !reflect.DeepEqual(x, y) {
			t.Fatalf("round %d: top-level functions differ:\n%v\n%v", round, x, y)
		}
		ours.Seed(99)
		rand.Seed(99)
	}
}

func TestPanics(t *testing.T) {
	p := func(f func()) (s string) {
		defer func() { s = fmt.Sprint(recover()) }()
		f()
		return
	}
	a, b := ours.New(ours.NewSource(1)), rand.New(rand.NewSource(1))
	for _, c := range []struct{ x, y func() }{
		{func() { a.Intn(0) }, func() { b.Intn(0) }},
		{func() { a.Int63n(-1) }, func() { b.Int63n(-1) }},
		{func() { a.Int31n(0) }, func() { b.Int31n(0) }},
		{func() { a.Shuffle(-1, nil) }, func() { b.Shuffle(-1, nil) }},
		{func() { (*ours.Zipf)(nil).Uint64() }, func() { (*rand.Zipf)(nil).Uint64() }},
	} {
		if x, y := p(c.x), p(c.y); x != y {
			t.Errorf("panic %q, want %q", x, y)
		}
	}
}
