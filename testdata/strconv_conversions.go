// Proves strconv conversions: Itoa/Atoi, ParseInt/FormatInt in bases, ParseFloat/FormatFloat, ParseBool, Quote/Unquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0))
	n, err := strconv.Atoi("12345")
	fmt.Println(n, err)
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	u64, err := strconv.ParseUint("1111", 2, 8)
	fmt.Println(u64, err)
	x, err := strconv.ParseInt("0x1F", 0, 64)
	fmt.Println(x, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatUint(1<<63, 36))
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000123, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'f', -1, 64))
	b, err := strconv.ParseBool("TRUE")
	fmt.Println(b, err, strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\"\x00é"), strconv.QuoteToASCII("é世"), strconv.QuoteRune('☺'))
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
	fmt.Println(string(strconv.AppendInt([]byte("n="), 42, 10)))
}
