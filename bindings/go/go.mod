module winhttp-err/bindings/go

go 1.19
