// Tests of the installed NuGet package (bindings/test.sh compiles them with mcs against
// the package's lib/ assembly, with runtimes/linux-x64/native/ beside them, and runs
// them with mono). No test framework: each check prints on failure, and the last line
// is "N passed, N failed".
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using WinHttpErr;

internal static class Tests
{
    private const uint TimeoutHResult = 0x80072EE2; // HRESULT_FROM_WIN32(12002)
    private const int TimeoutSigned = -2147012894;  // the same, as Exception.HResult holds it

    // Expected texts, from the library's catalogue and FTL files (cargo run -- 12002 --lang fr-FR).
    private const string Title12002En = "Connection timed out";
    private const string Title12002Fr = "Délai de connexion dépassé";
    private const string Summary12002En = "The server took too long to respond.";
    private const string Summary12002EnHost = "The server at example.com took too long to respond.";
    private const string Summary12002FrHost = "Le serveur example.com a mis trop de temps à répondre.";
    private static readonly string[] Hints12002En =
    {
        "Check your network connection.",
        "Wait a moment, then try again.",
        "Check your proxy settings, or ask your network administrator.",
    };
    private static readonly string[] Cert0x28En =
    {
        "The certificate was issued by an authority that this computer does not trust.",
        "The certificate has expired or is not valid yet.",
    };

    private static int passed, failed;

    private static void Check(bool ok, string what)
    {
        if (ok)
        {
            passed++;
        }
        else
        {
            failed++;
            Console.WriteLine("FAIL: " + what);
        }
    }

    private static LocaleException Throws(Action add, string what)
    {
        try
        {
            add();
        }
        catch (LocaleException e)
        {
            return e;
        }
        Check(false, what + " threw no LocaleException");
        return new LocaleException(0, "");
    }

    private static void Eq<T>(T actual, T expected, string what) =>
        Check(EqualityComparer<T>.Default.Equals(actual, expected), $"{what}: got {Show(actual)}, want {Show(expected)}");

    private static uint? CodeOf(string name) => WinHttpError.TryGetCode(name, out uint code) ? code : (uint?)null;

    private static void Seq(IEnumerable<string> actual, IEnumerable<string> expected, string what) =>
        Check(actual != null && expected != null && actual.SequenceEqual(expected),
            $"{what}: got {Show(actual)}, want {Show(expected)}");

    private static string Show(object o) =>
        o == null ? "null" : o is IEnumerable<string> a && !(o is string) ? "[" + string.Join(" | ", a) + "]" : $"\"{o}\"";

    // The flags of a C# 8 compiler's Nullable/NullableContext attribute on a member, as a
    // consumer's compiler reads them ("" for none).
    private static string Nullability(ICustomAttributeProvider member)
    {
        foreach (object a in member.GetCustomAttributes(false))
        {
            Type t = a.GetType();
            if (t.FullName == "System.Runtime.CompilerServices.NullableAttribute")
            {
                return string.Join(",", (byte[])t.GetField("NullableFlags").GetValue(a));
            }
            if (t.FullName == "System.Runtime.CompilerServices.NullableContextAttribute")
            {
                return t.GetField("Flag").GetValue(a).ToString();
            }
        }
        return "";
    }

    // Hostile files, the shapes of the Rust tests' (tests/common/hostile.rs): each would
    // overflow a small stack if the library recursed as deep as the file nests.
    private const int MaxFtlBytes = 1 << 20; // WINHTTP_ERR_MAX_FTL_BYTES
    private const int AddStack = 256 * 1024; // the stack of the thread that adds: a quarter of Windows' default

    private static string DeepPlaceables() =>
        "error-winhttp-timeout = " + new string('{', 2000) + "$x" + new string('}', 2000) + "\n";

    private static string DeepCalls() =>
        "error-winhttp-timeout = { " + string.Concat(Enumerable.Repeat("F(", 2000)) + "1" + new string(')', 2000) + " }\n";

    // Messages each referring to the next one's attribute, up to the size limit.
    private static string AttributeChain()
    {
        var ftl = new System.Text.StringBuilder("error-winhttp-timeout = { m0.a }\n");
        for (int i = 0; ftl.Length < MaxFtlBytes - 100; i++)
        {
            ftl.Append($"m{i} =\n    .a = {{ m{i + 1}.a }}\n");
        }
        return ftl.ToString();
    }

    // 1 MiB of small bad entries (an unknown id each), some 90,000 errors.
    private static string ManyBadEntries()
    {
        var ftl = new System.Text.StringBuilder();
        for (int i = 0; ftl.Length + $"a{i} = x\n".Length <= MaxFtlBytes; i++)
        {
            ftl.Append($"a{i} = x\n");
        }
        return ftl.ToString();
    }

    private static int Main()
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);

        // The native library came from the package (copied beside this program), not from elsewhere.
        WinHttpError.GetCodes();
        string[] loaded = System.IO.File.ReadAllLines("/proc/self/maps")
            .Where(l => l.Contains("libwinhttp_err")).Select(l => l.Substring(l.IndexOf('/'))).Distinct().ToArray();
        string here = AppDomain.CurrentDomain.BaseDirectory.TrimEnd('/');
        Check(loaded.Length == 1 && loaded[0] == here + "/libwinhttp_err.so", "loaded " + Show(loaded) + ", want it from " + here);
        Eq(WinHttpError.Version, Environment.GetEnvironmentVariable("WINHTTP_ERR_VERSION") ?? "0.1.0", "version");

        // Names from Win32, HRESULT (uint) and signed HRESULT (int) input.
        Eq(WinHttpError.GetName(12002), "ERROR_WINHTTP_TIMEOUT", "Name(12002)");
        Eq(WinHttpError.GetName(TimeoutHResult), "ERROR_WINHTTP_TIMEOUT", "Name(0x80072EE2)");
        Eq(WinHttpError.GetName(TimeoutSigned), "ERROR_WINHTTP_TIMEOUT", "Name(-2147012894)");
        Eq(WinHttpError.GetName(0x80072EFD), "ERROR_WINHTTP_CANNOT_CONNECT", "Name(0x80072EFD)");

        // The HResult of an exception, as a WinHTTP caller catches it.
        var ex = new COMException("The operation timed out", TimeoutSigned);
        Eq(WinHttpError.GetName(ex.HResult), "ERROR_WINHTTP_TIMEOUT", "Name(ex.HResult)");
        Eq(WinHttpError.GetTitle(ex.HResult, "fr-FR"), Title12002Fr, "Title(ex.HResult, fr-FR)");
        Eq(WinHttpError.GetCategory(ex.HResult), WinHttpErrorCategory.Timeout, "Category(ex.HResult)");
        Eq(WinHttpError.IsTransient(ex.HResult), true, "IsTransient(ex.HResult)");
        var win32 = new Win32Exception(12029);
        Eq(WinHttpError.GetName(win32.NativeErrorCode), "ERROR_WINHTTP_CANNOT_CONNECT", "Name(Win32Exception)");

        // Unknown codes: null, not an exception.
        foreach (uint unknown in new uint[] { 0, 5, 54321, 0x80070005 })
        {
            Eq(WinHttpError.GetName(unknown), null, $"Name({unknown})");
            Eq(WinHttpError.GetMessage(unknown, "fr-FR"), null, $"Message({unknown})");
            Eq(WinHttpError.GetTitle(unknown), null, $"Title({unknown})");
            Eq(WinHttpError.GetSummary(unknown, null, "example.com"), null, $"Summary({unknown})");
            Check(WinHttpError.GetHints(unknown) == null, $"Hints({unknown}) is null");
            Eq(WinHttpError.GetCategory(unknown), WinHttpErrorCategory.Unknown, $"Category({unknown})");
            Eq(WinHttpError.IsTransient(unknown), false, $"IsTransient({unknown})");
        }
        Eq(CodeOf("ERROR_WINHTTP_NOPE"), null, "Code(nope)");
        Eq(CodeOf(null), null, "Code(null)");

        // Descriptions, English and French.
        Eq(WinHttpError.GetMessage(12029, "en-US"), "The connection to the server could not be established.", "Message en");
        Eq(WinHttpError.GetMessage(12029, "fr-FR"), "La connexion au serveur n’a pas pu être établie.", "Message fr");
        Check(WinHttpError.GetMessage(TimeoutSigned, "mt-MT, fr;q=0.8").StartsWith("Le délai d’attente"), "Message Accept-Language");

        // Titles.
        Eq(WinHttpError.GetTitle(12002, "en-US"), Title12002En, "Title en");
        Eq(WinHttpError.GetTitle(TimeoutHResult, "fr-FR"), Title12002Fr, "Title fr");
        foreach (uint c in WinHttpError.GetCodes())
        {
            foreach (string loc in new[] { "en-US", "fr-FR" })
            {
                string t = WinHttpError.GetTitle(c, loc);
                Check(t != null && t.Length <= 60 && !t.EndsWith("."), $"Title({c}, {loc}) = {Show(t)}");
            }
        }

        // Summary, with and without a host.
        Eq(WinHttpError.GetSummary(12002, "en-US"), Summary12002En, "Summary en");
        Eq(WinHttpError.GetSummary(12002, "en-US", "example.com"), Summary12002EnHost, "Summary en with host");
        Eq(WinHttpError.GetSummary(TimeoutSigned, "fr-FR", "example.com"), Summary12002FrHost, "Summary fr with host (int HResult)");
        Eq(WinHttpError.GetTitle(12175, "fr"), "Échec de la connexion sécurisée", "Title 12175 fr");
        Eq(WinHttpError.GetSummary(12002, "fr-FR", ""), WinHttpError.GetSummary(12002, "fr-FR"), "Summary empty host");
        string tricky = WinHttpError.GetSummary(12002, "en-US", "exa\u202emple.com\n\u0007");
        Check(tricky.Contains("example.com") && tricky.IndexOfAny(new[] { '\u202e', '\n', '\u0007' }) < 0, "Summary drops controls: " + tricky);

        // A host with NUL or a lone surrogate is no host, as in C: never "The server at exa ...".
        Eq(WinHttpError.GetSummary(12002, "en-US", "exa\0mple.com"), Summary12002En, "Summary host with NUL");
        Eq(WinHttpError.GetSummary(12002, "fr-FR", "\0"), WinHttpError.GetSummary(12002, "fr-FR"), "Summary host NUL only");
        Eq(WinHttpError.GetSummary(12002, "en-US", "ex\ud800ample.com"), Summary12002En, "Summary host lone high surrogate");
        Eq(WinHttpError.GetSummary(12002, "en-US", "ex\udfffample.com"), Summary12002En, "Summary host lone low surrogate");
        Check(WinHttpError.GetSummary(12002, "en-US", "example.com\ud83d\ude00") != Summary12002En, "Summary keeps a host with a pair");
        Eq(CodeOf("ERROR_WINHTTP_TIMEOUT\0junk"), (uint?)null, "Code with NUL");
        Eq(CodeOf("ERROR_WINHTTP_TIMEOUT\udc00"), (uint?)null, "Code with lone surrogate");
        Eq(CodeOf("ERROR_WINHTTP_TIMEOUT"), (uint?)12002, "Code");

        // Hints.
        Seq(WinHttpError.GetHints(12002, "en-US"), Hints12002En, "Hints en");
        IReadOnlyList<string> fr = WinHttpError.GetHints(12002, "fr-FR");
        Check(fr != null && fr.Count == 3 && !fr.SequenceEqual(Hints12002En ?? new string[0]), "Hints fr: " + Show(fr));
        Check(WinHttpError.GetCodes().All(c => { var h = WinHttpError.GetHints(c, "fr-FR"); return h != null && h.Count >= 1 && h.Count <= 3; }), "1-3 hints for every code");

        // Categories and retry advice.
        Eq(WinHttpError.GetCategory(12002), WinHttpErrorCategory.Timeout, "Category 12002");
        Eq(WinHttpError.GetCategory(12007), WinHttpErrorCategory.NameResolution, "Category 12007");
        Eq(WinHttpError.GetCategory(0x80072EFD), WinHttpErrorCategory.Network, "Category 0x80072EFD");
        Eq(WinHttpError.GetCategory(12175), WinHttpErrorCategory.Security, "Category 12175");
        Eq(WinHttpError.GetCategory(12180), WinHttpErrorCategory.Proxy, "Category 12180");
        Eq(WinHttpError.GetCategory(12018), WinHttpErrorCategory.Usage, "Category 12018");
        Eq((int)WinHttpErrorCategory.System, 10, "WinHttpErrorCategory.System = 10");
        Eq(WinHttpError.IsTransient(12002), true, "IsTransient 12002");
        Eq(WinHttpError.IsTransient(12175), false, "IsTransient 12175");
        Check(WinHttpError.GetCodes().All(c => WinHttpError.GetCategory(c) != WinHttpErrorCategory.Unknown), "every code has a category");

        // Certificate flags.
        Eq(WinHttpError.GetCertificateErrorReasons((WinHttpCertificateErrors)0).Count, 0, "CertFlags(0)");
        Seq(WinHttpError.GetCertificateErrorReasons((WinHttpCertificateErrors)0x28, "en-US"), Cert0x28En, "CertFlags(0x28) en");
        IReadOnlyList<string> frFlags = WinHttpError.GetCertificateErrorReasons((WinHttpCertificateErrors)0x28, "fr-FR");
        Check(frFlags.Count == 2 && !frFlags.SequenceEqual(Cert0x28En ?? new string[0]), "CertFlags(0x28) fr: " + Show(frFlags));
        IReadOnlyList<string> unknownBit = WinHttpError.GetCertificateErrorReasons((WinHttpCertificateErrors)0x100, "en-US");
        Check(unknownBit.Count == 1 && unknownBit[0].Contains("0x00000100"), "CertFlags(0x100): " + Show(unknownBit));
        Eq(WinHttpError.GetCertificateErrorReasons((WinHttpCertificateErrors)0x8000007F).Count, 8, "CertFlags(all)");
        Eq(WinHttpError.GetCertificateErrorName(WinHttpCertificateErrors.DateInvalid), "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID", "CertFlagName(0x20)");
        Eq(WinHttpError.GetCertificateErrorName(WinHttpCertificateErrors.UntrustedRoot | WinHttpCertificateErrors.DateInvalid), null, "CertFlagName(0x28)");

        // Locale, reverse lookup, codes, log line.
        Eq(WinHttpError.GetLocale("fr-BE"), "fr-FR", "Locale fr-BE");
        Eq(WinHttpError.GetLocale("fr-CA"), "fr-CA", "Locale fr-CA");
        Eq(WinHttpError.GetLocale("mt-MT, fr;q=0.8"), "fr-FR", "Locale Accept-Language");
        Eq(WinHttpError.GetLocale("zz"), "en-US", "Locale zz");
        Eq(WinHttpError.IsRightToLeft("fr"), false, "IsRightToLeft fr");
        Eq(WinHttpError.GetDirection("fr-FR"), TextDirection.LeftToRight, "Direction fr-FR");
        Eq(WinHttpError.GetDirection(), TextDirection.LeftToRight, "Direction default");
        Eq((int)TextDirection.RightToLeft, 1, "TextDirection.RightToLeft is WINHTTP_ERR_DIRECTION_RTL");
        Eq(WinHttpError.IsRightToLeft("ar-EG"), WinHttpError.GetLocale("ar-EG") == "ar-SA", "IsRightToLeft ar-EG");
        Eq(CodeOf("error_winhttp_timeout"), (uint?)12002, "Code");
        IReadOnlyList<uint> codes = WinHttpError.GetCodes();
        Check(codes.Count == 78 && codes[0] == 2 && codes[77] == 12193, "Codes: " + codes.Count);
        Check(codes.All(c => CodeOf(WinHttpError.GetName(c)) == c), "Code(Name(c)) == c");
        Check(WinHttpError.FormatLine(12002, "en-US").EndsWith("(ERROR_WINHTTP_TIMEOUT, 12002)"), "Line");
        Check(WinHttpError.FormatLine(54321, "fr-FR").StartsWith("Erreur WinHTTP inconnue"), "Line unknown");

        // Threads agree.
        string[] expected = codes.Select(c => WinHttpError.GetSummary(c, "fr-FR", "example.com")).ToArray();
        var results = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => codes.Select(c => WinHttpError.GetSummary(c, "fr-FR", "example.com")).ToArray()))
            .ToArray();
        Check(results.All(t => t.Result.SequenceEqual(expected)), "threads agree");

        // What .NET throws: the code found inside exceptions.
        // HttpClient over WinHttpHandler: HttpRequestException ← WinHttpException, a
        // Win32Exception with NativeErrorCode 12002 and HResult HRESULT_FROM_WIN32(12002).
        var handler = new HttpRequestException("An error occurred while sending the request.",
            new Win32Exception(12002, "The operation timed out"));
        Check(WinHttpError.TryGetCode(handler, out uint found) && found == 12002, "TryGetCode(HttpRequestException ← Win32Exception): " + found);
        Eq(WinHttpError.GetTitle(handler, "fr-FR"), Title12002Fr, "GetTitle(exception, fr-FR)");
        Eq(WinHttpError.GetSummary(handler, "en-US", "example.com"), Summary12002EnHost, "GetSummary(exception)");
        Seq(WinHttpError.GetHints(handler, "en-US"), Hints12002En, "GetHints(exception)");
        Eq(WinHttpError.GetCategory(handler), WinHttpErrorCategory.Timeout, "GetCategory(exception)");
        Eq(WinHttpError.IsTransient(handler), true, "IsTransient(exception)");
        // COM (WinHttpRequest): the HRESULT; wrapped twice, and inside an AggregateException (Task.Wait).
        Check(WinHttpError.TryGetCode(new COMException("x", unchecked((int)0x80072EFD)), out found) && found == 12029, "TryGetCode(COMException): " + found);
        var nested = new InvalidOperationException("outer", new AggregateException(new ArgumentException("unrelated"),
            new HttpRequestException("send", new COMException("x", TimeoutSigned))));
        Check(WinHttpError.TryGetCode(nested, out found) && found == 12002, "TryGetCode(… AggregateException …): " + found);
        // Not WinHTTP's: other Win32 codes (a file not found, HRESULT 0x80070002), .NET's own
        // HRESULTs, codes outside the catalogue, null.
        foreach (Exception other in new Exception[] {
            new System.IO.FileNotFoundException("x"), new Win32Exception(2), new Win32Exception(12999),
            new COMException("x", unchecked((int)0x80070002)), new TimeoutException(), new AggregateException(),
            new HttpRequestException("x", new TaskCanceledException()) })
        {
            Check(!WinHttpError.TryGetCode(other, out found) && found == 0, $"TryGetCode({other.GetType().Name}) = {found}");
        }
        Check(!WinHttpError.TryGetCode((Exception)null, out found), "TryGetCode(null exception)");
        Eq(WinHttpError.GetTitle((Exception)null), null, "GetTitle(null exception)");
        Eq(WinHttpError.GetCategory(new TimeoutException()), WinHttpErrorCategory.Unknown, "GetCategory(TimeoutException)");
        Eq(WinHttpError.IsTransient(new TimeoutException()), false, "IsTransient(TimeoutException)");

        // null locales: the thread's CurrentUICulture, as .NET resources use it.
        Eq(CultureInfo.CurrentUICulture.Name, "", "this process's UI culture is invariant (LANG unset)");
        Eq(WinHttpError.GetTitle(12002), Title12002En, "invariant UI culture: the library's default (en-US)");
        string german = WinHttpError.GetTitle(12002, "de-DE");
        Check(german != null && german != Title12002En, "a German title: " + Show(german));
        string[] onThread = null;
        var thread = new Thread(() =>
        {
            Thread.CurrentThread.CurrentUICulture = new CultureInfo("de-DE");
            onThread = new[] { WinHttpError.GetTitle(12002), WinHttpError.GetLocale(), WinHttpError.GetSummary(12002, null, "example.com"),
                WinHttpError.GetTitle(12002, "fr-FR"), WinHttpError.GetTitle(handler) };
        });
        thread.Start();
        thread.Join();
        Eq(onThread[0], german, "de-DE thread: GetTitle(12002)");
        Eq(onThread[1], "de-DE", "de-DE thread: GetLocale()");
        Eq(onThread[2], WinHttpError.GetSummary(12002, "de-DE", "example.com"), "de-DE thread: GetSummary");
        Eq(onThread[3], Title12002Fr, "de-DE thread: an explicit request wins");
        Eq(onThread[4], german, "de-DE thread: GetTitle(exception)");
        Eq(WinHttpError.GetTitle(12002), Title12002En, "the other thread's culture did not leak");
        CultureInfo saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("fr-BE");
        Eq(WinHttpError.GetTitle(12002), Title12002Fr, "fr-BE UI culture: French");
        Eq(WinHttpError.IsRightToLeft(), false, "fr-BE: left to right");
        CultureInfo.CurrentUICulture = new CultureInfo("ar-SA");
        Eq(WinHttpError.GetDirection(), TextDirection.RightToLeft, "ar-SA UI culture: right to left");
        CultureInfo.CurrentUICulture = saved;

        // The assembly says what it is: versions from Cargo.toml, its target framework, and
        // the nullable metadata a C# 8 compiler would have written.
        Assembly asm = typeof(WinHttpError).Assembly;
        string version = Environment.GetEnvironmentVariable("WINHTTP_ERR_VERSION") ?? "0.1.0";
        Eq(asm.GetName().Version.ToString(), version + ".0", "AssemblyVersion");
        Eq(asm.GetCustomAttribute<AssemblyFileVersionAttribute>()?.Version, version + ".0", "AssemblyFileVersion");
        Eq(asm.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, version, "AssemblyInformationalVersion");
        Eq(asm.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()?.FrameworkName,
            Environment.GetEnvironmentVariable("WINHTTP_ERR_TFM") ?? ".NETFramework,Version=v4.6.2", "TargetFramework");
        Eq(Nullability(typeof(WinHttpError)), "1", "WinHttpError: NullableContext(1)");
        MethodInfo getTitle = typeof(WinHttpError).GetMethod("GetTitle", new[] { typeof(uint), typeof(string) });
        Eq(Nullability(getTitle.ReturnParameter), "2", "GetTitle returns string?");
        Eq(Nullability(getTitle.GetParameters()[1]), "2", "GetTitle takes string? locales");
        Eq(Nullability(typeof(WinHttpError).GetMethod("GetLocale").ReturnParameter), "", "GetLocale returns string");
        Eq(Nullability(typeof(WinHttpError).GetMethod("GetHints", new[] { typeof(uint), typeof(string) }).ReturnParameter), "2,1",
            "GetHints returns IReadOnlyList<string>?");
        Eq(Nullability(typeof(WinHttpError).GetMethod("AddLocale", new[] { typeof(string), typeof(string) }).GetParameters()[0]), "",
            "AddLocale takes string tag");

        // Locales added at run time (the process's for good: last, each its own tag).
        string isFtl = "error-winhttp-timeout = Beiðnin tók of langan tíma.\n    .title = Tímamörk\n";
        IReadOnlyList<string> before = WinHttpError.GetLocales();
        Check(before.Contains("en-US") && before.Contains("fr-FR") && !before.Contains("is-IS"), "Locales: " + Show(before));
        string isLine = WinHttpError.AddLocale("is-IS", isFtl);
        Check(isLine.StartsWith("is-IS added: 2 of "), "AddLocale line: " + isLine);
        Seq(WinHttpError.GetLocales(), before.Concat(new[] { "is-IS" }).ToArray(), "Locales grows");
        Eq(WinHttpError.GetLocale("is"), "is-IS", "Locale is");
        Eq(WinHttpError.GetTitle(12002, "is"), "Tímamörk", "Title of an added locale");
        Eq(WinHttpError.GetMessage(TimeoutSigned, "is-IS"), "Beiðnin tók of langan tíma.", "Message of an added locale");
        Eq(WinHttpError.GetSummary(12002, "is-IS"), Summary12002En, "what it lacks comes in en-US");
        WinHttpError.AddLocale("is-IS", System.Text.Encoding.UTF8.GetBytes(isFtl.Replace("Tímamörk", "Tímamörk beiðninnar")));
        Eq(WinHttpError.GetTitle(12002, "is-IS"), "Tímamörk beiðninnar", "AddLocale bytes overrides");
        Eq(WinHttpError.GetLocales().Count, before.Count + 1, "an override does not grow the list");

        Eq(WinHttpError.GetDirection("ar-SA"), TextDirection.RightToLeft, "Direction ar-SA (shipped)");
        Eq(WinHttpError.GetDirection("fa"), TextDirection.LeftToRight, "Direction fa before it is added (en-US)");
        WinHttpError.AddLocale("fa-IR", "error-winhttp-timeout = مهلت درخواست به پایان رسید.\n    .title = پایان مهلت\n");
        Eq(WinHttpError.GetLocale("fa"), "fa-IR", "Locale fa");
        Eq(WinHttpError.GetDirection("fa"), TextDirection.RightToLeft, "Direction fa");
        Eq(WinHttpError.IsRightToLeft("iw"), true, "IsRightToLeft iw");
        Eq(WinHttpError.GetDirection("fr-FR"), TextDirection.LeftToRight, "Direction fr-FR after fa-IR");

        IReadOnlyList<string> withAdded = WinHttpError.GetLocales();
        LocaleException badFtl = Throws(() => WinHttpError.AddLocale("cy-GB", "error-winhttp-timeout = {\n"), "bad FTL");
        Check(badFtl.Status == 3 && badFtl.Message.StartsWith("line 1, column 26: error: "), $"bad FTL: {badFtl.Status} {badFtl.Message}");
        LocaleException badTag = Throws(() => WinHttpError.AddLocale("not a tag", isFtl), "bad tag");
        Check(badTag.Status == 2 && badTag.Message.Contains("not a tag"), $"bad tag: {badTag.Status} {badTag.Message}");
        Eq(Throws(() => WinHttpError.AddLocale("cy-GB\0", isFtl), "tag with NUL").Status, 2u, "tag with NUL");
        string tmp = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "winhttp-err-" + Guid.NewGuid().ToString("N"));
        Eq(Throws(() => WinHttpError.AddLocaleDirectory(tmp), "missing folder").Status, 6u, "missing folder");
        Seq(WinHttpError.GetLocales(), withAdded, "a failed add adds nothing");
        Eq(WinHttpError.GetLocale("cy-GB"), "en-US", "cy-GB not added");

        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(tmp, "ga-IE"));
        System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "ga-IE", "app.ftl"),
            "error-winhttp-timeout = Chuaigh an t-iarratas thar am.\n    .title = Am istigh\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "notes.txt"), "not a locale");
        try
        {
            string dirLine = WinHttpError.AddLocaleDirectory(tmp);
            Check(dirLine.Contains("ga-IE added"), "AddLocaleDirectory line: " + dirLine);
            Seq(WinHttpError.GetLocales(), withAdded.Concat(new[] { "ga-IE" }).ToArray(), "Locales after a folder");
            Eq(WinHttpError.GetTitle(12002, "ga"), "Am istigh", "Title from a folder");
            System.IO.Directory.CreateDirectory(System.IO.Path.Combine(tmp, "cy-GB"));
            System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "cy-GB", "bad.ftl"), "error-winhttp-timeout = {\n");
            LocaleException badFile = Throws(() => WinHttpError.AddLocaleDirectory(tmp), "bad file");
            Check(badFile.Status == 3 && badFile.Message.Contains("bad.ftl:1:"), $"bad file: {badFile.Status} {badFile.Message}");
            Eq(WinHttpError.GetLocales().Count, withAdded.Count + 1, "a bad folder adds nothing");
        }
        finally
        {
            System.IO.Directory.Delete(tmp, true);
        }

        // Each hostile file added as fr-FR on a thread with a 256 KiB stack (Mono gives it
        // that: a native call there overflows past some 200 KiB): refused with its error,
        // the process alive, and fr-FR as shipped.
        var hostile = new[]
        {
            Tuple.Create("deep placeables", DeepPlaceables(), "line 1, column 41: error: placeables or calls nested more than 16 deep"),
            Tuple.Create("deep calls", DeepCalls(), "nested more than 16 deep"),
            Tuple.Create("attribute chain", AttributeChain(), "nests placeables more than 16 deep"),
            Tuple.Create("many bad entries", ManyBadEntries(), "line 1, column 1: error: en-US has no message \"a0\""),
        };
        IReadOnlyList<string> beforeHostile = WinHttpError.GetLocales();
        Eq(WinHttpError.GetTitle(12002, "fr-FR"), Title12002Fr, "fr-FR before the hostile files");
        var refusals = new LocaleException[hostile.Length];
        var small = new Thread(() =>
        {
            for (int i = 0; i < hostile.Length; i++)
            {
                try
                {
                    WinHttpError.AddLocale("fr-FR", hostile[i].Item2);
                }
                catch (LocaleException e)
                {
                    refusals[i] = e;
                }
            }
        }, AddStack);
        small.Start();
        Check(small.Join(TimeSpan.FromSeconds(60)), "the small-stack thread finished");
        for (int i = 0; i < hostile.Length; i++)
        {
            LocaleException e = refusals[i];
            Check(System.Text.Encoding.UTF8.GetByteCount(hostile[i].Item2) <= MaxFtlBytes, hostile[i].Item1 + ": within the size limit");
            Check(e != null && e.Status == 3 && e.Message.Contains(hostile[i].Item3),
                $"{hostile[i].Item1}: {(e == null ? "no LocaleException" : e.Status + " " + e.Message)}");
        }
        Eq(WinHttpError.GetTitle(12002, "fr-FR"), Title12002Fr, "fr-FR after the hostile files");
        Seq(WinHttpError.GetLocales(), beforeHostile, "the hostile files added nothing");

        Console.WriteLine($"dotnet: {WinHttpError.GetTitle(TimeoutSigned, "fr-FR")} / {WinHttpError.GetSummary(TimeoutSigned, "fr-FR", "example.com")}");
        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
