// Proves append growth for element sizes 1, 2, 12, 24 and 40 bytes (size-class rounding differs by element size).
package main

import "fmt"

type S12 struct{ a, b, c int32 }
type S24 struct{ a, b, c int64 }
type S40 struct{ a, b, c, d, e int64 }

// Package-level, hence heap-allocated: gc gives non-escaping small slices a stack
// buffer, which would change the first capacities.
var (
	b   []byte
	h   []int16
	s12 []S12
	s24 []S24
	s40 []S40
	ss  []string
	bs  []byte
)

func main() {
	prev := -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != prev {
			fmt.Print(cap(b), " ")
			prev = cap(b)
		}
	}
	fmt.Println("bytes")
	prev = -1
	for i := 0; i < 3000; i++ {
		h = append(h, 1)
		if cap(h) != prev {
			fmt.Print(cap(h), " ")
			prev = cap(h)
		}
	}
	fmt.Println("int16")
	prev = -1
	for i := 0; i < 1000; i++ {
		s12 = append(s12, S12{})
		if cap(s12) != prev {
			fmt.Print(cap(s12), " ")
			prev = cap(s12)
		}
	}
	fmt.Println("S12")
	prev = -1
	for i := 0; i < 1000; i++ {
		s24 = append(s24, S24{})
		if cap(s24) != prev {
			fmt.Print(cap(s24), " ")
			prev = cap(s24)
		}
	}
	fmt.Println("S24")
	prev = -1
	for i := 0; i < 1000; i++ {
		s40 = append(s40, S40{})
		if cap(s40) != prev {
			fmt.Print(cap(s40), " ")
			prev = cap(s40)
		}
	}
	fmt.Println("S40")
	prev = -1
	for i := 0; i < 600; i++ {
		ss = append(ss, "x")
		if cap(ss) != prev {
			fmt.Print(cap(ss), " ")
			prev = cap(ss)
		}
	}
	fmt.Println("string")
	var e []struct{}
	for i := 0; i < 10; i++ {
		e = append(e, struct{}{})
	}
	fmt.Println(len(e), cap(e) >= 10)
	bs = append([]byte("hello"), " world"...)
	fmt.Println(string(bs), len(bs), cap(bs))
}
