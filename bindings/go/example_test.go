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

func ExampleSummary() {
	summary, _ := winhttperr.Summary(12002, "en-US", "example.com")
	fmt.Println(summary)
	title, _ := winhttperr.Title(0x80072EE2, "fr-FR")
	fmt.Println(title)
	// Output:
	// The server at example.com took too long to respond.
	// Délai de connexion dépassé
}

func ExampleCertFlags() {
	for _, reason := range winhttperr.CertFlags(0x28, "en-US") {
		fmt.Println(reason)
	}
	// Output:
	// The certificate was issued by an authority that this computer does not trust.
	// The certificate has expired or is not valid yet.
}
