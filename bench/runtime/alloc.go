// Allocation-heavy: 4 goroutines each build N linked nodes (56 bytes, three
// pointer words) with a 64-byte buffer every 8th node, a concatenated name
// every 16th, and append every index to an []int that is dropped when it
// reaches 1024 elements (so slices grow from nil again and again). The list
// is dropped every 4096 nodes, so Go's collector can reclaim it.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
)

type node struct {
	next *node
	val  int
	data []byte
	name string
}

var names = []string{"alpha", "beta", "gamma", "delta"}

func worker(n int) int {
	var head *node
	var s []int
	sum := 0
	for i := 0; i < n; i++ {
		nd := &node{next: head, val: i}
		if i%8 == 0 {
			nd.data = make([]byte, 64)
		}
		if i%16 == 0 {
			nd.name = names[i%4] + names[(i+1)%4]
		}
		head = nd
		s = append(s, i)
		if len(s) == 1024 {
			sum += s[i%1024]
			s = nil
		}
		if i%4096 == 4095 {
			for p := head; p != nil; p = p.next {
				sum += len(p.name)
			}
			head = nil
		}
	}
	return sum
}

func main() {
	n := 1000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for k := 0; k < 4; k++ {
		wg.Add(1)
		go func() {
			s := worker(n)
			mu.Lock()
			total += s
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ok", total)
}
