package fmt

import "errors"

// Errorf formats as Sprintf does and returns the text as an error. With
// one %w verb whose operand is an error, the result unwraps to that error
// (Unwrap() error); with several, to all of them (Unwrap() []error).
func Errorf(format string, a ...any) error {
	if len(a) == 0 && !hasPercent(format) {
		return errors.New(format)
	}
	wrapped := make([]int, len(a))
	s, n, distinct := errorf(format, a, wrapped)
	switch n {
	case 0:
		return errors.New(s)
	case 1:
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for _, i := range wrapped[:distinct] {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

// errorf formats format and a as Errorf does, %w allowed, and returns the
// message, the number n of %w verbs that had an operand, and the distinct
// indexes of those operands, sorted, in wrapped[:distinct].
func errorf(format string, a []any, wrapped []int) (msg string, n int, distinct int)

func hasPercent(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '%' {
			return true
		}
	}
	return false
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string {
	return e.msg
}

func (e *wrapError) Unwrap() error {
	return e.err
}

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string {
	return e.msg
}

func (e *wrapErrors) Unwrap() []error {
	return e.errs
}
