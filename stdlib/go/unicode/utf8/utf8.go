// Package utf8 declares the functions and constants of UTF-8 encoding and
// decoding.
// Every body is here, in plain Go.
package utf8

// The encoding's numbers.
const (
	RuneError = '\uFFFD'     // the "error" rune, Unicode replacement character
	RuneSelf  = 0x80         // runes below RuneSelf are a single byte
	MaxRune   = '\U0010FFFF' // the largest valid code point
	UTFMax    = 4            // the largest number of bytes of an encoded rune
)

// The shape of an encoding, by its first byte: how many bytes it claims
// (0 for a byte that cannot begin one), and the range its second byte must
// lie in, narrower than 0x80-0xBF where the shortest form, the surrogates
// or the limit of MaxRune demand it.
type leadInfo struct {
	size   uint8
	lo, hi uint8
}

func lead(b byte) leadInfo {
	switch {
	case b < 0x80:
		return leadInfo{1, 0, 0}
	case b < 0xC2: // continuation bytes, and C0 C1 (overlong 2-byte forms)
		return leadInfo{0, 0, 0}
	case b < 0xE0:
		return leadInfo{2, 0x80, 0xBF}
	case b == 0xE0: // E0 80-9F would be overlong
		return leadInfo{3, 0xA0, 0xBF}
	case b == 0xED: // ED A0-BF would be a surrogate
		return leadInfo{3, 0x80, 0x9F}
	case b < 0xF0:
		return leadInfo{3, 0x80, 0xBF}
	case b == 0xF0: // F0 80-8F would be overlong
		return leadInfo{4, 0x90, 0xBF}
	case b < 0xF4:
		return leadInfo{4, 0x80, 0xBF}
	case b == 0xF4: // F4 90-BF would pass MaxRune
		return leadInfo{4, 0x80, 0x8F}
	}
	return leadInfo{0, 0, 0}
}

// isCont reports whether b is a continuation byte (10xxxxxx).
func isCont(b byte) bool { return b&0xC0 == 0x80 }

// FullRune reports whether p begins with a whole encoded rune: a valid
// one, or an invalid sequence that decodes as RuneError of width 1.
func FullRune(p []byte) bool {
	if len(p) == 0 {
		return false
	}
	l := lead(p[0])
	if l.size == 0 || len(p) >= int(l.size) {
		return true
	}
	// Too short for what p[0] claims: complete only if what there is
	// already fails.
	if len(p) > 1 && (p[1] < l.lo || l.hi < p[1]) {
		return true
	}
	return len(p) > 2 && !isCont(p[2])
}

// FullRuneInString is FullRune of a string.
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	l := lead(s[0])
	if l.size == 0 || len(s) >= int(l.size) {
		return true
	}
	if len(s) > 1 && (s[1] < l.lo || l.hi < s[1]) {
		return true
	}
	return len(s) > 2 && !isCont(s[2])
}

// DecodeRune decodes the first rune of p and returns it with its width. An
// empty p gives (RuneError, 0); an invalid or incomplete encoding gives
// (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	n := len(p)
	if n == 0 {
		return RuneError, 0
	}
	b0 := p[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	l := lead(b0)
	if l.size == 0 || n < int(l.size) {
		return RuneError, 1
	}
	b1 := p[1]
	if b1 < l.lo || l.hi < b1 {
		return RuneError, 1
	}
	if l.size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := p[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if l.size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := p[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeRuneInString is DecodeRune of a string.
func DecodeRuneInString(s string) (r rune, size int) {
	n := len(s)
	if n == 0 {
		return RuneError, 0
	}
	b0 := s[0]
	if b0 < RuneSelf {
		return rune(b0), 1
	}
	l := lead(b0)
	if l.size == 0 || n < int(l.size) {
		return RuneError, 1
	}
	b1 := s[1]
	if b1 < l.lo || l.hi < b1 {
		return RuneError, 1
	}
	if l.size == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	b2 := s[2]
	if !isCont(b2) {
		return RuneError, 1
	}
	if l.size == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	b3 := s[3]
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// DecodeLastRune decodes the last rune of p and returns it with its width;
// as DecodeRune, (RuneError, 0) if p is empty and (RuneError, 1) if p does
// not end in a valid encoding.
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	// Back up to the nearest byte that may start a rune, at most UTFMax
	// bytes from the end.
	start := end - 1
	for lim := max(end-UTFMax, 0); start > lim && !RuneStart(p[start]); start-- {
	}
	r, size = DecodeRune(p[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune of a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := end - 1
	for lim := max(end-UTFMax, 0); start > lim && !RuneStart(s[start]); start-- {
	}
	r, size = DecodeRuneInString(s[start:end])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

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

// RuneCount returns the number of runes in p, each invalid or incomplete
// encoding counting as one rune of width 1.
func RuneCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRune(p[i:])
		i += size
	}
	return n
}

// RuneCountInString is RuneCount of a string.
func RuneCountInString(s string) (n int) {
	for i := 0; i < len(s); n++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, size := DecodeRuneInString(s[i:])
		i += size
	}
	return n
}

// RuneStart reports whether b can begin an encoded rune: it is not a
// continuation byte (10xxxxxx).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// Valid reports whether p is entirely valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRune(p[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// ValidString reports whether s is entirely valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, size := DecodeRuneInString(s[i:])
		if r == RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

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
