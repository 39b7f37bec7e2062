### WinHTTP 錯誤碼說明（zh-TW，繁體中文，台灣）。
### 每個錯誤碼一則訊息，依數值代碼排序。訊息 ID 是符號常數名稱的小寫形式，
### 並將「_」換成「-」。
### 每則訊息的值是給開發人員看的技術說明：只有一行，不含預留位置，因為它會
### 原封不動地顯示在對話方塊與記錄檔中。函式、方法、選項、巨集與常數的名稱
### （WinHttpQueryOption、Open、CERT_E_CN_NO_MATCH……）是 API 識別碼，
### 一律保留原樣，不可翻譯或更動。
###
### 給使用者看的文字：除了值（技術說明）以外，每個代碼另有三個屬性，寫給不懂
### 程式設計的一般使用者：
###   .title         對話方塊標題（Windows 工作對話方塊的主要指示）：說明出了什麼
###                  問題，最多 60 個字元，句尾不加「。」。
###   .summary       標題下方的內文：用一兩句淺白的話說明發生了什麼事，最多
###                  200 個字元，以「。」結尾；不提伺服器名稱也必須讀得通。
###   .summary-host  同一段內文，但點出伺服器：{ $host } 剛好出現一次；
###                  $host 為「example.com」時最多 200 個字元。
### $host 是應用程式所知道的伺服器名稱，例如「example.com」、「intranet.corp.local」
### 或 IP 位址（如 192.0.2.10）。它一定有值：沒有名稱時會改為顯示 .summary。
### 本檔一律以引號括住它，寫成 伺服器「{ $host }」或「{ $host }」，讓名稱的
### 邊界一目了然，也不必在名稱前後加空格。
### 提示（下方的 hint-*）以清單顯示在內文下方：每則是一個以「請」開頭的完整
### 祈使句，以「。」結尾，最多 100 個字元。每個代碼顯示哪些提示由目錄
### （src/catalog.rs）決定，各語言相同；因此內文只說明發生了什麼，不重複提示。
### 憑證問題（下方的 cert-flag-*）每則一句，以「。」結尾，最多 120 個字元。
### 這些給使用者看的文字中不可出現 API 識別碼：不可有常數、函式、方法或選項
### 名稱，不可有「_」、「WinHTTP」／「WinHttp」、「handle」／「控制代碼」、
### 「callback」／「回呼」、「PAC」、URL、SSL/TLS 等術語，也不可有上述變數以外的
### 「{」。這些內容留給技術說明。盡量使用日常用語：說「安全連線」而不說 TLS/SSL，
### 說「Proxy 設定指令碼」而不說 PAC 檔案（與 Windows Proxy 設定中的「使用設定
### 指令碼」相同），說「網址」而不說 URL。
### 若是應用程式本身誤用了程式庫（已過時、保留與「用法」類的代碼），就直接說
### 此應用程式發生內部問題；絕不歸咎於使用者。安全性錯誤絕不建議略過、忽略或
### 繼續連線。
###
### 文體：稱呼使用者用「您」；提示用「請……。」。說明應用程式自身問題時寫
### 「此應用程式發生內部問題：」，冒號後直接寫動作，不加主詞「它」，也不加
### 英文冠詞式的「一個」。
### 標點：一律使用全形標點（，。、：；！？（）），引號用「」，引號內再用『』；
### 不使用半形的 , . : ; ? ! ( ) 與 " ' “ ” 等引號（網址「http://」與數字中的
### 小數點除外）。
### 空格：中文字之間不加空格。只有在 Windows 繁體中文版本身也這樣寫的地方，
### 才在中文與英文或數字之間加一個半形空格：介面用語如「Proxy 伺服器」、
### 「使用 Proxy 伺服器」，以及 Microsoft Learn 繁體中文文件中的 API 識別碼與
### 數字（「呼叫 WinHttpSetOption」、「WinHTTP 5.1」、「錯誤 12345」）。
### 與全形標點相鄰時不加空格。
### 組合訊息 report-line 的括號與逗號保留半形 ASCII（記錄工具會搜尋「(NAME, CODE)」）。
###
### 詞彙表（依循台灣 Windows 介面與 Microsoft Learn 繁體中文文件的譯法；
### 不沿用簡體中文的用詞）：
###   server = 伺服器；network = 網路；connection = 連線；connect = 連線到；
###   reach（伺服器）= 連上
###   request = 要求（Microsoft 文件的「HTTP 要求」、「要求控制代碼」）；
###   response = 回應；header = 標頭；redirect = 重新導向
###   proxy = Proxy、Proxy 伺服器（Windows「設定 > 網路和網際網路 > Proxy」的用語）
###   PAC file = Proxy 自動設定（PAC）檔案、PAC 檔案（技術說明）；使用者看到的是
###     「Proxy 設定指令碼」（script = 指令碼）
###   certificate = 憑證；伺服器的憑證對使用者稱「安全性憑證」，用戶端憑證稱
###     「您的憑證」、「用來識別您身分的憑證」；certification authority = 憑證授權單位；
###     issuer = 簽發者（使用者文字中為「簽發單位」）；issue = 簽發；
###     revoke = 撤銷；private key = 私密金鑰；common name = 一般名稱（CN）；
###     revocation server = 提供憑證撤銷資訊的伺服器（使用者文字）、撤銷伺服器（技術說明）
###   timeout = 逾時（「連線逾時」、「逾時值」）
###   handle = 控制代碼；callback = 回呼函式（status callback = 狀態回呼函式）；
###     function = 函式；parameter/argument = 參數／引數；buffer = 緩衝區；
###     object = 物件；pointer = 指標；flag = 旗標；scheme = 配置；parse = 剖析；
###     overflow = 溢位；chunked transfer encoding = 區塊傳輸編碼；
###     registry value = 登錄值；overlapped I/O = 重疊的 I/O；asynchronous = 非同步
###   Winsock：socket = 通訊端；host = 主機；remote host = 遠端主機；
###     name server = 名稱伺服器；authoritative answer = 授權回應；
###     keep-alive = 保持連線（keep-alive）；route = 路由（技術說明）、路徑（使用者文字）；
###     port = 連接埠；listen = 接聽；refuse = 拒絕
###   app = 應用程式；computer = 電腦（「這部電腦」）；memory = 記憶體；
###   component = 元件；feature = 功能；disabled = 已停用（使用者文字：已關閉）；
###   settings = 設定；file = 檔案；information = 資訊；software = 軟體；
###   program = 程式；antivirus program = 防毒程式；firewall = 防火牆；
###   operating system = 作業系統；time zone = 時區；sign in = 登入；
###   user name = 使用者名稱；password = 密碼；user = 使用者；
###   administrator = 系統管理員；support team = 支援小組；owner = 擁有者；
###   web protocol = 網頁通訊協定（即 HTTP）；unexpected = 未預期的

## WinHTTP 也會傳回的 Windows 一般錯誤（winerror.h）

# 2 — WinHttpGetIEProxyConfigForCurrentUser 等讀取設定的函式，在找不到要尋找的
# 設定或檔案時回報此代碼。
error-file-not-found = 系統找不到指定的檔案：函式要尋找的設定、檔案或登錄值不存在。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：找不到所需的設定或檔案。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題：找不到所需的設定或檔案。
# 6
error-invalid-handle = 傳遞給 API 的控制代碼已失效或已關閉。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試使用已經關閉的連線。
    .summary-host = 此應用程式發生內部問題：嘗試使用與「{ $host }」之間已經關閉的連線。
# 8
error-not-enough-memory = 記憶體不足，無法完成要求的作業。
    .title = 記憶體不足
    .summary = 要求完成之前，您的電腦已用盡可用的記憶體。
    .summary-host = 傳送到「{ $host }」的要求完成之前，您的電腦已用盡可用的記憶體。
# 18
error-no-more-files = 沒有其他檔案。
    .title = 應用程式內部錯誤
    .summary = 此應用程式在讀取要求的結果時發生內部問題。
    .summary-host = 此應用程式在讀取「{ $host }」傳回的要求結果時發生內部問題。
# 50 — 無法啟動 Windows 的網路功能（Winsock）。
error-not-supported = 未載入所需的通訊協定堆疊，應用程式無法啟動 Winsock。
    .title = 無法使用網路功能
    .summary = 無法在這部電腦上啟動此應用程式所需的網路元件。
    .summary-host = 無法在這部電腦上啟動連線到「{ $host }」所需的網路元件。
# 87 — 例如傳給 WinHttpCrackUrl 的 URL_COMPONENTS 中，dwStructSize 不正確。
error-invalid-parameter = 參數不正確：傳遞給函式的其中一個引數無效（例如 NULL 指標、錯誤的結構大小或互相衝突的旗標）。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：傳遞了無效的資訊給網路元件。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題：傳遞了無效的資訊給網路元件。
# 122
error-insufficient-buffer = 提供給函式的緩衝區太小，無法容納傳回的資料。如需詳細資訊，請參閱各函式的說明文件。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：沒有為收到的資料保留足夠的空間。
    .summary-host = 此應用程式發生內部問題：沒有為從「{ $host }」收到的資料保留足夠的空間。
# 259
error-no-more-items = 沒有其他項目。
    .title = 應用程式內部錯誤
    .summary = 此應用程式在讀取結果清單時發生內部問題。
    .summary-host = 此應用程式在讀取來自「{ $host }」的結果清單時發生內部問題。

# 997 — WinHttpGetProxyForUrlEx 與 WebSocket 函式在工作以非同步方式繼續進行時
# 傳回此代碼；只有被當成失敗處理時才會變成錯誤。
error-io-pending = 重疊的 I/O 操作正在進行中：函式會以非同步方式繼續執行，並透過狀態回呼函式回報結果。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：把仍在處理中的要求當成了失敗。
    .summary-host = 此應用程式發生內部問題：把傳送到「{ $host }」且仍在處理中的要求當成了失敗。
# 1168
error-not-found = 找不到元素：函式被要求提供的項目（例如 Proxy 結果、條目或儲存的設定）不存在。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試取得不存在的項目。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題：嘗試取得不存在的項目。
# 4317 — 例如在關閉交握開始之後，仍透過 WebSocket 傳送資料。
error-invalid-operation = 此作業在物件目前的狀態下無效，例如在正在關閉的 WebSocket 上傳送資料，或在另一個接收作業尚未完成時再次接收。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：以連線目前狀態不允許的方式使用了連線。
    .summary-host = 此應用程式發生內部問題：以目前狀態不允許的方式使用了與「{ $host }」的連線。

## WinHTTP 實作直接傳回的 Winsock 錯誤（winsock2.h）
## （Wine 的 winhttp.dll 會直接傳回；Windows 的 winhttp.dll 會把其中大部分轉換成 12xxx 代碼。）
## 對使用者而言，它們與對應的 WinHTTP 錯誤意思相同；是哪一個代碼由技術說明（值）交代。

# 10050
wsaenetdown = 網路子系統失敗（WSAENETDOWN）：這部電腦的網路堆疊或網路介面卡無法運作。
    .title = 網路無法運作
    .summary = 這部電腦的網路無法運作，因此無法連上伺服器。
    .summary-host = 這部電腦的網路無法運作，因此無法連上「{ $host }」。
# 10051
wsaenetunreach = 無法連上網路（WSAENETUNREACH）：這部電腦沒有通往伺服器所在網路的路由。
    .title = 無法連上網路
    .summary = 這部電腦沒有通往伺服器所在網路的路徑，因此無法連上伺服器。
    .summary-host = 這部電腦沒有通往「{ $host }」所在網路的路徑，因此無法連上該伺服器。
# 10052
wsaenetreset = 作業進行期間，保持連線（keep-alive）活動偵測到失敗，因此連線已中斷（WSAENETRESET）。
    .title = 連線中斷
    .summary = 網路停止回應，因此與伺服器的連線已中斷。
    .summary-host = 網路停止回應，因此與「{ $host }」的連線已中斷。
# 10053 — 「軟體造成連線中止」：通常是防火牆或安全性程式。
wsaeconnaborted = 已建立的連線被這部電腦上的軟體中止（WSAECONNABORTED），例如因資料傳輸逾時或防火牆所致。
    .title = 連線中斷
    .summary = 與伺服器的連線被這部電腦終止，可能是防火牆或安全性程式所造成。
    .summary-host = 與「{ $host }」的連線被這部電腦終止，可能是防火牆或安全性程式所造成。
# 10054 — Windows 會改為回報 ERROR_WINHTTP_CONNECTION_ERROR。
wsaeconnreset = 現有的連線已被遠端主機強制關閉（WSAECONNRESET）。
    .title = 連線中斷
    .summary = 伺服器意外關閉了連線。
    .summary-host = 伺服器「{ $host }」意外關閉了連線。
# 10060 — Windows 會改為回報 ERROR_WINHTTP_TIMEOUT；給使用者看的文字與 12002 相同。
wsaetimedout = 對方未在時限內回應，因此連線嘗試或資料傳輸逾時（WSAETIMEDOUT）。
    .title = 連線逾時
    .summary = 伺服器回應時間過長。
    .summary-host = 伺服器「{ $host }」回應時間過長。
# 10061 — Windows 會改為回報 ERROR_WINHTTP_CANNOT_CONNECT。
wsaeconnrefused = 無法連線，因為目標電腦拒絕連線（WSAECONNREFUSED）：該連接埠上沒有程式在接聽。
    .title = 連線遭拒
    .summary = 伺服器拒絕了連線。伺服器可能未在執行，或不接受連線。
    .summary-host = 伺服器「{ $host }」拒絕了連線。伺服器可能未在執行，或不接受連線。
# 10064
wsaehostdown = 目的地主機已關閉，因此通訊端作業失敗（WSAEHOSTDOWN）。
    .title = 伺服器沒有回應
    .summary = 伺服器似乎已關機或已中斷網路連線。
    .summary-host = 伺服器「{ $host }」似乎已關機或已中斷網路連線。
# 10065
wsaehostunreach = 嘗試對無法連上的主機執行通訊端作業（WSAEHOSTUNREACH）：找不到通往伺服器的路由。
    .title = 無法連上伺服器
    .summary = 從這部電腦找不到通往伺服器的路徑。
    .summary-host = 從這部電腦找不到通往「{ $host }」的路徑。
# 11001 — Windows 會改為回報 ERROR_WINHTTP_NAME_NOT_RESOLVED；給使用者看的文字與 12007 相同。
wsahost-not-found = 沒有這個主機（WSAHOST_NOT_FOUND）：名稱伺服器中沒有這個名稱的位址。
    .title = 找不到伺服器
    .summary = 在網路上找不到伺服器。
    .summary-host = 在網路上找不到名為「{ $host }」的伺服器。
# 11002
wsatry-again = 名稱伺服器沒有提供授權回應，稍後再查詢可能會成功（WSATRY_AGAIN）：通常是名稱伺服器暫時故障。
    .title = 無法查詢伺服器名稱
    .summary = 目前無法查詢伺服器的名稱。這通常是暫時性的問題。
    .summary-host = 目前無法查詢名稱「{ $host }」。這通常是暫時性的問題。

## WinHTTP 特有的錯誤（winhttp.h）

# 12001 — 已過時：目前的系統從不回報此代碼，因此是應用程式出了錯。
error-winhttp-out-of-handles = 無法再產生更多控制代碼（已過時，不再使用）。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題，並回報了目前系統已不再使用的錯誤。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題，並回報了目前系統已不再使用的錯誤。
# 12002
error-winhttp-timeout = 要求已逾時。這也可能是 TCP/IP 的逾時行為所造成，與 WinHTTP 中設定的逾時值無關。
    .title = 連線逾時
    .summary = 伺服器回應時間過長。
    .summary-host = 伺服器「{ $host }」回應時間過長。
# 12004
error-winhttp-internal-error = WinHTTP 發生內部錯誤。
    .title = 未預期的內部錯誤
    .summary = 發生未預期的內部問題，要求已停止。
    .summary-host = 發生未預期的內部問題，傳送到「{ $host }」的要求已停止。
# 12005
error-winhttp-invalid-url = URL 無效。
    .title = 網址無效
    .summary = 網址無效，因此無法傳送要求。
    .summary-host = 用來連線到「{ $host }」的網址無效，因此無法傳送要求。
# 12006
error-winhttp-unrecognized-scheme = URL 指定了 http: 或 https: 以外的配置。
    .title = 不支援的網址
    .summary = 不支援這種網址。只能開啟以「http://」或「https://」開頭的網址。
    .summary-host = 用來連線到「{ $host }」的網址屬於不支援的類型。只能開啟以「http://」或「https://」開頭的網址。
# 12007
error-winhttp-name-not-resolved = 無法解析伺服器名稱。
    .title = 找不到伺服器
    .summary = 在網路上找不到伺服器。
    .summary-host = 在網路上找不到名為「{ $host }」的伺服器。
# 12009
error-winhttp-invalid-option = 呼叫 WinHttpQueryOption 或 WinHttpSetOption 時指定了無效的選項值。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：使用了無效的連線設定。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題：使用了無效的連線設定。
# 12011
error-winhttp-option-not-settable = 無法設定要求的選項，此選項只能查詢。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試變更唯讀的連線設定。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題：嘗試變更唯讀的連線設定。
# 12012 — 通常在應用程式正在關閉時出現。
error-winhttp-shutdown = WinHTTP 函式支援正在關閉或卸載。
    .title = 網路存取正在關閉
    .summary = 由於網路存取正在關閉（例如此應用程式正在結束），要求已停止。
    .summary-host = 由於網路存取正在關閉（例如此應用程式正在結束），傳送到「{ $host }」的要求已停止。
# 12015
error-winhttp-login-failure = 登入嘗試失敗。請使用 WinHttpCloseHandle 關閉要求控制代碼，並在重試失敗的函式之前建立新的控制代碼。
    .title = 登入失敗
    .summary = 伺服器不接受所提供的登入資訊。
    .summary-host = 伺服器「{ $host }」不接受所提供的登入資訊。
# 12017 — 英文原文依技術說明使用美式拼法「canceled」；中文一律寫「取消」。
error-winhttp-operation-cancelled = 作業已取消，通常是因為要求所使用的控制代碼在作業完成之前就已關閉。
    .title = 要求已取消
    .summary = 要求在完成之前已被取消。
    .summary-host = 傳送到「{ $host }」的要求在完成之前已被取消。
# 12018
error-winhttp-incorrect-handle-type = 提供的控制代碼類型不適用於此作業。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題，無法完成要求。
    .summary-host = 此應用程式發生內部問題，無法完成傳送到「{ $host }」的要求。
# 12019
error-winhttp-incorrect-handle-state = 提供的控制代碼未處於正確的狀態，因此無法執行要求的作業。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：執行要求步驟的順序錯誤。
    .summary-host = 此應用程式發生內部問題：執行傳送到「{ $host }」的要求時，步驟順序錯誤。
# 12029
error-winhttp-cannot-connect = 無法建立與伺服器的連線。
    .title = 無法連線
    .summary = 此應用程式無法連線到伺服器。
    .summary-host = 此應用程式無法連線到伺服器「{ $host }」。
# 12030
error-winhttp-connection-error = 與伺服器的連線已重設或終止，或遇到不相容的 SSL 通訊協定（例如，除非用戶端明確啟用，否則 WinHTTP 5.1 不支援 SSL 2.0）。
    .title = 連線中斷
    .summary = 與伺服器的連線意外中斷或關閉。
    .summary-host = 與伺服器「{ $host }」的連線意外中斷或關閉。
# 12032
error-winhttp-resend-request = WinHTTP 函式失敗，但可以在同一個要求控制代碼上重試。
    .title = 要求未完成
    .summary = 這次嘗試未能完成要求。
    .summary-host = 這次嘗試未能完成傳送到「{ $host }」的要求。
# 12037
error-winhttp-secure-cert-date-invalid = 根據系統時鐘或簽署檔案的時間戳記，所需的憑證不在有效期間內，或憑證鏈的有效期間沒有正確巢狀（相當於 CERT_E_EXPIRED 或 CERT_E_VALIDITYPERIODNESTING）。
    .title = 憑證已過期或尚未生效
    .summary = 根據這部電腦的時鐘，伺服器的安全性憑證已過期或尚未生效。
    .summary-host = 根據這部電腦的時鐘，伺服器「{ $host }」的安全性憑證已過期或尚未生效。
# 12038
error-winhttp-secure-cert-cn-invalid = 憑證的一般名稱（CN）與傳入的值不符（相當於 CERT_E_CN_NO_MATCH）。
    .title = 憑證屬於其他網站
    .summary = 安全性憑證是針對其他網站名稱所簽發，因此無法確認伺服器的身分。
    .summary-host = 「{ $host }」傳送的安全性憑證是針對其他名稱所簽發，因此無法確認伺服器的身分。
# 12044 — 伺服器要求使用者（或其電腦）以憑證證明身分。
error-winhttp-client-auth-cert-needed = 伺服器要求 SSL 用戶端驗證（由 WinHttpReceiveResponse 回報）。請使用 WinHttpQueryOption 與 WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST 取得可接受的憑證簽發者；若伺服器要求憑證但並非必要，請呼叫 WinHttpSetOption 並指定 WINHTTP_OPTION_CLIENT_CERT_CONTEXT，在 lpBuffer 中傳入 WINHTTP_NO_CLIENT_CERT_CONTEXT。
    .title = 伺服器要求提供憑證
    .summary = 伺服器要求先提供能識別您或您電腦的憑證，才允許連線。
    .summary-host = 伺服器「{ $host }」要求先提供能識別您或您電腦的憑證，才允許連線。
# 12045
error-winhttp-secure-invalid-ca = 已處理憑證鏈，但憑證鏈終止於信任提供者不信任的根憑證（相當於 CERT_E_UNTRUSTEDROOT）。
    .title = 不受信任的憑證
    .summary = 伺服器的安全性憑證是由這部電腦不信任的憑證授權單位所簽發。
    .summary-host = 伺服器「{ $host }」的安全性憑證是由這部電腦不信任的憑證授權單位所簽發。
# 12057
error-winhttp-secure-cert-rev-failed = 撤銷伺服器離線，因此無法檢查憑證是否已撤銷（相當於 CRYPT_E_REVOCATION_OFFLINE）。
    .title = 無法檢查憑證
    .summary = 無法連上提供憑證撤銷資訊的伺服器，因此這部電腦無法確認伺服器的安全性憑證是否已被撤銷。
    .summary-host = 無法連上提供憑證撤銷資訊的伺服器，因此這部電腦無法確認「{ $host }」的安全性憑證是否已被撤銷。
# 12100
error-winhttp-cannot-call-before-open = 在呼叫 Open 方法之前，WinHttpRequest 物件無法執行要求的作業。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：在要求準備好之前就嘗試使用該要求。
    .summary-host = 此應用程式發生內部問題：在傳送到「{ $host }」的要求準備好之前就嘗試使用該要求。
# 12101
error-winhttp-cannot-call-before-send = 在呼叫 Send 方法之前，WinHttpRequest 物件無法執行要求的作業。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：在傳送要求之前就嘗試取得回應。
    .summary-host = 此應用程式發生內部問題：在傳送要求之前就嘗試取得「{ $host }」的回應。
# 12102
error-winhttp-cannot-call-after-send = 在呼叫 Send 方法之後，WinHttpRequest 物件無法執行要求的作業。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試變更已傳送的要求。
    .summary-host = 此應用程式發生內部問題：嘗試變更已傳送到「{ $host }」的要求。
# 12103
error-winhttp-cannot-call-after-open = 在呼叫 Open 方法之後，WinHttpRequest 物件無法要求指定的選項。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試變更要求的某項設定，但此時已無法變更。
    .summary-host = 此應用程式發生內部問題：嘗試變更對「{ $host }」所發要求的某項設定，但此時已無法變更。
# 12150
error-winhttp-header-not-found = 找不到要求的標頭。
    .title = 回應中缺少資訊
    .summary = 伺服器的回應中缺少此應用程式預期的資訊。
    .summary-host = 「{ $host }」的回應中缺少此應用程式預期的資訊。
# 12152
error-winhttp-invalid-server-response = 無法剖析伺服器回應。
    .title = 伺服器回應無效
    .summary = 伺服器傳送了無法理解的回應。
    .summary-host = 伺服器「{ $host }」傳送了無法理解的回應。
# 12153 — 要求是由應用程式建立的，並非使用者輸入的。
error-winhttp-invalid-header = 提供的 HTTP 標頭無效，例如格式不正確。
    .title = 要求無效
    .summary = 此應用程式嘗試以無效的格式傳送資訊，因此無法傳送要求。
    .summary-host = 此應用程式嘗試以無效的格式傳送資訊給「{ $host }」，因此無法傳送要求。
# 12154 — 已過時：目前的系統從不回報此代碼，因此是應用程式出了錯。
error-winhttp-invalid-query-request = 標頭查詢要求無效（已過時，不再使用）。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題，並回報了目前系統已不再使用的錯誤。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題，並回報了目前系統已不再使用的錯誤。
# 12155 — 已過時：目前的系統從不回報此代碼，因此是應用程式出了錯。
error-winhttp-header-already-exists = 標頭已存在，因此無法新增（已過時，不再使用）。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：嘗試在要求中重複新增相同的資訊。
    .summary-host = 此應用程式發生內部問題：嘗試在傳送到「{ $host }」的要求中重複新增相同的資訊。
# 12156
error-winhttp-redirect-failed = 重新導向失敗，因為配置已變更，或所有重新導向嘗試都失敗（預設為五次）。
    .title = 重新導向失敗
    .summary = 伺服器將要求重新導向到其他位址，但無法完成重新導向。
    .summary-host = 伺服器「{ $host }」將要求重新導向到其他位址，但無法完成重新導向。
# 12157
error-winhttp-secure-channel-error = 安全通道發生錯誤（相當於 winerror.h 中定義的 SEC_E_ 與 SEC_I_ 錯誤碼）。
    .title = 無法建立安全連線
    .summary = 與伺服器建立安全連線時發生錯誤。
    .summary-host = 與「{ $host }」建立安全連線時發生錯誤。
# 12166 — 「Proxy 設定指令碼」就是 PAC 檔案，沿用 Windows Proxy 設定中的說法（「使用設定指令碼」）。
error-winhttp-bad-auto-proxy-script = 執行 Proxy 自動設定（PAC）檔案中的指令碼時發生錯誤。
    .title = Proxy 設定指令碼有錯誤
    .summary = 此網路的 Proxy 設定指令碼含有錯誤。
    .summary-host = 用來連線到「{ $host }」的 Proxy 設定指令碼含有錯誤。
# 12167
error-winhttp-unable-to-download-script = 無法下載 PAC 檔案（例如 PAC URL 所參照的伺服器無法連上，或該伺服器傳回 404 Not Found）。
    .title = 無法取得 Proxy 設定指令碼
    .summary = 無法下載此網路的 Proxy 設定指令碼。
    .summary-host = 無法下載連線到「{ $host }」所需的 Proxy 設定指令碼。
# 12169
error-winhttp-secure-invalid-cert = 憑證無效（相當於 CERT_E_ROLE、CERT_E_PATHLENCONST、CERT_E_CRITICAL、CERT_E_PURPOSE、CERT_E_ISSUERCHAINING、CERT_E_MALFORMED 與 CERT_E_CHAINING 等錯誤）。
    .title = 憑證無效
    .summary = 伺服器的安全性憑證無效，因此無法建立安全連線。
    .summary-host = 「{ $host }」的安全性憑證無效，因此無法建立安全連線。
# 12170
error-winhttp-secure-cert-revoked = 憑證已被撤銷（相當於 CRYPT_E_REVOKED）。
    .title = 憑證已撤銷
    .summary = 伺服器的安全性憑證已被簽發單位撤銷，因此不再值得信任。
    .summary-host = 「{ $host }」的安全性憑證已被簽發單位撤銷，因此不再值得信任。
# 12172 — 已過時：目前的系統從不回報此代碼，因此是應用程式出了錯。
error-winhttp-not-initialized = WinHTTP 尚未初始化（已過時，不再使用）。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題，並回報了目前系統已不再使用的錯誤。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題，並回報了目前系統已不再使用的錯誤。
# 12175 — 具體原因（下方的 cert-flag-*）可能會以清單顯示在內文下方。
error-winhttp-secure-failure = 在伺服器傳送的 SSL（安全通訊端層）憑證中發現一或多個錯誤。若要找出是哪些錯誤，請在狀態回呼函式中檢查 WINHTTP_CALLBACK_STATUS_SECURE_FAILURE 通知（請參閱 WINHTTP_STATUS_CALLBACK）。
    .title = 安全連線失敗
    .summary = 伺服器的安全性憑證有一或多個問題，因此無法建立安全連線。
    .summary-host = 「{ $host }」傳送的安全性憑證有一或多個問題，因此無法建立安全連線。
# 12176
error-winhttp-unhandled-script-type = 不支援此指令碼類型。
    .title = 不支援的 Proxy 設定指令碼
    .summary = 此網路的 Proxy 設定指令碼屬於不支援的類型。
    .summary-host = 用來連線到「{ $host }」的 Proxy 設定指令碼屬於不支援的類型。
# 12177 — 實際上指的是 Proxy 設定指令碼。
error-winhttp-script-execution-error = 執行指令碼時發生錯誤。
    .title = Proxy 設定指令碼執行失敗
    .summary = 執行此網路的 Proxy 設定指令碼時發生錯誤。
    .summary-host = 執行用來連線到「{ $host }」的 Proxy 設定指令碼時發生錯誤。
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl 找不到指定 URL 的 Proxy。
    .title = 找不到 Proxy
    .summary = 無法判斷此網址應使用哪一部 Proxy 伺服器。
    .summary-host = 無法判斷連線到「{ $host }」應使用哪一部 Proxy 伺服器。
# 12179
error-winhttp-secure-cert-wrong-usage = 憑證對要求的用途無效（相當於 CERT_E_WRONG_USAGE）。
    .title = 憑證不適用於此用途
    .summary = 伺服器的安全性憑證並非用於這類連線。
    .summary-host = 「{ $host }」的安全性憑證並非用於這類連線。
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl 找不到 Proxy 自動設定（PAC）檔案的 URL。
    .title = 偵測不到 Proxy 設定
    .summary = 無法自動偵測此網路的 Proxy 設定。
    .summary-host = 無法自動偵測連線到「{ $host }」所需的 Proxy 設定。
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse 收到的回應所含標頭數量超過 WinHTTP 可接受的上限。
    .title = 伺服器回應遭拒
    .summary = 伺服器傳送的回應含有過多標頭，因此無法接受。
    .summary-host = 伺服器「{ $host }」傳送的回應含有過多標頭，因此無法接受。
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse 收到的標頭總大小超過要求控制代碼上設定的限制。
    .title = 伺服器回應過大
    .summary = 伺服器傳送的回應標頭過大，因此無法接受。
    .summary-host = 伺服器「{ $host }」傳送的回應標頭過大，因此無法接受。
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse 在剖析回應的區塊傳輸編碼（chunked）時發生溢位：某個區塊標頭超過允許的大小。
    .title = 無法讀取伺服器回應
    .summary = 伺服器回應的某個部分超過允許的大小，因此無法讀取回應。
    .summary-host = 「{ $host }」回應的某個部分超過允許的大小，因此無法讀取回應。
# 12184
error-winhttp-response-drain-overflow = 傳入的回應超過 WinHTTP 的內部大小限制。
    .title = 伺服器回應超過大小限制
    .summary = 伺服器的回應超過這部電腦允許的大小，因此無法接收。
    .summary-host = 「{ $host }」的回應超過這部電腦允許的大小，因此無法接收。
# 12185 — 這是使用者自己的憑證（用戶端憑證），不是伺服器的憑證。
error-winhttp-client-cert-no-private-key = SSL 用戶端憑證內容沒有相關聯的私密金鑰；憑證匯入這部電腦時可能沒有包含私密金鑰。
    .title = 無法使用您的憑證
    .summary = 用來識別您身分的憑證缺少私密金鑰，因此無法使用。安裝憑證時可能遺漏了金鑰。
    .summary-host = 用來向「{ $host }」證明您身分的憑證缺少私密金鑰，因此無法使用。安裝憑證時可能遺漏了金鑰。
# 12186 — 這是使用者自己的憑證（用戶端憑證），不是伺服器的憑證。
error-winhttp-client-cert-no-access-private-key = 應用程式沒有存取用戶端憑證相關聯私密金鑰所需的權限。
    .title = 存取您的憑證遭拒
    .summary = 此應用程式無權使用可識別您身分的憑證所對應的私密金鑰。
    .summary-host = 此應用程式無權使用向「{ $host }」證明您身分的憑證所對應的私密金鑰。
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxy 伺服器要求 SSL/TLS 用戶端憑證驗證；必須為 Proxy 連線提供用戶端憑證。
    .title = Proxy 伺服器要求提供憑證
    .summary = Proxy 伺服器要求先提供能識別您或您電腦的憑證，才允許連線。
    .summary-host = Proxy 伺服器要求先提供能識別您或您電腦的憑證，才允許連線到「{ $host }」。
# 12188
error-winhttp-secure-failure-proxy = 與 Proxy 伺服器的安全連線發生 SSL/TLS 錯誤，例如 Proxy 伺服器傳送的憑證有問題。
    .title = 與 Proxy 伺服器的安全連線失敗
    .summary = 無法與 Proxy 伺服器建立安全連線，原因可能是 Proxy 伺服器的憑證有問題。
    .summary-host = 無法與連線到「{ $host }」所用的 Proxy 伺服器建立安全連線，原因可能是 Proxy 伺服器的憑證有問題。
# 12189 — 保留代碼：從不回報，因此是應用程式出了錯。
error-winhttp-reserved-189 = 保留的代碼，未使用。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題，並回報了保留且從未使用的錯誤。
    .summary-host = 此應用程式在連線到「{ $host }」時發生內部問題，並回報了保留且從未使用的錯誤。
# 12190 — 「網頁通訊協定」就是 HTTP；版本指 HTTP/1.1、HTTP/2 與 HTTP/3。
error-winhttp-http-protocol-mismatch = 伺服器使用的 HTTP 通訊協定版本與要求或必要的版本不符，例如必須使用 HTTP/2 或 HTTP/3，但未能交涉成功。
    .title = 網頁通訊協定版本不相容
    .summary = 伺服器與此應用程式未能就所用的網頁通訊協定版本達成一致。
    .summary-host = 伺服器「{ $host }」與此應用程式未能就所用的網頁通訊協定版本達成一致。
# 12191
error-winhttp-global-callback-failed = 向 WinHTTP 註冊的全域回呼函式失敗。
    .title = 應用程式內部錯誤
    .summary = 此應用程式發生內部問題：處理要求時，應用程式的某個元件發生故障。
    .summary-host = 此應用程式發生內部問題：處理傳送到「{ $host }」的要求時，應用程式的某個元件發生故障。
# 12192
error-winhttp-feature-disabled = 要求的 WinHTTP 功能已停用，無法使用。
    .title = 功能已關閉
    .summary = 此要求所需的某項功能已在這部電腦上關閉。
    .summary-host = 傳送到「{ $host }」的要求所需的某項功能已在這部電腦上關閉。
# 12193
error-winhttp-fast-forwarding-not-supported = 此要求或連線不支援快速轉送（fast forwarding）。
    .title = 不支援此功能
    .summary = 此應用程式要求使用某項功能，但此連線不支援該功能。
    .summary-host = 此應用程式要求使用某項功能，但與「{ $host }」的連線不支援該功能。

## 提示：使用者可以嘗試的做法，以清單顯示在內文下方。
## 每則是一個以「請」開頭的完整祈使句，以「。」結尾，最多 100 個字元。
## 每個代碼顯示哪些提示、依什麼順序，由目錄（src/catalog.rs）決定。
hint-check-connection = 請檢查您的網路連線。
hint-try-again-later = 請稍候片刻，然後再試一次。
hint-check-address = 請確認網址的拼寫是否正確。
hint-check-proxy = 請檢查您的 Proxy 設定，或洽詢網路系統管理員。
hint-check-firewall = 請確定沒有防火牆或防毒程式封鎖此應用程式。
hint-check-date-time = 請確定電腦的日期、時間和時區正確無誤。
hint-update-system = 請為作業系統安裝最新的更新。
hint-contact-site-owner = 如果問題持續發生，請聯絡該網站或伺服器的擁有者。
hint-contact-support = 請聯絡此應用程式的支援小組。
hint-update-app = 請檢查此應用程式是否有較新的版本。
hint-restart-app = 請關閉此應用程式，然後重新開啟。
hint-restart-computer = 請重新啟動電腦。
hint-free-memory = 請關閉其他程式以釋放記憶體，然後再試一次。
hint-check-credentials = 請確認您的使用者名稱和密碼是否正確。
# 在伺服器或 Proxy 伺服器要求使用者提供自己的憑證，或該憑證無法使用時顯示。
hint-check-client-certificate = 請確定所要求的憑證已正確安裝，或洽詢系統管理員。

## 憑證問題：安全連線失敗時以清單顯示，每則一行。
## 最多 120 個字元；一個完整的句子，以「。」結尾。
## 「該憑證」指伺服器傳送的憑證。
cert-flag-rev-failed = 這部電腦無法檢查該憑證是否已被撤銷。
cert-flag-invalid-cert = 該憑證無效。
cert-flag-cert-revoked = 該憑證已被簽發單位撤銷。
cert-flag-invalid-ca = 該憑證是由這部電腦不信任的憑證授權單位所簽發。
cert-flag-cert-cn-invalid = 該憑證是針對其他網站名稱所簽發。
cert-flag-cert-date-invalid = 該憑證已過期或尚未生效。
cert-flag-cert-wrong-usage = 該憑證並非用於這類連線。
cert-flag-security-channel-error = 建立安全連線時發生錯誤。
# $flags (String)：其餘旗標的十六進位值，例如 0x00000100；可能包含多個旗標。
cert-flag-unknown = 該憑證有一或多個無法識別的問題（{ $flags }）。

## 本程式庫不認得的代碼。
# $code (String)：十進位代碼，例如 12345。$hex (String)：同一代碼的十六進位形式，例如 0x00003039。
# $host (String)：伺服器名稱（僅用於 .summary-host），例如 example.com。
# 限制與各代碼的內文相同：每則最多 200 個字元。
unknown-code =
    .summary = 連線時發生未預期的問題（錯誤 { $code }，{ $hex }）。
    .summary-host = 連線到「{ $host }」時發生未預期的問題（錯誤 { $code }，{ $hex }）。

## 組合訊息

# $description (String)：代碼的說明；$name (String)：符號名稱；$code (String)：十進位代碼。
# 括號與逗號保留半形 ASCII：記錄工具會搜尋「(NAME, CODE)」。
report-line = { $description } ({ $name }, { $code })
# $code (String)：十進位代碼；$hex (String)：同一代碼的十六進位形式，例如 0x80072EE2。
unknown-error = 不明的 WinHTTP 錯誤 { $code }（{ $hex }）。
