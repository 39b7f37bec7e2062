### WinHTTP 오류 코드 설명(ko-KR, 한국어).
### 오류 코드마다 메시지가 하나씩 있으며 숫자 코드 순으로 정렬되어 있습니다.
### 메시지 ID는 기호 상수 이름을 소문자로 바꾸고 "_"를 "-"로 바꾼 것입니다.
### 각 메시지의 값은 개발자를 위한 기술 설명입니다. 대화 상자와 로그에 그대로
### 표시되므로 한 줄로 쓰고 자리 표시자를 넣지 않습니다. 함수, 메서드, 옵션,
### 매크로, 상수 이름(WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH 등)은 API
### 식별자이므로 절대 번역하거나 바꾸지 않습니다.
###
### 최종 사용자용 텍스트: 각 코드에는 프로그래머가 아닌 사람을 위한 속성이 세 개
### 더 있습니다.
###   .title         대화 상자 제목(Windows 작업 대화 상자의 주 지시문). 무엇이
###                  잘못되었는지를 60자 이내의 명사형으로 쓰고 마침표를 찍지 않습니다.
###   .summary       제목 아래 본문. 무슨 일이 있었는지 쉬운 문장 한두 개로,
###                  200자 이내로 쓰고 마침표로 끝냅니다. 서버 이름 없이도 자연스럽게
###                  읽혀야 합니다.
###   .summary-host  서버 이름을 넣은 같은 본문. { $host }를 정확히 한 번 쓰며,
###                  $host가 "example.com"일 때 200자 이내여야 합니다.
### $host에는 앱이 알고 있는 서버 이름이 들어갑니다(예: "example.com",
### "intranet.corp.local" 또는 192.0.2.10 같은 IP 주소). 비어 있는 경우는 없으며,
### 이름이 없으면 .summary가 대신 표시됩니다. $host 뒤의 조사는 받침에 따라
### 달라지므로 "{ $host } 서버가/를/와"처럼 "서버"를 붙이거나 "에", "의", "에서"처럼
### 형태가 바뀌지 않는 조사만 씁니다.
### 힌트(아래 hint-*)는 본문 아래에 목록으로 표시됩니다. 각각 "~하세요."로 끝나는
### 완전한 문장 하나이며 100자 이내입니다. 어떤 코드에 어떤 힌트가 나오는지는
### 카탈로그(src/catalog.rs)에서 정하며 모든 언어에서 같으므로, 본문은 무슨 일이
### 있었는지만 말하고 힌트를 반복하지 않습니다.
### 인증서 문제(아래 cert-flag-*)는 각각 마침표로 끝나는 한 문장이며 120자 이내입니다.
### 이 최종 사용자용 텍스트에는 API 식별자를 쓰지 않습니다. 상수, 함수, 메서드,
### 옵션 이름, "_", "WinHTTP"/"WinHttp", "handle"/"핸들", "callback"/"콜백", "PAC",
### URL, SSL/TLS 같은 용어, 문서화된 변수 외의 "{"는 모두 금지입니다. 이런 내용은
### 기술 설명에 씁니다. 일상적인 말을 씁니다. TLS/SSL 대신 "보안 연결", PAC 파일
### 대신 "프록시 설정 스크립트"(Windows 프록시 설정의 "설정 스크립트 사용"과 같은
### 표현), URL 대신 "웹 주소"를 씁니다.
### 앱 자체가 라이브러리를 잘못 사용한 경우(폐기된 코드, 예약된 코드, "사용법" 코드)에는
### 이 앱에서 내부 문제가 발생했다고 분명히 말하고, 절대 사용자를 탓하지 않습니다.
### 보안 오류에서는 검사를 건너뛰거나 무시하거나 계속 진행하라고 권하지 않습니다.
### 문체: 설명문은 합쇼체(~습니다), 힌트는 공손한 해요체 명령형(~하세요)을 씁니다.
### 최종 사용자용 텍스트에서 app은 "앱", computer는 "컴퓨터"(Windows UI 용어)로 쓰고,
### 기술 설명에서는 "애플리케이션"을 씁니다.
###
### 용어집(Microsoft 한국어 Windows UI와 문서에서 정착된 용어를 따름):
###   request     = 요청(Microsoft 문서의 "HTTP 요청", "요청 핸들")
###   header      = 헤더(Microsoft 문서의 "HTTP 헤더"; 음차가 정착된 용어)
###   handle      = 핸들(Windows 프로그래밍 용어; 기술 설명에만 씀)
###   proxy       = 프록시, 프록시 서버(Windows 설정 "네트워크 및 인터넷 > 프록시")
###   certificate = 인증서(사용자에게는 서버의 것은 "보안 인증서", 클라이언트
###                 인증서는 "사용자 인증서")
###   callback    = 콜백 함수(Microsoft 문서의 "상태 콜백 함수")
###   PAC file    = 프록시 자동 구성(PAC) 파일, PAC 파일(기술 설명, Microsoft 문서와
###                 같음); 사용자에게는 "프록시 설정 스크립트"(Windows의 "설정 스크립트 사용")
###   timeout     = 시간 제한(time-out value = 시간 제한 값, WinHttpSetTimeouts 문서);
###                 시간이 다 된 상태는 "시간 초과"("요청 시간이 초과되었습니다")
###   기타: revoke = 해지, certificate authority = 인증 기관/발급 기관,
###   private key = 개인 키, sign in = 로그인, password = 암호, redirect = 리디렉션,
###   secure connection = 보안 연결, disabled = 사용하지 않도록 설정됨,
###   read-only = 읽기 전용(Microsoft 한국어 표준 용어; "읽기만 가능한"은 쓰지 않음),
###   revocation server = 해지된 인증서 정보를 제공하는 서버(사용자용; "확인 서비스"처럼
###   막연하게 쓰지 않음), route = 경로("서버로 가는 경로"), refuse = 거부.
###   Winsock 오류(기술 설명에만 씀): host = 호스트, remote host = 원격 호스트,
###   name server = 이름 서버, authoritative answer = 권한 있는 응답,
###   keep-alive = 연결 유지(keep-alive), socket = 소켓, overlapped I/O = 중첩된 I/O.
###   가능하면 Windows 시스템 메시지의 번역을 따릅니다("매개 변수가 틀립니다.",
###   "현재 연결은 원격 호스트에 의해 강제로 끊겼습니다." 등).
### 문장 구성: 예시는 앞에 두지 않고 뒤 문장으로 덧붙입니다("… 중지되었습니다.
### 이 앱을 닫을 때 등에 발생합니다."). 성질을 말하는 문장의 주어에는 "은/는"을
### 씁니다("인증서는 … 것이 아닙니다"). 기술 설명에서 예시는 "… 경우입니다",
### "… 등이 원인입니다"처럼 사실로 단정하지 않습니다.
### 한국어 띄어쓰기를 지키고("할 수 없습니다", "연결하는 데"), 문장 부호는 반각
### (. , : ( ))을 씁니다. 괄호는 앞말에 붙여 씁니다("오류(CERT_E_EXPIRED에 해당)").

## WinHTTP에서도 반환하는 일반 Windows 오류(winerror.h)

# 2 — WinHttpGetIEProxyConfigForCurrentUser 등 설정을 읽는 함수가 찾는 설정이나 파일이
# 없을 때 보고합니다.
error-file-not-found = 지정된 파일을 찾을 수 없습니다. 함수가 찾으려던 설정, 파일 또는 레지스트리 값이 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 필요한 설정이나 파일을 찾을 수 없습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생했습니다. 필요한 설정이나 파일을 찾을 수 없습니다.
# 6
error-invalid-handle = API에 전달된 핸들이 무효화되었거나 닫혔습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 이미 닫힌 연결을 사용하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버와의 연결이 이미 닫혔는데 이 연결을 사용하려고 했습니다.
# 8
error-not-enough-memory = 요청한 작업을 완료하는 데 사용할 수 있는 메모리가 부족합니다.
    .title = 메모리 부족
    .summary = 컴퓨터의 사용 가능한 메모리가 부족하여 요청을 완료하지 못했습니다.
    .summary-host = 컴퓨터의 사용 가능한 메모리가 부족하여 { $host } 서버에 대한 요청을 완료하지 못했습니다.
# 18
error-no-more-files = 더 이상 파일이 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 요청 결과를 읽는 중에 내부 문제가 발생했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 대한 요청 결과를 읽는 중에 내부 문제가 발생했습니다.
# 50 — Windows 네트워킹(Winsock)을 시작할 수 없습니다.
error-not-supported = 필요한 프로토콜 스택이 로드되지 않아 애플리케이션에서 Winsock을 시작할 수 없습니다.
    .title = 네트워크 기능을 사용할 수 없음
    .summary = 이 앱에 필요한 네트워크 구성 요소를 이 컴퓨터에서 시작할 수 없습니다.
    .summary-host = 이 컴퓨터에서 { $host } 서버에 연결하는 데 필요한 네트워크 구성 요소를 시작할 수 없습니다.
# 87 — 예: dwStructSize가 잘못된 URL_COMPONENTS를 WinHttpCrackUrl에 전달한 경우입니다.
error-invalid-parameter = 매개 변수가 틀립니다. 함수에 전달된 인수 중 하나가 올바르지 않습니다(예: NULL 포인터, 잘못된 구조체 크기 또는 서로 충돌하는 플래그).
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 네트워크 구성 요소에 올바르지 않은 정보를 전달했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생했습니다. 네트워크 구성 요소에 올바르지 않은 정보를 전달했습니다.
# 122
error-insufficient-buffer = 함수에 제공된 버퍼가 너무 작아 반환된 데이터를 담을 수 없습니다. 자세한 내용은 해당 함수의 설명서를 참조하세요.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 받은 데이터를 저장할 공간을 충분히 확보하지 않았습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에서 받은 데이터를 저장할 공간을 충분히 확보하지 않았습니다.
# 259
error-no-more-items = 더 이상 항목이 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 결과 목록을 읽는 중에 내부 문제가 발생했습니다.
    .summary-host = 이 앱에서 { $host } 서버의 결과 목록을 읽는 중에 내부 문제가 발생했습니다.

# 997 — WinHttpGetProxyForUrlEx와 WebSocket 함수는 작업이 비동기로 계속될 때 이 코드를
# 반환합니다. 이를 실패로 처리할 때만 오류가 됩니다.
error-io-pending = 중첩된 I/O 작업이 진행 중입니다. 함수는 비동기로 계속 실행되며 결과를 상태 콜백 함수로 알립니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 아직 진행 중인 요청을 실패로 처리했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에 대한 요청이 아직 진행 중이었는데 실패로 처리했습니다.
# 1168
error-not-found = 요소를 찾을 수 없습니다. 함수에 요청한 항목(예: 프록시 결과, 항목 또는 저장된 설정)이 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 존재하지 않는 항목을 요청했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생했습니다. 존재하지 않는 항목을 요청했습니다.
# 4317 — 예: 닫기 핸드셰이크가 시작된 후 WebSocket으로 데이터를 보낸 경우입니다.
error-invalid-operation = 개체의 현재 상태에서는 이 작업을 수행할 수 없습니다. 닫히는 중인 WebSocket으로 보내거나 다른 수신이 보류 중일 때 수신하는 경우입니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 연결의 현재 상태에서 허용되지 않는 방식으로 연결을 사용하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버와의 연결을 현재 상태에서 허용되지 않는 방식으로 사용하려고 했습니다.

## WinHTTP 구현이 그대로 전달하는 Winsock 오류(winsock2.h)
## (Wine의 winhttp.dll은 그대로 전달하고, Windows의 winhttp.dll은 대부분 12xxx 코드로 바꿉니다.)
## 사용자에게는 대응하는 WinHTTP 오류와 같은 의미이며, 어떤 코드인지는 설명(값)에 씁니다.

# 10050
wsaenetdown = 네트워크 하위 시스템이 실패했습니다(WSAENETDOWN). 이 컴퓨터의 네트워크 스택 또는 어댑터가 작동하지 않습니다.
    .title = 네트워크가 작동하지 않음
    .summary = 이 컴퓨터의 네트워크가 작동하지 않아 서버에 연결할 수 없습니다.
    .summary-host = 이 컴퓨터의 네트워크가 작동하지 않아 { $host } 서버에 연결할 수 없습니다.
# 10051
wsaenetunreach = 네트워크에 연결할 수 없습니다(WSAENETUNREACH). 이 컴퓨터에서 서버의 네트워크로 가는 경로가 없습니다.
    .title = 네트워크에 연결할 수 없음
    .summary = 이 컴퓨터에서 서버의 네트워크로 가는 경로가 없어 서버에 연결할 수 없습니다.
    .summary-host = 이 컴퓨터에서 { $host } 서버의 네트워크로 가는 경로가 없어 서버에 연결할 수 없습니다.
# 10052
wsaenetreset = 작업이 진행되는 동안 연결 유지(keep-alive) 검사에서 오류가 감지되어 연결이 끊어졌습니다(WSAENETRESET).
    .title = 연결이 끊김
    .summary = 네트워크가 응답하지 않아 서버와의 연결이 끊어졌습니다.
    .summary-host = 네트워크가 응답하지 않아 { $host } 서버와의 연결이 끊어졌습니다.
# 10053 — "소프트웨어로 인해 연결이 중단됨": 대개 방화벽이나 보안 프로그램입니다.
wsaeconnaborted = 설정된 연결이 이 컴퓨터의 소프트웨어에 의해 중단되었습니다(WSAECONNABORTED). 데이터 전송 시간 초과나 방화벽 등이 원인입니다.
    .title = 연결이 끊김
    .summary = 이 컴퓨터에서 서버와의 연결을 종료했습니다. 방화벽이나 보안 프로그램 때문일 수 있습니다.
    .summary-host = 이 컴퓨터에서 { $host } 서버와의 연결을 종료했습니다. 방화벽이나 보안 프로그램 때문일 수 있습니다.
# 10054 — Windows에서는 대신 ERROR_WINHTTP_CONNECTION_ERROR를 보고합니다.
wsaeconnreset = 현재 연결은 원격 호스트에 의해 강제로 끊겼습니다(WSAECONNRESET).
    .title = 연결이 끊김
    .summary = 서버에서 예기치 않게 연결을 닫았습니다.
    .summary-host = { $host } 서버에서 예기치 않게 연결을 닫았습니다.
# 10060 — Windows에서는 대신 ERROR_WINHTTP_TIMEOUT을 보고합니다. 사용자용 텍스트는 12002와 같습니다.
wsaetimedout = 상대방이 제시간에 응답하지 않아 연결 시도 또는 전송 시간이 초과되었습니다(WSAETIMEDOUT).
    .title = 연결 시간 초과
    .summary = 서버가 응답하는 데 시간이 너무 오래 걸렸습니다.
    .summary-host = { $host } 서버가 응답하는 데 시간이 너무 오래 걸렸습니다.
# 10061 — Windows에서는 대신 ERROR_WINHTTP_CANNOT_CONNECT를 보고합니다.
wsaeconnrefused = 대상 컴퓨터에서 연결을 거부했으므로 연결하지 못했습니다(WSAECONNREFUSED). 해당 포트에서 수신 대기하는 프로그램이 없습니다.
    .title = 연결이 거부됨
    .summary = 서버에서 연결을 거부했습니다. 서버가 중지되었거나 연결을 받지 않는 상태일 수 있습니다.
    .summary-host = { $host } 서버에서 연결을 거부했습니다. 서버가 중지되었거나 연결을 받지 않는 상태일 수 있습니다.
# 10064
wsaehostdown = 대상 호스트가 다운되어 소켓 작업이 실패했습니다(WSAEHOSTDOWN).
    .title = 서버가 응답하지 않음
    .summary = 서버가 꺼져 있거나 네트워크에 연결되어 있지 않은 것 같습니다.
    .summary-host = { $host } 서버가 꺼져 있거나 네트워크에 연결되어 있지 않은 것 같습니다.
# 10065
wsaehostunreach = 연결할 수 없는 호스트에 소켓 작업을 시도했습니다(WSAEHOSTUNREACH). 서버로 가는 경로를 찾을 수 없습니다.
    .title = 서버에 도달할 수 없음
    .summary = 이 컴퓨터에서 서버로 가는 경로를 찾을 수 없습니다.
    .summary-host = 이 컴퓨터에서 { $host } 서버로 가는 경로를 찾을 수 없습니다.
# 11001 — Windows에서는 대신 ERROR_WINHTTP_NAME_NOT_RESOLVED를 보고합니다. 사용자용 텍스트는 12007과 같습니다.
wsahost-not-found = 알려진 호스트가 없습니다(WSAHOST_NOT_FOUND). 이름 서버에 이 이름의 주소가 없습니다.
    .title = 서버를 찾을 수 없음
    .summary = 네트워크에서 서버를 찾을 수 없습니다.
    .summary-host = 네트워크에서 이름이 { $host }인 서버를 찾을 수 없습니다.
# 11002
wsatry-again = 이름 서버에서 권한 있는 응답을 받지 못했으며 나중에 다시 조회하면 성공할 수 있습니다(WSATRY_AGAIN). 대개 이름 서버의 일시적인 오류입니다.
    .title = 서버 이름 조회 실패
    .summary = 지금은 서버 이름을 조회할 수 없습니다. 대개 일시적인 문제입니다.
    .summary-host = 지금은 { $host } 서버의 이름을 조회할 수 없습니다. 대개 일시적인 문제입니다.

## WinHTTP 관련 오류(winhttp.h)

# 12001 — 폐기된 코드: 현재 시스템에서는 보고되지 않으므로 앱의 실수입니다.
error-winhttp-out-of-handles = 더 이상 핸들을 생성할 수 없습니다(폐기됨, 더 이상 사용되지 않음).
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
# 12002
error-winhttp-timeout = 요청 시간이 초과되었습니다. 이 오류는 WinHTTP에 설정된 시간 제한 값과 관계없이 TCP/IP의 시간 초과 동작 때문에 발생할 수도 있습니다.
    .title = 연결 시간 초과
    .summary = 서버가 응답하는 데 시간이 너무 오래 걸렸습니다.
    .summary-host = { $host } 서버가 응답하는 데 시간이 너무 오래 걸렸습니다.
# 12004
error-winhttp-internal-error = WinHTTP에서 내부 오류가 발생했습니다.
    .title = 예기치 않은 내부 오류
    .summary = 예기치 않은 내부 문제로 인해 요청이 중지되었습니다.
    .summary-host = 예기치 않은 내부 문제로 인해 { $host } 서버에 대한 요청이 중지되었습니다.
# 12005
error-winhttp-invalid-url = URL이 잘못되었습니다.
    .title = 잘못된 웹 주소
    .summary = 웹 주소가 올바르지 않아 요청을 보낼 수 없습니다.
    .summary-host = { $host } 서버에 연결하는 데 사용한 웹 주소가 올바르지 않아 요청을 보낼 수 없습니다.
# 12006
error-winhttp-unrecognized-scheme = URL에 http: 또는 https: 이외의 체계가 지정되었습니다.
    .title = 지원되지 않는 웹 주소
    .summary = 이런 종류의 주소는 지원되지 않습니다. http:// 또는 https://로 시작하는 주소만 열 수 있습니다.
    .summary-host = { $host } 서버에 연결하는 데 사용한 주소는 지원되지 않는 종류입니다. http:// 또는 https://로 시작하는 주소만 열 수 있습니다.
# 12007
error-winhttp-name-not-resolved = 서버 이름을 확인할 수 없습니다.
    .title = 서버를 찾을 수 없음
    .summary = 네트워크에서 서버를 찾을 수 없습니다.
    .summary-host = 네트워크에서 이름이 { $host }인 서버를 찾을 수 없습니다.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption 또는 WinHttpSetOption 호출에 잘못된 옵션 값이 지정되었습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 올바르지 않은 연결 설정을 사용했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생했습니다. 올바르지 않은 연결 설정을 사용했습니다.
# 12011
error-winhttp-option-not-settable = 요청한 옵션은 설정할 수 없으며 쿼리만 할 수 있습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 읽기 전용 연결 설정을 변경하려고 했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생했습니다. 읽기 전용 연결 설정을 변경하려고 했습니다.
# 12012 — 주로 앱이 닫히는 중에 나타납니다.
error-winhttp-shutdown = WinHTTP 함수 지원이 종료되거나 언로드되는 중입니다.
    .title = 네트워크 액세스 종료 중
    .summary = 네트워크 액세스가 종료되는 중이어서 요청이 중지되었습니다. 이 앱을 닫을 때 등에 발생합니다.
    .summary-host = 네트워크 액세스가 종료되는 중이어서 { $host } 서버에 대한 요청이 중지되었습니다. 이 앱을 닫을 때 등에 발생합니다.
# 12015
error-winhttp-login-failure = 로그인 시도가 실패했습니다. 실패한 함수를 다시 시도하기 전에 WinHttpCloseHandle로 요청 핸들을 닫고 새 요청 핸들을 만드세요.
    .title = 로그인 실패
    .summary = 서버에서 로그인 정보를 받아들이지 않았습니다.
    .summary-host = { $host } 서버에서 로그인 정보를 받아들이지 않았습니다.
# 12017 — 영어 원문은 설명과 같이 미국식 철자 "canceled"를 씁니다. 한국어는 "취소"로 통일합니다.
error-winhttp-operation-cancelled = 작업이 취소되었습니다. 일반적으로 작업이 완료되기 전에 요청이 사용하던 핸들이 닫혔기 때문입니다.
    .title = 요청 취소됨
    .summary = 요청이 완료되기 전에 취소되었습니다.
    .summary-host = { $host } 서버에 대한 요청이 완료되기 전에 취소되었습니다.
# 12018
error-winhttp-incorrect-handle-type = 제공된 핸들의 유형이 이 작업에 맞지 않습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생하여 요청을 완료할 수 없습니다.
    .summary-host = 이 앱에서 내부 문제가 발생하여 { $host } 서버에 대한 요청을 완료할 수 없습니다.
# 12019
error-winhttp-incorrect-handle-state = 제공된 핸들이 올바른 상태가 아니므로 요청한 작업을 수행할 수 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 요청 단계를 잘못된 순서로 진행했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에 대한 요청 단계를 잘못된 순서로 진행했습니다.
# 12029
error-winhttp-cannot-connect = 서버에 연결할 수 없습니다.
    .title = 연결할 수 없음
    .summary = 이 앱에서 서버에 연결할 수 없습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결할 수 없습니다.
# 12030
error-winhttp-connection-error = 서버와의 연결이 재설정 또는 종료되었거나 호환되지 않는 SSL 프로토콜이 발견되었습니다(예: 클라이언트에서 특별히 사용하도록 설정하지 않으면 WinHTTP 5.1은 SSL 2.0을 지원하지 않음).
    .title = 연결이 끊김
    .summary = 서버와의 연결이 예기치 않게 끊기거나 닫혔습니다.
    .summary-host = { $host } 서버와의 연결이 예기치 않게 끊기거나 닫혔습니다.
# 12032
error-winhttp-resend-request = WinHTTP 함수가 실패했지만 같은 요청 핸들에서 다시 시도할 수 있습니다.
    .title = 요청이 처리되지 않음
    .summary = 이번 시도에서는 요청을 완료할 수 없었습니다.
    .summary-host = 이번 시도에서는 { $host } 서버에 대한 요청을 완료할 수 없었습니다.
# 12037
error-winhttp-secure-cert-date-invalid = 필요한 인증서가 시스템 시계 또는 서명된 파일의 타임스탬프를 기준으로 유효 기간 내에 있지 않거나, 인증서 체인의 유효 기간이 올바르게 중첩되지 않았습니다(CERT_E_EXPIRED 또는 CERT_E_VALIDITYPERIODNESTING에 해당).
    .title = 인증서가 만료되었거나 아직 유효하지 않음
    .summary = 이 컴퓨터의 시계를 기준으로 서버의 보안 인증서가 만료되었거나 아직 유효하지 않습니다.
    .summary-host = 이 컴퓨터의 시계를 기준으로 { $host } 서버의 보안 인증서가 만료되었거나 아직 유효하지 않습니다.
# 12038
error-winhttp-secure-cert-cn-invalid = 인증서의 CN(일반 이름)이 전달된 값과 일치하지 않습니다(CERT_E_CN_NO_MATCH에 해당).
    .title = 다른 사이트용 인증서
    .summary = 보안 인증서가 다른 사이트 이름으로 발급되어 서버의 신원을 확인할 수 없습니다.
    .summary-host = { $host } 서버가 보낸 보안 인증서가 다른 이름으로 발급되어 서버의 신원을 확인할 수 없습니다.
# 12044 — 서버가 사용자(또는 컴퓨터)에게 인증서로 신원을 증명하도록 요구합니다.
error-winhttp-client-auth-cert-needed = 서버에서 SSL 클라이언트 인증을 요청합니다(WinHttpReceiveResponse에서 보고). WinHttpQueryOption과 WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST로 허용되는 인증서 발급자를 가져오세요. 인증서가 요청되었지만 필수가 아닌 경우 WINHTTP_OPTION_CLIENT_CERT_CONTEXT와 lpBuffer의 WINHTTP_NO_CLIENT_CERT_CONTEXT를 사용하여 WinHttpSetOption을 호출하세요.
    .title = 서버에서 인증서를 요구함
    .summary = 서버에서 연결을 허용하기 전에 사용자 또는 사용자 컴퓨터를 식별하는 인증서를 요구합니다.
    .summary-host = { $host } 서버에서 연결을 허용하기 전에 사용자 또는 사용자 컴퓨터를 식별하는 인증서를 요구합니다.
# 12045
error-winhttp-secure-invalid-ca = 인증서 체인이 처리되었지만 트러스트 공급자가 신뢰하지 않는 루트 인증서에서 종료되었습니다(CERT_E_UNTRUSTEDROOT에 해당).
    .title = 신뢰할 수 없는 인증서
    .summary = 서버의 보안 인증서는 이 컴퓨터가 신뢰하지 않는 기관에서 발급한 것입니다.
    .summary-host = { $host } 서버의 보안 인증서는 이 컴퓨터가 신뢰하지 않는 기관에서 발급한 것입니다.
# 12057
error-winhttp-secure-cert-rev-failed = 해지 서버가 오프라인 상태여서 인증서 해지 여부를 확인할 수 없습니다(CRYPT_E_REVOCATION_OFFLINE에 해당).
    .title = 인증서를 확인할 수 없음
    .summary = 해지된 인증서 정보를 제공하는 서버에 연결할 수 없어 이 컴퓨터에서 서버의 보안 인증서가 해지되었는지 알 수 없습니다.
    .summary-host = 해지된 인증서 정보를 제공하는 서버에 연결할 수 없어 이 컴퓨터에서 { $host } 서버의 보안 인증서가 해지되었는지 알 수 없습니다.
# 12100
error-winhttp-cannot-call-before-open = Open 메서드를 호출하기 전에는 WinHttpRequest 개체에서 요청한 작업을 수행할 수 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 요청을 준비하기 전에 요청을 사용하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에 대한 요청을 준비하기 전에 사용하려고 했습니다.
# 12101
error-winhttp-cannot-call-before-send = Send 메서드를 호출하기 전에는 WinHttpRequest 개체에서 요청한 작업을 수행할 수 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 요청을 보내기 전에 응답을 가져오려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. 요청을 보내기 전에 { $host } 서버의 응답을 가져오려고 했습니다.
# 12102
error-winhttp-cannot-call-after-send = Send 메서드를 호출한 후에는 WinHttpRequest 개체에서 요청한 작업을 수행할 수 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 이미 보낸 요청을 변경하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에 이미 보낸 요청을 변경하려고 했습니다.
# 12103
error-winhttp-cannot-call-after-open = Open 메서드를 호출한 후에는 WinHttpRequest 개체에서 지정한 옵션을 요청할 수 없습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 너무 늦은 시점에 요청 설정을 변경하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. 너무 늦은 시점에 { $host } 서버에 대한 요청 설정을 변경하려고 했습니다.
# 12150
error-winhttp-header-not-found = 요청한 헤더를 찾을 수 없습니다.
    .title = 응답에 필요한 정보가 없음
    .summary = 서버의 응답에 이 앱이 예상한 정보가 포함되어 있지 않습니다.
    .summary-host = { $host } 서버의 응답에 이 앱이 예상한 정보가 포함되어 있지 않습니다.
# 12152
error-winhttp-invalid-server-response = 서버 응답을 구문 분석할 수 없습니다.
    .title = 서버의 응답이 잘못됨
    .summary = 서버에서 이해할 수 없는 응답을 보냈습니다.
    .summary-host = { $host } 서버에서 이해할 수 없는 응답을 보냈습니다.
# 12153 — 요청은 앱이 만든 것이며 사용자가 입력한 것이 아닙니다.
error-winhttp-invalid-header = 제공된 HTTP 헤더가 잘못되었습니다(예: 형식이 잘못됨).
    .title = 잘못된 요청
    .summary = 이 앱에서 보내려는 정보의 형식이 올바르지 않아 요청을 보낼 수 없습니다.
    .summary-host = 이 앱에서 { $host } 서버에 보내려는 정보의 형식이 올바르지 않아 요청을 보낼 수 없습니다.
# 12154 — 폐기된 코드: 현재 시스템에서는 보고되지 않으므로 앱의 실수입니다.
error-winhttp-invalid-query-request = 헤더 쿼리 요청이 잘못되었습니다(폐기됨, 더 이상 사용되지 않음).
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
# 12155 — 폐기된 코드: 현재 시스템에서는 보고되지 않으므로 앱의 실수입니다.
error-winhttp-header-already-exists = 헤더가 이미 있으므로 추가할 수 없습니다(폐기됨, 더 이상 사용되지 않음).
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 같은 정보를 요청에 두 번 추가하려고 했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. 같은 정보를 { $host } 서버에 대한 요청에 두 번 추가하려고 했습니다.
# 12156
error-winhttp-redirect-failed = 체계가 변경되었거나 모든 리디렉션 시도(기본값 5회)가 실패하여 리디렉션하지 못했습니다.
    .title = 리디렉션 실패
    .summary = 서버에서 요청을 다른 주소로 리디렉션했지만 리디렉션을 완료하지 못했습니다.
    .summary-host = { $host } 서버에서 요청을 다른 주소로 리디렉션했지만 리디렉션을 완료하지 못했습니다.
# 12157
error-winhttp-secure-channel-error = 보안 채널에서 오류가 발생했습니다(winerror.h에 정의된 SEC_E_ 및 SEC_I_ 오류 코드에 해당).
    .title = 보안 연결을 설정할 수 없음
    .summary = 서버와 보안 연결을 설정하는 중에 오류가 발생했습니다.
    .summary-host = { $host } 서버와 보안 연결을 설정하는 중에 오류가 발생했습니다.
# 12166 — "프록시 설정 스크립트"는 PAC 파일로, Windows 프록시 설정의 이름("설정 스크립트 사용")을 따랐습니다.
error-winhttp-bad-auto-proxy-script = 프록시 자동 구성(PAC) 파일의 스크립트 코드를 실행하는 중에 오류가 발생했습니다.
    .title = 프록시 설정 스크립트 오류
    .summary = 이 네트워크의 프록시 설정 스크립트에 오류가 있습니다.
    .summary-host = { $host } 서버에 연결하는 데 사용되는 프록시 설정 스크립트에 오류가 있습니다.
# 12167
error-winhttp-unable-to-download-script = PAC 파일을 다운로드할 수 없습니다. 예를 들어 PAC URL이 참조하는 서버에 연결할 수 없거나 서버에서 404 Not Found를 반환한 경우입니다.
    .title = 프록시 설정 스크립트를 사용할 수 없음
    .summary = 이 네트워크의 프록시 설정 스크립트를 다운로드할 수 없습니다.
    .summary-host = { $host } 서버에 연결하는 데 필요한 프록시 설정 스크립트를 다운로드할 수 없습니다.
# 12169
error-winhttp-secure-invalid-cert = 인증서가 잘못되었습니다(CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED, CERT_E_CHAINING 등의 오류에 해당).
    .title = 잘못된 인증서
    .summary = 서버의 보안 인증서가 유효하지 않아 보안 연결을 설정할 수 없습니다.
    .summary-host = { $host } 서버의 보안 인증서가 유효하지 않아 보안 연결을 설정할 수 없습니다.
# 12170
error-winhttp-secure-cert-revoked = 인증서가 해지되었습니다(CRYPT_E_REVOKED에 해당).
    .title = 인증서가 해지됨
    .summary = 서버의 보안 인증서를 발급한 기관에서 인증서를 해지했으므로 더 이상 신뢰할 수 없습니다.
    .summary-host = { $host } 서버의 보안 인증서를 발급한 기관에서 인증서를 해지했으므로 더 이상 신뢰할 수 없습니다.
# 12172 — 폐기된 코드: 현재 시스템에서는 보고되지 않으므로 앱의 실수입니다.
error-winhttp-not-initialized = WinHTTP가 초기화되지 않았습니다(폐기됨, 더 이상 사용되지 않음).
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생하여 현재 시스템에서 더 이상 사용하지 않는 오류를 보고했습니다.
# 12175 — 구체적인 원인(아래 cert-flag-*)이 본문 아래에 목록으로 표시될 수 있습니다.
error-winhttp-secure-failure = 서버에서 보낸 SSL(Secure Sockets Layer) 인증서에서 하나 이상의 오류가 발견되었습니다. 어떤 오류인지 확인하려면 상태 콜백 함수에서 WINHTTP_CALLBACK_STATUS_SECURE_FAILURE 알림을 확인하세요(WINHTTP_STATUS_CALLBACK 참조).
    .title = 보안 연결 실패
    .summary = 서버의 보안 인증서에 하나 이상의 문제가 있어 보안 연결을 설정할 수 없습니다.
    .summary-host = { $host } 서버에서 보낸 보안 인증서에 하나 이상의 문제가 있어 보안 연결을 설정할 수 없습니다.
# 12176
error-winhttp-unhandled-script-type = 스크립트 형식이 지원되지 않습니다.
    .title = 지원되지 않는 프록시 설정 스크립트
    .summary = 이 네트워크의 프록시 설정 스크립트는 지원되지 않는 종류입니다.
    .summary-host = { $host } 서버에 연결하는 데 사용되는 프록시 설정 스크립트는 지원되지 않는 종류입니다.
# 12177 — 실제로는 프록시 설정 스크립트를 가리킵니다.
error-winhttp-script-execution-error = 스크립트를 실행하는 중에 오류가 발생했습니다.
    .title = 프록시 설정 스크립트 실행 실패
    .summary = 이 네트워크의 프록시 설정 스크립트를 실행하는 중에 오류가 발생했습니다.
    .summary-host = { $host } 서버에 연결하는 데 사용되는 프록시 설정 스크립트를 실행하는 중에 오류가 발생했습니다.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl에서 지정된 URL에 대한 프록시를 찾을 수 없습니다.
    .title = 프록시를 찾을 수 없음
    .summary = 이 주소에 사용할 프록시 서버를 확인할 수 없습니다.
    .summary-host = { $host } 서버에 사용할 프록시 서버를 확인할 수 없습니다.
# 12179
error-winhttp-secure-cert-wrong-usage = 인증서가 요청한 용도에 유효하지 않습니다(CERT_E_WRONG_USAGE에 해당).
    .title = 이 용도에 사용할 수 없는 인증서
    .summary = 서버의 보안 인증서는 이런 종류의 연결에 사용하기 위한 것이 아닙니다.
    .summary-host = { $host } 서버의 보안 인증서는 이런 종류의 연결에 사용하기 위한 것이 아닙니다.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl에서 프록시 자동 구성(PAC) 파일의 URL을 검색할 수 없습니다.
    .title = 프록시 설정을 검색하지 못함
    .summary = 이 네트워크의 프록시 설정을 자동으로 검색할 수 없습니다.
    .summary-host = { $host } 서버에 연결하는 데 필요한 프록시 설정을 자동으로 검색할 수 없습니다.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse에서 WinHTTP가 허용할 수 있는 것보다 많은 헤더가 포함된 응답을 받았습니다.
    .title = 서버 응답이 거부됨
    .summary = 서버에서 보낸 응답에 헤더가 너무 많아 받아들일 수 없습니다.
    .summary-host = { $host } 서버에서 보낸 응답에 헤더가 너무 많아 받아들일 수 없습니다.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse에서 받은 헤더의 전체 크기가 요청 핸들에 설정된 제한을 초과합니다.
    .title = 서버 응답이 너무 큼
    .summary = 서버에서 보낸 응답의 헤더가 너무 커서 받아들일 수 없습니다.
    .summary-host = { $host } 서버에서 보낸 응답의 헤더가 너무 커서 받아들일 수 없습니다.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse에서 응답의 청크 분할 전송 인코딩을 구문 분석하는 중에 오버플로가 발생했습니다. 청크 헤더가 허용된 크기를 초과했습니다.
    .title = 서버 응답을 읽을 수 없음
    .summary = 서버 응답의 일부가 허용된 크기보다 커서 응답을 읽을 수 없습니다.
    .summary-host = { $host } 서버 응답의 일부가 허용된 크기보다 커서 응답을 읽을 수 없습니다.
# 12184
error-winhttp-response-drain-overflow = 들어오는 응답이 WinHTTP 내부 크기 제한을 초과했습니다.
    .title = 서버 응답이 크기 제한을 초과함
    .summary = 서버의 응답이 이 컴퓨터에서 허용하는 크기보다 커서 받을 수 없습니다.
    .summary-host = { $host } 서버의 응답이 이 컴퓨터에서 허용하는 크기보다 커서 받을 수 없습니다.
# 12185 — 서버의 인증서가 아니라 사용자 자신의 인증서(클라이언트 인증서)입니다.
error-winhttp-client-cert-no-private-key = SSL 클라이언트 인증서 컨텍스트에 연결된 개인 키가 없습니다. 인증서를 개인 키 없이 컴퓨터로 가져왔을 수 있습니다.
    .title = 사용자 인증서를 사용할 수 없음
    .summary = 사용자를 식별하는 인증서에 개인 키가 없어 사용할 수 없습니다. 인증서를 설치할 때 키가 빠졌을 수 있습니다.
    .summary-host = { $host } 서버에 사용자의 신원을 증명하는 인증서는 개인 키가 없어 사용할 수 없습니다. 인증서를 설치할 때 키가 빠졌을 수 있습니다.
# 12186 — 서버의 인증서가 아니라 사용자 자신의 인증서(클라이언트 인증서)입니다.
error-winhttp-client-cert-no-access-private-key = 애플리케이션에 클라이언트 인증서와 연결된 개인 키에 액세스하는 데 필요한 권한이 없습니다.
    .title = 사용자 인증서에 대한 액세스가 거부됨
    .summary = 이 앱에는 사용자를 식별하는 인증서의 개인 키를 사용할 권한이 없습니다.
    .summary-host = 이 앱에는 { $host } 서버에 사용자의 신원을 증명하는 인증서의 개인 키를 사용할 권한이 없습니다.
# 12187
error-winhttp-client-auth-cert-needed-proxy = 프록시 서버에 SSL/TLS 클라이언트 인증서 인증이 필요합니다. 프록시 연결에 클라이언트 인증서를 제공해야 합니다.
    .title = 프록시 서버에서 인증서를 요구함
    .summary = 프록시 서버에서 연결을 허용하기 전에 사용자 또는 사용자 컴퓨터를 식별하는 인증서를 요구합니다.
    .summary-host = 프록시 서버에서 { $host } 서버로의 연결을 허용하기 전에 사용자 또는 사용자 컴퓨터를 식별하는 인증서를 요구합니다.
# 12188
error-winhttp-secure-failure-proxy = 프록시 서버에 대한 보안 연결에서 SSL/TLS 오류가 발생했습니다(예: 프록시 서버가 보낸 인증서의 문제).
    .title = 프록시 서버와의 보안 연결 실패
    .summary = 프록시 서버 인증서의 문제 등으로 인해 프록시 서버와 보안 연결을 설정할 수 없습니다.
    .summary-host = 프록시 서버 인증서의 문제 등으로 인해 { $host } 서버에 연결하는 데 사용되는 프록시 서버와 보안 연결을 설정할 수 없습니다.
# 12189 — 예약된 코드: 보고되는 일이 없으므로 앱의 실수입니다.
error-winhttp-reserved-189 = 예약된 코드입니다. 사용되지 않습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생하여 예약되어 있고 사용되지 않는 오류를 보고했습니다.
    .summary-host = 이 앱에서 { $host } 서버에 연결하는 중에 내부 문제가 발생하여 예약되어 있고 사용되지 않는 오류를 보고했습니다.
# 12190 — "웹 프로토콜"은 HTTP이며, 버전은 HTTP/1.1, HTTP/2, HTTP/3입니다.
error-winhttp-http-protocol-mismatch = 서버에서 사용하는 HTTP 프로토콜 버전이 요청되거나 필요한 버전과 일치하지 않습니다. 예를 들어 HTTP/2 또는 HTTP/3이 필요했지만 협상할 수 없었습니다.
    .title = 호환되지 않는 웹 프로토콜 버전
    .summary = 서버와 이 앱이 사용할 웹 프로토콜 버전을 합의하지 못했습니다.
    .summary-host = { $host } 서버와 이 앱이 사용할 웹 프로토콜 버전을 합의하지 못했습니다.
# 12191
error-winhttp-global-callback-failed = WinHTTP에 등록된 전역 콜백 함수가 실패했습니다.
    .title = 앱 내부 오류
    .summary = 이 앱에서 내부 문제가 발생했습니다. 요청을 처리하는 중에 앱의 구성 요소 중 하나가 실패했습니다.
    .summary-host = 이 앱에서 내부 문제가 발생했습니다. { $host } 서버에 대한 요청을 처리하는 중에 앱의 구성 요소 중 하나가 실패했습니다.
# 12192
error-winhttp-feature-disabled = 요청한 WinHTTP 기능이 사용하지 않도록 설정되어 있어 사용할 수 없습니다.
    .title = 기능이 꺼져 있음
    .summary = 이 요청에 필요한 기능이 이 컴퓨터에서 꺼져 있습니다.
    .summary-host = { $host } 서버에 대한 요청에 필요한 기능이 이 컴퓨터에서 꺼져 있습니다.
# 12193
error-winhttp-fast-forwarding-not-supported = 이 요청 또는 연결에서는 빠른 전달이 지원되지 않습니다.
    .title = 지원되지 않는 기능
    .summary = 이 앱에서 이 연결이 지원하지 않는 기능을 요청했습니다.
    .summary-host = 이 앱에서 { $host } 서버와의 연결이 지원하지 않는 기능을 요청했습니다.

## 힌트: 사용자가 해 볼 수 있는 일로, 본문 아래에 목록으로 표시됩니다.
## 각각 "~하세요."로 끝나는 완전한 문장 하나이며 100자 이내입니다.
## 어떤 코드에 어떤 힌트를 어떤 순서로 보여 줄지는 카탈로그(src/catalog.rs)에서 정합니다.
hint-check-connection = 네트워크 연결을 확인하세요.
hint-try-again-later = 잠시 기다린 후 다시 시도하세요.
hint-check-address = 주소의 철자가 올바른지 확인하세요.
hint-check-proxy = 프록시 설정을 확인하거나 네트워크 관리자에게 문의하세요.
hint-check-firewall = 방화벽이나 바이러스 백신 프로그램이 이 앱을 차단하고 있지 않은지 확인하세요.
hint-check-date-time = 컴퓨터의 날짜, 시간 및 표준 시간대가 올바른지 확인하세요.
hint-update-system = 운영 체제의 최신 업데이트를 설치하세요.
hint-contact-site-owner = 문제가 계속되면 웹 사이트 또는 서버의 소유자에게 문의하세요.
hint-contact-support = 이 앱의 지원 팀에 문의하세요.
hint-update-app = 이 앱의 최신 버전이 있는지 확인하세요.
hint-restart-app = 이 앱을 닫았다가 다시 여세요.
hint-restart-computer = 컴퓨터를 다시 시작하세요.
hint-free-memory = 다른 프로그램을 닫아 메모리를 확보한 후 다시 시도하세요.
hint-check-credentials = 사용자 이름과 암호가 올바른지 확인하세요.
# 서버나 프록시 서버가 사용자 자신의 인증서를 요구하거나 그 인증서를 사용할 수 없을 때 표시됩니다.
hint-check-client-certificate = 요청된 인증서가 올바르게 설치되어 있는지 확인하거나 관리자에게 문의하세요.

## 인증서 문제: 보안 연결에 실패했을 때 목록으로 표시되며 한 줄에 하나씩입니다.
## 120자 이내이며 마침표로 끝나는 완전한 문장 하나입니다.
## "인증서"는 서버가 보낸 인증서를 말합니다.
cert-flag-rev-failed = 이 컴퓨터에서 인증서가 해지되었는지 확인할 수 없습니다.
cert-flag-invalid-cert = 인증서가 유효하지 않습니다.
cert-flag-cert-revoked = 인증서를 발급한 기관에서 인증서를 해지했습니다.
cert-flag-invalid-ca = 이 컴퓨터가 신뢰하지 않는 기관에서 인증서를 발급했습니다.
cert-flag-cert-cn-invalid = 인증서가 다른 사이트 이름으로 발급되었습니다.
cert-flag-cert-date-invalid = 인증서가 만료되었거나 아직 유효하지 않습니다.
cert-flag-cert-wrong-usage = 인증서는 이런 종류의 연결을 위한 것이 아닙니다.
cert-flag-security-channel-error = 보안 연결을 설정하는 중에 오류가 발생했습니다.
# $flags (String): 나머지 플래그의 16진수 값입니다(예: 0x00000100). 여러 개가 들어 있을 수 있습니다.
cert-flag-unknown = 인증서에 알 수 없는 문제가 하나 이상 있습니다({ $flags }).

## 이 라이브러리가 모르는 코드.
# $code (String): 10진수 코드입니다(예: 12345). $hex (String): 같은 코드의 16진수 형식입니다(예: 0x00003039).
# $host (String): 서버 이름입니다(.summary-host에만 사용, 예: example.com).
# 제한은 각 코드의 본문과 같습니다. 각각 200자 이내입니다.
unknown-code =
    .summary = 연결하는 중에 예기치 않은 문제(오류 { $code }, { $hex })가 발생했습니다.
    .summary-host = { $host } 서버에 연결하는 중에 예기치 않은 문제(오류 { $code }, { $hex })가 발생했습니다.

## 조합 메시지

# $description (String): 코드의 설명, $name (String): 기호 이름, $code (String): 10진수 코드입니다.
report-line = { $description } ({ $name }, { $code })
# $code (String): 10진수 코드, $hex (String): 같은 코드의 16진수 형식입니다(예: 0x80072EE2).
unknown-error = 알 수 없는 WinHTTP 오류 { $code }({ $hex })입니다.
