package bufio_test

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	ours "gorunstd/bufio"
)

type log struct{ lines []string }

func (l *log) add(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// chunky reads data in chunks of the given sizes (0: an empty read), then
// returns err or io.EOF, with the last chunk if withData.
type chunky struct {
	data     []byte
	sizes    []int
	err      error
	withData bool
	log      *log
}

func (r *chunky) Read(p []byte) (int, error) {
	r.log.add("Read(len %d)", len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := len(p)
	if len(r.sizes) > 0 {
		n = min(n, r.sizes[0])
		r.sizes = r.sizes[1:]
	}
	n = copy(p, r.data[:min(n, len(r.data))])
	r.data = r.data[n:]
	if len(r.data) == 0 && r.withData {
		if r.err != nil {
			return n, r.err
		}
		return n, io.EOF
	}
	return n, nil
}

type recWriter struct {
	max, fail int
	got       []byte
	log       *log
	n         int
}

func (w *recWriter) Write(p []byte) (int, error) {
	w.n++
	w.log.add("Write(%q)", p)
	if w.fail > 0 && w.n >= w.fail {
		return 0, errors.New("write failed")
	}
	n := len(p)
	if w.max >= 0 {
		n = min(n, w.max)
	}
	w.got = append(w.got, p[:n]...)
	return n, nil
}

type sWriter struct{ recWriter }

func (w *sWriter) WriteString(s string) (int, error) {
	w.log.add("WriteString(%q)", s)
	return w.recWriter.Write([]byte(s))
}

type rfWriter struct{ recWriter }

func (w *rfWriter) ReadFrom(r io.Reader) (int64, error) {
	w.log.add("ReadFrom")
	data, err := io.ReadAll(r)
	w.got = append(w.got, data...)
	return int64(len(data)), err
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

var alphabet = []string{"a", "b", "\n", "\r\n", "\r", " ", "é", "€", "\xff", "\xe2\x82", "xyz", "  ", "\u2003", "line of text"}

func randText(rng *rand.Rand, n int) []byte {
	var b []byte
	for len(b) < n {
		b = append(b, alphabet[rng.Intn(len(alphabet))]...)
	}
	return b
}

func randSizes(rng *rand.Rand) []int {
	var s []int
	for i := 0; i < 40; i++ {
		switch rng.Intn(6) {
		case 0:
			s = append(s, 0)
		case 1:
			s = append(s, 1)
		default:
			s = append(s, rng.Intn(50))
		}
	}
	return s
}

func TestReader(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 1500; trial++ {
		data := randText(rng, rng.Intn(300))
		sizes := randSizes(rng)
		var fail error
		if rng.Intn(4) == 0 {
			fail = errors.New("boom")
		}
		withData := rng.Intn(2) == 0
		size := rng.Intn(40)
		la, lb := &log{}, &log{}
		a := ours.NewReaderSize(&chunky{data, append([]int(nil), sizes...), fail, withData, la}, size)
		b := bufio.NewReaderSize(&chunky{data, append([]int(nil), sizes...), fail, withData, lb}, size)
		var xa, xb []string
		for step := 0; step < 30; step++ {
			var s, u string
			switch op := rng.Intn(15); op {
			case 0:
				n := rng.Intn(50)
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := a.Read(p)
				n2, e2 := b.Read(q)
				s, u = fmt.Sprint(n1, errText(e1), p[:n1]), fmt.Sprint(n2, errText(e2), q[:n2])
			case 1:
				c1, e1 := a.ReadByte()
				c2, e2 := b.ReadByte()
				s, u = fmt.Sprint(c1, errText(e1)), fmt.Sprint(c2, errText(e2))
			case 2:
				s, u = errText(a.UnreadByte()), errText(b.UnreadByte())
			case 3:
				r1, n1, e1 := a.ReadRune()
				r2, n2, e2 := b.ReadRune()
				s, u = fmt.Sprint(r1, n1, errText(e1)), fmt.Sprint(r2, n2, errText(e2))
			case 4:
				s, u = errText(a.UnreadRune()), errText(b.UnreadRune())
			case 5:
				n := rng.Intn(50) - 2
				p1, e1 := a.Peek(n)
				p2, e2 := b.Peek(n)
				s, u = fmt.Sprintf("%q %s", p1, errText(e1)), fmt.Sprintf("%q %s", p2, errText(e2))
			case 6:
				n := rng.Intn(50) - 2
				d1, e1 := a.Discard(n)
				d2, e2 := b.Discard(n)
				s, u = fmt.Sprint(d1, errText(e1)), fmt.Sprint(d2, errText(e2))
			case 7:
				l1, e1 := a.ReadSlice('\n')
				l2, e2 := b.ReadSlice('\n')
				s, u = fmt.Sprintf("%q %s", l1, errText(e1)), fmt.Sprintf("%q %s", l2, errText(e2))
			case 8:
				l1, p1, e1 := a.ReadLine()
				l2, p2, e2 := b.ReadLine()
				s, u = fmt.Sprintf("%q %v %v %s", l1, l1 == nil, p1, errText(e1)), fmt.Sprintf("%q %v %v %s", l2, l2 == nil, p2, errText(e2))
			case 9:
				l1, e1 := a.ReadBytes(' ')
				l2, e2 := b.ReadBytes(' ')
				s, u = fmt.Sprintf("%q %s", l1, errText(e1)), fmt.Sprintf("%q %s", l2, errText(e2))
			case 10:
				l1, e1 := a.ReadString('b')
				l2, e2 := b.ReadString('b')
				s, u = fmt.Sprintf("%q %s", l1, errText(e1)), fmt.Sprintf("%q %s", l2, errText(e2))
			case 11:
				s, u = fmt.Sprint(a.Buffered(), a.Size()), fmt.Sprint(b.Buffered(), b.Size())
			case 12:
				if rng.Intn(5) == 0 {
					var w1, w2 io.Writer
					wa, wb := &recWriter{max: -1, log: la}, &recWriter{max: -1, log: lb}
					w1, w2 = wa, wb
					if rng.Intn(2) == 0 {
						w1, w2 = &rfWriter{recWriter{max: -1, log: la}}, &rfWriter{recWriter{max: -1, log: lb}}
					} else if rng.Intn(2) == 0 {
						wa.max, wb.max = 3, 3
					}
					n1, e1 := a.WriteTo(w1)
					n2, e2 := b.WriteTo(w2)
					s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
				}
			case 13:
				if rng.Intn(10) == 0 {
					d := randText(rng, rng.Intn(30))
					a.Reset(&chunky{d, []int{5, 0, 7}, nil, false, la})
					b.Reset(&chunky{d, []int{5, 0, 7}, nil, false, lb})
				}
			case 14:
				n := rng.Intn(5)
				p, q := make([]byte, n), make([]byte, n)
				n1, e1 := io.ReadFull(a, p)
				n2, e2 := io.ReadFull(b, q)
				s, u = fmt.Sprint(n1, errText(e1), p), fmt.Sprint(n2, errText(e2), q)
			}
			xa, xb = append(xa, s), append(xb, u)
		}
		if !reflect.DeepEqual(xa, xb) || !reflect.DeepEqual(la.lines, lb.lines) {
			for i := range xa {
				if xa[i] != xb[i] {
					t.Fatalf("trial %d step %d: %s, want %s", trial, i, xa[i], xb[i])
				}
			}
			t.Fatalf("trial %d: calls differ:\n%v\n%v", trial, la.lines, lb.lines)
		}
	}
	// NewReaderSize returns its argument when it is large enough.
	r := ours.NewReaderSize(strings.NewReader(""), 100)
	if ours.NewReaderSize(r, 50) != r || ours.NewReaderSize(r, 200) == r || ours.NewReader(r) == r {
		t.Errorf("NewReaderSize wrapping")
	}
}

// TestWriter runs the same random operations on both Writers and compares
// every result and every call to the underlying writer.
func TestWriter(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 2000; trial++ {
		size := rng.Intn(30) - 2
		max, fail := -1, 0
		switch rng.Intn(4) {
		case 0:
			max = 1 + rng.Intn(10) // a Write of 0 bytes without an error would loop forever, in Go too
		case 1:
			fail = 1 + rng.Intn(5)
		}
		kind := rng.Intn(3)
		mk := func(l *log) io.Writer {
			switch kind {
			case 0:
				return &recWriter{max: max, fail: fail, log: l}
			case 1:
				return &sWriter{recWriter{max: max, fail: fail, log: l}}
			}
			return &rfWriter{recWriter{max: max, fail: fail, log: l}}
		}
		la, lb := &log{}, &log{}
		a, b := ours.NewWriterSize(mk(la), size), bufio.NewWriterSize(mk(lb), size)
		ops := make([]int, 25)
		for i := range ops {
			ops[i] = rng.Intn(7)
		}
		texts := make([][]byte, 25)
		for i := range texts {
			texts[i] = randText(rng, rng.Intn(60))
		}
		var xa, xb []string
		for i, op := range ops {
			var s, u string
			d := texts[i]
			switch op {
			case 0:
				n1, e1 := a.Write(d)
				n2, e2 := b.Write(d)
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 1:
				n1, e1 := a.WriteString(string(d))
				n2, e2 := b.WriteString(string(d))
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 2:
				c := byte(len(d))
				s, u = errText(a.WriteByte(c)), errText(b.WriteByte(c))
			case 3:
				r := []rune{'a', 'é', '€', '😀', -1}[i%5]
				n1, e1 := a.WriteRune(r)
				n2, e2 := b.WriteRune(r)
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 4:
				s, u = errText(a.Flush()), errText(b.Flush())
			case 5:
				n1, e1 := a.ReadFrom(&chunky{d, []int{3, 0, 9, 100}, nil, i%2 == 0, la})
				n2, e2 := b.ReadFrom(&chunky{d, []int{3, 0, 9, 100}, nil, i%2 == 0, lb})
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 6:
				s, u = fmt.Sprint(a.Available(), a.Buffered()), fmt.Sprint(b.Available(), b.Buffered())
			}
			xa, xb = append(xa, s), append(xb, u)
		}
		if !reflect.DeepEqual(xa, xb) || !reflect.DeepEqual(la.lines, lb.lines) {
			t.Fatalf("trial %d: differ:\n%v\n%v\n%v\n%v", trial, xa, xb, la.lines, lb.lines)
		}
	}
}

func TestScanner(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	type split struct {
		a ours.SplitFunc
		b bufio.SplitFunc
	}
	final := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, 'x'); i >= 0 {
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return bufio.ScanWords(data, atEOF)
	}
	finalOurs := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, 'x'); i >= 0 {
			return i + 1, data[:i], ours.ErrFinalToken
		}
		return ours.ScanWords(data, atEOF)
	}
	bad := func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) > 5 {
			return len(data) + 1, nil, nil
		}
		if atEOF && len(data) > 0 {
			return -1, nil, nil
		}
		return 0, nil, nil
	}
	empty := func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF {
			return 0, []byte{}, nil
		}
		return len(data), nil, nil
	}
	splits := []split{
		{ours.ScanLines, bufio.ScanLines},
		{ours.ScanWords, bufio.ScanWords},
		{ours.ScanRunes, bufio.ScanRunes},
		{ours.ScanBytes, bufio.ScanBytes},
		{finalOurs, final},
		{bad, bad},
		{empty, empty},
	}
	for trial := 0; trial < 1500; trial++ {
		data := randText(rng, rng.Intn(400))
		if trial%50 == 0 {
			data = bytes.Repeat([]byte("long line without end "), 300)
		}
		sizes := randSizes(rng)
		var fail error
		if rng.Intn(5) == 0 {
			fail = errors.New("boom")
		}
		sp := splits[rng.Intn(len(splits))]
		la, lb := &log{}, &log{}
		a := ours.NewScanner(&chunky{data, append([]int(nil), sizes...), fail, trial%2 == 0, la})
		b := bufio.NewScanner(&chunky{data, append([]int(nil), sizes...), fail, trial%2 == 0, lb})
		a.Split(sp.a)
		b.Split(sp.b)
		if rng.Intn(3) == 0 {
			n, m := rng.Intn(20), 16+rng.Intn(100)
			a.Buffer(make([]byte, n), m)
			b.Buffer(make([]byte, n), m)
		}
		var xa, xb []string
		pa := catch(func() {
			for a.Scan() {
				xa = append(xa, fmt.Sprintf("%q", a.Bytes()))
			}
			xa = append(xa, errText(a.Err()), fmt.Sprint(a.Scan()))
		})
		pb := catch(func() {
			for b.Scan() {
				xb = append(xb, fmt.Sprintf("%q", b.Bytes()))
			}
			xb = append(xb, errText(b.Err()), fmt.Sprint(b.Scan()))
		})
		if pa != pb || !reflect.DeepEqual(xa, xb) || !reflect.DeepEqual(la.lines, lb.lines) {
			t.Fatalf("trial %d: %q %v, want %q %v\n%v\n%v", trial, pa, xa, pb, xb, la.lines, lb.lines)
		}
		pa = catch(func() { a.Split(ours.ScanBytes) })
		pb = catch(func() { b.Split(bufio.ScanBytes) })
		if pa != pb {
			t.Fatalf("Split after Scan: %q, want %q", pa, pb)
		}
	}
	for _, in := range []string{"", "x", " ", "\u2003a\u3000b\u1680", "a\xffb", "\xe2\x82", "\xe2\x82\xac"} {
		for _, atEOF := range []bool{false, true} {
			for k, fs := range [][2]func([]byte, bool) (int, []byte, error){{ours.ScanRunes, bufio.ScanRunes}, {ours.ScanWords, bufio.ScanWords}, {ours.ScanLines, bufio.ScanLines}} {
				var n1, n2 int
				var t1, t2 []byte
				var e1, e2 error
				p1 := catch(func() { n1, t1, e1 = fs[0]([]byte(in), atEOF) })
				p2 := catch(func() { n2, t2, e2 = fs[1]([]byte(in), atEOF) })
				if p1 != p2 || n1 != n2 || !bytes.Equal(t1, t2) || (t1 == nil) != (t2 == nil) || errText(e1) != errText(e2) {
					t.Errorf("split %d(%q, %v) = %d %q %v, want %d %q %v", k, in, atEOF, n1, t1, e1, n2, t2, e2)
				}
			}
		}
	}
}

func catch(f func()) (p string) {
	defer func() {
		if r := recover(); r != nil {
			p = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}
