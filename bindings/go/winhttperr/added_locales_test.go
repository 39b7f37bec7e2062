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
// before the others: each adds its own tags, none the others request (they ask for
// sv-SE and expect French).
const nbFTL = "error-winhttp-timeout = Forespørselen tok for lang tid.\n    .title = Tidsavbrudd\n"

func TestAddLocaleFromText(t *testing.T) {
	before := winhttperr.Locales()
	if len(before) < 2 || !contains(before, "en-US") || !contains(before, "fr-FR") {
		t.Fatalf("Locales() = %q", before)
	}
	line, err := winhttperr.AddLocale("nb-NO", []byte(nbFTL))
	if err != nil || !strings.HasPrefix(line, "nb-NO added: 2 of ") {
		t.Fatalf("AddLocale = %q, %v", line, err)
	}
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, append(before, "nb-NO")) {
		t.Errorf("Locales() after = %q", got)
	}
	if got := winhttperr.Locale("nb"); got != "nb-NO" {
		t.Errorf("Locale(nb) = %q", got)
	}
	if got, _ := winhttperr.Title(12002, "nb"); got != "Tidsavbrudd" {
		t.Errorf("Title = %q", got)
	}
	if got, _ := winhttperr.Summary(12002, "nb-NO", ""); got != summary12002En {
		t.Errorf("what it lacks is not en-US: %q", got)
	}
	if _, err := winhttperr.AddLocale("nb-NO", []byte(strings.Replace(nbFTL, "Tidsavbrudd", "Tidsavbrudd for forespørselen", 1))); err != nil {
		t.Fatal(err)
	}
	if got, _ := winhttperr.Title(12002, "nb-NO"); got != "Tidsavbrudd for forespørselen" {
		t.Errorf("override: %q", got)
	}
	if got := len(winhttperr.Locales()); got != len(before)+1 {
		t.Errorf("an override grew the list to %d", got)
	}
}

func TestAddedHebrewIsRightToLeft(t *testing.T) {
	if d := winhttperr.Direction("ar-SA"); d != winhttperr.RightToLeft {
		t.Errorf("Direction(ar-SA) = %q", d)
	}
	if _, err := winhttperr.AddLocale("he-IL", []byte("error-winhttp-timeout = תם הזמן שהוקצב לבקשה.\n    .title = תם הזמן\n")); err != nil {
		t.Fatal(err)
	}
	if got := winhttperr.Locale("he"); got != "he-IL" {
		t.Errorf("Locale(he) = %q", got)
	}
	for req, want := range map[string]winhttperr.TextDirection{"he": winhttperr.RightToLeft, "iw": winhttperr.RightToLeft, "fr-FR": winhttperr.LeftToRight} {
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
	_, err := winhttperr.AddLocale("da-DK", []byte("error-winhttp-timeout = {\n"))
	localeError(t, err, winhttperr.StatusInvalidFTL, "line 1, column 26: error: ")
	if err != nil && !strings.HasPrefix(err.Error(), "winhttperr: line 1") {
		t.Errorf("Error() = %q", err.Error())
	}
	_, err = winhttperr.AddLocale("not a tag", []byte(nbFTL))
	localeError(t, err, winhttperr.StatusInvalidTag, "not a tag")
	_, err = winhttperr.AddLocale("da-DK\x00", []byte(nbFTL))
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
	write("fi-FI/app.ftl", "error-winhttp-timeout = Pyyntö aikakatkaistiin.\n    .title = Yhteys aikakatkaistiin\n")
	write("notes.txt", "not a locale")
	line, err := winhttperr.AddLocaleDir(dir)
	if err != nil || !strings.Contains(line, "fi-FI added") {
		t.Fatalf("AddLocaleDir = %q, %v", line, err)
	}
	if got := winhttperr.Locales(); !reflect.DeepEqual(got, append(before, "fi-FI")) {
		t.Errorf("Locales() = %q", got)
	}
	if got, _ := winhttperr.Title(12002, "fi"); got != "Yhteys aikakatkaistiin" {
		t.Errorf("Title(fi) = %q", got)
	}
	write("nn-NO/bad.ftl", "error-winhttp-timeout = {\n")
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
