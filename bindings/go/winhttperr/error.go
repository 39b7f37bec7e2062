//go:build cgo

package winhttperr

import (
	"errors"
	"syscall"
)

// Error is a WinHTTP failure as a Go error value: Error(12002) or
// Error(0x80072EE2). errors.As finds it in a wrapped chain, and FromError also finds
// the syscall.Errno that Windows calls return.
type Error Code

// Error returns the log line of Line in the process's default language, e.g. "The
// request has timed out. (ERROR_WINHTTP_TIMEOUT, 12002)".
func (e Error) Error() string { return Line(Code(e), "") }

// Code returns the code the error holds.
func (e Error) Code() Code { return Code(e) }

// Timeout reports whether the failure is a time-out (CategoryTimeout), as net.Error
// asks.
func (e Error) Timeout() bool { return CategoryOf(Code(e)) == CategoryTimeout }

// Temporary reports whether retrying the same request later may succeed
// (IsTransient).
func (e Error) Temporary() bool { return IsTransient(Code(e)) }

// FromError finds a WinHTTP code in err's chain (errors.As): an Error, or a
// syscall.Errno (what a WinHTTP call returns on Windows) that the catalogue knows.
// ok is false when there is none.
func FromError(err error) (e Error, ok bool) {
	if errors.As(err, &e) {
		return e, true
	}
	var errno syscall.Errno
	if errors.As(err, &errno) && uint64(errno) <= 0xFFFFFFFF {
		if _, known := Name(Code(errno)); known {
			return Error(errno), true
		}
	}
	return 0, false
}
