// Prints growslice's capacities as the real Go computes them, for
// runtime/tests/data/growslice.txt. All slices live in package-level
// variables so they are heap-allocated (no stack buffers). Regenerate with
//
//	cd runtime/tests/data/gen/growslice && ../../../../../../shared/tools/goref go run main.go >../../growslice.txt
//
// Lines:
//   R noscan|scan ELEMSIZE N CAP   append(nil, make([]T, N)...) gives CAP, printed
//                                  when CAP changes (it stays CAP until the next line)
//   G ELEMSIZE SCAN OLDLEN OLDCAP NUM NEWCAP   one growth of append
package main

import (
	"bufio"
	"fmt"
	"os"
)

var w = bufio.NewWriter(os.Stdout)

type P struct{ p *int }

var sinkB []byte
var sinkP []P

func roundups() {
	prev := -1
	for n := 1; n <= 40000; n++ {
		sinkB = append([]byte(nil), make([]byte, n)...)
		if cap(sinkB) != prev {
			fmt.Fprintln(w, "R noscan 1", n, cap(sinkB))
			prev = cap(sinkB)
		}
	}
	prev = -1
	for n := 1; n <= 5000; n++ {
		sinkP = append([]P(nil), make([]P, n)...)
		if cap(sinkP) != prev {
			fmt.Fprintln(w, "R scan 8", n, cap(sinkP))
			prev = cap(sinkP)
		}
	}
}

var starts = []int{0, 1, 3, 5, 7, 10, 100, 255, 256, 257, 1000}

// grow appends one element at a time from make([]T, 0, c) and k at a time
// from nil, recording every reallocation.
func grow[T any](size int, scan int) {
	limit := (256 << 10) / size
	if limit < 300 {
		limit = 300
	}
	if limit > 1200 {
		limit = 1200
	}
	var zero T
	for _, c := range starts {
		if c*size > 4<<20 {
			continue
		}
		s := make([]T, 0, c)
		for len(s) < limit {
			oldlen, oldcap := len(s), cap(s)
			s = append(s, zero)
			if cap(s) != oldcap {
				fmt.Fprintln(w, "G", size, scan, oldlen, oldcap, 1, cap(s))
			}
		}
		sink = s
	}
	for _, k := range []int{2, 3, 7, 50, 333} {
		var s []T
		for len(s) < limit {
			oldlen, oldcap := len(s), cap(s)
			s = append(s, make([]T, k)...)
			if cap(s) != oldcap {
				fmt.Fprintln(w, "G", size, scan, oldlen, oldcap, k, cap(s))
			}
		}
		sink = s
	}
}

var sink any

type S16 struct {
	p *int
	b [8]byte
}
type S24 struct {
	p *int
	b [16]byte
}
type S32 struct {
	p *int
	b [24]byte
}
type S40 struct {
	p *int
	b [32]byte
}
type S48 struct {
	p *int
	b [40]byte
}
type S64 struct {
	p *int
	b [56]byte
}
type S72 struct {
	p *int
	b [64]byte
}
type S96 struct {
	p *int
	b [88]byte
}
type S104 struct {
	p *int
	b [96]byte
}
type S128 struct {
	p *int
	b [120]byte
}
type S200 struct {
	p *int
	b [192]byte
}
type S256 struct {
	p *int
	b [248]byte
}
type S504 struct {
	p *int
	b [496]byte
}
type S512 struct {
	p *int
	b [504]byte
}
type S520 struct {
	p *int
	b [512]byte
}
type S1000 struct {
	p *int
	b [992]byte
}
type S1024 struct {
	p *int
	b [1016]byte
}
type S4096 struct {
	p *int
	b [4088]byte
}
type S5000 struct {
	p *int
	b [4992]byte
}
type S10000 struct {
	p *int
	b [9992]byte
}

func main() {
	defer w.Flush()
	roundups()
	grow[byte](1, 0)
	grow[uint16](2, 0)
	grow[[3]byte](3, 0)
	grow[int32](4, 0)
	grow[[5]byte](5, 0)
	grow[[6]byte](6, 0)
	grow[[7]byte](7, 0)
	grow[int64](8, 0)
	grow[[12]byte](12, 0)
	grow[[16]byte](16, 0)
	grow[[20]byte](20, 0)
	grow[[24]byte](24, 0)
	grow[[32]byte](32, 0)
	grow[[40]byte](40, 0)
	grow[[48]byte](48, 0)
	grow[[64]byte](64, 0)
	grow[[72]byte](72, 0)
	grow[[96]byte](96, 0)
	grow[[100]byte](100, 0)
	grow[[128]byte](128, 0)
	grow[[200]byte](200, 0)
	grow[[256]byte](256, 0)
	grow[[500]byte](500, 0)
	grow[[512]byte](512, 0)
	grow[[520]byte](520, 0)
	grow[[1000]byte](1000, 0)
	grow[[1024]byte](1024, 0)
	grow[[4096]byte](4096, 0)
	grow[[5000]byte](5000, 0)
	grow[[10000]byte](10000, 0)
	grow[*int](8, 1)
	grow[S16](16, 1)
	grow[S24](24, 1)
	grow[S32](32, 1)
	grow[S40](40, 1)
	grow[S48](48, 1)
	grow[S64](64, 1)
	grow[S72](72, 1)
	grow[S96](96, 1)
	grow[S104](104, 1)
	grow[S128](128, 1)
	grow[S200](200, 1)
	grow[S256](256, 1)
	grow[S504](504, 1)
	grow[S512](512, 1)
	grow[S520](520, 1)
	grow[S1000](1000, 1)
	grow[S1024](1024, 1)
	grow[S4096](4096, 1)
	grow[S5000](5000, 1)
	grow[S10000](10000, 1)
}
