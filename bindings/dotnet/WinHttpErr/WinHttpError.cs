// WinHttpErr: WinHTTP error codes to names, localized descriptions and end-user text,
// over the C library winhttp_err (its UTF-16 "_w" functions: C# strings are UTF-16).
// C# 8 with nullable annotations; bindings/dotnet/pack.sh turns them into the same
// metadata for Mono's mcs, which stops at C# 7 (bindings/dotnet/mcs.py).
#nullable enable
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

// The native library from the assembly's folder and the system's, never from the current
// directory (DLL planting).
[assembly: DefaultDllImportSearchPaths(DllImportSearchPath.AssemblyDirectory | DllImportSearchPath.System32)]

namespace WinHttpErr
{
    /// <summary>
    /// What kind of failure a code is: the <c>WINHTTP_ERR_CATEGORY_*</c> values of the C header.
    /// </summary>
    public enum WinHttpErrorCategory
    {
        /// <summary>The code is not in the catalogue.</summary>
        Unknown = 0,
        /// <summary>The connection could not be made or was lost.</summary>
        Network = 1,
        /// <summary>The server or the connection took too long.</summary>
        Timeout = 2,
        /// <summary>The server's name could not be resolved.</summary>
        NameResolution = 3,
        /// <summary>Proxy, PAC file, auto-detection.</summary>
        Proxy = 4,
        /// <summary>TLS and certificates.</summary>
        Security = 5,
        /// <summary>Login, client certificates.</summary>
        Authentication = 6,
        /// <summary>The server's response was unusable.</summary>
        Server = 7,
        /// <summary>The URL or request as built: invalid URL, scheme, header, redirect.</summary>
        Request = 8,
        /// <summary>The program misused the API; obsolete codes.</summary>
        Usage = 9,
        /// <summary>Memory, shutdown, internal, not supported.</summary>
        System = 10,
    }

    /// <summary>
    /// Why WinHTTP rejected a server's certificate: the <c>WINHTTP_CALLBACK_STATUS_FLAG_*</c>
    /// bits reported with ERROR_WINHTTP_SECURE_FAILURE (12175), as <c>SslPolicyErrors</c> is
    /// for <c>SslStream</c>. Cast the callback's <c>uint</c>: <c>(WinHttpCertificateErrors)flags</c>.
    /// </summary>
    [Flags]
    public enum WinHttpCertificateErrors : uint
    {
        /// <summary>No flag.</summary>
        None = 0,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_CERT_REV_FAILED: revocation could not be checked.</summary>
        RevocationCheckFailed = 0x00000001,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CERT: the certificate is invalid.</summary>
        InvalidCertificate = 0x00000002,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_CERT_REVOKED: the certificate was revoked.</summary>
        Revoked = 0x00000004,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_INVALID_CA: an untrusted root.</summary>
        UntrustedRoot = 0x00000008,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_CERT_CN_INVALID: the name does not match the server.</summary>
        NameMismatch = 0x00000010,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID: expired or not yet valid.</summary>
        DateInvalid = 0x00000020,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_CERT_WRONG_USAGE: not meant for a server.</summary>
        WrongUsage = 0x00000040,
        /// <summary>WINHTTP_CALLBACK_STATUS_FLAG_SECURITY_CHANNEL_ERROR: the TLS layer failed.</summary>
        SecurityChannelError = 0x80000000,
    }

    /// <summary>
    /// A locale <see cref="WinHttpError.AddLocale(string, string)"/> or
    /// <see cref="WinHttpError.AddLocaleDirectory"/> did not add (nothing was added).
    /// <see cref="Exception.Message"/> is the library's one line, e.g.
    /// <c>"line 1, column 26: error: ..."</c>.
    /// </summary>
    [Serializable]
    public class LocaleException : Exception
    {
        /// <summary>Creates one from the C status and message.</summary>
        /// <param name="status">The <c>WINHTTP_ERR_*</c> status.</param>
        /// <param name="message">The library's one-line message.</param>
        public LocaleException(uint status, string message) : base(message)
        {
            Status = status;
        }

        /// <summary>The C library's <c>WINHTTP_ERR_*</c> status: 2 an invalid tag, 3 invalid
        /// FTL, 4 too large, 5 a limit, 6 a file or folder that cannot be read.</summary>
        public uint Status { get; }
    }

    /// <summary>
    /// How a locale's text is written: the <c>WINHTTP_ERR_DIRECTION_*</c> values of the C header.
    /// </summary>
    public enum TextDirection
    {
        /// <summary>Left to right.</summary>
        LeftToRight = 0,
        /// <summary>Right to left: Arabic, Hebrew, Persian, Urdu, ...</summary>
        RightToLeft = 1,
    }

    /// <summary>
    /// Names, localized descriptions and end-user text (title, summary, hints) for WinHTTP
    /// error codes, with their category and retry advice.
    /// </summary>
    /// <remarks>
    /// <para>Every method taking a code accepts the Win32 form (<c>12002</c>), the HRESULT
    /// (<c>0x80072EE2</c>) and, through the <see cref="int"/> overloads, the signed HRESULT of
    /// an exception: <c>WinHttpError.GetTitle(ex.HResult)</c>. The <see cref="Exception"/>
    /// overloads find the code inside what .NET throws (see
    /// <see cref="TryGetCode(Exception, out uint)"/>). A code the library does not know gives
    /// <c>null</c> (<see cref="WinHttpErrorCategory.Unknown"/> and <c>false</c> for
    /// <see cref="GetCategory(uint)"/> and <see cref="IsTransient(uint)"/>), never an exception.</para>
    /// <para><c>locales</c> is a language request: a BCP 47 tag (<c>"fr-FR"</c>), an
    /// Accept-Language list (<c>"de-DE, fr;q=0.8"</c>) or a GNU list (<c>"de:fr"</c>);
    /// <c>null</c> means the calling thread's <see cref="CultureInfo.CurrentUICulture"/>, as
    /// for .NET's own resources, and for the invariant culture the user's preferred Windows
    /// UI languages (on Linux: <c>LANG</c> and friends). A request nothing matches gives
    /// en-US.</para>
    /// <para>The native library is <c>winhttp_err.dll</c> (win-x64, win-x86) or
    /// <c>libwinhttp_err.so</c> (linux-x64), from the package's <c>runtimes/&lt;rid&gt;/native/</c>
    /// folder (.NET Framework: copied beside the program by the package's build targets).
    /// All methods are thread-safe.</para>
    /// </remarks>
    public static class WinHttpError
    {
        private const uint TextDescription = 0;
        private const uint TextTitle = 1;
        private const uint TextHints = 3;

        // Before any call into the library: .NET Framework AnyCPU programs carry both DLLs.
        static WinHttpError()
        {
            Native.Preload();
        }

        /// <summary>The symbolic name, e.g. <c>"ERROR_WINHTTP_TIMEOUT"</c> for 12002 or 0x80072EE2.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns>The name, or <c>null</c> if the code is unknown.</returns>
        public static string? GetName(uint code) => Str(Native.winhttp_err_name_w(code));

        /// <summary>The symbolic name of a signed HRESULT, e.g. <c>Exception.HResult</c>.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns>The name, or <c>null</c> if the code is unknown.</returns>
        public static string? GetName(int hresult) => GetName(unchecked((uint)hresult));

        /// <summary>The technical description of a code (from Microsoft's reference), localized.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The description, or <c>null</c> if the code is unknown.</returns>
        public static string? GetMessage(uint code, string? locales = null) =>
            Str(Native.winhttp_err_text_w(code, TextDescription, Request(locales)));

        /// <summary>The technical description of a signed HRESULT, localized.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The description, or <c>null</c> if the code is unknown.</returns>
        public static string? GetMessage(int hresult, string? locales = null) => GetMessage(unchecked((uint)hresult), locales);

        /// <summary>
        /// A short heading for an end user, e.g. "Connection timed out": a dialog's title or
        /// main instruction (at most 60 characters, no final period).
        /// </summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The title, or <c>null</c> if the code is unknown.</returns>
        public static string? GetTitle(uint code, string? locales = null) =>
            Str(Native.winhttp_err_text_w(code, TextTitle, Request(locales)));

        /// <summary>A short heading for an end user, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The title, or <c>null</c> if the code is unknown.</returns>
        public static string? GetTitle(int hresult, string? locales = null) => GetTitle(unchecked((uint)hresult), locales);

        /// <summary>A short heading for an end user, for the WinHTTP failure inside an exception.</summary>
        /// <param name="exception">What was caught, e.g. an <c>HttpRequestException</c>.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The title, or <c>null</c> if the exception holds no WinHTTP code.</returns>
        public static string? GetTitle(Exception? exception, string? locales = null) =>
            TryGetCode(exception, out uint code) ? GetTitle(code, locales) : null;

        /// <summary>
        /// One or two plain sentences for an end user, naming <paramref name="host"/> when given,
        /// e.g. "The server at example.com took too long to respond."
        /// </summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <param name="host">The server's name, or <c>null</c>. Untrusted input is fine: control
        /// and bidi characters are dropped and its length is bounded. A host containing NUL or a
        /// lone surrogate is no host: the summary names no server, as in C, rather than a cut or
        /// garbled name.</param>
        /// <returns>The summary, or <c>null</c> if the code is unknown.</returns>
        public static string? GetSummary(uint code, string? locales = null, string? host = null)
        {
            if (Native.winhttp_err_name_w(code) == IntPtr.Zero)
            {
                return null;
            }
            // The marshaller would cut the host at a NUL; C itself drops one that is not
            // well-formed UTF-16.
            if (host != null && (host.Length == 0 || host.IndexOf('\0') >= 0))
            {
                host = null;
            }
            string? request = Request(locales);
            return Snprintf((buf, len) => Native.winhttp_err_summary_w(code, request, host, buf, len));
        }

        /// <summary>One or two plain sentences for an end user, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <param name="host">The server's name, or <c>null</c>.</param>
        /// <returns>The summary, or <c>null</c> if the code is unknown.</returns>
        public static string? GetSummary(int hresult, string? locales = null, string? host = null) =>
            GetSummary(unchecked((uint)hresult), locales, host);

        /// <summary>One or two plain sentences for an end user, for the WinHTTP failure inside
        /// an exception.</summary>
        /// <param name="exception">What was caught, e.g. an <c>HttpRequestException</c>.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <param name="host">The server's name, e.g. <c>request.RequestUri.Host</c>, or <c>null</c>.</param>
        /// <returns>The summary, or <c>null</c> if the exception holds no WinHTTP code.</returns>
        public static string? GetSummary(Exception? exception, string? locales = null, string? host = null) =>
            TryGetCode(exception, out uint code) ? GetSummary(code, locales, host) : null;

        /// <summary>One to three things an end user can try, most useful first, each a sentence.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The hints, or <c>null</c> if the code is unknown.</returns>
        public static IReadOnlyList<string>? GetHints(uint code, string? locales = null)
        {
            string? text = Str(Native.winhttp_err_text_w(code, TextHints, Request(locales)));
            return text?.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>One to three things an end user can try, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The hints, or <c>null</c> if the code is unknown.</returns>
        public static IReadOnlyList<string>? GetHints(int hresult, string? locales = null) => GetHints(unchecked((uint)hresult), locales);

        /// <summary>One to three things an end user can try, for the WinHTTP failure inside an exception.</summary>
        /// <param name="exception">What was caught, e.g. an <c>HttpRequestException</c>.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The hints, or <c>null</c> if the exception holds no WinHTTP code.</returns>
        public static IReadOnlyList<string>? GetHints(Exception? exception, string? locales = null) =>
            TryGetCode(exception, out uint code) ? GetHints(code, locales) : null;

        /// <summary>The kind of failure a code is.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns>The category; <see cref="WinHttpErrorCategory.Unknown"/> if the code is unknown.</returns>
        public static WinHttpErrorCategory GetCategory(uint code)
        {
            uint value = Native.winhttp_err_category(code);
            return value <= (uint)WinHttpErrorCategory.System ? (WinHttpErrorCategory)value : WinHttpErrorCategory.Unknown;
        }

        /// <summary>The kind of failure a signed HRESULT is.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns>The category; <see cref="WinHttpErrorCategory.Unknown"/> if the code is unknown.</returns>
        public static WinHttpErrorCategory GetCategory(int hresult) => GetCategory(unchecked((uint)hresult));

        /// <summary>The kind of failure inside an exception.</summary>
        /// <param name="exception">What was caught, e.g. an <c>HttpRequestException</c>.</param>
        /// <returns>The category; <see cref="WinHttpErrorCategory.Unknown"/> if the exception
        /// holds no WinHTTP code.</returns>
        public static WinHttpErrorCategory GetCategory(Exception? exception) =>
            TryGetCode(exception, out uint code) ? GetCategory(code) : WinHttpErrorCategory.Unknown;

        /// <summary>Whether retrying the same request later may succeed.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns><c>true</c> if transient; <c>false</c> otherwise or if the code is unknown.</returns>
        public static bool IsTransient(uint code) => Native.winhttp_err_is_transient(code) != 0;

        /// <summary>Whether retrying the same request later may succeed, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns><c>true</c> if transient; <c>false</c> otherwise or if the code is unknown.</returns>
        public static bool IsTransient(int hresult) => IsTransient(unchecked((uint)hresult));

        /// <summary>Whether retrying the same request later may succeed, for the WinHTTP
        /// failure inside an exception: a retry policy's test.</summary>
        /// <param name="exception">What was caught, e.g. an <c>HttpRequestException</c>.</param>
        /// <returns><c>true</c> if transient; <c>false</c> otherwise or if the exception holds
        /// no WinHTTP code.</returns>
        public static bool IsTransient(Exception? exception) =>
            TryGetCode(exception, out uint code) && IsTransient(code);

        /// <summary>
        /// Finds the WinHTTP code inside what .NET throws. <c>HttpClient</c> over
        /// <c>WinHttpHandler</c> throws an <c>HttpRequestException</c> whose
        /// <see cref="Exception.InnerException"/> is a <see cref="Win32Exception"/> with
        /// <see cref="Win32Exception.NativeErrorCode"/> 12002; COM callers (WinHttpRequest)
        /// get a <see cref="COMException"/> with <see cref="Exception.HResult"/> 0x80072EE2.
        /// This walks <see cref="Exception.InnerException"/> and the inner exceptions of an
        /// <see cref="AggregateException"/>, outermost first, and takes the first
        /// <see cref="Win32Exception.NativeErrorCode"/> or HRESULT (facility 7) that is a
        /// WinHTTP code the catalogue knows (12000–12199; other Win32 codes, such as a file not
        /// found, are not WinHTTP's).
        /// </summary>
        /// <param name="exception">What was caught; <c>null</c> gives <c>false</c>.</param>
        /// <param name="code">The Win32 form of the code, e.g. 12002; 0 when there is none.</param>
        /// <returns>Whether a WinHTTP code was found.</returns>
        public static bool TryGetCode(Exception? exception, out uint code)
        {
            code = Find(exception, 0);
            return code != 0;
        }

        // Depth-first, bounded: an exception chain is a tree a caller could make deep.
        private static uint Find(Exception? e, int depth)
        {
            for (; e != null && depth < 64; e = e.InnerException, depth++)
            {
                if (e is Win32Exception win32 && IsWinHttp(unchecked((uint)win32.NativeErrorCode)))
                {
                    return unchecked((uint)win32.NativeErrorCode);
                }
                uint hr = unchecked((uint)e.HResult);
                if ((hr & 0xFFFF0000) == 0x80070000 && IsWinHttp(hr & 0xFFFF))
                {
                    return hr & 0xFFFF;
                }
                if (e is AggregateException aggregate)
                {
                    foreach (Exception inner in aggregate.InnerExceptions)
                    {
                        uint found = Find(inner, depth + 1);
                        if (found != 0)
                        {
                            return found;
                        }
                    }
                    return 0;
                }
            }
            return 0;
        }

        private static bool IsWinHttp(uint code) =>
            code >= 12000 && code < 12200 && Native.winhttp_err_name_w(code) != IntPtr.Zero;

        /// <summary>
        /// Why a certificate was rejected: one plain sentence per flag set in
        /// <paramref name="errors"/>, lowest bit first; bits without a name give one line
        /// showing them in hex.
        /// </summary>
        /// <param name="errors">The flags, e.g. <c>UntrustedRoot | DateInvalid</c> (0x28).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The reasons; empty for <see cref="WinHttpCertificateErrors.None"/>.</returns>
        public static IReadOnlyList<string> GetCertificateErrorReasons(WinHttpCertificateErrors errors, string? locales = null)
        {
            string? request = Request(locales);
            string text = Snprintf((buf, len) => Native.winhttp_err_cert_flags_w((uint)errors, request, buf, len));
            return text.Length == 0 ? new string[0] : text.Split('\n');
        }

        /// <summary>The C name of one certificate flag, e.g.
        /// <c>"WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID"</c> for
        /// <see cref="WinHttpCertificateErrors.DateInvalid"/>.</summary>
        /// <param name="error">A single flag.</param>
        /// <returns>The name, or <c>null</c> unless <paramref name="error"/> is one known flag.</returns>
        public static string? GetCertificateErrorName(WinHttpCertificateErrors error)
        {
            IntPtr p = Native.winhttp_err_cert_flag_name((uint)error);
            return p == IntPtr.Zero ? null : Marshal.PtrToStringAnsi(p);
        }

        /// <summary>The locale a request negotiates to (shipped or added), e.g. <c>"fr-FR"</c>:
        /// the language the other methods answer in for the same argument.</summary>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>A BCP 47 tag.</returns>
        public static string GetLocale(string? locales = null) =>
            Str(Native.winhttp_err_locale_w(Request(locales))) ?? "en-US";

        /// <summary>Whether that locale is written right to left (Arabic, Hebrew, ...), as
        /// <c>TextInfo.IsRightToLeft</c> says it. The texts carry their own bidi marks; a form
        /// showing them sets <c>RightToLeft</c> (MessageBox: <c>MessageBoxOptions.RtlReading |
        /// MessageBoxOptions.RightAlign</c>) from this.</summary>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>Whether <see cref="GetDirection"/> is <see cref="TextDirection.RightToLeft"/>.</returns>
        public static bool IsRightToLeft(string? locales = null) => GetDirection(locales) == TextDirection.RightToLeft;

        /// <summary>How the locale a request negotiates to (shipped or added) is written.</summary>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns><see cref="TextDirection.RightToLeft"/> for Arabic, Hebrew, ...; otherwise
        /// <see cref="TextDirection.LeftToRight"/>.</returns>
        public static TextDirection GetDirection(string? locales = null) =>
            Native.winhttp_err_direction_w(Request(locales)) == 1 ? TextDirection.RightToLeft : TextDirection.LeftToRight;

        /// <summary>The Win32 code of a symbolic name, compared without regard to case.</summary>
        /// <param name="name">A name such as <c>"ERROR_WINHTTP_TIMEOUT"</c>.</param>
        /// <param name="code">The code, e.g. 12002; 0 when there is none.</param>
        /// <returns>Whether the name is known (<c>false</c> also for <c>null</c> or a name
        /// containing NUL or a lone surrogate).</returns>
        public static bool TryGetCode(string? name, out uint code)
        {
            byte[]? utf8 = name == null ? null : Exact(name);
            code = utf8 == null ? 0 : Native.winhttp_err_code(utf8);
            return code != 0;
        }

        /// <summary>Every code in the catalogue (Win32 form), ascending.</summary>
        /// <returns>A new list of codes.</returns>
        public static IReadOnlyList<uint> GetCodes()
        {
            var codes = new uint[(int)Native.winhttp_err_count()];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = Native.winhttp_err_code_at((UIntPtr)i);
            }
            return codes;
        }

        /// <summary>One log line for any code, known or not: the description, then the name
        /// and the code, e.g. "… (ERROR_WINHTTP_TIMEOUT, 12002)".</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The line.</returns>
        public static string FormatLine(uint code, string? locales = null)
        {
            string? request = Request(locales);
            return Snprintf((buf, len) => Native.winhttp_err_format_w(code, request, buf, len));
        }

        /// <summary>One log line for any signed HRESULT, known or not.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for <see cref="CultureInfo.CurrentUICulture"/>.</param>
        /// <returns>The line.</returns>
        public static string FormatLine(int hresult, string? locales = null) => FormatLine(unchecked((uint)hresult), locales);

        /// <summary>The version of the native library, e.g. <c>"0.1.0"</c>.</summary>
        public static string Version => Marshal.PtrToStringAnsi(Native.winhttp_err_version()) ?? "";

        /// <summary>
        /// Adds (or overrides) locale <paramref name="tag"/> from Fluent text, for the whole
        /// process: every method then answers in it when a request negotiates to it, and texts
        /// it lacks come in en-US. Thread-safe.
        /// </summary>
        /// <param name="tag">A BCP 47 tag, e.g. <c>"is-IS"</c>.</param>
        /// <param name="ftl">The FTL text.</param>
        /// <returns>The library's summary line.</returns>
        /// <exception cref="LocaleException">A bad tag or text; nothing is added.</exception>
        public static string AddLocale(string tag, string ftl)
        {
            if (ftl == null)
            {
                throw new ArgumentNullException(nameof(ftl));
            }
            return AddLocale(tag, Encoding.UTF8.GetBytes(ftl));
        }

        /// <summary>Adds (or overrides) locale <paramref name="tag"/> from the bytes of an FTL file.</summary>
        /// <param name="tag">A BCP 47 tag, e.g. <c>"is-IS"</c>.</param>
        /// <param name="ftl">The file's UTF-8 bytes.</param>
        /// <returns>The library's summary line.</returns>
        /// <exception cref="LocaleException">A bad tag or text; nothing is added.</exception>
        public static string AddLocale(string tag, byte[] ftl)
        {
            if (tag == null)
            {
                throw new ArgumentNullException(nameof(tag));
            }
            if (ftl == null)
            {
                throw new ArgumentNullException(nameof(ftl));
            }
            byte[]? t = Exact(tag);
            if (t == null)
            {
                throw new LocaleException(InvalidTag, "not a language tag: " + tag);
            }
            // One byte more, so that an empty text is still a pointer.
            var data = new byte[ftl.Length + 1];
            Buffer.BlockCopy(ftl, 0, data, 0, ftl.Length);
            return Added((err, len) => Native.winhttp_err_add_locale(t, data, (UIntPtr)ftl.Length, err, len));
        }

        /// <summary>
        /// Adds (or overrides) every locale of a folder: one folder per locale, named by its
        /// tag, holding <c>*.ftl</c> files. All or nothing: a bad file throws, naming it.
        /// </summary>
        /// <param name="path">The folder.</param>
        /// <returns>The library's summary line.</returns>
        /// <exception cref="LocaleException">A bad folder, tag or file; nothing is added.</exception>
        public static string AddLocaleDirectory(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }
            byte[]? p = Exact(path);
            if (p == null)
            {
                throw new LocaleException(Io, "not a folder: " + path);
            }
            return Added((err, len) => Native.winhttp_err_add_locale_dir(p, err, len));
        }

        /// <summary>Every locale's tag: the shipped ones (sorted), then those added, in order.</summary>
        /// <returns>A new list of BCP 47 tags.</returns>
        public static IReadOnlyList<string> GetLocales()
        {
            int count = (int)Native.winhttp_err_locale_count();
            var tags = new List<string>(count);
            for (int i = 0; i < count; i++)
            {
                string? tag = Marshal.PtrToStringAnsi(Native.winhttp_err_locale_at((UIntPtr)i));
                if (tag != null)
                {
                    tags.Add(tag);
                }
            }
            return tags;
        }

        // WINHTTP_ERR_INVALID_TAG, WINHTTP_ERR_IO; room for the one-line message of an add.
        private const uint InvalidTag = 2, Io = 6;
        private const int ErrLen = 4096;

        // A request of null: the thread's UI culture, as .NET resources take it; the
        // invariant culture (no name) leaves the choice to the library (the OS languages).
        private static string? Request(string? locales)
        {
            if (locales != null)
            {
                return locales;
            }
            string name = CultureInfo.CurrentUICulture.Name;
            return name.Length == 0 ? null : name;
        }

        // UTF-8 and NUL-terminated, or null when C could not be given all of it (a NUL, a
        // lone surrogate).
        private static byte[]? Exact(string s)
        {
            if (s.IndexOf('\0') >= 0)
            {
                return null;
            }
            try
            {
                return StrictUtf8.GetBytes(s + "\0");
            }
            catch (EncoderFallbackException)
            {
                return null;
            }
        }

        private static string Added(Func<byte[], UIntPtr, uint> call)
        {
            var err = new byte[ErrLen];
            uint status = call(err, (UIntPtr)err.Length);
            int end = Array.IndexOf(err, (byte)0);
            string message = Encoding.UTF8.GetString(err, 0, end < 0 ? err.Length : end);
            if (status != 0)
            {
                throw new LocaleException(status, message);
            }
            return message;
        }

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        // The library's strings are static: copy them, never free them.
        private static string? Str(IntPtr utf16) => utf16 == IntPtr.Zero ? null : Marshal.PtrToStringUni(utf16);

        // The C functions are snprintf-like, counting UTF-16 units: measure, then write,
        // and again if the text grew in between (a locale added by another thread).
        private static string Snprintf(Func<ushort[]?, UIntPtr, UIntPtr> call)
        {
            int need = (int)call(null, UIntPtr.Zero);
            while (true)
            {
                var buf = new ushort[need + 1];
                int got = (int)call(buf, (UIntPtr)buf.Length);
                if (got < buf.Length)
                {
                    var chars = new char[got];
                    Buffer.BlockCopy(buf, 0, chars, 0, got * 2);
                    return new string(chars);
                }
                need = got;
            }
        }
    }

    /// <summary>The C ABI (winhttp_err.h). Returned pointers are static: never freed.</summary>
    internal static class Native
    {
        private const string Lib = "winhttp_err";

        // A .NET Framework AnyCPU program gets both DLLs, in x86\ and x64\ beside the
        // assembly (the package's build targets); load the one of this process, and
        // DllImport then binds to the module already loaded. Elsewhere nothing is there:
        // the DLL lies beside the program, or .NET finds it in runtimes/<rid>/native/.
        internal static void Preload()
        {
            if (Environment.OSVersion.Platform != PlatformID.Win32NT)
            {
                return;
            }
            string? dir = Path.GetDirectoryName(typeof(Native).Assembly.Location);
            if (string.IsNullOrEmpty(dir))
            {
                return;
            }
            string path = Path.Combine(Path.Combine(dir, Environment.Is64BitProcess ? "x64" : "x86"), "winhttp_err.dll");
            if (File.Exists(path))
            {
                LoadLibraryW(path);
            }
        }

        [DllImport("kernel32", CharSet = CharSet.Unicode, ExactSpelling = true, SetLastError = true)]
        private static extern IntPtr LoadLibraryW(string path);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_name_w(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr winhttp_err_text_w(uint code, uint part, [MarshalAs(UnmanagedType.LPWStr)] string? locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_summary_w(uint code, [MarshalAs(UnmanagedType.LPWStr)] string? locales,
            [MarshalAs(UnmanagedType.LPWStr)] string? host, [Out] ushort[]? buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_category(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern int winhttp_err_is_transient(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_cert_flags_w(uint flags, [MarshalAs(UnmanagedType.LPWStr)] string? locales,
            [Out] ushort[]? buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_cert_flag_name(uint flag);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr winhttp_err_locale_w([MarshalAs(UnmanagedType.LPWStr)] string? locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern uint winhttp_err_direction_w([MarshalAs(UnmanagedType.LPWStr)] string? locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_code(byte[] nameUtf8);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern UIntPtr winhttp_err_count();

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_code_at(UIntPtr index);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_format_w(uint code, [MarshalAs(UnmanagedType.LPWStr)] string? locales,
            [Out] ushort[]? buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_version();

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern uint winhttp_err_add_locale(byte[] tagUtf8, byte[] ftl, UIntPtr ftlLen, [Out] byte[] err, UIntPtr errLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern uint winhttp_err_add_locale_dir(byte[] dirUtf8, [Out] byte[] err, UIntPtr errLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern UIntPtr winhttp_err_locale_count();

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_locale_at(UIntPtr index);
    }
}
