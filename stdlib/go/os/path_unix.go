package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// pathOp runs a call on a path until it is not interrupted, wrapping its
// error as op's.
func pathOp(op, name string, call func() error) error {
	for {
		e := call()
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return &fs.PathError{Op: op, Path: name, Err: e}
		}
		return nil
	}
}

func linkOp(op, oldname, newname string, call func() error) error {
	for {
		e := call()
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return &LinkError{op, oldname, newname, e}
		}
		return nil
	}
}

func Mkdir(name string, perm FileMode) error {
	return pathOp("mkdir", name, func() error { return syscall.Mkdir(name, syscallMode(perm)) })
}

func Chdir(dir string) error {
	return pathOp("chdir", dir, func() error { return syscall.Chdir(dir) })
}

func Chmod(name string, mode FileMode) error {
	return pathOp("chmod", name, func() error { return syscall.Chmod(name, syscallMode(mode)) })
}

func Chown(name string, uid int, gid int) error {
	return pathOp("chown", name, func() error { return syscall.Chown(name, uid, gid) })
}

func Lchown(name string, uid int, gid int) error {
	return pathOp("lchown", name, func() error { return syscall.Lchown(name, uid, gid) })
}

func Truncate(name string, size int64) error {
	return pathOp("truncate", name, func() error { return syscall.Truncate(name, size) })
}

// utimeOmit leaves a time unchanged in utimensat(2).
const utimeOmit = (1 << 30) - 2

// Chtimes sets the access and modification times of the named file; a
// zero Time leaves that time unchanged.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	var ts [2]syscall.Timespec
	for i, t := range [2]time.Time{atime, mtime} {
		if t.IsZero() {
			ts[i] = syscall.Timespec{Sec: utimeOmit, Nsec: utimeOmit}
		} else {
			ts[i] = syscall.NsecToTimespec(t.UnixNano())
		}
	}
	return pathOp("chtimes", name, func() error { return syscall.UtimesNano(name, ts[0:]) })
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	e := ignoringEINTR(func() error { return syscall.Unlink(name) })
	if e == nil {
		return nil
	}
	e1 := ignoringEINTR(func() error { return syscall.Rmdir(name) })
	if e1 == nil {
		return nil
	}
	// Both failed: unlink's error says more, unless name is a directory.
	if e1 != syscall.ENOTDIR {
		e = e1
	}
	return &fs.PathError{Op: "remove", Path: name, Err: e}
}

func ignoringEINTR(call func() error) error {
	for {
		e := call()
		if e != syscall.EINTR {
			return e
		}
	}
}

// Rename moves oldpath to newpath, replacing a file there but not a
// directory.
func Rename(oldpath string, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// An error about oldpath comes first, as in Go.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*fs.PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	return linkOp("rename", oldpath, newpath, func() error { return syscall.Rename(oldpath, newpath) })
}

func Link(oldname string, newname string) error {
	return linkOp("link", oldname, newname, func() error { return syscall.Link(oldname, newname) })
}

func Symlink(oldname string, newname string) error {
	return linkOp("symlink", oldname, newname, func() error { return syscall.Symlink(oldname, newname) })
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		var m int
		var e error
		for {
			m, e = syscall.Readlink(name, b)
			if e != syscall.EINTR {
				break
			}
		}
		if e != nil {
			return "", &fs.PathError{Op: "readlink", Path: name, Err: e}
		}
		if m < 0 {
			m = 0
		}
		if m < n {
			return string(b[0:m]), nil
		}
	}
}

// Getwd returns a rooted path of the current directory: $PWD when it names
// it, else the kernel's.
func Getwd() (dir string, err error) {
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil {
			dot, err := Stat(".")
			if err == nil && SameFile(dot, d) {
				return dir, nil
			}
		}
	}
	for {
		dir, err = syscall.Getwd()
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return "", NewSyscallError("getwd", err)
	}
	return dir, nil
}

// MkdirAll makes a directory and any missing parents; an existing
// directory is not an error.
func MkdirAll(path string, perm FileMode) error {
	dir, err := Stat(path)
	if err == nil {
		if dir.IsDir() {
			return nil
		}
		return &fs.PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path) - 1
	for i >= 0 && IsPathSeparator(path[i]) {
		i--
	}
	for i >= 0 && !IsPathSeparator(path[i]) {
		i--
	}
	if i < 0 {
		i = 0
	}
	if parent := path[:i]; len(parent) > 0 {
		if err := MkdirAll(parent, perm); err != nil {
			return err
		}
	}
	if err := Mkdir(path, perm); err != nil {
		// "foo/." and the like: the directory may exist after all.
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// RemoveAll removes path and everything it contains; a missing path is
// not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if endsWithDot(path) {
		return &fs.PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if pe, ok := serr.(*fs.PathError); ok && (IsNotExist(pe.Err) || pe.Err == syscall.ENOTDIR) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	err = nil
	for {
		fd, oerr := Open(path)
		if oerr != nil {
			if IsNotExist(oerr) {
				return nil
			}
			return oerr
		}
		const reqSize = 1024
		var names []string
		var readErr error
		for {
			numErr := 0
			names, readErr = fd.Readdirnames(reqSize)
			for _, name := range names {
				err1 := RemoveAll(path + string(PathSeparator) + name)
				if err == nil {
					err = err1
				}
				if err1 != nil {
					numErr++
				}
			}
			if numErr != reqSize {
				break
			}
		}
		// Removals may reorder the directory: read it afresh.
		fd.Close()
		if readErr == io.EOF {
			break
		}
		if err == nil {
			err = readErr
		}
		if len(names) == 0 {
			break
		}
		if len(names) < reqSize {
			err1 := Remove(path)
			if err1 == nil || IsNotExist(err1) {
				return nil
			}
			if err != nil {
				return err
			}
		}
	}
	err1 := Remove(path)
	if err1 == nil || IsNotExist(err1) {
		return nil
	}
	if err == nil {
		err = err1
	}
	return err
}

// endsWithDot reports whether the last element of path is ".".
func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	return len(path) >= 2 && path[len(path)-1] == '.' && IsPathSeparator(path[len(path)-2])
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if v := Getenv("HOME"); v != "" {
		return v, nil
	}
	return "", errors.New("$HOME is not defined")
}

// UserCacheDir returns $XDG_CACHE_HOME, or $HOME/.cache.
func UserCacheDir() (string, error) {
	return xdgDir("XDG_CACHE_HOME", "/.cache")
}

// UserConfigDir returns $XDG_CONFIG_HOME, or $HOME/.config.
func UserConfigDir() (string, error) {
	return xdgDir("XDG_CONFIG_HOME", "/.config")
}

func xdgDir(env, sub string) (string, error) {
	dir := Getenv(env)
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $" + env + " nor $HOME are defined")
		}
		return dir + sub, nil
	}
	if dir[0] != '/' {
		return "", errors.New("path in $" + env + " is relative")
	}
	return dir, nil
}

// Executable returns the path of the running executable: gorun's own, the
// program being compiled in memory.
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return p, nil
}

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	var un syscall.Utsname
	err = syscall.Uname(&un)
	var buf [512]byte
	for i, b := range un.Nodename[:] {
		buf[i] = uint8(b)
		if b == 0 {
			name = string(buf[:i])
			break
		}
	}
	// Nodename holds 65 bytes: a longer name may be cut.
	if err == nil && len(name) > 0 && len(name) < 64 {
		return name, nil
	}
	f, err := Open("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	n, err := f.Read(buf[:])
	f.Close()
	if err != nil {
		return "", err
	}
	if n > 0 && buf[n-1] == '\n' {
		n--
	}
	return string(buf[:n]), nil
}

// --- temporary files ------------------------------------------------------------

var errPatternHasSeparator = errors.New("pattern contains path separator")

func nextRandom() string { return uitoa(uint64(uint32(runtime_rand()))) }

func uitoa(v uint64) string {
	var buf [20]byte
	i := len(buf) - 1
	for v >= 10 {
		buf[i] = byte('0' + v%10)
		i--
		v /= 10
	}
	buf[i] = byte('0' + v)
	return string(buf[i:])
}

func itoa(v int) string {
	if v < 0 {
		return "-" + uitoa(uint64(-v))
	}
	return uitoa(uint64(v))
}

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if IsPathSeparator(pattern[i]) {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinPath(dir, name string) string {
	if len(dir) > 0 && IsPathSeparator(dir[len(dir)-1]) {
		return dir + name
	}
	return dir + string(PathSeparator) + name
}

// CreateTemp creates a new file in dir (TempDir() if empty) named by
// pattern with its last "*" replaced by a random string, opened for
// reading and writing with mode 0600.
func CreateTemp(dir string, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &fs.PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &fs.PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

// MkdirTemp is CreateTemp for a directory (mode 0700); it returns its name.
func MkdirTemp(dir string, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &fs.PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinPath(dir, prefix)
	try := 0
	for {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &fs.PathError{Op: "mkdirtemp", Path: dir + string(PathSeparator) + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}
