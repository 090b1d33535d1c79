// Package path implements manipulation of slash-separated paths, such as
// URL paths (for file names of the host, see path/filepath).
//
// Every body is here, in plain Go.
package path

// Not strings: path is imported by io/fs (so by os and fmt), and strings
// brings unicode's tables with it.


// lazybuf builds the output of Clean, which is often a prefix of its
// input: it copies only from the first byte that differs.
type lazybuf struct {
	s   string
	buf []byte // nil while the output is s[:w]
	w   int
}

func (b *lazybuf) index(i int) byte {
	if b.buf != nil {
		return b.buf[i]
	}
	return b.s[i]
}

func (b *lazybuf) append(c byte) {
	if b.buf == nil {
		if b.w < len(b.s) && b.s[b.w] == c {
			b.w++
			return
		}
		b.buf = make([]byte, len(b.s))
		copy(b.buf, b.s[:b.w])
	}
	b.buf[b.w] = c
	b.w++
}

func (b *lazybuf) string() string {
	if b.buf == nil {
		return b.s[:b.w]
	}
	return string(b.buf[:b.w])
}

// Clean returns the shortest path equivalent to path by lexical
// processing: it collapses slashes, drops "." elements, resolves ".."
// against the element before it (a rooted path's leading ".." are
// dropped), and drops a trailing slash; "" becomes ".".
func Clean(path string) string {
	if path == "" {
		return "."
	}
	rooted := path[0] == '/'
	n := len(path)
	out := lazybuf{s: path}
	// r reads path; dotdot is where ".." can no longer back up.
	r, dotdot := 0, 0
	if rooted {
		out.append('/')
		r, dotdot = 1, 1
	}
	for r < n {
		switch {
		case path[r] == '/':
			r++
		case path[r] == '.' && (r+1 == n || path[r+1] == '/'):
			r++
		case path[r] == '.' && path[r+1] == '.' && (r+2 == n || path[r+2] == '/'):
			r += 2
			switch {
			case out.w > dotdot:
				// Back up over the last element.
				out.w--
				for out.w > dotdot && out.index(out.w) != '/' {
					out.w--
				}
			case !rooted:
				// Nothing to back up over: keep the "..".
				if out.w > 0 {
					out.append('/')
				}
				out.append('.')
				out.append('.')
				dotdot = out.w
			}
		default:
			if rooted && out.w != 1 || !rooted && out.w != 0 {
				out.append('/')
			}
			for ; r < n && path[r] != '/'; r++ {
				out.append(path[r])
			}
		}
	}
	if out.w == 0 {
		return "."
	}
	return out.string()
}

// Split splits path after its last slash: dir ends in the slash (or is
// empty), file has none.
func Split(path string) (dir, file string) {
	i := lastSlash(path)
	return path[:i+1], path[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result;
// "" if all are empty.
func Join(elem ...string) string {
	size := 0
	for _, e := range elem {
		size += len(e)
	}
	if size == 0 {
		return ""
	}
	buf := make([]byte, 0, size+len(elem)-1)
	for _, e := range elem {
		if len(buf) > 0 || e != "" {
			if len(buf) > 0 {
				buf = append(buf, '/')
			}
			buf = append(buf, e...)
		}
	}
	return Clean(string(buf))
}

// Ext returns the extension of the last element of path: from its last
// dot, or "".
func Ext(path string) string {
	for i := len(path) - 1; i >= 0 && path[i] != '/'; i-- {
		if path[i] == '.' {
			return path[i:]
		}
	}
	return ""
}

// Base returns the last element of path, without trailing slashes: "."
// for "", "/" for slashes only.
func Base(path string) string {
	if path == "" {
		return "."
	}
	for len(path) > 0 && path[len(path)-1] == '/' {
		path = path[0 : len(path)-1]
	}
	if i := lastSlash(path); i >= 0 {
		path = path[i+1:]
	}
	if path == "" {
		return "/"
	}
	return path
}

// IsAbs reports whether path begins with a slash.
func IsAbs(path string) bool { return len(path) > 0 && path[0] == '/' }

// Dir returns all of path but its last element, cleaned.
func Dir(path string) string {
	dir, _ := Split(path)
	return Clean(dir)
}

// lastSlash is the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}
