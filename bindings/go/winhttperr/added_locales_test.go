package winhttperr_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/winhttp-err/winhttp-err/bindings/go/winhttperr"
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
