/* TEST-ONLY shim, never shipped: bcryptprimitives.dll exporting ProcessPrng.
 *
 * Rust's std (1.78+) imports ProcessPrng from bcryptprimitives.dll to seed its
 * hash maps. Windows 10+ has that DLL; Debian 12's Wine 8 does not, so any Rust
 * DLL fails to load there with STATUS_DLL_NOT_FOUND (c0000135). tests/windows.rs
 * puts this shim beside the test executables, where the loader finds it first.
 * It implements ProcessPrng with RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */

/* Always TRUE, as documented for Windows' own ProcessPrng. */
__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len) {
    while (len > 0) {
        ULONG chunk = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
