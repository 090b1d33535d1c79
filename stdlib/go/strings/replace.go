package strings

import (
	"io"
	"sync"
)

// A Replacer replaces a list of strings with replacements; it is safe for
// concurrent use. The matching structure is built on first use.
type Replacer struct {
	once   sync.Once
	r      replacer
	oldnew []string
}

// replacer is one of the matching strategies below, chosen by the shape of
// the pairs. Each writes what Go's corresponding strategy writes, in the
// same pieces, since a Writer given to WriteString can see them.
type replacer interface {
	Replace(s string) string
	WriteString(w io.Writer, s string) (n int, err error)
}

// NewReplacer returns a Replacer of the old, new pairs: at each position
// of the target, the first pair (in argument order) whose old string
// matches there is replaced, and matching resumes after it. It panics if
// given an odd number of strings.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

func (r *Replacer) buildOnce() {
	r.r = r.build()
	r.oldnew = nil
}

func (r *Replacer) build() replacer {
	oldnew := r.oldnew
	if len(oldnew) == 2 && len(oldnew[0]) > 1 {
		return &singleStringReplacer{old: oldnew[0], new: oldnew[1]}
	}
	allNewBytes := true
	for i := 0; i < len(oldnew); i += 2 {
		if len(oldnew[i]) != 1 {
			return newGenericReplacer(oldnew)
		}
		if len(oldnew[i+1]) != 1 {
			allNewBytes = false
		}
	}
	// Every old is one byte; earlier pairs win, so fill from the last.
	if allNewBytes {
		b := new(byteReplacer)
		for i := range b {
			b[i] = byte(i)
		}
		for i := len(oldnew) - 2; i >= 0; i -= 2 {
			b[oldnew[i][0]] = oldnew[i+1][0]
		}
		return b
	}
	b := new(byteStringReplacer)
	for i := len(oldnew) - 2; i >= 0; i -= 2 {
		c := oldnew[i][0]
		b.has[c] = true
		b.new[c] = oldnew[i+1]
	}
	return b
}

// Replace returns s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	r.once.Do(r.buildOnce)
	return r.r.Replace(s)
}

// WriteString writes s with all replacements performed to w.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	r.once.Do(r.buildOnce)
	return r.r.WriteString(w, s)
}

// stringWriter adapts a Writer without WriteString.
type stringWriter struct{ w io.Writer }

func (w stringWriter) WriteString(s string) (int, error) { return w.w.Write([]byte(s)) }

func asStringWriter(w io.Writer) io.StringWriter {
	if sw, ok := w.(io.StringWriter); ok {
		return sw
	}
	return stringWriter{w}
}

// builderWriter collects what a replacer writes, for Replace.
type builderWriter struct{ b []byte }

func (w *builderWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func (w *builderWriter) WriteString(s string) (int, error) {
	w.b = append(w.b, s...)
	return len(s), nil
}

// genericReplacer handles any pairs. byFirst lists, for each byte, the
// pairs whose old string starts with it, in argument order; empty is the
// first pair whose old string is empty, or -1.
type genericReplacer struct {
	oldnew  []string
	byFirst [256][]int
	empty   int
}

func newGenericReplacer(oldnew []string) *genericReplacer {
	r := &genericReplacer{oldnew: oldnew, empty: -1}
	for i := 0; i < len(oldnew); i += 2 {
		if old := oldnew[i]; old == "" {
			if r.empty < 0 {
				r.empty = i
			}
		} else {
			r.byFirst[old[0]] = append(r.byFirst[old[0]], i)
		}
	}
	return r
}

// lookup finds the first pair whose old string begins s, ignoring an
// empty old string if ignoreEmpty.
func (r *genericReplacer) lookup(s string, ignoreEmpty bool) (val string, keylen int, found bool) {
	best := -1
	if s != "" {
		for _, i := range r.byFirst[s[0]] {
			if HasPrefix(s, r.oldnew[i]) {
				best = i
				break
			}
		}
	}
	if !ignoreEmpty && r.empty >= 0 && (best < 0 || r.empty < best) {
		best = r.empty
	}
	if best < 0 {
		return "", 0, false
	}
	return r.oldnew[best+1], len(r.oldnew[best]), true
}

func (r *genericReplacer) Replace(s string) string {
	w := &builderWriter{b: make([]byte, 0, len(s))}
	r.WriteString(w, s)
	return string(w.b)
}

func (r *genericReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	var last, wn int
	// After an empty match, the same position may still match a non-empty
	// old string, but not the empty one again.
	prevMatchEmpty := false
	for i := 0; i <= len(s); {
		val, keylen, match := r.lookup(s[i:], prevMatchEmpty)
		prevMatchEmpty = match && keylen == 0
		if !match {
			i++
			continue
		}
		wn, err = sw.WriteString(s[last:i])
		n += wn
		if err != nil {
			return n, err
		}
		wn, err = sw.WriteString(val)
		n += wn
		if err != nil {
			return n, err
		}
		i += keylen
		last = i
	}
	if last != len(s) {
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return n, err
}

// singleStringReplacer replaces one old string of two or more bytes.
type singleStringReplacer struct {
	old, new string
}

func (r *singleStringReplacer) Replace(s string) string {
	var b Builder
	i, matched := 0, false
	for {
		m := Index(s[i:], r.old)
		if m < 0 {
			break
		}
		matched = true
		b.Grow(m + len(r.new))
		b.WriteString(s[i : i+m])
		b.WriteString(r.new)
		i += m + len(r.old)
	}
	if !matched {
		return s
	}
	b.WriteString(s[i:])
	return b.String()
}

func (r *singleStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	var i, wn int
	for {
		m := Index(s[i:], r.old)
		if m < 0 {
			break
		}
		wn, err = sw.WriteString(s[i : i+m])
		n += wn
		if err != nil {
			return n, err
		}
		wn, err = sw.WriteString(r.new)
		n += wn
		if err != nil {
			return n, err
		}
		i += m + len(r.old)
	}
	wn, err = sw.WriteString(s[i:])
	n += wn
	return n, err
}

// byteReplacer replaces single bytes with single bytes: entry b is what
// byte b becomes.
type byteReplacer [256]byte

func (r *byteReplacer) Replace(s string) string {
	var buf []byte // allocated at the first change
	for i := 0; i < len(s); i++ {
		if b := s[i]; r[b] != b {
			if buf == nil {
				buf = []byte(s)
			}
			buf[i] = r[b]
		}
	}
	if buf == nil {
		return s
	}
	return string(buf)
}

func (r *byteReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if r[b] == b {
			continue
		}
		if last != i {
			wn, err := sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		wn, err := w.Write([]byte{r[b]})
		n += wn
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		wn, err := sw.WriteString(s[last:])
		n += wn
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// byteStringReplacer replaces single bytes with strings: has[b] tells
// whether byte b is replaced, by new[b].
type byteStringReplacer struct {
	has [256]bool
	new [256]string
}

func (r *byteStringReplacer) Replace(s string) string {
	size, changed := len(s), false
	for i := 0; i < len(s); i++ {
		if b := s[i]; r.has[b] {
			size += len(r.new[b]) - 1
			changed = true
		}
	}
	if !changed {
		return s
	}
	buf := make([]byte, 0, size)
	for i := 0; i < len(s); i++ {
		if b := s[i]; r.has[b] {
			buf = append(buf, r.new[b]...)
		} else {
			buf = append(buf, b)
		}
	}
	return string(buf)
}

func (r *byteStringReplacer) WriteString(w io.Writer, s string) (n int, err error) {
	sw := asStringWriter(w)
	last := 0
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !r.has[b] {
			continue
		}
		if last != i {
			wn, err := sw.WriteString(s[last:i])
			n += wn
			if err != nil {
				return n, err
			}
		}
		last = i + 1
		wn, err := w.Write([]byte(r.new[b]))
		n += wn
		if err != nil {
			return n, err
		}
	}
	if last != len(s) {
		var wn int
		wn, err = sw.WriteString(s[last:])
		n += wn
	}
	return n, err
}
