// Package os declares the operating-system interface: files, directories,
// processes, the environment and the process's own identity.
//
// Everything is written in Go over package syscall (whose raw system
// calls are gorun's natives, bracketed for the scheduler when they may
// block), in the *_unix.go files. Natives of this package: runtime_args
// (os.Args: the source path gorun was given, then the program's
// arguments), runtime_rand (CreateTemp's names) and sigpipe (a write to a
// closed pipe on standard output or error kills the process with SIGPIPE,
// as in Go).
//
// The File layout is Go's: a pointer to the unexported file, whose fields
// are gorun's own; fmt's natives rely on fd being its first field. Files
// have no poller: reads and writes block in the kernel (in syscall state),
// and deadlines are not supported (ErrNoDeadline) even on pipes.
//
// Still without bodies (a program calling them fails to link, naming the
// function): StartProcess, the Root API (OpenRoot, OpenInRoot, Root's
// methods), DirFS, CopyFS and (*File).SyscallConn.
package os

import (
	"errors"
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

type DirEntry = fs.DirEntry

func CopyFS(dir string, fsys fs.FS) error

var ErrInvalid = fs.ErrInvalid

var ErrPermission = fs.ErrPermission

var ErrExist = fs.ErrExist

var ErrNotExist = fs.ErrNotExist

var ErrClosed = fs.ErrClosed

var ErrNoDeadline = errors.New("file type does not support deadline")

var ErrDeadlineExceeded error = &deadlineExceededError{}

// deadlineExceededError is the error of an I/O call past its deadline.
type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

type PathError = fs.PathError

type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError wraps err, if it is not nil, in a SyscallError.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

var ErrProcessDone = errors.New("os: process already finished")

var ErrNoHandle = errors.New("os: process handle unavailable")

type Process struct {
	Pid     int
	state   atomic.Uint32
	sigMu   sync.RWMutex
	handle  *processHandle
	cleanup runtime.Cleanup
}

type ProcAttr struct {
	Dir   string
	Env   []string
	Files []*File
	Sys   *syscall.SysProcAttr
}

type Signal interface {
	Signal()
	String() string
}

func Getpid() int { return syscall.Getpid() }

func Getppid() int { return syscall.Getppid() }

func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)

var Interrupt Signal = syscall.SIGINT

var Kill Signal = syscall.SIGKILL

type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

func OpenInRoot(dir string, name string) (*File, error)

type Root struct {
	root *root
}

func (r *Root) Name() string

func (r *Root) Close() error

func (r *Root) Open(name string) (*File, error)

func (r *Root) Create(name string) (*File, error)

func (r *Root) OpenFile(name string, flag int, perm FileMode) (*File, error)

func (r *Root) OpenRoot(name string) (*Root, error)

func (r *Root) Chmod(name string, mode FileMode) error

func (r *Root) Mkdir(name string, perm FileMode) error

func (r *Root) MkdirAll(name string, perm FileMode) error

func (r *Root) Chown(name string, uid int, gid int) error

func (r *Root) Lchown(name string, uid int, gid int) error

func (r *Root) Chtimes(name string, atime time.Time, mtime time.Time) error

func (r *Root) Remove(name string) error

func (r *Root) RemoveAll(name string) error

func (r *Root) Stat(name string) (FileInfo, error)

func (r *Root) Lstat(name string) (FileInfo, error)

func (r *Root) Readlink(name string) (string, error)

func (r *Root) Rename(oldname string, newname string) error

func (r *Root) Link(oldname string, newname string) error

func (r *Root) Symlink(oldname string, newname string) error

func (r *Root) ReadFile(name string) ([]byte, error)

func (r *Root) WriteFile(name string, data []byte, perm FileMode) error

func (r *Root) FS() fs.FS

func OpenRoot(name string) (*Root, error)

var Stdin = NewFile(uintptr(syscall.Stdin), "/dev/stdin")

var Stdout = NewFile(uintptr(syscall.Stdout), "/dev/stdout")

var Stderr = NewFile(uintptr(syscall.Stderr), "/dev/stderr")

const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

func DirFS(dir string) fs.FS

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

func Getpagesize() int { return syscall.Getpagesize() }

type File struct {
	*file
}

func (f *File) SyscallConn() (syscall.RawConn, error)

type FileInfo = fs.FileInfo

type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

const (
	PathSeparator     = '/' // separator of the elements of a path
	PathListSeparator = ':' // separator of the paths in a list such as $PATH
)

// IsPathSeparator reports whether c is a directory separator.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

func Getuid() int { return syscall.Getuid() }

func Geteuid() int { return syscall.Geteuid() }

func Getgid() int { return syscall.Getgid() }

func Getegid() int { return syscall.Getegid() }

type processHandle struct {
	handle uintptr
	refs   atomic.Int32
}

// root is an open directory, the base of a Root's lookups.
type root struct {
	name   string
	mu     sync.Mutex
	fd     int
	refs   int
	closed bool
}

// file is the real representation of a *File: the extra indirection keeps
// a client from overwriting it, and lets the runtime close the descriptor
// when the File becomes unreachable.
type file struct {
	fd          int
	name        string
	dirinfo     *dirInfo
	nonblock    bool
	stdoutOrErr bool
	appendMode  bool
	inRoot      bool
}

// dirInfo is the state of a directory being read.
type dirInfo struct {
	mu   sync.Mutex
	buf  []byte // getdents(2) output
	nbuf int    // bytes of buf filled
	bufp int    // next record in buf
}
