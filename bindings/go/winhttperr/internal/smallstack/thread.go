//go:build cgo

package smallstack

/*
#define _GNU_SOURCE
#include <stddef.h>
#include <stdint.h>
#ifdef _WIN32
#if !defined(_WIN32_WINNT) || _WIN32_WINNT < 0x0602
#undef _WIN32_WINNT
#define _WIN32_WINNT 0x0602 // GetCurrentThreadStackLimits
#endif
#include <windows.h>
#else
#include <pthread.h>
#endif

extern void smallstackCall(uintptr_t);

#ifdef _WIN32
static DWORD WINAPI smallstack_start(LPVOID h) {
	smallstackCall((uintptr_t)h);
	return 0;
}

// The size is the reservation, not the first commit: the stack cannot grow past it.
static int smallstack_run(size_t size, uintptr_t h) {
	HANDLE t = CreateThread(NULL, size, smallstack_start, (LPVOID)h, STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
	if (t == NULL) return (int)GetLastError();
	WaitForSingleObject(t, INFINITE);
	CloseHandle(t);
	return 0;
}

static size_t smallstack_size(void) {
	ULONG_PTR low, high;
	GetCurrentThreadStackLimits(&low, &high);
	return high - low;
}

static int smallstack_wine(void) {
	return GetProcAddress(GetModuleHandleA("ntdll.dll"), "wine_get_version") != NULL;
}
#else
static void *smallstack_start(void *h) {
	smallstackCall((uintptr_t)h);
	return NULL;
}

static int smallstack_run(size_t size, uintptr_t h) {
	pthread_attr_t attr;
	pthread_t t;
	int e = pthread_attr_init(&attr);
	if (e != 0) return e;
	e = pthread_attr_setstacksize(&attr, size);
	if (e == 0) e = pthread_create(&t, &attr, smallstack_start, (void *)h);
	pthread_attr_destroy(&attr);
	if (e == 0) e = pthread_join(t, NULL);
	return e;
}

static size_t smallstack_size(void) {
	pthread_attr_t attr;
	size_t size = 0;
	if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
	pthread_attr_getstacksize(&attr, &size);
	pthread_attr_destroy(&attr);
	return size;
}

static int smallstack_wine(void) { return 0; }
#endif
*/
import "C"

import (
	"fmt"
	"runtime/cgo"
)

// call is what Run hands the thread: the function, and what it panicked with.
type call struct {
	f        func()
	panicked interface{}
}

// Run calls f on a new thread with a stack of size bytes and returns once f has. A
// panic in f is raised again here: unwinding through the C thread would end the
// process. f must not call t.Fatal or runtime.Goexit, which cannot leave a callback.
func Run(size int, f func()) error {
	c := &call{f: f}
	h := cgo.NewHandle(c)
	defer h.Delete()
	if e := C.smallstack_run(C.size_t(size), C.uintptr_t(h)); e != 0 {
		return fmt.Errorf("smallstack: no thread with a %d-byte stack: error %d", size, int(e))
	}
	if c.panicked != nil {
		panic(c.panicked)
	}
	return nil
}

// StackSize is the stack size of the thread it is called on, in bytes (0 when the
// system does not say).
func StackSize() int {
	return int(C.smallstack_size())
}

// MinStack is the smallest stack a thread can have here, in bytes: 1 MiB under Wine,
// which gives no thread less ("Xlib needs a large stack"), 0 elsewhere.
func MinStack() int {
	if C.smallstack_wine() != 0 {
		return 1 << 20
	}
	return 0
}
