package winhttperr_test

import (
	"fmt"

	winhttperr "winhttp-err/bindings/go"
)

func ExampleName() {
	name, ok := winhttperr.Name(0x80072EE2) // the HRESULT of ERROR_WINHTTP_TIMEOUT
	fmt.Println(name, ok)
	_, ok = winhttperr.Name(54321)
	fmt.Println(ok)
	// Output:
	// ERROR_WINHTTP_TIMEOUT true
	// false
}

func ExampleCategoryOf() {
	fmt.Println(winhttperr.CategoryOf(12007), winhttperr.IsTransient(12007))
	fmt.Println(winhttperr.CategoryOf(-2147012721), winhttperr.IsTransient(-2147012721)) // 12175
	// Output:
	// name_resolution true
	// security false
}
