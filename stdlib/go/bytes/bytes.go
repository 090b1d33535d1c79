// Package bytes implements functions on byte slices, mirroring package
// strings, and the Buffer and Reader types.
//
// Every body is here, in plain Go. Functions that return parts of their
// argument return subslices of it, with the capacities Go gives them (a
// piece of Split or Fields cannot be appended to over its neighbour), and
// return nil or an empty slice where Go does.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

const maxInt = int(^uint(0) >> 1)

// Equal reports whether a and b hold the same bytes; nil equals empty.
func Equal(a, b []byte) bool { return string(a) == string(b) }

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b
// in byte-wise order; nil equals empty.
func Compare(a, b []byte) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return +1
	}
	return 0
}

// explode splits s into UTF-8 sequences (an invalid byte being one), at
// most n pieces (all if n <= 0), the last holding the rest.
func explode(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	a := make([][]byte, n)
	na := 0
	for len(s) > 0 {
		if na+1 >= n {
			a[na] = s
			na++
			break
		}
		_, size := utf8.DecodeRune(s)
		a[na] = s[0:size:size]
		s = s[size:]
		na++
	}
	return a[0:na]
}

// Count returns the number of non-overlapping instances of sep in s; if
// sep is empty, one more than the number of runes in s.
func Count(s, sep []byte) int {
	switch len(sep) {
	case 0:
		return utf8.RuneCount(s) + 1
	case 1:
		c, n := sep[0], 0
		for _, b := range s {
			if b == c {
				n++
			}
		}
		return n
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) != -1 }

// ContainsAny reports whether any rune of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// ContainsFunc reports whether some rune r of b satisfies f(r).
func ContainsFunc(b []byte, f func(rune) bool) bool { return IndexFunc(b, f) >= 0 }

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	// Candidates are found by their first byte; after many false ones the
	// search switches to Rabin-Karp, which is linear whatever the input.
	c0 := sep[0]
	fails := 0
	for i := 0; i <= len(s)-n; {
		if s[i] != c0 {
			o := IndexByte(s[i+1:len(s)-n+1], c0)
			if o < 0 {
				return -1
			}
			i += o + 1
		}
		if Equal(s[i:i+n], sep) {
			return i
		}
		i++
		fails++
		if fails > 16+i>>4 {
			if j := indexRabinKarp(s[i:], sep); j >= 0 {
				return i + j
			}
			return -1
		}
	}
	return -1
}

// primeRK is the base of the rolling hash of Rabin-Karp's search.
const primeRK = 16777619

// powRK returns primeRK to the power n.
func powRK(n int) uint32 {
	pow, sq := uint32(1), uint32(primeRK)
	for ; n > 0; n >>= 1 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// indexRabinKarp returns the index of the first sep in s, or -1.
func indexRabinKarp(s, sep []byte) int {
	n := len(sep)
	if n > len(s) {
		return -1
	}
	want, h := uint32(0), uint32(0)
	for i := 0; i < n; i++ {
		want = want*primeRK + uint32(sep[i])
		h = h*primeRK + uint32(s[i])
	}
	pow := powRK(n)
	if h == want && Equal(s[:n], sep) {
		return 0
	}
	for i := n; i < len(s); {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i-n])
		i++
		if h == want && Equal(s[i-n:i], sep) {
			return i - n
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n == len(s):
		if Equal(s, sep) {
			return 0
		}
		return -1
	case n > len(s):
		return -1
	}
	// Rabin-Karp from the end, each window hashed read backwards.
	last := len(s) - n
	want, h := uint32(0), uint32(0)
	for i := n - 1; i >= 0; i-- {
		want = want*primeRK + uint32(sep[i])
		h = h*primeRK + uint32(s[last+i])
	}
	pow := powRK(n)
	if h == want && Equal(s[last:], sep) {
		return last
	}
	for i := last - 1; i >= 0; i-- {
		h = h*primeRK + uint32(s[i]) - pow*uint32(s[i+n])
		if h == want && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s, or -1. For
// utf8.RuneError it finds the first invalid byte or encoded U+FFFD; an
// invalid rune is never found.
func IndexRune(s []byte, r rune) int {
	switch {
	case 0 <= r && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			r1, n := utf8.DecodeRune(s[i:])
			if r1 == utf8.RuneError {
				return i
			}
			i += n
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	return Index(s, enc[:n])
}

// containsRune reports whether chars holds r (utf8.RuneError matching an
// invalid byte too).
func containsRune(chars string, r rune) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1 (invalid bytes on either side match each other and U+FFFD).
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeASCIISet(chars); ok {
		for i, c := range s {
			if set.contains(c) {
				return i
			}
		}
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if containsRune(chars, r) {
			return i
		}
		i += size
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	if set, ok := makeASCIISet(chars); ok {
		for i := len(s) - 1; i >= 0; i-- {
			if set.contains(s[i]) {
				return i
			}
		}
		return -1
	}
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if containsRune(chars, r) {
			return i
		}
	}
	return -1
}

// asciiSet is a set of ASCII bytes: bit c%32 of word c/32.
type asciiSet [8]uint32

// makeASCIISet returns the set of the bytes of chars, and whether they are
// all ASCII.
func makeASCIISet(chars string) (set asciiSet, ok bool) {
	for i := 0; i < len(chars); i++ {
		c := chars[i]
		if c >= utf8.RuneSelf {
			return set, false
		}
		set[c/32] |= 1 << (c % 32)
	}
	return set, true
}

func (set *asciiSet) contains(c byte) bool {
	return set[c/32]&(1<<(c%32)) != 0
}

// genSplit splits s around sep, keeping sepSave bytes of sep with each
// piece, into at most n pieces (all if n < 0).
func genSplit(s, sep []byte, sepSave, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return explode(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	n = min(n, len(s)+1)
	a := make([][]byte, n)
	i := 0
	for ; i < n-1; i++ {
		m := Index(s, sep)
		if m < 0 {
			break
		}
		a[i] = s[: m+sepSave : m+sepSave]
		s = s[m+len(sep):]
	}
	a[i] = s
	return a[:i+1]
}

// SplitN splits s around sep into at most n subslices, the last holding
// the rest: n == 0 gives nil, n < 0 all of them. An empty sep splits
// between UTF-8 sequences.
func SplitN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, 0, n) }

// SplitAfterN is SplitN with each subslice keeping its sep.
func SplitAfterN(s, sep []byte, n int) [][]byte { return genSplit(s, sep, len(sep), n) }

// Split splits s around every sep.
func Split(s, sep []byte) [][]byte { return genSplit(s, sep, 0, -1) }

// SplitAfter is Split with each subslice keeping its sep.
func SplitAfter(s, sep []byte) [][]byte { return genSplit(s, sep, len(sep), -1) }

// isASCIISpace reports whether c is one of the ASCII white spaces.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte {
	n := 0
	inSpace := true
	for _, c := range s {
		if c >= utf8.RuneSelf {
			return FieldsFunc(s, unicode.IsSpace)
		}
		sp := isASCIISpace(c)
		if inSpace && !sp {
			n++
		}
		inSpace = sp
	}
	a := make([][]byte, n)
	na, start := 0, -1
	for i, c := range s {
		if isASCIISpace(c) {
			if start >= 0 {
				a[na] = s[start:i:i]
				na++
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		a[na] = s[start:len(s):len(s)]
	}
	return a
}

// FieldsFunc splits s around runs of runes satisfying f.
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	type span struct{ start, end int }
	spans := make([]span, 0, 32)
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) {
			if start >= 0 {
				spans = append(spans, span{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		spans = append(spans, span{start, len(s)})
	}
	a := make([][]byte, len(spans))
	for i, sp := range spans {
		a[i] = s[sp.start:sp.end:sp.end]
	}
	return a
}

// Join concatenates the slices of s with sep between each two, into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	switch len(s) {
	case 0:
		return []byte{}
	case 1:
		return append([]byte(nil), s[0]...)
	}
	n := 0
	if len(sep) > 0 {
		if len(sep) >= maxInt/(len(s)-1) {
			panic("bytes: Join output length overflow")
		}
		n = len(sep) * (len(s) - 1)
	}
	for _, v := range s {
		if len(v) > maxInt-n {
			panic("bytes: Join output length overflow")
		}
		n += len(v)
	}
	b := make([]byte, n)
	bp := copy(b, s[0])
	for _, v := range s[1:] {
		bp += copy(b[bp:], sep)
		bp += copy(b[bp:], v)
	}
	return b
}

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// Map returns a new slice of s's runes each replaced by mapping's result,
// dropping those for which it returns a negative value; an invalid byte is
// the rune utf8.RuneError.
func Map(mapping func(r rune) rune, s []byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if r = mapping(r); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
		i += size
	}
	return b
}

// Repeat returns a new slice of count copies of b; it panics if count is
// negative or the result's length would overflow.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b) > maxInt/count {
		panic("bytes: Repeat output length overflow")
	}
	n := len(b) * count
	if n == 0 {
		return []byte{}
	}
	// Double the copied prefix, in chunks of at most 8 KiB so that large
	// results are copied from memory still in cache.
	const chunkLimit = 8 * 1024
	chunkMax := n
	if n > chunkLimit {
		chunkMax = max(chunkLimit/len(b)*len(b), len(b))
	}
	nb := make([]byte, n)
	bp := copy(nb, b)
	for bp < n {
		bp += copy(nb[bp:], nb[:min(bp, chunkMax)])
	}
	return nb
}

// ToUpper returns a new slice of s's runes mapped to upper case.
func ToUpper(s []byte) []byte {
	isASCII, hasLower := true, false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasLower = hasLower || 'a' <= c && c <= 'z'
	}
	if !isASCII {
		return Map(unicode.ToUpper, s)
	}
	if !hasLower {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToLower returns a new slice of s's runes mapped to lower case.
func ToLower(s []byte) []byte {
	isASCII, hasUpper := true, false
	for _, c := range s {
		if c >= utf8.RuneSelf {
			isASCII = false
			break
		}
		hasUpper = hasUpper || 'A' <= c && c <= 'Z'
	}
	if !isASCII {
		return Map(unicode.ToLower, s)
	}
	if !hasUpper {
		return append([]byte(""), s...)
	}
	b := make([]byte, len(s))
	for i, c := range s {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// ToTitle returns a new slice of s's runes mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToUpperSpecial maps s to upper case by c's rules first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToUpper, s) }

// ToLowerSpecial maps s to lower case by c's rules first.
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToLower, s) }

// ToTitleSpecial maps s to title case by c's rules first.
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte { return Map(c.ToTitle, s) }

// ToValidUTF8 returns a new slice of s with each run of invalid bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	b := make([]byte, 0, len(s)+len(replacement))
	invalid := false // the previous byte was invalid
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			invalid = false
			continue
		}
		_, size := utf8.DecodeRune(s[i:])
		if size == 1 {
			if !invalid {
				b = append(b, replacement...)
				invalid = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+size]...)
		i += size
		invalid = false
	}
	return b
}

// isSeparator reports whether r ends a word for Title: ASCII other than
// letters, digits and underscore, and spaces.
func isSeparator(r rune) bool {
	if r <= 0x7F {
		switch {
		case '0' <= r && r <= '9', 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', r == '_':
			return false
		}
		return true
	}
	if unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	return unicode.IsSpace(r)
}

// Title maps the first rune of each word of s to title case.
//
// Deprecated: it does not handle Unicode punctuation; use
// golang.org/x/text/cases.
func Title(s []byte) []byte {
	prev := ' '
	return Map(func(r rune) rune {
		sep := isSeparator(prev)
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// TrimLeftFunc returns s without its leading runes that satisfy f (nil if
// nothing is left).
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc returns s without its trailing runes that satisfy f.
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, size := utf8.DecodeRune(s[i:])
		i += size
	} else {
		i++
	}
	return s[0:i]
}

// TrimFunc returns s without its leading and trailing runes that satisfy
// f.
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimPrefix returns s without the leading prefix, if s has it.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if s has it.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}

// IndexFunc returns the index of the first rune satisfying f, or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the index of the last rune satisfying f, or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRune(s[i:])
		if f(r) == truth {
			return i
		}
		i += size
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRune(s[:i])
		i -= size
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Trim returns s without the leading and trailing runes in cutset (nil if
// nothing is left of a trimmed or empty s).
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimLeft returns s without the leading runes in cutset (nil if nothing
// is left).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && set.contains(s[0]) {
			s = s[1:]
		}
	} else {
		for len(s) > 0 {
			r, n := utf8.DecodeRune(s)
			if !containsRune(cutset, r) {
				break
			}
			s = s[n:]
		}
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight returns s without the trailing runes in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	if set, ok := makeASCIISet(cutset); ok {
		for len(s) > 0 && set.contains(s[len(s)-1]) {
			s = s[:len(s)-1]
		}
		return s
	}
	for len(s) > 0 {
		r, n := utf8.DecodeLastRune(s)
		if !containsRune(cutset, r) {
			break
		}
		s = s[:len(s)-n]
	}
	return s
}

// TrimSpace returns s without leading and trailing white space (nil if
// nothing is left).
func TrimSpace(s []byte) []byte {
	start := 0
	for ; start < len(s); start++ {
		c := s[start]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	if start == len(s) {
		return nil
	}
	end := len(s)
	for ; end > start; end-- {
		c := s[end-1]
		if c >= utf8.RuneSelf {
			return TrimFunc(s[start:end], unicode.IsSpace)
		}
		if !isASCIISpace(c) {
			break
		}
	}
	return s[start:end]
}

// Runes returns the runes of s (utf8.RuneError for an invalid byte).
func Runes(s []byte) []rune {
	t := make([]rune, utf8.RuneCount(s))
	for i := 0; len(s) > 0; i++ {
		r, n := utf8.DecodeRune(s)
		t[i] = r
		s = s[n:]
	}
	return t
}

// Replace returns a new slice of s with its first n non-overlapping
// instances of old replaced by new (all if n < 0). An empty old matches at
// the start and after each UTF-8 sequence.
func Replace(s, old, new []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	t := make([]byte, len(s)+n*(len(new)-len(old)))
	w, start := 0, 0
	if len(old) > 0 {
		for range n {
			j := start + Index(s[start:], old)
			w += copy(t[w:], s[start:j])
			w += copy(t[w:], new)
			start = j + len(old)
		}
	} else {
		w += copy(t[w:], new)
		for range n - 1 {
			_, size := utf8.DecodeRune(s[start:])
			w += copy(t[w:], s[start:start+size])
			w += copy(t[w:], new)
			start += size
		}
	}
	w += copy(t[w:], s[start:])
	return t[0:w]
}

// ReplaceAll returns a new slice of s with every instance of old replaced
// by new.
func ReplaceAll(s, old, new []byte) []byte { return Replace(s, old, new, -1) }

// EqualFold reports whether s and t, as UTF-8, are equal under simple
// Unicode case folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		sr, n := utf8.DecodeRune(s)
		s = s[n:]
		tr, m := utf8.DecodeRune(t)
		t = t[m:]
		if !equalFoldRune(sr, tr) {
			return false
		}
	}
	return len(s) == len(t)
}

// equalFoldRune reports whether sr and tr are equal or fold to each other.
func equalFoldRune(sr, tr rune) bool {
	if sr == tr {
		return true
	}
	if tr < sr {
		sr, tr = tr, sr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	// Walk sr's orbit upwards from sr: it reaches tr if they are in one.
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

// Cut slices s around the first sep: the parts before and after it, and
// whether it was found (if not: s, nil, false).
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// Clone returns a copy of b; the clone of nil is nil.
func Clone(b []byte) []byte {
	if b == nil {
		return nil
	}
	return append([]byte{}, b...)
}

// CutPrefix returns s without prefix and true, or s and false.
func CutPrefix(s, prefix []byte) (after []byte, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

// CutSuffix returns s without suffix and true, or s and false.
func CutSuffix(s, suffix []byte) (before []byte, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[:len(s)-len(suffix)], true
}

// CutLast slices s around the last sep: the parts before and after it,
// and whether it was found (if not: s, nil, false).
func CutLast(s, sep []byte) (before, after []byte, found bool) {
	if i := LastIndex(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}
