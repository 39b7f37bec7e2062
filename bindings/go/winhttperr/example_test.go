package winhttperr_test

import (
	"fmt"

	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr"
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
	fmt.Println(winhttperr.CategoryOf(0x80072F8F), winhttperr.IsTransient(0x80072F8F)) // 12175 as an HRESULT
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

func ExampleFromError() {
	// A failure as a program holds it: wrapped, with the code inside.
	err := fmt.Errorf("fetching https://example.com/: %w", winhttperr.Error(12002))
	if e, ok := winhttperr.FromError(err); ok {
		title, _ := winhttperr.Title(e.Code(), "en-US")
		fmt.Println(title, e.Timeout(), e.Temporary())
	}
	// Output:
	// Connection timed out true true
}
