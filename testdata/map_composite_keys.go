// Proves array and struct keys of every shape: padded structs, strings inside structs, nested arrays, pointer and channel keys, blank fields, zero-size keys.
package main

import "fmt"

type Padded struct {
	A int8
	B int64
	C int16
}

type WithStr struct {
	N int
	S string
}

type Inner struct{ X, Y int32 }
type Outer struct {
	In  Inner
	Arr [3]uint8
	S   string
}

type Blank struct {
	A int
	_ int
	B int
}

func main() {
	pm := map[Padded]int{}
	pm[Padded{1, 2, 3}] = 1
	pm[Padded{1, 2, 3}]++
	pm[Padded{B: 2}] = 7
	fmt.Println(len(pm), pm[Padded{1, 2, 3}], pm[Padded{0, 2, 0}])

	sm := map[WithStr]int{}
	a := "he"
	b := a + "llo"
	sm[WithStr{1, "hello"}] = 1
	sm[WithStr{1, b}] += 10
	fmt.Println(len(sm), sm[WithStr{1, "hello"}])

	om := map[Outer]string{}
	om[Outer{Inner{1, 2}, [3]uint8{1, 2, 3}, "x"}] = "first"
	om[Outer{Inner{1, 2}, [3]uint8{1, 2, 3}, "y"}] = "second"
	om[Outer{Inner{1, 2}, [3]uint8{1, 2, 4}, "x"}] = "third"
	fmt.Println(len(om), om[Outer{Inner{1, 2}, [3]uint8{1, 2, 3}, "x"}], om[Outer{In: Inner{1, 2}, Arr: [3]uint8{1, 2, 4}, S: "x"}])

	am := map[[2][2]string]int{}
	am[[2][2]string{{"a", "b"}, {"c", "d"}}] = 4
	fmt.Println(am[[2][2]string{{"a", "b"}, {"c", "d"}}], am[[2][2]string{{"a", "b"}, {"c", "e"}}])

	bm := map[[16]byte]int{}
	var k [16]byte
	for i := range k {
		k[i] = byte(i)
	}
	bm[k] = 16
	k2 := k
	fmt.Println(bm[k2], len(bm))
	bigk := map[[200]byte]int{}
	var bk [200]byte
	bk[199] = 1
	bigk[bk] = 1
	bk[0] = 1
	bigk[bk] = 2
	bk[0] = 0
	fmt.Println(len(bigk), bigk[bk])

	x, y := 1, 1
	ptr := map[*int]string{&x: "x", &y: "y"}
	ptr[&x] += "!"
	fmt.Println(len(ptr), ptr[&x], ptr[&y], ptr[nil] == "")

	c1, c2 := make(chan int), make(chan int)
	cm := map[chan int]int{c1: 1, c2: 2}
	var ro <-chan int = c1
	fmt.Println(len(cm), cm[c1], cm[c2])
	rm := map[<-chan int]int{ro: 5}
	fmt.Println(rm[c1])

	blank := map[Blank]int{}
	blank[Blank{A: 1, B: 2}] = 3
	fmt.Println(blank[Blank{A: 1, B: 2}])

	z := map[struct{}]int{}
	z[struct{}{}] = 1
	z[struct{}{}]++
	fmt.Println(len(z), z[struct{}{}])
	za := map[[0]int]string{{}: "empty"}
	fmt.Println(za[[0]int{}])

	bools := map[bool]int{true: 1}
	bools[false]--
	fmt.Println(bools)
	runes := map[rune]int{'a': 1, 'é': 2}
	fmt.Println(runes['é'], runes)
	small := map[int8]int{-1: 1, 127: 2}
	fmt.Println(small[-1], small[127])
	u16 := map[uint16]string{65535: "max"}
	fmt.Println(u16[65535])
	i32 := map[int32]int{-5: 1}
	i32[-5]++
	fmt.Println(i32)
	u := map[uintptr]bool{0: true}
	fmt.Println(u[0], u[1])
}
