package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// The command line, as `go run` gives it: the program's path (here, the
// source path gorun was given), then its arguments.
var Args []string = runtime_args()

// runtime_args returns the program's command line. Native.
func runtime_args() []string

// runtime_rand returns 64 random bits from the runtime's generator. Native.
func runtime_rand() uint64

// sigpipe ends the process with SIGPIPE, as a write to a closed pipe on
// standard output or error does in Go. Native.
func sigpipe()

// maxRW caps a single read or write, as Go's poller does (some systems
// fail larger ones).
const maxRW = 1 << 30

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// NewFile returns a File for an open descriptor, or nil if fd is not a
// valid descriptor number. O_APPEND on the descriptor makes WriteAt fail,
// as for files opened with it.
func NewFile(fd uintptr, name string) *File {
	fdi := int(fd)
	if fdi < 0 {
		return nil
	}
	f := newFile(fdi, name)
	if flags, err := fcntl(fdi, syscall.F_GETFL, 0); err == nil {
		f.appendMode = flags&syscall.O_APPEND != 0
		f.nonblock = flags&syscall.O_NONBLOCK != 0
	}
	return f
}

func newFile(fd int, name string) *File {
	return &File{&file{fd: fd, name: name, stdoutOrErr: fd == 1 || fd == 2}}
}

func fcntl(fd int, cmd int, arg int) (int, error) {
	r, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	if e != 0 {
		return -1, e
	}
	return int(r), nil
}

// Name returns the name the file was opened (or made) with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor, or ^uintptr(0) for a nil or closed
// File.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// wrapErr puts a failed call's error in a fs.PathError naming the file.
func (f *File) wrapErr(op string, err error) error {
	if err == nil || err == io.EOF {
		return err
	}
	return &fs.PathError{Op: op, Path: f.name, Err: err}
}

// closed is the error of an operation on a closed file.
func (f *File) closed() bool { return f.fd < 0 }

// Read reads up to len(b) bytes; at the end of the file it returns 0 and
// io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if f.closed() {
		return 0, f.wrapErr("read", ErrClosed)
	}
	if len(b) == 0 {
		return 0, nil
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, e := syscall.Read(f.fd, b)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return 0, f.wrapErr("read", e)
		}
		if n == 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// ReadAt reads len(b) bytes from offset off, not moving the file offset;
// fewer only with an error (io.EOF at the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pread(b, off)
		if e != nil {
			err = f.wrapErr("read", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) pread(b []byte, off int64) (int, error) {
	if f.closed() {
		return 0, ErrClosed
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, e := syscall.Pread(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return 0, e
		}
		if n == 0 && len(b) > 0 {
			return 0, io.EOF
		}
		return n, nil
	}
}

// Write writes all of b, or returns an error saying why it could not.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := f.write(b)
	if n < 0 {
		n = 0
	}
	if n != len(b) {
		err = io.ErrShortWrite
	}
	if e == syscall.EPIPE && f.stdoutOrErr {
		sigpipe()
	}
	if e != nil {
		err = f.wrapErr("write", e)
	}
	return n, err
}

func (f *File) write(b []byte) (int, error) {
	if f.closed() {
		return 0, ErrClosed
	}
	nn := 0
	for {
		max := len(b)
		if max-nn > maxRW {
			max = nn + maxRW
		}
		n, e := syscall.Write(f.fd, b[nn:max])
		if e == syscall.EINTR {
			continue
		}
		if n > 0 {
			nn += n
		}
		if nn == len(b) {
			return nn, e
		}
		if e != nil {
			return nn, e
		}
		if n == 0 {
			return nn, io.ErrUnexpectedEOF
		}
	}
}

// WriteString writes the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// WriteAt writes len(b) bytes at offset off, not moving the file offset.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.appendMode {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := f.pwrite(b, off)
		if e != nil {
			err = f.wrapErr("write", e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

func (f *File) pwrite(b []byte, off int64) (int, error) {
	if f.closed() {
		return 0, ErrClosed
	}
	if len(b) > maxRW {
		b = b[:maxRW]
	}
	for {
		n, e := syscall.Pwrite(f.fd, b, off)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return 0, e
		}
		return n, nil
	}
}

// Seek sets the offset for the next Read or Write (whence: 0 from the
// start, 1 from the current offset, 2 from the end) and returns it.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	if f.closed() {
		return 0, f.wrapErr("seek", ErrClosed)
	}
	r, e := syscall.Seek(f.fd, offset, whence)
	if e == nil && f.dirinfo != nil && r != 0 {
		e = syscall.EISDIR
	}
	if e != nil {
		return 0, f.wrapErr("seek", e)
	}
	f.dirinfo = nil
	return r, nil
}

// noReadFrom and noWriteTo hide File's ReadFrom and WriteTo from io.Copy:
// the embedded methods conflict at the same depth, so neither is promoted.
type noReadFrom struct{}

func (noReadFrom) ReadFrom(io.Reader) (int64, error) { panic("can't happen") }

type fileWithoutReadFrom struct {
	noReadFrom
	*File
}

type noWriteTo struct{}

func (noWriteTo) WriteTo(io.Writer) (int64, error) { panic("can't happen") }

type fileWithoutWriteTo struct {
	noWriteTo
	*File
}

// ReadFrom copies r into f until r's EOF (io.ReaderFrom).
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{File: f}, r)
}

// WriteTo copies f's remaining contents into w (io.WriterTo).
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	return io.Copy(w, fileWithoutWriteTo{File: f})
}

// Close closes the file; a second Close reports ErrClosed.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed() {
		return &fs.PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	fd := f.fd
	f.fd = -1
	f.dirinfo = nil
	// Linux closes the descriptor even when close reports an error (EINTR
	// included), so it is never retried.
	if e := syscall.Close(fd); e != nil {
		return &fs.PathError{Op: "close", Path: f.name, Err: e}
	}
	return nil
}

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.closed() {
		return nil, f.wrapErr("stat", ErrClosed)
	}
	var fs fileStat
	for {
		e := syscall.Fstat(f.fd, &fs.sys)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return nil, f.wrapErr("stat", e)
		}
		break
	}
	fillFileStatFromSys(&fs, f.name)
	return &fs, nil
}

// fdOp runs a call on the descriptor, wrapping its error as op's.
func (f *File) fdOp(op string, call func(fd int) error) error {
	if err := f.checkValid(op); err != nil {
		return err
	}
	if f.closed() {
		return f.wrapErr(op, ErrClosed)
	}
	for {
		e := call(f.fd)
		if e == syscall.EINTR {
			continue
		}
		return f.wrapErr(op, e)
	}
}

func (f *File) Chmod(mode FileMode) error {
	return f.fdOp("chmod", func(fd int) error { return syscall.Fchmod(fd, syscallMode(mode)) })
}

func (f *File) Chown(uid int, gid int) error {
	return f.fdOp("chown", func(fd int) error { return syscall.Fchown(fd, uid, gid) })
}

func (f *File) Truncate(size int64) error {
	return f.fdOp("truncate", func(fd int) error { return syscall.Ftruncate(fd, size) })
}

func (f *File) Sync() error {
	return f.fdOp("sync", func(fd int) error { return syscall.Fsync(fd) })
}

func (f *File) Chdir() error {
	return f.fdOp("chdir", func(fd int) error { return syscall.Fchdir(fd) })
}

// Files have no poller here: deadlines are not supported on any of them.
func (f *File) SetDeadline(t time.Time) error      { return f.setDeadline("SetDeadline") }
func (f *File) SetReadDeadline(t time.Time) error  { return f.setDeadline("SetReadDeadline") }
func (f *File) SetWriteDeadline(t time.Time) error { return f.setDeadline("SetWriteDeadline") }

func (f *File) setDeadline(op string) error {
	if err := f.checkValid(op); err != nil {
		return err
	}
	if f.closed() {
		return ErrClosed
	}
	return ErrNoDeadline
}

// syscallMode turns a FileMode into the mode bits of open(2) and chmod(2).
func syscallMode(i FileMode) (o uint32) {
	o |= uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if i&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if i&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return
}

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, opened for reading and
// writing, with mode 0666 (before umask) if new.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the given flags (O_RDONLY etc.) and,
// if it creates it, the given permissions (before umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	var fd int
	var e error
	for {
		fd, e = syscall.Open(name, flag|syscall.O_CLOEXEC, syscallMode(perm))
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: e}
	}
	f := newFile(fd, name)
	f.appendMode = flag&O_APPEND != 0
	f.nonblock = flag&syscall.O_NONBLOCK != 0
	return f, nil
}

// ReadFile returns the whole contents of the named file; reaching the end
// is not an error.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	var size int
	if info, err := f.Stat(); err == nil {
		size64 := info.Size()
		if int64(int(size64)) == size64 {
			size = int(size64)
		}
	}
	size++ // room for the read that sees the end
	if size < 512 {
		size = 512 // files in /proc claim 0 bytes
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			f.Close()
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before
// umask) if needed and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Pipe returns a connected pair of Files: reads from r return what is
// written to w.
func Pipe() (r *File, w *File, err error) {
	var p [2]int
	if e := syscall.Pipe2(p[0:], syscall.O_CLOEXEC); e != nil {
		return nil, nil, NewSyscallError("pipe2", e)
	}
	return newFile(p[0], "|0"), newFile(p[1], "|1"), nil
}
