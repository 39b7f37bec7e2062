"""The NuGet package as a user gets it (bindings/test.sh, after `nuget install`):

    python3 layout.py NUPKG INSTALLED VERSION

- exactly the files it should hold, and `nuget install` unpacked them all;
- the nuspec's metadata: id, version, licence expression, readme, repository, project
  URL, tags, a dependency group per target framework;
- each native library for its runtime: win-x64 a PE32+ DLL for AMD64 (machine 0x8664),
  win-x86 a PE32 DLL for i386 (0x14c), linux-x64 an ELF64 x86-64 shared object; each
  stripped (no COFF symbol table, no .symtab) and the same bytes as the library built
  for the release (the zips of scripts/dist-windows.sh, bindings/native.sh's install);
- the two assemblies: PE32 IL-only (AnyCPU), the build targets a well-formed MSBuild file.
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET
import zipfile

nupkg, installed, version = sys.argv[1:]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


FILES = {
    "WinHttpErr.nuspec",
    "lib/net462/WinHttpErr.dll",
    "lib/net462/WinHttpErr.xml",
    "lib/netstandard2.0/WinHttpErr.dll",
    "lib/netstandard2.0/WinHttpErr.xml",
    "runtimes/linux-x64/native/libwinhttp_err.so",
    "runtimes/win-x64/native/winhttp_err.dll",
    "runtimes/win-x86/native/winhttp_err.dll",
    "build/net462/WinHttpErr.targets",
    "buildTransitive/net462/WinHttpErr.targets",
    "README.md",
    "LICENSE-MIT.txt",
    "LICENSE-APACHE.txt",
}
OPC = ("[Content_Types].xml", "_rels/", "package/")

with zipfile.ZipFile(nupkg) as z:
    names = {n for n in z.namelist() if not n.startswith(OPC)}
    check(names == FILES, f"files: extra {sorted(names - FILES)}, missing {sorted(FILES - names)}")
    nuspec = z.read("WinHttpErr.nuspec")
    content = {n: z.read(n) for n in names & FILES}
# nuget 2.8 keeps the manifest inside the .nupkg it leaves there; newer clients extract it.
for name, data in content.items():
    if name == "WinHttpErr.nuspec":
        continue
    path = os.path.join(installed, name)
    check(os.path.isfile(path) and open(path, "rb").read() == data, f"nuget install: {name} differs or is missing")

ns = {"n": ET.fromstring(nuspec).tag.split("}")[0].strip("{")}
meta = ET.fromstring(nuspec).find("n:metadata", ns)


def field(tag):
    e = meta.find("n:" + tag, ns)
    return None if e is None else (e.text or "").strip()


check(field("id") == "WinHttpErr", f"id {field('id')}")
check(field("version") == version, f"version {field('version')}, want {version}")
lic = meta.find("n:license", ns)
check(lic is not None and lic.get("type") == "expression" and lic.text == "MIT OR Apache-2.0", "license expression")
check(field("readme") == "README.md", f"readme {field('readme')}")
repo = meta.find("n:repository", ns)
check(repo is not None and repo.get("type") == "git" and repo.get("url", "").startswith("https://"), "repository")
check((field("projectUrl") or "").startswith("https://"), "projectUrl")
tags = (field("tags") or "").split()
check({"winhttp", "hresult", "localization"} <= set(tags), f"tags {tags}")
groups = {g.get("targetFramework") for g in meta.findall("n:dependencies/n:group", ns)}
check(groups == {".NETFramework4.6.2", ".NETStandard2.0"}, f"dependency groups {groups}")


def pe(data):
    """(machine, optional-header magic, has a COFF symbol table, is IL-only)."""
    off = struct.unpack_from("<I", data, 0x3C)[0]
    assert data[off:off + 4] == b"PE\0\0", "no PE signature"
    machine, _, _, symtab, nsyms, _, _ = struct.unpack_from("<HHIIIHH", data, off + 4)
    opt = off + 24
    magic = struct.unpack_from("<H", data, opt)[0]
    # The CLI header is data directory 14.
    dirs = opt + (96 if magic == 0x10B else 112)
    cli_rva = struct.unpack_from("<I", data, dirs + 14 * 8)[0]
    return machine, magic, symtab != 0 or nsyms != 0, cli_rva != 0


for rid, machine, magic in [("win-x64", 0x8664, 0x20B), ("win-x86", 0x14C, 0x10B)]:
    data = content[f"runtimes/{rid}/native/winhttp_err.dll"]
    m, mg, symbols, managed = pe(data)
    check(m == machine, f"{rid}: PE machine {m:#x}, want {machine:#x}")
    check(mg == magic, f"{rid}: optional header magic {mg:#x}, want {magic:#x}")
    check(not symbols, f"{rid}: not stripped (COFF symbol table)")
    check(not managed, f"{rid}: a managed assembly, not the C library")

so = content["runtimes/linux-x64/native/libwinhttp_err.so"]
check(so[:4] == b"\x7fELF" and so[4] == 2 and so[5] == 1, "linux-x64: not ELF64 little-endian")
e_type, e_machine = struct.unpack_from("<HH", so, 16)
check(e_type == 3 and e_machine == 62, f"linux-x64: e_type {e_type}, e_machine {e_machine} (want ET_DYN, EM_X86_64)")
shoff, = struct.unpack_from("<Q", so, 0x28)
shentsize, shnum, shstrndx = struct.unpack_from("<HHH", so, 0x3A)
sections = [struct.unpack_from("<IIQQQQ", so, shoff + i * shentsize) for i in range(shnum)]
strtab = sections[shstrndx]
names_at = lambda i: so[strtab[4] + i:so.index(b"\0", strtab[4] + i)].decode()
section_names = {names_at(s[0]) for s in sections}
check(".symtab" not in section_names, "linux-x64: not stripped (.symtab)")
check(".dynsym" in section_names, "linux-x64: no dynamic symbols")
check(b"winhttp_err_summary_w" in so, "linux-x64: winhttp_err_summary_w not exported")

for tfm in ["net462", "netstandard2.0"]:
    m, magic, _, managed = pe(content[f"lib/{tfm}/WinHttpErr.dll"])
    check(managed and m == 0x14C and magic == 0x10B, f"lib/{tfm}: not an AnyCPU IL assembly")

targets = ET.fromstring(content["buildTransitive/net462/WinHttpErr.targets"])
check(targets.tag.endswith("Project"), "targets: not an MSBuild project")
check(content["build/net462/WinHttpErr.targets"] == content["buildTransitive/net462/WinHttpErr.targets"], "targets differ")

for f in failures:
    print("FAIL: layout:", f)
print(f"dotnet layout: {len(FILES)} files, natives win-x64 0x8664, win-x86 0x14c, linux-x64 ELF64 x86-64, stripped")
sys.exit(1 if failures else 0)
