### A WinHTTP hibakódjainak leírásai (hu-HU).
### Hibakódonként egy üzenet, számsorrendben. Az üzenet azonosítója a
### szimbolikus állandó neve kisbetűvel, a „_” helyén „-” jellel.
### Minden üzenet értéke a fejlesztőknek szóló technikai leírás: egyetlen
### sor, változók nélkül, mert változatlanul jelenik meg párbeszédpaneleken
### és naplósorokban. A függvények, metódusok, beállítások, makrók és
### állandók neve (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) API-azonosító:
### soha nem fordítjuk le és nem módosítjuk.
###
### Végfelhasználói szövegek. A leíráson kívül minden kódnak három attribútuma
### van, amelyet nem programozó olvasónak írunk:
###   .title         A párbeszédpanel címsora (a Windows feladat-párbeszédpaneljének
###                  fő utasítása): mi a hiba, legfeljebb 60 karakter, csak az
###                  első szó nagybetűs, a végén nincs pont.
###   .summary       A címsor alatti szöveg: egy vagy két egyszerű mondat arról,
###                  mi történt, legfeljebb 200 karakter, ponttal zárul.
###                  Kiszolgálónév nélkül is érthetőnek kell lennie.
###   .summary-host  Ugyanez az összefoglaló a kiszolgáló nevével: a { $host }
###                  pontosan egyszer szerepel, legfeljebb 200 karakter, ha a
###                  $host értéke „example.com”.
### A $host a kiszolgáló neve úgy, ahogy az alkalmazás ismeri, például
### „example.com”, „intranet.corp.local” vagy egy IP-cím, például 192.0.2.10.
### Soha nem üres: ha nincs név, a .summary jelenik meg helyette.
### A névhez soha nem illesztünk ragot, jelet, kötőjeles toldalékot vagy
### névelőt (nem „{ $host }-hoz”, nem „a(z) { $host }”), mert a helyes alak a
### név kiejtésétől függ. A ragot egy értelmező főnév kapja: „a kiszolgáló
### ({ $host })”, „{ $host } nevű kiszolgáló” (határozatlan szerkezetben),
### vagy a mondat végén „… a következő kiszolgálóhoz: { $host }”.
### A tippek (hint-*, legfeljebb 100 karakter) listaként jelennek meg az
### összefoglaló alatt; hogy melyik kód melyik tippet kapja, azt a katalógus
### (src/catalog.rs) dönti el, minden nyelven ugyanúgy, ezért az összefoglaló
### azt mondja el, mi történt, és nem ismétli a tippeket. A tanúsítványsorok
### (cert-flag-*) legfeljebb 120 karakteresek, az ismeretlen kód szövegei
### (unknown-code) legfeljebb 200 karakteresek.
### Ezekben a részekben nem szerepelhet API-azonosító: sem állandó, függvény,
### metódus vagy beállítás neve, sem „_”, „WinHTTP”/„WinHttp”, „handle”,
### „callback”, „PAC”, sem „{” a dokumentált változókon kívül. Erre való a
### leírás. A hétköznapi szavak a jobbak („biztonságos kapcsolat” a TLS/SSL
### helyett, „proxybeállítási parancsfájl” a PAC-fájl helyett, ahogy a Windows
### proxybeállításai mondják).
### Ha maga az alkalmazás használta rosszul a könyvtárat (elavult, fenntartott
### és „használati” kódok), a szöveg egyszerűen kimondja, hogy az alkalmazás
### belső hibába ütközött; soha nem hibáztatja a felhasználót. Biztonsági
### hibáknál soha nem javasolja a megkerülést, a figyelmen kívül hagyást vagy
### a folytatást.
### Megszólítás: a Windows magyar nyelvű változatához hasonlóan magázó
### (Ön-forma), felszólító mód harmadik személyben („Ellenőrizze…”, „Indítsa
### újra…”); az „Ön” szót csak akkor írjuk ki, ha szükséges, és nagybetűvel.
###
### SZÓJEGYZÉK (a Microsoft magyar terminológiája, a Windows üzenetei alapján):
###   server          = „kiszolgáló” (nem „szerver”); host = „állomás” a
###                     leírásokban (Windows: „a távoli állomás”), a
###                     felhasználónak mindig „kiszolgáló”.
###   proxy           = „proxykiszolgáló”; összetételekben „proxy-”
###                     („proxybeállítások”).
###   PAC file        = „PAC-fájl” (csak a leírásokban); a felhasználónak
###                     „proxybeállítási parancsfájl” (Windows: „Beállítási
###                     parancsfájl használata”).
###   certificate     = „tanúsítvány”; a kiszolgálóé „biztonsági tanúsítvány”,
###                     a kliensé „az Ön azonosítására szolgáló tanúsítvány”.
###   certification authority = „hitelesítésszolgáltató”; revoked =
###                     „visszavont”; revocation server = „visszavonási
###                     kiszolgáló” (a felhasználónak: „a visszavont
###                     tanúsítványokat közzétevő kiszolgáló”).
###   private key     = „titkos kulcs”.
###   secure connection = „biztonságos kapcsolat”; secure channel =
###                     „biztonságos csatorna” (leírás).
###   firewall        = „tűzfal”; antivirus program = „víruskereső program”.
###   request         = „kérés”; response = „válasz”; header = „fejléc”.
###   redirect        = „átirányítás”.
###   handle          = „leíró” (Windows: „A leíró érvénytelen.”), csak a
###                     leírásokban.
###   callback        = „visszahívás”, „visszahívási függvény”, csak a
###                     leírásokban.
###   socket          = „szoftvercsatorna” (Winsock-leírások); Winsock = „Winsock”.
###   timeout         = „időtúllépés”; „Időtúllépés a kapcsolatban” (cím).
###   connection refused = „a kiszolgáló elutasította a kapcsolatot”;
###                     connection reset/aborted = „Megszakadt a kapcsolat”.
###   connection to X = „a kiszolgálóval ({ $host }) létesített kapcsolat”
###                     (nem „a kapcsolat a kiszolgálóval” a mondat közepén).
###   name server     = „névkiszolgáló”; name resolution = „névfeloldás”.
###   sign-in         = „bejelentkezés”; user name = „felhasználónév”.
###   web address     = „webcím”; website = „webhely”.
###   feature         = „szolgáltatás”; application = „alkalmazás”;
###                     network administrator = „hálózati rendszergazda”.
###   internal application error = „Belső alkalmazáshiba”.
### Tipográfia: idézőjel „…”, belső idézőjel »…«; gondolatjel szóközökkel
### (–); ezres tagolás nincs a kódokban; a mondatvégi írásjelek előtt nincs
### szóköz. Aposztróf a magyarban ritka; ha kell, a tipográfiai ’, soha nem
### egyenes idézőjel.

## Általános Windows-hibák (winerror.h), amelyeket a WinHTTP is visszaad

# 2 — a WinHttpGetIEProxyConfigForCurrentUser és más beállításolvasó függvények
# akkor adják, ha a keresett tárolt beállítás vagy fájl nem létezik.
error-file-not-found = A rendszer nem találja a megadott fájlt: a függvény által keresett beállítás, fájl vagy beállításjegyzék-érték nem létezik.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: nem található egy szükséges beállítás vagy fájl.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor: nem található egy szükséges beállítás vagy fájl.
# 6
error-invalid-handle = Az API-nak átadott leíró érvénytelenné vált, vagy már be van zárva.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: egy már lezárt kapcsolatot próbált használni.
    .summary-host = Az alkalmazás belső hibába ütközött: a kiszolgálóval ({ $host }) létesített, már lezárt kapcsolatot próbálta használni.
# 8
error-not-enough-memory = Nincs elég memória a kért művelet végrehajtásához.
    .title = Nincs elég memória
    .summary = A számítógép memóriája elfogyott, mielőtt a kérés teljesülhetett volna.
    .summary-host = A számítógép memóriája elfogyott, mielőtt a kiszolgálónak ({ $host }) küldött kérés teljesülhetett volna.
# 18
error-no-more-files = Nincs több fájl.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött egy kérés eredményeinek beolvasása közben.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálónak ({ $host }) küldött kérés eredményeinek beolvasása közben.
# 50 — a Windows hálózatkezelése (Winsock) nem indítható el.
error-not-supported = A szükséges protokollverem nincs betöltve, és az alkalmazás nem tudja elindítani a Winsockot.
    .title = A hálózati szolgáltatások nem érhetők el
    .summary = Az alkalmazáshoz szükséges hálózati összetevőket nem sikerült elindítani ezen a számítógépen.
    .summary-host = A kiszolgálóhoz ({ $host }) való csatlakozáshoz szükséges hálózati összetevőket nem sikerült elindítani ezen a számítógépen.
# 87 — például ha a WinHttpCrackUrl olyan URL_COMPONENTS struktúrát kap, amelynek dwStructSize mezője hibás.
error-invalid-parameter = A paraméter helytelen: a függvénynek átadott argumentumok egyike érvénytelen (például NULL mutató, hibás struktúraméret vagy egymásnak ellentmondó jelzők).
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: érvénytelen adatokat adott át a hálózati összetevőnek.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor: érvénytelen adatokat adott át a hálózati összetevőnek.
# 122
error-insufficient-buffer = A függvénynek átadott puffer túl kicsi a visszaadott adatokhoz. A részleteket az adott függvény dokumentációja tartalmazza.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: nem foglalt elég helyet a kapott adatoknak.
    .summary-host = Az alkalmazás belső hibába ütközött: nem foglalt elég helyet a kiszolgálótól ({ $host }) kapott adatoknak.
# 259
error-no-more-items = Nincs több elem.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött egy eredménylista beolvasása közben.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálótól ({ $host }) kapott eredménylista beolvasása közben.

# 997 — a WinHttpGetProxyForUrlEx és a WebSocket-függvények adják vissza, ha a
# munka aszinkron módon folytatódik; csak akkor hiba, ha annak kezelik.
error-io-pending = Átlapolt I/O-művelet van folyamatban: a függvény aszinkron módon folytatódik, és az eredményt az állapotvisszahíváson keresztül jelenti.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: egy még folyamatban lévő kérést hibaként kezelt.
    .summary-host = Az alkalmazás belső hibába ütközött: a kiszolgálónak ({ $host }) küldött, még folyamatban lévő kérést hibaként kezelte.
# 1168
error-not-found = Az elem nem található: a függvénytől kért elem (például egy proxyeredmény, egy bejegyzés vagy egy tárolt beállítás) nem létezik.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: olyan elemet kért, amely nem létezik.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor: olyan elemet kért, amely nem létezik.
# 4317 — például WebSocket-küldés a lezárási kézfogás megkezdése után.
error-invalid-operation = A művelet nem érvényes az objektum jelenlegi állapotában, például küldés egy éppen lezáruló WebSocketen, vagy fogadás, miközben egy másik fogadás még függőben van.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: olyan módon próbált használni egy kapcsolatot, amelyet annak jelenlegi állapota nem enged meg.
    .summary-host = Az alkalmazás belső hibába ütközött: a kiszolgálóval ({ $host }) létesített kapcsolatot olyan módon próbálta használni, amelyet annak jelenlegi állapota nem enged meg.

## Winsock-hibák (winsock2.h), amelyeket egy WinHTTP-megvalósítás továbbad
## (a Wine winhttp.dll-je igen; a Windowsé a legtöbbet 12xxx kódra képezi le).
## A felhasználónak ugyanazt jelentik, mint WinHTTP-megfelelőjük; a leírás
## megnevezi a kódot.

# 10050
wsaenetdown = A hálózati alrendszer meghibásodott (WSAENETDOWN): a számítógép hálózati verme vagy hálózati adaptere nem működik.
    .title = A hálózat nem működik
    .summary = A számítógépen nem működik a hálózat, ezért a kiszolgáló nem érhető el.
    .summary-host = A számítógépen nem működik a hálózat, ezért a kiszolgáló ({ $host }) nem érhető el.
# 10051
wsaenetunreach = A hálózat nem érhető el (WSAENETUNREACH): a számítógépnek nincs útvonala a kiszolgáló hálózatához.
    .title = A hálózat nem érhető el
    .summary = A számítógép nem talál utat a kiszolgáló hálózatához, ezért a kiszolgáló nem érhető el.
    .summary-host = A számítógép nem talál utat a kiszolgáló ({ $host }) hálózatához, ezért a kiszolgáló nem érhető el.
# 10052
wsaenetreset = A kapcsolat megszakadt, mert a kapcsolatfenntartási ellenőrzés hibát észlelt a művelet közben (WSAENETRESET).
    .title = Megszakadt a kapcsolat
    .summary = A kapcsolat a kiszolgálóval megszakadt, mert a hálózat nem válaszolt tovább.
    .summary-host = A kapcsolat a kiszolgálóval ({ $host }) megszakadt, mert a hálózat nem válaszolt tovább.
# 10053 — „a szoftver okozta kapcsolatmegszakítás”: gyakran tűzfal vagy biztonsági program.
wsaeconnaborted = A számítógépen futó szoftver megszakított egy létrejött kapcsolatot (WSAECONNABORTED), például adatátviteli időtúllépés után vagy tűzfal miatt.
    .title = Megszakadt a kapcsolat
    .summary = A kiszolgálóval létesített kapcsolatot ez a számítógép bontotta, esetleg egy tűzfal vagy biztonsági program miatt.
    .summary-host = A kiszolgálóval ({ $host }) létesített kapcsolatot ez a számítógép bontotta, esetleg egy tűzfal vagy biztonsági program miatt.
# 10054 — a Windows helyette ERROR_WINHTTP_CONNECTION_ERROR kódot ad.
wsaeconnreset = A távoli állomás kényszerítetten bezárt egy létező kapcsolatot (WSAECONNRESET).
    .title = Megszakadt a kapcsolat
    .summary = A kiszolgáló váratlanul bontotta a kapcsolatot.
    .summary-host = A kiszolgáló ({ $host }) váratlanul bontotta a kapcsolatot.
# 10060 — a Windows helyette ERROR_WINHTTP_TIMEOUT kódot ad.
wsaetimedout = A csatlakozási kísérlet vagy az átvitel túllépte az időkorlátot, mert a másik fél nem válaszolt időben (WSAETIMEDOUT).
    .title = Időtúllépés a kapcsolatban
    .summary = A kiszolgáló túl sokáig nem válaszolt.
    .summary-host = A kiszolgáló ({ $host }) túl sokáig nem válaszolt.
# 10061 — a Windows helyette ERROR_WINHTTP_CANNOT_CONNECT kódot ad.
wsaeconnrefused = Nem hozható létre kapcsolat, mert a célszámítógép határozottan visszautasította (WSAECONNREFUSED): azon a porton semmi sem figyel.
    .title = A kiszolgáló elutasította a kapcsolatot
    .summary = A kiszolgáló elutasította a kapcsolatot. Lehet, hogy nem működik, vagy nem fogad kapcsolatokat.
    .summary-host = A kiszolgáló ({ $host }) elutasította a kapcsolatot. Lehet, hogy nem működik, vagy nem fogad kapcsolatokat.
# 10064
wsaehostdown = Egy szoftvercsatorna-művelet meghiúsult, mert a célállomás nem működik (WSAEHOSTDOWN).
    .title = A kiszolgáló nem válaszol
    .summary = Úgy tűnik, hogy a kiszolgáló ki van kapcsolva, vagy nincs csatlakoztatva a hálózathoz.
    .summary-host = Úgy tűnik, hogy a kiszolgáló ({ $host }) ki van kapcsolva, vagy nincs csatlakoztatva a hálózathoz.
# 10065
wsaehostunreach = Szoftvercsatorna-műveletet kíséreltek meg egy elérhetetlen állomás felé (WSAEHOSTUNREACH): nem található útvonal a kiszolgálóhoz.
    .title = A kiszolgáló nem érhető el
    .summary = Erről a számítógépről nem található út a kiszolgálóhoz.
    .summary-host = Erről a számítógépről nem található út a következő kiszolgálóhoz: { $host }.
# 11001 — a Windows helyette ERROR_WINHTTP_NAME_NOT_RESOLVED kódot ad.
wsahost-not-found = Nincs ilyen ismert állomás (WSAHOST_NOT_FOUND): a névkiszolgálónak nincs címe ehhez a névhez.
    .title = A kiszolgáló nem található
    .summary = A kiszolgáló nem található a hálózaton.
    .summary-host = Nem található { $host } nevű kiszolgáló a hálózaton.
# 11002
wsatry-again = A névkiszolgáló nem adott mérvadó választ, a névkeresés később sikerülhet (WSATRY_AGAIN): általában a névkiszolgáló átmeneti hibája.
    .title = Nem sikerült feloldani a kiszolgáló nevét
    .summary = A kiszolgáló nevét most nem sikerült feloldani. Ez általában átmeneti probléma.
    .summary-host = A következő nevet most nem sikerült feloldani: { $host }. Ez általában átmeneti probléma.

## A WinHTTP saját hibái (winhttp.h)

# 12001 — elavult: a mai rendszerek soha nem adják, tehát az alkalmazás hibázott.
error-winhttp-out-of-handles = Nem hozható létre több leíró (elavult; már nem használatos).
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
# 12002
error-winhttp-timeout = Időtúllépés történt a kérésben. Ezt a TCP/IP időtúllépési viselkedése is okozhatja, a WinHTTP-ben beállított időkorlátoktól függetlenül.
    .title = Időtúllépés a kapcsolatban
    .summary = A kiszolgáló túl sokáig nem válaszolt.
    .summary-host = A kiszolgáló ({ $host }) túl sokáig nem válaszolt.
# 12004
error-winhttp-internal-error = Belső hiba történt a WinHTTP-ben.
    .title = Váratlan belső hiba
    .summary = Egy váratlan belső hiba leállította a kérést.
    .summary-host = Egy váratlan belső hiba leállította a kiszolgálónak ({ $host }) küldött kérést.
# 12005
error-winhttp-invalid-url = Az URL érvénytelen.
    .title = Érvénytelen webcím
    .summary = A webcím érvénytelen, ezért a kérést nem lehetett elküldeni.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez használt webcím érvénytelen, ezért a kérést nem lehetett elküldeni.
# 12006
error-winhttp-unrecognized-scheme = Az URL a http: és a https: sémától eltérő sémát ad meg.
    .title = Nem támogatott webcím
    .summary = Az ilyen típusú cím nem támogatott. Csak a http:// vagy https:// kezdetű címek nyithatók meg.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez használt cím típusa nem támogatott. Csak a http:// vagy https:// kezdetű címek nyithatók meg.
# 12007
error-winhttp-name-not-resolved = Nem sikerült feloldani a kiszolgáló nevét.
    .title = A kiszolgáló nem található
    .summary = A kiszolgáló nem található a hálózaton.
    .summary-host = Nem található { $host } nevű kiszolgáló a hálózaton.
# 12009
error-winhttp-invalid-option = A WinHttpQueryOption vagy a WinHttpSetOption hívása érvénytelen beállításértéket adott meg.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: érvénytelen kapcsolati beállítást használt.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor: érvénytelen kapcsolati beállítást használt.
# 12011
error-winhttp-option-not-settable = A kért beállítás nem módosítható, csak lekérdezhető.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: egy csak olvasható kapcsolati beállítást próbált módosítani.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor: egy csak olvasható kapcsolati beállítást próbált módosítani.
# 12012 — általában az alkalmazás bezárásakor jelentkezik.
error-winhttp-shutdown = A WinHTTP-függvények támogatása leáll, vagy éppen eltávolítják a memóriából.
    .title = A hálózati hozzáférés leáll
    .summary = A kérés megszakadt, mert a hálózati hozzáférés leállítása folyamatban van, például mert az alkalmazás bezárul.
    .summary-host = A kiszolgálónak ({ $host }) küldött kérés megszakadt, mert a hálózati hozzáférés leállítása folyamatban van, például mert az alkalmazás bezárul.
# 12015
error-winhttp-login-failure = A bejelentkezési kísérlet sikertelen. A sikertelen függvény újbóli hívása előtt zárja be a kérés leíróját a WinHttpCloseHandle függvénnyel, és hozzon létre újat.
    .title = Sikertelen bejelentkezés
    .summary = A kiszolgáló nem fogadta el a bejelentkezési adatokat.
    .summary-host = A kiszolgáló ({ $host }) nem fogadta el a bejelentkezési adatokat.
# 12017
error-winhttp-operation-cancelled = A műveletet megszakították, általában azért, mert a kérés által használt leírót a művelet befejeződése előtt bezárták.
    .title = Kérés megszakítva
    .summary = A kérést megszakították, mielőtt befejeződhetett volna.
    .summary-host = A kiszolgálónak ({ $host }) küldött kérést megszakították, mielőtt befejeződhetett volna.
# 12018
error-winhttp-incorrect-handle-type = A megadott leíró típusa nem megfelelő ehhez a művelethez.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött, és nem tudta teljesíteni a kérést.
    .summary-host = Az alkalmazás belső hibába ütközött, és nem tudta teljesíteni a kiszolgálónak ({ $host }) szóló kérést.
# 12019
error-winhttp-incorrect-handle-state = A kért művelet nem hajtható végre, mert a megadott leíró nincs megfelelő állapotban.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: rossz sorrendben hajtotta végre a kérés lépéseit.
    .summary-host = Az alkalmazás belső hibába ütközött: rossz sorrendben hajtotta végre a kiszolgálónak ({ $host }) szóló kérés lépéseit.
# 12029
error-winhttp-cannot-connect = Nem sikerült kapcsolatot létesíteni a kiszolgálóval.
    .title = Nem sikerült csatlakozni
    .summary = Az alkalmazás nem tudott csatlakozni a kiszolgálóhoz.
    .summary-host = Az alkalmazás nem tudott csatlakozni a következő kiszolgálóhoz: { $host }.
# 12030
error-winhttp-connection-error = A kiszolgálóval létesített kapcsolat alaphelyzetbe állt vagy megszakadt, vagy nem kompatibilis SSL-protokoll fordult elő (a WinHTTP 5.1 például nem támogatja az SSL 2.0-t, hacsak az ügyfél kifejezetten nem engedélyezi).
    .title = Megszakadt a kapcsolat
    .summary = A kapcsolat a kiszolgálóval váratlanul megszakadt vagy lezárult.
    .summary-host = A kapcsolat a kiszolgálóval ({ $host }) váratlanul megszakadt vagy lezárult.
# 12032
error-winhttp-resend-request = A WinHTTP-függvény sikertelen volt, de ugyanazzal a kérésleíróval újra megpróbálható.
    .title = A kérés nem teljesült
    .summary = A kérést ezúttal nem sikerült teljesíteni.
    .summary-host = A kiszolgálónak ({ $host }) küldött kérést ezúttal nem sikerült teljesíteni.
# 12037
error-winhttp-secure-cert-date-invalid = Egy szükséges tanúsítvány a rendszeróra vagy az aláírt fájl időbélyege szerint nincs érvényességi időszakán belül, vagy a tanúsítványlánc érvényességi időszakai nem illeszkednek megfelelően egymásba (a CERT_E_EXPIRED vagy a CERT_E_VALIDITYPERIODNESTING megfelelője).
    .title = A tanúsítvány lejárt vagy még nem érvényes
    .summary = A számítógép órája szerint a kiszolgáló biztonsági tanúsítványa lejárt, vagy még nem érvényes.
    .summary-host = A számítógép órája szerint a kiszolgáló ({ $host }) biztonsági tanúsítványa lejárt, vagy még nem érvényes.
# 12038
error-winhttp-secure-cert-cn-invalid = A tanúsítvány köznapi neve (CN) nem egyezik az átadott értékkel (a CERT_E_CN_NO_MATCH megfelelője).
    .title = A tanúsítvány egy másik webhelyhez tartozik
    .summary = A biztonsági tanúsítványt egy másik webhelynévre állították ki, ezért a kiszolgáló azonossága nem igazolható.
    .summary-host = A kiszolgáló ({ $host }) által küldött biztonsági tanúsítványt más névre állították ki, ezért a kiszolgáló azonossága nem igazolható.
# 12044 — a kiszolgáló azt kéri, hogy a felhasználó (vagy a számítógép) tanúsítvánnyal igazolja magát.
error-winhttp-client-auth-cert-needed = A kiszolgáló SSL-ügyfélhitelesítést kér (a WinHttpReceiveResponse jelzi). Az elfogadott tanúsítványkiállítókat a WinHttpQueryOption és a WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST segítségével kérdezheti le; ha a tanúsítványt kérik, de nem kötelező, hívja meg a WinHttpSetOption függvényt a WINHTTP_OPTION_CLIENT_CERT_CONTEXT beállítással és a WINHTTP_NO_CLIENT_CERT_CONTEXT értékkel az lpBuffer paraméterben.
    .title = A kiszolgáló tanúsítványt kér
    .summary = A kiszolgáló csak akkor engedélyezi a kapcsolatot, ha Önt vagy a számítógépét tanúsítvány azonosítja.
    .summary-host = A kiszolgáló ({ $host }) csak akkor engedélyezi a kapcsolatot, ha Önt vagy a számítógépét tanúsítvány azonosítja.
# 12045
error-winhttp-secure-invalid-ca = A tanúsítványlánc feldolgozása megtörtént, de olyan főtanúsítványban végződött, amelyben a megbízhatósági szolgáltató nem bízik meg (a CERT_E_UNTRUSTEDROOT megfelelője).
    .title = Nem megbízható tanúsítvány
    .summary = A kiszolgáló biztonsági tanúsítványát olyan hitelesítésszolgáltató állította ki, amelyben ez a számítógép nem bízik meg.
    .summary-host = A kiszolgáló ({ $host }) biztonsági tanúsítványát olyan hitelesítésszolgáltató állította ki, amelyben ez a számítógép nem bízik meg.
# 12057
error-winhttp-secure-cert-rev-failed = A tanúsítvány visszavonási állapota nem ellenőrizhető, mert a visszavonási kiszolgáló offline állapotban volt (a CRYPT_E_REVOCATION_OFFLINE megfelelője).
    .title = A tanúsítványt nem sikerült ellenőrizni
    .summary = A számítógép nem tudta ellenőrizni, hogy visszavonták-e a kiszolgáló biztonsági tanúsítványát, mert a visszavont tanúsítványokat közzétevő kiszolgáló nem érhető el.
    .summary-host = A számítógép nem tudta ellenőrizni, hogy visszavonták-e a kiszolgáló ({ $host }) tanúsítványát, mert a visszavont tanúsítványokat közzétevő kiszolgáló nem érhető el.
# 12100
error-winhttp-cannot-call-before-open = A WinHttpRequest objektum az Open metódus meghívása előtt nem tudja végrehajtani a kért műveletet.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: egy kérést az előkészítése előtt próbált használni.
    .summary-host = Az alkalmazás belső hibába ütközött: a kiszolgálónak ({ $host }) szóló kérést az előkészítése előtt próbálta használni.
# 12101
error-winhttp-cannot-call-before-send = A WinHttpRequest objektum a Send metódus meghívása előtt nem tudja végrehajtani a kért műveletet.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: a kérés elküldése előtt kérte le a választ.
    .summary-host = Az alkalmazás belső hibába ütközött: a kérés elküldése előtt kérte le a kiszolgáló ({ $host }) válaszát.
# 12102
error-winhttp-cannot-call-after-send = A WinHttpRequest objektum a Send metódus meghívása után nem tudja végrehajtani a kért műveletet.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: egy már elküldött kérést próbált módosítani.
    .summary-host = Az alkalmazás belső hibába ütközött: a kiszolgálónak ({ $host }) már elküldött kérést próbálta módosítani.
# 12103
error-winhttp-cannot-call-after-open = A WinHttpRequest objektum az Open metódus meghívása után nem kérheti le a megadott beállítást.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: akkor próbálta módosítani egy kérés beállítását, amikor arra már nem volt mód.
    .summary-host = Az alkalmazás belső hibába ütközött: akkor próbálta módosítani a kiszolgálónak ({ $host }) szóló kérés beállítását, amikor arra már nem volt mód.
# 12150
error-winhttp-header-not-found = A kért fejléc nem található.
    .title = Hiányzó adat a válaszban
    .summary = A kiszolgáló válaszából hiányzik egy adat, amelyet az alkalmazás várt.
    .summary-host = A kiszolgáló ({ $host }) válaszából hiányzik egy adat, amelyet az alkalmazás várt.
# 12152
error-winhttp-invalid-server-response = A kiszolgáló válasza nem értelmezhető.
    .title = Érvénytelen válasz a kiszolgálótól
    .summary = A kiszolgáló olyan választ küldött, amely nem értelmezhető.
    .summary-host = A kiszolgáló ({ $host }) olyan választ küldött, amely nem értelmezhető.
# 12153 — a kérést az alkalmazás állította össze, nem a felhasználó gépelte be.
error-winhttp-invalid-header = A megadott HTTP-fejléc érvénytelen, például mert hibás a formátuma.
    .title = Érvénytelen kérés
    .summary = Az alkalmazás érvénytelen formátumú adatokat próbált küldeni, ezért a kérést nem lehetett elküldeni.
    .summary-host = Az alkalmazás érvénytelen formátumú adatokat próbált küldeni a kiszolgálónak ({ $host }), ezért a kérést nem lehetett elküldeni.
# 12154 — elavult: a mai rendszerek soha nem adják, tehát az alkalmazás hibázott.
error-winhttp-invalid-query-request = Egy fejléclekérdezési kérés érvénytelen volt (elavult; már nem használatos).
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
# 12155 — elavult: a mai rendszerek soha nem adják, tehát az alkalmazás hibázott.
error-winhttp-header-already-exists = A fejlécet nem sikerült hozzáadni, mert már létezik (elavult; már nem használatos).
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: ugyanazt az adatot kétszer próbálta hozzáadni egy kéréshez.
    .summary-host = Az alkalmazás belső hibába ütközött: ugyanazt az adatot kétszer próbálta hozzáadni a kiszolgálónak ({ $host }) szóló kéréshez.
# 12156
error-winhttp-redirect-failed = Az átirányítás sikertelen, mert megváltozott a séma, vagy mert minden átirányítási kísérlet meghiúsult (alapértelmezés szerint öt kísérlet).
    .title = Sikertelen átirányítás
    .summary = A kiszolgáló egy másik címre irányította át a kérést, de az átirányítást nem sikerült végrehajtani.
    .summary-host = A kiszolgáló ({ $host }) egy másik címre irányította át a kérést, de az átirányítást nem sikerült végrehajtani.
# 12157
error-winhttp-secure-channel-error = Hiba történt a biztonságos csatornán (a winerror.h fájlban definiált SEC_E_ és SEC_I_ hibakódok megfelelője).
    .title = Nem sikerült biztonságos kapcsolatot létesíteni
    .summary = Hiba történt a kiszolgálóval való biztonságos kapcsolat létesítésekor.
    .summary-host = Hiba történt a biztonságos kapcsolat létesítésekor a következő kiszolgálóval: { $host }.
# 12166 — a „proxybeállítási parancsfájl” a PAC-fájl, a Windows proxybeállításainak elnevezésével.
error-winhttp-bad-auto-proxy-script = Hiba történt a proxy automatikus konfigurációs (PAC) fájljában lévő parancsfájlkód végrehajtása közben.
    .title = Hiba a proxybeállítási parancsfájlban
    .summary = A hálózat proxybeállítási parancsfájlja hibát tartalmaz.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez használt proxybeállítási parancsfájl hibát tartalmaz.
# 12167
error-winhttp-unable-to-download-script = A PAC-fájlt nem sikerült letölteni, például mert a PAC URL-címe által hivatkozott kiszolgáló nem volt elérhető, vagy 404 Not Found választ adott.
    .title = A proxybeállítási parancsfájl nem érhető el
    .summary = A hálózat proxybeállítási parancsfájlját nem sikerült letölteni.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez szükséges proxybeállítási parancsfájlt nem sikerült letölteni.
# 12169
error-winhttp-secure-invalid-cert = Egy tanúsítvány érvénytelen (az olyan hibák megfelelője, mint a CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED és CERT_E_CHAINING).
    .title = Érvénytelen tanúsítvány
    .summary = A kiszolgáló biztonsági tanúsítványa érvénytelen, ezért nem sikerült biztonságos kapcsolatot létesíteni.
    .summary-host = A kiszolgáló ({ $host }) biztonsági tanúsítványa érvénytelen, ezért nem sikerült biztonságos kapcsolatot létesíteni.
# 12170
error-winhttp-secure-cert-revoked = Egy tanúsítványt visszavontak (a CRYPT_E_REVOKED megfelelője).
    .title = Visszavont tanúsítvány
    .summary = A kiszolgáló biztonsági tanúsítványát a kiállító hitelesítésszolgáltató visszavonta, ezért az már nem megbízható.
    .summary-host = A kiszolgáló ({ $host }) biztonsági tanúsítványát a kiállító hitelesítésszolgáltató visszavonta, ezért az már nem megbízható.
# 12172 — elavult: a mai rendszerek soha nem adják, tehát az alkalmazás hibázott.
error-winhttp-not-initialized = A WinHTTP nincs inicializálva (elavult; már nem használatos).
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor, és olyan hibát jelzett, amelyet a mai rendszerek már nem használnak.
# 12175 — az okok (lásd lent a cert-flag-* sorokat) felsorolhatók az összefoglaló alatt.
error-winhttp-secure-failure = A kiszolgáló által küldött SSL- (Secure Sockets Layer-) tanúsítványban egy vagy több hiba található. Hogy melyek, azt egy állapotvisszahívási függvényben kapott WINHTTP_CALLBACK_STATUS_SECURE_FAILURE értesítés mutatja meg (lásd: WINHTTP_STATUS_CALLBACK).
    .title = Nem sikerült biztonságos kapcsolatot létesíteni
    .summary = A kiszolgáló biztonsági tanúsítványával egy vagy több probléma van, ezért nem sikerült biztonságos kapcsolatot létesíteni.
    .summary-host = A kiszolgáló ({ $host }) által küldött biztonsági tanúsítvánnyal egy vagy több probléma van, ezért nem sikerült biztonságos kapcsolatot létesíteni.
# 12176
error-winhttp-unhandled-script-type = A parancsfájl típusa nem támogatott.
    .title = Nem támogatott proxybeállítási parancsfájl
    .summary = A hálózat proxybeállítási parancsfájljának típusa nem támogatott.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez használt proxybeállítási parancsfájl típusa nem támogatott.
# 12177 — a gyakorlatban a proxybeállítási parancsfájl.
error-winhttp-script-execution-error = Hiba történt egy parancsfájl végrehajtása közben.
    .title = Hiba a proxybeállítási parancsfájl futtatásakor
    .summary = Hiba történt a hálózat proxybeállítási parancsfájljának futtatása közben.
    .summary-host = Hiba történt a kiszolgáló ({ $host }) eléréséhez használt proxybeállítási parancsfájl futtatása közben.
# 12178
error-winhttp-auto-proxy-service-error = A WinHttpGetProxyForUrl nem talált proxyt a megadott URL-címhez.
    .title = A proxykiszolgáló nem található
    .summary = Nem sikerült megállapítani, hogy melyik proxykiszolgálót kell használni ehhez a címhez.
    .summary-host = Nem sikerült megállapítani, hogy melyik proxykiszolgálót kell használni a kiszolgáló ({ $host }) eléréséhez.
# 12179
error-winhttp-secure-cert-wrong-usage = Egy tanúsítvány nem érvényes a kért felhasználásra (a CERT_E_WRONG_USAGE megfelelője).
    .title = A tanúsítvány nem erre a célra szolgál
    .summary = A kiszolgáló biztonsági tanúsítványa nem ilyen típusú kapcsolathoz készült.
    .summary-host = A kiszolgáló ({ $host }) biztonsági tanúsítványa nem ilyen típusú kapcsolathoz készült.
# 12180
error-winhttp-autodetection-failed = A WinHttpDetectAutoProxyConfigUrl nem találta meg a proxy automatikus konfigurációs (PAC) fájljának URL-címét.
    .title = Nem sikerült észlelni a proxybeállításokat
    .summary = A hálózat proxybeállításait nem sikerült automatikusan észlelni.
    .summary-host = A kiszolgáló ({ $host }) eléréséhez szükséges proxybeállításokat nem sikerült automatikusan észlelni.
# 12181
error-winhttp-header-count-exceeded = A WinHttpReceiveResponse olyan választ kapott, amely több fejlécet tartalmaz, mint amennyit a WinHTTP elfogadhat.
    .title = A kiszolgáló válasza elutasítva
    .summary = A kiszolgáló túl sok fejlécet tartalmazó választ küldött, ezért a válasz nem fogadható el.
    .summary-host = A kiszolgáló ({ $host }) túl sok fejlécet tartalmazó választ küldött, ezért a válasz nem fogadható el.
# 12182
error-winhttp-header-size-overflow = A WinHttpReceiveResponse olyan fejléceket kapott, amelyek teljes mérete meghaladja a kérésleírón beállított korlátot.
    .title = Túl nagy a kiszolgáló válasza
    .summary = A kiszolgáló válaszának fejlécei túl nagyok voltak, ezért a válasz nem fogadható el.
    .summary-host = A kiszolgáló ({ $host }) válaszának fejlécei túl nagyok voltak, ezért a válasz nem fogadható el.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = A WinHttpReceiveResponse túlcsordulást észlelt a válasz darabolt átviteli kódolásának elemzésekor: egy adatdarab fejléce meghaladta a megengedett méretet.
    .title = A kiszolgáló válasza nem olvasható
    .summary = A kiszolgáló válaszának egy része a megengedettnél nagyobb volt, ezért a válasz nem olvasható.
    .summary-host = A kiszolgáló ({ $host }) válaszának egy része a megengedettnél nagyobb volt, ezért a válasz nem olvasható.
# 12184
error-winhttp-response-drain-overflow = Egy bejövő válasz túllépte a WinHTTP egyik belső méretkorlátját.
    .title = A kiszolgáló válasza túllépte a méretkorlátot
    .summary = A kiszolgáló válasza nagyobb volt, mint amekkorát ez a számítógép megenged, ezért nem lehetett fogadni.
    .summary-host = A kiszolgáló ({ $host }) válasza nagyobb volt, mint amekkorát ez a számítógép megenged, ezért nem lehetett fogadni.
# 12185 — a tanúsítvány a felhasználó saját (ügyfél-) tanúsítványa, nem a kiszolgálóé.
error-winhttp-client-cert-no-private-key = Az SSL-ügyféltanúsítvány környezetéhez nem tartozik titkos kulcs; lehet, hogy a tanúsítványt a titkos kulcsa nélkül importálták a számítógépre.
    .title = Az Ön tanúsítványa nem használható
    .summary = Az Ön azonosítására szolgáló tanúsítványból hiányzik a titkos kulcs, ezért nem használható. Lehet, hogy a kulcs kimaradt a tanúsítvány telepítésekor.
    .summary-host = Az Ön azonosítására szolgáló tanúsítványból hiányzik a titkos kulcs, ezért nem használható a kiszolgálónál ({ $host }). Lehet, hogy a kulcs kimaradt a telepítéskor.
# 12186 — a tanúsítvány a felhasználó saját (ügyfél-) tanúsítványa, nem a kiszolgálóé.
error-winhttp-client-cert-no-access-private-key = Az alkalmazás nem rendelkezik az ügyféltanúsítványhoz tartozó titkos kulcs eléréséhez szükséges jogosultságokkal.
    .title = Az Ön tanúsítványához való hozzáférés megtagadva
    .summary = Az alkalmazás nem használhatja az Ön azonosítására szolgáló tanúsítvány titkos kulcsát.
    .summary-host = Az alkalmazás nem használhatja annak a tanúsítványnak a titkos kulcsát, amely a kiszolgálónál ({ $host }) az Ön azonosítására szolgál.
# 12187
error-winhttp-client-auth-cert-needed-proxy = A proxykiszolgáló SSL/TLS-ügyféltanúsítványos hitelesítést kér; a proxykapcsolathoz ügyféltanúsítványt kell megadni.
    .title = A proxykiszolgáló tanúsítványt kér
    .summary = A proxykiszolgáló csak akkor engedélyezi a kapcsolatot, ha Önt vagy a számítógépét tanúsítvány azonosítja.
    .summary-host = A proxykiszolgáló csak akkor engedélyez kapcsolatot a kiszolgálóhoz ({ $host }), ha Önt vagy a számítógépét tanúsítvány azonosítja.
# 12188
error-winhttp-secure-failure-proxy = SSL/TLS-hiba történt a proxykiszolgálóval létesített biztonságos kapcsolatban, például probléma volt az általa küldött tanúsítvánnyal.
    .title = Nem sikerült biztonságosan csatlakozni a proxyhoz
    .summary = Nem sikerült biztonságos kapcsolatot létesíteni a proxykiszolgálóval, például a tanúsítványával kapcsolatos probléma miatt.
    .summary-host = Nem sikerült biztonságos kapcsolatot létesíteni a kiszolgáló ({ $host }) eléréséhez használt proxykiszolgálóval, például a tanúsítványával kapcsolatos probléma miatt.
# 12189 — fenntartott: soha nem jelentik, tehát az alkalmazás hibázott.
error-winhttp-reserved-189 = Fenntartott kód; nem használatos.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött, és olyan hibát jelzett, amely fenntartott, és soha nem használatos.
    .summary-host = Az alkalmazás belső hibába ütközött a kiszolgálóhoz ({ $host }) való csatlakozáskor, és olyan hibát jelzett, amely fenntartott, és soha nem használatos.
# 12190 — a „webes protokoll” a HTTP; a verziók: HTTP/1.1, HTTP/2 és HTTP/3.
error-winhttp-http-protocol-mismatch = A kiszolgáló által használt HTTP-protokollverzió nem egyezik a kért vagy megkövetelt verzióval, például HTTP/2 vagy HTTP/3 volt megkövetelve, de nem sikerült egyeztetni.
    .title = Nem kompatibilis webes protokollverzió
    .summary = A kiszolgáló és az alkalmazás nem tudott megegyezni a használandó webes protokoll verziójában.
    .summary-host = A kiszolgáló ({ $host }) és az alkalmazás nem tudott megegyezni a használandó webes protokoll verziójában.
# 12191
error-winhttp-global-callback-failed = Egy, a WinHTTP-ben regisztrált globális visszahívási függvény hibát jelzett.
    .title = Belső alkalmazáshiba
    .summary = Az alkalmazás belső hibába ütközött: az egyik összetevője hibát jelzett a kérés feldolgozása közben.
    .summary-host = Az alkalmazás belső hibába ütközött: az egyik összetevője hibát jelzett a kiszolgálónak ({ $host }) szóló kérés feldolgozása közben.
# 12192
error-winhttp-feature-disabled = A kért WinHTTP-szolgáltatás le van tiltva, és nem használható.
    .title = A szolgáltatás ki van kapcsolva
    .summary = A kéréshez szükséges egyik szolgáltatás ki van kapcsolva ezen a számítógépen.
    .summary-host = A kiszolgálónak ({ $host }) szóló kéréshez szükséges egyik szolgáltatás ki van kapcsolva ezen a számítógépen.
# 12193
error-winhttp-fast-forwarding-not-supported = A gyors továbbítás ennél a kérésnél vagy kapcsolatnál nem támogatott.
    .title = A szolgáltatás nem támogatott
    .summary = Az alkalmazás olyan szolgáltatást kért, amelyet ez a kapcsolat nem támogat.
    .summary-host = Az alkalmazás olyan szolgáltatást kért, amelyet a kiszolgálóval ({ $host }) létesített kapcsolat nem támogat.

## Tippek: amit a felhasználó megpróbálhat; listaként jelennek meg az összefoglaló alatt.
## Mindegyik egyetlen teljes, felszólító mondat, ponttal a végén, legfeljebb 100 karakter.
## Hogy melyik kód mely tippeket és milyen sorrendben mutatja, azt a katalógus (src/catalog.rs) dönti el.
hint-check-connection = Ellenőrizze a hálózati kapcsolatot.
hint-try-again-later = Várjon egy kicsit, majd próbálkozzon újra.
hint-check-address = Ellenőrizze, hogy helyesen írta-e be a címet.
hint-check-proxy = Ellenőrizze a proxybeállításokat, vagy forduljon a hálózati rendszergazdához.
hint-check-firewall = Győződjön meg arról, hogy az alkalmazást nem blokkolja tűzfal vagy víruskereső program.
hint-check-date-time = Győződjön meg arról, hogy a számítógépen helyes a dátum, az idő és az időzóna.
hint-update-system = Telepítse az operációs rendszer legújabb frissítéseit.
hint-contact-site-owner = Ha a probléma továbbra is fennáll, forduljon a webhely vagy a kiszolgáló tulajdonosához.
hint-contact-support = Forduljon az alkalmazás ügyfélszolgálatához.
hint-update-app = Ellenőrizze, hogy elérhető-e az alkalmazás újabb verziója.
hint-restart-app = Zárja be az alkalmazást, majd nyissa meg újra.
hint-restart-computer = Indítsa újra a számítógépet.
hint-free-memory = Zárjon be más programokat, hogy memória szabaduljon fel, majd próbálkozzon újra.
hint-check-credentials = Ellenőrizze, hogy helyes-e a felhasználóneve és a jelszava.
# Akkor jelenik meg, ha a kiszolgáló vagy a proxy a felhasználó saját tanúsítványát kéri, vagy ha az nem használható.
hint-check-client-certificate = Ellenőrizze, hogy a kért tanúsítvány megfelelően van-e telepítve, vagy forduljon a rendszergazdához.

## Tanúsítványproblémák: soronként egy, listaként jelennek meg, ha a biztonságos kapcsolat nem jött létre.
## Legfeljebb 120 karakter; egy teljes mondat, ponttal a végén.
## „A tanúsítvány” a kiszolgáló által küldött tanúsítvány.
cert-flag-rev-failed = A számítógép nem tudta ellenőrizni, hogy visszavonták-e a tanúsítványt.
cert-flag-invalid-cert = A tanúsítvány érvénytelen.
cert-flag-cert-revoked = A tanúsítványt a kiállító hitelesítésszolgáltató visszavonta.
cert-flag-invalid-ca = A tanúsítványt olyan hitelesítésszolgáltató állította ki, amelyben ez a számítógép nem bízik meg.
cert-flag-cert-cn-invalid = A tanúsítványt egy másik webhelynévre állították ki.
cert-flag-cert-date-invalid = A tanúsítvány lejárt, vagy még nem érvényes.
cert-flag-cert-wrong-usage = A tanúsítvány nem ilyen típusú kapcsolathoz készült.
cert-flag-security-channel-error = Hiba történt a biztonságos kapcsolat létesítése közben.
# $flags (String): a fennmaradó jelzők hexadecimálisan, pl. 0x00000100; több is lehet.
cert-flag-unknown = A tanúsítvánnyal egy vagy több olyan probléma van, amelyet nem sikerült azonosítani ({ $flags }).

## A könyvtár által nem ismert kódok.
# $code (String): a decimális kód, pl. 12345. $hex (String): ugyanez hexadecimálisan, 0x00003039.
# $host (String): a kiszolgáló neve (csak a .summary-host részben), pl. example.com.
# Ugyanazok a korlátok, mint a kódonkénti részeknél: legfeljebb 200 karakter.
unknown-code =
    .summary = Váratlan probléma történt a csatlakozás közben (hibakód: { $code }, { $hex }).
    .summary-host = Váratlan probléma történt a következő kiszolgálóhoz való csatlakozás közben: { $host } (hibakód: { $code }, { $hex }).

## Összetett üzenetek

# $description (String) a kód leírása; $name (String) a szimbolikus neve; $code (String) a decimális kód.
report-line = { $description } ({ $name }, { $code })
# $code (String) a decimális kód; $hex (String) ugyanez a kód hexadecimálisan, pl. 0x80072EE2.
unknown-error = Ismeretlen WinHTTP-hiba: { $code } ({ $hex }).
