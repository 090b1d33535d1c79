package io_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"sync"
	"testing"

	ours "gorunstd/io"
)

// log records the calls the fakes receive.
type log struct{ lines []string }

func (l *log) add(format string, args ...any) {
	l.lines = append(l.lines, fmt.Sprintf(format, args...))
}

// chunky reads data in chunks of the given sizes, then returns eof (or
// err, with the last chunk if errWithData); it records the buffer sizes it
// was given.
type chunky struct {
	data        []byte
	sizes       []int
	eof, err    error
	errWithData bool
	log         *log
}

func (r *chunky) Read(p []byte) (int, error) {
	r.log.add("Read(len %d)", len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, r.eof
	}
	n := len(p)
	if len(r.sizes) > 0 {
		n = min(n, r.sizes[0])
		r.sizes = r.sizes[1:]
	}
	n = copy(p, r.data[:min(n, len(r.data))])
	r.data = r.data[n:]
	if len(r.data) == 0 && r.errWithData {
		if r.err != nil {
			return n, r.err
		}
		return n, r.eof
	}
	return n, nil
}

// recWriter records writes; it accepts at most max bytes of each (all if
// max < 0) and fails after fail writes (never if 0).
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

type sw struct{ recWriter }

func (w *sw) WriteString(s string) (int, error) {
	w.log.add("WriteString(%q)", s)
	return w.recWriter.Write([]byte(s))
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func check(t *testing.T, name string, a, b any) {
	t.Helper()
	if !reflect.DeepEqual(a, b) {
		t.Errorf("%s:\n got %v\nwant %v", name, a, b)
	}
}

func randData(rng *rand.Rand, n int) []byte {
	b := make([]byte, n)
	rng.Read(b)
	return b
}

func TestReadAll(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 300; trial++ {
		n := rng.Intn(5000)
		if trial%10 == 0 {
			n = rng.Intn(200000)
		}
		data := randData(rng, n)
		var sizes []int
		for i := 0; i < 50; i++ {
			sizes = append(sizes, 1+rng.Intn(3000))
		}
		withData := rng.Intn(2) == 0
		var fail error
		if rng.Intn(4) == 0 {
			fail = errors.New("boom")
		}
		la, lb := &log{}, &log{}
		a, ea := ours.ReadAll(&chunky{data: data, sizes: sizes, eof: ours.EOF, err: fail, errWithData: withData, log: la})
		b, eb := io.ReadAll(&chunky{data: data, sizes: sizes, eof: io.EOF, err: fail, errWithData: withData, log: lb})
		check(t, "ReadAll data", a, b)
		check(t, "ReadAll cap", cap(a), cap(b))
		check(t, "ReadAll err", errText(ea), errText(eb))
		check(t, "ReadAll calls", la.lines, lb.lines)
	}
}

func TestReadFull(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for trial := 0; trial < 500; trial++ {
		data := randData(rng, rng.Intn(50))
		sizes := []int{1 + rng.Intn(5), 1 + rng.Intn(20), 100}
		withData := rng.Intn(2) == 0
		buf := rng.Intn(60)
		min := rng.Intn(70)
		la, lb := &log{}, &log{}
		p, q := make([]byte, buf), make([]byte, buf)
		na, ea := ours.ReadAtLeast(&chunky{data: data, sizes: sizes, eof: ours.EOF, errWithData: withData, log: la}, p, min)
		nb, eb := io.ReadAtLeast(&chunky{data: data, sizes: sizes, eof: io.EOF, errWithData: withData, log: lb}, q, min)
		check(t, "ReadAtLeast", []any{na, errText(ea), p, la.lines}, []any{nb, errText(eb), q, lb.lines})
		la, lb = &log{}, &log{}
		na, ea = ours.ReadFull(&chunky{data: data, sizes: sizes, eof: ours.EOF, errWithData: withData, log: la}, p)
		nb, eb = io.ReadFull(&chunky{data: data, sizes: sizes, eof: io.EOF, errWithData: withData, log: lb}, q)
		check(t, "ReadFull", []any{na, errText(ea), p, la.lines}, []any{nb, errText(eb), q, lb.lines})
	}
}

// wt is a reader with WriteTo; rf a writer with ReadFrom.
type wt struct{ chunky }

func (r *wt) WriteTo(w io.Writer) (int64, error) {
	r.log.add("WriteTo")
	n, err := w.Write(r.data)
	return int64(n), err
}

type wto struct{ chunky }

func (r *wto) WriteTo(w ours.Writer) (int64, error) {
	r.log.add("WriteTo")
	n, err := w.Write(r.data)
	return int64(n), err
}

func TestCopy(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	for trial := 0; trial < 400; trial++ {
		data := randData(rng, rng.Intn(100000))
		sizes := []int{1 + rng.Intn(100), 1 + rng.Intn(40000), 70000}
		max, fail := -1, 0
		switch rng.Intn(4) {
		case 0:
			max = rng.Intn(50)
		case 1:
			fail = 1 + rng.Intn(3)
		}
		var fe error
		if rng.Intn(5) == 0 {
			fe = errors.New("read failed")
		}
		n := int64(rng.Intn(120000) - 10)
		buf := rng.Intn(3)
		for op := 0; op < 3; op++ {
			la, lb := &log{}, &log{}
			ra := &chunky{data: data, sizes: append([]int(nil), sizes...), eof: ours.EOF, err: fe, log: la}
			rb := &chunky{data: data, sizes: append([]int(nil), sizes...), eof: io.EOF, err: fe, log: lb}
			wa, wb := &recWriter{max: max, fail: fail, log: la}, &recWriter{max: max, fail: fail, log: lb}
			var na, nb int64
			var ea, eb error
			switch op {
			case 0:
				na, ea = ours.Copy(wa, ra)
				nb, eb = io.Copy(wb, rb)
			case 1:
				na, ea = ours.CopyN(wa, ra, n)
				nb, eb = io.CopyN(wb, rb, n)
			case 2:
				var b1, b2 []byte
				if buf > 0 {
					b1, b2 = make([]byte, buf*100), make([]byte, buf*100)
				}
				na, ea = ours.CopyBuffer(wa, ra, b1)
				nb, eb = io.CopyBuffer(wb, rb, b2)
			}
			check(t, fmt.Sprint("Copy op ", op), []any{na, errText(ea), len(wa.got), la.lines}, []any{nb, errText(eb), len(wb.got), lb.lines})
		}
		// With WriterTo and ReaderFrom.
		la, lb := &log{}, &log{}
		na, ea := ours.Copy(&recWriter{max: -1, log: la}, &wto{chunky{data: data, log: la}})
		nb, eb := io.Copy(&recWriter{max: -1, log: lb}, &wt{chunky{data: data, log: lb}})
		check(t, "Copy WriterTo", []any{na, errText(ea), len(la.lines)}, []any{nb, errText(eb), len(lb.lines)})
		var ba, bb bytes.Buffer
		na, ea = ours.Copy(&ba, &chunky{data: data, sizes: sizes, eof: ours.EOF, log: &log{}})
		nb, eb = io.Copy(&bb, &chunky{data: data, sizes: sizes, eof: io.EOF, log: &log{}})
		if na != nb || errText(ea) != "<nil>" || !bytes.Equal(ba.Bytes(), bb.Bytes()) {
			t.Errorf("Copy to a ReaderFrom differs: %d %v, want %d %v", na, ea, nb, eb)
		}
		la, lb = &log{}, &log{}
		na, ea = ours.Copy(ours.Discard, &chunky{data: data, sizes: sizes, eof: ours.EOF, log: la})
		nb, eb = io.Copy(io.Discard, &chunky{data: data, sizes: sizes, eof: io.EOF, log: lb})
		check(t, "Copy to Discard", []any{na, errText(ea), la.lines}, []any{nb, errText(eb), lb.lines})
	}
	p := func(f func()) (s string) {
		defer func() { s = fmt.Sprint(recover()) }()
		f()
		return
	}
	check(t, "CopyBuffer empty", p(func() { ours.CopyBuffer(nil, nil, []byte{}) }), p(func() { io.CopyBuffer(nil, nil, []byte{}) }))
}

// readerAt serves data, recording its calls.
type readerAt struct {
	data []byte
	eof  error
	log  *log
}

func (r *readerAt) ReadAt(p []byte, off int64) (int, error) {
	r.log.add("ReadAt(len %d, %d)", len(p), off)
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	if off >= int64(len(r.data)) {
		return 0, r.eof
	}
	n := copy(p, r.data[off:])
	if n < len(p) {
		return n, r.eof
	}
	return n, nil
}

type writerAt struct {
	data []byte
	log  *log
}

func (w *writerAt) WriteAt(p []byte, off int64) (int, error) {
	w.log.add("WriteAt(%q, %d)", p, off)
	if off < 0 {
		return 0, errors.New("negative")
	}
	for int64(len(w.data)) < off+int64(len(p)) {
		w.data = append(w.data, '.')
	}
	copy(w.data[off:], p)
	return len(p), nil
}

func TestSections(t *testing.T) {
	rng := rand.New(rand.NewSource(4))
	for trial := 0; trial < 300; trial++ {
		data := randData(rng, rng.Intn(100))
		off, n := int64(rng.Intn(120)-10), int64(rng.Intn(120)-10)
		if trial%20 == 0 {
			n = 1<<63 - 1
		}
		la, lb := &log{}, &log{}
		a := ours.NewSectionReader(&readerAt{data, ours.EOF, la}, off, n)
		b := io.NewSectionReader(&readerAt{data, io.EOF, lb}, off, n)
		var xa, xb []string
		for step := 0; step < 20; step++ {
			var s, u string
			switch rng.Intn(4) {
			case 0:
				k := rng.Intn(30)
				p, q := make([]byte, k), make([]byte, k)
				n1, e1 := a.Read(p)
				n2, e2 := b.Read(q)
				s, u = fmt.Sprint(n1, errText(e1), p), fmt.Sprint(n2, errText(e2), q)
			case 1:
				k, o := rng.Intn(30), int64(rng.Intn(130)-10)
				p, q := make([]byte, k), make([]byte, k)
				n1, e1 := a.ReadAt(p, o)
				n2, e2 := b.ReadAt(q, o)
				s, u = fmt.Sprint(n1, errText(e1), p), fmt.Sprint(n2, errText(e2), q)
			case 2:
				o, wh := int64(rng.Intn(140)-20), rng.Intn(4)
				p1, e1 := a.Seek(o, wh)
				p2, e2 := b.Seek(o, wh)
				s, u = fmt.Sprint(p1, errText(e1)), fmt.Sprint(p2, errText(e2))
			case 3:
				_, o1, n1 := a.Outer()
				_, o2, n2 := b.Outer()
				s, u = fmt.Sprint(a.Size(), o1, n1), fmt.Sprint(b.Size(), o2, n2)
			}
			xa, xb = append(xa, s), append(xb, u)
		}
		check(t, "SectionReader", []any{xa, la.lines}, []any{xb, lb.lines})

		la, lb = &log{}, &log{}
		wa, wb := &writerAt{log: la}, &writerAt{log: lb}
		oa, ob := ours.NewOffsetWriter(wa, off), io.NewOffsetWriter(wb, off)
		xa, xb = nil, nil
		for step := 0; step < 10; step++ {
			var s, u string
			switch rng.Intn(3) {
			case 0:
				d := randData(rng, rng.Intn(5))
				n1, e1 := oa.Write(d)
				n2, e2 := ob.Write(d)
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 1:
				d, o := randData(rng, rng.Intn(5)), int64(rng.Intn(30)-5)
				n1, e1 := oa.WriteAt(d, o)
				n2, e2 := ob.WriteAt(d, o)
				s, u = fmt.Sprint(n1, errText(e1)), fmt.Sprint(n2, errText(e2))
			case 2:
				o, wh := int64(rng.Intn(40)-10), rng.Intn(4)
				p1, e1 := oa.Seek(o, wh)
				p2, e2 := ob.Seek(o, wh)
				s, u = fmt.Sprint(p1, errText(e1)), fmt.Sprint(p2, errText(e2))
			}
			xa, xb = append(xa, s), append(xb, u)
		}
		check(t, "OffsetWriter", []any{xa, la.lines}, []any{xb, lb.lines})
	}
}

func TestComposites(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for trial := 0; trial < 300; trial++ {
		k := rng.Intn(5)
		var parts [][]byte
		for i := 0; i < k; i++ {
			parts = append(parts, randData(rng, rng.Intn(20)))
		}
		mk := func(eof error, l *log) []*chunky {
			var rs []*chunky
			for _, p := range parts {
				rs = append(rs, &chunky{data: p, sizes: []int{3, 100}, eof: eof, errWithData: true, log: l})
			}
			return rs
		}
		la, lb := &log{}, &log{}
		var ra []ours.Reader
		for _, r := range mk(ours.EOF, la) {
			ra = append(ra, r)
		}
		var rb []io.Reader
		for _, r := range mk(io.EOF, lb) {
			rb = append(rb, r)
		}
		a, b := ours.MultiReader(ra...), io.MultiReader(rb...)
		if rng.Intn(2) == 0 {
			a, b = ours.MultiReader(a, ours.MultiReader()), io.MultiReader(b, io.MultiReader())
		}
		var xa, xb []string
		for step := 0; step < 15; step++ {
			n := rng.Intn(8)
			p, q := make([]byte, n), make([]byte, n)
			n1, e1 := a.Read(p)
			n2, e2 := b.Read(q)
			xa, xb = append(xa, fmt.Sprint(n1, errText(e1), p)), append(xb, fmt.Sprint(n2, errText(e2), q))
		}
		check(t, "MultiReader", []any{xa, la.lines}, []any{xb, lb.lines})

		// WriteTo of a MultiReader.
		la, lb = &log{}, &log{}
		ra, rb = nil, nil
		for _, r := range mk(ours.EOF, la) {
			ra = append(ra, r)
		}
		for _, r := range mk(io.EOF, lb) {
			rb = append(rb, r)
		}
		wa, wb := &recWriter{max: -1, log: la}, &recWriter{max: -1, log: lb}
		na, ea := ours.Copy(wa, ours.MultiReader(ours.MultiReader(ra...), ours.LimitReader(&chunky{data: []byte("xyz"), eof: ours.EOF, log: la}, 2)))
		nb, eb := io.Copy(wb, io.MultiReader(io.MultiReader(rb...), io.LimitReader(&chunky{data: []byte("xyz"), eof: io.EOF, log: lb}, 2)))
		check(t, "MultiReader.WriteTo", []any{na, errText(ea), la.lines}, []any{nb, errText(eb), lb.lines})

		la, lb = &log{}, &log{}
		ws := func(l *log) []any {
			return []any{&recWriter{max: -1, log: l}, &sw{recWriter{max: -1, log: l}}, &recWriter{max: 2, log: l}, &recWriter{max: -1, fail: 2, log: l}}
		}
		wsa, wsb := ws(la), ws(lb)
		pick := rng.Perm(4)[:1+rng.Intn(4)]
		var wa2 []ours.Writer
		var wb2 []io.Writer
		for _, i := range pick {
			wa2 = append(wa2, wsa[i].(ours.Writer))
			wb2 = append(wb2, wsb[i].(io.Writer))
		}
		ma, mb := ours.MultiWriter(ours.MultiWriter(wa2...)), io.MultiWriter(io.MultiWriter(wb2...))
		for step := 0; step < 3; step++ {
			s := string(randData(rng, rng.Intn(6)))
			n1, e1 := ma.Write([]byte(s))
			n2, e2 := mb.Write([]byte(s))
			n3, e3 := ours.WriteString(ma, s)
			n4, e4 := io.WriteString(mb, s)
			check(t, "MultiWriter", []any{n1, errText(e1), n3, errText(e3), la.lines}, []any{n2, errText(e2), n4, errText(e4), lb.lines})
		}

		// TeeReader and LimitReader.
		data := randData(rng, rng.Intn(40))
		la, lb = &log{}, &log{}
		ta := ours.TeeReader(&chunky{data: data, sizes: []int{5, 2}, eof: ours.EOF, log: la}, &recWriter{max: -1, fail: 3, log: la})
		tb := io.TeeReader(&chunky{data: data, sizes: []int{5, 2}, eof: io.EOF, log: lb}, &recWriter{max: -1, fail: 3, log: lb})
		lim := int64(rng.Intn(50) - 5)
		xa, xb = nil, nil
		la2, lb2 := ours.LimitReader(ta, lim), io.LimitReader(tb, lim)
		for step := 0; step < 12; step++ {
			n := rng.Intn(10)
			p, q := make([]byte, n), make([]byte, n)
			n1, e1 := la2.Read(p)
			n2, e2 := lb2.Read(q)
			xa, xb = append(xa, fmt.Sprint(n1, errText(e1), p)), append(xb, fmt.Sprint(n2, errText(e2), q))
		}
		check(t, "Tee/Limit", []any{xa, la.lines}, []any{xb, lb.lines})
	}
	// NopCloser keeps WriteTo.
	_, ok1 := ours.NopCloser(&wto{}).(ours.WriterTo)
	_, ok2 := io.NopCloser(&wt{}).(io.WriterTo)
	_, ok3 := ours.NopCloser(&chunky{}).(ours.WriterTo)
	_, ok4 := io.NopCloser(&chunky{}).(io.WriterTo)
	check(t, "NopCloser", []bool{ok1, ok3}, []bool{ok2, ok4})
	if ours.NopCloser(strings.NewReader("")).Close() != nil {
		t.Errorf("NopCloser.Close")
	}
}

func TestPipe(t *testing.T) {
	for _, mode := range []int{0, 1, 2, 3} {
		run := func(pr interface {
			Read([]byte) (int, error)
			CloseWithError(error) error
		}, pw interface {
			Write([]byte) (int, error)
			CloseWithError(error) error
			Close() error
		}) []string {
			var out []string
			var wg sync.WaitGroup
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, s := range []string{"hello", "", "world, a longer piece", "!"} {
					n, err := pw.Write([]byte(s))
					if err != nil {
						return
					}
					_ = n
				}
				switch mode {
				case 1:
					pw.CloseWithError(errors.New("writer gave up"))
				default:
					pw.Close()
				}
			}()
			buf := make([]byte, 4)
			for i := 0; ; i++ {
				if mode == 2 && i == 2 {
					pr.CloseWithError(errors.New("reader gave up"))
				}
				if mode == 3 && i == 3 {
					pr.CloseWithError(nil)
				}
				n, err := pr.Read(buf)
				out = append(out, fmt.Sprintf("%q %s", buf[:n], errText(err)))
				if err != nil {
					break
				}
			}
			wg.Wait()
			return out
		}
		ra, wa := ours.Pipe()
		rb, wb := io.Pipe()
		check(t, fmt.Sprint("Pipe mode ", mode), run(ra, wa), run(rb, wb))
		n1, e1 := wa.Write([]byte("late"))
		n2, e2 := wb.Write([]byte("late"))
		check(t, "write after close", []any{n1, errText(e1)}, []any{n2, errText(e2)})
	}
}
