// Package winhttperr turns WinHTTP error codes into their symbolic names, localized
// descriptions and end-user text (a title, a summary naming the server, hints), with
// a category and retry advice, by calling the C library winhttp_err through cgo.
//
// The library is found with pkg-config (winhttp_err.pc): install it with the
// project's scripts/install.sh into a prefix, and point PKG_CONFIG_PATH at
// PREFIX/lib/pkgconfig when the prefix is not a system one. By default the program
// links the shared library (LD_LIBRARY_PATH=PREFIX/lib when the loader does not search
// PREFIX/lib); built with -tags winhttperr_static it links libwinhttp_err.a instead (Linux),
// and the binary needs no library at run time. cgo is required (CGO_ENABLED=1 and a C
// compiler; on Windows MinGW-w64's gcc).
//
// A code is a Code: the Win32 code (12002) or the HRESULT (0x80072EE2), both of
// which fit its uint32 on every target, 32-bit ones included; a signed HRESULT
// (-2147012894, as int32) goes through FromHResult, a syscall.Errno through Code(errno).
// A code the library does not know gives "" and false, or a nil slice (CategoryOf
// gives CategoryUnknown, IsTransient false), never a panic. Error makes a code an
// error value, and FromError finds one in an error chain.
//
// The locales arguments are language requests: a BCP 47 tag ("fr-FR"), a POSIX
// locale name ("fr_FR.UTF-8"), an Accept-Language list ("de-DE, fr;q=0.8") or a GNU
// LANGUAGE list ("de:fr"). "" means the process default (LC_ALL, LC_MESSAGES, LANG,
// LANGUAGE); a request that nothing matches gives en-US. All functions are safe for
// concurrent use.
package winhttperr

/*
#include <stdlib.h>
#include <winhttp_err.h>
*/
import "C"

import (
	"strconv"
	"strings"
	"unsafe"
)

// Code is a WinHTTP error code in either form the library accepts: the Win32 code
// (12002) or its HRESULT (0x80072EE2). Being unsigned 32 bits, an untyped constant of
// either form is a Code on every target, windows/386 included.
type Code uint32

// FromHResult returns the Code of a signed HRESULT, as .NET's Exception.HResult and
// COM interfaces hold it: FromHResult(-2147012894) is 0x80072EE2.
func FromHResult(hr int32) Code {
	return Code(uint32(hr))
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

// snprintf calls an snprintf-like function of the library: measure, then write, and
// again if the text grew in between (a locale added by another goroutine).
func snprintf(call func(buf *C.char, n C.size_t) C.size_t) string {
	need := int(call(nil, 0))
	for {
		buf := make([]byte, need+1)
		got := int(call((*C.char)(unsafe.Pointer(&buf[0])), C.size_t(len(buf))))
		if got < len(buf) {
			return string(buf[:got])
		}
		need = got
	}
}

func text(code Code, part C.uint32_t, locales string) (string, bool) {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	return gostr(C.winhttp_err_text(C.uint32_t(code), part, loc))
}

// Name returns the symbolic name of a code, e.g. "ERROR_WINHTTP_TIMEOUT" for 12002 or
// 0x80072EE2; ok is false if the code is unknown.
func Name(code Code) (name string, ok bool) {
	return gostr(C.winhttp_err_name(C.uint32_t(code)))
}

// Message returns the technical description of a code (from Microsoft's reference)
// in the best language for locales; ok is false if the code is unknown.
func Message(code Code, locales string) (message string, ok bool) {
	return text(code, textDescription, locales)
}

// Title returns a short heading for an end user, e.g. "Connection timed out" (at
// most 60 characters, no final period); ok is false if the code is unknown.
func Title(code Code, locales string) (title string, ok bool) {
	return text(code, textTitle, locales)
}

// Summary returns one or two plain sentences for an end user, naming host (the
// server's name, "" for none) when given; ok is false if the code is unknown. host
// may be untrusted: control and bidi characters are dropped and its length is bounded.
// A host containing NUL or that is not valid UTF-8 is no host: the summary names no
// server, as in C, rather than a cut or garbled name.
func Summary(code Code, locales, host string) (summary string, ok bool) {
	c := C.uint32_t(code)
	if C.winhttp_err_name(c) == nil {
		return "", false
	}
	// A C string would end at the NUL; C itself drops a host that is not UTF-8.
	if strings.IndexByte(host, 0) >= 0 {
		host = ""
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
func Hints(code Code, locales string) []string {
	t, ok := text(code, textHints, locales)
	if !ok {
		return nil
	}
	return strings.Split(t, "\n")
}

// CategoryOf returns the kind of failure a code is; CategoryUnknown if the code is
// unknown.
func CategoryOf(code Code) Category {
	cat := Category(C.winhttp_err_category(C.uint32_t(code)))
	if int(cat) >= len(categoryNames) {
		return CategoryUnknown
	}
	return cat
}

// IsTransient reports whether retrying the same request later may succeed (false if
// the code is unknown).
func IsTransient(code Code) bool {
	return C.winhttp_err_is_transient(C.uint32_t(code)) != 0
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

// TextDirection is how a locale's text is written, spelled as HTML's dir attribute
// and CSS's direction take it: the WINHTTP_ERR_DIRECTION_* values of the C header.
type TextDirection string

// The text directions.
const (
	LeftToRight TextDirection = "ltr" // WINHTTP_ERR_DIRECTION_LTR
	RightToLeft TextDirection = "rtl" // WINHTTP_ERR_DIRECTION_RTL: Arabic, Hebrew, Persian, ...
)

// Direction returns how the locale a request negotiates to (shipped or added) is
// written. The texts carry their own bidi marks; a dialog or page showing them sets
// its direction from this.
func Direction(locales string) TextDirection {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	if C.winhttp_err_direction(loc) == C.WINHTTP_ERR_DIRECTION_RTL {
		return RightToLeft
	}
	return LeftToRight
}

// CodeOf returns the Win32 code whose symbolic name is name, in any case, e.g. 12002
// for "error_winhttp_timeout"; ok is false if there is none (also for a name
// containing NUL).
func CodeOf(name string) (code Code, ok bool) {
	if strings.IndexByte(name, 0) >= 0 {
		return 0, false
	}
	n := C.CString(name)
	defer C.free(unsafe.Pointer(n))
	code = Code(C.winhttp_err_code(n))
	return code, code != 0
}

// Codes returns every code in the catalogue (Win32 form), ascending.
func Codes() []Code {
	codes := make([]Code, int(C.winhttp_err_count()))
	for i := range codes {
		codes[i] = Code(C.winhttp_err_code_at(C.size_t(i)))
	}
	return codes
}

// Line returns one log line for any code, known or not: the description, then the
// name and the code, e.g. "… (ERROR_WINHTTP_TIMEOUT, 12002)".
func Line(code Code, locales string) string {
	loc := cstr(locales)
	defer C.free(unsafe.Pointer(loc))
	return snprintf(func(buf *C.char, n C.size_t) C.size_t {
		return C.winhttp_err_format(C.uint32_t(code), loc, buf, n)
	})
}

// Version returns the version of the C library, e.g. "0.1.0".
func Version() string {
	return C.GoString(C.winhttp_err_version())
}

// The WINHTTP_ERR_* statuses a LocaleError carries.
const (
	StatusInvalidTag uint32 = C.WINHTTP_ERR_INVALID_TAG // not a BCP 47 tag
	StatusInvalidFTL uint32 = C.WINHTTP_ERR_INVALID_FTL // not UTF-8, a syntax error, an unknown id ...
	StatusTooLarge   uint32 = C.WINHTTP_ERR_TOO_LARGE   // a file or text over WINHTTP_ERR_MAX_FTL_BYTES
	StatusLimit      uint32 = C.WINHTTP_ERR_LIMIT       // too many locales, or too much text in all
	StatusIO         uint32 = C.WINHTTP_ERR_IO          // a folder or file that cannot be read
)

// LocaleError is a locale AddLocale or AddLocaleDir did not add (nothing was added):
// the C library's status and its one line, e.g. "line 1, column 26: error: ...".
type LocaleError struct {
	Status  uint32
	Message string
}

func (e *LocaleError) Error() string { return "winhttperr: " + e.Message }

// errLen is room for the one-line message of an add.
const errLen = 4096

func added(call func(err *C.char, n C.size_t) C.uint32_t) (string, error) {
	buf := (*C.char)(C.malloc(errLen))
	defer C.free(unsafe.Pointer(buf))
	*buf = 0
	status := uint32(call(buf, errLen))
	message := C.GoString(buf)
	if status != C.WINHTTP_ERR_OK {
		return "", &LocaleError{Status: status, Message: message}
	}
	return message, nil
}

// AddLocale adds (or overrides) locale tag (e.g. "is-IS") from the Fluent text ftl, for
// the whole process: every function then answers in it when a request negotiates to
// it, and texts it lacks come in en-US. It returns the library's summary line, or a
// *LocaleError for a bad tag or text (nothing is added then).
func AddLocale(tag string, ftl []byte) (string, error) {
	if tag == "" || strings.IndexByte(tag, 0) >= 0 {
		return "", &LocaleError{Status: StatusInvalidTag, Message: "not a language tag: " + strconv.Quote(tag)}
	}
	t := C.CString(tag)
	defer C.free(unsafe.Pointer(t))
	data := C.CBytes(ftl) // never NULL, even for an empty text
	defer C.free(data)
	return added(func(err *C.char, n C.size_t) C.uint32_t {
		return C.winhttp_err_add_locale(t, (*C.char)(data), C.size_t(len(ftl)), err, n)
	})
}

// AddLocaleDir adds (or overrides) every locale of folder dir: one folder per locale,
// named by its tag, holding *.ftl files. All or nothing: a bad file gives a
// *LocaleError naming it, and nothing is added.
func AddLocaleDir(dir string) (string, error) {
	if dir == "" || strings.IndexByte(dir, 0) >= 0 {
		return "", &LocaleError{Status: StatusIO, Message: "not a folder: " + strconv.Quote(dir)}
	}
	d := C.CString(dir)
	defer C.free(unsafe.Pointer(d))
	return added(func(err *C.char, n C.size_t) C.uint32_t {
		return C.winhttp_err_add_locale_dir(d, err, n)
	})
}

// Locales returns every locale's tag: the shipped ones (sorted), then those added, in
// the order they were added.
func Locales() []string {
	n := int(C.winhttp_err_locale_count())
	tags := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if p := C.winhttp_err_locale_at(C.size_t(i)); p != nil {
			tags = append(tags, C.GoString(p))
		}
	}
	return tags
}
