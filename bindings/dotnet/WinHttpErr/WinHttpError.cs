// WinHttpErr: WinHTTP error codes to names, localized descriptions and end-user text,
// over the C library winhttp_err (its UTF-16 "_w" functions: C# strings are UTF-16).
using System;
using System.Runtime.InteropServices;
using System.Text;

namespace WinHttpErr
{
    /// <summary>
    /// What kind of failure a code is: the <c>WINHTTP_ERR_CATEGORY_*</c> values of the C header.
    /// </summary>
    public enum ErrorCategory
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
    /// Names, localized descriptions and end-user text (title, summary, hints) for WinHTTP
    /// error codes, with their category and retry advice.
    /// </summary>
    /// <remarks>
    /// <para>Every method taking a code accepts the Win32 form (<c>12002</c>), the HRESULT
    /// (<c>0x80072EE2</c>) and, through the <see cref="int"/> overloads, the signed HRESULT of
    /// an exception: <c>WinHttpError.Title(ex.HResult)</c>. A code the library does not know
    /// gives <c>null</c> (<see cref="ErrorCategory.Unknown"/> and <c>false</c> for
    /// <see cref="Category(uint)"/> and <see cref="IsTransient(uint)"/>), never an exception.</para>
    /// <para><c>locales</c> is a language request: a BCP 47 tag (<c>"fr-FR"</c>), an
    /// Accept-Language list (<c>"de-DE, fr;q=0.8"</c>) or a GNU list (<c>"de:fr"</c>);
    /// <c>null</c> means the user's preferred Windows UI languages (on Linux: <c>LANG</c> and
    /// friends). A request nothing matches gives en-US.</para>
    /// <para>The native library is <c>winhttp_err.dll</c> (win-x64) or <c>libwinhttp_err.so</c>
    /// (linux-x64), from the package's <c>runtimes/&lt;rid&gt;/native/</c> folder. All methods
    /// are thread-safe.</para>
    /// </remarks>
    public static class WinHttpError
    {
        private const uint TextDescription = 0;
        private const uint TextTitle = 1;
        private const uint TextHints = 3;

        /// <summary>The symbolic name, e.g. <c>"ERROR_WINHTTP_TIMEOUT"</c> for 12002 or 0x80072EE2.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns>The name, or <c>null</c> if the code is unknown.</returns>
        public static string Name(uint code) => Str(Native.winhttp_err_name_w(code));

        /// <summary>The symbolic name of a signed HRESULT, e.g. <c>Exception.HResult</c>.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns>The name, or <c>null</c> if the code is unknown.</returns>
        public static string Name(int hresult) => Name(unchecked((uint)hresult));

        /// <summary>The technical description of a code (from Microsoft's reference), localized.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The description, or <c>null</c> if the code is unknown.</returns>
        public static string Message(uint code, string locales = null) =>
            Str(Native.winhttp_err_text_w(code, TextDescription, locales));

        /// <summary>The technical description of a signed HRESULT, localized.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The description, or <c>null</c> if the code is unknown.</returns>
        public static string Message(int hresult, string locales = null) => Message(unchecked((uint)hresult), locales);

        /// <summary>
        /// A short heading for an end user, e.g. "Connection timed out": a dialog's title or
        /// main instruction (at most 60 characters, no final period).
        /// </summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The title, or <c>null</c> if the code is unknown.</returns>
        public static string Title(uint code, string locales = null) =>
            Str(Native.winhttp_err_text_w(code, TextTitle, locales));

        /// <summary>A short heading for an end user, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The title, or <c>null</c> if the code is unknown.</returns>
        public static string Title(int hresult, string locales = null) => Title(unchecked((uint)hresult), locales);

        /// <summary>
        /// One or two plain sentences for an end user, naming <paramref name="host"/> when given,
        /// e.g. "The server at example.com took too long to respond."
        /// </summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <param name="host">The server's name, or <c>null</c>. Untrusted input is fine: control
        /// and bidi characters are dropped and its length is bounded.</param>
        /// <returns>The summary, or <c>null</c> if the code is unknown.</returns>
        public static string Summary(uint code, string locales = null, string host = null)
        {
            if (Native.winhttp_err_name_w(code) == IntPtr.Zero)
            {
                return null;
            }
            if (host != null && host.Length == 0)
            {
                host = null;
            }
            return Snprintf((buf, len) => Native.winhttp_err_summary_w(code, locales, host, buf, len));
        }

        /// <summary>One or two plain sentences for an end user, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <param name="host">The server's name, or <c>null</c>.</param>
        /// <returns>The summary, or <c>null</c> if the code is unknown.</returns>
        public static string Summary(int hresult, string locales = null, string host = null) =>
            Summary(unchecked((uint)hresult), locales, host);

        /// <summary>One to three things an end user can try, most useful first, each a sentence.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The hints, or <c>null</c> if the code is unknown.</returns>
        public static string[] Hints(uint code, string locales = null)
        {
            string text = Str(Native.winhttp_err_text_w(code, TextHints, locales));
            return text?.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries);
        }

        /// <summary>One to three things an end user can try, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The hints, or <c>null</c> if the code is unknown.</returns>
        public static string[] Hints(int hresult, string locales = null) => Hints(unchecked((uint)hresult), locales);

        /// <summary>The kind of failure a code is.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns>The category; <see cref="ErrorCategory.Unknown"/> if the code is unknown.</returns>
        public static ErrorCategory Category(uint code)
        {
            uint value = Native.winhttp_err_category(code);
            return value <= (uint)ErrorCategory.System ? (ErrorCategory)value : ErrorCategory.Unknown;
        }

        /// <summary>The kind of failure a signed HRESULT is.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns>The category; <see cref="ErrorCategory.Unknown"/> if the code is unknown.</returns>
        public static ErrorCategory Category(int hresult) => Category(unchecked((uint)hresult));

        /// <summary>Whether retrying the same request later may succeed.</summary>
        /// <param name="code">A Win32 code or an HRESULT.</param>
        /// <returns><c>true</c> if transient; <c>false</c> otherwise or if the code is unknown.</returns>
        public static bool IsTransient(uint code) => Native.winhttp_err_is_transient(code) != 0;

        /// <summary>Whether retrying the same request later may succeed, for a signed HRESULT.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <returns><c>true</c> if transient; <c>false</c> otherwise or if the code is unknown.</returns>
        public static bool IsTransient(int hresult) => IsTransient(unchecked((uint)hresult));

        /// <summary>
        /// Why a certificate was rejected: one plain sentence per flag set in
        /// <paramref name="flags"/>, lowest bit first. The flags are the
        /// <c>WINHTTP_CALLBACK_STATUS_FLAG_*</c> bits reported with
        /// ERROR_WINHTTP_SECURE_FAILURE (12175); unknown bits give one line showing them in hex.
        /// </summary>
        /// <param name="flags">The flags, e.g. 0x28 (INVALID_CA | CERT_DATE_INVALID).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The reasons; an empty array for 0.</returns>
        public static string[] CertFlags(uint flags, string locales = null)
        {
            string text = Snprintf((buf, len) => Native.winhttp_err_cert_flags_w(flags, locales, buf, len));
            return text.Length == 0 ? new string[0] : text.Split('\n');
        }

        /// <summary>The name of one certificate flag bit, e.g.
        /// <c>"WINHTTP_CALLBACK_STATUS_FLAG_CERT_DATE_INVALID"</c> for 0x20.</summary>
        /// <param name="flag">A single flag bit.</param>
        /// <returns>The name, or <c>null</c> unless <paramref name="flag"/> is one known bit.</returns>
        public static string CertFlagName(uint flag)
        {
            IntPtr p = Native.winhttp_err_cert_flag_name(flag);
            return p == IntPtr.Zero ? null : Marshal.PtrToStringAnsi(p);
        }

        /// <summary>The shipped locale a request negotiates to, e.g. <c>"fr-FR"</c>: the
        /// language the other methods answer in for the same argument.</summary>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>A BCP 47 tag; never <c>null</c>.</returns>
        public static string Locale(string locales = null) => Str(Native.winhttp_err_locale_w(locales));

        /// <summary>Whether that locale is written right to left (Arabic, Hebrew, ...), as
        /// <c>TextInfo.IsRightToLeft</c> says it. The texts carry their own bidi marks; a form
        /// showing them sets <c>RightToLeft</c> (MessageBox: <c>MessageBoxOptions.RtlReading |
        /// MessageBoxOptions.RightAlign</c>) from this.</summary>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        public static bool IsRightToLeft(string locales = null) => Native.winhttp_err_direction_w(locales) == 1;

        /// <summary>The Win32 code of a symbolic name, compared without regard to case.</summary>
        /// <param name="name">A name such as <c>"ERROR_WINHTTP_TIMEOUT"</c>.</param>
        /// <returns>The code, e.g. 12002, or <c>null</c> if there is none.</returns>
        public static uint? Code(string name)
        {
            if (name == null)
            {
                return null;
            }
            byte[] utf8 = Encoding.UTF8.GetBytes(name + "\0");
            uint code = Native.winhttp_err_code(utf8);
            return code == 0 ? (uint?)null : code;
        }

        /// <summary>Every code in the catalogue (Win32 form), ascending.</summary>
        /// <returns>A new array of codes.</returns>
        public static uint[] Codes()
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
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The line; never <c>null</c>.</returns>
        public static string Line(uint code, string locales = null) =>
            Snprintf((buf, len) => Native.winhttp_err_format_w(code, locales, buf, len));

        /// <summary>One log line for any signed HRESULT, known or not.</summary>
        /// <param name="hresult">An HRESULT as <see cref="int"/> (or a Win32 code).</param>
        /// <param name="locales">A language request; <c>null</c> for the user's languages.</param>
        /// <returns>The line; never <c>null</c>.</returns>
        public static string Line(int hresult, string locales = null) => Line(unchecked((uint)hresult), locales);

        /// <summary>The version of the native library, e.g. <c>"0.1.0"</c>.</summary>
        public static string Version => Marshal.PtrToStringAnsi(Native.winhttp_err_version());

        // The library's strings are static: copy them, never free them.
        private static string Str(IntPtr utf16) => utf16 == IntPtr.Zero ? null : Marshal.PtrToStringUni(utf16);

        // The C functions are snprintf-like, counting UTF-16 units: measure, then write.
        private static string Snprintf(Func<ushort[], UIntPtr, UIntPtr> call)
        {
            int need = (int)call(null, UIntPtr.Zero);
            var buf = new ushort[need + 1];
            call(buf, (UIntPtr)buf.Length);
            var chars = new char[need];
            Buffer.BlockCopy(buf, 0, chars, 0, need * 2);
            return new string(chars);
        }
    }

    /// <summary>The C ABI (winhttp_err.h). Returned pointers are static: never freed.</summary>
    internal static class Native
    {
        private const string Lib = "winhttp_err";

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_name_w(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr winhttp_err_text_w(uint code, uint part, [MarshalAs(UnmanagedType.LPWStr)] string locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_summary_w(uint code, [MarshalAs(UnmanagedType.LPWStr)] string locales,
            [MarshalAs(UnmanagedType.LPWStr)] string host, [Out] ushort[] buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_category(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern int winhttp_err_is_transient(uint code);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_cert_flags_w(uint flags, [MarshalAs(UnmanagedType.LPWStr)] string locales,
            [Out] ushort[] buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_cert_flag_name(uint flag);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr winhttp_err_locale_w([MarshalAs(UnmanagedType.LPWStr)] string locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern uint winhttp_err_direction_w([MarshalAs(UnmanagedType.LPWStr)] string locales);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_code(byte[] nameUtf8);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern UIntPtr winhttp_err_count();

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern uint winhttp_err_code_at(UIntPtr index);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern UIntPtr winhttp_err_format_w(uint code, [MarshalAs(UnmanagedType.LPWStr)] string locales,
            [Out] ushort[] buf, UIntPtr bufLen);

        [DllImport(Lib, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)] internal static extern IntPtr winhttp_err_version();
    }
}
