// Package os declares the operating-system interface: files, directories,
// processes, the environment and the process's own identity.
//
// Missing bodies: everything that calls into the system or the runtime
// (files, directories, processes, environment, Exit); the syscall wrappers
// and the error types' methods are written here. The File layout is Go's: a
// pointer to the unexported file, whose fields are gorun's own.
package os

import (
	"errors"
	"io"
	"io/fs"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func Expand(s string, mapping func(string) string) string

func ExpandEnv(s string) string

func Getenv(key string) string

func LookupEnv(key string) (string, bool)

func Setenv(key string, value string) error

func Unsetenv(key string) error

func Clearenv()

func Environ() []string

type DirEntry = fs.DirEntry

func ReadDir(name string) ([]DirEntry, error)

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

func (e *SyscallError) Timeout() bool

// NewSyscallError wraps err, if it is not nil, in a SyscallError.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func IsExist(err error) bool

func IsNotExist(err error) bool

func IsPermission(err error) bool

func IsTimeout(err error) bool

var ErrProcessDone = errors.New("os: process already finished")

var ErrNoHandle = errors.New("os: process handle unavailable")

type Process struct {
	Pid     int
	state   atomic.Uint32
	sigMu   sync.RWMutex
	handle  *processHandle
	cleanup runtime.Cleanup
}

func (p *Process) Release() error

func (p *Process) Kill() error

func (p *Process) Wait() (*ProcessState, error)

func (p *Process) Signal(sig Signal) error

func (p *Process) WithHandle(f func(handle uintptr)) error

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

func FindProcess(pid int) (*Process, error)

func StartProcess(name string, argv []string, attr *ProcAttr) (*Process, error)

var Interrupt Signal = syscall.SIGINT

var Kill Signal = syscall.SIGKILL

type ProcessState struct {
	pid    int
	status syscall.WaitStatus
	rusage *syscall.Rusage
}

func (p *ProcessState) UserTime() time.Duration

func (p *ProcessState) SystemTime() time.Duration

func (p *ProcessState) Exited() bool

func (p *ProcessState) Success() bool

func (p *ProcessState) Sys() any

func (p *ProcessState) SysUsage() any

func (p *ProcessState) Pid() int

func (p *ProcessState) String() string

func (p *ProcessState) ExitCode() int

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

func Executable() (string, error)

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

func NewFile(fd uintptr, name string) *File

func Mkdir(name string, perm FileMode) error

func Chdir(dir string) error

func Open(name string) (*File, error)

func Create(name string) (*File, error)

func OpenFile(name string, flag int, perm FileMode) (*File, error)

func Rename(oldpath string, newpath string) error

func Readlink(name string) (string, error)

func TempDir() string

func UserCacheDir() (string, error)

func UserConfigDir() (string, error)

func UserHomeDir() (string, error)

func Chmod(name string, mode FileMode) error

func DirFS(dir string) fs.FS

func ReadFile(name string) ([]byte, error)

func WriteFile(name string, data []byte, perm FileMode) error

func Chown(name string, uid int, gid int) error

func Lchown(name string, uid int, gid int) error

func Chtimes(name string, atime time.Time, mtime time.Time) error

func Stat(name string) (FileInfo, error)

func Lstat(name string) (FileInfo, error)

// DevNull is the name of the operating system's null device.
const DevNull = "/dev/null"

func Truncate(name string, size int64) error

func Remove(name string) error

func Link(oldname string, newname string) error

func Symlink(oldname string, newname string) error

func Hostname() (name string, err error)

func CreateTemp(dir string, pattern string) (*File, error)

func MkdirTemp(dir string, pattern string) (string, error)

func Getwd() (dir string, err error)

func Getpagesize() int { return syscall.Getpagesize() }

type File struct {
	*file
}

func (f *File) Readdir(n int) ([]FileInfo, error)

func (f *File) Readdirnames(n int) (names []string, err error)

func (f *File) ReadDir(n int) ([]DirEntry, error)

func (f *File) Name() string

func (f *File) Read(b []byte) (n int, err error)

func (f *File) ReadAt(b []byte, off int64) (n int, err error)

func (f *File) ReadFrom(r io.Reader) (n int64, err error)

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteAt(b []byte, off int64) (n int, err error)

func (f *File) WriteTo(w io.Writer) (n int64, err error)

func (f *File) Seek(offset int64, whence int) (ret int64, err error)

func (f *File) WriteString(s string) (n int, err error)

func (f *File) Chmod(mode FileMode) error

func (f *File) SetDeadline(t time.Time) error

func (f *File) SetReadDeadline(t time.Time) error

func (f *File) SetWriteDeadline(t time.Time) error

func (f *File) SyscallConn() (syscall.RawConn, error)

func (f *File) Fd() uintptr

func (f *File) Close() error

func (f *File) Chown(uid int, gid int) error

func (f *File) Truncate(size int64) error

func (f *File) Sync() error

func (f *File) Chdir() error

func (f *File) Stat() (FileInfo, error)

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

func SameFile(fi1 FileInfo, fi2 FileInfo) bool

func MkdirAll(path string, perm FileMode) error

func RemoveAll(path string) error

const (
	PathSeparator     = '/' // separator of the elements of a path
	PathListSeparator = ':' // separator of the paths in a list such as $PATH
)

// IsPathSeparator reports whether c is a directory separator.
func IsPathSeparator(c uint8) bool { return c == PathSeparator }

var Args []string

func Getuid() int { return syscall.Getuid() }

func Geteuid() int { return syscall.Geteuid() }

func Getgid() int { return syscall.Getgid() }

func Getegid() int { return syscall.Getegid() }

func Getgroups() ([]int, error)

func Exit(code int)

func Pipe() (r *File, w *File, err error)

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
	dirinfo     atomic.Pointer[dirInfo]
	nonblock    bool
	stdoutOrErr bool
	appendMode  bool
	inRoot      bool
}

// dirInfo is the state of a directory being read.
type dirInfo struct {
	mu   sync.Mutex
	buf  *[]byte
	nbuf int
	bufp int
}
