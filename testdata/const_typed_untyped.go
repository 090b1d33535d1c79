// Proves typed versus untyped constants: default types, implicit conversion at use, typed constant arithmetic.
package main

import "fmt"

type Celsius float64
type Count int

const untypedInt = 42
const untypedFloat = 4.5
const untypedRune = 'x'
const untypedString = "hi"
const untypedBool = 3 > 2
const untypedComplex = 1 + 2i

const typedInt int8 = 100
const typedCount Count = 7

func main() {
	fmt.Printf("%T %T %T %T %T %T\n", untypedInt, untypedFloat, untypedRune, untypedString, untypedBool, untypedComplex)
	var f float32 = untypedInt
	var c Celsius = untypedInt
	var by byte = untypedRune
	fmt.Println(f, c, by)
	fmt.Printf("%T %v\n", typedInt, typedInt)
	fmt.Printf("%T %v\n", typedCount*2, typedCount*2)
	var n = untypedFloat * 2 // 9.0 untyped float -> float64
	fmt.Printf("%T %v\n", n, n)
	var m int = untypedFloat * 2 // exact integer value is fine
	fmt.Println(m)
	const typedStr string = "typed"
	type MyStr string
	var s MyStr = untypedString + "!"
	fmt.Printf("%T %v %v\n", s, s, typedStr)
	fmt.Println(untypedInt/5, untypedInt/5.0, typedInt/3)
	const shifted = untypedInt << 2
	var i64 int64 = shifted
	fmt.Println(i64)
	var cf Celsius = 36.6
	fmt.Println(cf*2, cf+untypedInt)
}
