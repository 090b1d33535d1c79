// A String method that calls runtime.Goexit ends its goroutine (deferred calls run); String methods that print with fmt themselves nest.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

type Quitter struct{}

func (Quitter) String() string {
	runtime.Goexit()
	return "unreachable"
}

type Tree struct {
	Val  int
	Kids []*Tree
}

func (t *Tree) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "(%d", t.Val)
	for _, k := range t.Kids {
		fmt.Fprintf(&sb, " %v", k)
	}
	sb.WriteString(")")
	return sb.String()
}

type Flaky struct{ n int }

func (f Flaky) String() string {
	if f.n%2 == 1 {
		panic(fmt.Sprintf("odd %d", f.n))
	}
	return fmt.Sprintf("even(%v)", Flaky{f.n + 1})
}

func main() {
	var wg sync.WaitGroup
	var log []string
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { log = append(log, fmt.Sprint("deferred ran, recover=", recover())) }()
		s := fmt.Sprint("before ", Quitter{})
		log = append(log, "not reached "+s)
	}()
	wg.Wait()
	fmt.Println(log)
	t := &Tree{1, []*Tree{{2, nil}, {3, []*Tree{{4, nil}}}}}
	fmt.Println(t)
	fmt.Printf("[%20v]\n", t)
	fmt.Println(Flaky{2}, Flaky{1})
}
