package winhttperr_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr"
	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr/internal/smallstack"
)

// Locales added at run time are the process's for good, and this file's tests run
// before the others: each adds its own tags, none shipped and none the others request
// (they ask for mt-MT and expect French).
const isFTL = "error-winhttp-timeout = Beiðnin tók of langan tíma.\n    .title = Tímamörk\n"

func TestAddLocaleFromText(t *testing.T) {
	before := winhttperr.Locales()
	if len(before) < 2 || !contains(before, "en-US") || !contains(before, "fr-FR") {
		t.Fatalf("Locales() = %q", before)
	}
	if contains(before, "is-IS") {
		t.Fatalf("is-IS is shipped now: the test needs a tag that is not (%q)", before)
	}
	line, err := winhttperr.AddLocale("is-IS", []byte(isFTL))
	if err != nil || !strings.HasPrefix(line, "is-IS added: 2 of ") {
		t.Fatalf("AddLocale = %q, %v", line, err)
	}
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, append(before, "is-IS")) {
		t.Errorf("Locales() after = %q", got)
	}
	if got := winhttperr.Locale("is"); got != "is-IS" {
		t.Errorf("Locale(is) = %q", got)
	}
	if got, _ := winhttperr.Title(12002, "is"); got != "Tímamörk" {
		t.Errorf("Title = %q", got)
	}
	if got, _ := winhttperr.Summary(12002, "is-IS", ""); got != summary12002En {
		t.Errorf("what it lacks is not en-US: %q", got)
	}
	if _, err := winhttperr.AddLocale("is-IS", []byte(strings.Replace(isFTL, "Tímamörk", "Tímamörk beiðninnar", 1))); err != nil {
		t.Fatal(err)
	}
	if got, _ := winhttperr.Title(12002, "is-IS"); got != "Tímamörk beiðninnar" {
		t.Errorf("override: %q", got)
	}
	if got := len(winhttperr.Locales()); got != len(before)+1 {
		t.Errorf("an override grew the list to %d", got)
	}
}

func TestAddedPersianIsRightToLeft(t *testing.T) {
	if d := winhttperr.Direction("ar-SA"); d != winhttperr.RightToLeft {
		t.Errorf("Direction(ar-SA) = %q", d)
	}
	if d := winhttperr.Direction("fa"); d != winhttperr.LeftToRight {
		t.Errorf("Direction(fa) before it is added = %q (en-US)", d)
	}
	if _, err := winhttperr.AddLocale("fa-IR", []byte("error-winhttp-timeout = مهلت درخواست به پایان رسید.\n    .title = پایان مهلت\n")); err != nil {
		t.Fatal(err)
	}
	if got := winhttperr.Locale("fa"); got != "fa-IR" {
		t.Errorf("Locale(fa) = %q", got)
	}
	for req, want := range map[string]winhttperr.TextDirection{"fa": winhttperr.RightToLeft, "iw": winhttperr.RightToLeft, "fr-FR": winhttperr.LeftToRight} {
		if d := winhttperr.Direction(req); d != want {
			t.Errorf("Direction(%q) = %q", req, d)
		}
	}
}

func localeError(t *testing.T, err error, status uint32, contains string) {
	t.Helper()
	var le *winhttperr.LocaleError
	if !errors.As(err, &le) || le.Status != status || !strings.Contains(le.Message, contains) {
		t.Errorf("err = %#v, want status %d containing %q", err, status, contains)
	}
}

func TestBadLocalesAddNothing(t *testing.T) {
	before := winhttperr.Locales()
	_, err := winhttperr.AddLocale("cy-GB", []byte("error-winhttp-timeout = {\n"))
	localeError(t, err, winhttperr.StatusInvalidFTL, "line 1, column 26: error: ")
	if err != nil && !strings.HasPrefix(err.Error(), "winhttperr: line 1") {
		t.Errorf("Error() = %q", err.Error())
	}
	_, err = winhttperr.AddLocale("not a tag", []byte(isFTL))
	localeError(t, err, winhttperr.StatusInvalidTag, "not a tag")
	_, err = winhttperr.AddLocale("cy-GB\x00", []byte(isFTL))
	localeError(t, err, winhttperr.StatusInvalidTag, "")
	_, err = winhttperr.AddLocaleDir(filepath.Join(t.TempDir(), "missing"))
	localeError(t, err, winhttperr.StatusIO, "missing")
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, before) {
		t.Errorf("Locales() = %q", got)
	}
}

// Hostile files, the shapes of the Rust tests' (tests/common/hostile.rs): each would
// overflow a small stack if the library recursed as deep as the file nests.
const maxFTLBytes = 1 << 20 // WINHTTP_ERR_MAX_FTL_BYTES

// Placeables nested 2,000 deep.
func deepPlaceables() []byte {
	return []byte("error-winhttp-timeout = " + strings.Repeat("{", 2000) + "$x" + strings.Repeat("}", 2000) + "\n")
}

// Calls nested 2,000 deep.
func deepCalls() []byte {
	return []byte("error-winhttp-timeout = { " + strings.Repeat("F(", 2000) + "1" + strings.Repeat(")", 2000) + " }\n")
}

// A chain of messages, each one's attribute the next one's, up to the size limit.
func attributeChain() []byte {
	var b strings.Builder
	b.WriteString("error-winhttp-timeout = { m0.a }\n")
	for i := 0; b.Len() < maxFTLBytes-100; i++ {
		fmt.Fprintf(&b, "m%d =\n    .a = { m%d.a }\n", i, i+1)
	}
	return []byte(b.String())
}

// 1 MiB of small bad entries (an unknown id each), some 90,000 errors.
func manyBadEntries() []byte {
	var b []byte
	for i := 0; ; i++ {
		line := fmt.Sprintf("a%d = x\n", i)
		if len(b)+len(line) > maxFTLBytes {
			return b
		}
		b = append(b, line...)
	}
}

// addStack is the stack of the thread that adds: a quarter of Windows' default.
const addStack = 256 << 10

// Each hostile file added as fr-FR from Go code on a thread with a 256 KiB stack
// (made by C: see internal/smallstack for why a goroutine cannot have one): refused
// with its error, the process alive, and fr-FR as shipped.
func TestHostileLocalesAreRefusedOnASmallStack(t *testing.T) {
	hostile := []struct {
		name string
		ftl  []byte
		want string
	}{
		{"deep placeables", deepPlaceables(), "line 1, column 41: error: placeables or calls nested more than 16 deep"},
		{"deep calls", deepCalls(), "nested more than 16 deep"},
		{"attribute chain", attributeChain(), "nests placeables more than 16 deep"},
		{"many bad entries", manyBadEntries(), `line 1, column 1: error: en-US has no message "a0"`},
	}
	before := winhttperr.Locales()
	if got, _ := winhttperr.Title(12002, "fr-FR"); got != title12002Fr {
		t.Fatalf("Title(12002, fr-FR) before = %q", got)
	}
	errs := make([]error, len(hostile))
	stack := 0
	// No t.Fatal in here: it cannot leave a callback from C.
	err := smallstack.Run(addStack, func() {
		stack = smallstack.StackSize()
		for i, h := range hostile {
			_, errs[i] = winhttperr.AddLocale("fr-FR", h.ftl)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	want := addStack
	if floor := smallstack.MinStack(); floor > want {
		want = floor // Wine: threads of 1 MiB, so there the test is a weaker one
	}
	if stack <= 0 || stack > want {
		t.Errorf("the adds ran on a stack of %d bytes, want %d at most", stack, want)
	}
	for i, h := range hostile {
		if len(h.ftl) > maxFTLBytes {
			t.Errorf("%s: %d bytes, over the limit", h.name, len(h.ftl))
		}
		localeError(t, errs[i], winhttperr.StatusInvalidFTL, h.want)
	}
	if got, _ := winhttperr.Title(12002, "fr-FR"); got != title12002Fr {
		t.Errorf("Title(12002, fr-FR) after = %q", got)
	}
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, before) {
		t.Errorf("Locales() = %q", got)
	}
}

func TestAddLocaleDir(t *testing.T) {
	dir := t.TempDir()
	before := winhttperr.Locales()
	write := func(name, text string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("ga-IE/app.ftl", "error-winhttp-timeout = Chuaigh an t-iarratas thar am.\n    .title = Am istigh\n")
	write("notes.txt", "not a locale")
	line, err := winhttperr.AddLocaleDir(dir)
	if err != nil || !strings.Contains(line, "ga-IE added") {
		t.Fatalf("AddLocaleDir = %q, %v", line, err)
	}
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, append(before, "ga-IE")) {
		t.Errorf("Locales() = %q", got)
	}
	if got, _ := winhttperr.Title(12002, "ga"); got != "Am istigh" {
		t.Errorf("Title(ga) = %q", got)
	}
	write("cy-GB/bad.ftl", "error-winhttp-timeout = {\n")
	_, err = winhttperr.AddLocaleDir(dir)
	localeError(t, err, winhttperr.StatusInvalidFTL, "bad.ftl:1:")
	if got := len(winhttperr.Locales()); got != len(before)+1 {
		t.Errorf("a bad folder added locales: %d", got)
	}
}

func contains(tags []string, tag string) bool {
	for _, t := range tags {
		if t == tag {
			return true
		}
	}
	return false
}
