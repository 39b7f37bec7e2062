// Package winhttperr turns WinHTTP error codes into their symbolic names, localized
// descriptions and end-user text (a title, a summary naming the server, hints), with
// a category and retry advice, by calling the C library winhttp_err through cgo.
//
// The library is found with pkg-config (`#cgo pkg-config: winhttp_err`): install it
// with the project's scripts/install.sh into a prefix, and point PKG_CONFIG_PATH at
// PREFIX/lib/pkgconfig when the prefix is not a system one (and LD_LIBRARY_PATH at
// PREFIX/lib when the loader does not search it).
//
// Every function taking a code accepts any integer type and the three forms a
// WinHTTP error takes: the Win32 code (12002), the HRESULT (0x80072EE2) and the
// signed HRESULT (-2147012894). A code the library does not know gives "" and false,
// or a nil slice (CategoryOf gives CategoryUnknown, IsTransient false), never a panic.
//
// The locales arguments are language requests: a BCP 47 tag ("fr-FR"), a POSIX
// locale name ("fr_FR.UTF-8"), an Accept-Language list ("de-DE, fr;q=0.8") or a GNU
// LANGUAGE list ("de:fr"). "" means the process default (LC_ALL, LC_MESSAGES, LANG,
// LANGUAGE); a request that nothing matches gives en-US. All functions are safe for
// concurrent use.
package winhttperr

/*
#cgo pkg-config: winhttp_err
#include <stdlib.h>
#include <winhttp_err.h>
*/
import "C"

import (
	"strings"
	"unsafe"
)

// Integer is any integer type a code may come in: uint32 for Win32 codes and
// HRESULTs, int32 for signed HRESULTs, syscall.Errno, or an untyped constant.
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

// Category is what kind of failure a code is: the WINHTTP_ERR_CATEGORY_* values of
// the C header.
type Category uint32

// The categories, with the values of the C header.
const (
	CategoryUnknown        Category = 0  // the code is not in the catalogue
	CategoryNetwork        Category = 1  // the connection could not be made or was lost
	CategoryTimeout        Category = 2  // the server or the connection took too long
	CategoryNameResolution Category = 3  // the server's name could not be resolved
	CategoryProxy          Category = 4  // proxy, PAC file, auto-detection
	CategorySecurity       Category = 5  // TLS and certificates
	CategoryAuthentication Category = 6  // login, client certificates
	CategoryServer         Category = 7  // the server's response was unusable
	CategoryRequest        Category = 8  // the URL or request as built
	CategoryUsage          Category = 9  // the program misused the API; obsolete codes
	CategorySystem         Category = 10 // memory, shutdown, internal, not supported
)

var categoryNames = [...]string{
	"unknown", "network", "timeout", "name_resolution", "proxy", "security",
	"authentication", "server", "request", "usage", "system",
}

// String returns the category's lower-case name, e.g. "timeout" or "name_resolution".
func (c Category) String() string {
	if int(c) < len(categoryNames) {
		return categoryNames[c]
	}
	return "unknown"
}

// WINHTTP_ERR_TEXT_*
const (
	textDescription = 0
	textTitle       = 1
	textHints       = 3
)

// u32 converts a code to the C library's uint32, or reports that it cannot be one.
func u32[T Integer](code T) (C.uint32_t, bool) {
	if code < 0 {
		v := int64(code)
		if v < -1<<31 {
			return 0, false
		}
		return C.uint32_t(uint32(v)), true
	}
	if uint64(code) > 0xFFFFFFFF {
		return 0, false
	}
	return C.uint32_t(uint64(code)), true
}

// cstr returns s as a C string to free with C.free, or NULL for "".
func cstr(s string) *C.char {
	if s == "" {
		return nil
	}
	return C.CString(s)
}

// gostr copies a static C string; ok is false for NULL.
func gostr(p *C.char) (string, bool) {
	if p == nil {
		return "", false
	}
	return C.GoString(p), true
}

// snprintf calls an snprintf-like function of the library: measure, then write.
func snprintf(call func(buf *C.char, n C.size_t) C.size_t) string {
	need := int(call(nil, 0))
	buf := make([]byte, need+1)
	call((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf)))
	return string(buf[:need])
}

func text[T Integer](code T, part C.uint32_t, locales string) (string, bool) {
	c, ok := u32(code)
	if !ok {
		return "", false
	}
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	return gostr(C.winhttp_err_text(c, part, loc))
}

// Name returns the symbolic name of a code, e.g. "ERROR_WINHTTP_TIMEOUT" for 12002 or
// 0x80072EE2; ok is false if the code is unknown.
func Name[T Integer](code T) (name string, ok bool) {
	c, ok := u32(code)
	if !ok {
		return "", false
	}
	return gostr(C.winhttp_err_name(c))
}

// Message returns the technical description of a code (from Microsoft's reference)
// in the best language for locales; ok is false if the code is unknown.
func Message[T Integer](code T, locales string) (message string, ok bool) {
	return text(code, textDescription, locales)
}

// Title returns a short heading for an end user, e.g. "Connection timed out" (at
// most 60 characters, no final period); ok is false if the code is unknown.
func Title[T Integer](code T, locales string) (title string, ok bool) {
	return text(code, textTitle, locales)
}

// Summary returns one or two plain sentences for an end user, naming host (the
// server's name, "" for none) when given; ok is false if the code is unknown. host
// may be untrusted: control and bidi characters are dropped and its length is bounded.
func Summary[T Integer](code T, locales, host string) (summary string, ok bool) {
	c, ok := u32(code)
	if !ok || C.winhttp_err_name(c) == nil {
		return "", false
	}
	loc, h := cstr(locales), cstr(host)
	defer C.free(unsafe.Pointer(loc))
	defer C.free(unsafe.Pointer(h))
	return snprintf(func(buf *C.char, n C.size_t) C.size_t {
		return C.winhttp_err_summary(c, loc, h, buf, n)
	}), true
}

// Hints returns one to three things an end user can try, most useful first, each a
// sentence; nil if the code is unknown.
func Hints[T Integer](code T, locales string) []string {
	t, ok := text(code, textHints, locales)
	if !ok {
		return nil
	}
	return strings.Split(t, "\n")
}

// CategoryOf returns the kind of failure a code is; CategoryUnknown if the code is
// unknown.
func CategoryOf[T Integer](code T) Category {
	c, ok := u32(code)
	if !ok {
		return CategoryUnknown
	}
	cat := Category(C.winhttp_err_category(c))
	if int(cat) >= len(categoryNames) {
		return CategoryUnknown
	}
	return cat
}

// IsTransient reports whether retrying the same request later may succeed (false if
// the code is unknown).
func IsTransient[T Integer](code T) bool {
	c, ok := u32(code)
	return ok && C.winhttp_err_is_transient(c) != 0
}

// CertFlags returns why a certificate was rejected: one plain sentence per flag set
// in flags (the WINHTTP_CALLBACK_STATUS_FLAG_* bits reported with
// ERROR_WINHTTP_SECURE_FAILURE, 12175), lowest bit first; unknown bits give one line
// showing them in hex. nil for 0.
func CertFlags(flags uint32, locales string) []string {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	t := snprintf(func(buf *C.char, n C.size_t) C.size_t {
		return C.winhttp_err_cert_flags(C.uint32_t(flags), loc, buf, n)
	})
	if t == "" {
		return nil
	}
	return strings.Split(t, "\n")
}

// CertFlagName returns the name of one certificate flag bit, e.g.
// "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID" for 0x20; ok is false unless flag
// is exactly one known bit.
func CertFlagName(flag uint32) (name string, ok bool) {
	return gostr(C.winhttp_err_cert_flag_name(C.uint32_t(flag)))
}

// Locale returns the shipped locale a request negotiates to, e.g. "fr-FR": the
// language the other functions answer in for the same argument.
func Locale(locales string) string {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	return C.GoString(C.winhttp_err_locale(loc))
}

// Direction returns how the locale a request negotiates to is written: "rtl"
// (Arabic, Hebrew, ...) or "ltr", as HTML's dir attribute takes it. The texts
// carry their own bidi marks; a dialog or page showing them sets its direction
// from this.
func Direction(locales string) string {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	if C.winhttp_err_direction(loc) == C.WINHTTP_ERR_DIRECTION_RTL {
		return "rtl"
	}
	return "ltr"
}

// Code returns the Win32 code whose symbolic name is name, in any case, e.g. 12002
// for "error_winhttp_timeout"; ok is false if there is none.
func Code(name string) (code uint32, ok bool) {
	n := C.CString(name)
	defer C.free(unsafe.Pointer(n))
	code = uint32(C.winhttp_err_code(n))
	return code, code != 0
}

// Codes returns every code in the catalogue (Win32 form), ascending.
func Codes() []uint32 {
	codes := make([]uint32, int(C.winhttp_err_count()))
	for i := range codes {
		codes[i] = uint32(C.winhttp_err_code_at(C.size_t(i)))
	}
	return codes
}

// Line returns one log line for any code, known or not: the description, then the
// name and the code, e.g. "… (ERROR_WINHTTP_TIMEOUT, 12002)". A value that cannot
// be a 32-bit code is described as unknown code 0xFFFFFFFF.
func Line[T Integer](code T, locales string) string {
	c, ok := u32(code)
	if !ok {
		c = 0xFFFFFFFF
	}
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	return snprintf(func(buf *C.char, n C.size_t) C.size_t {
		return C.winhttp_err_format(c, loc, buf, n)
	})
}

// Version returns the version of the C library, e.g. "0.1.0".
func Version() string {
	return C.GoString(C.winhttp_err_version())
}
