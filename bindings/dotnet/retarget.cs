// Makes lib/netstandard2.0/WinHttpErr.dll from the net462 assembly mcs built, for want of
// the .NET Standard reference assemblies (they come from nuget.org, which this project's
// machines cannot reach; Mono's mcs cannot compile against its own netstandard.dll facade,
// which holds no types, only forwards):
//
//   mono retarget.exe IN.dll OUT.dll FACADE
//
// Every type the assembly uses from the .NET Framework (mscorlib, System, System.Core) is
// pointed at netstandard 2.0.0.0 instead, as a netstandard2.0 compilation references it,
// and its TargetFramework becomes .NETStandard,Version=v2.0. FACADE is Mono's
// netstandard.dll: each type must be one it forwards, i.e. part of .NET Standard 2.0, or
// this fails naming it. (Members are not checked: the ones used are basic ones; the SDK
// build, WinHttpErr.csproj, compiles against the real reference assemblies.)
using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

internal static class Retarget
{
    private static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: mono retarget.exe IN.dll OUT.dll FACADE");
            return 2;
        }
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(System.IO.Path.GetDirectoryName(args[2]));
        var facade = ModuleDefinition.ReadModule(args[2]);
        var standard = new HashSet<string>(facade.ExportedTypes.Select(t => t.FullName));
        standard.UnionWith(facade.Types.Select(t => t.FullName));
        var module = ModuleDefinition.ReadModule(args[0], new ReaderParameters { AssemblyResolver = resolver });

        var netstandard = new AssemblyNameReference("netstandard", new Version(2, 0, 0, 0))
        {
            PublicKeyToken = new byte[] { 0xcc, 0x7b, 0x13, 0xff, 0xcd, 0x2d, 0xdd, 0x51 },
        };
        var framework = new HashSet<string> { "mscorlib", "System", "System.Core" };
        var missing = new List<string>();
        foreach (TypeReference type in module.GetTypeReferences())
        {
            if (type.Scope is AssemblyNameReference from && framework.Contains(from.Name))
            {
                if (!standard.Contains(type.FullName))
                {
                    missing.Add(type.FullName + " (" + from.Name + ")");
                }
                type.Scope = netstandard;
            }
        }
        if (missing.Count > 0)
        {
            Console.Error.WriteLine("retarget: not in .NET Standard 2.0: " + string.Join(", ", missing));
            return 1;
        }
        var others = module.AssemblyReferences.Where(a => !framework.Contains(a.Name)).ToList();
        if (others.Count > 0)
        {
            Console.Error.WriteLine("retarget: unexpected references: " + string.Join(", ", others.Select(a => a.Name)));
            return 1;
        }
        module.AssemblyReferences.Clear();
        module.AssemblyReferences.Add(netstandard);

        CustomAttribute target = module.Assembly.CustomAttributes
            .Single(a => a.AttributeType.FullName == "System.Runtime.Versioning.TargetFrameworkAttribute");
        target.ConstructorArguments[0] = new CustomAttributeArgument(module.TypeSystem.String, ".NETStandard,Version=v2.0");
        target.Properties.Clear();
        module.Write(args[1]);
        return 0;
    }
}
