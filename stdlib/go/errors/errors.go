// Package errors declares error constructors and the wrapping inspectors.
//
// Missing bodies: Is and As need the comparability and the dynamic types of
// interface values (Go uses internal/reflectlite); the runtime provides them.
package errors

// New returns an error whose message is text; each call gives a distinct
// error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string {
	return e.s
}

// ErrUnsupported is the error for an operation that cannot be performed
// because it is unsupported.
var ErrUnsupported = New("unsupported operation")

// Join wraps the non-nil errs; it returns nil if there are none. Its message
// is their messages joined by newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}

// Unwrap returns the result of err's Unwrap() error method, or nil; it does
// not unwrap an Unwrap() []error.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether an error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target and, if one
// is found, sets target to it and returns true.
func As(err error, target any) bool

// AsType finds the first error in err's tree of type E, or one with an
// As(any) bool method that accepts a *E.
func AsType[E error](err error) (E, bool) {
	var target E
	if As(err, &target) {
		return target, true
	}
	var zero E
	return zero, false
}
