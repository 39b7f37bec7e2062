package winhttperr_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr"
)

const (
	timeoutHResult = 0x80072EE2  // HRESULT_FROM_WIN32(12002)
	timeoutSigned  = -2147012894 // the same, as .NET's Exception.HResult holds it
)

// Expected texts, from the library's catalogue and FTL files (cargo run -- 12002 --lang fr-FR).
const (
	title12002En       = "Connection timed out"
	title12002Fr       = "Délai de connexion dépassé"
	summary12002En     = "The server took too long to respond."
	summary12002EnHost = "The server at example.com took too long to respond."
	summary12002FrHost = "Le serveur example.com a mis trop de temps à répondre."
)

var (
	hints12002En = []string{
		"Check your network connection.",
		"Wait a moment, then try again.",
		"Check your proxy settings, or ask your network administrator.",
	}
	cert0x28En = []string{
		"The certificate was issued by an authority that this computer does not trust.",
		"The certificate has expired or is not valid yet.",
	}
)

func TestVersion(t *testing.T) {
	want := os.Getenv("WINHTTP_ERR_VERSION")
	if want == "" && os.Getenv("CI") != "" {
		t.Fatal("WINHTTP_ERR_VERSION is not set (bindings/test.sh sets it)")
	}
	if want != "" && winhttperr.Version() != want {
		t.Errorf("Version() = %q, want %q", winhttperr.Version(), want)
	}
}

func TestNameFromWin32AndHResult(t *testing.T) {
	for _, got := range []func() (string, bool){
		func() (string, bool) { return winhttperr.Name(12002) },
		func() (string, bool) { return winhttperr.Name(timeoutHResult) },
		func() (string, bool) { return winhttperr.Name(winhttperr.FromHResult(timeoutSigned)) },
		func() (string, bool) { return winhttperr.Name(winhttperr.Code(syscall.Errno(12002))) },
	} {
		if name, ok := got(); name != "ERROR_WINHTTP_TIMEOUT" || !ok {
			t.Errorf("Name = %q, %v", name, ok)
		}
	}
	if name, _ := winhttperr.Name(0x80072EFD); name != "ERROR_WINHTTP_CANNOT_CONNECT" {
		t.Errorf("Name(0x80072EFD) = %q", name)
	}
}

func TestUnknownCodes(t *testing.T) {
	for _, unknown := range []winhttperr.Code{0, 5, 54321, 0x80070005, 0xFFFFFFFF} {
		if name, ok := winhttperr.Name(unknown); ok || name != "" {
			t.Errorf("Name(%d) = %q, %v", unknown, name, ok)
		}
		if _, ok := winhttperr.Message(unknown, "fr-FR"); ok {
			t.Errorf("Message(%d) ok", unknown)
		}
		if _, ok := winhttperr.Title(unknown, ""); ok {
			t.Errorf("Title(%d) ok", unknown)
		}
		if _, ok := winhttperr.Summary(unknown, "", "example.com"); ok {
			t.Errorf("Summary(%d) ok", unknown)
		}
		if h := winhttperr.Hints(unknown, ""); h != nil {
			t.Errorf("Hints(%d) = %q", unknown, h)
		}
		if c := winhttperr.CategoryOf(unknown); c != winhttperr.CategoryUnknown {
			t.Errorf("CategoryOf(%d) = %v", unknown, c)
		}
		if winhttperr.IsTransient(unknown) {
			t.Errorf("IsTransient(%d)", unknown)
		}
	}
	if _, ok := winhttperr.CodeOf("ERROR_WINHTTP_NOPE"); ok {
		t.Error("Code(nope) ok")
	}
}

func TestDescriptions(t *testing.T) {
	if m, _ := winhttperr.Message(12029, "en-US"); m != "The connection to the server could not be established." {
		t.Errorf("en: %q", m)
	}
	if m, _ := winhttperr.Message(12029, "fr-FR"); m != "La connexion au serveur n’a pas pu être établie." {
		t.Errorf("fr: %q", m)
	}
	if m, _ := winhttperr.Message(winhttperr.FromHResult(timeoutSigned), "mt-MT, fr;q=0.8"); !strings.HasPrefix(m, "Le délai d’attente") {
		t.Errorf("Accept-Language: %q", m)
	}
}

func TestTitles(t *testing.T) {
	if got, _ := winhttperr.Title(12002, "en-US"); got != title12002En {
		t.Errorf("en: %q", got)
	}
	if got, _ := winhttperr.Title(timeoutHResult, "fr-FR"); got != title12002Fr {
		t.Errorf("fr: %q", got)
	}
	if got, _ := winhttperr.Title(12175, "fr"); got != "Échec de la connexion sécurisée" {
		t.Errorf("12175 fr: %q", got)
	}
	for _, c := range winhttperr.Codes() {
		for _, loc := range []string{"en-US", "fr-FR"} {
			got, ok := winhttperr.Title(c, loc)
			if !ok || got == "" || len([]rune(got)) > 60 || strings.HasSuffix(got, ".") {
				t.Errorf("Title(%d, %s) = %q", c, loc, got)
			}
		}
	}
}

func TestSummaryNamesTheHost(t *testing.T) {
	if got, _ := winhttperr.Summary(12002, "en-US", ""); got != summary12002En {
		t.Errorf("without host: %q", got)
	}
	if got, _ := winhttperr.Summary(12002, "en-US", "example.com"); got != summary12002EnHost {
		t.Errorf("with host: %q", got)
	}
	if got, _ := winhttperr.Summary(winhttperr.FromHResult(timeoutSigned), "fr-FR", "example.com"); got != summary12002FrHost {
		t.Errorf("fr with host: %q", got)
	}
	got, _ := winhttperr.Summary(12002, "en-US", "exa\u202emple.com\n\a")
	if !strings.Contains(got, "example.com") || strings.ContainsAny(got, "\u202e\n\a") {
		t.Errorf("untrusted host: %q", got)
	}
}

func TestHostileHostIsNoHost(t *testing.T) {
	// A NUL would cut the name ("The server at exa ..."); bytes that are not UTF-8 are
	// no text. Either way: no host, as in C.
	for _, host := range []string{"exa\x00mple.com", "\x00", "ex\xffample.com", "ex\xed\xa0\x80ample.com"} {
		if got, _ := winhttperr.Summary(12002, "en-US", host); got != summary12002En {
			t.Errorf("Summary(host %q) = %q", host, got)
		}
	}
	if got, _ := winhttperr.Summary(12002, "en-US", "example.com\U0001F600"); got == summary12002En {
		t.Errorf("a valid host was dropped: %q", got)
	}
	if c, ok := winhttperr.CodeOf("ERROR_WINHTTP_TIMEOUT\x00junk"); ok {
		t.Errorf("Code with NUL = %d", c)
	}
	if c, ok := winhttperr.CodeOf("ERROR_WINHTTP_TIMEOUT\xff"); ok {
		t.Errorf("Code with a bad byte = %d", c)
	}
	if c, ok := winhttperr.CodeOf("ERROR_WINHTTP_TIMEOUT"); !ok || c != 12002 {
		t.Errorf("Code = %d, %v", c, ok)
	}
}

func TestHints(t *testing.T) {
	if got := winhttperr.Hints(12002, "en-US"); !reflect.DeepEqual(got, hints12002En) {
		t.Errorf("en: %q", got)
	}
	if fr := winhttperr.Hints(12002, "fr-FR"); len(fr) != 3 || reflect.DeepEqual(fr, hints12002En) {
		t.Errorf("fr: %q", fr)
	}
	for _, c := range winhttperr.Codes() {
		if h := winhttperr.Hints(c, "fr-FR"); len(h) < 1 || len(h) > 3 {
			t.Errorf("Hints(%d) = %q", c, h)
		}
	}
}

func TestCategories(t *testing.T) {
	for _, c := range []struct {
		code winhttperr.Code
		want winhttperr.Category
	}{
		{12002, winhttperr.CategoryTimeout},
		{winhttperr.FromHResult(timeoutSigned), winhttperr.CategoryTimeout},
		{12007, winhttperr.CategoryNameResolution},
		{0x80072EFD, winhttperr.CategoryNetwork},
		{12175, winhttperr.CategorySecurity},
		{12180, winhttperr.CategoryProxy},
		{12018, winhttperr.CategoryUsage},
		{timeoutHResult, winhttperr.CategoryTimeout},
	} {
		if code, want := c.code, c.want; winhttperr.CategoryOf(code) != want {
			got := winhttperr.CategoryOf(code)
			t.Errorf("CategoryOf(%d) = %v, want %v", code, got, want)
		}
	}
	if s := winhttperr.CategoryNameResolution.String(); s != "name_resolution" {
		t.Errorf("String() = %q", s)
	}
	if !winhttperr.IsTransient(12002) || !winhttperr.IsTransient(timeoutHResult) || winhttperr.IsTransient(12175) || winhttperr.IsTransient(12018) {
		t.Error("IsTransient")
	}
	for _, c := range winhttperr.Codes() {
		if winhttperr.CategoryOf(c) == winhttperr.CategoryUnknown {
			t.Errorf("%d has no category", c)
		}
	}
}

func TestCertFlags(t *testing.T) {
	if got := winhttperr.CertFlags(0, ""); got != nil {
		t.Errorf("0: %q", got)
	}
	en := winhttperr.CertFlags(0x28, "en-US")
	if !reflect.DeepEqual(en, cert0x28En) {
		t.Errorf("0x28 en: %q", en)
	}
	if fr := winhttperr.CertFlags(0x28, "fr-FR"); len(fr) != 2 || reflect.DeepEqual(fr, en) {
		t.Errorf("0x28 fr: %q", fr)
	}
	if got := winhttperr.CertFlags(0x100, "en-US"); len(got) != 1 || !strings.Contains(got[0], "0x00000100") {
		t.Errorf("0x100: %q", got)
	}
	if got := winhttperr.CertFlags(0x8000007F, ""); len(got) != 8 {
		t.Errorf("all flags: %q", got)
	}
	if name, ok := winhttperr.CertFlagName(0x20); name != "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID" || !ok {
		t.Errorf("CertFlagName(0x20) = %q", name)
	}
	if _, ok := winhttperr.CertFlagName(0x28); ok {
		t.Error("CertFlagName(0x28) ok")
	}
}

func TestLocaleCodesAndLine(t *testing.T) {
	for req, want := range map[string]string{"fr_BE.UTF-8": "fr-FR", "fr_CA.UTF-8": "fr-CA", "mt-MT, fr;q=0.8": "fr-FR", "zz": "en-US"} {
		if got := winhttperr.Locale(req); got != want {
			t.Errorf("Locale(%q) = %q", req, got)
		}
	}
	if d := winhttperr.Direction("fr"); d != "ltr" {
		t.Errorf("Direction(fr) = %q", d)
	}
	if d := winhttperr.Direction("fr-FR"); d != winhttperr.LeftToRight {
		t.Errorf("Direction(fr-FR) = %q", d)
	}
	for req, tag := range map[string]string{"ar-EG": "ar-SA", "iw": "he-IL"} {
		want := winhttperr.LeftToRight
		if winhttperr.Locale(req) == tag {
			want = winhttperr.RightToLeft
		}
		if d := winhttperr.Direction(req); d != want {
			t.Errorf("Direction(%q) = %q", req, d)
		}
	}
	if c, ok := winhttperr.CodeOf(" error_winhttp_timeout "); c != 12002 || !ok {
		t.Errorf("Code = %d, %v", c, ok)
	}
	codes := winhttperr.Codes()
	if len(codes) != 78 || codes[0] != 2 || codes[77] != 12193 {
		t.Errorf("Codes() = %v", codes)
	}
	for _, c := range codes {
		name, _ := winhttperr.Name(c)
		if back, _ := winhttperr.CodeOf(name); back != c {
			t.Errorf("Code(Name(%d)) = %d", c, back)
		}
	}
	if l := winhttperr.Line(12002, "en-US"); !strings.HasSuffix(l, "(ERROR_WINHTTP_TIMEOUT, 12002)") {
		t.Errorf("Line = %q", l)
	}
	if l := winhttperr.Line(54321, "fr-FR"); !strings.HasPrefix(l, "Erreur WinHTTP inconnue") || !strings.Contains(l, "0x0000D431") {
		t.Errorf("Line unknown = %q", l)
	}
}

func TestGoroutinesAgree(t *testing.T) {
	summaries := func() []string {
		var out []string
		for _, c := range winhttperr.Codes() {
			s, _ := winhttperr.Summary(c, "fr-FR", "example.com")
			out = append(out, s)
		}
		return out
	}
	want := summaries()
	var wg sync.WaitGroup
	results := make([][]string, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = summaries()
		}(i)
	}
	wg.Wait()
	for i, got := range results {
		if !reflect.DeepEqual(got, want) {
			t.Errorf("goroutine %d disagrees", i)
		}
	}
}

func TestFromHResult(t *testing.T) {
	if c := winhttperr.FromHResult(timeoutSigned); c != timeoutHResult {
		t.Errorf("FromHResult = %#x", uint32(c))
	}
	if c := winhttperr.FromHResult(12002); c != 12002 {
		t.Errorf("FromHResult(12002) = %d", c)
	}
}

func TestErrorValue(t *testing.T) {
	var err error = winhttperr.Error(12002)
	if got := err.Error(); got != winhttperr.Line(12002, "") || !strings.HasSuffix(got, "(ERROR_WINHTTP_TIMEOUT, 12002)") {
		t.Errorf("Error() = %q", got)
	}
	wrapped := fmt.Errorf("fetching %s: %w", "https://example.com/", err)
	var e winhttperr.Error
	if !errors.As(wrapped, &e) || e.Code() != 12002 {
		t.Fatalf("errors.As = %v, %d", errors.As(wrapped, &e), e)
	}
	if !errors.Is(wrapped, winhttperr.Error(12002)) || errors.Is(wrapped, winhttperr.Error(12029)) {
		t.Error("errors.Is")
	}
	// What net/http's callers test for.
	var timeout interface{ Timeout() bool }
	if !errors.As(wrapped, &timeout) || !timeout.Timeout() {
		t.Error("Timeout()")
	}
	if !e.Temporary() || winhttperr.Error(12175).Temporary() || winhttperr.Error(12175).Timeout() {
		t.Error("Temporary()")
	}
	if got := winhttperr.Error(0x80072EFD).Code(); got != 0x80072EFD {
		t.Errorf("Code() = %#x", uint32(got))
	}
}

func TestFromError(t *testing.T) {
	for _, c := range []struct {
		err  error
		want winhttperr.Code
		ok   bool
	}{
		{winhttperr.Error(12002), 12002, true},
		{fmt.Errorf("a: %w", fmt.Errorf("b: %w", winhttperr.Error(0x80072EE7))), 0x80072EE7, true},
		// What a WinHTTP call returns on Windows, wrapped as os.SyscallError wraps it.
		{os.NewSyscallError("WinHttpSendRequest", syscall.Errno(12029)), 12029, true},
		{fmt.Errorf("send: %w", syscall.Errno(12175)), 12175, true},
		{syscall.Errno(54321), 0, false}, // not in the catalogue
		{errors.New("12002"), 0, false},
		{nil, 0, false},
	} {
		got, ok := winhttperr.FromError(c.err)
		if ok != c.ok || winhttperr.Code(got) != c.want {
			t.Errorf("FromError(%v) = %d, %v; want %d, %v", c.err, got, ok, c.want, c.ok)
		}
	}
}
