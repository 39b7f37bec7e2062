### Popisy chybových kódů WinHTTP (cs-CZ).
### Jedna zpráva na chybový kód, seřazeno podle číselného kódu. Identifikátor
### zprávy je název symbolické konstanty malými písmeny, v němž je „_“
### nahrazeno znakem „-“.
### Hodnota každé zprávy je technický popis pro vývojáře: jeden řádek bez
### proměnných, protože se zobrazuje beze změny v dialogových oknech
### a protokolech. Názvy funkcí, metod, možností, maker a konstant
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) jsou identifikátory
### rozhraní API: nikdy se nepřekládají ani nemění.
###
### Texty pro koncové uživatele. Kromě hodnoty (technického popisu) má každá
### zpráva tři atributy psané pro člověka, který není programátor:
###   .title         Nadpis dialogového okna (hlavní pokyn dialogového okna
###                  úlohy ve Windows): co se nepovedlo, nejvýše 60 znaků,
###                  velké písmeno jen na začátku, bez tečky na konci.
###   .summary       Text pod nadpisem: jedna nebo dvě jednoduché věty o tom,
###                  co se stalo, nejvýše 200 znaků, zakončené tečkou. Musí
###                  být srozumitelný sám o sobě, bez názvu serveru.
###   .summary-host  Stejný souhrn s názvem serveru: { $host } přesně jednou,
###                  nejvýše 200 znaků, když je $host „example.com“.
### $host obsahuje název serveru tak, jak ho zná aplikace, např. „example.com“,
### „intranet.corp.local“ nebo IP adresu, třeba 192.0.2.10. Nikdy není
### prázdný: bez názvu se zobrazí .summary. Název se neskloňuje a nepřipojuje
### se k němu žádná koncovka; skloňuje se podstatné jméno před ním:
### „server { $host }“, „k serveru { $host }“, „ze serveru { $host }“,
### „Server s názvem { $host }“.
### Rady (hint-*, nejvýše 100 znaků, jedna věta v rozkazovacím způsobu
### zakončená tečkou) se zobrazují jako seznam pod souhrnem; které rady kód
### dostane, určuje katalog (src/catalog.rs), ve všech jazycích stejně, takže
### souhrn říká, co se stalo, a rady neopakuje. Řádky o certifikátech
### (cert-flag-*) mají nejvýše 120 znaků, texty neznámého kódu nejvýše 200.
### V těchto částech nesmí být žádný identifikátor rozhraní API: žádný název
### konstanty, funkce, metody ani možnosti, žádné „_“, „WinHTTP“/„WinHttp“,
### „handle“, „callback“, „PAC“ ani „{“ kromě zdokumentovaných proměnných. K tomu
### slouží popis. Přednost mají běžná slova („zabezpečené připojení“ místo
### TLS/SSL, „skript pro nastavení proxy serveru“ místo souboru PAC).
### Když knihovnu chybně použila sama aplikace (zastaralé, rezervované
### a „chyby použití“), text jasně říká, že tato aplikace narazila na vnitřní
### problém; nikdy neviní uživatele. U chyb zabezpečení text nikdy nenavrhuje
### ochranu obejít, ignorovat ani přesto pokračovat.
### Oslovení: vykání jako ve Windows; rady v rozkazovacím způsobu 2. osoby
### množného čísla („Zkontrolujte…“, „Restartujte…“). Zájmena „vy“, „váš“
### malými písmeny (styl Microsoftu pro češtinu v uživatelském rozhraní).
###
### GLOSÁŘ (terminologie Microsoftu v české verzi Windows):
###   request          = „požadavek“ (požadavek na server)
###   header           = „hlavička“ (hlavička HTTP)
###   handle           = „popisovač“ (Windows: „Neplatný popisovač.“); jen v popisech
###   callback         = „funkce zpětného volání“; jen v popisech
###   proxy            = „proxy server“ (jako v „Nastavení proxy serveru“)
###   PAC file         = „soubor PAC“ (soubor automatické konfigurace proxy
###                      serveru) v popisech; pro uživatele „skript pro
###                      nastavení proxy serveru“ (Windows: „Použít instalační
###                      skript“ v nastavení proxy serveru)
###   certificate      = „certifikát“; pro uživatele „certifikát zabezpečení“
###                      (certifikát serveru) nebo „certifikát, který vás
###                      identifikuje“ (klientský certifikát)
###   certification authority = „certifikační autorita“; revoked = „odvolaný“
###   private key      = „privátní klíč“
###   secure connection = „zabezpečené připojení“; secure channel =
###                      „zabezpečený kanál“
###   connection       = „připojení“ (připojení se „navazuje“, „přerušuje“,
###                      „ukončuje“, „odmítá“)
###   server           = „server“; remote host = „vzdálený hostitel“ (jen
###                      v popisech, pro uživatele vždy „server“)
###   firewall         = „brána firewall“
###   redirect         = „přesměrování“
###   timeout          = „časový limit“ („Vypršel časový limit…“)
###   sign-in/login    = „přihlášení“, „přihlašovací údaje“
###   Winsock          = „Winsock“ (vlastní jméno); socket = „soket“;
###                      network stack = „síťový zásobník“; name server =
###                      „názvový server“; name resolution = „překlad názvů“;
###                      name lookup pro uživatele = „vyhledat adresu serveru
###                      (podle názvu)“
###   web address/URL  = „webová adresa“ pro uživatele, „adresa URL“ v popisech
###   feature          = „funkce“; application = „aplikace“; website = „web“
###   route            = „trasa“ v popisech, „cesta“ pro uživatele
###   buffer           = „vyrovnávací paměť“; I/O = „vstupně-výstupní“
### Kódy 10060 a 11001 mají pro uživatele stejné texty jako 12002 a 12007;
### 10052, 10053, 10054 mají nadpis kódu 12030.
###
### TYPOGRAFIE:
###   uvozovky „…“ (U+201E, U+201C), vnořené ‚…‘; apostrof se v češtině
###   nepoužívá; výpustka … (U+2026); pomlčka – (U+2013) s mezerami;
###   desetinná čárka; čárka před „a proto“, „než“, „že“, „který“ podle
###   pravidel; v řetězcích se nevkládají nezlomitelné mezery za jednopísmenné
###   předložky (o rozdělení řádků rozhoduje dialogové okno).

## Obecné chyby systému Windows (winerror.h), které vrací také WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Systém nemůže nalézt uvedený soubor: nastavení, soubor nebo hodnota registru, kterou funkce hledala, neexistuje.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: nepodařilo se najít nastavení nebo soubor, který potřebovala.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host }: nepodařilo se najít nastavení nebo soubor, který potřebovala.
# 6
error-invalid-handle = Popisovač předaný rozhraní API byl zneplatněn nebo zavřen.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se použít připojení, které už bylo ukončeno.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se použít připojení k serveru { $host }, které už bylo ukončeno.
# 8
error-not-enough-memory = K dokončení požadované operace není k dispozici dostatek paměti.
    .title = Nedostatek paměti
    .summary = V počítači došla volná paměť dříve, než bylo možné požadavek dokončit.
    .summary-host = V počítači došla volná paměť dříve, než bylo možné dokončit požadavek na server { $host }.
# 18
error-no-more-files = Nebyly nalezeny žádné další soubory.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém při čtení výsledků požadavku.
    .summary-host = Tato aplikace narazila na vnitřní problém při čtení výsledků požadavku na server { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Požadovaný zásobník protokolů není načten a aplikace nemůže spustit rozhraní Winsock.
    .title = Síťové funkce nejsou k dispozici
    .summary = V tomto počítači nebylo možné spustit síťové součásti, které tato aplikace potřebuje.
    .summary-host = V tomto počítači nebylo možné spustit síťové součásti potřebné pro připojení k serveru { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parametr není správný: jeden z argumentů předaných funkci je neplatný (například ukazatel NULL, chybná velikost struktury nebo vzájemně si odporující příznaky).
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: předala síťové součásti neplatné údaje.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host }: předala síťové součásti neplatné údaje.
# 122
error-insufficient-buffer = Vyrovnávací paměť předaná funkci je příliš malá pro vrácená data. Podrobnosti najdete v dokumentaci příslušné funkce.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: nevyhradila dost místa pro přijatá data.
    .summary-host = Tato aplikace narazila na vnitřní problém: nevyhradila dost místa pro data přijatá ze serveru { $host }.
# 259
error-no-more-items = Nebyly nalezeny žádné další položky.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém při čtení seznamu výsledků.
    .summary-host = Tato aplikace narazila na vnitřní problém při čtení seznamu výsledků ze serveru { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Probíhá překrývaná vstupně-výstupní operace: funkce pokračuje asynchronně a výsledek oznámí prostřednictvím funkce zpětného volání pro stav.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: považovala požadavek, který ještě probíhal, za neúspěšný.
    .summary-host = Tato aplikace narazila na vnitřní problém: považovala požadavek na server { $host }, který ještě probíhal, za neúspěšný.
# 1168
error-not-found = Prvek nebyl nalezen: položka, kterou funkce měla vrátit (například výsledek vyhledání proxy serveru, záznam nebo uložené nastavení), neexistuje.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: vyžádala si položku, která neexistuje.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host }: vyžádala si položku, která neexistuje.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Operace není v aktuálním stavu objektu platná, například odesílání přes WebSocket, který se právě zavírá, nebo příjem v době, kdy ještě čeká jiný příjem.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se použít připojení způsobem, který jeho aktuální stav neumožňuje.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se použít připojení k serveru { $host } způsobem, který jeho aktuální stav neumožňuje.

## Chyby rozhraní Winsock (winsock2.h), které implementace WinHTTP předává dál
## (winhttp.dll z Wine to dělá; Windows většinu z nich převádí na kód 12xxx).
## Pro uživatele znamenají totéž co jejich dvojče z WinHTTP; popis uvádí,
## o který kód jde.

# 10050
wsaenetdown = Došlo k selhání síťového subsystému (WSAENETDOWN): síťový zásobník nebo síťový adaptér tohoto počítače nefunguje.
    .title = Síť nefunguje
    .summary = Síť v tomto počítači nefunguje, a proto se nepodařilo spojit se serverem.
    .summary-host = Síť v tomto počítači nefunguje, a proto se nepodařilo spojit se serverem { $host }.
# 10051
wsaenetunreach = Síť je nedosažitelná (WSAENETUNREACH): tento počítač nemá žádnou trasu do sítě serveru.
    .title = Síť je nedostupná
    .summary = Z tohoto počítače nevede žádná cesta do sítě, ve které je server, a proto se s ním nepodařilo spojit.
    .summary-host = Z tohoto počítače nevede žádná cesta do sítě serveru { $host }, a proto se s ním nepodařilo spojit.
# 10052
wsaenetreset = Připojení bylo přerušeno, protože při probíhající operaci kontrola udržování připojení (keep-alive) zjistila chybu (WSAENETRESET).
    .title = Připojení bylo přerušeno
    .summary = Připojení k serveru bylo ukončeno, protože síť přestala odpovídat.
    .summary-host = Připojení k serveru { $host } bylo ukončeno, protože síť přestala odpovídat.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Navázané připojení bylo přerušeno softwarem v tomto počítači (WSAECONNABORTED), například po vypršení časového limitu přenosu dat nebo bránou firewall.
    .title = Připojení bylo přerušeno
    .summary = Připojení k serveru ukončil tento počítač, možná brána firewall nebo bezpečnostní program.
    .summary-host = Připojení k serveru { $host } ukončil tento počítač, možná brána firewall nebo bezpečnostní program.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Vzdálený hostitel vynuceně ukončil existující připojení (WSAECONNRESET).
    .title = Připojení bylo přerušeno
    .summary = Server neočekávaně ukončil připojení.
    .summary-host = Server { $host } neočekávaně ukončil připojení.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Vypršel časový limit pokusu o připojení nebo přenosu, protože druhá strana neodpověděla včas (WSAETIMEDOUT).
    .title = Vypršel časový limit připojení
    .summary = Odpověď serveru trvala příliš dlouho.
    .summary-host = Odpověď serveru { $host } trvala příliš dlouho.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Nelze navázat připojení, protože cílový počítač je aktivně odmítl (WSAECONNREFUSED): na daném portu nic nenaslouchá.
    .title = Připojení bylo odmítnuto
    .summary = Server odmítl připojení. Možná není spuštěný nebo nepřijímá připojení.
    .summary-host = Server { $host } odmítl připojení. Možná není spuštěný nebo nepřijímá připojení.
# 10064
wsaehostdown = Operace soketu se nezdařila, protože cílový hostitel není spuštěný (WSAEHOSTDOWN).
    .title = Server neodpovídá
    .summary = Server je zřejmě vypnutý nebo odpojený od sítě.
    .summary-host = Server { $host } je zřejmě vypnutý nebo odpojený od sítě.
# 10065
wsaehostunreach = Došlo k pokusu o operaci soketu s nedosažitelným hostitelem (WSAEHOSTUNREACH): nebyla nalezena žádná trasa k serveru.
    .title = Server je nedostupný
    .summary = Z tohoto počítače nebyla nalezena žádná cesta k serveru.
    .summary-host = Z tohoto počítače nebyla nalezena žádná cesta k serveru { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Tento hostitel není znám (WSAHOST_NOT_FOUND): názvový server nemá pro tento název žádnou adresu.
    .title = Server nebyl nalezen
    .summary = Server se v síti nepodařilo najít.
    .summary-host = Server s názvem { $host } se v síti nepodařilo najít.
# 11002
wsatry-again = Názvový server nevrátil autoritativní odpověď a vyhledání se může později podařit (WSATRY_AGAIN): obvykle jde o dočasnou chybu názvového serveru.
    .title = Nepodařilo se vyhledat adresu serveru
    .summary = Adresu serveru teď nelze podle jeho názvu vyhledat. Obvykle jde o dočasný problém.
    .summary-host = Adresu serveru { $host } teď nelze podle názvu vyhledat. Obvykle jde o dočasný problém.

## Chyby specifické pro WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Nelze vytvořit další popisovače (zastaralé, již se nepoužívá).
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém a ohlásila chybu, kterou současné systémy již nepoužívají.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host } a ohlásila chybu, kterou současné systémy již nepoužívají.
# 12002
error-winhttp-timeout = Vypršel časový limit požadavku. Příčinou může být i chování časových limitů protokolu TCP/IP bez ohledu na hodnoty časových limitů nastavené ve WinHTTP.
    .title = Vypršel časový limit připojení
    .summary = Odpověď serveru trvala příliš dlouho.
    .summary-host = Odpověď serveru { $host } trvala příliš dlouho.
# 12004
error-winhttp-internal-error = Ve WinHTTP došlo k vnitřní chybě.
    .title = Neočekávaná vnitřní chyba
    .summary = Požadavek byl zastaven kvůli neočekávanému vnitřnímu problému.
    .summary-host = Požadavek na server { $host } byl zastaven kvůli neočekávanému vnitřnímu problému.
# 12005
error-winhttp-invalid-url = Adresa URL není platná.
    .title = Neplatná webová adresa
    .summary = Webová adresa není platná, a proto nebylo možné požadavek odeslat.
    .summary-host = Webová adresa použitá pro přístup k serveru { $host } není platná, a proto nebylo možné požadavek odeslat.
# 12006
error-winhttp-unrecognized-scheme = Adresa URL obsahuje jiné schéma než http: nebo https:.
    .title = Nepodporovaná webová adresa
    .summary = Tento druh adresy není podporován. Otevřít lze jen adresy, které začínají na http:// nebo https://.
    .summary-host = Adresa použitá pro přístup k serveru { $host } je nepodporovaného druhu. Otevřít lze jen adresy, které začínají na http:// nebo https://.
# 12007
error-winhttp-name-not-resolved = Název serveru nelze přeložit.
    .title = Server nebyl nalezen
    .summary = Server se v síti nepodařilo najít.
    .summary-host = Server s názvem { $host } se v síti nepodařilo najít.
# 12009
error-winhttp-invalid-option = Volání funkce WinHttpQueryOption nebo WinHttpSetOption zadalo neplatnou hodnotu možnosti.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: použila neplatné nastavení připojení.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host }: použila neplatné nastavení připojení.
# 12011
error-winhttp-option-not-settable = Požadovanou možnost nelze nastavit, lze ji pouze zjistit.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se změnit nastavení připojení, které lze pouze číst.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host }: pokusila se změnit nastavení připojení, které lze pouze číst.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Podpora funkcí WinHTTP se vypíná nebo uvolňuje z paměti.
    .title = Přístup k síti se ukončuje
    .summary = Požadavek byl zastaven, protože se ukončuje přístup k síti, například proto, že se tato aplikace zavírá.
    .summary-host = Požadavek na server { $host } byl zastaven, protože se ukončuje přístup k síti, například proto, že se tato aplikace zavírá.
# 12015
error-winhttp-login-failure = Pokus o přihlášení se nezdařil. Před opakováním neúspěšné funkce zavřete popisovač požadavku funkcí WinHttpCloseHandle a vytvořte nový.
    .title = Přihlášení se nezdařilo
    .summary = Server nepřijal přihlašovací údaje.
    .summary-host = Server { $host } nepřijal přihlašovací údaje.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Operace byla zrušena, obvykle proto, že popisovač, se kterým požadavek pracoval, byl zavřen dříve, než se operace dokončila.
    .title = Požadavek byl zrušen
    .summary = Požadavek byl zrušen dříve, než mohl skončit.
    .summary-host = Požadavek na server { $host } byl zrušen dříve, než mohl skončit.
# 12018
error-winhttp-incorrect-handle-type = Typ zadaného popisovače není pro tuto operaci správný.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém a nemohla požadavek dokončit.
    .summary-host = Tato aplikace narazila na vnitřní problém a nemohla dokončit požadavek na server { $host }.
# 12019
error-winhttp-incorrect-handle-state = Požadovanou operaci nelze provést, protože zadaný popisovač není ve správném stavu.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: provedla kroky požadavku ve špatném pořadí.
    .summary-host = Tato aplikace narazila na vnitřní problém: provedla kroky požadavku na server { $host } ve špatném pořadí.
# 12029
error-winhttp-cannot-connect = Připojení k serveru nelze navázat.
    .title = Nelze se připojit
    .summary = Tato aplikace se nemohla připojit k serveru.
    .summary-host = Tato aplikace se nemohla připojit k serveru { $host }.
# 12030
error-winhttp-connection-error = Připojení k serveru bylo resetováno nebo ukončeno, nebo byl zjištěn nekompatibilní protokol SSL (například WinHTTP 5.1 nepodporuje SSL 2.0, pokud jej klient výslovně nepovolí).
    .title = Připojení bylo přerušeno
    .summary = Připojení k serveru bylo neočekávaně přerušeno nebo ukončeno.
    .summary-host = Připojení k serveru { $host } bylo neočekávaně přerušeno nebo ukončeno.
# 12032
error-winhttp-resend-request = Funkce WinHTTP selhala, ale lze ji zopakovat se stejným popisovačem požadavku.
    .title = Požadavek neprošel
    .summary = Požadavek se při tomto pokusu nepodařilo dokončit.
    .summary-host = Požadavek na server { $host } se při tomto pokusu nepodařilo dokončit.
# 12037
error-winhttp-secure-cert-date-invalid = Požadovaný certifikát není podle systémových hodin nebo časového razítka podepsaného souboru v období platnosti, nebo doby platnosti v řetězu certifikátů nejsou správně vnořené (odpovídá CERT_E_EXPIRED nebo CERT_E_VALIDITYPERIODNESTING).
    .title = Platnost certifikátu vypršela nebo ještě nezačala
    .summary = Platnost certifikátu zabezpečení serveru podle hodin tohoto počítače vypršela nebo ještě nezačala.
    .summary-host = Platnost certifikátu zabezpečení serveru { $host } podle hodin tohoto počítače vypršela nebo ještě nezačala.
# 12038
error-winhttp-secure-cert-cn-invalid = Běžný název (CN) certifikátu neodpovídá předané hodnotě (odpovídá CERT_E_CN_NO_MATCH).
    .title = Certifikát patří jinému webu
    .summary = Certifikát zabezpečení byl vystaven pro jiný název webu, a proto nebylo možné ověřit identitu serveru.
    .summary-host = Certifikát zabezpečení, který odeslal server { $host }, byl vystaven pro jiný název, a proto nebylo možné ověřit identitu serveru.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Server požaduje ověření klienta SSL (hlásí WinHttpReceiveResponse). Přijímané vystavitele certifikátů zjistíte funkcí WinHttpQueryOption s WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; je-li certifikát vyžádán, ale není povinný, zavolejte WinHttpSetOption s WINHTTP_OPTION_CLIENT_CERT_CONTEXT a WINHTTP_NO_CLIENT_CERT_CONTEXT v lpBuffer.
    .title = Server vyžaduje certifikát
    .summary = Server před povolením připojení vyžaduje certifikát, který identifikuje vás nebo váš počítač.
    .summary-host = Server { $host } před povolením připojení vyžaduje certifikát, který identifikuje vás nebo váš počítač.
# 12045
error-winhttp-secure-invalid-ca = Řetěz certifikátů byl zpracován, ale končí kořenovým certifikátem, kterému zprostředkovatel důvěryhodnosti nedůvěřuje (odpovídá CERT_E_UNTRUSTEDROOT).
    .title = Nedůvěryhodný certifikát
    .summary = Certifikát zabezpečení serveru vystavila certifikační autorita, které tento počítač nedůvěřuje.
    .summary-host = Certifikát zabezpečení serveru { $host } vystavila certifikační autorita, které tento počítač nedůvěřuje.
# 12057
error-winhttp-secure-cert-rev-failed = Odvolání certifikátu nelze zkontrolovat, protože server odvolaných certifikátů je offline (odpovídá CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikát nelze zkontrolovat
    .summary = Tento počítač nemohl zkontrolovat, zda nebyl certifikát zabezpečení serveru odvolán, protože server se seznamem odvolaných certifikátů je nedostupný.
    .summary-host = Tento počítač nemohl zkontrolovat, zda nebyl certifikát zabezpečení serveru { $host } odvolán, protože server se seznamem odvolaných certifikátů je nedostupný.
# 12100
error-winhttp-cannot-call-before-open = Objekt WinHttpRequest nemůže požadovanou operaci provést před voláním metody Open.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se použít požadavek dříve, než ho připravila.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se použít požadavek na server { $host } dříve, než ho připravila.
# 12101
error-winhttp-cannot-call-before-send = Objekt WinHttpRequest nemůže požadovanou operaci provést před voláním metody Send.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: vyžádala si odpověď dříve, než odeslala požadavek.
    .summary-host = Tato aplikace narazila na vnitřní problém: vyžádala si odpověď serveru { $host } dříve, než odeslala požadavek.
# 12102
error-winhttp-cannot-call-after-send = Objekt WinHttpRequest nemůže požadovanou operaci provést po volání metody Send.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se změnit požadavek, který již byl odeslán.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se změnit požadavek na server { $host }, který již byl odeslán.
# 12103
error-winhttp-cannot-call-after-open = Objekt WinHttpRequest nemůže po volání metody Open požadovat zadanou možnost.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se změnit nastavení požadavku, když už na to bylo pozdě.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se změnit nastavení požadavku na server { $host }, když už na to bylo pozdě.
# 12150
error-winhttp-header-not-found = Požadovanou hlavičku nelze najít.
    .title = V odpovědi chybí informace
    .summary = Odpověď serveru neobsahovala údaj, který tato aplikace očekávala.
    .summary-host = Odpověď serveru { $host } neobsahovala údaj, který tato aplikace očekávala.
# 12152
error-winhttp-invalid-server-response = Odpověď serveru nelze analyzovat.
    .title = Neplatná odpověď serveru
    .summary = Server odeslal odpověď, které nebylo možné porozumět.
    .summary-host = Server { $host } odeslal odpověď, které nebylo možné porozumět.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Zadaná hlavička HTTP není platná, například proto, že má chybný formát.
    .title = Neplatný požadavek
    .summary = Tato aplikace se pokusila odeslat údaje v neplatném tvaru, a proto nebylo možné požadavek odeslat.
    .summary-host = Tato aplikace se pokusila odeslat serveru { $host } údaje v neplatném tvaru, a proto nebylo možné požadavek odeslat.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Požadavek na dotaz na hlavičku nebyl platný (zastaralé, již se nepoužívá).
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém a ohlásila chybu, kterou současné systémy již nepoužívají.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host } a ohlásila chybu, kterou současné systémy již nepoužívají.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Hlavičku nelze přidat, protože již existuje (zastaralé, již se nepoužívá).
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: pokusila se přidat do požadavku tentýž údaj dvakrát.
    .summary-host = Tato aplikace narazila na vnitřní problém: pokusila se přidat do požadavku na server { $host } tentýž údaj dvakrát.
# 12156
error-winhttp-redirect-failed = Přesměrování se nezdařilo, protože se změnilo schéma nebo protože selhaly všechny pokusy o přesměrování (ve výchozím nastavení pět pokusů).
    .title = Přesměrování se nezdařilo
    .summary = Server přesměroval požadavek na jinou adresu, ale přesměrování nebylo možné dokončit.
    .summary-host = Server { $host } přesměroval požadavek na jinou adresu, ale přesměrování nebylo možné dokončit.
# 12157
error-winhttp-secure-channel-error = Došlo k chybě zabezpečeného kanálu (odpovídá chybovým kódům SEC_E_ a SEC_I_ definovaným v souboru winerror.h).
    .title = Zabezpečené připojení nelze navázat
    .summary = Při navazování zabezpečeného připojení k serveru došlo k chybě.
    .summary-host = Při navazování zabezpečeného připojení k serveru { $host } došlo k chybě.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Při spouštění kódu skriptu v souboru automatické konfigurace proxy serveru (PAC) došlo k chybě.
    .title = Chyba ve skriptu pro nastavení proxy serveru
    .summary = Skript pro nastavení proxy serveru v této síti obsahuje chybu.
    .summary-host = Skript pro nastavení proxy serveru, který se používá pro přístup k serveru { $host }, obsahuje chybu.
# 12167
error-winhttp-unable-to-download-script = Soubor PAC nelze stáhnout, například proto, že server uvedený v adrese URL souboru PAC byl nedostupný nebo vrátil chybu 404 Not Found.
    .title = Skript pro nastavení proxy serveru není dostupný
    .summary = Skript pro nastavení proxy serveru v této síti nebylo možné stáhnout.
    .summary-host = Skript pro nastavení proxy serveru potřebný pro přístup k serveru { $host } nebylo možné stáhnout.
# 12169
error-winhttp-secure-invalid-cert = Certifikát není platný (odpovídá chybám jako CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED a CERT_E_CHAINING).
    .title = Neplatný certifikát
    .summary = Certifikát zabezpečení serveru není platný, a proto nebylo možné navázat zabezpečené připojení.
    .summary-host = Certifikát zabezpečení serveru { $host } není platný, a proto nebylo možné navázat zabezpečené připojení.
# 12170
error-winhttp-secure-cert-revoked = Certifikát byl odvolán (odpovídá CRYPT_E_REVOKED).
    .title = Certifikát byl odvolán
    .summary = Certifikát zabezpečení serveru odvolala certifikační autorita, která ho vystavila, a proto mu již nelze důvěřovat.
    .summary-host = Certifikát zabezpečení serveru { $host } odvolala certifikační autorita, která ho vystavila, a proto mu již nelze důvěřovat.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP nebylo inicializováno (zastaralé, již se nepoužívá).
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém a ohlásila chybu, kterou současné systémy již nepoužívají.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host } a ohlásila chybu, kterou současné systémy již nepoužívají.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = V certifikátu SSL (Secure Sockets Layer), který odeslal server, byla nalezena jedna nebo více chyb. Které to jsou, zjistíte z oznámení WINHTTP_CALLBACK_STATUS_SECURE_FAILURE ve funkci zpětného volání pro stav (viz WINHTTP_STATUS_CALLBACK).
    .title = Zabezpečené připojení se nezdařilo
    .summary = Certifikát zabezpečení serveru má jeden nebo více problémů, a proto nebylo možné navázat zabezpečené připojení.
    .summary-host = Certifikát zabezpečení, který odeslal server { $host }, má jeden nebo více problémů, a proto nebylo možné navázat zabezpečené připojení.
# 12176
error-winhttp-unhandled-script-type = Typ skriptu není podporován.
    .title = Nepodporovaný skript pro nastavení proxy serveru
    .summary = Skript pro nastavení proxy serveru v této síti je nepodporovaného druhu.
    .summary-host = Skript pro nastavení proxy serveru, který se používá pro přístup k serveru { $host }, je nepodporovaného druhu.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Při spouštění skriptu došlo k chybě.
    .title = Skript pro nastavení proxy serveru selhal
    .summary = Při spouštění skriptu pro nastavení proxy serveru v této síti došlo k chybě.
    .summary-host = Při spouštění skriptu pro nastavení proxy serveru, který se používá pro přístup k serveru { $host }, došlo k chybě.
# 12178
error-winhttp-auto-proxy-service-error = Funkce WinHttpGetProxyForUrl nenašla pro zadanou adresu URL žádný proxy server.
    .title = Proxy server nebyl nalezen
    .summary = Nepodařilo se určit, který proxy server se má pro tuto adresu použít.
    .summary-host = Nepodařilo se určit, který proxy server se má použít pro server { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Certifikát není platný pro požadované použití (odpovídá CERT_E_WRONG_USAGE).
    .title = Certifikát není určen pro toto použití
    .summary = Certifikát zabezpečení serveru není určen pro tento druh připojení.
    .summary-host = Certifikát zabezpečení serveru { $host } není určen pro tento druh připojení.
# 12180
error-winhttp-autodetection-failed = Funkce WinHttpDetectAutoProxyConfigUrl nezjistila adresu URL souboru automatické konfigurace proxy serveru (PAC).
    .title = Nastavení proxy serveru nebylo zjištěno
    .summary = Nastavení proxy serveru pro tuto síť nebylo možné automaticky zjistit.
    .summary-host = Nastavení proxy serveru potřebné pro přístup k serveru { $host } nebylo možné automaticky zjistit.
# 12181
error-winhttp-header-count-exceeded = Funkce WinHttpReceiveResponse přijala odpověď s větším počtem hlaviček, než WinHTTP dokáže přijmout.
    .title = Odpověď serveru byla odmítnuta
    .summary = Server odeslal odpověď s příliš mnoha hlavičkami, a proto ji nebylo možné přijmout.
    .summary-host = Server { $host } odeslal odpověď s příliš mnoha hlavičkami, a proto ji nebylo možné přijmout.
# 12182
error-winhttp-header-size-overflow = Funkce WinHttpReceiveResponse přijala hlavičky, jejichž celková velikost překračuje limit nastavený pro popisovač požadavku.
    .title = Odpověď serveru je příliš velká
    .summary = Server odeslal odpověď s příliš velkými hlavičkami, a proto ji nebylo možné přijmout.
    .summary-host = Server { $host } odeslal odpověď s příliš velkými hlavičkami, a proto ji nebylo možné přijmout.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = Funkce WinHttpReceiveResponse zjistila přetečení při analýze kódování přenosu po částech (chunked): hlavička části překročila povolenou velikost.
    .title = Odpověď serveru nelze přečíst
    .summary = Část odpovědi serveru byla větší, než je povoleno, a proto odpověď nebylo možné přečíst.
    .summary-host = Část odpovědi serveru { $host } byla větší, než je povoleno, a proto odpověď nebylo možné přečíst.
# 12184
error-winhttp-response-drain-overflow = Příchozí odpověď překročila vnitřní limit velikosti WinHTTP.
    .title = Odpověď serveru překročila limit velikosti
    .summary = Odpověď serveru byla větší, než tento počítač povoluje, a proto ji nebylo možné přijmout.
    .summary-host = Odpověď serveru { $host } byla větší, než tento počítač povoluje, a proto ji nebylo možné přijmout.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = S kontextem klientského certifikátu SSL není spojen žádný privátní klíč; certifikát byl možná do počítače importován bez privátního klíče.
    .title = Váš certifikát nelze použít
    .summary = Certifikátu, který vás identifikuje, chybí privátní klíč, a proto ho nelze použít. Klíč možná nebyl při instalaci certifikátu zahrnut.
    .summary-host = Certifikátu, který vás identifikuje vůči serveru { $host }, chybí privátní klíč, a proto ho nelze použít. Klíč možná nebyl při instalaci certifikátu zahrnut.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplikace nemá oprávnění potřebná pro přístup k privátnímu klíči přidruženému ke klientskému certifikátu.
    .title = Přístup k vašemu certifikátu byl odepřen
    .summary = Tato aplikace nemá oprávnění používat privátní klíč certifikátu, který vás identifikuje.
    .summary-host = Tato aplikace nemá oprávnění používat privátní klíč certifikátu, který vás identifikuje vůči serveru { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxy server vyžaduje ověření klienta certifikátem SSL/TLS; pro připojení k proxy serveru je nutné zadat klientský certifikát.
    .title = Proxy server vyžaduje certifikát
    .summary = Proxy server před povolením připojení vyžaduje certifikát, který identifikuje vás nebo váš počítač.
    .summary-host = Proxy server před povolením připojení k serveru { $host } vyžaduje certifikát, který identifikuje vás nebo váš počítač.
# 12188
error-winhttp-secure-failure-proxy = V zabezpečeném připojení k proxy serveru došlo k chybě SSL/TLS, například kvůli problému s certifikátem, který proxy server odeslal.
    .title = Zabezpečené připojení k proxy serveru se nezdařilo
    .summary = Zabezpečené připojení k proxy serveru nebylo možné navázat, například kvůli problému s jeho certifikátem.
    .summary-host = Zabezpečené připojení k proxy serveru pro přístup k serveru { $host } nebylo možné navázat, například kvůli problému s jeho certifikátem.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Rezervovaný kód; nepoužívá se.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém a ohlásila chybu, která je rezervovaná a nikdy se nepoužívá.
    .summary-host = Tato aplikace narazila na vnitřní problém při připojování k serveru { $host } a ohlásila chybu, která je rezervovaná a nikdy se nepoužívá.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Verze protokolu HTTP, kterou používá server, neodpovídá požadované nebo vyžadované verzi, například bylo vyžadováno HTTP/2 nebo HTTP/3, ale nepodařilo se je dojednat.
    .title = Nekompatibilní verze webového protokolu
    .summary = Server a tato aplikace se nedokázaly shodnout na verzi webového protokolu.
    .summary-host = Server { $host } a tato aplikace se nedokázaly shodnout na verzi webového protokolu.
# 12191
error-winhttp-global-callback-failed = Globální funkce zpětného volání zaregistrovaná ve WinHTTP selhala.
    .title = Vnitřní chyba aplikace
    .summary = Tato aplikace narazila na vnitřní problém: během zpracování požadavku selhala jedna z jejích součástí.
    .summary-host = Tato aplikace narazila na vnitřní problém: během zpracování požadavku na server { $host } selhala jedna z jejích součástí.
# 12192
error-winhttp-feature-disabled = Požadovaná funkce WinHTTP je zakázána a nelze ji použít.
    .title = Funkce je vypnutá
    .summary = Funkce, kterou tento požadavek potřebuje, je v tomto počítači vypnutá.
    .summary-host = Funkce potřebná pro požadavek na server { $host } je v tomto počítači vypnutá.
# 12193
error-winhttp-fast-forwarding-not-supported = Rychlé přeposílání (fast forwarding) není pro tento požadavek nebo připojení podporováno.
    .title = Funkce není podporována
    .summary = Tato aplikace požádala o funkci, kterou toto připojení nepodporuje.
    .summary-host = Tato aplikace požádala o funkci, kterou připojení k serveru { $host } nepodporuje.

## Rady: co může uživatel zkusit; zobrazují se jako seznam pod souhrnem.
## Každá je jedna úplná věta v rozkazovacím způsobu zakončená tečkou, nejvýše 100 znaků.
## Katalog (src/catalog.rs) určuje, které rady se u kódu zobrazí a v jakém pořadí.
hint-check-connection = Zkontrolujte připojení k síti.
hint-try-again-later = Chvíli počkejte a zkuste to znovu.
hint-check-address = Zkontrolujte, jestli je adresa napsaná správně.
hint-check-proxy = Zkontrolujte nastavení proxy serveru nebo se obraťte na správce sítě.
hint-check-firewall = Ujistěte se, že tuto aplikaci neblokuje brána firewall ani antivirový program.
hint-check-date-time = Ujistěte se, že má počítač správně nastavené datum, čas a časové pásmo.
hint-update-system = Nainstalujte nejnovější aktualizace operačního systému.
hint-contact-site-owner = Pokud problém přetrvává, obraťte se na vlastníka webu nebo serveru.
hint-contact-support = Obraťte se na podporu této aplikace.
hint-update-app = Zjistěte, jestli není k dispozici novější verze této aplikace.
hint-restart-app = Zavřete tuto aplikaci a znovu ji otevřete.
hint-restart-computer = Restartujte počítač.
hint-free-memory = Zavřete ostatní programy, abyste uvolnili paměť, a zkuste to znovu.
hint-check-credentials = Zkontrolujte, jestli jsou uživatelské jméno a heslo správné.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Ujistěte se, že je požadovaný certifikát správně nainstalovaný, nebo se obraťte na správce.

## Problémy s certifikátem: každý na jednom řádku, zobrazují se jako seznam po selhání zabezpečeného připojení.
## Nejvýše 120 znaků; jedna úplná věta zakončená tečkou.
## „Certifikát“ je ten, který odeslal server.
cert-flag-rev-failed = Tento počítač nemohl zkontrolovat, zda nebyl certifikát odvolán.
cert-flag-invalid-cert = Certifikát není platný.
cert-flag-cert-revoked = Certifikát odvolala certifikační autorita, která ho vystavila.
cert-flag-invalid-ca = Certifikát vystavila certifikační autorita, které tento počítač nedůvěřuje.
cert-flag-cert-cn-invalid = Certifikát byl vystaven pro jiný název webu.
cert-flag-cert-date-invalid = Platnost certifikátu vypršela nebo ještě nezačala.
cert-flag-cert-wrong-usage = Certifikát není určen pro tento druh připojení.
cert-flag-security-channel-error = Při navazování zabezpečeného připojení došlo k chybě.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Certifikát má jeden nebo více problémů, které nebylo možné určit ({ $flags }).

## Kódy, které tato knihovna nezná.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Při připojování došlo k neočekávanému problému (chyba { $code }, { $hex }).
    .summary-host = Při připojování k serveru { $host } došlo k neočekávanému problému (chyba { $code }, { $hex }).

## Složené zprávy

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Neznámá chyba WinHTTP { $code } ({ $hex }).
