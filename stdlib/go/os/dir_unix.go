package os

import (
	"io"
	"io/fs"
	"syscall"
)

// What readdir collects.
const (
	readdirName = iota
	readdirDirEntry
	readdirFileInfo
)

// dirBufSize is the buffer getdents(2) fills.
const dirBufSize = 8192

// ReadDir reads the named directory and returns its entries sorted by
// name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := openDir(name)
	if err != nil {
		return nil, err
	}
	dirs, err := f.ReadDir(-1)
	f.Close()
	// Insertion sort: names are unique, so any sort gives Go's order.
	for i := 1; i < len(dirs); i++ {
		d := dirs[i]
		j := i
		for j > 0 && dirs[j-1].Name() > d.Name() {
			dirs[j] = dirs[j-1]
			j--
		}
		dirs[j] = d
	}
	return dirs, err
}

func openDir(name string) (*File, error) {
	var fd int
	var e error
	for {
		fd, e = syscall.Open(name, O_RDONLY|syscall.O_CLOEXEC|syscall.O_DIRECTORY, 0)
		if e != syscall.EINTR {
			break
		}
	}
	if e != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: e}
	}
	return newFile(fd, name), nil
}

// ReadDir returns the next n entries of the directory (n <= 0: all the
// rest) in directory order; with n > 0, an empty result comes with io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// Readdir is ReadDir returning FileInfos (from Lstat).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames is ReadDir returning names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

func (f *File) readdir(n int, mode int) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.closed() {
		return nil, nil, nil, f.wrapErr("readdirent", ErrClosed)
	}
	d := f.dirinfo
	if d == nil {
		d = new(dirInfo)
		f.dirinfo = d
	}
	d.mu.Lock()
	if d.buf == nil {
		d.buf = make([]byte, dirBufSize)
	}
	// From here on, a negative n means "to the end".
	if n == 0 {
		n = -1
	}
	const nameOff = 19 // ino 8, off 8, reclen 2, type 1
	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			var e error
			for {
				d.nbuf, e = syscall.ReadDirent(f.fd, d.buf)
				if e != syscall.EINTR {
					break
				}
			}
			if e != nil {
				d.nbuf = 0
				d.mu.Unlock()
				return names, dirents, infos, &fs.PathError{Op: "readdirent", Path: f.name, Err: e}
			}
			if d.nbuf <= 0 {
				break
			}
		}
		buf := d.buf[d.bufp:d.nbuf]
		if len(buf) < nameOff {
			break
		}
		reclen := int(buf[16]) | int(buf[17])<<8
		if reclen > len(buf) || reclen < nameOff {
			break
		}
		rec := buf[:reclen]
		d.bufp += reclen
		ino := uint64(0)
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		name := rec[nameOff:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		switch mode {
		case readdirName:
			names = append(names, string(name))
		case readdirDirEntry:
			de, err := newUnixDirent(f.name, string(name), dtToType(rec[18]))
			if IsNotExist(err) {
				continue // gone since it was listed
			}
			if err != nil {
				d.mu.Unlock()
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		default:
			info, err := Lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				d.mu.Unlock()
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}
	d.mu.Unlock()
	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// dtToType maps a getdents d_type to a FileMode type, ^0 when unknown.
func dtToType(typ uint8) FileMode {
	switch typ {
	case 6: // DT_BLK
		return ModeDevice
	case 2: // DT_CHR
		return ModeDevice | ModeCharDevice
	case 4: // DT_DIR
		return ModeDir
	case 1: // DT_FIFO
		return ModeNamedPipe
	case 10: // DT_LNK
		return ModeSymlink
	case 8: // DT_REG
		return 0
	case 12: // DT_SOCK
		return ModeSocket
	}
	return ^FileMode(0)
}

// unixDirent is a DirEntry read from a directory; its FileInfo is looked
// up on demand unless the type had to be found by Lstat.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }
func (d *unixDirent) String() string { return fs.FormatDirEntry(d) }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}
