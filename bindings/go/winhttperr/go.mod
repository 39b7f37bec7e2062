module github.com/winhttp-err/winhttp-err/bindings/go/winhttperr

go 1.19
