### Opisy kodów błędów WinHTTP (pl-PL).
### Jeden komunikat na kod błędu, w kolejności numerycznej. Identyfikator
### komunikatu to nazwa stałej symbolicznej zapisana małymi literami, w której
### „_” zastąpiono znakiem „-”.
### Wartość każdego komunikatu to opis techniczny dla programistów: jeden
### wiersz bez zmiennych, ponieważ jest wyświetlany bez zmian w oknach
### dialogowych i dziennikach. Nazwy funkcji, metod, opcji, makr i stałych
### interfejsu API (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) są
### identyfikatorami: nigdy się ich nie tłumaczy ani nie zmienia.
###
### Teksty dla użytkownika końcowego. Oprócz opisu każdy kod ma trzy atrybuty
### pisane dla osoby, która nie jest programistą:
###   .title         Nagłówek okna dialogowego (główna instrukcja okna
###                  dialogowego zadania w systemie Windows): co poszło nie
###                  tak, najwyżej 60 znaków, wielka litera tylko na początku,
###                  bez kropki na końcu.
###   .summary       Tekst pod nagłówkiem: jedno lub dwa proste zdania o tym,
###                  co się stało, najwyżej 200 znaków, zakończone kropką.
###                  Musi być zrozumiały sam w sobie, bez nazwy serwera.
###   .summary-host  To samo podsumowanie z nazwą serwera: { $host } występuje
###                  dokładnie raz; najwyżej 200 znaków, gdy $host to
###                  „example.com”.
### $host zawiera nazwę serwera w postaci znanej aplikacji, np. „example.com”,
### „intranet.corp.local” lub adres IP, taki jak 192.0.2.10. Nigdy nie jest
### pusta: gdy nazwy brak, wyświetlane jest .summary. Nazwa się nie odmienia,
### dlatego zawsze poprzedza ją odmieniany rzeczownik „serwer”: „serwer
### { $host }”, „z serwerem { $host }”, „do serwera { $host }”.
### Wskazówki (hint-*, najwyżej 100 znaków) są wyświetlane jako lista pod
### podsumowaniem; to, które wskazówki dostaje dany kod, ustala katalog
### (src/catalog.rs), tak samo we wszystkich językach, więc podsumowanie mówi,
### co się stało, i nie powtarza wskazówek. Wiersze o certyfikatach
### (cert-flag-*) mają najwyżej 120 znaków, teksty nieznanego kodu
### (unknown-code) najwyżej 200.
### W tych częściach nie może się pojawić żaden identyfikator interfejsu API:
### nazwa stałej, funkcji API, metody ani opcji, znak „_”, „WinHTTP”/„WinHttp”,
### „handle”, „callback”, „PAC” ani „{” poza udokumentowanymi zmiennymi. Do
### tego służy opis. Lepsze są słowa codzienne („bezpieczne połączenie” zamiast
### TLS/SSL, „skrypt konfiguracji serwera proxy” zamiast pliku PAC).
### Gdy to aplikacja niewłaściwie użyła biblioteki (kody przestarzałe,
### zarezerwowane i błędy użycia), tekst mówi po prostu, że aplikacja napotkała
### problem wewnętrzny; nigdy nie obwinia użytkownika. Przy błędach
### zabezpieczeń nigdy nie sugeruje obejścia, zignorowania ani kontynuowania
### mimo wszystko.
### Forma: neutralna wobec płci i bez „Pan/Pani”: podsumowania w formie
### bezosobowej („nie można było…”, „certyfikat identyfikujący użytkownika”),
### wskazówki w trybie rozkazującym jak w systemie Windows („Sprawdź…”,
### „Uruchom ponownie…”), bez zaimków „Ty”/„Twój”. Cudzysłowy „…”.
###
### GLOSARIUSZ (terminologia firmy Microsoft w języku polskim: komunikaty
### systemu Windows i dokumentacja WinHTTP):
###   request     = „żądanie” („żądanie HTTP”, „dojście żądania”; także w
###                 tekstach dla użytkownika, jak w komunikatach Windows).
###   header      = „nagłówek” („nagłówek HTTP”).
###   handle      = „dojście” (Windows: „Nieprawidłowe dojście.”; nie
###                 „uchwyt”). Tylko w opisach, nigdy w tekstach użytkownika.
###   proxy       = „serwer proxy” (jak w „ustawieniach serwera proxy” systemu
###                 Windows); samo „proxy” tylko w złożeniach.
###   certificate = „certyfikat”; dla użytkownika „certyfikat zabezpieczeń”
###                 (certyfikat serwera, jak w komunikatach Windows) lub
###                 „certyfikat identyfikujący użytkownika” (certyfikat klienta).
###   callback    = „wywołanie zwrotne”, „funkcja wywołania zwrotnego” (termin
###                 dokumentacji Microsoft); tylko w opisach.
###   PAC file    = „plik PAC” (plik automatycznej konfiguracji serwera proxy);
###                 dla użytkownika „skrypt konfiguracji serwera proxy”, czyli
###                 automatyczna konfiguracja serwera proxy w systemie Windows.
###   timeout     = „limit czasu” (Windows: „Upłynął limit czasu…”).
### Inne: revocation = „odwołanie” (certyfikat „odwołany”), certification
### authority = „urząd certyfikacji”, feature = „funkcja”, application =
### „aplikacja”, web site = „witryna”.
### revocation server = „serwer odwołań” (opisy); dla użytkownika „serwer
### publikujący informacje o odwołanych certyfikatach”. Zawsze „urząd
### certyfikacji”, nigdy samo „urząd”.
### Winsock = „Winsock” (nazwa własna, tylko w opisach i komentarzach);
### socket = „gniazdo”; remote host = „zdalny host”; host = „host” w opisach,
### dla użytkownika zawsze „serwer”.
### network down = „Sieć nie działa”; network unreachable = „Sieć
### nieosiągalna” (Windows: „nieosiągalna sieć”); host unreachable = „Serwer
### nieosiągalny”; route = „trasa” w opisach, „droga” dla użytkownika.
### „Nieosiągalny” tylko o sieci, hoście lub serwerze; o usłudze „niedostępna”.
### connection refused = „Połączenie zostało odrzucone” (Windows: „komputer
### docelowy aktywnie go odmawia” zostaje w opisie); connection reset/aborted
### = „Połączenie zostało przerwane” (tytuł jak 12030).
### name resolution = „rozpoznawanie nazw”, name server = „serwer nazw”; dla
### użytkownika „odnaleźć adres serwera (na podstawie nazwy)”. I/O = „we/wy”; parameter = „parametr”
### (Windows, błąd 87: „Parametr jest niepoprawny.”).
### Połączenie „nawiązuje się”; nieudane połączenie w tytule: „Błąd
### bezpiecznego połączenia”, nie „połączenie nie powiodło się”.
### 10060 i 11001 mają te same teksty dla użytkownika co 12002 i 12007;
### 10054 ma tytuł 12030.

## Ogólne błędy systemu Windows (winerror.h) zwracane także przez WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser i inne funkcje odczytujące ustawienia zgłaszają ten kod,
# gdy szukane zapisane ustawienie lub plik nie istnieje.
error-file-not-found = Nie można odnaleźć określonego pliku: nie istnieje szukane przez funkcję ustawienie, plik lub wartość rejestru.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: nie znaleziono potrzebnego ustawienia lub pliku.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia się z serwerem { $host }: nie znaleziono potrzebnego ustawienia lub pliku.
# 6
error-invalid-handle = Dojście przekazane do interfejsu API zostało unieważnione lub zamknięte.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć połączenia, które zostało już zamknięte.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć połączenia z serwerem { $host }, które zostało już zamknięte.
# 8
error-not-enough-memory = Brak wystarczającej ilości pamięci do ukończenia żądanej operacji.
    .title = Za mało pamięci
    .summary = Na komputerze zabrakło dostępnej pamięci, zanim udało się ukończyć żądanie.
    .summary-host = Na komputerze zabrakło dostępnej pamięci, zanim udało się ukończyć żądanie wysłane do serwera { $host }.
# 18
error-no-more-files = Nie znaleziono więcej plików.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny podczas odczytywania wyników żądania.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas odczytywania wyników żądania wysłanego do serwera { $host }.
# 50 — nie można uruchomić obsługi sieci w systemie Windows (Winsock).
error-not-supported = Wymagany stos protokołów nie jest załadowany i aplikacja nie może uruchomić biblioteki Winsock.
    .title = Funkcje sieciowe są niedostępne
    .summary = Na tym komputerze nie można było uruchomić składników sieciowych potrzebnych tej aplikacji.
    .summary-host = Na tym komputerze nie można było uruchomić składników sieciowych potrzebnych do połączenia z serwerem { $host }.
# 87 — na przykład WinHttpCrackUrl wywołana ze strukturą URL_COMPONENTS o błędnym polu dwStructSize.
error-invalid-parameter = Parametr jest niepoprawny: jeden z argumentów przekazanych do funkcji jest nieprawidłowy (na przykład wskaźnik NULL, zły rozmiar struktury lub sprzeczne flagi).
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: przekazała składnikowi sieciowemu nieprawidłowe dane.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia się z serwerem { $host }: przekazała składnikowi sieciowemu nieprawidłowe dane.
# 122
error-insufficient-buffer = Bufor przekazany do funkcji jest za mały, aby pomieścić zwrócone dane. Szczegółowe informacje zawiera dokumentacja danej funkcji.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: nie zarezerwowała wystarczająco dużo miejsca na otrzymane dane.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: nie zarezerwowała wystarczająco dużo miejsca na dane otrzymane od serwera { $host }.
# 259
error-no-more-items = Nie znaleziono więcej elementów.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny podczas odczytywania listy wyników.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas odczytywania listy wyników otrzymanych od serwera { $host }.


# 997 — WinHttpGetProxyForUrlEx i funkcje WebSocket zwracają ten kod, gdy praca trwa asynchronicznie;
# błędem staje się dopiero wtedy, gdy aplikacja potraktuje go jako błąd.
error-io-pending = Trwa wykonywanie nakładającej się operacji we/wy: funkcja działa dalej asynchronicznie i zgłasza wynik przez funkcję wywołania zwrotnego stanu.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: potraktowała jako nieudane żądanie, które wciąż było w toku.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: potraktowała jako nieudane żądanie do serwera { $host }, które wciąż było w toku.
# 1168
error-not-found = Nie można odnaleźć elementu: element, o który poproszono funkcję (na przykład wynik wyszukiwania serwera proxy, wpis lub zapisane ustawienie), nie istnieje.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: zażądała elementu, który nie istnieje.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia się z serwerem { $host }: zażądała elementu, który nie istnieje.
# 4317 — na przykład wysyłanie przez WebSocket po rozpoczęciu zamykania połączenia.
error-invalid-operation = Operacja jest nieprawidłowa w bieżącym stanie obiektu, na przykład wysyłanie przez zamykany WebSocket lub odbieranie, gdy oczekuje już inna operacja odbioru.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć połączenia w sposób niedozwolony w jego bieżącym stanie.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć połączenia z serwerem { $host } w sposób niedozwolony w jego bieżącym stanie.

## Błędy Winsock (winsock2.h), które implementacja WinHTTP przekazuje bez zmian
## (robi tak winhttp.dll z Wine; ta z Windows zamienia większość z nich na kod 12xxx).
## Dla użytkownika znaczą to samo co ich odpowiednik WinHTTP; opis mówi, jaki to kod.

# 10050
wsaenetdown = Podsystem sieciowy uległ awarii (WSAENETDOWN): stos sieciowy lub karta sieciowa tego komputera nie działa.
    .title = Sieć nie działa
    .summary = Sieć na tym komputerze nie działa, więc nie można było połączyć się z serwerem.
    .summary-host = Sieć na tym komputerze nie działa, więc nie można było połączyć się z serwerem { $host }.
# 10051 — „trasa” w opisie; dla użytkownika „droga”.
wsaenetunreach = Sieć jest nieosiągalna (WSAENETUNREACH): ten komputer nie ma trasy do sieci serwera.
    .title = Sieć nieosiągalna
    .summary = Z tego komputera nie prowadzi żadna droga do sieci serwera, więc nie można było się z nim połączyć.
    .summary-host = Z tego komputera nie prowadzi żadna droga do sieci serwera { $host }, więc nie można było się z nim połączyć.
# 10052
wsaenetreset = Połączenie zostało przerwane, ponieważ mechanizm keep-alive wykrył błąd podczas wykonywania operacji (WSAENETRESET).
    .title = Połączenie zostało przerwane
    .summary = Połączenie z serwerem zostało zerwane, ponieważ sieć przestała odpowiadać.
    .summary-host = Połączenie z serwerem { $host } zostało zerwane, ponieważ sieć przestała odpowiadać.
# 10053 — „Software caused connection abort”: często zapora lub program zabezpieczający.
wsaeconnaborted = Nawiązane połączenie zostało przerwane przez oprogramowanie na tym komputerze (WSAECONNABORTED), na przykład po przekroczeniu limitu czasu transmisji danych lub przez zaporę.
    .title = Połączenie zostało przerwane
    .summary = Połączenie z serwerem zostało zakończone przez ten komputer, być może przez zaporę lub program zabezpieczający.
    .summary-host = Połączenie z serwerem { $host } zostało zakończone przez ten komputer, być może przez zaporę lub program zabezpieczający.
# 10054 — Windows zgłasza zamiast niego ERROR_WINHTTP_CONNECTION_ERROR; tytuł jak dla 12030.
wsaeconnreset = Istniejące połączenie zostało gwałtownie zamknięte przez zdalnego hosta (WSAECONNRESET).
    .title = Połączenie zostało przerwane
    .summary = Serwer nieoczekiwanie zamknął połączenie.
    .summary-host = Serwer { $host } nieoczekiwanie zamknął połączenie.
# 10060 — Windows zgłasza zamiast niego ERROR_WINHTTP_TIMEOUT; teksty dla użytkownika jak dla 12002.
wsaetimedout = Upłynął limit czasu próby połączenia lub transmisji, ponieważ druga strona nie odpowiedziała na czas (WSAETIMEDOUT).
    .title = Upłynął limit czasu połączenia
    .summary = Serwer zbyt długo nie odpowiadał.
    .summary-host = Serwer { $host } zbyt długo nie odpowiadał.
# 10061 — Windows zgłasza zamiast niego ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Nie można nawiązać połączenia, ponieważ komputer docelowy aktywnie go odmawia (WSAECONNREFUSED): na tym porcie nic nie nasłuchuje.
    .title = Połączenie zostało odrzucone
    .summary = Serwer odrzucił połączenie. Może być wyłączony lub nie przyjmować połączeń.
    .summary-host = Serwer { $host } odrzucił połączenie. Może być wyłączony lub nie przyjmować połączeń.
# 10064
wsaehostdown = Operacja na gnieździe nie powiodła się, ponieważ host docelowy nie działa (WSAEHOSTDOWN).
    .title = Serwer nie odpowiada
    .summary = Serwer jest prawdopodobnie wyłączony lub odłączony od sieci.
    .summary-host = Serwer { $host } jest prawdopodobnie wyłączony lub odłączony od sieci.
# 10065
wsaehostunreach = Próbowano wykonać operację na gnieździe dla nieosiągalnego hosta (WSAEHOSTUNREACH): nie znaleziono trasy do serwera.
    .title = Serwer nieosiągalny
    .summary = Z tego komputera nie udało się znaleźć drogi do serwera.
    .summary-host = Z tego komputera nie udało się znaleźć drogi do serwera { $host }.
# 11001 — Windows zgłasza zamiast niego ERROR_WINHTTP_NAME_NOT_RESOLVED; teksty dla użytkownika jak dla 12007.
wsahost-not-found = Taki host nie jest znany (WSAHOST_NOT_FOUND): serwer nazw nie ma adresu dla tej nazwy.
    .title = Nie znaleziono serwera
    .summary = Nie można było znaleźć serwera w sieci.
    .summary-host = Nie można było znaleźć w sieci serwera o nazwie { $host }.
# 11002
wsatry-again = Serwer nazw nie udzielił autorytatywnej odpowiedzi, a rozpoznanie nazwy może się udać później (WSATRY_AGAIN); zwykle jest to chwilowa awaria serwera nazw.
    .title = Nie można odnaleźć adresu serwera
    .summary = W tej chwili nie można odnaleźć adresu serwera na podstawie jego nazwy. Zwykle jest to problem przejściowy.
    .summary-host = W tej chwili nie można odnaleźć adresu serwera { $host } na podstawie jego nazwy. Zwykle jest to problem przejściowy.

## Błędy specyficzne dla WinHTTP (winhttp.h)

# 12001 — przestarzały: obecne systemy nigdy go nie zgłaszają, więc błąd popełniła aplikacja.
error-winhttp-out-of-handles = Nie można wygenerować więcej dojść (przestarzałe; już nieużywane).
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny i zgłosiła błąd, którego obecne systemy już nie używają.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host } i zgłosiła błąd, którego obecne systemy już nie używają.
# 12002
error-winhttp-timeout = Upłynął limit czasu żądania. Może to również wynikać z działania limitów czasu protokołu TCP/IP, niezależnie od wartości limitów czasu ustawionych w WinHTTP.
    .title = Upłynął limit czasu połączenia
    .summary = Serwer zbyt długo nie odpowiadał.
    .summary-host = Serwer { $host } zbyt długo nie odpowiadał.
# 12004
error-winhttp-internal-error = W WinHTTP wystąpił błąd wewnętrzny.
    .title = Nieoczekiwany błąd wewnętrzny
    .summary = Nieoczekiwany problem wewnętrzny przerwał żądanie.
    .summary-host = Nieoczekiwany problem wewnętrzny przerwał żądanie wysłane do serwera { $host }.
# 12005
error-winhttp-invalid-url = Adres URL jest nieprawidłowy.
    .title = Nieprawidłowy adres internetowy
    .summary = Adres internetowy jest nieprawidłowy, więc nie można było wysłać żądania.
    .summary-host = Adres internetowy użyty do połączenia z serwerem { $host } jest nieprawidłowy, więc nie można było wysłać żądania.
# 12006
error-winhttp-unrecognized-scheme = Adres URL określa schemat inny niż http: lub https:.
    .title = Nieobsługiwany adres internetowy
    .summary = Ten rodzaj adresu nie jest obsługiwany. Można otwierać tylko adresy zaczynające się od http:// lub https://.
    .summary-host = Rodzaj adresu użytego do połączenia z serwerem { $host } nie jest obsługiwany. Można otwierać tylko adresy zaczynające się od http:// lub https://.
# 12007
error-winhttp-name-not-resolved = Nie można rozpoznać nazwy serwera.
    .title = Nie znaleziono serwera
    .summary = Nie można było znaleźć serwera w sieci.
    .summary-host = Nie można było znaleźć w sieci serwera o nazwie { $host }.
# 12009
error-winhttp-invalid-option = W wywołaniu funkcji WinHttpQueryOption lub WinHttpSetOption określono nieprawidłową wartość opcji.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: użyła nieprawidłowego ustawienia połączenia.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host }: użyła nieprawidłowego ustawienia połączenia.
# 12011
error-winhttp-option-not-settable = Nie można ustawić żądanej opcji; można ją tylko odczytać.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała zmienić ustawienie połączenia, które można tylko odczytać.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host }: próbowała zmienić ustawienie połączenia, które można tylko odczytać.
# 12012 — zwykle występuje podczas zamykania aplikacji.
error-winhttp-shutdown = Obsługa funkcji WinHTTP jest zamykana lub zwalniana z pamięci.
    .title = Dostęp do sieci jest wyłączany
    .summary = Żądanie zostało zatrzymane, ponieważ dostęp do sieci jest wyłączany, na przykład w związku z zamykaniem tej aplikacji.
    .summary-host = Żądanie wysłane do serwera { $host } zostało zatrzymane, ponieważ dostęp do sieci jest wyłączany, na przykład w związku z zamykaniem tej aplikacji.
# 12015
error-winhttp-login-failure = Próba logowania nie powiodła się. Zamknij dojście żądania za pomocą funkcji WinHttpCloseHandle i utwórz nowe, zanim ponowisz wywołanie funkcji, która zakończyła się niepowodzeniem.
    .title = Logowanie nie powiodło się
    .summary = Serwer nie zaakceptował danych logowania.
    .summary-host = Serwer { $host } nie zaakceptował danych logowania.
# 12017 — „anulowano”: operację przerwano przed jej ukończeniem.
error-winhttp-operation-cancelled = Operacja została anulowana, zwykle dlatego, że dojście, na którym działało żądanie, zostało zamknięte przed ukończeniem operacji.
    .title = Anulowano żądanie
    .summary = Żądanie zostało anulowane przed ukończeniem.
    .summary-host = Żądanie wysłane do serwera { $host } zostało anulowane przed ukończeniem.
# 12018
error-winhttp-incorrect-handle-type = Typ podanego dojścia jest nieprawidłowy dla tej operacji.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny i nie mogła ukończyć żądania.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny i nie mogła ukończyć żądania wysłanego do serwera { $host }.
# 12019
error-winhttp-incorrect-handle-state = Nie można wykonać żądanej operacji, ponieważ podane dojście nie jest w prawidłowym stanie.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: wykonała kroki żądania w niewłaściwej kolejności.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: wykonała kroki żądania do serwera { $host } w niewłaściwej kolejności.
# 12029
error-winhttp-cannot-connect = Nie można nawiązać połączenia z serwerem.
    .title = Nie można nawiązać połączenia
    .summary = Ta aplikacja nie mogła połączyć się z serwerem.
    .summary-host = Ta aplikacja nie mogła połączyć się z serwerem { $host }.
# 12030
error-winhttp-connection-error = Połączenie z serwerem zostało zresetowane lub przerwane albo napotkano niezgodny protokół SSL (na przykład WinHTTP 5.1 nie obsługuje protokołu SSL 2.0, chyba że klient jawnie go włączy).
    .title = Połączenie zostało przerwane
    .summary = Połączenie z serwerem zostało nieoczekiwanie przerwane lub zamknięte.
    .summary-host = Połączenie z serwerem { $host } zostało nieoczekiwanie przerwane lub zamknięte.
# 12032
error-winhttp-resend-request = Funkcja WinHTTP zakończyła się niepowodzeniem, ale można ją ponowić na tym samym dojściu żądania.
    .title = Żądanie nie zostało zrealizowane
    .summary = Nie udało się zrealizować żądania przy tej próbie.
    .summary-host = Nie udało się zrealizować żądania wysłanego do serwera { $host } przy tej próbie.
# 12037
error-winhttp-secure-cert-date-invalid = Wymagany certyfikat jest poza okresem ważności według zegara systemowego lub sygnatury czasowej podpisanego pliku albo okresy ważności w łańcuchu certyfikatów nie są prawidłowo zagnieżdżone (odpowiednik CERT_E_EXPIRED lub CERT_E_VALIDITYPERIODNESTING).
    .title = Certyfikat wygasł lub nie jest jeszcze ważny
    .summary = Według zegara tego komputera certyfikat zabezpieczeń serwera wygasł lub nie jest jeszcze ważny.
    .summary-host = Według zegara tego komputera certyfikat zabezpieczeń serwera { $host } wygasł lub nie jest jeszcze ważny.
# 12038
error-winhttp-secure-cert-cn-invalid = Nazwa pospolita (CN) certyfikatu nie jest zgodna z przekazaną wartością (odpowiednik CERT_E_CN_NO_MATCH).
    .title = Certyfikat wystawiono dla innej witryny
    .summary = Certyfikat zabezpieczeń wystawiono dla witryny o innej nazwie, więc nie można było potwierdzić tożsamości serwera.
    .summary-host = Certyfikat zabezpieczeń przesłany przez serwer { $host } wystawiono dla innej nazwy, więc nie można było potwierdzić tożsamości serwera.
# 12044 — serwer prosi użytkownika (lub komputer) o potwierdzenie tożsamości certyfikatem.
error-winhttp-client-auth-cert-needed = Serwer żąda uwierzytelnienia klienta SSL (zgłasza to funkcja WinHttpReceiveResponse). Pobierz akceptowanych wystawców certyfikatów za pomocą WinHttpQueryOption i WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; jeśli certyfikat jest żądany, ale nie wymagany, wywołaj WinHttpSetOption z WINHTTP_OPTION_CLIENT_CERT_CONTEXT i WINHTTP_NO_CLIENT_CERT_CONTEXT w lpBuffer.
    .title = Serwer wymaga certyfikatu
    .summary = Serwer wymaga certyfikatu identyfikującego użytkownika lub komputer, zanim zezwoli na połączenie.
    .summary-host = Serwer { $host } wymaga certyfikatu identyfikującego użytkownika lub komputer, zanim zezwoli na połączenie.
# 12045
error-winhttp-secure-invalid-ca = Łańcuch certyfikatów został przetworzony, ale kończy się certyfikatem głównym, który nie jest zaufany przez dostawcę zaufania (odpowiednik CERT_E_UNTRUSTEDROOT).
    .title = Niezaufany certyfikat
    .summary = Certyfikat zabezpieczeń serwera został wystawiony przez urząd certyfikacji, któremu ten komputer nie ufa.
    .summary-host = Certyfikat zabezpieczeń serwera { $host } został wystawiony przez urząd certyfikacji, któremu ten komputer nie ufa.
# 12057
error-winhttp-secure-cert-rev-failed = Nie można sprawdzić odwołania certyfikatu, ponieważ serwer odwołań był w trybie offline (odpowiednik CRYPT_E_REVOCATION_OFFLINE).
    .title = Nie można sprawdzić certyfikatu
    .summary = Ten komputer nie mógł sprawdzić, czy certyfikat zabezpieczeń serwera został odwołany, ponieważ serwer publikujący informacje o odwołanych certyfikatach był niedostępny.
    .summary-host = Ten komputer nie mógł sprawdzić, czy certyfikat zabezpieczeń serwera { $host } został odwołany, ponieważ serwer publikujący informacje o odwołanych certyfikatach był niedostępny.
# 12100 — WinHttpRequest, Open i Send to nazwy obiektu i metod COM.
error-winhttp-cannot-call-before-open = Obiekt WinHttpRequest nie może wykonać żądanej operacji przed wywołaniem metody Open.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć żądania przed jego przygotowaniem.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała użyć żądania do serwera { $host } przed jego przygotowaniem.
# 12101
error-winhttp-cannot-call-before-send = Obiekt WinHttpRequest nie może wykonać żądanej operacji przed wywołaniem metody Send.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: poprosiła o odpowiedź przed wysłaniem żądania.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: poprosiła o odpowiedź serwera { $host } przed wysłaniem żądania.
# 12102
error-winhttp-cannot-call-after-send = Obiekt WinHttpRequest nie może wykonać żądanej operacji po wywołaniu metody Send.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała zmienić żądanie, które zostało już wysłane.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała zmienić żądanie do serwera { $host }, które zostało już wysłane.
# 12103
error-winhttp-cannot-call-after-open = Obiekt WinHttpRequest nie może zażądać określonej opcji po wywołaniu metody Open.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała zmienić ustawienie żądania, gdy było już na to za późno.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała zmienić ustawienie żądania do serwera { $host }, gdy było już na to za późno.
# 12150 — „informacja”: nagłówek odpowiedzi.
error-winhttp-header-not-found = Nie można odnaleźć żądanego nagłówka.
    .title = W odpowiedzi brakuje informacji
    .summary = Odpowiedź serwera nie zawierała informacji, której oczekiwała ta aplikacja.
    .summary-host = Odpowiedź serwera { $host } nie zawierała informacji, której oczekiwała ta aplikacja.
# 12152
error-winhttp-invalid-server-response = Nie można przeanalizować odpowiedzi serwera.
    .title = Nieprawidłowa odpowiedź serwera
    .summary = Serwer wysłał odpowiedź, której nie udało się zrozumieć.
    .summary-host = Serwer { $host } wysłał odpowiedź, której nie udało się zrozumieć.
# 12153 — żądanie zbudowała aplikacja; użytkownik go nie wpisywał.
error-winhttp-invalid-header = Podany nagłówek HTTP jest nieprawidłowy, na przykład ma niewłaściwy format.
    .title = Nieprawidłowe żądanie
    .summary = Ta aplikacja próbowała wysłać informacje w nieprawidłowej postaci, więc nie można było wysłać żądania.
    .summary-host = Ta aplikacja próbowała wysłać informacje do serwera { $host } w nieprawidłowej postaci, więc nie można było wysłać żądania.
# 12154 — przestarzały: obecne systemy nigdy go nie zgłaszają, więc błąd popełniła aplikacja.
error-winhttp-invalid-query-request = Żądanie zapytania o nagłówek było nieprawidłowe (przestarzałe; już nieużywane).
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny i zgłosiła błąd, którego obecne systemy już nie używają.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host } i zgłosiła błąd, którego obecne systemy już nie używają.
# 12155 — przestarzały: obecne systemy nigdy go nie zgłaszają, więc błąd popełniła aplikacja.
error-winhttp-header-already-exists = Nie można dodać nagłówka, ponieważ już istnieje (przestarzałe; już nieużywane).
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: próbowała dwukrotnie dodać te same informacje do żądania.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: próbowała dwukrotnie dodać te same informacje do żądania wysyłanego do serwera { $host }.
# 12156
error-winhttp-redirect-failed = Przekierowanie nie powiodło się, ponieważ zmienił się schemat lub wszystkie próby przekierowania zakończyły się niepowodzeniem (domyślnie pięć prób).
    .title = Przekierowanie nie powiodło się
    .summary = Serwer przekierował żądanie pod inny adres, ale nie udało się ukończyć przekierowania.
    .summary-host = Serwer { $host } przekierował żądanie pod inny adres, ale nie udało się ukończyć przekierowania.
# 12157
error-winhttp-secure-channel-error = Wystąpił błąd w bezpiecznym kanale (odpowiednik kodów błędów SEC_E_ i SEC_I_ zdefiniowanych w pliku winerror.h).
    .title = Nie można nawiązać bezpiecznego połączenia
    .summary = Podczas nawiązywania bezpiecznego połączenia z serwerem wystąpił błąd.
    .summary-host = Podczas nawiązywania bezpiecznego połączenia z serwerem { $host } wystąpił błąd.
# 12166 — „skrypt konfiguracji serwera proxy” to plik PAC, czyli automatyczna konfiguracja serwera proxy w systemie Windows.
error-winhttp-bad-auto-proxy-script = Wystąpił błąd podczas wykonywania kodu skryptu w pliku automatycznej konfiguracji serwera proxy (PAC).
    .title = Błąd w skrypcie konfiguracji serwera proxy
    .summary = Skrypt konfiguracji serwera proxy dla tej sieci zawiera błąd.
    .summary-host = Skrypt konfiguracji serwera proxy używany do połączenia z serwerem { $host } zawiera błąd.
# 12167 — „404 Not Found” to stan HTTP, pozostawiony po angielsku.
error-winhttp-unable-to-download-script = Nie można pobrać pliku PAC, na przykład dlatego, że serwer wskazany przez adres URL pliku PAC był nieosiągalny lub zwrócił 404 Not Found.
    .title = Skrypt konfiguracji serwera proxy jest niedostępny
    .summary = Nie można było pobrać skryptu konfiguracji serwera proxy dla tej sieci.
    .summary-host = Nie można było pobrać skryptu konfiguracji serwera proxy potrzebnego do połączenia z serwerem { $host }.
# 12169
error-winhttp-secure-invalid-cert = Certyfikat jest nieprawidłowy (odpowiednik błędów takich jak CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED i CERT_E_CHAINING).
    .title = Nieprawidłowy certyfikat
    .summary = Certyfikat zabezpieczeń serwera jest nieprawidłowy, więc nie można było nawiązać bezpiecznego połączenia.
    .summary-host = Certyfikat zabezpieczeń serwera { $host } jest nieprawidłowy, więc nie można było nawiązać bezpiecznego połączenia.
# 12170
error-winhttp-secure-cert-revoked = Certyfikat został odwołany (odpowiednik CRYPT_E_REVOKED).
    .title = Certyfikat został odwołany
    .summary = Certyfikat zabezpieczeń serwera został odwołany przez urząd certyfikacji, który go wystawił, więc nie można mu już ufać.
    .summary-host = Certyfikat zabezpieczeń serwera { $host } został odwołany przez urząd certyfikacji, który go wystawił, więc nie można mu już ufać.
# 12172 — przestarzały: obecne systemy nigdy go nie zgłaszają, więc błąd popełniła aplikacja.
error-winhttp-not-initialized = Biblioteka WinHTTP nie została zainicjowana (przestarzałe; już nieużywane).
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny i zgłosiła błąd, którego obecne systemy już nie używają.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host } i zgłosiła błąd, którego obecne systemy już nie używają.
# 12175 — przyczyny (cert-flag-* poniżej) mogą być wymienione pod podsumowaniem.
error-winhttp-secure-failure = W certyfikacie SSL (Secure Sockets Layer) wysłanym przez serwer znaleziono co najmniej jeden błąd. Aby ustalić, jakie to błędy, sprawdź, czy funkcja wywołania zwrotnego stanu otrzymała powiadomienie WINHTTP_CALLBACK_STATUS_SECURE_FAILURE (zobacz WINHTTP_STATUS_CALLBACK).
    .title = Błąd bezpiecznego połączenia
    .summary = W certyfikacie zabezpieczeń serwera wykryto co najmniej jeden problem, więc nie można było nawiązać bezpiecznego połączenia.
    .summary-host = W certyfikacie zabezpieczeń przesłanym przez serwer { $host } wykryto co najmniej jeden problem, więc nie można było nawiązać bezpiecznego połączenia.
# 12176
error-winhttp-unhandled-script-type = Typ skryptu nie jest obsługiwany.
    .title = Nieobsługiwany skrypt konfiguracji serwera proxy
    .summary = Rodzaj skryptu konfiguracji serwera proxy dla tej sieci nie jest obsługiwany.
    .summary-host = Rodzaj skryptu konfiguracji serwera proxy używanego do połączenia z serwerem { $host } nie jest obsługiwany.
# 12177 — w praktyce skrypt konfiguracji serwera proxy.
error-winhttp-script-execution-error = Wystąpił błąd podczas wykonywania skryptu.
    .title = Błąd działania skryptu konfiguracji serwera proxy
    .summary = Podczas wykonywania skryptu konfiguracji serwera proxy dla tej sieci wystąpił błąd.
    .summary-host = Podczas wykonywania skryptu konfiguracji serwera proxy używanego do połączenia z serwerem { $host } wystąpił błąd.
# 12178
error-winhttp-auto-proxy-service-error = Funkcja WinHttpGetProxyForUrl nie może znaleźć serwera proxy dla określonego adresu URL.
    .title = Nie znaleziono serwera proxy
    .summary = Nie można było ustalić, którego serwera proxy użyć dla tego adresu.
    .summary-host = Nie można było ustalić, którego serwera proxy użyć do połączenia z serwerem { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Certyfikat jest nieprawidłowy dla żądanego zastosowania (odpowiednik CERT_E_WRONG_USAGE).
    .title = Certyfikat nie jest przeznaczony do tego celu
    .summary = Certyfikat zabezpieczeń serwera nie jest przeznaczony do tego rodzaju połączeń.
    .summary-host = Certyfikat zabezpieczeń serwera { $host } nie jest przeznaczony do tego rodzaju połączeń.
# 12180
error-winhttp-autodetection-failed = Funkcja WinHttpDetectAutoProxyConfigUrl nie może odnaleźć adresu URL pliku automatycznej konfiguracji serwera proxy (PAC).
    .title = Nie wykryto ustawień serwera proxy
    .summary = Nie można było automatycznie wykryć ustawień serwera proxy dla tej sieci.
    .summary-host = Nie można było automatycznie wykryć ustawień serwera proxy potrzebnych do połączenia z serwerem { $host }.
# 12181
error-winhttp-header-count-exceeded = Funkcja WinHttpReceiveResponse otrzymała odpowiedź zawierającą więcej nagłówków, niż WinHTTP może przyjąć.
    .title = Odrzucono odpowiedź serwera
    .summary = Serwer wysłał odpowiedź ze zbyt wieloma nagłówkami, więc nie można było jej przyjąć.
    .summary-host = Serwer { $host } wysłał odpowiedź ze zbyt wieloma nagłówkami, więc nie można było jej przyjąć.
# 12182
error-winhttp-header-size-overflow = Funkcja WinHttpReceiveResponse otrzymała nagłówki, których łączny rozmiar przekracza limit ustawiony dla dojścia żądania.
    .title = Odpowiedź serwera jest za duża
    .summary = Serwer wysłał odpowiedź ze zbyt dużymi nagłówkami, więc nie można było jej przyjąć.
    .summary-host = Serwer { $host } wysłał odpowiedź ze zbyt dużymi nagłówkami, więc nie można było jej przyjąć.
# 12183 — chunked transfer encoding = „kodowanie transferu we fragmentach (chunked)”.
error-winhttp-chunked-encoding-header-size-overflow = Funkcja WinHttpReceiveResponse napotkała przepełnienie podczas analizowania kodowania transferu we fragmentach (chunked) w odpowiedzi: nagłówek fragmentu przekroczył dozwolony rozmiar.
    .title = Nie można odczytać odpowiedzi serwera
    .summary = Część odpowiedzi serwera była większa, niż jest to dozwolone, więc nie można było odczytać odpowiedzi.
    .summary-host = Część odpowiedzi serwera { $host } była większa, niż jest to dozwolone, więc nie można było odczytać odpowiedzi.
# 12184
error-winhttp-response-drain-overflow = Odpowiedź przychodząca przekroczyła wewnętrzny limit rozmiaru WinHTTP.
    .title = Odpowiedź serwera przekroczyła limit rozmiaru
    .summary = Odpowiedź serwera była większa, niż pozwala ten komputer, więc nie można było jej odebrać.
    .summary-host = Odpowiedź serwera { $host } była większa, niż pozwala ten komputer, więc nie można było jej odebrać.
# 12185 — certyfikat należy do użytkownika (certyfikat klienta), a nie do serwera.
error-winhttp-client-cert-no-private-key = Z kontekstem certyfikatu klienta SSL nie jest skojarzony żaden klucz prywatny; certyfikat mógł zostać zaimportowany na komputer bez klucza prywatnego.
    .title = Nie można użyć certyfikatu użytkownika
    .summary = Certyfikat identyfikujący użytkownika nie ma klucza prywatnego, więc nie można go użyć. Klucz mógł zostać pominięty podczas instalowania certyfikatu.
    .summary-host = Certyfikat identyfikujący użytkownika wobec serwera { $host } nie ma klucza prywatnego, więc nie można go użyć. Klucz mógł zostać pominięty podczas instalowania certyfikatu.
# 12186 — certyfikat należy do użytkownika (certyfikat klienta), a nie do serwera.
error-winhttp-client-cert-no-access-private-key = Aplikacja nie ma uprawnień wymaganych do uzyskania dostępu do klucza prywatnego skojarzonego z certyfikatem klienta.
    .title = Odmowa dostępu do certyfikatu użytkownika
    .summary = Ta aplikacja nie ma uprawnień do używania klucza prywatnego certyfikatu identyfikującego użytkownika.
    .summary-host = Ta aplikacja nie ma uprawnień do używania klucza prywatnego certyfikatu identyfikującego użytkownika wobec serwera { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Serwer proxy wymaga uwierzytelniania certyfikatem klienta SSL/TLS; dla połączenia z serwerem proxy należy podać certyfikat klienta.
    .title = Serwer proxy wymaga certyfikatu
    .summary = Serwer proxy wymaga certyfikatu identyfikującego użytkownika lub komputer, zanim zezwoli na połączenie.
    .summary-host = Serwer proxy wymaga certyfikatu identyfikującego użytkownika lub komputer, zanim zezwoli na połączenie z serwerem { $host }.
# 12188
error-winhttp-secure-failure-proxy = W bezpiecznym połączeniu z serwerem proxy wystąpił błąd SSL/TLS, na przykład problem z certyfikatem przesłanym przez ten serwer.
    .title = Błąd bezpiecznego połączenia z serwerem proxy
    .summary = Nie można było nawiązać bezpiecznego połączenia z serwerem proxy, na przykład z powodu problemu z jego certyfikatem.
    .summary-host = Nie można było nawiązać bezpiecznego połączenia z serwerem proxy używanym do łączenia z serwerem { $host }, na przykład z powodu problemu z certyfikatem serwera proxy.
# 12189 — zarezerwowany: nigdy nie jest zgłaszany, więc błąd popełniła aplikacja.
error-winhttp-reserved-189 = Kod zarezerwowany; nieużywany.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny i zgłosiła błąd, który jest zarezerwowany i nigdy nie jest używany.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny podczas łączenia z serwerem { $host } i zgłosiła błąd, który jest zarezerwowany i nigdy nie jest używany.
# 12190 — „protokół komunikacji” to HTTP (wersje HTTP/1.1, HTTP/2 i HTTP/3); nie „protokół internetowy”, który oznacza IP.
error-winhttp-http-protocol-mismatch = Wersja protokołu HTTP używana przez serwer nie jest zgodna z żądaną lub wymaganą, na przykład wymagano protokołu HTTP/2 lub HTTP/3, ale nie udało się go wynegocjować.
    .title = Niezgodna wersja protokołu komunikacji
    .summary = Serwer i ta aplikacja nie mogły uzgodnić, której wersji protokołu komunikacji użyć.
    .summary-host = Serwer { $host } i ta aplikacja nie mogły uzgodnić, której wersji protokołu komunikacji użyć.
# 12191
error-winhttp-global-callback-failed = Globalna funkcja wywołania zwrotnego zarejestrowana w WinHTTP zakończyła się niepowodzeniem.
    .title = Wewnętrzny błąd aplikacji
    .summary = Ta aplikacja napotkała problem wewnętrzny: jeden z jej składników uległ awarii podczas przetwarzania żądania.
    .summary-host = Ta aplikacja napotkała problem wewnętrzny: jeden z jej składników uległ awarii podczas przetwarzania żądania do serwera { $host }.
# 12192
error-winhttp-feature-disabled = Żądana funkcja WinHTTP jest wyłączona i nie można jej użyć.
    .title = Funkcja jest wyłączona
    .summary = Funkcja potrzebna do wykonania tego żądania jest wyłączona na tym komputerze.
    .summary-host = Funkcja potrzebna do wykonania żądania do serwera { $host } jest wyłączona na tym komputerze.
# 12193
error-winhttp-fast-forwarding-not-supported = Szybkie przekazywanie (fast forwarding) nie jest obsługiwane dla tego żądania lub połączenia.
    .title = Funkcja nie jest obsługiwana
    .summary = Ta aplikacja zażądała funkcji, której to połączenie nie obsługuje.
    .summary-host = Ta aplikacja zażądała funkcji, której nie obsługuje połączenie z serwerem { $host }.

## Wskazówki: co użytkownik może zrobić; wyświetlane jako lista pod podsumowaniem.
## Każda to jedno pełne zdanie w trybie rozkazującym, zakończone kropką, najwyżej 100 znaków.
## Katalog (src/catalog.rs) ustala, które wskazówki pokazuje dany kod i w jakiej kolejności.
hint-check-connection = Sprawdź połączenie sieciowe.
hint-try-again-later = Zaczekaj chwilę, a następnie spróbuj ponownie.
hint-check-address = Sprawdź, czy adres został wpisany poprawnie.
hint-check-proxy = Sprawdź ustawienia serwera proxy lub skontaktuj się z administratorem sieci.
hint-check-firewall = Upewnij się, że ani zapora, ani program antywirusowy nie blokuje tej aplikacji.
hint-check-date-time = Upewnij się, że data, godzina i strefa czasowa na komputerze są ustawione poprawnie.
hint-update-system = Zainstaluj najnowsze aktualizacje systemu operacyjnego.
hint-contact-site-owner = Jeśli problem będzie się powtarzał, skontaktuj się z właścicielem witryny lub serwera.
hint-contact-support = Skontaktuj się z zespołem pomocy technicznej tej aplikacji.
hint-update-app = Sprawdź, czy jest dostępna nowsza wersja tej aplikacji.
hint-restart-app = Zamknij tę aplikację i otwórz ją ponownie.
hint-restart-computer = Uruchom ponownie komputer.
hint-free-memory = Zamknij inne programy, aby zwolnić pamięć, a następnie spróbuj ponownie.
hint-check-credentials = Sprawdź, czy nazwa użytkownika i hasło są poprawne.
# Wyświetlana, gdy serwer lub serwer proxy żąda certyfikatu użytkownika albo gdy nie można go użyć.
hint-check-client-certificate = Upewnij się, że żądany certyfikat jest poprawnie zainstalowany, lub zwróć się do administratora.

## Problemy z certyfikatem: po jednym wierszu, wyświetlane jako lista, gdy bezpieczne połączenie się nie powiodło.
## Najwyżej 120 znaków; jedno pełne zdanie zakończone kropką.
## „Certyfikat” to certyfikat przesłany przez serwer.
cert-flag-rev-failed = Ten komputer nie mógł sprawdzić, czy certyfikat został odwołany.
cert-flag-invalid-cert = Certyfikat jest nieprawidłowy.
cert-flag-cert-revoked = Certyfikat został odwołany przez urząd certyfikacji, który go wystawił.
cert-flag-invalid-ca = Certyfikat został wystawiony przez urząd certyfikacji, któremu ten komputer nie ufa.
cert-flag-cert-cn-invalid = Certyfikat wystawiono dla witryny o innej nazwie.
cert-flag-cert-date-invalid = Certyfikat wygasł lub nie jest jeszcze ważny.
cert-flag-cert-wrong-usage = Certyfikat nie jest przeznaczony do tego rodzaju połączeń.
cert-flag-security-channel-error = Podczas nawiązywania bezpiecznego połączenia wystąpił błąd.
# $flags (String): pozostałe flagi w zapisie szesnastkowym, np. 0x00000100; może ich być kilka.
cert-flag-unknown = W certyfikacie wykryto co najmniej jeden problem, którego nie udało się zidentyfikować ({ $flags }).

## Kody, których ta biblioteka nie zna.
# $code (String): kod dziesiętny, np. 12345. $hex (String): ten sam kod szesnastkowo, 0x00003039.
# $host (String): nazwa serwera (tylko w .summary-host), np. example.com.
# Te same limity co w częściach poszczególnych kodów: najwyżej 200 znaków każda.
unknown-code =
    .summary = Podczas łączenia wystąpił nieoczekiwany problem (błąd { $code }, { $hex }).
    .summary-host = Podczas łączenia z serwerem { $host } wystąpił nieoczekiwany problem (błąd { $code }, { $hex }).

## Komunikaty złożone

# $description (String): opis kodu; $name (String): jego nazwa symboliczna; $code (String): kod dziesiętny.
report-line = { $description } ({ $name }, { $code })
# $code (String): kod dziesiętny; $hex (String): ten sam kod szesnastkowo, np. 0x80072EE2.
unknown-error = Nieznany błąd WinHTTP { $code } ({ $hex }).
