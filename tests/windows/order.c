/* Second translation unit of the Windows contract test: our header FIRST, then
 * <windows.h> and <winhttp.h> (contract_win.c includes them the other way round),
 * then ours again, under -Wall -Wextra -Werror: no clash in either order. */
#include "winhttp_err.h"

#include <windows.h>
#include <winhttp.h>

#include "winhttp_err.h" /* the include guard holds beside the SDK too */

/* Our UTF-16 strings go straight into Win32 types: in C, uint16_t and WCHAR
 * are the same type with mingw-w64 (and MSVC), so no cast is needed. */
LPCWSTR order_tu_timeout_name(void) {
    return winhttp_err_name_w(ERROR_WINHTTP_TIMEOUT);
}
