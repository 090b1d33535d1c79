//go:build ignore

// Shortest-float formatting speed in Go, to compare with bench_ftoa.rs.
package main

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

func main() {
	x := uint64(88172645463325252)
	vals := make([]float64, 0, 1<<20)
	for len(vals) < 1<<20 {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := math.Float64frombits(x)
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			vals = append(vals, f)
		}
	}
	var buf [32]byte
	total := 0
	start := time.Now()
	for i := 0; i < 4; i++ {
		for _, f := range vals {
			total += len(strconv.AppendFloat(buf[:0], f, 'g', -1, 64))
		}
	}
	el := time.Since(start)
	fmt.Printf("shortest %%g float64: %.1f ns/op (%d bytes)\n", float64(el.Nanoseconds())/float64(4*len(vals)), total)
	start = time.Now()
	total = 0
	for _, f := range vals {
		total += len(strconv.AppendFloat(buf[:0], f, 'e', 15, 64))
	}
	el = time.Since(start)
	fmt.Printf("%%.15e float64: %.1f ns/op (%d bytes)\n", float64(el.Nanoseconds())/float64(len(vals)), total)
}
