### WinHTTP errore-kodeen azalpenak (eu-ES, euskara).
### Mezu bat errore-kode bakoitzeko, zenbakien ordenan. Mezu bakoitzaren
### identifikatzailea konstantearen izen sinbolikoa da, minuskulaz, eta «_»
### ordez «-» duela. Ez aldatu ez identifikatzaileak ez ordena.
### Mezu bakoitzaren balioa azalpen teknikoa da, garatzaileentzat: lerro bakarra,
### aldagairik gabe, dagoen-dagoenean erakusten delako elkarrizketa-koadroetan eta
### erregistroetan. APIaren funtzio, metodo, aukera, makro eta konstanteen izenak
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) identifikatzaileak dira, eta
### ez dira inoiz itzultzen ez aldatzen.
###
### Azken erabiltzailearentzako testua. Balioaz gain (azalpen teknikoa), kode
### bakoitzak hiru atributu ditu, programatzailea ez den pertsona batentzat idatziak:
###   .title         Elkarrizketa-koadroaren izenburua (argibide nagusia): zerk
###                  huts egin duen, gehienez 60 karaktere, lehen letra soilik
###                  maiuskulaz, amaierako punturik gabe.
###   .summary       Izenburuaren azpiko testua: zer gertatu den esaten duten
###                  esaldi erraz bat edo bi, gehienez 200 karaktere, puntuarekin
###                  amaituta. Zerbitzari-izenik gabe ulertu behar da.
###   .summary-host  Laburpen bera, zerbitzariaren izenarekin: { $host } behin
###                  bakarrik agertzen da; gehienez 200 karaktere $host
###                  «example.com» denean.
### $host zerbitzariaren izena da, aplikazioak ezagutzen duen bezala; adibidez,
### «example.com», «intranet.corp.local» edo IP helbide bat, 192.0.2.10 kasu.
### Ez da inoiz hutsik egoten: izenik ez badago, .summary erakusten da.
### IZENAK ETA DEKLINABIDEA: $host aldagaiari ez zaio inoiz kasu-markarik, atzizkirik
### edo artikulurik eransten (ez «{ $host }-era», ez «{ $host }-ekin», ez
### «{ $host }ek»), forma egokia izen bakoitzaren ahoskeraren araberakoa delako.
### Kasua aposizioko izen bati jartzen zaio: «{ $host } zerbitzaria»,
### «{ $host } zerbitzarira», «{ $host } zerbitzariarekin», «{ $host }
### zerbitzariak», «{ $host } zerbitzariaren», «{ $host } izeneko zerbitzaria»,
### Windows-ek euskaraz egiten duen bezala.
### Iradokizunak (hint-*) zerrenda batean erakusten dira laburpenaren azpian:
### agintezko esaldi bat, puntuarekin amaituta, gehienez 100 karaktere.
### Ziurtagiri-lerroak (cert-flag-*), gehienez 120. Katalogoak (src/catalog.rs)
### erabakitzen du kode bakoitzak zer iradokizun dituen, berdin hizkuntza
### guztietan; horregatik, laburpenak zer gertatu den esaten du, eta ez ditu
### iradokizunak errepikatzen.
### Testu horietan ezin da agertu APIaren identifikatzailerik (konstante, funtzio,
### metodo edo aukerarik), ez «_», ez «WinHTTP»/«WinHttp», ez «handle», ez
### «callback», ez «PAC», ez «{» dokumentatutako aldagaietan izan ezik.
### Eguneroko hitzak nahiago dira («konexio segurua», ez TLS/SSL;
### «proxy-konfigurazioko scripta», ez PAC fitxategia, Windows-eko proxy-ezarpenetan
### bezala).
### Aplikazioak berak liburutegia gaizki erabili duenean (kode zaharkituak,
### erreserbatuak eta erabilera okerrekoak), argi esaten da aplikazio honek
### barne-arazo bat izan duela; ez zaio inoiz erabiltzaileari errua botatzen.
### Segurtasun-erroreek ez dute inoiz iradokitzen egiaztapena saihestea, ez ikusi
### egitea edo hala ere jarraitzea.
### Tratamendua: «zu» (zure ordenagailua, zu identifikatzen zaituen ziurtagiria),
### Windows-ek bezala; iradokizunak partizipioarekin, agintera gisa («Egiaztatu», «Itxi»).
### Lehenaldi hurbila testuetan («gertatu da», «huts egin du», «ezin izan da»).
###
### GLOSARIOA (Microsoft-en euskarazko terminologia):
###   computer = «ordenagailua»; file = «fitxategia»; application =
###     «aplikazioa»; settings = «ezarpenak»; user = «erabiltzailea».
###   request = «eskaera»; response = «erantzuna»; header = «goiburua»; server =
###     «zerbitzaria»; network = «sarea»; connection = «konexioa».
###   proxy = «proxy-zerbitzaria» (elkartuetan: «proxy-ezarpenak»); «proxy» ez da
###     bakarrik deklinatzen. proxy setup script (PAC) = «proxy-konfigurazioko
###     scripta» erabiltzailearentzat; «PAC fitxategia» azalpenetan soilik.
###   certificate = «ziurtagiria»; zerbitzariarena, «segurtasun-ziurtagiria»;
###     norberarena, «zu identifikatzen zaituen ziurtagiria»; identifies you or
###     your computer = «zu edo zure ordenagailua identifikatzeko» (komunztadura
###     arazorik gabe). revoke = «baliogabetu»; issuing authority =
###     «ziurtagiria eman zuen entitatea»; private key = «gako pribatua»; expired = «iraungita».
###   secure connection = «konexio segurua»; secure channel = «kanal segurua».
###   firewall = «suhesia»; antivirus program = «antibirus-programa».
###   redirect = «birbideratu»; redirection = «birbideratzea».
###   sign in = «saioa hasi»; user name = «erabiltzaile-izena»; password =
###     «pasahitza».
###   timeout = «denbora-muga» («denbora-muga gainditu da»).
###   download = «deskargatu»; web address = «web-helbidea»; feature =
###     «eginbidea»; turned off = «desaktibatuta»; support team =
###     «laguntza-taldea»; try again = «saiatu berriro».
###   handle = «heldulekua» (azalpenetan soilik); callback = «atzera-deiko
###     funtzioa» (azalpenetan soilik).
###   Winsock (azalpenetan soilik): socket = «socketa»; host = «ostalaria»; name
###     server = «izen-zerbitzaria»; authoritative answer = «autoritatezko
###     erantzuna»; route = «bidea»; keep-alive = «konexioari
###     eustea (keep-alive)». Erabiltzailearentzat: «ezin da sarera iritsi»,
###     «konexioa ukatu da», «ezin da zerbitzarira iritsi», «izena bilatu».
### TIPOGRAFIA: komatxo angeluarrak « » (eta “ ” haien barruan); ez da zuriunerik
### jartzen «:» aurretik, eta minuskula atzetik; hiru puntuak «…»; hitz
### elkartuak marratxoz (segurtasun-ziurtagiria, sare-konexioa); apostrofo
### tipografikoa ’ behar izanez gero.

## Windows-en errore generikoak (winerror.h), WinHTTP-k ere itzultzen dituenak

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Sistemak ezin du aurkitu zehaztutako fitxategia: ez da existitzen funtzioak bilatzen zuen ezarpena, fitxategia edo erregistro-balioa.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: ezin izan da aurkitu behar zuen ezarpen edo fitxategi bat.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean: ezin izan da aurkitu behar zuen ezarpen edo fitxategi bat.
# 6
error-invalid-handle = APIari pasatutako heldulekua baliogabetu edo itxi egin da.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: lehendik itxita zegoen konexio bat erabiltzen saiatu da.
    .summary-host = Aplikazio honek barne-arazo bat izan du: lehendik itxita zegoen { $host } zerbitzariarekiko konexio bat erabiltzen saiatu da.
# 8
error-not-enough-memory = Ez dago memoria nahikorik eskatutako eragiketa osatzeko.
    .title = Ez dago memoria nahikorik
    .summary = Zure ordenagailua memoria erabilgarririk gabe geratu da, eskaera osatu ahal izan baino lehen.
    .summary-host = Zure ordenagailua memoria erabilgarririk gabe geratu da, { $host } zerbitzarirako eskaera osatu ahal izan baino lehen.
# 18
error-no-more-files = Ez da fitxategi gehiago aurkitu.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du eskaera baten emaitzak irakurtzean.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarirako eskaera baten emaitzak irakurtzean.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Beharrezko protokolo-pila ez dago kargatuta, eta aplikazioak ezin du Winsock abiarazi.
    .title = Sarea ez dago erabilgarri
    .summary = Ezin izan dira abiarazi ordenagailu honetan aplikazio honek behar dituen sareko osagaiak.
    .summary-host = Ezin izan dira abiarazi ordenagailu honetan { $host } zerbitzarira konektatzeko behar diren sareko osagaiak.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parametroa ez da zuzena: funtzioari pasatutako argumentuetako bat ez da baliozkoa (adibidez, NULL erakusle bat, egitura-tamaina oker bat edo elkarren artean bateraezinak diren markak).
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: baliozkoa ez den informazioa pasatu dio sareko osagaiari.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean: baliozkoa ez den informazioa pasatu dio sareko osagaiari.
# 122
error-insufficient-buffer = Funtzioari emandako bufferra txikiegia da itzulitako datuak gordetzeko. Xehetasunak ikusteko, kontsultatu funtzio horren dokumentazioa.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: ez du leku nahikorik gorde jaso dituen datuentzat.
    .summary-host = Aplikazio honek barne-arazo bat izan du: ez du leku nahikorik gorde { $host } zerbitzaritik jasotako datuentzat.
# 259
error-no-more-items = Ez dago elementu gehiago.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du emaitza-zerrenda bat irakurtzean.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzaritik jasotako emaitza-zerrenda bat irakurtzean.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = S/I eragiketa gainjarri bat abian da: funtzioak modu asinkronoan jarraitzen du, eta egoeraren atzera-deiko funtzioaren bidez jakinarazten du emaitza.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: oraindik abian zegoen eskaera bat hutsegitetzat hartu du.
    .summary-host = Aplikazio honek barne-arazo bat izan du: oraindik abian zegoen { $host } zerbitzarirako eskaera bat hutsegitetzat hartu du.
# 1168
error-not-found = Ez da elementua aurkitu: funtzioari eskatutako elementua (adibidez, proxy-emaitza bat, sarrera bat edo gordetako ezarpen bat) ez dago.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: existitzen ez den elementu bat eskatu du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean: existitzen ez den elementu bat eskatu du.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Eragiketa ez da baliozkoa objektuaren uneko egoeran; adibidez, ixten ari den WebSocket baten bidez datuak bidaltzea, edo beste jasotze bat zain dagoen bitartean jasotzea.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: konexio bat bere uneko egoerak onartzen ez duen moduan erabiltzen saiatu da.
    .summary-host = Aplikazio honek barne-arazo bat izan du: { $host } zerbitzariarekiko konexioa bere uneko egoerak onartzen ez duen moduan erabiltzen saiatu da.

## Winsock-en erroreak (winsock2.h), WinHTTP inplementazio batek pasatzen uzten dituenak
## (Wine-ren winhttp.dll-k hala egiten du; Windows-enak gehienak 12xxx kode bihurtzen ditu).
## Erabiltzailearentzat WinHTTP-ko bikoaren esanahi bera dute; azalpenak
## adierazten du zein kode den.

# 10050
wsaenetdown = Sareko azpisistemak huts egin du (WSAENETDOWN): ordenagailu honen sare-pilak edo sare-egokigailuak ez du funtzionatzen.
    .title = Sareak ez du funtzionatzen
    .summary = Ordenagailu honetako sareak ez du funtzionatzen; beraz, ezin izan da zerbitzarira iritsi.
    .summary-host = Ordenagailu honetako sareak ez du funtzionatzen; beraz, ezin izan da { $host } zerbitzarira iritsi.
# 10051
wsaenetunreach = Ezin da sarera iritsi (WSAENETUNREACH): ordenagailu honek ez du zerbitzariaren sarerako biderik.
    .title = Ezin da sarera iritsi
    .summary = Ordenagailu honek ez du zerbitzariaren sarerako biderik; beraz, ezin izan da zerbitzarira iritsi.
    .summary-host = Ordenagailu honek ez du { $host } zerbitzariaren sarerako biderik; beraz, ezin izan da zerbitzarira iritsi.
# 10052
wsaenetreset = Konexioa eten egin da, konexioari eusteko jarduerak (keep-alive) hutsegite bat hauteman duelako eragiketa abian zegoela (WSAENETRESET).
    .title = Konexioa eten egin da
    .summary = Zerbitzariarekiko konexioa galdu egin da, sareak erantzuteari utzi diolako.
    .summary-host = { $host } zerbitzariarekiko konexioa galdu egin da, sareak erantzuteari utzi diolako.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Ordenagailu honetako software batek bertan behera utzi du ezarritako konexio bat (WSAECONNABORTED); adibidez, datu-transmisio baten denbora-muga gainditu ondoren edo suhesi baten eraginez.
    .title = Konexioa eten egin da
    .summary = Ordenagailu honek amaitu du zerbitzariarekiko konexioa; baliteke suhesi batek edo segurtasun-programa batek eragin izana.
    .summary-host = Ordenagailu honek amaitu du { $host } zerbitzariarekiko konexioa; baliteke suhesi batek edo segurtasun-programa batek eragin izana.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Urruneko ostalariak behartuta itxi du lehendik zegoen konexio bat (WSAECONNRESET).
    .title = Konexioa eten egin da
    .summary = Zerbitzariak ustekabean itxi du konexioa.
    .summary-host = { $host } zerbitzariak ustekabean itxi du konexioa.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Konexio-saiakeraren edo transferentziaren denbora-muga gainditu da, beste aldeak ez duelako garaiz erantzun (WSAETIMEDOUT).
    .title = Konexioaren denbora-muga gainditu da
    .summary = Zerbitzariak denbora gehiegi behar izan du erantzuteko.
    .summary-host = { $host } zerbitzariak denbora gehiegi behar izan du erantzuteko.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Ezin izan da konexiorik ezarri, helburuko ordenagailuak berariaz ukatu duelako (WSAECONNREFUSED): ez dago ezer ataka horretan entzuten.
    .title = Konexioa ukatu da
    .summary = Zerbitzariak konexioa ukatu du. Baliteke itzalita egotea edo konexiorik ez onartzea.
    .summary-host = { $host } zerbitzariak konexioa ukatu du. Baliteke itzalita egotea edo konexiorik ez onartzea.
# 10064
wsaehostdown = Socket-eragiketa batek huts egin du, helburuko ostalaria aktibo ez dagoelako (WSAEHOSTDOWN).
    .title = Zerbitzariak ez du erantzuten
    .summary = Badirudi zerbitzaria itzalita edo saretik deskonektatuta dagoela.
    .summary-host = Badirudi { $host } zerbitzaria itzalita edo saretik deskonektatuta dagoela.
# 10065
wsaehostunreach = Iritsi ezin den ostalari batekin socket-eragiketa bat egiten saiatu da (WSAEHOSTUNREACH): ez da aurkitu zerbitzarirako biderik.
    .title = Ezin da zerbitzarira iritsi
    .summary = Ez da aurkitu ordenagailu honetatik zerbitzarirako biderik.
    .summary-host = Ez da aurkitu ordenagailu honetatik { $host } zerbitzarirako biderik.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Ostalari ezezaguna (WSAHOST_NOT_FOUND): izen-zerbitzariak ez du helbiderik izen honetarako.
    .title = Ez da aurkitu zerbitzaria
    .summary = Ez da aurkitu zerbitzaria sarean.
    .summary-host = Ez da aurkitu { $host } izeneko zerbitzaririk sarean.
# 11002
wsatry-again = Izen-zerbitzariak ez du autoritatezko erantzunik eman, eta bilaketak geroago arrakasta izan dezake (WSATRY_AGAIN): izen-zerbitzariaren aldi baterako hutsegitea izan ohi da.
    .title = Ezin izan da bilatu zerbitzariaren izena
    .summary = Une honetan ezin izan da bilatu zerbitzariaren izena. Aldi baterako arazoa izan ohi da.
    .summary-host = Une honetan ezin izan da bilatu { $host } izena. Aldi baterako arazoa izan ohi da.

## WinHTTP-ren errore bereziak (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Ezin izan da helduleku gehiago sortu (zaharkitua; jada ez da erabiltzen).
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
# 12002
error-winhttp-timeout = Eskaeraren denbora-muga gainditu da. TCP/IP-ren denbora-mugen portaerak ere eragin dezake hori, WinHTTP-n ezarritako denbora-muga balioak edozein direla ere.
    .title = Konexioaren denbora-muga gainditu da
    .summary = Zerbitzariak denbora gehiegi behar izan du erantzuteko.
    .summary-host = { $host } zerbitzariak denbora gehiegi behar izan du erantzuteko.
# 12004
error-winhttp-internal-error = Barne-errore bat gertatu da WinHTTP-n.
    .title = Ustekabeko barne-errorea
    .summary = Ustekabeko barne-arazo batek eskaera geldiarazi du.
    .summary-host = Ustekabeko barne-arazo batek { $host } zerbitzarirako eskaera geldiarazi du.
# 12005
error-winhttp-invalid-url = URLa ez da baliozkoa.
    .title = Web-helbide baliogabea
    .summary = Web-helbidea ez da baliozkoa; beraz, ezin izan da eskaera bidali.
    .summary-host = { $host } zerbitzarira iristeko erabilitako web-helbidea ez da baliozkoa; beraz, ezin izan da eskaera bidali.
# 12006
error-winhttp-unrecognized-scheme = URLak http: edo https: ez den eskema bat zehazten du.
    .title = Onartzen ez den web-helbidea
    .summary = Helbide mota hau ez da onartzen. Ireki daitezkeen helbide bakarrak http:// edo https:// aurrizkiarekin hasten direnak dira.
    .summary-host = { $host } zerbitzarira iristeko erabilitako helbidea onartzen ez den motakoa da. Ireki daitezkeen helbide bakarrak http:// edo https:// aurrizkiarekin hasten direnak dira.
# 12007
error-winhttp-name-not-resolved = Ezin izan da ebatzi zerbitzariaren izena.
    .title = Ez da aurkitu zerbitzaria
    .summary = Ez da aurkitu zerbitzaria sarean.
    .summary-host = Ez da aurkitu { $host } izeneko zerbitzaririk sarean.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption edo WinHttpSetOption funtzioari egindako dei batek aukera-balio baliogabe bat zehaztu du.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: baliozkoa ez den konexio-ezarpen bat erabili du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean: baliozkoa ez den konexio-ezarpen bat erabili du.
# 12011
error-winhttp-option-not-settable = Eskatutako aukera ezin da ezarri; kontsultatu soilik egin daiteke.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: irakurri soilik egin daitekeen konexio-ezarpen bat aldatzen saiatu da.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean: irakurri soilik egin daitekeen konexio-ezarpen bat aldatzen saiatu da.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = WinHTTP funtzioen euskarria ixten edo deskargatzen ari da.
    .title = Sarerako sarbidea ixten ari da
    .summary = Eskaera geldiarazi egin da, sarerako sarbidea ixten ari delako; adibidez, aplikazio hau ixten ari delako.
    .summary-host = { $host } zerbitzarirako eskaera geldiarazi egin da, sarerako sarbidea ixten ari delako; adibidez, aplikazio hau ixten ari delako.
# 12015
error-winhttp-login-failure = Saioa hasteko saiakerak huts egin du. Itxi eskaeraren heldulekua WinHttpCloseHandle funtzioarekin, eta sortu beste bat huts egin duen funtzioari berriro deitu aurretik.
    .title = Ezin izan da saioa hasi
    .summary = Zerbitzariak ez ditu onartu saioa hasteko datuak.
    .summary-host = { $host } zerbitzariak ez ditu onartu saioa hasteko datuak.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Eragiketa bertan behera utzi da, normalean eskaerak erabiltzen zuen heldulekua eragiketa amaitu aurretik itxi delako.
    .title = Eskaera bertan behera utzi da
    .summary = Eskaera bertan behera utzi da amaitu aurretik.
    .summary-host = { $host } zerbitzarirako eskaera bertan behera utzi da amaitu aurretik.
# 12018
error-winhttp-incorrect-handle-type = Emandako helduleku mota ez da egokia eragiketa honetarako.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du, eta ezin izan du eskaera osatu.
    .summary-host = Aplikazio honek barne-arazo bat izan du, eta ezin izan du osatu { $host } zerbitzarirako eskaera.
# 12019
error-winhttp-incorrect-handle-state = Ezin da egin eskatutako eragiketa, emandako heldulekua ez dagoelako egoera egokian.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: eskaeraren urratsak ordena okerrean egin ditu.
    .summary-host = Aplikazio honek barne-arazo bat izan du: { $host } zerbitzarirako eskaeraren urratsak ordena okerrean egin ditu.
# 12029
error-winhttp-cannot-connect = Ezin izan da zerbitzariarekiko konexioa ezarri.
    .title = Ezin da konektatu
    .summary = Aplikazio honek ezin izan du zerbitzarira konektatu.
    .summary-host = Aplikazio honek ezin izan du { $host } zerbitzarira konektatu.
# 12030
error-winhttp-connection-error = Zerbitzariarekiko konexioa berrezarri edo amaitu egin da, edo SSL protokolo bateraezin bat aurkitu da (adibidez, WinHTTP 5.1 bertsioak ez du SSL 2.0 onartzen, bezeroak berariaz gaitzen ez badu).
    .title = Konexioa eten egin da
    .summary = Zerbitzariarekiko konexioa ustekabean eten edo itxi egin da.
    .summary-host = { $host } zerbitzariarekiko konexioa ustekabean eten edo itxi egin da.
# 12032
error-winhttp-resend-request = WinHTTP funtzioak huts egin du, baina berriro dei dakioke eskaeraren helduleku bera erabiliz.
    .title = Eskaera ez da osatu
    .summary = Ezin izan da eskaera osatu saiakera honetan.
    .summary-host = Ezin izan da { $host } zerbitzarirako eskaera osatu saiakera honetan.
# 12037
error-winhttp-secure-cert-date-invalid = Beharrezko ziurtagiri bat ez dago baliozkotasun-epearen barruan, sistemaren erlojuaren edo sinatutako fitxategiaren denbora-zigiluaren arabera, edo ziurtagiri-katearen baliozkotasun-epeak ez daude behar bezala habiaratuta (CERT_E_EXPIRED edo CERT_E_VALIDITYPERIODNESTING errorearen baliokidea).
    .title = Ziurtagiria iraungita dago edo oraindik ez da baliozkoa
    .summary = Ordenagailu honen erlojuaren arabera, zerbitzariaren segurtasun-ziurtagiria iraungita dago edo oraindik ez da baliozkoa.
    .summary-host = Ordenagailu honen erlojuaren arabera, { $host } zerbitzariaren segurtasun-ziurtagiria iraungita dago edo oraindik ez da baliozkoa.
# 12038
error-winhttp-secure-cert-cn-invalid = Ziurtagiriaren izen arrunta (CN) ez dator bat emandako balioarekin (CERT_E_CN_NO_MATCH errorearen baliokidea).
    .title = Ziurtagiria beste gune batena da
    .summary = Segurtasun-ziurtagiria beste gune-izen baterako eman zen; beraz, ezin izan da egiaztatu zerbitzariaren identitatea.
    .summary-host = { $host } zerbitzariak bidalitako segurtasun-ziurtagiria beste izen baterako eman zen; beraz, ezin izan da egiaztatu zerbitzariaren identitatea.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Zerbitzariak SSL bezero-autentifikazioa eskatzen du (WinHttpReceiveResponse funtzioak jakinarazten du). Lortu onartutako ziurtagiri-jaulkitzaileak WinHttpQueryOption eta WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST erabiliz; ziurtagiri bat eskatzen bada baina nahitaezkoa ez bada, deitu WinHttpSetOption funtzioari WINHTTP_OPTION_CLIENT_CERT_CONTEXT aukerarekin, WINHTTP_NO_CLIENT_CERT_CONTEXT lpBuffer parametroan emanda.
    .title = Zerbitzariak ziurtagiri bat eskatzen du
    .summary = Zerbitzariak zu edo zure ordenagailua identifikatzeko ziurtagiri bat eskatzen du konexioa baimendu aurretik.
    .summary-host = { $host } zerbitzariak zu edo zure ordenagailua identifikatzeko ziurtagiri bat eskatzen du konexioa baimendu aurretik.
# 12045
error-winhttp-secure-invalid-ca = Ziurtagiri-kate bat prozesatu da, baina konfiantza-hornitzaileak fidagarritzat ez duen erro-ziurtagiri batean amaitu da (CERT_E_UNTRUSTEDROOT errorearen baliokidea).
    .title = Ziurtagiria ez da fidagarria
    .summary = Zerbitzariaren segurtasun-ziurtagiria ordenagailu honek fidagarritzat ez duen entitate batek eman du.
    .summary-host = { $host } zerbitzariaren segurtasun-ziurtagiria ordenagailu honek fidagarritzat ez duen entitate batek eman du.
# 12057
error-winhttp-secure-cert-rev-failed = Ezin izan da egiaztatu ziurtagiria baliogabetu den, baliogabetze-zerbitzaria lineaz kanpo zegoelako (CRYPT_E_REVOCATION_OFFLINE errorearen baliokidea).
    .title = Ezin izan da egiaztatu ziurtagiria
    .summary = Ordenagailu honek ezin izan du egiaztatu zerbitzariaren segurtasun-ziurtagiria baliogabetu den, ezin izan delako iritsi baliogabetutako ziurtagirien berri ematen duen zerbitzarira.
    .summary-host = Ordenagailu honek ezin izan du egiaztatu { $host } zerbitzariaren segurtasun-ziurtagiria baliogabetu den, ezin izan delako iritsi baliogabetutako ziurtagirien berri ematen duen zerbitzarira.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest objektuak ezin du egin eskatutako eragiketa Open metodoari deitu aurretik.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: eskaera bat prestatu aurretik erabiltzen saiatu da.
    .summary-host = Aplikazio honek barne-arazo bat izan du: { $host } zerbitzarirako eskaera bat prestatu aurretik erabiltzen saiatu da.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest objektuak ezin du egin eskatutako eragiketa Send metodoari deitu aurretik.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: erantzun bat eskatu du eskaera bidali aurretik.
    .summary-host = Aplikazio honek barne-arazo bat izan du: { $host } zerbitzariaren erantzuna eskatu du eskaera bidali aurretik.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest objektuak ezin du egin eskatutako eragiketa Send metodoari deitu ondoren.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: lehendik bidalita zegoen eskaera bat aldatzen saiatu da.
    .summary-host = Aplikazio honek barne-arazo bat izan du: lehendik bidalita zegoen { $host } zerbitzarirako eskaera bat aldatzen saiatu da.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest objektuak ezin du eskatu zehaztutako aukera Open metodoari deitu ondoren.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: eskaera baten ezarpen bat aldatzen saiatu da, horretarako beranduegi zenean.
    .summary-host = Aplikazio honek barne-arazo bat izan du: { $host } zerbitzarirako eskaera baten ezarpen bat aldatzen saiatu da, horretarako beranduegi zenean.
# 12150
error-winhttp-header-not-found = Ezin izan da aurkitu eskatutako goiburua.
    .title = Informazioa falta da erantzunean
    .summary = Zerbitzariaren erantzunean falta zen aplikazio honek espero zuen datu bat.
    .summary-host = { $host } zerbitzariaren erantzunean falta zen aplikazio honek espero zuen datu bat.
# 12152
error-winhttp-invalid-server-response = Ezin izan da aztertu zerbitzariaren erantzuna.
    .title = Zerbitzariaren erantzun baliogabea
    .summary = Zerbitzariak ulertu ezin izan den erantzun bat bidali du.
    .summary-host = { $host } zerbitzariak ulertu ezin izan den erantzun bat bidali du.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Emandako HTTP goiburua ez da baliozkoa; adibidez, formatu okerra duelako.
    .title = Eskaera baliogabea
    .summary = Aplikazio hau baliozkoa ez den formatu batean informazioa bidaltzen saiatu da; beraz, ezin izan da eskaera bidali.
    .summary-host = Aplikazio hau { $host } zerbitzarira informazioa bidaltzen saiatu da, baliozkoa ez den formatu batean; beraz, ezin izan da eskaera bidali.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Goiburu-kontsultako eskaera bat ez zen baliozkoa (zaharkitua; jada ez da erabiltzen).
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Ezin izan da goiburua gehitu, lehendik badagoelako (zaharkitua; jada ez da erabiltzen).
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: informazio bera bi aldiz gehitzen saiatu da eskaera batean.
    .summary-host = Aplikazio honek barne-arazo bat izan du: informazio bera bi aldiz gehitzen saiatu da { $host } zerbitzarirako eskaera batean.
# 12156
error-winhttp-redirect-failed = Birbideratzeak huts egin du, eskema aldatu delako edo birbideratzeko saiakera guztiek huts egin dutelako (bost saiakera, modu lehenetsian).
    .title = Birbideratzeak huts egin du
    .summary = Zerbitzariak beste helbide batera birbideratu du eskaera, baina ezin izan da birbideratzea osatu.
    .summary-host = { $host } zerbitzariak beste helbide batera birbideratu du eskaera, baina ezin izan da birbideratzea osatu.
# 12157
error-winhttp-secure-channel-error = Errore bat gertatu da kanal seguruan (winerror.h fitxategian definitutako SEC_E_ eta SEC_I_ errore-kodeen baliokidea).
    .title = Ezin izan da konexio segurua ezarri
    .summary = Errore bat gertatu da zerbitzariarekin konexio segurua ezartzean.
    .summary-host = Errore bat gertatu da { $host } zerbitzariarekin konexio segurua ezartzean.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Errore bat gertatu da proxy-konfigurazio automatikoko (PAC) fitxategiko script-kodea exekutatzean.
    .title = Errorea proxy-konfigurazioko scriptean
    .summary = Sare honetako proxy-konfigurazioko scriptak errore bat du.
    .summary-host = { $host } zerbitzarira iristeko erabiltzen den proxy-konfigurazioko scriptak errore bat du.
# 12167
error-winhttp-unable-to-download-script = Ezin izan da PAC fitxategia deskargatu; adibidez, PAC URLak adierazitako zerbitzarira ezin izan delako iritsi edo zerbitzariak 404 Not Found itzuli duelako.
    .title = Proxy-konfigurazioko scripta ez dago erabilgarri
    .summary = Ezin izan da deskargatu sare honetako proxy-konfigurazioko scripta.
    .summary-host = Ezin izan da deskargatu { $host } zerbitzarira iristeko behar den proxy-konfigurazioko scripta.
# 12169
error-winhttp-secure-invalid-cert = Ziurtagiri bat ez da baliozkoa (CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED eta CERT_E_CHAINING bezalako erroreen baliokidea).
    .title = Ziurtagiri baliogabea
    .summary = Zerbitzariaren segurtasun-ziurtagiria ez da baliozkoa; beraz, ezin izan da konexio segururik ezarri.
    .summary-host = { $host } zerbitzariaren segurtasun-ziurtagiria ez da baliozkoa; beraz, ezin izan da konexio segururik ezarri.
# 12170
error-winhttp-secure-cert-revoked = Ziurtagiri bat baliogabetu egin da (CRYPT_E_REVOKED errorearen baliokidea).
    .title = Ziurtagiria baliogabetu egin da
    .summary = Zerbitzariaren segurtasun-ziurtagiria eman zuen entitateak baliogabetu egin du; beraz, jada ez da fidagarria.
    .summary-host = { $host } zerbitzariaren segurtasun-ziurtagiria eman zuen entitateak baliogabetu egin du; beraz, jada ez da fidagarria.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP ez da hasieratu (zaharkitua; jada ez da erabiltzen).
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean, eta egungo sistemek jada erabiltzen ez duten errore bat jakinarazi du.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Errore bat edo gehiago aurkitu dira zerbitzariak bidalitako SSL (Secure Sockets Layer) ziurtagirian. Zein diren jakiteko, bilatu WINHTTP_CALLBACK_STATUS_SECURE_FAILURE jakinarazpena egoeraren atzera-deiko funtzio batean (ikus WINHTTP_STATUS_CALLBACK).
    .title = Konexio seguruak huts egin du
    .summary = Zerbitzariaren segurtasun-ziurtagiriak arazo bat edo gehiago ditu; beraz, ezin izan da konexio segururik ezarri.
    .summary-host = { $host } zerbitzariak bidalitako segurtasun-ziurtagiriak arazo bat edo gehiago ditu; beraz, ezin izan da konexio segururik ezarri.
# 12176
error-winhttp-unhandled-script-type = Script mota ez da onartzen.
    .title = Proxy-konfigurazioko scripta ez da onartzen
    .summary = Sare honetako proxy-konfigurazioko scripta onartzen ez den motakoa da.
    .summary-host = { $host } zerbitzarira iristeko erabiltzen den proxy-konfigurazioko scripta onartzen ez den motakoa da.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Errore bat gertatu da script bat exekutatzean.
    .title = Proxy-konfigurazioko scriptak huts egin du
    .summary = Errore bat gertatu da sare honetako proxy-konfigurazioko scripta exekutatzean.
    .summary-host = Errore bat gertatu da { $host } zerbitzarira iristeko erabiltzen den proxy-konfigurazioko scripta exekutatzean.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl funtzioak ezin izan du proxy-zerbitzaririk aurkitu zehaztutako URLarentzat.
    .title = Ez da aurkitu proxy-zerbitzaria
    .summary = Ezin izan da zehaztu helbide honetarako zein proxy-zerbitzari erabili behar den.
    .summary-host = Ezin izan da zehaztu { $host } zerbitzarirako zein proxy-zerbitzari erabili behar den.
# 12179
error-winhttp-secure-cert-wrong-usage = Ziurtagiri bat ez da baliozkoa eskatutako erabilerarako (CERT_E_WRONG_USAGE errorearen baliokidea).
    .title = Ziurtagiria ez da baliozkoa erabilera honetarako
    .summary = Zerbitzariaren segurtasun-ziurtagiria ez dago konexio mota honetan erabiltzeko pentsatuta.
    .summary-host = { $host } zerbitzariaren segurtasun-ziurtagiria ez dago konexio mota honetan erabiltzeko pentsatuta.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl funtzioak ezin izan du aurkitu proxy-konfigurazio automatikoko (PAC) fitxategiaren URLa.
    .title = Ez dira hauteman proxy-ezarpenak
    .summary = Ezin izan dira automatikoki hauteman sare honetako proxy-ezarpenak.
    .summary-host = Ezin izan dira automatikoki hauteman { $host } zerbitzarira iristeko behar diren proxy-ezarpenak.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse funtzioak WinHTTP-k onar ditzakeenak baino goiburu gehiago dituen erantzun bat jaso du.
    .title = Zerbitzariaren erantzuna baztertu da
    .summary = Zerbitzariak goiburu gehiegi dituen erantzun bat bidali du; beraz, ezin izan da onartu.
    .summary-host = { $host } zerbitzariak goiburu gehiegi dituen erantzun bat bidali du; beraz, ezin izan da onartu.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse funtzioak jasotako goiburuen tamaina osoak eskaeraren heldulekuan ezarritako muga gainditzen du.
    .title = Zerbitzariaren erantzuna handiegia da
    .summary = Zerbitzariak goiburu handiegiak dituen erantzun bat bidali du; beraz, ezin izan da onartu.
    .summary-host = { $host } zerbitzariak goiburu handiegiak dituen erantzun bat bidali du; beraz, ezin izan da onartu.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse funtzioak gainezkatze bat aurkitu du erantzunaren zatikako transferentzia-kodeketa (chunked) aztertzean: zati-goiburu batek baimendutako tamaina gainditu du.
    .title = Ezin izan da irakurri zerbitzariaren erantzuna
    .summary = Zerbitzariaren erantzunaren zati bat baimendutakoa baino handiagoa zen; beraz, ezin izan da erantzuna irakurri.
    .summary-host = { $host } zerbitzariaren erantzunaren zati bat baimendutakoa baino handiagoa zen; beraz, ezin izan da erantzuna irakurri.
# 12184
error-winhttp-response-drain-overflow = Sarrerako erantzun batek WinHTTP-ren barneko tamaina-muga bat gainditu du.
    .title = Zerbitzariaren erantzunak tamaina-muga bat gainditu du
    .summary = Zerbitzariaren erantzuna ordenagailu honek onartzen duena baino handiagoa zen; beraz, ezin izan da jaso.
    .summary-host = { $host } zerbitzariaren erantzuna ordenagailu honek onartzen duena baino handiagoa zen; beraz, ezin izan da jaso.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = Ez dago gako pribaturik lotuta SSL bezero-ziurtagiriaren testuinguruarekin; baliteke ziurtagiria ordenagailura gako pribaturik gabe inportatu izana.
    .title = Ezin da erabili zure ziurtagiria
    .summary = Zu identifikatzen zaituen ziurtagiriak ez du gako pribaturik; beraz, ezin da erabili. Baliteke gakoa ez sartu izana ziurtagiria instalatu zenean.
    .summary-host = { $host } zerbitzariaren aurrean zu identifikatzen zaituen ziurtagiriak ez du gako pribaturik; beraz, ezin da erabili. Baliteke gakoa ez sartu izana ziurtagiria instalatu zenean.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplikazioak ez ditu bezero-ziurtagiriari lotutako gako pribatura sartzeko behar diren pribilegioak.
    .title = Zure ziurtagirirako sarbidea ukatu da
    .summary = Aplikazio honek ez du baimenik zu identifikatzen zaituen ziurtagiriaren gako pribatua erabiltzeko.
    .summary-host = Aplikazio honek ez du baimenik { $host } zerbitzariaren aurrean zu identifikatzen zaituen ziurtagiriaren gako pribatua erabiltzeko.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxy-zerbitzariak SSL/TLS bezero-ziurtagiri bidezko autentifikazioa eskatzen du; bezero-ziurtagiri bat eman behar da proxy-konexiorako.
    .title = Proxy-zerbitzariak ziurtagiri bat eskatzen du
    .summary = Proxy-zerbitzariak zu edo zure ordenagailua identifikatzeko ziurtagiri bat eskatzen du konexioa baimendu aurretik.
    .summary-host = Proxy-zerbitzariak zu edo zure ordenagailua identifikatzeko ziurtagiri bat eskatzen du { $host } zerbitzarirako konexioa baimendu aurretik.
# 12188
error-winhttp-secure-failure-proxy = SSL/TLS errore bat gertatu da proxy-zerbitzariarekiko konexio seguruan; adibidez, hark bidalitako ziurtagiriarekin arazo bat.
    .title = Proxy-zerbitzariarekiko konexio seguruak huts egin du
    .summary = Ezin izan da konexio segururik ezarri proxy-zerbitzariarekin; adibidez, haren ziurtagiriak arazoren bat duelako.
    .summary-host = Ezin izan da konexio segururik ezarri { $host } zerbitzarira iristeko erabiltzen den proxy-zerbitzariarekin; adibidez, haren ziurtagiriak arazoren bat duelako.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Kode erreserbatua; ez da erabiltzen.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du, eta erreserbatuta dagoen eta inoiz erabiltzen ez den errore bat jakinarazi du.
    .summary-host = Aplikazio honek barne-arazo bat izan du { $host } zerbitzarira konektatzean, eta erreserbatuta dagoen eta inoiz erabiltzen ez den errore bat jakinarazi du.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Zerbitzariak erabiltzen duen HTTP protokoloaren bertsioa ez dator bat eskatutakoarekin edo beharrezkoarekin; adibidez, HTTP/2 edo HTTP/3 behar zen, baina ezin izan da negoziatu.
    .title = Web-protokoloaren bertsio bateraezina
    .summary = Zerbitzaria eta aplikazio hau ez dira ados jarri web-protokoloaren zein bertsio erabiliko duten.
    .summary-host = { $host } zerbitzaria eta aplikazio hau ez dira ados jarri web-protokoloaren zein bertsio erabiliko duten.
# 12191
error-winhttp-global-callback-failed = WinHTTP-n erregistratutako atzera-deiko funtzio global batek huts egin du.
    .title = Aplikazioaren barne-errorea
    .summary = Aplikazio honek barne-arazo bat izan du: haren osagaietako batek huts egin du eskaera prozesatu bitartean.
    .summary-host = Aplikazio honek barne-arazo bat izan du: haren osagaietako batek huts egin du { $host } zerbitzarirako eskaera prozesatu bitartean.
# 12192
error-winhttp-feature-disabled = Eskatutako WinHTTP eginbidea desgaituta dago, eta ezin da erabili.
    .title = Eginbidea desaktibatuta dago
    .summary = Eskaera honek behar duen eginbide bat desaktibatuta dago ordenagailu honetan.
    .summary-host = { $host } zerbitzarirako eskaerak behar duen eginbide bat desaktibatuta dago ordenagailu honetan.
# 12193
error-winhttp-fast-forwarding-not-supported = Aurrera bizkor egitea (fast forwarding) ez da onartzen eskaera edo konexio honetarako.
    .title = Eginbidea ez da onartzen
    .summary = Aplikazio honek konexio honek onartzen ez duen eginbide bat eskatu du.
    .summary-host = Aplikazio honek { $host } zerbitzariarekiko konexioak onartzen ez duen eginbide bat eskatu du.

## Iradokizunak: erabiltzaileak proba dezakeena, laburpenaren azpiko zerrenda batean.
## Bakoitza agintezko esaldi oso bat da, puntuarekin amaituta, gehienez 100 karaktere.
## Katalogoak (src/catalog.rs) erabakitzen du kode bakoitzak zer iradokizun erakusten dituen eta zer ordenatan.
hint-check-connection = Egiaztatu sare-konexioa.
hint-try-again-later = Itxaron une batez, eta saiatu berriro.
hint-check-address = Egiaztatu helbidea ondo idatzita dagoela.
hint-check-proxy = Egiaztatu proxy-ezarpenak, edo galdetu sareko administratzaileari.
hint-check-firewall = Ziurtatu ez dagoela suhesirik edo antibirus-programarik aplikazio hau blokeatzen.
hint-check-date-time = Ziurtatu ordenagailuaren data, ordua eta ordu-zona zuzenak direla.
hint-update-system = Instalatu sistema eragilearen azken eguneratzeak.
hint-contact-site-owner = Arazoak bere horretan jarraitzen badu, jarri harremanetan webgunearen edo zerbitzariaren jabearekin.
hint-contact-support = Jarri harremanetan aplikazio honen laguntza-taldearekin.
hint-update-app = Begiratu aplikazio honen bertsio berriagorik dagoen.
hint-restart-app = Itxi aplikazio hau, eta ireki berriro.
hint-restart-computer = Berrabiarazi ordenagailua.
hint-free-memory = Itxi beste programa batzuk memoria askatzeko, eta saiatu berriro.
hint-check-credentials = Egiaztatu erabiltzaile-izena eta pasahitza zuzenak direla.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Ziurtatu eskatutako ziurtagiria behar bezala instalatuta dagoela, edo galdetu administratzaileari.

## Ziurtagiri-arazoak: lerro bat bakoitzeko, zerrenda batean, konexio seguruak huts egin duenean.
## Gehienez 120 karaktere; esaldi oso bat, puntuarekin amaituta.
## «Ziurtagiria» zerbitzariak bidali duena da.
cert-flag-rev-failed = Ordenagailu honek ezin izan du egiaztatu ziurtagiria baliogabetu den.
cert-flag-invalid-cert = Ziurtagiria ez da baliozkoa.
cert-flag-cert-revoked = Ziurtagiria eman zuen entitateak baliogabetu egin du.
cert-flag-invalid-ca = Ordenagailu honek fidagarritzat ez duen entitate batek eman du ziurtagiria.
cert-flag-cert-cn-invalid = Ziurtagiria beste gune-izen baterako eman zen.
cert-flag-cert-date-invalid = Ziurtagiria iraungita dago edo oraindik ez da baliozkoa.
cert-flag-cert-wrong-usage = Ziurtagiria ez dago konexio mota honetarako pentsatuta.
cert-flag-security-channel-error = Errore bat gertatu da konexio segurua ezartzean.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Ziurtagiriak identifikatu ezin izan diren arazo bat edo gehiago ditu ({ $flags }).

## Liburutegi honek ezagutzen ez dituen kodeak.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Ustekabeko arazo bat gertatu da konektatzean (errorea: { $code }, { $hex }).
    .summary-host = Ustekabeko arazo bat gertatu da { $host } zerbitzarira konektatzean (errorea: { $code }, { $hex }).

## Mezu konposatuak

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = WinHTTP errore ezezaguna: { $code } ({ $hex }).
