//go:build cgo && !winhttperr_static

package winhttperr

// The shared library, found with pkg-config: libwinhttp_err.so (Linux) or, through
// the import library libwinhttp_err.dll.a, winhttp_err.dll beside the program (Windows).

/*
#cgo pkg-config: winhttp_err
*/
import "C"
