### WinHTTP 错误代码说明（zh-CN，简体中文）。
### 每个错误代码一条消息，按数字代码排序。消息 ID 是符号常量名的小写形式，
### 其中的“_”替换为“-”。
### 每条消息的值是面向开发人员的技术描述：只占一行，不含占位符，因为它会
### 原样显示在对话框和日志中。函数、方法、选项、宏和常量的名称
### （WinHttpQueryOption、Open、CERT_E_CN_NO_MATCH……）是 API 标识符，
### 一律保持原样，不得翻译或改动。
###
### 面向最终用户的文本：每个代码另有三个属性，写给不懂编程的普通用户看。
###   .title         对话框标题（Windows 任务对话框的主说明）：说明出了什么问题，
###                  不超过 60 个字符，末尾不加句号。
###   .summary       标题下方的正文：一两句通俗的话，说明发生了什么，不超过
###                  200 个字符，以“。”结尾；不提服务器名称，必须能单独读通。
###   .summary-host  同一段正文，但点出服务器：{ $host } 恰好出现一次；
###                  $host 为“example.com”时不超过 200 个字符。
### $host 是应用所知道的服务器名称，例如“example.com”、“intranet.corp.local”，
### 或 IP 地址（如 192.0.2.10）。它从不为空：没有名称时显示 .summary。
### 提示（下方的 hint-*）以列表形式显示在正文下方，每条是一个完整的祈使句，
### 用“请……”开头，以“。”结尾，不超过 100 个字符。每个代码显示哪些提示由
### 目录（src/catalog.rs）决定，各语言相同；正文只说明发生了什么，不重复提示。
### 证书问题（下方的 cert-flag-*）每条一句，以“。”结尾，不超过 120 个字符。
### 以上面向用户的文本中不得出现任何 API 标识符：不得有常量、函数、方法或
### 选项名，不得有“_”、“WinHTTP”/“WinHttp”、“handle”/“句柄”、
### “callback”/“回调”、“PAC”、URL、SSL/TLS 等术语，也不得有除上述变量以外的“{”。
### 这些内容留给技术描述。尽量使用日常用语：说“安全连接”而不是 TLS/SSL，
### 说“代理设置脚本”而不是 PAC 文件（与 Windows 代理设置中的“使用设置脚本”一致），
### 说“网址”而不是 URL。
### 如果是应用本身误用了该库（已过时、保留和“用法”类代码），就直接说此应用
### 遇到了内部问题；绝不归咎于用户。安全类错误绝不建议绕过、忽略或继续访问。
### 称呼用户时使用敬称“您”；面向用户的“app”译作“应用”，“computer”译作“电脑”
### （Windows 界面用语）；技术描述中用“应用程序”“计算机”。
###
### 术语表（遵循 Microsoft 简体中文 Windows 界面及文档的既定译法）：
###   request     = 请求（Microsoft 文档中的“HTTP 请求”“请求句柄”；日常也易懂）
###   header      = 标头（Microsoft 中文文档对 HTTP header 的固定译法，不用“头部”“报头”）
###   handle      = 句柄（Windows 编程既定术语；只用于技术描述）
###   proxy       = 代理、代理服务器（Windows 设置“网络和 Internet > 代理”中的用语）
###   certificate = 证书；面向用户时称服务器的证书为“安全证书”，客户端证书为“您的证书”
###   callback    = 回调函数（Microsoft 文档用语，如“状态回调函数”）
###   PAC file    = 代理自动配置（PAC）文件、PAC 文件（技术描述，同 Microsoft 文档）；
###                 面向用户称“代理设置脚本”（对应 Windows 代理设置中的“使用设置脚本”）
###   timeout     = 超时；time-out value = 超时值（Microsoft 文档用语）
###   其他：revoke = 吊销；certificate authority = 颁发机构；private key = 私钥；
###   sign in = 登录；redirect = 重定向；secure connection = 安全连接；
###   revocation server = 提供证书吊销信息的服务器（面向用户；不说含糊的“检查服务”）；
###   route = 路由（技术描述）、路径（面向用户：“找不到通往服务器的路径”）；refuse = 拒绝。
###   Winsock 错误（只用于技术描述）：host = 主机，remote host = 远程主机，
###   name server = 名称服务器，authoritative answer = 权威应答，
###   keep-alive = 保持连接（keep-alive），socket = 套接字，overlapped I/O = 重叠 I/O；
###   有 Windows 系统消息的，沿用其译法（“远程主机强迫关闭了一个现有的连接。”等）。
### 行文：“此应用遇到内部问题：”之后直接写动作，不重复主语“它”，也不加英文冠词式的
### “一个”“一项”（“试图使用已关闭的连接”）；“before it allows”译作“要求先……才……”。
### 排版：使用全角标点（。，、：；（））；汉字之间不加空格；汉字与英文、数字或
### { $host } 之间加一个半角空格（Microsoft 简体中文风格指南的做法），与全角
### 标点相邻时不加空格。引号用“”。

## Windows 通用错误（winerror.h），WinHTTP 也会返回

# 2 — WinHttpGetIEProxyConfigForCurrentUser 等读取设置的函数在找不到所查找的设置或文件时报告此代码。
error-file-not-found = 系统找不到指定的文件：函数查找的设置、文件或注册表值不存在。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：找不到所需的设置或文件。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题：找不到所需的设置或文件。
# 6
error-invalid-handle = 传递给 API 的句柄已失效或已关闭。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：试图使用已关闭的连接。
    .summary-host = 此应用遇到内部问题：试图使用与 { $host } 之间已关闭的连接。
# 8
error-not-enough-memory = 可用内存不足，无法完成请求的操作。
    .title = 内存不足
    .summary = 在请求完成之前，您的电脑已耗尽可用内存。
    .summary-host = 在发往 { $host } 的请求完成之前，您的电脑已耗尽可用内存。
# 18
error-no-more-files = 找不到更多文件。
    .title = 应用内部错误
    .summary = 此应用在读取请求结果时遇到内部问题。
    .summary-host = 此应用在读取 { $host } 返回的请求结果时遇到内部问题。
# 50 — 无法启动 Windows 网络组件（Winsock）。
error-not-supported = 未加载所需的协议栈，应用程序无法启动 Winsock。
    .title = 网络功能不可用
    .summary = 无法在此电脑上启动此应用所需的网络组件。
    .summary-host = 无法在此电脑上启动连接 { $host } 所需的网络组件。
# 87 — 例如向 WinHttpCrackUrl 传入了 dwStructSize 不正确的 URL_COMPONENTS。
error-invalid-parameter = 参数错误：传递给函数的某个参数无效（例如 NULL 指针、结构大小错误或相互冲突的标志）。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：向网络组件传递了无效的信息。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题：向网络组件传递了无效的信息。
# 122
error-insufficient-buffer = 提供给函数的缓冲区太小，无法容纳返回的数据。有关详细信息，请参阅具体函数的文档。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：没有为收到的数据预留足够的空间。
    .summary-host = 此应用遇到内部问题：没有为从 { $host } 收到的数据预留足够的空间。
# 259
error-no-more-items = 找不到更多项目。
    .title = 应用内部错误
    .summary = 此应用在读取结果列表时遇到内部问题。
    .summary-host = 此应用在读取来自 { $host } 的结果列表时遇到内部问题。

# 997 — WinHttpGetProxyForUrlEx 和 WebSocket 函数在工作以异步方式继续进行时返回此代码；
# 只有被当作失败处理时才会成为错误。
error-io-pending = 重叠 I/O 操作正在进行：函数以异步方式继续执行，并通过状态回调函数报告结果。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：把仍在进行中的请求当成了失败。
    .summary-host = 此应用遇到内部问题：发往 { $host } 的请求仍在进行中，却被当成了失败。
# 1168
error-not-found = 找不到元素：函数所请求的项目（例如代理结果、条目或已存储的设置）不存在。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：请求了不存在的项目。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题：请求了不存在的项目。
# 4317 — 例如在关闭握手开始后仍通过 WebSocket 发送数据。
error-invalid-operation = 此操作在对象的当前状态下无效，例如向正在关闭的 WebSocket 发送数据，或在另一个接收操作尚未完成时再次接收。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：以连接当前状态不允许的方式使用了该连接。
    .summary-host = 此应用遇到内部问题：以当前状态不允许的方式使用了与 { $host } 的连接。

## WinHTTP 实现直接传回的 Winsock 错误（winsock2.h）
## （Wine 的 winhttp.dll 会直接传回；Windows 的 winhttp.dll 会把其中大多数转换为 12xxx 代码。）
## 对用户而言，它们与对应的 WinHTTP 错误含义相同；具体是哪个代码由描述（值）说明。

# 10050
wsaenetdown = 网络子系统失败（WSAENETDOWN）：此计算机的网络协议栈或网络适配器无法正常工作。
    .title = 网络无法正常工作
    .summary = 此电脑的网络无法正常工作，因此无法访问服务器。
    .summary-host = 此电脑的网络无法正常工作，因此无法访问 { $host }。
# 10051
wsaenetunreach = 无法访问网络（WSAENETUNREACH）：此计算机没有通往服务器所在网络的路由。
    .title = 无法访问网络
    .summary = 此电脑没有通往服务器所在网络的路径，因此无法访问服务器。
    .summary-host = 此电脑没有通往 { $host } 所在网络的路径，因此无法访问该服务器。
# 10052
wsaenetreset = 由于保持连接（keep-alive）活动在操作进行期间检测到故障，连接已断开（WSAENETRESET）。
    .title = 连接中断
    .summary = 由于网络停止响应，与服务器的连接已断开。
    .summary-host = 由于网络停止响应，与 { $host } 的连接已断开。
# 10053 — “软件导致连接中止”：通常是防火墙或安全程序所致。
wsaeconnaborted = 已建立的连接被此计算机上的软件中止（WSAECONNABORTED），例如由数据传输超时或防火墙导致。
    .title = 连接中断
    .summary = 与服务器的连接被此电脑终止，可能是防火墙或安全程序所致。
    .summary-host = 与 { $host } 的连接被此电脑终止，可能是防火墙或安全程序所致。
# 10054 — Windows 会改为报告 ERROR_WINHTTP_CONNECTION_ERROR。
wsaeconnreset = 远程主机强迫关闭了一个现有的连接（WSAECONNRESET）。
    .title = 连接中断
    .summary = 服务器意外关闭了连接。
    .summary-host = 服务器 { $host } 意外关闭了连接。
# 10060 — Windows 会改为报告 ERROR_WINHTTP_TIMEOUT；面向用户的文本与 12002 相同。
wsaetimedout = 由于另一方未在规定时间内响应，连接尝试或数据传输超时（WSAETIMEDOUT）。
    .title = 连接超时
    .summary = 服务器响应时间过长。
    .summary-host = 服务器 { $host } 响应时间过长。
# 10061 — Windows 会改为报告 ERROR_WINHTTP_CANNOT_CONNECT。
wsaeconnrefused = 由于目标计算机积极拒绝，无法连接（WSAECONNREFUSED）：该端口上没有程序在侦听。
    .title = 连接被拒绝
    .summary = 服务器拒绝了连接。服务器可能未运行，或者不接受连接。
    .summary-host = 服务器 { $host } 拒绝了连接。服务器可能未运行，或者不接受连接。
# 10064
wsaehostdown = 由于目标主机已关闭，套接字操作失败（WSAEHOSTDOWN）。
    .title = 服务器没有响应
    .summary = 服务器似乎已关机或已断开网络连接。
    .summary-host = 服务器 { $host } 似乎已关机或已断开网络连接。
# 10065
wsaehostunreach = 尝试对无法访问的主机执行套接字操作（WSAEHOSTUNREACH）：找不到通往服务器的路由。
    .title = 无法访问服务器
    .summary = 从此电脑找不到通往服务器的路径。
    .summary-host = 从此电脑找不到通往 { $host } 的路径。
# 11001 — Windows 会改为报告 ERROR_WINHTTP_NAME_NOT_RESOLVED；面向用户的文本与 12007 相同。
wsahost-not-found = 找不到这样的主机（WSAHOST_NOT_FOUND）：名称服务器中没有此名称对应的地址。
    .title = 找不到服务器
    .summary = 在网络上找不到该服务器。
    .summary-host = 在网络上找不到名为 { $host } 的服务器。
# 11002
wsatry-again = 名称服务器未给出权威应答，稍后再次查找可能会成功（WSATRY_AGAIN）：通常是名称服务器的临时故障。
    .title = 无法查找服务器名称
    .summary = 暂时无法查找服务器的名称。这通常是临时问题。
    .summary-host = 暂时无法查找名称 { $host }。这通常是临时问题。

## WinHTTP 特有的错误（winhttp.h）

# 12001 — 已过时：当前系统从不报告此代码，因此是应用出了错。
error-winhttp-out-of-handles = 无法再生成更多句柄（已过时；不再使用）。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题，报告了一个当前系统已不再使用的错误。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题，报告了一个当前系统已不再使用的错误。
# 12002
error-winhttp-timeout = 请求已超时。这也可能是 TCP/IP 的超时行为造成的，与 WinHTTP 中设置的超时值无关。
    .title = 连接超时
    .summary = 服务器响应时间过长。
    .summary-host = 服务器 { $host } 响应时间过长。
# 12004
error-winhttp-internal-error = WinHTTP 中发生内部错误。
    .title = 意外的内部错误
    .summary = 发生意外的内部问题，请求已中止。
    .summary-host = 发生意外的内部问题，发往 { $host } 的请求已中止。
# 12005
error-winhttp-invalid-url = URL 无效。
    .title = 网址无效
    .summary = 网址无效，因此无法发送请求。
    .summary-host = 用于访问 { $host } 的网址无效，因此无法发送请求。
# 12006
error-winhttp-unrecognized-scheme = URL 指定了 http: 或 https: 以外的方案。
    .title = 不支持的网址
    .summary = 不支持此类网址。只能打开以 http:// 或 https:// 开头的网址。
    .summary-host = 用于访问 { $host } 的网址属于不受支持的类型。只能打开以 http:// 或 https:// 开头的网址。
# 12007
error-winhttp-name-not-resolved = 无法解析服务器名称。
    .title = 找不到服务器
    .summary = 在网络上找不到该服务器。
    .summary-host = 在网络上找不到名为 { $host } 的服务器。
# 12009
error-winhttp-invalid-option = 对 WinHttpQueryOption 或 WinHttpSetOption 的调用指定了无效的选项值。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：使用了无效的连接设置。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题：使用了无效的连接设置。
# 12011
error-winhttp-option-not-settable = 无法设置请求的选项；该选项只能查询。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：试图更改只读的连接设置。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题：试图更改只读的连接设置。
# 12012 — 通常在应用正在关闭时出现。
error-winhttp-shutdown = WinHTTP 函数支持正在关闭或卸载。
    .title = 网络访问正在关闭
    .summary = 由于网络访问正在关闭（例如此应用正在退出），请求已停止。
    .summary-host = 由于网络访问正在关闭（例如此应用正在退出），发往 { $host } 的请求已停止。
# 12015
error-winhttp-login-failure = 登录尝试失败。请使用 WinHttpCloseHandle 关闭请求句柄，并在重试失败的函数之前创建新的请求句柄。
    .title = 登录失败
    .summary = 服务器不接受所提供的登录信息。
    .summary-host = 服务器 { $host } 不接受所提供的登录信息。
# 12017 — 英文原文按描述使用美式拼写“canceled”；中文统一译作“取消”。
error-winhttp-operation-cancelled = 操作已取消，通常是因为在操作完成之前，该请求所使用的句柄已被关闭。
    .title = 请求已取消
    .summary = 请求在完成之前已被取消。
    .summary-host = 发往 { $host } 的请求在完成之前已被取消。
# 12018
error-winhttp-incorrect-handle-type = 所提供的句柄类型不适用于此操作。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题，无法完成请求。
    .summary-host = 此应用遇到内部问题，无法完成发往 { $host } 的请求。
# 12019
error-winhttp-incorrect-handle-state = 无法执行请求的操作，因为所提供的句柄未处于正确的状态。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：执行请求步骤的顺序有误。
    .summary-host = 此应用遇到内部问题：执行发往 { $host } 的请求时步骤顺序有误。
# 12029
error-winhttp-cannot-connect = 无法与服务器建立连接。
    .title = 无法连接
    .summary = 此应用无法连接到服务器。
    .summary-host = 此应用无法连接到服务器 { $host }。
# 12030
error-winhttp-connection-error = 与服务器的连接已被重置或终止，或者遇到了不兼容的 SSL 协议（例如，除非客户端专门启用，否则 WinHTTP 5.1 不支持 SSL 2.0）。
    .title = 连接中断
    .summary = 与服务器的连接意外中断或关闭。
    .summary-host = 与服务器 { $host } 的连接意外中断或关闭。
# 12032
error-winhttp-resend-request = WinHTTP 函数失败，但可以在同一请求句柄上重试。
    .title = 请求未成功
    .summary = 本次尝试未能完成请求。
    .summary-host = 本次尝试未能完成发往 { $host } 的请求。
# 12037
error-winhttp-secure-cert-date-invalid = 根据系统时钟或签名文件的时间戳，所需的证书不在其有效期内，或者证书链的有效期没有正确嵌套（相当于 CERT_E_EXPIRED 或 CERT_E_VALIDITYPERIODNESTING）。
    .title = 证书已过期或尚未生效
    .summary = 根据此电脑的时钟，服务器的安全证书已过期或尚未生效。
    .summary-host = 根据此电脑的时钟，服务器 { $host } 的安全证书已过期或尚未生效。
# 12038
error-winhttp-secure-cert-cn-invalid = 证书的公用名（CN）与传入的值不匹配（相当于 CERT_E_CN_NO_MATCH）。
    .title = 证书属于其他网站
    .summary = 服务器的安全证书是为其他网站名称颁发的，因此无法确认服务器的身份。
    .summary-host = 服务器 { $host } 发送的安全证书是为其他名称颁发的，因此无法确认服务器的身份。
# 12044 — 服务器要求用户（或其电脑）用证书证明身份。
error-winhttp-client-auth-cert-needed = 服务器请求 SSL 客户端身份验证（由 WinHttpReceiveResponse 报告）。请使用 WinHttpQueryOption 和 WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST 获取可接受的证书颁发者；如果服务器请求证书但并不强制要求，请调用 WinHttpSetOption，使用 WINHTTP_OPTION_CLIENT_CERT_CONTEXT 并在 lpBuffer 中传入 WINHTTP_NO_CLIENT_CERT_CONTEXT。
    .title = 服务器要求提供证书
    .summary = 服务器要求先提供能够识别您或您的电脑的证书，才允许连接。
    .summary-host = 服务器 { $host } 要求先提供能够识别您或您的电脑的证书，才允许连接。
# 12045
error-winhttp-secure-invalid-ca = 已处理证书链，但该证书链终止于信任提供程序不信任的根证书（相当于 CERT_E_UNTRUSTEDROOT）。
    .title = 不受信任的证书
    .summary = 服务器的安全证书由此电脑不信任的颁发机构颁发。
    .summary-host = 服务器 { $host } 的安全证书由此电脑不信任的颁发机构颁发。
# 12057
error-winhttp-secure-cert-rev-failed = 无法检查证书吊销状态，因为吊销服务器处于脱机状态（相当于 CRYPT_E_REVOCATION_OFFLINE）。
    .title = 无法检查证书
    .summary = 由于无法访问提供证书吊销信息的服务器，此电脑无法确认服务器的安全证书是否已被吊销。
    .summary-host = 由于无法访问提供证书吊销信息的服务器，此电脑无法确认服务器 { $host } 的安全证书是否已被吊销。
# 12100
error-winhttp-cannot-call-before-open = 在调用 Open 方法之前，WinHttpRequest 对象无法执行请求的操作。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：在准备好请求之前就试图使用该请求。
    .summary-host = 此应用遇到内部问题：在准备好发往 { $host } 的请求之前就试图使用该请求。
# 12101
error-winhttp-cannot-call-before-send = 在调用 Send 方法之前，WinHttpRequest 对象无法执行请求的操作。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：在发送请求之前就试图获取响应。
    .summary-host = 此应用遇到内部问题：在发送请求之前就试图获取来自 { $host } 的响应。
# 12102
error-winhttp-cannot-call-after-send = 在调用 Send 方法之后，WinHttpRequest 对象无法执行请求的操作。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：试图更改已发送的请求。
    .summary-host = 此应用遇到内部问题：试图更改已发往 { $host } 的请求。
# 12103
error-winhttp-cannot-call-after-open = 在调用 Open 方法之后，WinHttpRequest 对象无法请求指定的选项。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：试图更改请求的某项设置，但此时已无法更改。
    .summary-host = 此应用遇到内部问题：试图更改发往 { $host } 的请求的某项设置，但此时已无法更改。
# 12150
error-winhttp-header-not-found = 找不到请求的标头。
    .title = 响应中缺少信息
    .summary = 服务器的响应中缺少此应用预期的一项信息。
    .summary-host = 来自 { $host } 的响应中缺少此应用预期的一项信息。
# 12152
error-winhttp-invalid-server-response = 无法解析服务器响应。
    .title = 服务器响应无效
    .summary = 服务器发送了无法理解的响应。
    .summary-host = 服务器 { $host } 发送了无法理解的响应。
# 12153 — 请求由应用构造，而不是用户输入的。
error-winhttp-invalid-header = 提供的 HTTP 标头无效，例如格式不正确。
    .title = 请求无效
    .summary = 此应用试图以无效的格式发送信息，因此无法发送请求。
    .summary-host = 此应用试图以无效的格式向 { $host } 发送信息，因此无法发送请求。
# 12154 — 已过时：当前系统从不报告此代码，因此是应用出了错。
error-winhttp-invalid-query-request = 标头查询请求无效（已过时；不再使用）。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题，报告了一个当前系统已不再使用的错误。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题，报告了一个当前系统已不再使用的错误。
# 12155 — 已过时：当前系统从不报告此代码，因此是应用出了错。
error-winhttp-header-already-exists = 无法添加该标头，因为它已存在（已过时；不再使用）。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：试图向请求中重复添加同一信息。
    .summary-host = 此应用遇到内部问题：试图向发往 { $host } 的请求中重复添加同一信息。
# 12156
error-winhttp-redirect-failed = 重定向失败，因为方案已更改，或者所有重定向尝试均已失败（默认尝试五次）。
    .title = 重定向失败
    .summary = 服务器将请求重定向到另一个地址，但重定向未能完成。
    .summary-host = 服务器 { $host } 将请求重定向到另一个地址，但重定向未能完成。
# 12157
error-winhttp-secure-channel-error = 安全通道上发生错误（相当于 winerror.h 中定义的 SEC_E_ 和 SEC_I_ 错误代码）。
    .title = 无法建立安全连接
    .summary = 与服务器建立安全连接时出错。
    .summary-host = 与 { $host } 建立安全连接时出错。
# 12166 — “代理设置脚本”即 PAC 文件，沿用 Windows 代理设置中的叫法（“使用设置脚本”）。
error-winhttp-bad-auto-proxy-script = 执行代理自动配置（PAC）文件中的脚本代码时出错。
    .title = 代理设置脚本有错误
    .summary = 此网络的代理设置脚本包含错误。
    .summary-host = 用于访问 { $host } 的代理设置脚本包含错误。
# 12167
error-winhttp-unable-to-download-script = 无法下载 PAC 文件，例如 PAC URL 引用的服务器无法访问，或者返回了 404 Not Found。
    .title = 代理设置脚本不可用
    .summary = 无法下载此网络的代理设置脚本。
    .summary-host = 无法下载访问 { $host } 所需的代理设置脚本。
# 12169
error-winhttp-secure-invalid-cert = 证书无效（相当于 CERT_E_ROLE、CERT_E_PATHLENCONST、CERT_E_CRITICAL、CERT_E_PURPOSE、CERT_E_ISSUERCHAINING、CERT_E_MALFORMED 和 CERT_E_CHAINING 等错误）。
    .title = 证书无效
    .summary = 服务器的安全证书无效，因此无法建立安全连接。
    .summary-host = 服务器 { $host } 的安全证书无效，因此无法建立安全连接。
# 12170
error-winhttp-secure-cert-revoked = 证书已被吊销（相当于 CRYPT_E_REVOKED）。
    .title = 证书已被吊销
    .summary = 服务器的安全证书已被其颁发机构吊销，因此不再可信。
    .summary-host = 服务器 { $host } 的安全证书已被其颁发机构吊销，因此不再可信。
# 12172 — 已过时：当前系统从不报告此代码，因此是应用出了错。
error-winhttp-not-initialized = WinHTTP 尚未初始化（已过时；不再使用）。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题，报告了一个当前系统已不再使用的错误。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题，报告了一个当前系统已不再使用的错误。
# 12175 — 具体原因（见下方 cert-flag-*）可能会以列表形式显示在正文下方。
error-winhttp-secure-failure = 在服务器发送的 SSL（安全套接字层）证书中发现一个或多个错误。若要查明是哪些错误，请在状态回调函数中检查 WINHTTP_CALLBACK_STATUS_SECURE_FAILURE 通知（请参阅 WINHTTP_STATUS_CALLBACK）。
    .title = 安全连接失败
    .summary = 服务器的安全证书存在一个或多个问题，因此无法建立安全连接。
    .summary-host = 服务器 { $host } 发送的安全证书存在一个或多个问题，因此无法建立安全连接。
# 12176
error-winhttp-unhandled-script-type = 不支持该脚本类型。
    .title = 不支持的代理设置脚本
    .summary = 此网络的代理设置脚本属于不受支持的类型。
    .summary-host = 用于访问 { $host } 的代理设置脚本属于不受支持的类型。
# 12177 — 实际上指的就是代理设置脚本。
error-winhttp-script-execution-error = 执行脚本时出错。
    .title = 代理设置脚本运行失败
    .summary = 运行此网络的代理设置脚本时出错。
    .summary-host = 运行用于访问 { $host } 的代理设置脚本时出错。
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl 找不到指定 URL 的代理。
    .title = 找不到代理
    .summary = 无法确定访问此地址应使用的代理服务器。
    .summary-host = 无法确定访问 { $host } 应使用的代理服务器。
# 12179
error-winhttp-secure-cert-wrong-usage = 证书对请求的用途无效（相当于 CERT_E_WRONG_USAGE）。
    .title = 证书不适用于此用途
    .summary = 服务器的安全证书不适用于此类连接。
    .summary-host = 服务器 { $host } 的安全证书不适用于此类连接。
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl 无法发现代理自动配置（PAC）文件的 URL。
    .title = 未检测到代理设置
    .summary = 无法自动检测此网络的代理设置。
    .summary-host = 无法自动检测访问 { $host } 所需的代理设置。
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse 收到的响应所含标头数量超过了 WinHTTP 可接受的上限。
    .title = 服务器响应被拒绝
    .summary = 服务器发送的响应包含过多标头，因此无法接受。
    .summary-host = 服务器 { $host } 发送的响应包含过多标头，因此无法接受。
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse 收到的标头总大小超过了请求句柄上设置的限制。
    .title = 服务器响应过大
    .summary = 服务器发送的响应标头过大，因此无法接受。
    .summary-host = 服务器 { $host } 发送的响应标头过大，因此无法接受。
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse 在解析响应的分块传输编码时发生溢出：某个块标头超过了允许的大小。
    .title = 无法读取服务器响应
    .summary = 服务器响应的某一部分超出了允许的大小，因此无法读取该响应。
    .summary-host = 来自 { $host } 的响应的某一部分超出了允许的大小，因此无法读取该响应。
# 12184
error-winhttp-response-drain-overflow = 传入的响应超过了 WinHTTP 的内部大小限制。
    .title = 服务器响应超出大小限制
    .summary = 服务器的响应超出了此电脑允许的大小，因此无法接收。
    .summary-host = 来自 { $host } 的响应超出了此电脑允许的大小，因此无法接收。
# 12185 — 这是用户自己的证书（客户端证书），不是服务器的证书。
error-winhttp-client-cert-no-private-key = SSL 客户端证书上下文没有关联的私钥；该证书导入此计算机时可能未包含私钥。
    .title = 无法使用您的证书
    .summary = 用于识别您身份的证书缺少私钥，因此无法使用。安装该证书时可能遗漏了私钥。
    .summary-host = 用于向 { $host } 证明您身份的证书缺少私钥，因此无法使用。安装该证书时可能遗漏了私钥。
# 12186 — 这是用户自己的证书（客户端证书），不是服务器的证书。
error-winhttp-client-cert-no-access-private-key = 应用程序没有访问与客户端证书关联的私钥所需的权限。
    .title = 无权访问您的证书
    .summary = 此应用无权使用可识别您身份的证书所对应的私钥。
    .summary-host = 此应用无权使用向 { $host } 证明您身份的证书所对应的私钥。
# 12187
error-winhttp-client-auth-cert-needed-proxy = 代理服务器要求进行 SSL/TLS 客户端证书身份验证；必须为代理连接提供客户端证书。
    .title = 代理服务器要求提供证书
    .summary = 代理服务器要求先提供能够识别您或您的电脑的证书，才允许连接。
    .summary-host = 代理服务器要求先提供能够识别您或您的电脑的证书，才允许连接到 { $host }。
# 12188
error-winhttp-secure-failure-proxy = 与代理服务器的安全连接上发生 SSL/TLS 错误，例如代理服务器发送的证书有问题。
    .title = 与代理服务器的安全连接失败
    .summary = 无法与代理服务器建立安全连接，原因可能是其证书存在问题。
    .summary-host = 无法与访问 { $host } 所用的代理服务器建立安全连接，原因可能是其证书存在问题。
# 12189 — 保留代码：从不会报告，因此是应用出了错。
error-winhttp-reserved-189 = 保留代码；未使用。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题，报告了一个保留且从未使用的错误。
    .summary-host = 此应用在连接 { $host } 时遇到内部问题，报告了一个保留且从未使用的错误。
# 12190 — “Web 协议”即 HTTP；版本指 HTTP/1.1、HTTP/2 和 HTTP/3。
error-winhttp-http-protocol-mismatch = 服务器使用的 HTTP 协议版本与请求或要求的版本不一致，例如要求使用 HTTP/2 或 HTTP/3，但未能协商成功。
    .title = Web 协议版本不兼容
    .summary = 服务器与此应用未能就所用的 Web 协议版本达成一致。
    .summary-host = 服务器 { $host } 与此应用未能就所用的 Web 协议版本达成一致。
# 12191
error-winhttp-global-callback-failed = 向 WinHTTP 注册的全局回调函数失败。
    .title = 应用内部错误
    .summary = 此应用遇到内部问题：处理请求时，应用的某个组件发生故障。
    .summary-host = 此应用遇到内部问题：处理发往 { $host } 的请求时，应用的某个组件发生故障。
# 12192
error-winhttp-feature-disabled = 请求的 WinHTTP 功能已禁用，无法使用。
    .title = 功能已关闭
    .summary = 此请求所需的某项功能已在此电脑上关闭。
    .summary-host = 发往 { $host } 的请求所需的某项功能已在此电脑上关闭。
# 12193
error-winhttp-fast-forwarding-not-supported = 此请求或连接不支持快速转发。
    .title = 不支持该功能
    .summary = 此应用请求使用某项功能，但此连接不支持该功能。
    .summary-host = 此应用请求使用某项功能，但与 { $host } 的连接不支持该功能。

## 提示：用户可以尝试的操作，以列表形式显示在正文下方。
## 每条是一个完整的祈使句（“请……”），以“。”结尾，不超过 100 个字符。
## 每个代码显示哪些提示、按什么顺序，由目录（src/catalog.rs）决定。
hint-check-connection = 请检查网络连接。
hint-try-again-later = 请稍等片刻，然后重试。
hint-check-address = 请检查网址拼写是否正确。
hint-check-proxy = 请检查代理设置，或咨询网络管理员。
hint-check-firewall = 请确保没有防火墙或防病毒程序阻止此应用。
hint-check-date-time = 请确保电脑的日期、时间和时区正确。
hint-update-system = 请为操作系统安装最新更新。
hint-contact-site-owner = 如果问题仍然存在，请联系该网站或服务器的所有者。
hint-contact-support = 请联系此应用的支持团队。
hint-update-app = 请检查此应用是否有更新的版本。
hint-restart-app = 请关闭此应用，然后重新打开。
hint-restart-computer = 请重新启动电脑。
hint-free-memory = 请关闭其他程序以释放内存，然后重试。
hint-check-credentials = 请检查用户名和密码是否正确。
# 当服务器或代理服务器要求用户提供自己的证书，或该证书无法使用时显示。
hint-check-client-certificate = 请确保所需的证书已正确安装，或咨询管理员。

## 证书问题：每条一行，在安全连接失败时以列表形式显示。
## 不超过 120 个字符；一个完整的句子，以“。”结尾。
## “该证书”指服务器发送的证书。
cert-flag-rev-failed = 此电脑无法检查该证书是否已被吊销。
cert-flag-invalid-cert = 该证书无效。
cert-flag-cert-revoked = 该证书已被其颁发机构吊销。
cert-flag-invalid-ca = 该证书由此电脑不信任的颁发机构颁发。
cert-flag-cert-cn-invalid = 该证书是为其他网站名称颁发的。
cert-flag-cert-date-invalid = 该证书已过期或尚未生效。
cert-flag-cert-wrong-usage = 该证书不适用于此类连接。
cert-flag-security-channel-error = 建立安全连接时出错。
# $flags (String)：其余标志的十六进制值，例如 0x00000100；可能包含多个标志。
cert-flag-unknown = 该证书存在一个或多个无法识别的问题（{ $flags }）。

## 本库不认识的代码。
# $code (String)：十进制代码，例如 12345。$hex (String)：同一代码的十六进制形式，例如 0x00003039。
# $host (String)：服务器名称（仅用于 .summary-host），例如 example.com。
# 限制与各代码的正文相同：每条不超过 200 个字符。
unknown-code =
    .summary = 连接时发生意外问题（错误 { $code }，{ $hex }）。
    .summary-host = 连接到 { $host } 时发生意外问题（错误 { $code }，{ $hex }）。

## 组合消息

# $description (String)：代码的描述；$name (String)：其符号名称；$code (String)：十进制代码。
# 括号和逗号保持 ASCII 半角形式：日志工具按“(NAME, CODE)”搜索。
report-line = { $description } ({ $name }, { $code })
# $code (String)：十进制代码；$hex (String)：同一代码的十六进制形式，例如 0x80072EE2。
unknown-error = 未知的 WinHTTP 错误 { $code }（{ $hex }）。
