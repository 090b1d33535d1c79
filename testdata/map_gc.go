// Proves the garbage collector keeps everything reachable only through maps: string keys, pointer elements, slices and inner maps survive collections while garbage is churned.
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Node struct {
	Val  int
	Next *Node
}

func main() {
	strs := map[string]string{}
	ptrs := map[int]*Node{}
	slices := map[int][]int{}
	inner := map[int]map[string]int{}
	big := map[int][40]*Node{}
	for i := 0; i < 20000; i++ {
		k := "k" + strconv.Itoa(i)
		strs[k] = "v" + strconv.Itoa(i*2)
		ptrs[i] = &Node{Val: i, Next: &Node{Val: -i}}
		slices[i%500] = append(slices[i%500], i)
		if inner[i%100] == nil {
			inner[i%100] = map[string]int{}
		}
		inner[i%100][k] = i
		if i%50 == 0 {
			var a [40]*Node
			a[39] = &Node{Val: i}
			big[i] = a
		}
		if i%5000 == 0 {
			// garbage
			for j := 0; j < 1000; j++ {
				_ = make([]byte, 1024)
			}
			runtime.GC()
		}
	}
	runtime.GC()
	for j := 0; j < 10000; j++ {
		_ = make([]int, 100)
	}
	runtime.GC()
	bad := 0
	for i := 0; i < 20000; i++ {
		k := "k" + strconv.Itoa(i)
		if strs[k] != "v"+strconv.Itoa(i*2) {
			bad++
		}
		if p := ptrs[i]; p.Val != i || p.Next.Val != -i {
			bad++
		}
		if inner[i%100][k] != i {
			bad++
		}
	}
	total := 0
	for _, s := range slices {
		for _, v := range s {
			total += v
		}
	}
	bsum := 0
	for k, a := range big {
		if a[39].Val != k {
			bad++
		}
		bsum += a[39].Val
	}
	fmt.Println(bad, total, len(big), bsum)
}
