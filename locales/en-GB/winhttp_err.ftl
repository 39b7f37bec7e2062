### Descriptions of WinHTTP error codes (en-GB).
### Partial locale: only the texts that British English writes differently
### from en-US are here; every other message and attribute comes from en-US,
### which remains the reference (read its header for the rules of each part).
###
### British spelling as Microsoft's en-GB Windows writes it: -our (behaviour),
### doubled l before a suffix (cancelled), -ise and -isation (initialised),
### "time-out" as a noun. Words that do not change: program (software),
### dialog box, sign in. Punctuation and quotation marks follow en-US's header
### (the typographic apostrophe ’). A message here overrides en-US's part by
### part: a value without attributes keeps en-US's title and summaries.
###
### Before adding a message, check that British English really writes it
### differently; a copy of en-US's text only hides future changes to it.

# 12002 — "behaviour".
error-winhttp-timeout = The request timed out. This can also result from TCP/IP time-out behaviour, regardless of the time-out values set in WinHTTP.
# 12017 — "cancelled" (the constant's own spelling).
error-winhttp-operation-cancelled = The operation was cancelled, usually because the handle on which the request was operating was closed before the operation completed.
    .title = Request cancelled
    .summary = The request was cancelled before it could finish.
    .summary-host = The request to { $host } was cancelled before it could finish.
# 12172 — "initialised".
error-winhttp-not-initialized = WinHTTP has not been initialised (obsolete; no longer used).
