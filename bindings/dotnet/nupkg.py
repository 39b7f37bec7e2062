"""The two steps around Debian's nuget 2.8 in pack.sh.

    python3 nupkg.py old NUSPEC OUT        NUSPEC less what nuget 2.8 rejects
    python3 nupkg.py swap NUPKG NUSPEC OUT  NUPKG with NUSPEC as its manifest

nuget 2.8 validates against a schema without <license>, <readme> and <repository>,
which today's NuGet reads (nuget.org shows the licence and README from them). The
package it packs keeps its parts ([Content_Types].xml, _rels/, the core properties);
only the manifest is replaced, by the one in the repository.
"""
import re
import sys
import zipfile


def old(nuspec, out):
    with open(nuspec, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"\s*<(license|readme)\b[^>]*>[^<]*</\1>|\s*<repository\b[^>]*/>", "", text)
    with open(out, "w", encoding="utf-8") as f:
        f.write(text)


def swap(packed, nuspec, out):
    with open(nuspec, "rb") as f:
        manifest = f.read()
    with zipfile.ZipFile(packed) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        names = [i.filename for i in src.infolist()]
        if "WinHttpErr.nuspec" not in names:
            sys.exit(f"nupkg.py: no WinHttpErr.nuspec in {packed}: {names}")
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "WinHttpErr.nuspec":
                data = manifest
            dest.writestr(info, data)


if __name__ == "__main__":
    {"old": old, "swap": swap}[sys.argv[1]](*sys.argv[2:])
