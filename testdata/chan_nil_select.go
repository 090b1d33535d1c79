// Proves a nil channel is never ready in select: disabling cases by setting channels to nil merges two streams until both close.
package main

import "fmt"

func gen(prefix string, n int) chan string {
	ch := make(chan string)
	go func() {
		for i := 0; i < n; i++ {
			ch <- fmt.Sprint(prefix, i)
		}
		close(ch)
	}()
	return ch
}

func main() {
	a, b := gen("a", 3), gen("b", 4)
	var got []string
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			got = append(got, v)
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got = append(got, v)
		}
	}
	// the interleaving is scheduling-dependent; count per source instead
	na, nb := 0, 0
	for _, s := range got {
		if s[0] == 'a' {
			na++
		} else {
			nb++
		}
	}
	fmt.Println(len(got), na, nb)
	var nilch chan int
	select {
	case v := <-nilch:
		fmt.Println("impossible", v)
	case nilch <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels never ready")
	}
}
