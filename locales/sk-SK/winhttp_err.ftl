### Popisy chybových kódov WinHTTP (sk-SK).
### Jedna správa na chybový kód, zoradené podľa číselného kódu. Identifikátor
### správy je názov symbolickej konštanty malými písmenami, v ktorom je „_“
### nahradené znakom „-“.
### Hodnota každej správy je technický popis pre vývojárov: jeden riadok bez
### premenných, pretože sa zobrazuje bez zmeny v dialógových oknách
### a denníkoch. Názvy funkcií, metód, možností, makier a konštánt
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) sú identifikátory
### rozhrania API: nikdy sa neprekladajú ani nemenia.
###
### Texty pre koncových používateľov. Okrem hodnoty (technického popisu) má
### každá správa tri atribúty písané pre človeka, ktorý nie je programátor:
###   .title         Nadpis dialógového okna (hlavný pokyn dialógového okna
###                  úlohy v systéme Windows): čo sa nepodarilo, najviac 60 znakov,
###                  veľké písmeno iba na začiatku, bez bodky na konci.
###   .summary       Text pod nadpisom: jedna alebo dve jednoduché vety o tom,
###                  čo sa stalo, najviac 200 znakov, ukončené bodkou. Musí
###                  byť zrozumiteľný sám osebe, bez názvu servera.
###   .summary-host  Rovnaký súhrn s názvom servera: { $host } presne raz,
###                  najviac 200 znakov, keď je $host „example.com“.
### $host obsahuje názov servera tak, ako ho pozná aplikácia, napr.
### „example.com“, „intranet.corp.local“ alebo adresu IP, napríklad
### 192.0.2.10. Nikdy nie je prázdny: bez názvu sa zobrazí .summary. Názov sa
### neskloňuje a nepripája sa k nemu žiadna koncovka; skloňuje sa podstatné
### meno pred ním: „server { $host }“, „k serveru { $host }“, „zo servera
### { $host }“, „Server s názvom { $host }“.
### Rady (hint-*, najviac 100 znakov, jedna veta v rozkazovacom spôsobe
### ukončená bodkou) sa zobrazujú ako zoznam pod súhrnom; ktoré rady kód
### dostane, určuje katalóg (src/catalog.rs), vo všetkých jazykoch rovnako,
### takže súhrn hovorí, čo sa stalo, a rady neopakuje. Riadky o certifikátoch
### (cert-flag-*) majú najviac 120 znakov, texty neznámeho kódu najviac 200.
### V týchto častiach nesmie byť žiadny identifikátor rozhrania API: žiadny
### názov konštanty, funkcie, metódy ani možnosti, žiadne „_“,
### „WinHTTP“/„WinHttp“, „handle“, „callback“, „PAC“ ani „{“ okrem
### zdokumentovaných premenných. Na to slúži popis. Prednosť majú bežné slová
### („zabezpečené pripojenie“ namiesto TLS/SSL, „skript na nastavenie servera
### proxy“ namiesto súboru PAC).
### Keď knižnicu nesprávne použila samotná aplikácia (zastarané, rezervované
### kódy a chyby použitia), text jasne hovorí, že táto aplikácia narazila na
### vnútorný problém; nikdy neobviňuje používateľa. Pri chybách zabezpečenia
### text nikdy nenavrhuje ochranu obísť, ignorovať ani napriek tomu
### pokračovať.
### Oslovenie: vykanie ako v systéme Windows; rady v rozkazovacom spôsobe 2. osoby
### množného čísla („Skontrolujte…“, „Reštartujte…“). Zámená „vy“, „váš“
### malými písmenami (štýl spoločnosti Microsoft pre slovenčinu).
###
### GLOSÁR (terminológia spoločnosti Microsoft v slovenskej verzii systému Windows):
###   request          = „požiadavka“ (ženský rod; požiadavka na server)
###   header           = „hlavička“ (hlavička HTTP)
###   handle           = „popisovač“; iba v popisoch
###   callback         = „funkcia spätného volania“; iba v popisoch
###   proxy            = „server proxy“ (ako v „Nastavenie servera proxy“)
###   PAC file         = „súbor PAC“ (súbor automatickej konfigurácie servera
###                      proxy) v popisoch; pre používateľa „skript na
###                      nastavenie servera proxy“ (Windows: „Použiť inštalačný
###                      skript“ v nastavení servera proxy)
###   certificate      = „certifikát“; pre používateľa „certifikát
###                      zabezpečenia“ (certifikát servera) alebo „certifikát,
###                      ktorý vás identifikuje“ (klientsky certifikát)
###   certificate chain = „reťaz certifikátov“ (ženský rod)
###   certification authority = „certifikačná autorita“; revoked = „odvolaný“
###   private key      = „súkromný kľúč“
###   secure connection = „zabezpečené pripojenie“; secure channel =
###                      „zabezpečený kanál“
###   connection       = „pripojenie“ (pripojenie sa „nadväzuje“, „preruší“,
###                      „ukončí“, „odmietne“)
###   server           = „server“ (genitív „servera“); remote host =
###                      „vzdialený hostiteľ“ (iba v popisoch)
###   firewall         = „brána firewall“
###   redirect         = „presmerovanie“
###   timeout          = „časový limit“ („Uplynul časový limit…“)
###   sign-in/login    = „prihlásenie“, „prihlasovacie údaje“; user name =
###                      „meno používateľa“
###   download         = „stiahnuť“ (ako v systéme Windows: „Stiahnuté súbory“;
###                      nie staršie „prevziať“); possibly = „možno“
###   Winsock          = „Winsock“ (vlastné meno); socket = „soket“;
###                      network stack = „sieťový zásobník“; name server =
###                      „názvový server“; name lookup pre používateľa =
###                      „vyhľadať adresu servera (podľa názvu)“
###   web address/URL  = „webová adresa“ pre používateľa, „adresa URL“ v popisoch
###   website          = „webová lokalita“; feature = „funkcia“; application =
###                      „aplikácia“; registry = „databáza Registry“
###   route            = „trasa“ v popisoch, „cesta“ pre používateľa
###   buffer           = „vyrovnávacia pamäť“; I/O = „vstupno-výstupný“
### Kódy 10060 a 11001 majú pre používateľa rovnaké texty ako 12002 a 12007;
### 10052, 10053, 10054 majú nadpis kódu 12030.
###
### TYPOGRAFIA:
###   úvodzovky „…“ (U+201E, U+201C), vnorené ‚…‘; apostrof sa v slovenčine
###   takmer nepoužíva; tri bodky … (U+2026); pomlčka – (U+2013) s medzerami;
###   desatinná čiarka; do reťazcov sa nevkladajú nezlomiteľné medzery za
###   jednopísmenové predložky (zalamovanie riadkov rieši dialógové okno).

## Všeobecné chyby systému Windows (winerror.h), ktoré vracia aj WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Systém nemôže nájsť zadaný súbor: nastavenie, súbor alebo hodnota databázy Registry, ktorú funkcia hľadala, neexistuje.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: nenašlo sa nastavenie ani súbor, ktorý potrebovala.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host }: nenašlo sa nastavenie ani súbor, ktorý potrebovala.
# 6
error-invalid-handle = Popisovač odovzdaný rozhraniu API bol zneplatnený alebo zatvorený.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť pripojenie, ktoré už bolo ukončené.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť pripojenie k serveru { $host }, ktoré už bolo ukončené.
# 8
error-not-enough-memory = Na dokončenie požadovanej operácie nie je k dispozícii dostatok pamäte.
    .title = Nedostatok pamäte
    .summary = V počítači sa minula voľná pamäť skôr, ako bolo možné požiadavku dokončiť.
    .summary-host = V počítači sa minula voľná pamäť skôr, ako bolo možné dokončiť požiadavku na server { $host }.
# 18
error-no-more-files = Nenašli sa žiadne ďalšie súbory.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém pri čítaní výsledkov požiadavky.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri čítaní výsledkov požiadavky na server { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Požadovaný zásobník protokolov nie je načítaný a aplikácia nemôže spustiť rozhranie Winsock.
    .title = Sieťové funkcie nie sú k dispozícii
    .summary = V tomto počítači sa nepodarilo spustiť sieťové súčasti, ktoré táto aplikácia potrebuje.
    .summary-host = V tomto počítači sa nepodarilo spustiť sieťové súčasti potrebné na pripojenie k serveru { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parameter je nesprávny: jeden z argumentov odovzdaných funkcii je neplatný (napríklad ukazovateľ NULL, nesprávna veľkosť štruktúry alebo protichodné príznaky).
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: odovzdala sieťovej súčasti neplatné údaje.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host }: odovzdala sieťovej súčasti neplatné údaje.
# 122
error-insufficient-buffer = Vyrovnávacia pamäť odovzdaná funkcii je na vrátené údaje príliš malá. Podrobnosti nájdete v dokumentácii príslušnej funkcie.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: nevyhradila dostatok miesta na prijaté údaje.
    .summary-host = Táto aplikácia narazila na vnútorný problém: nevyhradila dostatok miesta na údaje prijaté zo servera { $host }.
# 259
error-no-more-items = Nenašli sa žiadne ďalšie položky.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém pri čítaní zoznamu výsledkov.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri čítaní zoznamu výsledkov zo servera { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Prebieha prekrývaná vstupno-výstupná operácia: funkcia pokračuje asynchrónne a výsledok oznámi prostredníctvom funkcie spätného volania pre stav.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: požiadavku, ktorá ešte prebiehala, považovala za neúspešnú.
    .summary-host = Táto aplikácia narazila na vnútorný problém: požiadavku na server { $host }, ktorá ešte prebiehala, považovala za neúspešnú.
# 1168
error-not-found = Prvok sa nenašiel: položka, ktorú mala funkcia vrátiť (napríklad výsledok vyhľadania servera proxy, záznam alebo uložené nastavenie), neexistuje.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: vyžiadala si položku, ktorá neexistuje.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host }: vyžiadala si položku, ktorá neexistuje.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Operácia nie je v aktuálnom stave objektu platná, napríklad odosielanie cez WebSocket, ktorý sa práve zatvára, alebo príjem v čase, keď ešte čaká iný príjem.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť pripojenie spôsobom, ktorý jeho aktuálny stav neumožňuje.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť pripojenie k serveru { $host } spôsobom, ktorý jeho aktuálny stav neumožňuje.

## Chyby rozhrania Winsock (winsock2.h), ktoré implementácia WinHTTP odovzdáva ďalej
## (winhttp.dll z Wine to robí; Windows väčšinu z nich prevádza na kód 12xxx).
## Pre používateľa znamenajú to isté čo ich dvojča z WinHTTP; popis uvádza,
## o ktorý kód ide.

# 10050
wsaenetdown = Zlyhal sieťový subsystém (WSAENETDOWN): sieťový zásobník alebo sieťový adaptér tohto počítača nefunguje.
    .title = Sieť nefunguje
    .summary = Sieť v tomto počítači nefunguje, preto sa nepodarilo spojiť so serverom.
    .summary-host = Sieť v tomto počítači nefunguje, preto sa nepodarilo spojiť so serverom { $host }.
# 10051
wsaenetunreach = Sieť je nedosiahnuteľná (WSAENETUNREACH): tento počítač nemá žiadnu trasu do siete servera.
    .title = Sieť je nedostupná
    .summary = Z tohto počítača nevedie žiadna cesta do siete, v ktorej je server, preto sa s ním nepodarilo spojiť.
    .summary-host = Z tohto počítača nevedie žiadna cesta do siete servera { $host }, preto sa s ním nepodarilo spojiť.
# 10052
wsaenetreset = Pripojenie sa prerušilo, pretože počas prebiehajúcej operácie kontrola udržiavania pripojenia (keep-alive) zistila chybu (WSAENETRESET).
    .title = Pripojenie sa prerušilo
    .summary = Pripojenie k serveru sa ukončilo, pretože sieť prestala odpovedať.
    .summary-host = Pripojenie k serveru { $host } sa ukončilo, pretože sieť prestala odpovedať.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Softvér v tomto počítači prerušil nadviazané pripojenie (WSAECONNABORTED), napríklad po uplynutí časového limitu prenosu údajov alebo pri zásahu brány firewall.
    .title = Pripojenie sa prerušilo
    .summary = Pripojenie k serveru ukončil tento počítač, možno brána firewall alebo bezpečnostný program.
    .summary-host = Pripojenie k serveru { $host } ukončil tento počítač, možno brána firewall alebo bezpečnostný program.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Vzdialený hostiteľ vynútene zatvoril existujúce pripojenie (WSAECONNRESET).
    .title = Pripojenie sa prerušilo
    .summary = Server neočakávane ukončil pripojenie.
    .summary-host = Server { $host } neočakávane ukončil pripojenie.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Uplynul časový limit pokusu o pripojenie alebo prenosu, pretože druhá strana neodpovedala včas (WSAETIMEDOUT).
    .title = Uplynul časový limit pripojenia
    .summary = Odpoveď servera trvala príliš dlho.
    .summary-host = Odpoveď servera { $host } trvala príliš dlho.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Nedá sa nadviazať pripojenie, pretože cieľový počítač ho aktívne odmietol (WSAECONNREFUSED): na danom porte nič nepočúva.
    .title = Pripojenie bolo odmietnuté
    .summary = Server odmietol pripojenie. Možno nie je spustený alebo neprijíma pripojenia.
    .summary-host = Server { $host } odmietol pripojenie. Možno nie je spustený alebo neprijíma pripojenia.
# 10064
wsaehostdown = Operácia soketu zlyhala, pretože cieľový hostiteľ nie je spustený (WSAEHOSTDOWN).
    .title = Server neodpovedá
    .summary = Server je zrejme vypnutý alebo odpojený od siete.
    .summary-host = Server { $host } je zrejme vypnutý alebo odpojený od siete.
# 10065
wsaehostunreach = Vyskytol sa pokus o operáciu soketu s nedosiahnuteľným hostiteľom (WSAEHOSTUNREACH): nenašla sa žiadna trasa k serveru.
    .title = Server je nedostupný
    .summary = Z tohto počítača sa nenašla žiadna cesta k serveru.
    .summary-host = Z tohto počítača sa nenašla žiadna cesta k serveru { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Takýto hostiteľ nie je známy (WSAHOST_NOT_FOUND): názvový server nemá pre tento názov žiadnu adresu.
    .title = Server sa nenašiel
    .summary = Server sa v sieti nepodarilo nájsť.
    .summary-host = Server s názvom { $host } sa v sieti nepodarilo nájsť.
# 11002
wsatry-again = Názvový server nevrátil autoritatívnu odpoveď a vyhľadanie sa môže neskôr podariť (WSATRY_AGAIN): zvyčajne ide o dočasnú chybu názvového servera.
    .title = Nepodarilo sa vyhľadať adresu servera
    .summary = Adresu servera sa momentálne nedá vyhľadať podľa jeho názvu. Zvyčajne ide o dočasný problém.
    .summary-host = Adresu servera { $host } sa momentálne nedá vyhľadať podľa názvu. Zvyčajne ide o dočasný problém.

## Chyby špecifické pre WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Nedajú sa vytvoriť ďalšie popisovače (zastarané, už sa nepoužíva).
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host } a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
# 12002
error-winhttp-timeout = Uplynul časový limit požiadavky. Príčinou môže byť aj správanie časových limitov protokolu TCP/IP bez ohľadu na hodnoty časových limitov nastavené vo WinHTTP.
    .title = Uplynul časový limit pripojenia
    .summary = Odpoveď servera trvala príliš dlho.
    .summary-host = Odpoveď servera { $host } trvala príliš dlho.
# 12004
error-winhttp-internal-error = Vo WinHTTP sa vyskytla vnútorná chyba.
    .title = Neočakávaná vnútorná chyba
    .summary = Požiadavka sa zastavila pre neočakávaný vnútorný problém.
    .summary-host = Požiadavka na server { $host } sa zastavila pre neočakávaný vnútorný problém.
# 12005
error-winhttp-invalid-url = Adresa URL nie je platná.
    .title = Neplatná webová adresa
    .summary = Webová adresa nie je platná, preto sa požiadavka nedala odoslať.
    .summary-host = Webová adresa použitá na prístup k serveru { $host } nie je platná, preto sa požiadavka nedala odoslať.
# 12006
error-winhttp-unrecognized-scheme = Adresa URL obsahuje inú schému ako http: alebo https:.
    .title = Nepodporovaná webová adresa
    .summary = Tento druh adresy nie je podporovaný. Otvoriť sa dajú len adresy, ktoré sa začínajú na http:// alebo https://.
    .summary-host = Adresa použitá na prístup k serveru { $host } je nepodporovaného druhu. Otvoriť sa dajú len adresy, ktoré sa začínajú na http:// alebo https://.
# 12007
error-winhttp-name-not-resolved = Názov servera sa nepodarilo preložiť.
    .title = Server sa nenašiel
    .summary = Server sa v sieti nepodarilo nájsť.
    .summary-host = Server s názvom { $host } sa v sieti nepodarilo nájsť.
# 12009
error-winhttp-invalid-option = Volanie funkcie WinHttpQueryOption alebo WinHttpSetOption zadalo neplatnú hodnotu možnosti.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: použila neplatné nastavenie pripojenia.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host }: použila neplatné nastavenie pripojenia.
# 12011
error-winhttp-option-not-settable = Požadovanú možnosť nie je možné nastaviť, dá sa iba zistiť.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa zmeniť nastavenie pripojenia, ktoré sa dá iba čítať.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host }: pokúsila sa zmeniť nastavenie pripojenia, ktoré sa dá iba čítať.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Podpora funkcií WinHTTP sa vypína alebo uvoľňuje z pamäte.
    .title = Prístup k sieti sa ukončuje
    .summary = Požiadavka sa zastavila, pretože sa ukončuje prístup k sieti, napríklad preto, že sa táto aplikácia zatvára.
    .summary-host = Požiadavka na server { $host } sa zastavila, pretože sa ukončuje prístup k sieti, napríklad preto, že sa táto aplikácia zatvára.
# 12015
error-winhttp-login-failure = Pokus o prihlásenie zlyhal. Pred opakovaním neúspešnej funkcie zatvorte popisovač požiadavky funkciou WinHttpCloseHandle a vytvorte nový.
    .title = Prihlásenie zlyhalo
    .summary = Server neprijal prihlasovacie údaje.
    .summary-host = Server { $host } neprijal prihlasovacie údaje.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Operácia bola zrušená, zvyčajne preto, že popisovač, s ktorým požiadavka pracovala, sa zatvoril skôr, ako sa operácia dokončila.
    .title = Požiadavka bola zrušená
    .summary = Požiadavka bola zrušená skôr, ako sa mohla dokončiť.
    .summary-host = Požiadavka na server { $host } bola zrušená skôr, ako sa mohla dokončiť.
# 12018
error-winhttp-incorrect-handle-type = Typ zadaného popisovača nie je pre túto operáciu správny.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém a nemohla dokončiť požiadavku.
    .summary-host = Táto aplikácia narazila na vnútorný problém a nemohla dokončiť požiadavku na server { $host }.
# 12019
error-winhttp-incorrect-handle-state = Požadovanú operáciu nie je možné vykonať, pretože zadaný popisovač nie je v správnom stave.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: vykonala kroky požiadavky v nesprávnom poradí.
    .summary-host = Táto aplikácia narazila na vnútorný problém: vykonala kroky požiadavky na server { $host } v nesprávnom poradí.
# 12029
error-winhttp-cannot-connect = Pripojenie k serveru sa nepodarilo nadviazať.
    .title = Nedá sa pripojiť
    .summary = Táto aplikácia sa nemohla pripojiť k serveru.
    .summary-host = Táto aplikácia sa nemohla pripojiť k serveru { $host }.
# 12030
error-winhttp-connection-error = Pripojenie k serveru bolo resetované alebo ukončené, alebo sa zistil nekompatibilný protokol SSL (napríklad WinHTTP 5.1 nepodporuje SSL 2.0, ak ho klient výslovne nepovolí).
    .title = Pripojenie sa prerušilo
    .summary = Pripojenie k serveru sa neočakávane prerušilo alebo ukončilo.
    .summary-host = Pripojenie k serveru { $host } sa neočakávane prerušilo alebo ukončilo.
# 12032
error-winhttp-resend-request = Funkcia WinHTTP zlyhala, ale dá sa zopakovať s tým istým popisovačom požiadavky.
    .title = Požiadavka neprešla
    .summary = Požiadavku sa pri tomto pokuse nepodarilo dokončiť.
    .summary-host = Požiadavku na server { $host } sa pri tomto pokuse nepodarilo dokončiť.
# 12037
error-winhttp-secure-cert-date-invalid = Požadovaný certifikát nie je podľa systémových hodín alebo časovej pečiatky podpísaného súboru v období platnosti, alebo obdobia platnosti v reťazi certifikátov nie sú správne vnorené (zodpovedá CERT_E_EXPIRED alebo CERT_E_VALIDITYPERIODNESTING).
    .title = Platnosť certifikátu uplynula alebo sa ešte nezačala
    .summary = Platnosť certifikátu zabezpečenia servera podľa hodín tohto počítača uplynula alebo sa ešte nezačala.
    .summary-host = Platnosť certifikátu zabezpečenia servera { $host } podľa hodín tohto počítača uplynula alebo sa ešte nezačala.
# 12038
error-winhttp-secure-cert-cn-invalid = Bežný názov (CN) certifikátu sa nezhoduje s odovzdanou hodnotou (zodpovedá CERT_E_CN_NO_MATCH).
    .title = Certifikát patrí inej lokalite
    .summary = Certifikát zabezpečenia bol vydaný pre iný názov lokality, preto sa nepodarilo overiť identitu servera.
    .summary-host = Certifikát zabezpečenia, ktorý odoslal server { $host }, bol vydaný pre iný názov, preto sa nepodarilo overiť identitu servera.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Server požaduje overenie klienta SSL (hlási WinHttpReceiveResponse). Prijímaných vydavateľov certifikátov zistíte funkciou WinHttpQueryOption s WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; ak je certifikát vyžiadaný, ale nie je povinný, zavolajte WinHttpSetOption s WINHTTP_OPTION_CLIENT_CERT_CONTEXT a WINHTTP_NO_CLIENT_CERT_CONTEXT v lpBuffer.
    .title = Server vyžaduje certifikát
    .summary = Server pred povolením pripojenia vyžaduje certifikát, ktorý identifikuje vás alebo váš počítač.
    .summary-host = Server { $host } pred povolením pripojenia vyžaduje certifikát, ktorý identifikuje vás alebo váš počítač.
# 12045
error-winhttp-secure-invalid-ca = Reťaz certifikátov bola spracovaná, ale končí sa koreňovým certifikátom, ktorému poskytovateľ dôveryhodnosti nedôveruje (zodpovedá CERT_E_UNTRUSTEDROOT).
    .title = Nedôveryhodný certifikát
    .summary = Certifikát zabezpečenia servera vydala certifikačná autorita, ktorej tento počítač nedôveruje.
    .summary-host = Certifikát zabezpečenia servera { $host } vydala certifikačná autorita, ktorej tento počítač nedôveruje.
# 12057
error-winhttp-secure-cert-rev-failed = Odvolanie certifikátu sa nedalo skontrolovať, pretože server odvolaných certifikátov bol offline (zodpovedá CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikát sa nedá skontrolovať
    .summary = Tento počítač nemohol skontrolovať, či certifikát zabezpečenia servera nebol odvolaný, pretože server so zoznamom odvolaných certifikátov je nedostupný.
    .summary-host = Tento počítač nemohol skontrolovať, či certifikát zabezpečenia servera { $host } nebol odvolaný, pretože server so zoznamom odvolaných certifikátov je nedostupný.
# 12100
error-winhttp-cannot-call-before-open = Objekt WinHttpRequest nemôže vykonať požadovanú operáciu pred volaním metódy Open.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť požiadavku skôr, ako ju pripravila.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa použiť požiadavku na server { $host } skôr, ako ju pripravila.
# 12101
error-winhttp-cannot-call-before-send = Objekt WinHttpRequest nemôže vykonať požadovanú operáciu pred volaním metódy Send.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: vyžiadala si odpoveď skôr, ako odoslala požiadavku.
    .summary-host = Táto aplikácia narazila na vnútorný problém: vyžiadala si odpoveď servera { $host } skôr, ako odoslala požiadavku.
# 12102
error-winhttp-cannot-call-after-send = Objekt WinHttpRequest nemôže vykonať požadovanú operáciu po volaní metódy Send.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa zmeniť požiadavku, ktorá už bola odoslaná.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa zmeniť požiadavku na server { $host }, ktorá už bola odoslaná.
# 12103
error-winhttp-cannot-call-after-open = Objekt WinHttpRequest nemôže po volaní metódy Open požadovať zadanú možnosť.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa zmeniť nastavenie požiadavky, keď už na to bolo neskoro.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa zmeniť nastavenie požiadavky na server { $host }, keď už na to bolo neskoro.
# 12150
error-winhttp-header-not-found = Požadovaná hlavička sa nenašla.
    .title = V odpovedi chýbajú informácie
    .summary = Odpoveď servera neobsahovala údaj, ktorý táto aplikácia očakávala.
    .summary-host = Odpoveď servera { $host } neobsahovala údaj, ktorý táto aplikácia očakávala.
# 12152
error-winhttp-invalid-server-response = Odpoveď servera sa nedá analyzovať.
    .title = Neplatná odpoveď servera
    .summary = Server odoslal odpoveď, ktorej sa nedalo porozumieť.
    .summary-host = Server { $host } odoslal odpoveď, ktorej sa nedalo porozumieť.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Zadaná hlavička HTTP nie je platná, napríklad preto, že má nesprávny formát.
    .title = Neplatná požiadavka
    .summary = Táto aplikácia sa pokúsila odoslať údaje v neplatnom tvare, preto sa požiadavka nedala odoslať.
    .summary-host = Táto aplikácia sa pokúsila odoslať serveru { $host } údaje v neplatnom tvare, preto sa požiadavka nedala odoslať.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Požiadavka na dotaz na hlavičku nebola platná (zastarané, už sa nepoužíva).
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host } a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Hlavičku nie je možné pridať, pretože už existuje (zastarané, už sa nepoužíva).
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: pokúsila sa pridať do požiadavky ten istý údaj dvakrát.
    .summary-host = Táto aplikácia narazila na vnútorný problém: pokúsila sa pridať do požiadavky na server { $host } ten istý údaj dvakrát.
# 12156
error-winhttp-redirect-failed = Presmerovanie zlyhalo, pretože sa zmenila schéma alebo pretože zlyhali všetky pokusy o presmerovanie (predvolene päť pokusov).
    .title = Presmerovanie zlyhalo
    .summary = Server presmeroval požiadavku na inú adresu, ale presmerovanie sa nepodarilo dokončiť.
    .summary-host = Server { $host } presmeroval požiadavku na inú adresu, ale presmerovanie sa nepodarilo dokončiť.
# 12157
error-winhttp-secure-channel-error = Vyskytla sa chyba zabezpečeného kanála (zodpovedá chybovým kódom SEC_E_ a SEC_I_ definovaným v súbore winerror.h).
    .title = Zabezpečené pripojenie sa nedá nadviazať
    .summary = Pri nadväzovaní zabezpečeného pripojenia k serveru sa vyskytla chyba.
    .summary-host = Pri nadväzovaní zabezpečeného pripojenia k serveru { $host } sa vyskytla chyba.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Pri spúšťaní kódu skriptu v súbore automatickej konfigurácie servera proxy (PAC) sa vyskytla chyba.
    .title = Chyba v skripte na nastavenie servera proxy
    .summary = Skript na nastavenie servera proxy v tejto sieti obsahuje chybu.
    .summary-host = Skript na nastavenie servera proxy, ktorý sa používa na prístup k serveru { $host }, obsahuje chybu.
# 12167
error-winhttp-unable-to-download-script = Súbor PAC sa nepodarilo stiahnuť, napríklad preto, že server uvedený v adrese URL súboru PAC bol nedostupný alebo vrátil chybu 404 Not Found.
    .title = Skript na nastavenie servera proxy nie je dostupný
    .summary = Skript na nastavenie servera proxy v tejto sieti sa nepodarilo stiahnuť.
    .summary-host = Skript na nastavenie servera proxy potrebný na prístup k serveru { $host } sa nepodarilo stiahnuť.
# 12169
error-winhttp-secure-invalid-cert = Certifikát nie je platný (zodpovedá chybám ako CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED a CERT_E_CHAINING).
    .title = Neplatný certifikát
    .summary = Certifikát zabezpečenia servera nie je platný, preto sa nepodarilo nadviazať zabezpečené pripojenie.
    .summary-host = Certifikát zabezpečenia servera { $host } nie je platný, preto sa nepodarilo nadviazať zabezpečené pripojenie.
# 12170
error-winhttp-secure-cert-revoked = Certifikát bol odvolaný (zodpovedá CRYPT_E_REVOKED).
    .title = Certifikát bol odvolaný
    .summary = Certifikát zabezpečenia servera odvolala certifikačná autorita, ktorá ho vydala, preto mu už nemožno dôverovať.
    .summary-host = Certifikát zabezpečenia servera { $host } odvolala certifikačná autorita, ktorá ho vydala, preto mu už nemožno dôverovať.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP nebolo inicializované (zastarané, už sa nepoužíva).
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host } a ohlásila chybu, ktorú súčasné systémy už nepoužívajú.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = V certifikáte SSL (Secure Sockets Layer), ktorý odoslal server, sa našla jedna alebo viac chýb. Ktoré to sú, zistíte z oznámenia WINHTTP_CALLBACK_STATUS_SECURE_FAILURE vo funkcii spätného volania pre stav (pozrite WINHTTP_STATUS_CALLBACK).
    .title = Zabezpečené pripojenie zlyhalo
    .summary = Certifikát zabezpečenia servera má jeden alebo viac problémov, preto sa nepodarilo nadviazať zabezpečené pripojenie.
    .summary-host = Certifikát zabezpečenia, ktorý odoslal server { $host }, má jeden alebo viac problémov, preto sa nepodarilo nadviazať zabezpečené pripojenie.
# 12176
error-winhttp-unhandled-script-type = Typ skriptu nie je podporovaný.
    .title = Nepodporovaný skript na nastavenie servera proxy
    .summary = Skript na nastavenie servera proxy v tejto sieti je nepodporovaného druhu.
    .summary-host = Skript na nastavenie servera proxy, ktorý sa používa na prístup k serveru { $host }, je nepodporovaného druhu.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Pri spúšťaní skriptu sa vyskytla chyba.
    .title = Skript na nastavenie servera proxy zlyhal
    .summary = Pri spúšťaní skriptu na nastavenie servera proxy v tejto sieti sa vyskytla chyba.
    .summary-host = Pri spúšťaní skriptu na nastavenie servera proxy, ktorý sa používa na prístup k serveru { $host }, sa vyskytla chyba.
# 12178
error-winhttp-auto-proxy-service-error = Funkcia WinHttpGetProxyForUrl nenašla pre zadanú adresu URL žiadny server proxy.
    .title = Server proxy sa nenašiel
    .summary = Nepodarilo sa určiť, ktorý server proxy sa má pre túto adresu použiť.
    .summary-host = Nepodarilo sa určiť, ktorý server proxy sa má použiť pre server { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Certifikát nie je platný na požadované použitie (zodpovedá CERT_E_WRONG_USAGE).
    .title = Certifikát nie je určený na toto použitie
    .summary = Certifikát zabezpečenia servera nie je určený na tento druh pripojenia.
    .summary-host = Certifikát zabezpečenia servera { $host } nie je určený na tento druh pripojenia.
# 12180
error-winhttp-autodetection-failed = Funkcia WinHttpDetectAutoProxyConfigUrl nezistila adresu URL súboru automatickej konfigurácie servera proxy (PAC).
    .title = Nastavenie servera proxy sa nezistilo
    .summary = Nastavenie servera proxy pre túto sieť sa nepodarilo automaticky zistiť.
    .summary-host = Nastavenie servera proxy potrebné na prístup k serveru { $host } sa nepodarilo automaticky zistiť.
# 12181
error-winhttp-header-count-exceeded = Funkcia WinHttpReceiveResponse prijala odpoveď s väčším počtom hlavičiek, ako dokáže WinHTTP prijať.
    .title = Odpoveď servera bola odmietnutá
    .summary = Server odoslal odpoveď s príliš mnohými hlavičkami, preto ju nebolo možné prijať.
    .summary-host = Server { $host } odoslal odpoveď s príliš mnohými hlavičkami, preto ju nebolo možné prijať.
# 12182
error-winhttp-header-size-overflow = Funkcia WinHttpReceiveResponse prijala hlavičky, ktorých celková veľkosť prekračuje limit nastavený pre popisovač požiadavky.
    .title = Odpoveď servera je príliš veľká
    .summary = Server odoslal odpoveď s príliš veľkými hlavičkami, preto ju nebolo možné prijať.
    .summary-host = Server { $host } odoslal odpoveď s príliš veľkými hlavičkami, preto ju nebolo možné prijať.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = Funkcia WinHttpReceiveResponse zistila pretečenie pri analýze kódovania prenosu po častiach (chunked): hlavička časti prekročila povolenú veľkosť.
    .title = Odpoveď servera sa nedá prečítať
    .summary = Časť odpovede servera bola väčšia, ako je povolené, preto sa odpoveď nedala prečítať.
    .summary-host = Časť odpovede servera { $host } bola väčšia, ako je povolené, preto sa odpoveď nedala prečítať.
# 12184
error-winhttp-response-drain-overflow = Prichádzajúca odpoveď prekročila vnútorný limit veľkosti WinHTTP.
    .title = Odpoveď servera prekročila limit veľkosti
    .summary = Odpoveď servera bola väčšia, ako tento počítač povoľuje, preto ju nebolo možné prijať.
    .summary-host = Odpoveď servera { $host } bola väčšia, ako tento počítač povoľuje, preto ju nebolo možné prijať.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = S kontextom klientskeho certifikátu SSL nie je spojený žiadny súkromný kľúč; certifikát bol možno do počítača importovaný bez súkromného kľúča.
    .title = Váš certifikát sa nedá použiť
    .summary = Certifikátu, ktorý vás identifikuje, chýba súkromný kľúč, preto sa nedá použiť. Kľúč možno nebol zahrnutý pri inštalácii certifikátu.
    .summary-host = Certifikátu, ktorý vás identifikuje voči serveru { $host }, chýba súkromný kľúč, preto sa nedá použiť. Kľúč možno nebol zahrnutý pri inštalácii certifikátu.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplikácia nemá oprávnenia potrebné na prístup k súkromnému kľúču priradenému ku klientskemu certifikátu.
    .title = Prístup k vášmu certifikátu bol odmietnutý
    .summary = Táto aplikácia nemá povolené používať súkromný kľúč certifikátu, ktorý vás identifikuje.
    .summary-host = Táto aplikácia nemá povolené používať súkromný kľúč certifikátu, ktorý vás identifikuje voči serveru { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Server proxy vyžaduje overenie klienta certifikátom SSL/TLS; na pripojenie k serveru proxy je potrebné zadať klientsky certifikát.
    .title = Server proxy vyžaduje certifikát
    .summary = Server proxy pred povolením pripojenia vyžaduje certifikát, ktorý identifikuje vás alebo váš počítač.
    .summary-host = Server proxy pred povolením pripojenia k serveru { $host } vyžaduje certifikát, ktorý identifikuje vás alebo váš počítač.
# 12188
error-winhttp-secure-failure-proxy = V zabezpečenom pripojení k serveru proxy sa vyskytla chyba SSL/TLS, napríklad pre problém s certifikátom, ktorý server proxy odoslal.
    .title = Zabezpečené pripojenie k serveru proxy zlyhalo
    .summary = Zabezpečené pripojenie k serveru proxy sa nepodarilo nadviazať, napríklad pre problém s jeho certifikátom.
    .summary-host = Zabezpečené pripojenie k serveru proxy na prístup k serveru { $host } sa nepodarilo nadviazať, napríklad pre problém s jeho certifikátom.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Rezervovaný kód; nepoužíva sa.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém a ohlásila chybu, ktorá je rezervovaná a nikdy sa nepoužíva.
    .summary-host = Táto aplikácia narazila na vnútorný problém pri pripájaní k serveru { $host } a ohlásila chybu, ktorá je rezervovaná a nikdy sa nepoužíva.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Verzia protokolu HTTP, ktorú používa server, nezodpovedá požadovanej alebo vyžadovanej verzii, napríklad sa vyžadoval protokol HTTP/2 alebo HTTP/3, ale nepodarilo sa ho dohodnúť.
    .title = Nekompatibilná verzia webového protokolu
    .summary = Server a táto aplikácia sa nedokázali dohodnúť na verzii webového protokolu.
    .summary-host = Server { $host } a táto aplikácia sa nedokázali dohodnúť na verzii webového protokolu.
# 12191
error-winhttp-global-callback-failed = Globálna funkcia spätného volania zaregistrovaná vo WinHTTP zlyhala.
    .title = Vnútorná chyba aplikácie
    .summary = Táto aplikácia narazila na vnútorný problém: počas spracovania požiadavky zlyhala jedna z jej súčastí.
    .summary-host = Táto aplikácia narazila na vnútorný problém: počas spracovania požiadavky na server { $host } zlyhala jedna z jej súčastí.
# 12192
error-winhttp-feature-disabled = Požadovaná funkcia WinHTTP je zakázaná a nedá sa použiť.
    .title = Funkcia je vypnutá
    .summary = Funkcia, ktorú táto požiadavka potrebuje, je v tomto počítači vypnutá.
    .summary-host = Funkcia potrebná pre požiadavku na server { $host } je v tomto počítači vypnutá.
# 12193
error-winhttp-fast-forwarding-not-supported = Rýchle preposielanie (fast forwarding) nie je pre túto požiadavku alebo pripojenie podporované.
    .title = Funkcia nie je podporovaná
    .summary = Táto aplikácia požiadala o funkciu, ktorú toto pripojenie nepodporuje.
    .summary-host = Táto aplikácia požiadala o funkciu, ktorú pripojenie k serveru { $host } nepodporuje.

## Rady: čo môže používateľ skúsiť; zobrazujú sa ako zoznam pod súhrnom.
## Každá je jedna úplná veta v rozkazovacom spôsobe ukončená bodkou, najviac 100 znakov.
## Katalóg (src/catalog.rs) určuje, ktoré rady sa pri kóde zobrazia a v akom poradí.
hint-check-connection = Skontrolujte pripojenie k sieti.
hint-try-again-later = Chvíľu počkajte a skúste to znova.
hint-check-address = Skontrolujte, či je adresa napísaná správne.
hint-check-proxy = Skontrolujte nastavenie servera proxy alebo sa obráťte na správcu siete.
hint-check-firewall = Skontrolujte, či túto aplikáciu neblokuje brána firewall ani antivírusový program.
hint-check-date-time = Skontrolujte, či má počítač správne nastavený dátum, čas a časové pásmo.
hint-update-system = Nainštalujte najnovšie aktualizácie operačného systému.
hint-contact-site-owner = Ak problém pretrváva, obráťte sa na vlastníka webovej lokality alebo servera.
hint-contact-support = Obráťte sa na tím podpory tejto aplikácie.
hint-update-app = Zistite, či nie je k dispozícii novšia verzia tejto aplikácie.
hint-restart-app = Zatvorte túto aplikáciu a znova ju otvorte.
hint-restart-computer = Reštartujte počítač.
hint-free-memory = Zatvorte ostatné programy, aby sa uvoľnila pamäť, a skúste to znova.
hint-check-credentials = Skontrolujte, či sú meno používateľa a heslo správne.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Skontrolujte, či je požadovaný certifikát správne nainštalovaný, alebo sa obráťte na správcu.

## Problémy s certifikátom: každý na jednom riadku, zobrazujú sa ako zoznam po zlyhaní zabezpečeného pripojenia.
## Najviac 120 znakov; jedna úplná veta ukončená bodkou.
## „Certifikát“ je ten, ktorý odoslal server.
cert-flag-rev-failed = Tento počítač nemohol skontrolovať, či certifikát nebol odvolaný.
cert-flag-invalid-cert = Certifikát nie je platný.
cert-flag-cert-revoked = Certifikát odvolala certifikačná autorita, ktorá ho vydala.
cert-flag-invalid-ca = Certifikát vydala certifikačná autorita, ktorej tento počítač nedôveruje.
cert-flag-cert-cn-invalid = Certifikát bol vydaný pre iný názov lokality.
cert-flag-cert-date-invalid = Platnosť certifikátu uplynula alebo sa ešte nezačala.
cert-flag-cert-wrong-usage = Certifikát nie je určený na tento druh pripojenia.
cert-flag-security-channel-error = Pri nadväzovaní zabezpečeného pripojenia sa vyskytla chyba.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Certifikát má jeden alebo viac problémov, ktoré sa nepodarilo určiť ({ $flags }).

## Kódy, ktoré táto knižnica nepozná.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Pri pripájaní sa vyskytol neočakávaný problém (chyba { $code }, { $hex }).
    .summary-host = Pri pripájaní k serveru { $host } sa vyskytol neočakávaný problém (chyba { $code }, { $hex }).

## Zložené správy

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Neznáma chyba WinHTTP { $code } ({ $hex }).
