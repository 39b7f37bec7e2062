### Descriptions of WinHTTP error codes (en-US).
### One message per error code, sorted by numeric code. The message id is the
### symbolic constant name in lowercase with "_" replaced by "-".
### Each per-code value is a single line with no placeables, because it is
### shown as-is in dialogs and log lines. Function, method, option, macro and
### constant names (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH...) are API
### identifiers and must never be translated or altered.

## Generic Windows errors (winerror.h) also returned by WinHTTP

# 6
error-invalid-handle = The handle passed to the API has been invalidated or closed.
# 8
error-not-enough-memory = Not enough memory is available to complete the requested operation.
# 18
error-no-more-files = No more files were found.
# 50
error-not-supported = The required protocol stack is not loaded and the application cannot start Winsock.
# 122
error-insufficient-buffer = The buffer supplied to the function is too small to hold the returned data. See the documentation of the specific function for details.
# 259
error-no-more-items = No more items were found.

## WinHTTP-specific errors (winhttp.h)

# 12001
error-winhttp-out-of-handles = No more handles could be generated (obsolete; no longer used).
# 12002
error-winhttp-timeout = The request timed out. This can also result from TCP/IP time-out behavior, regardless of the time-out values set in WinHTTP.
# 12004
error-winhttp-internal-error = An internal error occurred in WinHTTP.
# 12005
error-winhttp-invalid-url = The URL is not valid.
# 12006
error-winhttp-unrecognized-scheme = The URL specifies a scheme other than http: or https:.
# 12007
error-winhttp-name-not-resolved = The server name could not be resolved.
# 12009
error-winhttp-invalid-option = A call to WinHttpQueryOption or WinHttpSetOption specified an invalid option value.
# 12011
error-winhttp-option-not-settable = The requested option cannot be set; it can only be queried.
# 12012
error-winhttp-shutdown = WinHTTP function support is being shut down or unloaded.
# 12015
error-winhttp-login-failure = The login attempt failed. Close the request handle with WinHttpCloseHandle and create a new one before retrying the function that failed.
# 12017
error-winhttp-operation-cancelled = The operation was canceled, usually because the handle on which the request was operating was closed before the operation completed.
# 12018
error-winhttp-incorrect-handle-type = The type of handle supplied is incorrect for this operation.
# 12019
error-winhttp-incorrect-handle-state = The requested operation cannot be carried out because the handle supplied is not in the correct state.
# 12029
error-winhttp-cannot-connect = The connection to the server could not be established.
# 12030
error-winhttp-connection-error = The connection with the server was reset or terminated, or an incompatible SSL protocol was encountered (for example, WinHTTP 5.1 does not support SSL 2.0 unless the client specifically enables it).
# 12032
error-winhttp-resend-request = The WinHTTP function failed, but it can be retried on the same request handle.
# 12037
error-winhttp-secure-cert-date-invalid = A required certificate is not within its validity period according to the system clock or the timestamp of the signed file, or the validity periods of the certificate chain do not nest correctly (equivalent to CERT_E_EXPIRED or CERT_E_VALIDITYPERIODNESTING).
# 12038
error-winhttp-secure-cert-cn-invalid = The common name (CN) of the certificate does not match the value passed in (equivalent to CERT_E_CN_NO_MATCH).
# 12044
error-winhttp-client-auth-cert-needed = The server requests SSL client authentication (reported by WinHttpReceiveResponse). Get the accepted certificate issuers with WinHttpQueryOption and WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; if a certificate is requested but not required, call WinHttpSetOption with WINHTTP_OPTION_CLIENT_CERT_CONTEXT and WINHTTP_NO_CLIENT_CERT_CONTEXT in lpBuffer.
# 12045
error-winhttp-secure-invalid-ca = A certificate chain was processed but terminated in a root certificate that is not trusted by the trust provider (equivalent to CERT_E_UNTRUSTEDROOT).
# 12057
error-winhttp-secure-cert-rev-failed = Certificate revocation could not be checked because the revocation server was offline (equivalent to CRYPT_E_REVOCATION_OFFLINE).
# 12100
error-winhttp-cannot-call-before-open = The WinHttpRequest object cannot perform the requested operation before the Open method has been called.
# 12101
error-winhttp-cannot-call-before-send = The WinHttpRequest object cannot perform the requested operation before the Send method has been called.
# 12102
error-winhttp-cannot-call-after-send = The WinHttpRequest object cannot perform the requested operation after the Send method has been called.
# 12103
error-winhttp-cannot-call-after-open = The WinHttpRequest object cannot request the specified option after the Open method has been called.
# 12150
error-winhttp-header-not-found = The requested header could not be found.
# 12152
error-winhttp-invalid-server-response = The server response could not be parsed.
# 12153
error-winhttp-invalid-header = The supplied HTTP header is not valid, for example because it is malformed.
# 12154
error-winhttp-invalid-query-request = A header query request was not valid (obsolete; no longer used).
# 12155
error-winhttp-header-already-exists = The header could not be added because it already exists (obsolete; no longer used).
# 12156
error-winhttp-redirect-failed = The redirection failed because the scheme changed or because all redirection attempts failed (five attempts by default).
# 12157
error-winhttp-secure-channel-error = An error occurred on the secure channel (equivalent to the SEC_E_ and SEC_I_ error codes defined in winerror.h).
# 12166
error-winhttp-bad-auto-proxy-script = An error occurred while executing the script code in the proxy auto-configuration (PAC) file.
# 12167
error-winhttp-unable-to-download-script = The PAC file could not be downloaded, for example because the server referenced by the PAC URL was unreachable or returned 404 Not Found.
# 12169
error-winhttp-secure-invalid-cert = A certificate is not valid (equivalent to errors such as CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED and CERT_E_CHAINING).
# 12170
error-winhttp-secure-cert-revoked = A certificate has been revoked (equivalent to CRYPT_E_REVOKED).
# 12172
error-winhttp-not-initialized = WinHTTP has not been initialized (obsolete; no longer used).
# 12175
error-winhttp-secure-failure = One or more errors were found in the SSL (Secure Sockets Layer) certificate sent by the server. To find out which, check for a WINHTTP_CALLBACK_STATUS_SECURE_FAILURE notification in a status callback function (see WINHTTP_STATUS_CALLBACK).
# 12176
error-winhttp-unhandled-script-type = The script type is not supported.
# 12177
error-winhttp-script-execution-error = An error occurred while executing a script.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl could not find a proxy for the specified URL.
# 12179
error-winhttp-secure-cert-wrong-usage = A certificate is not valid for the requested usage (equivalent to CERT_E_WRONG_USAGE).
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl could not discover the URL of the proxy auto-configuration (PAC) file.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse received a response containing more headers than WinHTTP can accept.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse received headers whose total size exceeds the limit set on the request handle.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse hit an overflow while parsing the chunked transfer encoding of the response: a chunk header exceeded the allowed size.
# 12184
error-winhttp-response-drain-overflow = An incoming response exceeded an internal WinHTTP size limit.
# 12185
error-winhttp-client-cert-no-private-key = No private key is associated with the SSL client certificate context; the certificate may have been imported to the computer without its private key.
# 12186
error-winhttp-client-cert-no-access-private-key = The application does not have the privileges required to access the private key associated with the client certificate.
# 12187
error-winhttp-client-auth-cert-needed-proxy = The proxy server requires SSL/TLS client certificate authentication; a client certificate must be supplied for the proxy connection.
# 12188
error-winhttp-secure-failure-proxy = An SSL/TLS error occurred on the secure connection to the proxy server, for example a problem with the certificate it sent.
# 12189
error-winhttp-reserved-189 = Reserved code; not used.
# 12190
error-winhttp-http-protocol-mismatch = The HTTP protocol version used by the server does not match the one requested or required, for example HTTP/2 or HTTP/3 was required but could not be negotiated.
# 12191
error-winhttp-global-callback-failed = A global callback function registered with WinHTTP failed.
# 12192
error-winhttp-feature-disabled = The requested WinHTTP feature is disabled and cannot be used.
# 12193
error-winhttp-fast-forwarding-not-supported = Fast forwarding is not supported for this request or connection.

## Composite messages

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Unknown WinHTTP error { $code } ({ $hex }).
