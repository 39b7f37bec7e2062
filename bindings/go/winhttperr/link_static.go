//go:build cgo && winhttperr_static

package winhttperr

// go build -tags winhttperr_static: libwinhttp_err.a linked into the program, which
// then needs no library at run time. pkg-config --static gives the include folder,
// -L and the system libraries the archive needs; the archive comes first, so the
// linker takes every symbol from it, and --as-needed drops the -lwinhttp_err that
// pkg-config adds (GNU ld applies every -L to every -l, wherever it stands).

/*
#cgo pkg-config: --static winhttp_err
#cgo LDFLAGS: -l:libwinhttp_err.a -Wl,--as-needed
*/
import "C"
