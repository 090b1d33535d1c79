// Package syscall declares the low-level operating-system interface of
// linux/amd64: system calls, their constants (errno values, signals, flags,
// socket options, ...) and the kernel structures they exchange.
//
// Missing bodies: all; gorun's runtime makes the system calls (entering and
// leaving the scheduler's syscall state), and the Errno and Signal names
// come from its tables.
package syscall

import (
	"sync"
)

var ForkLock sync.RWMutex

var Stdin = 0

var Stdout = 1

var Stderr = 2

var SocketDisableIPv6 bool

func FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error

func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string)

func Unsetenv(key string) error

func Getenv(key string) (value string, found bool)

func Setenv(key string, value string) error

func Clearenv()

func Environ() []string

func StringSlicePtr(ss []string) []*byte

func SlicePtrFromStrings(ss []string) ([]*byte, error)

func CloseOnExec(fd int)

func SetNonblock(fd int, nonblocking bool) (err error)

func ForkExec(argv0 string, argv []string, attr *ProcAttr) (pid int, err error)

func StartProcess(argv0 string, argv []string, attr *ProcAttr) (pid int, handle uintptr, err error)

func Exec(argv0 string, argv []string, envv []string) (err error)

func LsfStmt(code int, k int) *SockFilter

func LsfJump(code int, k int, jt int, jf int) *SockFilter

func LsfSocket(ifindex int, proto int) (int, error)

func SetLsfPromisc(name string, m bool) error

func AttachLsf(fd int, i []SockFilter) error

func DetachLsf(fd int) error

func NetlinkRIB(proto int, family int) ([]byte, error)

func ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error)

func ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error)

func Setrlimit(resource int, rlim *Rlimit) error

func UnixCredentials(ucred *Ucred) []byte

func ParseUnixCredentials(m *SocketControlMessage) (*Ucred, error)

func CmsgLen(datalen int) int

func CmsgSpace(datalen int) int

func ParseSocketControlMessage(b []byte) ([]SocketControlMessage, error)

func UnixRights(fds ...int) []byte

func ParseUnixRights(m *SocketControlMessage) ([]int, error)

func StringByteSlice(s string) []byte

func ByteSliceFromString(s string) ([]byte, error)

func StringBytePtr(s string) *byte

func BytePtrFromString(s string) (*byte, error)

func Getpagesize() int

func Exit(code int)

func RawSyscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func RawSyscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Syscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Syscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Access(path string, mode uint32) (err error)

func Chmod(path string, mode uint32) (err error)

func Chown(path string, uid int, gid int) (err error)

func Creat(path string, mode uint32) (fd int, err error)

func EpollCreate(size int) (fd int, err error)

func Faccessat(dirfd int, path string, mode uint32, flags int) (err error)

func Fchmodat(dirfd int, path string, mode uint32, flags int) error

func Link(oldpath string, newpath string) (err error)

func Mkdir(path string, mode uint32) (err error)

func Mknod(path string, mode uint32, dev int) (err error)

func Open(path string, mode int, perm uint32) (fd int, err error)

func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error)

func Pipe(p []int) error

func Pipe2(p []int, flags int) error

func Readlink(path string, buf []byte) (n int, err error)

func Rename(oldpath string, newpath string) (err error)

func Rmdir(path string) error

func Symlink(oldpath string, newpath string) (err error)

func Unlink(path string) error

func Unlinkat(dirfd int, path string) error

func Utimes(path string, tv []Timeval) (err error)

func UtimesNano(path string, ts []Timespec) (err error)

func Futimesat(dirfd int, path string, tv []Timeval) (err error)

func Futimes(fd int, tv []Timeval) (err error)

func Getwd() (wd string, err error)

func Getgroups() (gids []int, err error)

func Setgroups(gids []int) (err error)

func Wait4(pid int, wstatus *WaitStatus, options int, rusage *Rusage) (wpid int, err error)

func Mkfifo(path string, mode uint32) (err error)

func Accept(fd int) (nfd int, sa Sockaddr, err error)

func Accept4(fd int, flags int) (nfd int, sa Sockaddr, err error)

func Getsockname(fd int) (sa Sockaddr, err error)

func GetsockoptInet4Addr(fd int, level int, opt int) (value [4]byte, err error)

func GetsockoptIPMreq(fd int, level int, opt int) (*IPMreq, error)

func GetsockoptIPMreqn(fd int, level int, opt int) (*IPMreqn, error)

func GetsockoptIPv6Mreq(fd int, level int, opt int) (*IPv6Mreq, error)

func GetsockoptIPv6MTUInfo(fd int, level int, opt int) (*IPv6MTUInfo, error)

func GetsockoptICMPv6Filter(fd int, level int, opt int) (*ICMPv6Filter, error)

func GetsockoptUcred(fd int, level int, opt int) (*Ucred, error)

func SetsockoptIPMreqn(fd int, level int, opt int, mreq *IPMreqn) (err error)

func BindToDevice(fd int, device string) (err error)

func PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error)

func PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error)

func PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error)

func PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error)

func PtraceGetRegs(pid int, regsout *PtraceRegs) (err error)

func PtraceSetRegs(pid int, regs *PtraceRegs) (err error)

func PtraceSetOptions(pid int, options int) (err error)

func PtraceGetEventMsg(pid int) (msg uint, err error)

func PtraceCont(pid int, signal int) (err error)

func PtraceSyscall(pid int, signal int) (err error)

func PtraceSingleStep(pid int) (err error)

func PtraceAttach(pid int) (err error)

func PtraceDetach(pid int) (err error)

func Reboot(cmd int) (err error)

func ReadDirent(fd int, buf []byte) (n int, err error)

func Mount(source string, target string, fstype string, flags uintptr, data string) (err error)

func Getpgrp() (pid int)

func AllThreadsSyscall(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func AllThreadsSyscall6(trap uintptr, a1 uintptr, a2 uintptr, a3 uintptr, a4 uintptr, a5 uintptr, a6 uintptr) (r1 uintptr, r2 uintptr, err Errno)

func Setegid(egid int) (err error)

func Seteuid(euid int) (err error)

func Setgid(gid int) (err error)

func Setregid(rgid int, egid int) (err error)

func Setresgid(rgid int, egid int, sgid int) (err error)

func Setresuid(ruid int, euid int, suid int) (err error)

func Setreuid(ruid int, euid int) (err error)

func Setuid(uid int) (err error)

func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error)

func Munmap(b []byte) (err error)

func Getrlimit(resource int, rlim *Rlimit) (err error)

func Stat(path string, stat *Stat_t) (err error)

func Lchown(path string, uid int, gid int) (err error)

func Lstat(path string, stat *Stat_t) (err error)

func Gettimeofday(tv *Timeval) (err error)

func Time(t *Time_t) (tt Time_t, err error)

func Read(fd int, p []byte) (n int, err error)

func Write(fd int, p []byte) (n int, err error)

func Pread(fd int, p []byte, offset int64) (n int, err error)

func Pwrite(fd int, p []byte, offset int64) (n int, err error)

func Bind(fd int, sa Sockaddr) (err error)

func Connect(fd int, sa Sockaddr) (err error)

func Getpeername(fd int) (sa Sockaddr, err error)

func GetsockoptInt(fd int, level int, opt int) (value int, err error)

func Recvfrom(fd int, p []byte, flags int) (n int, from Sockaddr, err error)

func Recvmsg(fd int, p []byte, oob []byte, flags int) (n int, oobn int, recvflags int, from Sockaddr, err error)

func Sendmsg(fd int, p []byte, oob []byte, to Sockaddr, flags int) (err error)

func SendmsgN(fd int, p []byte, oob []byte, to Sockaddr, flags int) (n int, err error)

func Sendto(fd int, p []byte, flags int, to Sockaddr) (err error)

func SetsockoptByte(fd int, level int, opt int, value byte) (err error)

func SetsockoptInt(fd int, level int, opt int, value int) (err error)

func SetsockoptInet4Addr(fd int, level int, opt int, value [4]byte) (err error)

func SetsockoptIPMreq(fd int, level int, opt int, mreq *IPMreq) (err error)

func SetsockoptIPv6Mreq(fd int, level int, opt int, mreq *IPv6Mreq) (err error)

func SetsockoptICMPv6Filter(fd int, level int, opt int, filter *ICMPv6Filter) error

func SetsockoptLinger(fd int, level int, opt int, l *Linger) (err error)

func SetsockoptString(fd int, level int, opt int, s string) (err error)

func SetsockoptTimeval(fd int, level int, opt int, tv *Timeval) (err error)

func Socket(domain int, typ int, proto int) (fd int, err error)

func Socketpair(domain int, typ int, proto int) (fd [2]int, err error)

func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error)

func TimespecToNsec(ts Timespec) int64

func NsecToTimespec(nsec int64) Timespec

func TimevalToNsec(tv Timeval) int64

func NsecToTimeval(nsec int64) Timeval

func Getcwd(buf []byte) (n int, err error)

func Acct(path string) (err error)

func Adjtimex(buf *Timex) (state int, err error)

func Chdir(path string) (err error)

func Chroot(path string) (err error)

func Close(fd int) (err error)

func Dup(oldfd int) (fd int, err error)

func Dup3(oldfd int, newfd int, flags int) (err error)

func EpollCreate1(flag int) (fd int, err error)

func EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error)

func Fallocate(fd int, mode uint32, off int64, len int64) (err error)

func Fchdir(fd int) (err error)

func Fchmod(fd int, mode uint32) (err error)

func Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error)

func Fdatasync(fd int) (err error)

func Flock(fd int, how int) (err error)

func Fsync(fd int) (err error)

func Getdents(fd int, buf []byte) (n int, err error)

func Getpgid(pid int) (pgid int, err error)

func Getpid() (pid int)

func Getppid() (ppid int)

func Getpriority(which int, who int) (prio int, err error)

func Getrusage(who int, rusage *Rusage) (err error)

func Gettid() (tid int)

func Getxattr(path string, attr string, dest []byte) (sz int, err error)

func InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error)

func InotifyInit1(flags int) (fd int, err error)

func InotifyRmWatch(fd int, watchdesc uint32) (success int, err error)

func Kill(pid int, sig Signal) (err error)

func Klogctl(typ int, buf []byte) (n int, err error)

func Listxattr(path string, dest []byte) (sz int, err error)

func Mkdirat(dirfd int, path string, mode uint32) (err error)

func Mknodat(dirfd int, path string, mode uint32, dev int) (err error)

func Nanosleep(time *Timespec, leftover *Timespec) (err error)

func PivotRoot(newroot string, putold string) (err error)

func Removexattr(path string, attr string) (err error)

func Setdomainname(p []byte) (err error)

func Sethostname(p []byte) (err error)

func Setpgid(pid int, pgid int) (err error)

func Setsid() (pid int, err error)

func Settimeofday(tv *Timeval) (err error)

func Setpriority(which int, who int, prio int) (err error)

func Setxattr(path string, attr string, data []byte, flags int) (err error)

func Sync()

func Sysinfo(info *Sysinfo_t) (err error)

func Tee(rfd int, wfd int, len int, flags int) (n int64, err error)

func Tgkill(tgid int, tid int, sig Signal) (err error)

func Times(tms *Tms) (ticks uintptr, err error)

func Umask(mask int) (oldmask int)

func Uname(buf *Utsname) (err error)

func Unmount(target string, flags int) (err error)

func Unshare(flags int) (err error)

func Madvise(b []byte, advice int) (err error)

func Mprotect(b []byte, prot int) (err error)

func Mlock(b []byte) (err error)

func Munlock(b []byte) (err error)

func Mlockall(flags int) (err error)

func Munlockall() (err error)

func Dup2(oldfd int, newfd int) (err error)

func Fchown(fd int, uid int, gid int) (err error)

func Fstat(fd int, stat *Stat_t) (err error)

func Fstatfs(fd int, buf *Statfs_t) (err error)

func Ftruncate(fd int, length int64) (err error)

func Getegid() (egid int)

func Geteuid() (euid int)

func Getgid() (gid int)

func Getuid() (uid int)

func InotifyInit() (fd int, err error)

func Ioperm(from int, num int, on int) (err error)

func Iopl(level int) (err error)

func Listen(s int, n int) (err error)

func Pause() (err error)

func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error)

func Seek(fd int, offset int64, whence int) (off int64, err error)

func Select(nfd int, r *FdSet, w *FdSet, e *FdSet, timeout *Timeval) (n int, err error)

func Setfsgid(gid int) (err error)

func Setfsuid(uid int) (err error)

func Shutdown(fd int, how int) (err error)

func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error)

func Statfs(path string, buf *Statfs_t) (err error)

func SyncFileRange(fd int, off int64, n int64, flags int) (err error)

func Truncate(path string, length int64) (err error)

func Ustat(dev int, ubuf *Ustat_t) (err error)

func EpollWait(epfd int, events []EpollEvent, msec int) (n int, err error)

func Utime(path string, buf *Utimbuf) (err error)
