// Package utf8 declares the functions and constants of UTF-8 encoding and
// decoding.
//
// Missing bodies: the decoding and validation functions, for a later issue.
package utf8

// The encoding's numbers.
const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode replacement character
	RuneSelf  = 0x80         // runes below RuneSelf are a single byte
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the largest number of bytes of an encoded rune
)

func FullRune(p []byte) bool

func FullRuneInString(s string) bool

func DecodeRune(p []byte) (r rune, size int)

func DecodeRuneInString(s string) (r rune, size int)

func DecodeLastRune(p []byte) (r rune, size int)

func DecodeLastRuneInString(s string) (r rune, size int)

// RuneLen returns the number of bytes of r's encoding, or -1 if r cannot
// be encoded.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the encoding of r (RuneError's if r is invalid) into p,
// which must be large enough, and returns the number of bytes written.
func EncodeRune(p []byte, r rune) int {
	if !ValidRune(r) {
		r = RuneError
	}
	switch n := RuneLen(r); n {
	case 1:
		p[0] = byte(r)
		return 1
	case 2:
		_ = p[1]
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
		return 2
	case 3:
		_ = p[2]
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	default:
		_ = p[3]
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
		return 4
	}
}

// AppendRune appends the encoding of r (RuneError's if r is invalid) to p.
func AppendRune(p []byte, r rune) []byte {
	if uint32(r) < RuneSelf {
		return append(p, byte(r))
	}
	var buf [UTFMax]byte
	n := EncodeRune(buf[:], r)
	return append(p, buf[:n]...)
}

func RuneCount(p []byte) int

func RuneCountInString(s string) (n int)

// RuneStart reports whether b can begin an encoded rune: it is not a
// continuation byte (10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func Valid(p []byte) bool

func ValidString(s string) bool

// ValidRune reports whether r can be encoded: it is in range and not a
// surrogate half.
func ValidRune(r rune) bool {
	const surrogateMin, surrogateMax = 0xD800, 0xDFFF
	switch {
	case 0 <= r && r < surrogateMin:
		return true
	case surrogateMax < r && r <= MaxRune:
		return true
	}
	return false
}
