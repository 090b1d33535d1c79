// The values of runtime panics: what recover returns after an index out of
// range, a division by zero, a nil dereference, a send on a closed channel.
// The runtime (Rust) builds these values itself, from the descriptors the
// JIT registers for the types below, so they behave as Go's: they are
// runtime.Error values whose Error method gives Go's text.

package runtime

// errorString is a runtime error whose text is "runtime error: " and the
// string: integer divide by zero, nil pointer dereference, negative shift
// amount, makeslice's length and capacity checks.
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string {
	return "runtime error: " + string(e)
}

// plainError is a runtime error whose text is the string itself: the
// channel errors ("send on closed channel"), a nil map write, failed type
// assertions.
type plainError string

func (e plainError) RuntimeError() {}

func (e plainError) Error() string {
	return string(e)
}

// boundsError is an index or slice expression out of range: x is the
// offending index (signed or not), y the length or capacity it exceeded,
// code which check failed (the bounds codes of runtime/src/panic.rs).
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

func (e boundsError) RuntimeError() {}

// Error is native: Go's bounds texts, from the runtime's bounds_message
// (the panics the runtime raises say the same).
func (e boundsError) Error() string
