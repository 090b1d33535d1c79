// Proves strconv's error values and messages: syntax errors, range errors (with clamped results), errors.Is with ErrRange.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.Atoi("")
	fmt.Println(err)
	v, err := strconv.ParseInt("9223372036854775808", 10, 64)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	v8, err := strconv.ParseInt("-200", 10, 8)
	fmt.Println(v8, err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseFloat("1e400", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	_, err = strconv.Unquote("noquotes")
	fmt.Println(err)
}
