//go:build cgo

// The callback lives in a file of its own: a file with //export may only declare in
// its preamble, and thread.go defines.

package smallstack

// #include <stdint.h>
import "C"

import "runtime/cgo"

//export smallstackCall
func smallstackCall(h C.uintptr_t) {
	c := cgo.Handle(h).Value().(*call)
	defer func() { c.panicked = recover() }()
	c.f()
}
