package fs_test

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"reflect"
	"testing"
	"testing/fstest"
	"time"

	ours "gorunstd/io/fs"
)

// The file system of the tests, and its views: openOnly (only Open, so
// that every helper takes its fallback path) on each side.
var mapFS = fstest.MapFS{
	"a.txt":           {Data: []byte("hello"), Mode: 0o644, ModTime: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)},
	"b/c.go":          {Data: []byte("package c"), Mode: 0o600},
	"b/d/e.go":        {Data: []byte("package e")},
	"b/d/f.txt":       {Data: []byte("f")},
	"b/[x].txt":       {Data: []byte("x")},
	"b/empty":         {Mode: fs.ModeDir | 0o755},
	"g/h/i/j.go":      {Data: []byte("j")},
	"link":            {Data: []byte("a.txt"), Mode: fs.ModeSymlink | 0o777},
	"z":               {Data: make([]byte, 3000)},
	"weird/é.txt":     {Data: []byte("é")},
	"sock":            {Mode: fs.ModeSocket | fs.ModeSetuid | 0o111},
	"dev":             {Mode: fs.ModeDevice | fs.ModeCharDevice | fs.ModeSticky},
	"b/d/sub/k.go":    {Data: []byte("k")},
	"b/d/sub/l.txt":   {Data: []byte("l")},
	"b/d/sub/m/n.txt": {Data: []byte("n")},
}

type realOpenOnly struct{ m fstest.MapFS }

func (f realOpenOnly) Open(name string) (fs.File, error) { return f.m.Open(name) }

// The adapters from the real file system to our package's interfaces.
type ourOpenOnly struct{ m fstest.MapFS }

func (f ourOpenOnly) Open(name string) (ours.File, error) {
	file, err := f.m.Open(name)
	if err != nil {
		return nil, convert(err)
	}
	if d, ok := file.(fs.ReadDirFile); ok {
		return ourDir{ourFile{d}, d}, nil
	}
	return ourFile{file}, nil
}

// convert makes the real package's PathError ours, as our package's own
// file systems would return it.
func convert(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return &ours.PathError{Op: pe.Op, Path: pe.Path, Err: pe.Err}
	}
	return err
}

type ourFile struct{ f fs.File }

func (f ourFile) Close() error { return f.f.Close() }
func (f ourFile) Read(p []byte) (int, error) {
	n, err := f.f.Read(p)
	return n, convert(err)
}
func (f ourFile) Stat() (ours.FileInfo, error) {
	fi, err := f.f.Stat()
	if err != nil {
		return nil, convert(err)
	}
	return ourInfo{fi}, nil
}

type ourDir struct {
	ourFile
	d fs.ReadDirFile
}

func (d ourDir) ReadDir(n int) ([]ours.DirEntry, error) {
	list, err := d.d.ReadDir(n)
	var out []ours.DirEntry
	for _, e := range list {
		out = append(out, ourEntry{e})
	}
	return out, convert(err)
}

type ourInfo struct{ fi fs.FileInfo }

func (i ourInfo) IsDir() bool        { return i.fi.IsDir() }
func (i ourInfo) ModTime() time.Time { return i.fi.ModTime() }
func (i ourInfo) Mode() ours.FileMode {
	return ours.FileMode(i.fi.Mode())
}
func (i ourInfo) Name() string { return i.fi.Name() }
func (i ourInfo) Size() int64  { return i.fi.Size() }
func (i ourInfo) Sys() any     { return i.fi.Sys() }

type ourEntry struct{ e fs.DirEntry }

func (e ourEntry) Info() (ours.FileInfo, error) {
	fi, err := e.e.Info()
	if err != nil {
		return nil, err
	}
	return ourInfo{fi}, nil
}
func (e ourEntry) IsDir() bool         { return e.e.IsDir() }
func (e ourEntry) Name() string        { return e.e.Name() }
func (e ourEntry) Type() ours.FileMode { return ours.FileMode(e.e.Type()) }

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

var names = []string{".", "a.txt", "b", "b/c.go", "b/d", "b/d/e.go", "b/empty", "g", "g/h", "missing", "b/missing", "link", "z",
	"weird/é.txt", "sock", "dev", "", "/", "a.txt/", "./a.txt", "b/../a.txt", "b//c.go", "\xff", "..", "b/d/sub"}

func TestHelpers(t *testing.T) {
	a, b := ourOpenOnly{mapFS}, realOpenOnly{mapFS}
	for _, n := range names {
		check(t, "ValidPath "+n, ours.ValidPath(n), fs.ValidPath(n))
		da, ea := ours.ReadDir(a, n)
		db, eb := fs.ReadDir(b, n)
		var xa, xb []string
		for _, d := range da {
			xa = append(xa, ours.FormatDirEntry(d))
		}
		for _, d := range db {
			xb = append(xb, fs.FormatDirEntry(d))
		}
		check(t, "ReadDir "+n, []any{xa, errText(ea)}, []any{xb, errText(eb)})
		fa, ea := ours.ReadFile(a, n)
		fb, eb := fs.ReadFile(b, n)
		check(t, "ReadFile "+n, []any{fa, cap(fa), errText(ea)}, []any{fb, cap(fb), errText(eb)})
		sa, ea := ours.Stat(a, n)
		sb, eb := fs.Stat(b, n)
		var ta, tb string
		if sa != nil {
			ta = ours.FormatFileInfo(sa) + " " + ours.FormatDirEntry(ours.FileInfoToDirEntry(sa))
		}
		if sb != nil {
			tb = fs.FormatFileInfo(sb) + " " + fs.FormatDirEntry(fs.FileInfoToDirEntry(sb))
		}
		check(t, "Stat "+n, []any{ta, errText(ea)}, []any{tb, errText(eb)})
		la, ea := ours.Lstat(a, n)
		lb, eb := fs.Lstat(b, n)
		check(t, "Lstat "+n, []any{la == nil, errText(ea)}, []any{lb == nil, errText(eb)})
		ra, ea := ours.ReadLink(a, n)
		rb, eb := fs.ReadLink(b, n)
		check(t, "ReadLink "+n, []any{ra, errText(ea)}, []any{rb, errText(eb)})

		// Sub, then everything again inside it.
		subA, ea := ours.Sub(a, n)
		subB, eb := fs.Sub(b, n)
		check(t, "Sub "+n, errText(ea), errText(eb))
		if ea == nil {
			for _, m := range names {
				da, ea := ours.ReadDir(subA, m)
				db, eb := fs.ReadDir(subB, m)
				check(t, "Sub ReadDir "+n+" "+m, []any{len(da), errText(ea)}, []any{len(db), errText(eb)})
				fa, ea := ours.ReadFile(subA, m)
				fb, eb := fs.ReadFile(subB, m)
				check(t, "Sub ReadFile "+n+" "+m, []any{fa, errText(ea)}, []any{fb, errText(eb)})
				ga, ea := ours.Glob(subA, m+"/*")
				gb, eb := fs.Glob(subB, m+"/*")
				check(t, "Sub Glob "+n+" "+m, []any{ga, errText(ea)}, []any{gb, errText(eb)})
				ra, ea := ours.ReadLink(subA, m)
				rb, eb := fs.ReadLink(subB, m)
				check(t, "Sub ReadLink "+n+" "+m, []any{ra, errText(ea)}, []any{rb, errText(eb)})
			}
			s2a, ea := ours.Sub(subA, "d")
			s2b, eb := fs.Sub(subB, "d")
			check(t, "Sub Sub "+n, errText(ea), errText(eb))
			if ea == nil {
				fa, ea := ours.ReadFile(s2a, "e.go")
				fb, eb := fs.ReadFile(s2b, "e.go")
				check(t, "Sub Sub ReadFile "+n, []any{fa, errText(ea)}, []any{fb, errText(eb)})
			}
		}
	}
	for _, p := range []string{"*", "*.txt", "b/*", "b/*.go", "b/d/*", "*/*", "*/*/*", "b/[[]x].txt", "b/\\[x\\].txt", "[", "b/[", "*/d/*.go", "missing/*", "a.txt", "nothing", "?/*", "b/d/*/*", "g/*/*/j.go", "[b-g]/*", "\\"} {
		ma, ea := ours.Glob(a, p)
		mb, eb := fs.Glob(b, p)
		check(t, "Glob "+p, []any{ma, errText(ea)}, []any{mb, errText(eb)})
	}
}

func TestWalkDir(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	a, b := ourOpenOnly{mapFS}, realOpenOnly{mapFS}
	for trial := 0; trial < 200; trial++ {
		root := names[rng.Intn(len(names))]
		seed := rng.Int63()
		var xa, xb []string
		ra := rand.New(rand.NewSource(seed))
		rb := rand.New(rand.NewSource(seed))
		boom := errors.New("boom")
		pick := func(r *rand.Rand, skipDir, skipAll error) error {
			switch r.Intn(12) {
			case 0:
				return skipDir
			case 1:
				if trial%3 == 0 {
					return skipAll
				}
			case 2:
				if trial%5 == 0 {
					return boom
				}
			}
			return nil
		}
		ea := ours.WalkDir(a, root, func(p string, d ours.DirEntry, err error) error {
			s := p + " " + errText(err)
			if d != nil {
				s += " " + ours.FormatDirEntry(d)
			}
			xa = append(xa, s)
			return pick(ra, ours.SkipDir, ours.SkipAll)
		})
		eb := fs.WalkDir(b, root, func(p string, d fs.DirEntry, err error) error {
			s := p + " " + errText(err)
			if d != nil {
				s += " " + fs.FormatDirEntry(d)
			}
			xb = append(xb, s)
			return pick(rb, fs.SkipDir, fs.SkipAll)
		})
		check(t, fmt.Sprint("WalkDir ", root, " ", trial), []any{xa, errText(ea)}, []any{xb, errText(eb)})
	}
}

func TestFileMode(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for i := 0; i < 20000; i++ {
		m := rng.Uint32()
		if i%2 == 0 {
			m &= 0x8000_01ff | uint32(1)<<(31-rng.Intn(13))
		}
		a, b := ours.FileMode(m), fs.FileMode(m)
		check(t, "FileMode", []any{a.String(), a.IsDir(), a.IsRegular(), uint32(a.Perm()), uint32(a.Type())},
			[]any{b.String(), b.IsDir(), b.IsRegular(), uint32(b.Perm()), uint32(b.Type())})
	}
	pe := &ours.PathError{Op: "open", Path: "/x", Err: io.EOF}
	pr := &fs.PathError{Op: "open", Path: "/x", Err: io.EOF}
	check(t, "PathError", []any{pe.Error(), pe.Unwrap(), pe.Timeout()}, []any{pr.Error(), pr.Unwrap(), pr.Timeout()})
	check(t, "errors", []string{ours.ErrInvalid.Error(), ours.ErrPermission.Error(), ours.ErrExist.Error(), ours.ErrNotExist.Error(), ours.ErrClosed.Error(), ours.SkipDir.Error(), ours.SkipAll.Error()},
		[]string{fs.ErrInvalid.Error(), fs.ErrPermission.Error(), fs.ErrExist.Error(), fs.ErrNotExist.Error(), fs.ErrClosed.Error(), fs.SkipDir.Error(), fs.SkipAll.Error()})
	if ours.FileInfoToDirEntry(nil) != nil {
		t.Errorf("FileInfoToDirEntry(nil)")
	}
}
