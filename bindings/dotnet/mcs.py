"""C# 8 nullable annotations → C# 7 that Mono's mcs compiles, with the same metadata.

    python3 mcs.py IN.cs OUT.cs

mcs stops at C# 7: it knows neither `#nullable enable` nor `string?`. What a C# 8
compiler emits for them is attributes, which any compiler can write: on each public
type NullableContext(1) (reference types non-null unless marked), on each `T?`
parameter or return of a public member Nullable(2) (Nullable({2, 1}) for
`IReadOnlyList<string>?`: the list may be null, its strings not), and the two
attribute classes, internal, as the C# compiler embeds them. Consumers with
`<Nullable>enable</Nullable>` read them as if the SDK had built the assembly.
Annotations of private code, which no caller sees, are dropped. The .NET SDK build
(WinHttpErr.csproj) compiles the source as it is.
"""
import re
import sys

REF = r"(?:string|Exception|byte\[\]|ushort\[\]|IReadOnlyList<string>)"
ATTR = "System.Runtime.CompilerServices.Nullable"
FLAGS = {"IReadOnlyList<string>": "new byte[] { 2, 1 }"}

DEFINITIONS = """
namespace System.Runtime.CompilerServices
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Event | AttributeTargets.Field |
        AttributeTargets.GenericParameter | AttributeTargets.Parameter | AttributeTargets.Property |
        AttributeTargets.ReturnValue, AllowMultiple = false, Inherited = false)]
    internal sealed class NullableAttribute : Attribute
    {
        public readonly byte[] NullableFlags;
        public NullableAttribute(byte value) { NullableFlags = new[] { value }; }
        public NullableAttribute(byte[] value) { NullableFlags = value; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Delegate | AttributeTargets.Interface |
        AttributeTargets.Method | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    internal sealed class NullableContextAttribute : Attribute
    {
        public readonly byte Flag;
        public NullableContextAttribute(byte value) { Flag = value; }
    }
}
"""


def flags(t):
    return FLAGS.get(t, "2")


def translate(src):
    out = []
    for line in src.splitlines():
        if line.strip() == "#nullable enable":
            continue
        m = re.match(r"^(\s*)(public (?:static )?class \w+)", line)
        if m:
            out.append(f"{m.group(1)}[{ATTR}Context(1)]")
        m = re.match(rf"^(\s*)(public static )({REF})\? (\w+\()", line)
        if m:
            indent, mod, t, rest = m.groups()
            out.append(f"{indent}[return: {ATTR}({flags(t)})]")
            line = line.replace(f"{mod}{t}? ", f"{mod}{t} ", 1)
        if re.match(r"^\s*public ", line):
            line = re.sub(rf"\b({REF})\? (\w+)", lambda m: f"[{ATTR}({flags(m.group(1))})] {m.group(1)} {m.group(2)}", line)
        line = re.sub(rf"\b({REF})\?(?=[ ,>)\]])", r"\1", line)
        if re.search(rf"\b{REF}\?[ ,>)\]]", line):
            sys.exit(f"mcs.py: an annotation left: {line.strip()}")
        out.append(line)
    return "\n".join(out) + "\n" + DEFINITIONS


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as f:
        text = translate(f.read())
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(text)
