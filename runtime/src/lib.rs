//! Go's runtime, reimplemented: the G/M/P scheduler of the seed documents,
//! stacks, parking, channels, select, sync, timers, sysmon, syscalls,
//! LockOSThread. It knows nothing of syntax and is tested on its own.
