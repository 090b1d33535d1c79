package syscall

import (
	errorspkg "errors"
	"internal/oserror"
	"sync"
	"unsafe"
)

// The raw system-call entries are the natives everything else is built on
// (stdlib/src/syscall.rs): Syscall and Syscall6 enter the scheduler's
// syscall state around the call, so a call that blocks lets the other
// goroutines run; the Raw forms do not, and are for calls that never block.
// A failed call returns r1 = -1, r2 = 0 and the errno.

func Syscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Syscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func RawSyscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func RawSyscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

// Exit ends the process at once with the given status; deferred calls do
// not run. Native (the runtime's exit).
func Exit(code int)

// runtime_envs returns a copy of the environment the process started
// with. Native.
func runtime_envs() []string

const (
	_AT_FDCWD            = -0x64
	atFDCWD              = ^uintptr(-_AT_FDCWD - 1) // _AT_FDCWD as a syscall argument
	_AT_REMOVEDIR        = 0x200
	_AT_SYMLINK_NOFOLLOW = 0x100
	_AT_EACCESS          = 0x200
	_SYS_faccessat2      = 439
)

// --- errors -------------------------------------------------------------------

// Boxed once: returning an Errno as an error would otherwise allocate.
var (
	errEAGAIN error = EAGAIN
	errEINVAL error = EINVAL
	errENOENT error = ENOENT
)

// errnoErr converts a non-zero errno into an error, sharing the common ones.
func errnoErr(e Errno) error {
	switch e {
	case 0:
		return nil
	case EAGAIN:
		return errEAGAIN
	case EINVAL:
		return errEINVAL
	case ENOENT:
		return errENOENT
	}
	return e
}

// Error is the text of the errno, as the C library's strerror has it, or
// "errno N" for numbers without one.
func (e Errno) Error() string {
	if e < Errno(len(errors)) {
		if s := errors[e]; s != "" {
			return s
		}
	}
	return "errno " + uitoa(uint64(e))
}

// Is lets errors.Is match errnos against the portable error values of io/fs
// (which os re-exports) and errors.ErrUnsupported.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errorspkg.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether retrying the call may succeed.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the errno means that time ran out.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

// Signal makes Signal an os.Signal.
func (s Signal) Signal() {}

// String is the signal's description ("interrupt", "killed"), or
// "signal N" for numbers without one.
func (s Signal) String() string {
	if 0 <= s && int(s) < len(signals) {
		if str := signals[s]; str != "" {
			return str
		}
	}
	return "signal " + itoa(int(s))
}

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

// --- wait statuses ----------------------------------------------------------------

// A wait status holds the exit code in bits 8-15 when the low seven bits
// are 0; otherwise the low seven bits are the terminating signal (0x80:
// core dumped), or 0x7f for a stopped child with the stop signal in bits
// 8-15 (and a ptrace event above them); 0xffff is a continued child.
const (
	wsMask    = 0x7F
	wsCore    = 0x80
	wsExited  = 0x00
	wsStopped = 0x7F
	wsShift   = 8
)

func (w WaitStatus) Exited() bool    { return w&wsMask == wsExited }
func (w WaitStatus) Signaled() bool  { return w&wsMask != wsStopped && w&wsMask != wsExited }
func (w WaitStatus) Stopped() bool   { return w&0xFF == wsStopped }
func (w WaitStatus) Continued() bool { return w == 0xFFFF }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&wsCore != 0 }

func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>wsShift) & 0xFF
}

func (w WaitStatus) Signal() Signal {
	if !w.Signaled() {
		return -1
	}
	return Signal(w & wsMask)
}

func (w WaitStatus) StopSignal() Signal {
	if !w.Stopped() {
		return -1
	}
	return Signal(w>>wsShift) & 0xFF
}

func (w WaitStatus) TrapCause() int {
	if w.StopSignal() != SIGTRAP {
		return -1
	}
	return int(w>>wsShift) >> 8
}

// --- times ----------------------------------------------------------------------

func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }
func (ts *Timespec) Nano() int64                   { return ts.Sec*1e9 + ts.Nsec }
func (tv *Timeval) Unix() (sec int64, nsec int64)  { return tv.Sec, tv.Usec * 1000 }
func (tv *Timeval) Nano() int64                    { return tv.Sec*1e9 + tv.Usec*1000 }

func TimespecToNsec(ts Timespec) int64 { return ts.Nano() }
func TimevalToNsec(tv Timeval) int64   { return tv.Nano() }

// NsecToTimespec splits nsec into seconds and a non-negative remainder.
func NsecToTimespec(nsec int64) Timespec {
	sec, rem := nsec/1e9, nsec%1e9
	if rem < 0 {
		rem += 1e9
		sec--
	}
	return Timespec{Sec: sec, Nsec: rem}
}

// NsecToTimeval rounds nsec up to whole microseconds and splits it.
func NsecToTimeval(nsec int64) Timeval {
	nsec += 999
	usec := nsec % 1e9 / 1e3
	sec := nsec / 1e9
	if usec < 0 {
		usec += 1e6
		sec--
	}
	return Timeval{Sec: sec, Usec: usec}
}

func (iov *Iovec) SetLen(length int)            { iov.Len = uint64(length) }
func (msghdr *Msghdr) SetControllen(length int) { msghdr.Controllen = uint64(length) }
func (cmsg *Cmsghdr) SetLen(length int)         { cmsg.Len = uint64(length) }
func (r *PtraceRegs) PC() uint64                { return r.Rip }
func (r *PtraceRegs) SetPC(pc uint64)           { r.Rip = pc }

// --- strings for the kernel -----------------------------------------------------------

// ByteSliceFromString returns s as a NUL-terminated byte slice, or EINVAL
// if s holds a NUL.
func ByteSliceFromString(s string) ([]byte, error) {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return nil, EINVAL
		}
	}
	a := make([]byte, len(s)+1)
	copy(a, s)
	return a, nil
}

// BytePtrFromString returns a pointer to s as a NUL-terminated string, or
// EINVAL if s holds a NUL.
func BytePtrFromString(s string) (*byte, error) {
	a, err := ByteSliceFromString(s)
	if err != nil {
		return nil, err
	}
	return &a[0], nil
}

// StringByteSlice is ByteSliceFromString that panics on a NUL.
func StringByteSlice(s string) []byte {
	a, err := ByteSliceFromString(s)
	if err != nil {
		panic("syscall: string with NUL passed to StringByteSlice")
	}
	return a
}

// StringBytePtr is BytePtrFromString that panics on a NUL.
func StringBytePtr(s string) *byte { return &StringByteSlice(s)[0] }

// StringSlicePtr converts strings to NUL-terminated byte pointers, with a
// nil pointer after them; it panics on a NUL.
func StringSlicePtr(ss []string) []*byte {
	bb := make([]*byte, len(ss)+1)
	for i := 0; i < len(ss); i++ {
		bb[i] = StringBytePtr(ss[i])
	}
	bb[len(ss)] = nil
	return bb
}

// SlicePtrFromStrings is StringSlicePtr returning EINVAL on a NUL.
func SlicePtrFromStrings(ss []string) ([]*byte, error) {
	bb := make([]*byte, len(ss)+1)
	for i := 0; i < len(ss); i++ {
		p, err := BytePtrFromString(ss[i])
		if err != nil {
			return nil, err
		}
		bb[i] = p
	}
	bb[len(ss)] = nil
	return bb, nil
}

// _zero gives an empty buffer an address the kernel accepts.
var _zero uintptr

func bufPtr(p []byte) uintptr {
	if len(p) > 0 {
		return uintptr(unsafe.Pointer(&p[0]))
	}
	return uintptr(unsafe.Pointer(&_zero))
}

func strPtr(s string) (uintptr, error) {
	p, err := BytePtrFromString(s)
	if err != nil {
		return 0, err
	}
	return uintptr(unsafe.Pointer(p)), nil
}

// --- the environment ---------------------------------------------------------------

// The environment is the process's at start, copied into envs when first
// used (as Go's copyenv, so programs that never read it do not pay for
// it); the Setenv family changes this copy only (as Go's syscall does
// without cgo). An entry whose key repeats an earlier one is blanked, and
// removals blank entries too, so the first entry with a key is the one
// that counts.
var (
	envOnce sync.Once
	envLock sync.RWMutex
	envs    []string
)

func copyenv() {
	envs = runtime_envs()
	for i, s := range envs {
		k, ok := envKey(s)
		if !ok {
			continue
		}
		for j := 0; j < i; j++ {
			if k2, ok := envKey(envs[j]); ok && k2 == k {
				envs[i] = ""
				break
			}
		}
	}
}

// envKey returns the key of a "key=value" entry.
func envKey(s string) (string, bool) {
	for j := 0; j < len(s); j++ {
		if s[j] == '=' {
			return s[:j], true
		}
	}
	return "", false
}

// envIndex returns the index of key's entry in envs; envLock held.
func envIndex(key string) (int, bool) {
	for i, s := range envs {
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return i, true
		}
	}
	return 0, false
}

func Getenv(key string) (value string, found bool) {
	envOnce.Do(copyenv)
	if len(key) == 0 {
		return "", false
	}
	envLock.RLock()
	i, ok := envIndex(key)
	if !ok {
		envLock.RUnlock()
		return "", false
	}
	s := envs[i]
	envLock.RUnlock()
	return s[len(key)+1:], true
}

func Setenv(key string, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	kv := key + "=" + value
	envOnce.Do(copyenv)
	envLock.Lock()
	if i, ok := envIndex(key); ok {
		envs[i] = kv
	} else {
		envs = append(envs, kv)
	}
	envLock.Unlock()
	return nil
}

func Unsetenv(key string) error {
	envOnce.Do(copyenv)
	envLock.Lock()
	if i, ok := envIndex(key); ok {
		envs[i] = ""
	}
	envLock.Unlock()
	return nil
}

func Clearenv() {
	envOnce.Do(copyenv)
	envLock.Lock()
	envs = []string{}
	envLock.Unlock()
}

func Environ() []string {
	envOnce.Do(copyenv)
	envLock.RLock()
	a := make([]string, 0, len(envs))
	for _, e := range envs {
		if e != "" {
			a = append(a, e)
		}
	}
	envLock.RUnlock()
	return a
}

// --- processes ----------------------------------------------------------------------

func Getpid() (pid int) {
	r, _, _ := RawSyscall(SYS_GETPID, 0, 0, 0)
	return int(r)
}

func Getppid() (ppid int) {
	r, _, _ := RawSyscall(SYS_GETPPID, 0, 0, 0)
	return int(r)
}

func Gettid() (tid int) {
	r, _, _ := RawSyscall(SYS_GETTID, 0, 0, 0)
	return int(r)
}

func Getuid() (uid int) {
	r, _, _ := RawSyscall(SYS_GETUID, 0, 0, 0)
	return int(r)
}

func Geteuid() (euid int) {
	r, _, _ := RawSyscall(SYS_GETEUID, 0, 0, 0)
	return int(r)
}

func Getgid() (gid int) {
	r, _, _ := RawSyscall(SYS_GETGID, 0, 0, 0)
	return int(r)
}

func Getegid() (egid int) {
	r, _, _ := RawSyscall(SYS_GETEGID, 0, 0, 0)
	return int(r)
}

func Getpgrp() (pid int) {
	r, _, _ := RawSyscall(SYS_GETPGRP, 0, 0, 0)
	return int(r)
}

func Getpgid(pid int) (pgid int, err error) {
	r, _, e := RawSyscall(SYS_GETPGID, uintptr(pid), 0, 0)
	return int(r), errnoErr(e)
}

func Setpgid(pid int, pgid int) (err error) {
	_, _, e := RawSyscall(SYS_SETPGID, uintptr(pid), uintptr(pgid), 0)
	return errnoErr(e)
}

func Setsid() (pid int, err error) {
	r, _, e := RawSyscall(SYS_SETSID, 0, 0, 0)
	return int(r), errnoErr(e)
}

func Getgroups() (gids []int, err error) {
	r, _, e := RawSyscall(SYS_GETGROUPS, 0, 0, 0)
	if e != 0 {
		return nil, errnoErr(e)
	}
	n := int(r)
	if n == 0 {
		return nil, nil
	}
	if n < 0 || n > 1<<20 {
		return nil, EINVAL
	}
	a := make([]uint32, n)
	r, _, e = RawSyscall(SYS_GETGROUPS, uintptr(n), uintptr(unsafe.Pointer(&a[0])), 0)
	if e != 0 {
		return nil, errnoErr(e)
	}
	n = int(r)
	gids = make([]int, n)
	for i := 0; i < n; i++ {
		gids[i] = int(a[i])
	}
	return gids, nil
}

func Getpriority(which int, who int) (prio int, err error) {
	r, _, e := Syscall(SYS_GETPRIORITY, uintptr(which), uintptr(who), 0)
	return int(r), errnoErr(e)
}

func Setpriority(which int, who int, prio int) (err error) {
	_, _, e := Syscall(SYS_SETPRIORITY, uintptr(which), uintptr(who), uintptr(prio))
	return errnoErr(e)
}

func Kill(pid int, sig Signal) (err error) {
	_, _, e := RawSyscall(SYS_KILL, uintptr(pid), uintptr(sig), 0)
	return errnoErr(e)
}

func Tgkill(tgid int, tid int, sig Signal) (err error) {
	_, _, e := RawSyscall(SYS_TGKILL, uintptr(tgid), uintptr(tid), uintptr(sig))
	return errnoErr(e)
}

func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error) {
	var status int32
	r, _, e := Syscall6(SYS_WAIT4, uintptr(pid), uintptr(unsafe.Pointer(&status)), uintptr(options), uintptr(unsafe.Pointer(rusage)), 0, 0)
	if wstatus != nil {
		*wstatus = WaitStatus(status)
	}
	return int(r), errnoErr(e)
}

func Getrusage(who int, rusage *Rusage) (err error) {
	_, _, e := RawSyscall(SYS_GETRUSAGE, uintptr(who), uintptr(unsafe.Pointer(rusage)), 0)
	return errnoErr(e)
}

func Getrlimit(resource int, rlim *Rlimit) (err error) {
	_, _, e := RawSyscall6(SYS_PRLIMIT64, 0, uintptr(resource), 0, uintptr(unsafe.Pointer(rlim)), 0, 0)
	return errnoErr(e)
}

func Setrlimit(resource int, rlim *Rlimit) error {
	_, _, e := RawSyscall6(SYS_PRLIMIT64, 0, uintptr(resource), uintptr(unsafe.Pointer(rlim)), 0, 0, 0)
	return errnoErr(e)
}

func Times(tms *Tms) (ticks uintptr, err error) {
	r, _, e := RawSyscall(SYS_TIMES, uintptr(unsafe.Pointer(tms)), 0, 0)
	return r, errnoErr(e)
}

func Umask(mask int) (oldmask int) {
	r, _, _ := RawSyscall(SYS_UMASK, uintptr(mask), 0, 0)
	return int(r)
}

func Uname(buf *Utsname) (err error) {
	_, _, e := RawSyscall(SYS_UNAME, uintptr(unsafe.Pointer(buf)), 0, 0)
	return errnoErr(e)
}

func Sysinfo(info *Sysinfo_t) (err error) {
	_, _, e := RawSyscall(SYS_SYSINFO, uintptr(unsafe.Pointer(info)), 0, 0)
	return errnoErr(e)
}

func Getpagesize() int { return 4096 }

// --- time ---------------------------------------------------------------------------

func Gettimeofday(tv *Timeval) (err error) {
	_, _, e := RawSyscall(SYS_GETTIMEOFDAY, uintptr(unsafe.Pointer(tv)), 0, 0)
	return errnoErr(e)
}

func Time(t *Time_t) (tt Time_t, err error) {
	var tv Timeval
	if err := Gettimeofday(&tv); err != nil {
		return 0, err
	}
	if t != nil {
		*t = Time_t(tv.Sec)
	}
	return Time_t(tv.Sec), nil
}

func Nanosleep(time *Timespec, leftover *Timespec) (err error) {
	_, _, e := Syscall(SYS_NANOSLEEP, uintptr(unsafe.Pointer(time)), uintptr(unsafe.Pointer(leftover)), 0)
	return errnoErr(e)
}

// --- files --------------------------------------------------------------------------

func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := RawSyscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	return int64(r), errnoErr(e)
}

func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(_AT_FDCWD, path, mode|O_LARGEFILE, perm)
}

func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	p, err := strPtr(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall6(SYS_OPENAT, uintptr(dirfd), p, uintptr(flags), uintptr(mode), 0, 0)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return int(r), nil
}

func Creat(path string, mode uint32) (fd int, err error) {
	return Open(path, O_CREAT|O_WRONLY|O_TRUNC, mode)
}

func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Dup(oldfd int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_DUP, uintptr(oldfd), 0, 0)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return int(r), nil
}

func Dup2(oldfd int, newfd int) (err error) {
	_, _, e := RawSyscall(SYS_DUP2, uintptr(oldfd), uintptr(newfd), 0)
	return errnoErr(e)
}

func Dup3(oldfd int, newfd int, flags int) (err error) {
	_, _, e := RawSyscall(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags))
	return errnoErr(e)
}

func Pipe(p []int) error { return Pipe2(p, 0) }

func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var pp [2]int32
	_, _, e := RawSyscall(SYS_PIPE2, uintptr(unsafe.Pointer(&pp[0])), uintptr(flags), 0)
	if e != 0 {
		return errnoErr(e)
	}
	p[0], p[1] = int(pp[0]), int(pp[1])
	return nil
}

func fcntl(fd int, cmd int, arg int) (int, error) {
	r, _, e := Syscall(SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	return int(r), errnoErr(e)
}

func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

func SetNonblock(fd int, nonblocking bool) (err error) {
	flag, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if (flag&O_NONBLOCK != 0) == nonblocking {
		return nil
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flag)
	return err
}

func Fstat(fd int, stat *Stat_t) (err error) {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(stat)), 0)
	return errnoErr(e)
}

func fstatat(dirfd int, path string, stat *Stat_t, flags int) error {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_NEWFSTATAT, uintptr(dirfd), p, uintptr(unsafe.Pointer(stat)), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func Stat(path string, stat *Stat_t) (err error) {
	return fstatat(_AT_FDCWD, path, stat, 0)
}

func Lstat(path string, stat *Stat_t) (err error) {
	return fstatat(_AT_FDCWD, path, stat, _AT_SYMLINK_NOFOLLOW)
}

func Statfs(path string, buf *Statfs_t) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_STATFS, p, uintptr(unsafe.Pointer(buf)), 0)
	return errnoErr(e)
}

func Fstatfs(fd int, buf *Statfs_t) (err error) {
	_, _, e := Syscall(SYS_FSTATFS, uintptr(fd), uintptr(unsafe.Pointer(buf)), 0)
	return errnoErr(e)
}

func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), bufPtr(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

func ReadDirent(fd int, buf []byte) (n int, err error) { return Getdents(fd, buf) }

// ParseDirent appends to names the names of up to max entries (all if max
// is negative) of buf, read by ReadDirent, skipping "." and "..", and
// returns the bytes consumed and the number of names added.
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string) {
	const nameOff = 19 // ino 8, off 8, reclen 2, type 1
	total := len(buf)
	for max != 0 && len(buf) > 0 {
		if len(buf) < nameOff {
			return total, count, names
		}
		reclen := int(buf[16]) | int(buf[17])<<8
		if reclen > len(buf) || reclen < nameOff {
			return total, count, names
		}
		rec := buf[:reclen]
		buf = buf[reclen:]
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
		max--
		count++
		names = append(names, string(name))
	}
	return total - len(buf), count, names
}

func Getcwd(buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETCWD, bufPtr(buf), uintptr(len(buf)), 0)
	return int(r), errnoErr(e)
}

func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	// n counts the terminating NUL.
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	// An unreachable directory comes back as "(unreachable)/...".
	if buf[0] != '/' {
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

func Chdir(path string) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_CHDIR, p, 0, 0)
	return errnoErr(e)
}

func Fchdir(fd int) (err error) {
	_, _, e := Syscall(SYS_FCHDIR, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Chroot(path string) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_CHROOT, p, 0, 0)
	return errnoErr(e)
}

func Mkdirat(dirfd int, path string, mode uint32) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_MKDIRAT, uintptr(dirfd), p, uintptr(mode))
	return errnoErr(e)
}

func Mkdir(path string, mode uint32) (err error) { return Mkdirat(_AT_FDCWD, path, mode) }

func unlinkat(dirfd int, path string, flags int) error {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_UNLINKAT, uintptr(dirfd), p, uintptr(flags))
	return errnoErr(e)
}

func Unlink(path string) error              { return unlinkat(_AT_FDCWD, path, 0) }
func Unlinkat(dirfd int, path string) error { return unlinkat(dirfd, path, 0) }
func Rmdir(path string) error               { return unlinkat(_AT_FDCWD, path, _AT_REMOVEDIR) }
func Rename(oldpath string, newpath string) (err error) {
	return Renameat(_AT_FDCWD, oldpath, _AT_FDCWD, newpath)
}

func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error) {
	p1, err := strPtr(oldpath)
	if err != nil {
		return err
	}
	p2, err := strPtr(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_RENAMEAT, uintptr(olddirfd), p1, uintptr(newdirfd), p2, 0, 0)
	return errnoErr(e)
}

func Link(oldpath string, newpath string) (err error) {
	p1, err := strPtr(oldpath)
	if err != nil {
		return err
	}
	p2, err := strPtr(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_LINKAT, atFDCWD, p1, atFDCWD, p2, 0, 0)
	return errnoErr(e)
}

func Symlink(oldpath string, newpath string) (err error) {
	p1, err := strPtr(oldpath)
	if err != nil {
		return err
	}
	p2, err := strPtr(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_SYMLINKAT, p1, atFDCWD, p2)
	return errnoErr(e)
}

func Readlink(path string, buf []byte) (n int, err error) {
	p, err := strPtr(path)
	if err != nil {
		return -1, err
	}
	r, _, e := Syscall6(SYS_READLINKAT, atFDCWD, p, bufPtr(buf), uintptr(len(buf)), 0, 0)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return int(r), nil
}

func Mknodat(dirfd int, path string, mode uint32, dev int) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_MKNODAT, uintptr(dirfd), p, uintptr(mode), uintptr(dev), 0, 0)
	return errnoErr(e)
}

func Mknod(path string, mode uint32, dev int) (err error) {
	return Mknodat(_AT_FDCWD, path, mode, dev)
}

func Mkfifo(path string, mode uint32) (err error) { return Mknod(path, mode|S_IFIFO, 0) }

func Faccessat(dirfd int, path string, mode uint32, flags int) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	if flags == 0 {
		_, _, e := Syscall(SYS_FACCESSAT, uintptr(dirfd), p, uintptr(mode))
		return errnoErr(e)
	}
	_, _, e := Syscall6(_SYS_faccessat2, uintptr(dirfd), p, uintptr(mode), uintptr(flags), 0, 0)
	return errnoErr(e)
}

func Access(path string, mode uint32) (err error) { return Faccessat(_AT_FDCWD, path, mode, 0) }

func Fchmodat(dirfd int, path string, mode uint32, flags int) error {
	if flags&^_AT_SYMLINK_NOFOLLOW != 0 {
		return EINVAL
	} else if flags&_AT_SYMLINK_NOFOLLOW != 0 {
		return EOPNOTSUPP
	}
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_FCHMODAT, uintptr(dirfd), p, uintptr(mode))
	return errnoErr(e)
}

func Chmod(path string, mode uint32) (err error) { return Fchmodat(_AT_FDCWD, path, mode, 0) }

func Fchmod(fd int, mode uint32) (err error) {
	_, _, e := Syscall(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0)
	return errnoErr(e)
}

func Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_FCHOWNAT, uintptr(dirfd), p, uintptr(uid), uintptr(gid), uintptr(flags), 0)
	return errnoErr(e)
}

func Chown(path string, uid int, gid int) (err error) {
	return Fchownat(_AT_FDCWD, path, uid, gid, 0)
}

func Lchown(path string, uid int, gid int) (err error) {
	return Fchownat(_AT_FDCWD, path, uid, gid, _AT_SYMLINK_NOFOLLOW)
}

func Fchown(fd int, uid int, gid int) (err error) {
	_, _, e := Syscall(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid))
	return errnoErr(e)
}

func Truncate(path string, length int64) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_TRUNCATE, p, uintptr(length), 0)
	return errnoErr(e)
}

func Ftruncate(fd int, length int64) (err error) {
	_, _, e := Syscall(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0)
	return errnoErr(e)
}

func Fsync(fd int) (err error) {
	_, _, e := Syscall(SYS_FSYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Fdatasync(fd int) (err error) {
	_, _, e := Syscall(SYS_FDATASYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

func Sync() { Syscall(SYS_SYNC, 0, 0, 0) }

func Flock(fd int, how int) (err error) {
	_, _, e := Syscall(SYS_FLOCK, uintptr(fd), uintptr(how), 0)
	return errnoErr(e)
}

func Fallocate(fd int, mode uint32, off int64, len int64) (err error) {
	_, _, e := Syscall6(SYS_FALLOCATE, uintptr(fd), uintptr(mode), uintptr(off), uintptr(len), 0, 0)
	return errnoErr(e)
}

func Utimes(path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_UTIMES, p, uintptr(unsafe.Pointer(&tv[0])), 0)
	return errnoErr(e)
}

func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_UTIMENSAT, atFDCWD, p, uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	return errnoErr(e)
}

func Futimesat(dirfd int, path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_FUTIMESAT, uintptr(dirfd), p, uintptr(unsafe.Pointer(&tv[0])))
	return errnoErr(e)
}

// Futimes sets the times of an open file through its /proc/self/fd entry,
// as Go does.
func Futimes(fd int, tv []Timeval) (err error) {
	return Utimes("/proc/self/fd/"+itoa(fd), tv)
}

func Utime(path string, buf *Utimbuf) (err error) {
	p, err := strPtr(path)
	if err != nil {
		return err
	}
	_, _, e := Syscall(SYS_UTIME, p, uintptr(unsafe.Pointer(buf)), 0)
	return errnoErr(e)
}

// --- epoll and inotify --------------------------------------------------------------

func EpollCreate(size int) (fd int, err error) {
	if size <= 0 {
		return -1, EINVAL
	}
	return EpollCreate1(0)
}

func EpollCreate1(flag int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_EPOLL_CREATE1, uintptr(flag), 0, 0)
	if e != 0 {
		return -1, errnoErr(e)
	}
	return int(r), nil
}

func EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error) {
	_, _, e := RawSyscall6(SYS_EPOLL_CTL, uintptr(epfd), uintptr(op), uintptr(fd), uintptr(unsafe.Pointer(event)), 0, 0)
	return errnoErr(e)
}

func EpollWait(epfd int, events []EpollEvent, msec int) (n int, err error) {
	var p uintptr
	if len(events) > 0 {
		p = uintptr(unsafe.Pointer(&events[0]))
	} else {
		p = uintptr(unsafe.Pointer(&_zero))
	}
	r, _, e := Syscall6(SYS_EPOLL_WAIT, uintptr(epfd), p, uintptr(len(events)), uintptr(msec), 0, 0)
	return int(r), errnoErr(e)
}

func InotifyInit() (fd int, err error) { return InotifyInit1(0) }

func InotifyInit1(flags int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_INOTIFY_INIT1, uintptr(flags), 0, 0)
	return int(r), errnoErr(e)
}

func InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error) {
	p, err := strPtr(pathname)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall(SYS_INOTIFY_ADD_WATCH, uintptr(fd), p, uintptr(mask))
	return int(r), errnoErr(e)
}

func InotifyRmWatch(fd int, watchdesc uint32) (success int, err error) {
	r, _, e := RawSyscall(SYS_INOTIFY_RM_WATCH, uintptr(fd), uintptr(watchdesc), 0)
	return int(r), errnoErr(e)
}

// --- memory ---------------------------------------------------------------------------

func memcall(trap uintptr, b []byte, arg int) error {
	_, _, e := Syscall(trap, bufPtr(b), uintptr(len(b)), uintptr(arg))
	return errnoErr(e)
}

func Madvise(b []byte, advice int) (err error) { return memcall(SYS_MADVISE, b, advice) }
func Mprotect(b []byte, prot int) (err error)  { return memcall(SYS_MPROTECT, b, prot) }
func Mlock(b []byte) (err error)               { return memcall(SYS_MLOCK, b, 0) }
func Munlock(b []byte) (err error)             { return memcall(SYS_MUNLOCK, b, 0) }

func Mlockall(flags int) (err error) {
	_, _, e := Syscall(SYS_MLOCKALL, uintptr(flags), 0, 0)
	return errnoErr(e)
}

func Munlockall() (err error) {
	_, _, e := Syscall(SYS_MUNLOCKALL, 0, 0, 0)
	return errnoErr(e)
}
