// Proves the errors package: New (distinct identities), Is through %w wrapping chains, Unwrap, Join, and comparing sentinel errors.
package main

import (
	"errors"
	"fmt"
	"io"
)

var ErrNotFound = errors.New("not found")

func find(key string) error {
	if key == "" {
		return fmt.Errorf("find: empty key: %w", ErrNotFound)
	}
	return nil
}

func main() {
	a, b := errors.New("x"), errors.New("x")
	fmt.Println(a == b, a.Error() == b.Error())
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound, errors.Unwrap(err) == ErrNotFound)
	outer := fmt.Errorf("layer2: %w", err)
	fmt.Println(outer, errors.Is(outer, ErrNotFound), errors.Unwrap(errors.Unwrap(outer)) == ErrNotFound)
	fmt.Println(find("k") == nil, errors.Unwrap(ErrNotFound) == nil)
	j := errors.Join(io.EOF, ErrNotFound)
	fmt.Printf("%q %v %v\n", j.Error(), errors.Is(j, io.EOF), errors.Is(j, io.ErrUnexpectedEOF))
	fmt.Println(errors.Join(nil, nil) == nil)
	multi := fmt.Errorf("both: %w and %w", io.EOF, ErrNotFound)
	fmt.Println(multi, errors.Is(multi, io.EOF), errors.Is(multi, ErrNotFound))
	fmt.Println(fmt.Errorf("no wrap: %v", ErrNotFound), errors.Is(fmt.Errorf("no wrap: %v", ErrNotFound), ErrNotFound))
}
