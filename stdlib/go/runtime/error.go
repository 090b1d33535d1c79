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
// code which check failed (the order of the formats below).
type boundsError struct {
	x      int64
	y      int
	signed bool
	code   uint8
}

const (
	boundsIndex = iota
	boundsSliceAlen
	boundsSliceAcap
	boundsSliceB
	boundsSlice3Alen
	boundsSlice3Acap
	boundsSlice3B
	boundsSlice3C
	boundsConvert
)

// The texts of bounds errors; %x and %y stand for x and y.
var boundsErrorFormats = [...]string{
	boundsIndex:      "index out of range [%x] with length %y",
	boundsSliceAlen:  "slice bounds out of range [:%x] with length %y",
	boundsSliceAcap:  "slice bounds out of range [:%x] with capacity %y",
	boundsSliceB:     "slice bounds out of range [%x:%y]",
	boundsSlice3Alen: "slice bounds out of range [::%x] with length %y",
	boundsSlice3Acap: "slice bounds out of range [::%x] with capacity %y",
	boundsSlice3B:    "slice bounds out of range [:%x:%y]",
	boundsSlice3C:    "slice bounds out of range [%x:%y:]",
	boundsConvert:    "cannot convert slice with length %y to array or pointer to array with length %x",
}

// With a negative x, y says nothing: these replace the formats above.
var boundsNegativeFormats = [...]string{
	boundsIndex:      "index out of range [%x]",
	boundsSliceAlen:  "slice bounds out of range [:%x]",
	boundsSliceAcap:  "slice bounds out of range [:%x]",
	boundsSliceB:     "slice bounds out of range [%x:]",
	boundsSlice3Alen: "slice bounds out of range [::%x]",
	boundsSlice3Acap: "slice bounds out of range [::%x]",
	boundsSlice3B:    "slice bounds out of range [:%x:]",
	boundsSlice3C:    "slice bounds out of range [%x::]",
}

func (e boundsError) RuntimeError() {}

func (e boundsError) Error() string {
	format := boundsErrorFormats[e.code]
	if e.signed && e.x < 0 {
		format = boundsNegativeFormats[e.code]
	}
	b := make([]byte, 0, 100)
	b = append(b, "runtime error: "...)
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b = append(b, c)
			continue
		}
		i++
		if format[i] == 'x' {
			b = appendDecimal(b, e.x, e.signed)
		} else {
			b = appendDecimal(b, int64(e.y), true)
		}
	}
	return string(b)
}

// appendDecimal appends v in decimal, as an int64 if signed, else as a
// uint64.
func appendDecimal(b []byte, v int64, signed bool) []byte {
	u := uint64(v)
	if signed && v < 0 {
		b = append(b, '-')
		u = -u
	}
	var digits [20]byte
	n := len(digits)
	for {
		n--
		digits[n] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	return append(b, digits[n:]...)
}
