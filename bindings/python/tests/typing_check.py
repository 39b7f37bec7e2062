"""Checked by `mypy --strict` against the installed package: its py.typed marker and
annotations must give these types (bindings/test.sh)."""

from typing import List, Optional

import winhttp_err
from winhttp_err import Category

title: Optional[str] = winhttp_err.title(0x80072EE2, "fr-FR")
hints: Optional[List[str]] = winhttp_err.hints(12002, ["de-DE", "fr"])
summary: Optional[str] = winhttp_err.summary(12002, host="example.com")
kind: Category = winhttp_err.category(-2147012894)
transient: bool = winhttp_err.is_transient(12002)
reasons: List[str] = winhttp_err.cert_flags(0x28)
code: Optional[int] = winhttp_err.code("ERROR_WINHTTP_TIMEOUT")
codes: List[int] = winhttp_err.codes()
tag: str = winhttp_err.locale()
print(title, hints, summary, kind.name, transient, reasons, code, len(codes), tag)
version: str = winhttp_err.__version__
label: str = f"{kind}"
print(version, label)
