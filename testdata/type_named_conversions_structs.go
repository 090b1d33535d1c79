// Conversions between named types with identical underlying types, including structs ignoring tags, and pointers.
package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type A struct {
	X int `json:"x"`
	Y string
}
type B struct {
	X int
	Y string `yaml:"y"`
}

type IntSlice []int
type MyStr string
type Bytes []byte

func main() {
	fmt.Println(CToF(100), CToF(-40), Celsius(Fahrenheit(3)))
	a := A{1, "a"}
	b := B(a)
	fmt.Println(b, A(b) == a)
	pa := &a
	pb := (*B)(pa)
	pb.X = 9
	fmt.Println(a.X)
	s := IntSlice([]int{3, 1})
	raw := []int(s)
	raw[0] = 7
	fmt.Println(s)
	ms := MyStr("héllo")
	fmt.Println(string(ms), []byte(ms), []rune(ms), Bytes(ms), MyStr(Bytes("x")))
	fmt.Printf("%T %T %T\n", CToF(1), b, s)
	type F func(int) int
	double := F(func(x int) int { return x * 2 })
	fmt.Println(double(4))
	var r rune = 'A'
	fmt.Println(string(r), string(rune(0x10FFFF+1)) == "\uFFFD", MyStr(rune(66)))
}
