package os

import (
	"io/fs"
	"syscall"
	"time"
)

// fileStat is the FileInfo of Stat, Lstat and (*File).Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
	sys     syscall.Stat_t
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return &fs.sys }

// fillFileStatFromSys derives the portable fields from the kernel's.
func fillFileStatFromSys(fs *fileStat, name string) {
	fs.name = basename(name)
	fs.size = fs.sys.Size
	fs.modTime = time.Unix(fs.sys.Mtim.Unix())
	fs.mode = FileMode(fs.sys.Mode & 0777)
	switch fs.sys.Mode & syscall.S_IFMT {
	case syscall.S_IFBLK:
		fs.mode |= ModeDevice
	case syscall.S_IFCHR:
		fs.mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		fs.mode |= ModeDir
	case syscall.S_IFIFO:
		fs.mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		fs.mode |= ModeSymlink
	case syscall.S_IFSOCK:
		fs.mode |= ModeSocket
	}
	if fs.sys.Mode&syscall.S_ISGID != 0 {
		fs.mode |= ModeSetgid
	}
	if fs.sys.Mode&syscall.S_ISUID != 0 {
		fs.mode |= ModeSetuid
	}
	if fs.sys.Mode&syscall.S_ISVTX != 0 {
		fs.mode |= ModeSticky
	}
}

// basename is the last element of name, trailing slashes ignored.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns the FileInfo of the named file, following symbolic links.
func Stat(name string) (FileInfo, error) { return statAt(name, "stat", syscall.Stat) }

// Lstat is Stat for the link itself when name is a symbolic link.
func Lstat(name string) (FileInfo, error) { return statAt(name, "lstat", syscall.Lstat) }

func statAt(name, op string, call func(string, *syscall.Stat_t) error) (FileInfo, error) {
	var st fileStat
	for {
		e := call(name, &st.sys)
		if e == syscall.EINTR {
			continue
		}
		if e != nil {
			return nil, &fs.PathError{Op: op, Path: name, Err: e}
		}
		break
	}
	fillFileStatFromSys(&st, name)
	return &st, nil
}

// SameFile reports whether two FileInfos from this package describe the
// same file (device and inode).
func SameFile(fi1 FileInfo, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}
