### Descriptions of WinHTTP error codes (en-US).
### One message per error code, sorted by numeric code. The message id is the
### symbolic constant name in lowercase with "_" replaced by "-".
### Each per-code value is a single line with no placeables, because it is
### shown as-is in dialogs and log lines. Function, method, option, macro and
### constant names (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH...) are API
### identifiers and must never be translated or altered.
###
### End-user text. Besides its value (the technical description, for
### developers), each per-code message has three attributes written for a
### person who is not a programmer:
###   .title         The dialog's heading (the main instruction of a Windows
###                  task dialog): what went wrong, at most 60 characters,
###                  sentence case, no final period.
###   .summary       The body text under the heading: one or two plain
###                  sentences saying what happened, at most 200 characters,
###                  ending with a period. It must read naturally on its own,
###                  without any server name.
###   .summary-host  The same summary naming the server: use { $host } exactly
###                  once, at most 200 characters when $host is "example.com".
### $host holds the server's name as the application knows it, e.g.
### "example.com", "intranet.corp.local" or an IP address such as 192.0.2.10.
### It is never empty: without a name, .summary is shown instead.
### The hints (hint-* below) are shown as a list under the summary; which ones
### a code gets is decided in the catalogue (src/catalog.rs), the same in every
### language, so a summary says what happened and does not repeat the hints.
### No API identifier may appear in these parts or in the hints, certificate
### lines and unknown-code text: no constant, function, method or option
### name, no "_", no "WinHTTP"/"WinHttp", no "handle", no "callback", no "PAC",
### and no "{" other than the documented variables. That is what the
### description is for. Prefer everyday words ("secure connection" rather
### than TLS/SSL, "proxy setup script" rather than PAC file, as in the
### Windows proxy settings).
### When the application itself misused the library (obsolete, reserved and
### "usage" codes), say plainly that this application ran into an internal
### problem; never blame the user. Security failures never suggest bypassing,
### ignoring or continuing anyway.
### Typography: the end-user parts use the typographic apostrophe ’ (don’t,
### computer’s), never straight quotes.

## Generic Windows errors (winerror.h) also returned by WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = The system cannot find the file specified: a setting, file or registry value the function looked for does not exist.
    .title = Internal application error
    .summary = This application ran into an internal problem: a setting or file it needed could not be found.
    .summary-host = This application ran into an internal problem while connecting to { $host }: a setting or file it needed could not be found.
# 6
error-invalid-handle = The handle passed to the API has been invalidated or closed.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to use a connection that had already been closed.
    .summary-host = This application ran into an internal problem: it tried to use a connection to { $host } that had already been closed.
# 8
error-not-enough-memory = Not enough memory is available to complete the requested operation.
    .title = Not enough memory
    .summary = Your computer ran out of available memory before the request could be completed.
    .summary-host = Your computer ran out of available memory before the request to { $host } could be completed.
# 18
error-no-more-files = No more files were found.
    .title = Internal application error
    .summary = This application ran into an internal problem while reading the results of a request.
    .summary-host = This application ran into an internal problem while reading the results of a request to { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = The required protocol stack is not loaded and the application cannot start Winsock.
    .title = Networking is not available
    .summary = The network components this application needs could not be started on this computer.
    .summary-host = The network components needed to connect to { $host } could not be started on this computer.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = The parameter is incorrect: one of the arguments passed to the function is not valid (for example a NULL pointer, a wrong structure size or conflicting flags).
    .title = Internal application error
    .summary = This application ran into an internal problem: it passed information that is not valid to the networking component.
    .summary-host = This application ran into an internal problem while connecting to { $host }: it passed information that is not valid to the networking component.
# 122
error-insufficient-buffer = The buffer supplied to the function is too small to hold the returned data. See the documentation of the specific function for details.
    .title = Internal application error
    .summary = This application ran into an internal problem: it did not set aside enough room for the data it received.
    .summary-host = This application ran into an internal problem: it did not set aside enough room for the data received from { $host }.
# 259
error-no-more-items = No more items were found.
    .title = Internal application error
    .summary = This application ran into an internal problem while reading a list of results.
    .summary-host = This application ran into an internal problem while reading a list of results from { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Overlapped I/O operation is in progress: the function continues asynchronously and reports its result through the status callback.
    .title = Internal application error
    .summary = This application ran into an internal problem: it treated a request that was still in progress as a failure.
    .summary-host = This application ran into an internal problem: it treated a request to { $host } that was still in progress as a failure.
# 1168
error-not-found = Element not found: the item the function was asked for (for example a proxy result, an entry or a stored setting) does not exist.
    .title = Internal application error
    .summary = This application ran into an internal problem: it asked for an item that does not exist.
    .summary-host = This application ran into an internal problem while connecting to { $host }: it asked for an item that does not exist.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = The operation is not valid in the current state of the object, for example sending on a WebSocket that is being closed, or receiving while another receive is pending.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to use a connection in a way its current state does not allow.
    .summary-host = This application ran into an internal problem: it tried to use its connection to { $host } in a way its current state does not allow.

## Winsock errors (winsock2.h) that a WinHTTP implementation passes through
## (Wine's winhttp.dll does; Windows' maps most of them to a 12xxx code).
## To a user they mean what their WinHTTP twin means; the description says
## which code it is.

# 10050
wsaenetdown = The network subsystem has failed (WSAENETDOWN): the network stack or adapter of this computer is not working.
    .title = The network is not working
    .summary = The network on this computer is not working, so the server could not be reached.
    .summary-host = The network on this computer is not working, so { $host } could not be reached.
# 10051
wsaenetunreach = The network is unreachable (WSAENETUNREACH): this computer has no route to the server’s network.
    .title = Network unreachable
    .summary = This computer has no route to the server’s network, so the server could not be reached.
    .summary-host = This computer has no route to the network of { $host }, so the server could not be reached.
# 10052
wsaenetreset = The connection was broken because keep-alive activity detected a failure while the operation was in progress (WSAENETRESET).
    .title = Connection interrupted
    .summary = The connection to the server was dropped because the network stopped responding.
    .summary-host = The connection to { $host } was dropped because the network stopped responding.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = An established connection was aborted by software on this computer (WSAECONNABORTED), for example after a data transmission time-out or by a firewall.
    .title = Connection interrupted
    .summary = The connection to the server was ended by this computer, possibly by a firewall or security program.
    .summary-host = The connection to { $host } was ended by this computer, possibly by a firewall or security program.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = An existing connection was forcibly closed by the remote host (WSAECONNRESET).
    .title = Connection interrupted
    .summary = The server closed the connection unexpectedly.
    .summary-host = The server at { $host } closed the connection unexpectedly.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = The connection attempt or the transfer timed out because the other side did not respond in time (WSAETIMEDOUT).
    .title = Connection timed out
    .summary = The server took too long to respond.
    .summary-host = The server at { $host } took too long to respond.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = No connection could be made because the target computer actively refused it (WSAECONNREFUSED): nothing listens on that port.
    .title = Connection refused
    .summary = The server refused the connection. It may be down or not accepting connections.
    .summary-host = The server at { $host } refused the connection. It may be down or not accepting connections.
# 10064
wsaehostdown = A socket operation failed because the destination host is down (WSAEHOSTDOWN).
    .title = Server not responding
    .summary = The server appears to be turned off or disconnected from the network.
    .summary-host = The server at { $host } appears to be turned off or disconnected from the network.
# 10065
wsaehostunreach = A socket operation was attempted to an unreachable host (WSAEHOSTUNREACH): no route to the server was found.
    .title = Server unreachable
    .summary = No path to the server could be found from this computer.
    .summary-host = No path to { $host } could be found from this computer.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = No such host is known (WSAHOST_NOT_FOUND): the name server has no address for this name.
    .title = Server not found
    .summary = The server could not be found on the network.
    .summary-host = No server named { $host } could be found on the network.
# 11002
wsatry-again = The name server gave no authoritative answer and the lookup may succeed later (WSATRY_AGAIN): usually a temporary failure of the name server.
    .title = Server name lookup failed
    .summary = The server’s name could not be looked up right now. This is usually a temporary problem.
    .summary-host = The name { $host } could not be looked up right now. This is usually a temporary problem.

## WinHTTP-specific errors (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = No more handles could be generated (obsolete; no longer used).
    .title = Internal application error
    .summary = This application ran into an internal problem and reported an error that current systems no longer use.
    .summary-host = This application ran into an internal problem while connecting to { $host } and reported an error that current systems no longer use.
# 12002
error-winhttp-timeout = The request timed out. This can also result from TCP/IP time-out behavior, regardless of the time-out values set in WinHTTP.
    .title = Connection timed out
    .summary = The server took too long to respond.
    .summary-host = The server at { $host } took too long to respond.
# 12004
error-winhttp-internal-error = An internal error occurred in WinHTTP.
    .title = Unexpected internal error
    .summary = An unexpected internal problem stopped the request.
    .summary-host = An unexpected internal problem stopped the request to { $host }.
# 12005
error-winhttp-invalid-url = The URL is not valid.
    .title = Invalid web address
    .summary = The web address is not valid, so the request could not be sent.
    .summary-host = The web address used to reach { $host } is not valid, so the request could not be sent.
# 12006
error-winhttp-unrecognized-scheme = The URL specifies a scheme other than http: or https:.
    .title = Unsupported web address
    .summary = This kind of address is not supported. Only addresses that start with http:// or https:// can be opened.
    .summary-host = The address used to reach { $host } is of a kind that is not supported. Only addresses that start with http:// or https:// can be opened.
# 12007
error-winhttp-name-not-resolved = The server name could not be resolved.
    .title = Server not found
    .summary = The server could not be found on the network.
    .summary-host = No server named { $host } could be found on the network.
# 12009
error-winhttp-invalid-option = A call to WinHttpQueryOption or WinHttpSetOption specified an invalid option value.
    .title = Internal application error
    .summary = This application ran into an internal problem: it used a connection setting that is not valid.
    .summary-host = This application ran into an internal problem while connecting to { $host }: it used a connection setting that is not valid.
# 12011
error-winhttp-option-not-settable = The requested option cannot be set; it can only be queried.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to change a connection setting that can only be read.
    .summary-host = This application ran into an internal problem while connecting to { $host }: it tried to change a connection setting that can only be read.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = WinHTTP function support is being shut down or unloaded.
    .title = Network access is shutting down
    .summary = The request was stopped because network access is shutting down, for example because this application is closing.
    .summary-host = The request to { $host } was stopped because network access is shutting down, for example because this application is closing.
# 12015
error-winhttp-login-failure = The login attempt failed. Close the request handle with WinHttpCloseHandle and create a new one before retrying the function that failed.
    .title = Sign-in failed
    .summary = The server did not accept the sign-in details.
    .summary-host = The server at { $host } did not accept the sign-in details.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = The operation was canceled, usually because the handle on which the request was operating was closed before the operation completed.
    .title = Request canceled
    .summary = The request was canceled before it could finish.
    .summary-host = The request to { $host } was canceled before it could finish.
# 12018
error-winhttp-incorrect-handle-type = The type of handle supplied is incorrect for this operation.
    .title = Internal application error
    .summary = This application ran into an internal problem and could not complete the request.
    .summary-host = This application ran into an internal problem and could not complete the request to { $host }.
# 12019
error-winhttp-incorrect-handle-state = The requested operation cannot be carried out because the handle supplied is not in the correct state.
    .title = Internal application error
    .summary = This application ran into an internal problem: it took the steps of the request in the wrong order.
    .summary-host = This application ran into an internal problem: it took the steps of the request to { $host } in the wrong order.
# 12029
error-winhttp-cannot-connect = The connection to the server could not be established.
    .title = Unable to connect
    .summary = This application could not connect to the server.
    .summary-host = This application could not connect to the server at { $host }.
# 12030
error-winhttp-connection-error = The connection with the server was reset or terminated, or an incompatible SSL protocol was encountered (for example, WinHTTP 5.1 does not support SSL 2.0 unless the client specifically enables it).
    .title = Connection interrupted
    .summary = The connection to the server was interrupted or closed unexpectedly.
    .summary-host = The connection to the server at { $host } was interrupted or closed unexpectedly.
# 12032
error-winhttp-resend-request = The WinHTTP function failed, but it can be retried on the same request handle.
    .title = Request did not go through
    .summary = The request could not be completed on this attempt.
    .summary-host = The request to { $host } could not be completed on this attempt.
# 12037
error-winhttp-secure-cert-date-invalid = A required certificate is not within its validity period according to the system clock or the timestamp of the signed file, or the validity periods of the certificate chain do not nest correctly (equivalent to CERT_E_EXPIRED or CERT_E_VALIDITYPERIODNESTING).
    .title = Certificate expired or not yet valid
    .summary = The server’s security certificate has expired or is not valid yet, according to this computer’s clock.
    .summary-host = The security certificate of { $host } has expired or is not valid yet, according to this computer’s clock.
# 12038
error-winhttp-secure-cert-cn-invalid = The common name (CN) of the certificate does not match the value passed in (equivalent to CERT_E_CN_NO_MATCH).
    .title = Certificate is for a different site
    .summary = The security certificate was issued for a different site name, so the server’s identity could not be confirmed.
    .summary-host = The security certificate sent by { $host } was issued for a different name, so the server’s identity could not be confirmed.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = The server requests SSL client authentication (reported by WinHttpReceiveResponse). Get the accepted certificate issuers with WinHttpQueryOption and WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; if a certificate is requested but not required, call WinHttpSetOption with WINHTTP_OPTION_CLIENT_CERT_CONTEXT and WINHTTP_NO_CLIENT_CERT_CONTEXT in lpBuffer.
    .title = Server requires a certificate
    .summary = The server requires a certificate that identifies you or your computer before it allows the connection.
    .summary-host = The server at { $host } requires a certificate that identifies you or your computer before it allows the connection.
# 12045
error-winhttp-secure-invalid-ca = A certificate chain was processed but terminated in a root certificate that is not trusted by the trust provider (equivalent to CERT_E_UNTRUSTEDROOT).
    .title = Untrusted certificate
    .summary = The server’s security certificate was issued by an authority that this computer does not trust.
    .summary-host = The security certificate of { $host } was issued by an authority that this computer does not trust.
# 12057
error-winhttp-secure-cert-rev-failed = Certificate revocation could not be checked because the revocation server was offline (equivalent to CRYPT_E_REVOCATION_OFFLINE).
    .title = Certificate could not be checked
    .summary = This computer could not check whether the server’s security certificate has been revoked, because the server that reports revoked certificates could not be reached.
    .summary-host = This computer could not check whether the security certificate of { $host } has been revoked, because the server that reports revoked certificates could not be reached.
# 12100
error-winhttp-cannot-call-before-open = The WinHttpRequest object cannot perform the requested operation before the Open method has been called.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to use a request before preparing it.
    .summary-host = This application ran into an internal problem: it tried to use a request to { $host } before preparing it.
# 12101
error-winhttp-cannot-call-before-send = The WinHttpRequest object cannot perform the requested operation before the Send method has been called.
    .title = Internal application error
    .summary = This application ran into an internal problem: it asked for a response before sending the request.
    .summary-host = This application ran into an internal problem: it asked for the response from { $host } before sending the request.
# 12102
error-winhttp-cannot-call-after-send = The WinHttpRequest object cannot perform the requested operation after the Send method has been called.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to change a request that had already been sent.
    .summary-host = This application ran into an internal problem: it tried to change a request to { $host } that had already been sent.
# 12103
error-winhttp-cannot-call-after-open = The WinHttpRequest object cannot request the specified option after the Open method has been called.
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to change a request setting when it was too late to do so.
    .summary-host = This application ran into an internal problem: it tried to change a setting of a request to { $host } when it was too late to do so.
# 12150
error-winhttp-header-not-found = The requested header could not be found.
    .title = Information missing from the response
    .summary = The server’s response did not include a piece of information that this application expected.
    .summary-host = The response from { $host } did not include a piece of information that this application expected.
# 12152
error-winhttp-invalid-server-response = The server response could not be parsed.
    .title = Invalid response from the server
    .summary = The server sent a response that could not be understood.
    .summary-host = The server at { $host } sent a response that could not be understood.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = The supplied HTTP header is not valid, for example because it is malformed.
    .title = Invalid request
    .summary = This application tried to send information in a form that is not valid, so the request could not be sent.
    .summary-host = This application tried to send information to { $host } in a form that is not valid, so the request could not be sent.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = A header query request was not valid (obsolete; no longer used).
    .title = Internal application error
    .summary = This application ran into an internal problem and reported an error that current systems no longer use.
    .summary-host = This application ran into an internal problem while connecting to { $host } and reported an error that current systems no longer use.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = The header could not be added because it already exists (obsolete; no longer used).
    .title = Internal application error
    .summary = This application ran into an internal problem: it tried to add the same information to a request twice.
    .summary-host = This application ran into an internal problem: it tried to add the same information to a request to { $host } twice.
# 12156
error-winhttp-redirect-failed = The redirection failed because the scheme changed or because all redirection attempts failed (five attempts by default).
    .title = Redirection failed
    .summary = The server redirected the request to another address, but the redirection could not be completed.
    .summary-host = The server at { $host } redirected the request to another address, but the redirection could not be completed.
# 12157
error-winhttp-secure-channel-error = An error occurred on the secure channel (equivalent to the SEC_E_ and SEC_I_ error codes defined in winerror.h).
    .title = Secure connection could not be set up
    .summary = An error occurred while setting up a secure connection with the server.
    .summary-host = An error occurred while setting up a secure connection with { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = An error occurred while executing the script code in the proxy auto-configuration (PAC) file.
    .title = Error in the proxy setup script
    .summary = The proxy setup script for this network contains an error.
    .summary-host = The proxy setup script used to reach { $host } contains an error.
# 12167
error-winhttp-unable-to-download-script = The PAC file could not be downloaded, for example because the server referenced by the PAC URL was unreachable or returned 404 Not Found.
    .title = Proxy setup script unavailable
    .summary = The proxy setup script for this network could not be downloaded.
    .summary-host = The proxy setup script needed to reach { $host } could not be downloaded.
# 12169
error-winhttp-secure-invalid-cert = A certificate is not valid (equivalent to errors such as CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED and CERT_E_CHAINING).
    .title = Invalid certificate
    .summary = The server’s security certificate is not valid, so a secure connection could not be made.
    .summary-host = The security certificate of { $host } is not valid, so a secure connection could not be made.
# 12170
error-winhttp-secure-cert-revoked = A certificate has been revoked (equivalent to CRYPT_E_REVOKED).
    .title = Certificate revoked
    .summary = The server’s security certificate has been revoked by the authority that issued it, so it can no longer be trusted.
    .summary-host = The security certificate of { $host } has been revoked by the authority that issued it, so it can no longer be trusted.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP has not been initialized (obsolete; no longer used).
    .title = Internal application error
    .summary = This application ran into an internal problem and reported an error that current systems no longer use.
    .summary-host = This application ran into an internal problem while connecting to { $host } and reported an error that current systems no longer use.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = One or more errors were found in the SSL (Secure Sockets Layer) certificate sent by the server. To find out which, check for a WINHTTP_CALLBACK_STATUS_SECURE_FAILURE notification in a status callback function (see WINHTTP_STATUS_CALLBACK).
    .title = Secure connection failed
    .summary = The server’s security certificate has one or more problems, so a secure connection could not be made.
    .summary-host = The security certificate sent by { $host } has one or more problems, so a secure connection could not be made.
# 12176
error-winhttp-unhandled-script-type = The script type is not supported.
    .title = Unsupported proxy setup script
    .summary = The proxy setup script for this network is of a kind that is not supported.
    .summary-host = The proxy setup script used to reach { $host } is of a kind that is not supported.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = An error occurred while executing a script.
    .title = Proxy setup script failed
    .summary = An error occurred while running the proxy setup script for this network.
    .summary-host = An error occurred while running the proxy setup script used to reach { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl could not find a proxy for the specified URL.
    .title = Proxy not found
    .summary = The proxy server to use for this address could not be determined.
    .summary-host = The proxy server to use for { $host } could not be determined.
# 12179
error-winhttp-secure-cert-wrong-usage = A certificate is not valid for the requested usage (equivalent to CERT_E_WRONG_USAGE).
    .title = Certificate not valid for this use
    .summary = The server’s security certificate is not meant to be used for this kind of connection.
    .summary-host = The security certificate of { $host } is not meant to be used for this kind of connection.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl could not discover the URL of the proxy auto-configuration (PAC) file.
    .title = Proxy settings not detected
    .summary = The proxy settings for this network could not be detected automatically.
    .summary-host = The proxy settings needed to reach { $host } could not be detected automatically.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse received a response containing more headers than WinHTTP can accept.
    .title = Server response rejected
    .summary = The server sent a response with too many headers, so it could not be accepted.
    .summary-host = The server at { $host } sent a response with too many headers, so it could not be accepted.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse received headers whose total size exceeds the limit set on the request handle.
    .title = Server response too large
    .summary = The server sent a response whose headers were too large, so it could not be accepted.
    .summary-host = The server at { $host } sent a response whose headers were too large, so it could not be accepted.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse hit an overflow while parsing the chunked transfer encoding of the response: a chunk header exceeded the allowed size.
    .title = Server response could not be read
    .summary = Part of the server’s response was larger than allowed, so the response could not be read.
    .summary-host = Part of the response from { $host } was larger than allowed, so the response could not be read.
# 12184
error-winhttp-response-drain-overflow = An incoming response exceeded an internal WinHTTP size limit.
    .title = Server response exceeded a size limit
    .summary = The server’s response was larger than this computer allows, so it could not be received.
    .summary-host = The response from { $host } was larger than this computer allows, so it could not be received.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = No private key is associated with the SSL client certificate context; the certificate may have been imported to the computer without its private key.
    .title = Your certificate cannot be used
    .summary = The certificate that identifies you is missing its private key, so it cannot be used. The key may have been left out when the certificate was installed.
    .summary-host = The certificate that identifies you to { $host } is missing its private key, so it cannot be used. The key may have been left out when the certificate was installed.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = The application does not have the privileges required to access the private key associated with the client certificate.
    .title = Access to your certificate denied
    .summary = This application is not allowed to use the private key of the certificate that identifies you.
    .summary-host = This application is not allowed to use the private key of the certificate that identifies you to { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = The proxy server requires SSL/TLS client certificate authentication; a client certificate must be supplied for the proxy connection.
    .title = Proxy requires a certificate
    .summary = The proxy server requires a certificate that identifies you or your computer before it allows the connection.
    .summary-host = The proxy server requires a certificate that identifies you or your computer before it allows a connection to { $host }.
# 12188
error-winhttp-secure-failure-proxy = An SSL/TLS error occurred on the secure connection to the proxy server, for example a problem with the certificate it sent.
    .title = Secure connection to the proxy failed
    .summary = A secure connection to the proxy server could not be made, for example because of a problem with its certificate.
    .summary-host = A secure connection to the proxy server used to reach { $host } could not be made, for example because of a problem with its certificate.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Reserved code; not used.
    .title = Internal application error
    .summary = This application ran into an internal problem and reported an error that is reserved and never used.
    .summary-host = This application ran into an internal problem while connecting to { $host } and reported an error that is reserved and never used.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = The HTTP protocol version used by the server does not match the one requested or required, for example HTTP/2 or HTTP/3 was required but could not be negotiated.
    .title = Incompatible web protocol version
    .summary = The server and this application could not agree on a version of the web protocol to use.
    .summary-host = The server at { $host } and this application could not agree on a version of the web protocol to use.
# 12191
error-winhttp-global-callback-failed = A global callback function registered with WinHTTP failed.
    .title = Internal application error
    .summary = This application ran into an internal problem: one of its components failed while the request was being processed.
    .summary-host = This application ran into an internal problem: one of its components failed while the request to { $host } was being processed.
# 12192
error-winhttp-feature-disabled = The requested WinHTTP feature is disabled and cannot be used.
    .title = Feature turned off
    .summary = A feature that this request needs is turned off on this computer.
    .summary-host = A feature needed for the request to { $host } is turned off on this computer.
# 12193
error-winhttp-fast-forwarding-not-supported = Fast forwarding is not supported for this request or connection.
    .title = Feature not supported
    .summary = This application asked for a feature that this connection does not support.
    .summary-host = This application asked for a feature that the connection to { $host } does not support.

## Hints: things a user can try, shown as a list under the summary.
## Each is one complete imperative sentence ending with a period, at most 100 characters.
## The catalogue (src/catalog.rs) decides which hints a code shows, and in which order.
hint-check-connection = Check your network connection.
hint-try-again-later = Wait a moment, then try again.
hint-check-address = Check that the address is spelled correctly.
hint-check-proxy = Check your proxy settings, or ask your network administrator.
hint-check-firewall = Make sure that no firewall or antivirus program is blocking this application.
hint-check-date-time = Make sure your computer’s date, time, and time zone are correct.
hint-update-system = Install the latest updates for your operating system.
hint-contact-site-owner = If the problem continues, contact the owner of the website or server.
hint-contact-support = Contact the support team for this application.
hint-update-app = Check for a newer version of this application.
hint-restart-app = Close this application and open it again.
hint-restart-computer = Restart your computer.
hint-free-memory = Close other programs to free up memory, then try again.
hint-check-credentials = Check that your user name and password are correct.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Make sure the requested certificate is installed correctly, or ask your administrator.

## Certificate problems: one line each, shown as a list when a secure connection failed.
## At most 120 characters; one complete sentence ending with a period.
## "The certificate" is the one the server sent.
cert-flag-rev-failed = This computer could not check whether the certificate has been revoked.
cert-flag-invalid-cert = The certificate is not valid.
cert-flag-cert-revoked = The certificate has been revoked by the authority that issued it.
cert-flag-invalid-ca = The certificate was issued by an authority that this computer does not trust.
cert-flag-cert-cn-invalid = The certificate was issued for a different site name.
cert-flag-cert-date-invalid = The certificate has expired or is not valid yet.
cert-flag-cert-wrong-usage = The certificate is not meant for this kind of connection.
cert-flag-security-channel-error = An error occurred while setting up the secure connection.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = The certificate has one or more problems that could not be identified ({ $flags }).

## Codes this library does not know.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = An unexpected problem occurred while connecting (error { $code }, { $hex }).
    .summary-host = An unexpected problem occurred while connecting to { $host } (error { $code }, { $hex }).

## Composite messages

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Unknown WinHTTP error { $code } ({ $hex }).
