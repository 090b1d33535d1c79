// Newer standard library APIs: sync.WaitGroup.Go, strings.Lines/SplitSeq/FieldsSeq, bytes.Lines, slices.Sorted of a map's keys.
package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var n atomic.Int32
	for i := range 10 {
		wg.Go(func() { n.Add(int32(i)) })
	}
	wg.Wait()
	fmt.Println(n.Load())
	for l := range strings.Lines("a\nbb\n\nccc") {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	for part := range strings.SplitSeq("x,y,,z", ",") {
		fmt.Printf("[%s]", part)
	}
	fmt.Println()
	fmt.Println(slices.Collect(strings.FieldsSeq("  one two   three ")))
	for l := range bytes.Lines([]byte("p\nq")) {
		fmt.Printf("%q ", l)
	}
	fmt.Println()
	m := map[string]int{"b": 2, "a": 1}
	fmt.Println(slices.Sorted(maps.Keys(m)), min(3, 1, 2), max(2.5, 1))
}
