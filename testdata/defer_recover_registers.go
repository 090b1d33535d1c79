// Values the caller keeps in registers across a call survive a panic recovered inside the callee, however deep the panic and whatever the frames in between held.
package main

import "fmt"

//go:noinline
func deep(n int, a, b, c, d, e float64) float64 {
	x1, x2, x3, x4, x5 := n*3, n*5, n*7, n*11, n*13
	if n == 0 {
		panic(fmt.Sprint("bottom ", a+b+c+d+e))
	}
	r := deep(n-1, a*1.5, b+1, c-1, d*2, e/2)
	return r + float64(x1+x2+x3+x4+x5)
}

func safe(n int) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return deep(n, 1, 2, 3, 4, 5), nil
}

func caller(k int) string {
	a, b, c, d, e, f := k+1, k*2, k*3, k-4, k^5, k<<2
	fa, fb, fc := float64(k)/3, float64(k)*1.25, float64(k)-0.5
	out := ""
	for i := 0; i < 3; i++ {
		_, err := safe(i * 4)
		out += fmt.Sprintln(i, err)
		a, b, c, d, e, f = b, c, d, e, f, a+i
		fa, fb, fc = fb+1, fc*2, fa-1
	}
	return out + fmt.Sprint(a, b, c, d, e, f, fa, fb, fc)
}

func twice() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer recovered: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
	return "unreached"
}

func main() {
	for k := 0; k < 3; k++ {
		fmt.Println(caller(k))
	}
	fmt.Println(twice())
	total := 0
	for i := 0; i < 1000; i++ {
		func() {
			defer func() { recover() }()
			if i%3 == 0 {
				var m map[int]int
				m[i] = i
			}
			total += i
		}()
	}
	fmt.Println(total)
}
