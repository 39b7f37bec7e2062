// Package smallstack runs Go code on an operating-system thread with a stack of a
// given size, made by C, for the binding's tests: they add hostile locales on a 256
// KiB stack.
//
// A cgo call runs on the stack of the thread it is made from, not on the goroutine's,
// and the threads Go makes have large stacks (8 MiB on Linux, 2 MiB on Windows), so
// no goroutine setting gives a small one. A thread made by C does: Go code that C
// calls back on it runs its own cgo calls, and so the library, on that thread's stack,
// as in a C or C++ program that calls into Go from a small thread of its own. cgo is
// not allowed in _test.go files, hence this package; being internal, only this module
// can import it, and only its tests do.
package smallstack
