// Package fs declares the interface to a hierarchical file system (FS, File,
// DirEntry, FileInfo, FileMode) and functions over it.
//
// Every body is here, in plain Go, over the FS interfaces (FormatFileInfo
// calls time.Time.Format, native in package time).
package fs

import (
	"cmp"
	"errors"
	"internal/oserror"
	"io"
	"path"
	"slices"
	"time"
	"unicode/utf8"
)

// SkipDir, returned by a WalkDirFunc, skips the directory (or the rest of
// the directory of a file).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk.
var SkipAll = errors.New("skip everything and stop the walk")

// A WalkDirFunc is called by WalkDir for each file or directory; see
// WalkDir.
type WalkDirFunc func(path string, d DirEntry, err error) error

// walkDir walks name (whose entry is d), depth first, directories in
// lexical order.
func walkDir(fsys FS, name string, d DirEntry, walkDirFn WalkDirFunc) error {
	if err := walkDirFn(name, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil // skip this directory's contents
		}
		return err
	}
	dirs, err := ReadDir(fsys, name)
	if err != nil {
		// A second call reports the error reading the directory.
		err = walkDirFn(name, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		name1 := path.Join(name, d1.Name())
		if err := walkDir(fsys, name1, d1, walkDirFn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// WalkDir walks the tree at root, calling fn for each file and directory
// (root included), in lexical order within each directory. An error
// reading a directory is passed to a second call of fn for it; fn's
// SkipDir and SkipAll skip as their names say.
func WalkDir(fsys FS, root string, fn WalkDirFunc) error {
	info, err := Stat(fsys, root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(fsys, root, FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

// ReadDir reads the directory name and returns its entries sorted by
// name: by fsys's ReadDir if it has one, else through the directory's
// File.
func ReadDir(fsys FS, name string) ([]DirEntry, error) {
	if fsys, ok := fsys.(ReadDirFS); ok {
		return fsys.ReadDir(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	dir, ok := file.(ReadDirFile)
	if !ok {
		return nil, &PathError{Op: "readdir", Path: name, Err: errors.New("not implemented")}
	}
	list, err := dir.ReadDir(-1)
	slices.SortFunc(list, func(a, b DirEntry) int {
		// cmp, not strings: io/fs must not pull in unicode's tables
		// (real Go uses internal/bytealg here).
		return cmp.Compare(a.Name(), b.Name())
	})
	return list, err
}

// dirInfo is a DirEntry made from a FileInfo.
type dirInfo struct {
	fileInfo FileInfo
}

func (di dirInfo) IsDir() bool             { return di.fileInfo.IsDir() }
func (di dirInfo) Type() FileMode          { return di.fileInfo.Mode().Type() }
func (di dirInfo) Info() (FileInfo, error) { return di.fileInfo, nil }
func (di dirInfo) Name() string            { return di.fileInfo.Name() }
func (di dirInfo) String() string          { return FormatDirEntry(di) }

// FileInfoToDirEntry returns a DirEntry of info; nil for nil.
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return dirInfo{fileInfo: info}
}

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

// ReadFile reads the named file: by fsys's ReadFile if it has one, else
// through the File, with a buffer sized by its Stat.
func ReadFile(fsys FS, name string) ([]byte, error) {
	if fsys, ok := fsys.(ReadFileFS); ok {
		return fsys.ReadFile(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	var size int
	if info, err := file.Stat(); err == nil {
		size64 := info.Size()
		if int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	data := make([]byte, 0, size+1)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := file.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// FormatFileInfo formats info as ls -l would, roughly: mode, size,
// modification time, name, and a slash for a directory.
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry formats dir: its type letters, name, and a slash for a
// directory.
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	// The type bits only: the mode string without its nine rwx letters.
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

type ReadLinkFS interface {
	FS
	Lstat(name string) (FileInfo, error)
	ReadLink(name string) (string, error)
}

// ReadLink returns the target of the symbolic link name; a PathError of
// ErrInvalid if fsys is not a ReadLinkFS.
func ReadLink(fsys FS, name string) (string, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return "", &PathError{Op: "readlink", Path: name, Err: ErrInvalid}
	}
	return sym.ReadLink(name)
}

// Lstat describes name without following a final symbolic link: by fsys's
// Lstat if it is a ReadLinkFS, else as Stat.
func Lstat(fsys FS, name string) (FileInfo, error) {
	sym, ok := fsys.(ReadLinkFS)
	if !ok {
		return Stat(fsys, name)
	}
	return sym.Lstat(name)
}

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

// Stat describes the named file: by fsys's Stat if it has one, else by
// the File's.
func Stat(fsys FS, name string) (FileInfo, error) {
	if fsys, ok := fsys.(StatFS); ok {
		return fsys.Stat(name)
	}
	file, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return file.Stat()
}

type FS interface {
	Open(name string) (File, error)
}

// ValidPath reports whether name is a valid path for Open: UTF-8,
// unrooted, slash-separated elements none of which is empty, "." or ".."
// (the root itself is ".").
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

type File interface {
	Close() error
	Read([]byte) (int, error)
	Stat() (FileInfo, error)
}

type DirEntry interface {
	Info() (FileInfo, error)
	IsDir() bool
	Name() string
	Type() FileMode
}

type ReadDirFile interface {
	File
	ReadDir(n int) ([]DirEntry, error)
}

// Generic file system errors, shared with syscall through internal/oserror
// (as Go's are: syscall cannot import io/fs, which imports time, which
// imports syscall).
var (
	ErrInvalid    = errInvalid()    // "invalid argument"
	ErrPermission = errPermission() // "permission denied"
	ErrExist      = errExist()      // "file already exists"
	ErrNotExist   = errNotExist()   // "file does not exist"
	ErrClosed     = errClosed()     // "file already closed"
)

func errInvalid() error    { return oserror.ErrInvalid }
func errPermission() error { return oserror.ErrPermission }
func errExist() error      { return oserror.ErrExist }
func errNotExist() error   { return oserror.ErrNotExist }
func errClosed() error     { return oserror.ErrClosed }

type FileInfo interface {
	IsDir() bool
	ModTime() time.Time
	Mode() FileMode
	Name() string
	Size() int64
	Sys() any
}

type FileMode uint32

// String returns the mode as ls does: the letters of the set type and
// mode bits ("dalTLDpSugct?", or "-" if none) and the nine rwx bits.
func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits of m.
func (m FileMode) Type() FileMode { return m & ModeType }

// The FileMode bits: the type bits (at most one set), the other mode bits,
// and the Unix permission bits.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file (Plan 9)
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device, with ModeDevice
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: not a regular file, nothing more known

	// ModeType masks the type bits.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0o777 // Unix permission bits
)

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}
