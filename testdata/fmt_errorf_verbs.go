// Errorf formats like Sprintf; %w accepts only errors; the result's %v/%s/%q/%x and %+v print its text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("root cause")
	e := fmt.Errorf("op %s failed after %d tries: %w", "read", 3, base)
	fmt.Printf("%v\n%s\n%q\n%x\n%+v\n", e, e, e, e, e)
	fmt.Println(fmt.Errorf("%w", base) != base, fmt.Errorf("%w", base).Error() == base.Error())
	fmt.Println(fmt.Errorf("x %[2]w %[1]s", "a", base))
	fmt.Println(fmt.Errorf("%w %w", base, 5))
	fmt.Println(fmt.Errorf("%v", base) == nil)
	fmt.Printf("%T %T\n", fmt.Errorf("%w", base), fmt.Errorf("%w %w", base, base))
	fmt.Println(errors.Is(fmt.Errorf("%w %w", errors.New("x"), base), base))
}
