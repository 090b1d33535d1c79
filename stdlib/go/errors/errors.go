// Package errors implements error constructors and the inspection of
// wrapped errors.
//
// Every body is here, in plain Go, but for three small natives that need
// the runtime's type information (Go uses internal/reflectlite for them):
// isComparable for Is, targetKind and assign for As.
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
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
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

// Is reports whether an error in err's tree matches target: is equal to
// it (if target's type is comparable) or has an Is(error) bool method that
// says so. The tree is err, then what Unwrap() error or Unwrap() []error
// return, depth first.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree (see Is) that is assignable to
// the value target points to, or has an As(any) bool method that accepts
// target, and if so sets *target to it and returns true. It panics if
// target is not a non-nil pointer to an interface type or to a type that
// implements error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch targetKind(target) {
	case targetNotPointer:
		panic("errors: target must be a non-nil pointer")
	case targetBadElem:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assign(target, err) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// What targetKind finds of As's target.
const (
	targetOK         = iota // a non-nil pointer to an interface or an error type
	targetNotPointer        // not a pointer, or a nil one
	targetBadElem           // a pointer to a type that is neither
)

// isComparable reports whether the dynamic type of x is comparable (as
// reflect's Type.Comparable: a struct with an interface field is, even if
// comparing two of them may panic). Native.
func isComparable(x any) bool

// targetKind classifies As's target (one of the constants above). Native.
func targetKind(target any) int

// assign reports whether err's dynamic type is assignable to the type
// target points to and, if so, stores err there. Native.
func assign(target any, err error) bool

// AsType finds the first error in err's tree (see Is) of type E, or with
// an As(any) bool method that accepts a *E, and returns it and true.
func AsType[E error](err error) (E, bool) {
	if err == nil {
		var zero E
		return zero, false
	}
	var pe *E // made at the first As method
	return asType(err, &pe)
}

func asType[E error](err error, ppe **E) (_ E, _ bool) {
	for {
		if e, ok := err.(E); ok {
			return e, true
		}
		if x, ok := err.(interface{ As(any) bool }); ok {
			if *ppe == nil {
				*ppe = new(E)
			}
			if x.As(*ppe) {
				return **ppe, true
			}
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if x, ok := asType(err, ppe); ok {
					return x, true
				}
			}
			return
		default:
			return
		}
	}
}
