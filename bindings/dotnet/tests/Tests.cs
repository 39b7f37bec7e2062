// Tests of the installed NuGet package (bindings/test.sh compiles them with mcs against
// the package's lib/ assembly, with runtimes/linux-x64/native/ beside them, and runs
// them with mono). No test framework: each check prints on failure, and the last line
// is "N passed, N failed".
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.InteropServices;
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

    private static void Seq(string[] actual, string[] expected, string what) =>
        Check(actual != null && expected != null && actual.SequenceEqual(expected),
            $"{what}: got {Show(actual)}, want {Show(expected)}");

    private static string Show(object o) =>
        o == null ? "null" : o is string[] a ? "[" + string.Join(" | ", a) + "]" : $"\"{o}\"";

    private static int Main()
    {
        Console.OutputEncoding = new System.Text.UTF8Encoding(false);

        // The native library came from the package (copied beside this program), not from elsewhere.
        WinHttpError.Codes();
        string[] loaded = System.IO.File.ReadAllLines("/proc/self/maps")
            .Where(l => l.Contains("libwinhttp_err")).Select(l => l.Substring(l.IndexOf('/'))).Distinct().ToArray();
        string here = AppDomain.CurrentDomain.BaseDirectory.TrimEnd('/');
        Check(loaded.Length == 1 && loaded[0] == here + "/libwinhttp_err.so", "loaded " + Show(loaded) + ", want it from " + here);
        Eq(WinHttpError.Version, Environment.GetEnvironmentVariable("WINHTTP_ERR_VERSION") ?? "0.1.0", "version");

        // Names from Win32, HRESULT (uint) and signed HRESULT (int) input.
        Eq(WinHttpError.Name(12002), "ERROR_WINHTTP_TIMEOUT", "Name(12002)");
        Eq(WinHttpError.Name(TimeoutHResult), "ERROR_WINHTTP_TIMEOUT", "Name(0x80072EE2)");
        Eq(WinHttpError.Name(TimeoutSigned), "ERROR_WINHTTP_TIMEOUT", "Name(-2147012894)");
        Eq(WinHttpError.Name(0x80072EFD), "ERROR_WINHTTP_CANNOT_CONNECT", "Name(0x80072EFD)");

        // The HResult of an exception, as a WinHTTP caller catches it.
        var ex = new COMException("The operation timed out", TimeoutSigned);
        Eq(WinHttpError.Name(ex.HResult), "ERROR_WINHTTP_TIMEOUT", "Name(ex.HResult)");
        Eq(WinHttpError.Title(ex.HResult, "fr-FR"), Title12002Fr, "Title(ex.HResult, fr-FR)");
        Eq(WinHttpError.Category(ex.HResult), ErrorCategory.Timeout, "Category(ex.HResult)");
        Eq(WinHttpError.IsTransient(ex.HResult), true, "IsTransient(ex.HResult)");
        var win32 = new Win32Exception(12029);
        Eq(WinHttpError.Name(win32.NativeErrorCode), "ERROR_WINHTTP_CANNOT_CONNECT", "Name(Win32Exception)");

        // Unknown codes: null, not an exception.
        foreach (uint unknown in new uint[] { 0, 5, 54321, 0x80070005 })
        {
            Eq(WinHttpError.Name(unknown), null, $"Name({unknown})");
            Eq(WinHttpError.Message(unknown, "fr-FR"), null, $"Message({unknown})");
            Eq(WinHttpError.Title(unknown), null, $"Title({unknown})");
            Eq(WinHttpError.Summary(unknown, null, "example.com"), null, $"Summary({unknown})");
            Check(WinHttpError.Hints(unknown) == null, $"Hints({unknown}) is null");
            Eq(WinHttpError.Category(unknown), ErrorCategory.Unknown, $"Category({unknown})");
            Eq(WinHttpError.IsTransient(unknown), false, $"IsTransient({unknown})");
        }
        Eq(WinHttpError.Code("ERROR_WINHTTP_NOPE"), null, "Code(nope)");
        Eq(WinHttpError.Code(null), null, "Code(null)");

        // Descriptions, English and French.
        Eq(WinHttpError.Message(12029, "en-US"), "The connection to the server could not be established.", "Message en");
        Eq(WinHttpError.Message(12029, "fr-FR"), "La connexion au serveur n’a pas pu être établie.", "Message fr");
        Check(WinHttpError.Message(TimeoutSigned, "sv-SE, fr;q=0.8").StartsWith("Le délai d’attente"), "Message Accept-Language");

        // Titles.
        Eq(WinHttpError.Title(12002, "en-US"), Title12002En, "Title en");
        Eq(WinHttpError.Title(TimeoutHResult, "fr-FR"), Title12002Fr, "Title fr");
        foreach (uint c in WinHttpError.Codes())
        {
            foreach (string loc in new[] { "en-US", "fr-FR" })
            {
                string t = WinHttpError.Title(c, loc);
                Check(t != null && t.Length <= 60 && !t.EndsWith("."), $"Title({c}, {loc}) = {Show(t)}");
            }
        }

        // Summary, with and without a host.
        Eq(WinHttpError.Summary(12002, "en-US"), Summary12002En, "Summary en");
        Eq(WinHttpError.Summary(12002, "en-US", "example.com"), Summary12002EnHost, "Summary en with host");
        Eq(WinHttpError.Summary(TimeoutSigned, "fr-FR", "example.com"), Summary12002FrHost, "Summary fr with host (int HResult)");
        Eq(WinHttpError.Title(12175, "fr"), "Échec de la connexion sécurisée", "Title 12175 fr");
        Eq(WinHttpError.Summary(12002, "fr-FR", ""), WinHttpError.Summary(12002, "fr-FR"), "Summary empty host");
        string tricky = WinHttpError.Summary(12002, "en-US", "exa\u202emple.com\n\u0007");
        Check(tricky.Contains("example.com") && tricky.IndexOfAny(new[] { '\u202e', '\n', '\u0007' }) < 0, "Summary drops controls: " + tricky);

        // A host with NUL or a lone surrogate is no host, as in C: never "The server at exa ...".
        Eq(WinHttpError.Summary(12002, "en-US", "exa\0mple.com"), Summary12002En, "Summary host with NUL");
        Eq(WinHttpError.Summary(12002, "fr-FR", "\0"), WinHttpError.Summary(12002, "fr-FR"), "Summary host NUL only");
        Eq(WinHttpError.Summary(12002, "en-US", "ex\ud800ample.com"), Summary12002En, "Summary host lone high surrogate");
        Eq(WinHttpError.Summary(12002, "en-US", "ex\udfffample.com"), Summary12002En, "Summary host lone low surrogate");
        Check(WinHttpError.Summary(12002, "en-US", "example.com\ud83d\ude00") != Summary12002En, "Summary keeps a host with a pair");
        Eq(WinHttpError.Code("ERROR_WINHTTP_TIMEOUT\0junk"), (uint?)null, "Code with NUL");
        Eq(WinHttpError.Code("ERROR_WINHTTP_TIMEOUT\udc00"), (uint?)null, "Code with lone surrogate");
        Eq(WinHttpError.Code("ERROR_WINHTTP_TIMEOUT"), (uint?)12002, "Code");

        // Hints.
        Seq(WinHttpError.Hints(12002, "en-US"), Hints12002En, "Hints en");
        string[] fr = WinHttpError.Hints(12002, "fr-FR");
        Check(fr != null && fr.Length == 3 && !fr.SequenceEqual(Hints12002En ?? new string[0]), "Hints fr: " + Show(fr));
        Check(WinHttpError.Codes().All(c => { var h = WinHttpError.Hints(c, "fr-FR"); return h.Length >= 1 && h.Length <= 3; }), "1-3 hints for every code");

        // Categories and retry advice.
        Eq(WinHttpError.Category(12002), ErrorCategory.Timeout, "Category 12002");
        Eq(WinHttpError.Category(12007), ErrorCategory.NameResolution, "Category 12007");
        Eq(WinHttpError.Category(0x80072EFD), ErrorCategory.Network, "Category 0x80072EFD");
        Eq(WinHttpError.Category(12175), ErrorCategory.Security, "Category 12175");
        Eq(WinHttpError.Category(12180), ErrorCategory.Proxy, "Category 12180");
        Eq(WinHttpError.Category(12018), ErrorCategory.Usage, "Category 12018");
        Eq((int)ErrorCategory.System, 10, "ErrorCategory.System = 10");
        Eq(WinHttpError.IsTransient(12002), true, "IsTransient 12002");
        Eq(WinHttpError.IsTransient(12175), false, "IsTransient 12175");
        Check(WinHttpError.Codes().All(c => WinHttpError.Category(c) != ErrorCategory.Unknown), "every code has a category");

        // Certificate flags.
        Eq(WinHttpError.CertFlags(0).Length, 0, "CertFlags(0)");
        Seq(WinHttpError.CertFlags(0x28, "en-US"), Cert0x28En, "CertFlags(0x28) en");
        string[] frFlags = WinHttpError.CertFlags(0x28, "fr-FR");
        Check(frFlags.Length == 2 && !frFlags.SequenceEqual(Cert0x28En ?? new string[0]), "CertFlags(0x28) fr: " + Show(frFlags));
        string[] unknownBit = WinHttpError.CertFlags(0x100, "en-US");
        Check(unknownBit.Length == 1 && unknownBit[0].Contains("0x00000100"), "CertFlags(0x100): " + Show(unknownBit));
        Eq(WinHttpError.CertFlags(0x8000007F).Length, 8, "CertFlags(all)");
        Eq(WinHttpError.CertFlagName(0x20), "WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID", "CertFlagName(0x20)");
        Eq(WinHttpError.CertFlagName(0x28), null, "CertFlagName(0x28)");

        // Locale, reverse lookup, codes, log line.
        Eq(WinHttpError.Locale("fr-CA"), "fr-FR", "Locale fr-CA");
        Eq(WinHttpError.Locale("sv-SE, fr;q=0.8"), "fr-FR", "Locale Accept-Language");
        Eq(WinHttpError.Locale("zz"), "en-US", "Locale zz");
        Eq(WinHttpError.IsRightToLeft("fr"), false, "IsRightToLeft fr");
        Eq(WinHttpError.Direction("fr-FR"), TextDirection.LeftToRight, "Direction fr-FR");
        Eq(WinHttpError.Direction(), TextDirection.LeftToRight, "Direction default");
        Eq((int)TextDirection.RightToLeft, 1, "TextDirection.RightToLeft is WINHTTP_ERR_DIRECTION_RTL");
        Eq(WinHttpError.IsRightToLeft("ar-EG"), WinHttpError.Locale("ar-EG") == "ar-SA", "IsRightToLeft ar-EG");
        Eq(WinHttpError.Code("error_winhttp_timeout"), (uint?)12002, "Code");
        uint[] codes = WinHttpError.Codes();
        Check(codes.Length == 78 && codes[0] == 2 && codes[77] == 12193, "Codes: " + codes.Length);
        Check(codes.All(c => WinHttpError.Code(WinHttpError.Name(c)) == c), "Code(Name(c)) == c");
        Check(WinHttpError.Line(12002, "en-US").EndsWith("(ERROR_WINHTTP_TIMEOUT, 12002)"), "Line");
        Check(WinHttpError.Line(54321, "fr-FR").StartsWith("Erreur WinHTTP inconnue"), "Line unknown");

        // Threads agree.
        string[] expected = codes.Select(c => WinHttpError.Summary(c, "fr-FR", "example.com")).ToArray();
        var results = Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => codes.Select(c => WinHttpError.Summary(c, "fr-FR", "example.com")).ToArray()))
            .ToArray();
        Check(results.All(t => t.Result.SequenceEqual(expected)), "threads agree");

        // Locales added at run time (the process's for good: last, each its own tag).
        string svFtl = "error-winhttp-timeout = Begäran tog för lång tid.\n    .title = Tidsgränsen nåddes\n";
        string[] before = WinHttpError.Locales();
        Check(before.Contains("en-US") && before.Contains("fr-FR") && !before.Contains("sv-SE"), "Locales: " + Show(before));
        string svLine = WinHttpError.AddLocale("sv-SE", svFtl);
        Check(svLine.StartsWith("sv-SE added: 2 of "), "AddLocale line: " + svLine);
        Seq(WinHttpError.Locales(), before.Concat(new[] { "sv-SE" }).ToArray(), "Locales grows");
        Eq(WinHttpError.Locale("sv-FI"), "sv-SE", "Locale sv-FI");
        Eq(WinHttpError.Title(12002, "sv-FI"), "Tidsgränsen nåddes", "Title of an added locale");
        Eq(WinHttpError.Message(TimeoutSigned, "sv"), "Begäran tog för lång tid.", "Message of an added locale");
        Eq(WinHttpError.Summary(12002, "sv-SE"), Summary12002En, "what it lacks comes in en-US");
        WinHttpError.AddLocale("sv-SE", System.Text.Encoding.UTF8.GetBytes(svFtl.Replace("nåddes", "har nåtts")));
        Eq(WinHttpError.Title(12002, "sv-SE"), "Tidsgränsen har nåtts", "AddLocale bytes overrides");
        Eq(WinHttpError.Locales().Length, before.Length + 1, "an override does not grow the list");

        Eq(WinHttpError.Direction("ar-SA"), TextDirection.RightToLeft, "Direction ar-SA (shipped)");
        WinHttpError.AddLocale("he-IL", "error-winhttp-timeout = תם הזמן שהוקצב לבקשה.\n    .title = תם הזמן\n");
        Eq(WinHttpError.Locale("he"), "he-IL", "Locale he");
        Eq(WinHttpError.Direction("he"), TextDirection.RightToLeft, "Direction he");
        Eq(WinHttpError.IsRightToLeft("iw"), true, "IsRightToLeft iw");
        Eq(WinHttpError.Direction("fr-FR"), TextDirection.LeftToRight, "Direction fr-FR after he-IL");

        string[] withAdded = WinHttpError.Locales();
        LocaleException badFtl = Throws(() => WinHttpError.AddLocale("da-DK", "error-winhttp-timeout = {\n"), "bad FTL");
        Check(badFtl.Status == 3 && badFtl.Message.StartsWith("line 1, column 26: error: "), $"bad FTL: {badFtl.Status} {badFtl.Message}");
        LocaleException badTag = Throws(() => WinHttpError.AddLocale("not a tag", svFtl), "bad tag");
        Check(badTag.Status == 2 && badTag.Message.Contains("not a tag"), $"bad tag: {badTag.Status} {badTag.Message}");
        Eq(Throws(() => WinHttpError.AddLocale("da-DK\0", svFtl), "tag with NUL").Status, 2u, "tag with NUL");
        string tmp = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "winhttp-err-" + Guid.NewGuid().ToString("N"));
        Eq(Throws(() => WinHttpError.AddLocaleDirectory(tmp), "missing folder").Status, 6u, "missing folder");
        Seq(WinHttpError.Locales(), withAdded, "a failed add adds nothing");
        Eq(WinHttpError.Locale("da-DK"), "en-US", "da-DK not added");

        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(tmp, "fi-FI"));
        System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "fi-FI", "app.ftl"),
            "error-winhttp-timeout = Pyyntö aikakatkaistiin.\n    .title = Yhteys aikakatkaistiin\n");
        System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "notes.txt"), "not a locale");
        try
        {
            string dirLine = WinHttpError.AddLocaleDirectory(tmp);
            Check(dirLine.Contains("fi-FI added"), "AddLocaleDirectory line: " + dirLine);
            Seq(WinHttpError.Locales(), withAdded.Concat(new[] { "fi-FI" }).ToArray(), "Locales after a folder");
            Eq(WinHttpError.Title(12002, "fi"), "Yhteys aikakatkaistiin", "Title from a folder");
            System.IO.Directory.CreateDirectory(System.IO.Path.Combine(tmp, "nb-NO"));
            System.IO.File.WriteAllText(System.IO.Path.Combine(tmp, "nb-NO", "bad.ftl"), "error-winhttp-timeout = {\n");
            LocaleException badFile = Throws(() => WinHttpError.AddLocaleDirectory(tmp), "bad file");
            Check(badFile.Status == 3 && badFile.Message.Contains("bad.ftl:1:"), $"bad file: {badFile.Status} {badFile.Message}");
            Eq(WinHttpError.Locales().Length, withAdded.Length + 1, "a bad folder adds nothing");
        }
        finally
        {
            System.IO.Directory.Delete(tmp, true);
        }

        Console.WriteLine($"dotnet: {WinHttpError.Title(TimeoutSigned, "fr-FR")} / {WinHttpError.Summary(TimeoutSigned, "fr-FR", "example.com")}");
        Console.WriteLine($"{passed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }
}
