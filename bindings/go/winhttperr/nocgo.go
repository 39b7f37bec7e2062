//go:build !cgo

package winhttperr

// The package calls the C library through cgo, which is off: CGO_ENABLED=0 (the default
// when cross-compiling, or when no C compiler is found). The line below is the
// compiler's message, so that the build fails naming the cause rather than with "build
// constraints exclude all Go files".
var _ = winhttperr_needs_cgo__build_with_CGO_ENABLED_1_and_a_C_compiler
