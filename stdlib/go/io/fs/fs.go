// Package fs declares the interface to a hierarchical file system (FS, File,
// DirEntry, FileInfo, FileMode) and functions over it.
//
// Missing bodies: most, for a later issue; PathError's methods and the
// FileMode predicates are written here.
package fs

import (
	"errors"
	"time"
)

var SkipDir = errors.New("skip this directory")

var SkipAll = errors.New("skip everything and stop the walk")

type WalkDirFunc func(path string, d DirEntry, err error) error

func WalkDir(fsys FS, root string, fn WalkDirFunc) error

type ReadDirFS interface {
	FS
	ReadDir(name string) ([]DirEntry, error)
}

func ReadDir(fsys FS, name string) ([]DirEntry, error)

func FileInfoToDirEntry(info FileInfo) DirEntry

type ReadFileFS interface {
	FS
	ReadFile(name string) ([]byte, error)
}

func ReadFile(fsys FS, name string) ([]byte, error)

func FormatFileInfo(info FileInfo) string

func FormatDirEntry(dir DirEntry) string

type ReadLinkFS interface {
	FS
	Lstat(name string) (FileInfo, error)
	ReadLink(name string) (string, error)
}

func ReadLink(fsys FS, name string) (string, error)

func Lstat(fsys FS, name string) (FileInfo, error)

type StatFS interface {
	FS
	Stat(name string) (FileInfo, error)
}

func Stat(fsys FS, name string) (FileInfo, error)

type FS interface {
	Open(name string) (File, error)
}

func ValidPath(name string) bool

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

var ErrInvalid = errors.New("invalid argument")

var ErrPermission = errors.New("permission denied")

var ErrExist = errors.New("file already exists")

var ErrNotExist = errors.New("file does not exist")

var ErrClosed = errors.New("file already closed")

type FileInfo interface {
	IsDir() bool
	ModTime() time.Time
	Mode() FileMode
	Name() string
	Size() int64
	Sys() any
}

type FileMode uint32

func (m FileMode) String() string

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

func Sub(fsys FS, dir string) (FS, error)

type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

func Glob(fsys FS, pattern string) (matches []string, err error)
