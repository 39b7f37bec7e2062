### Opisi kod napak WinHTTP (sl-SI).
### Eno sporočilo na kodo napake, razvrščeno po številski kodi. Identifikator
### sporočila je ime simbolne konstante z malimi črkami, v katerem je »_«
### zamenjan z »-«.
### Vrednost vsakega sporočila je tehnični opis za razvijalce: ena vrstica brez
### spremenljivk, ker je prikazana nespremenjena v pogovornih oknih in
### dnevnikih. Imena funkcij, metod, možnosti, makrov in konstant
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) so identifikatorji
### vmesnika API: nikoli se ne prevajajo in ne spreminjajo.
###
### Besedila za končne uporabnike. Poleg vrednosti (tehničnega opisa) ima vsako
### sporočilo tri atribute, napisane za človeka, ki ni programer:
###   .title         Naslov pogovornega okna (glavno navodilo pogovornega okna
###                  opravila v sistemu Windows): kaj je šlo narobe, največ 60
###                  znakov, velika začetnica samo na začetku, brez pike na
###                  koncu.
###   .summary       Besedilo pod naslovom: en ali dva preprosta stavka o tem,
###                  kaj se je zgodilo, največ 200 znakov, s piko na koncu.
###                  Razumljivo mora biti samo po sebi, brez imena strežnika.
###   .summary-host  Enak povzetek z imenom strežnika: { $host } natanko
###                  enkrat, največ 200 znakov, ko je $host »example.com«.
### $host vsebuje ime strežnika, kot ga pozna aplikacija, npr. »example.com«,
### »intranet.corp.local« ali naslov IP, kot je 192.0.2.10. Nikoli ni prazen:
### brez imena se prikaže .summary. Ime se ne sklanja in nanj se ne pripenjajo
### končnice; sklanja se samostalnik pred njim: »strežnik { $host }«,
### »s strežnikom { $host }«, »do strežnika { $host }«, »Strežnik z imenom
### { $host }«.
### Namigi (hint-*, največ 100 znakov, en stavek v velelniku s piko na koncu)
### so prikazani kot seznam pod povzetkom; katere namige dobi koda, določa
### katalog (src/catalog.rs), v vseh jezikih enako, zato povzetek pove, kaj se
### je zgodilo, in namigov ne ponavlja. Vrstice o potrdilih (cert-flag-*) imajo
### največ 120 znakov, besedila neznane kode največ 200.
### V teh delih ne sme biti nobenega identifikatorja vmesnika API: nobenega
### imena konstante, funkcije, metode ali možnosti, nobenega »_«,
### »WinHTTP«/»WinHttp«, »handle«, »callback«, »PAC« in nobenega »{« razen
### dokumentiranih spremenljivk. Za to je namenjen opis. Prednost imajo
### vsakdanje besede (»varna povezava« namesto TLS/SSL, »skript za nastavitev
### strežnika proxy« namesto datoteke PAC).
### Kadar je knjižnico napačno uporabila aplikacija sama (zastarele,
### rezervirane kode in napake uporabe), besedilo jasno pove, da je ta
### aplikacija naletela na notranjo težavo; nikoli ne krivi uporabnika. Pri
### varnostnih napakah besedilo nikoli ne predlaga, naj se zaščita obide,
### prezre ali naj se kljub temu nadaljuje.
### Nagovor: vikanje kot v sistemu Windows; namigi v velelniku 2. osebe
### množine (»Preverite …«, »Znova zaženite …«). Zaimka »vi«, »vaš« z malo
### začetnico (Microsoftov slog za slovenščino).
###
### SLOVAR (Microsoftova terminologija v slovenskem sistemu Windows):
###   request          = »zahteva« (zahteva za strežnik)
###   header           = »glava« (glava HTTP)
###   handle           = »ročica«; samo v opisih
###   callback         = »funkcija povratnega klica«; samo v opisih
###   proxy            = »strežnik proxy« (kot v »Nastavitve strežnika proxy«)
###   PAC file         = »datoteka PAC« (datoteka za samodejno konfiguracijo
###                      strežnika proxy) v opisih; za uporabnika »skript za
###                      nastavitev strežnika proxy« (Windows: »Uporabi
###                      namestitveni skript« v nastavitvah strežnika proxy)
###   certificate      = »potrdilo« (ne »certifikat«); za uporabnika
###                      »varnostno potrdilo« (potrdilo strežnika) ali
###                      »potrdilo, ki vas identificira« (odjemalsko potrdilo)
###   certificate chain = »veriga potrdil«; root certificate = »korensko
###                      potrdilo«
###   certification authority = »overitelj potrdil«; revoked = »preklican«
###   private key      = »zasebni ključ«
###   secure connection = »varna povezava«; secure channel = »varni kanal«
###   connection       = »povezava« (povezava se »vzpostavi«, »prekine«,
###                      »zapre«, »zavrne«)
###   server           = »strežnik«; client = »odjemalec«; remote host =
###                      »oddaljeni gostitelj« (samo v opisih)
###   firewall         = »požarni zid«
###   redirect         = »preusmeritev«
###   timeout          = »časovna omejitev« (»Časovna omejitev je potekla«)
###   sign-in          = »vpis«, »podatki za vpis« (login v opisih: »prijava«);
###                      user name = »uporabniško ime«
###   download         = »prenesti«
###   Winsock          = »Winsock« (lastno ime); socket = »vtičnica«;
###                      network stack = »omrežni sklad«; name server =
###                      »imenski strežnik«; resolve = »razrešiti«; name lookup
###                      za uporabnika = »poiskati naslov strežnika (na podlagi
###                      imena)«
###   web address/URL  = »spletni naslov« za uporabnika, »URL« v opisih
###   website          = »spletno mesto«; feature = »funkcija«; application =
###                      »aplikacija«; object = »predmet«
###   buffer           = »medpomnilnik«; I/O = »V/I«; administrator = »skrbnik«
### Kodi 10060 in 11001 imata za uporabnika enaka besedila kot 12002 in 12007;
### 10052, 10053, 10054 imajo naslov kode 12030.
###
### TIPOGRAFIJA:
###   narekovaji »…« (U+00BB, U+00AB; izbrani namesto „…“), notranji ›…‹;
###   tri pike … (U+2026) s presledkom pred njimi, kadar nadomeščajo izpuščeno
###   besedo; pomišljaj – (U+2013) s presledki; decimalna vejica; vezaj
###   pri okrajšavah s končnicami (URL-ja, V/I-operacija); v nize se ne
###   vstavljajo nedeljivi presledki (prelom vrstic ureja pogovorno okno).

## Splošne napake sistema Windows (winerror.h), ki jih vrne tudi WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Sistem ne najde navedene datoteke: nastavitev, datoteka ali vrednost registra, ki jo je funkcija iskala, ne obstaja.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: nastavitve ali datoteke, ki jo je potrebovala, ni bilo mogoče najti.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host }: nastavitve ali datoteke, ki jo je potrebovala, ni bilo mogoče najti.
# 6
error-invalid-handle = Ročica, posredovana vmesniku API, je bila razveljavljena ali zaprta.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: poskušala je uporabiti povezavo, ki je bila že zaprta.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: poskušala je uporabiti povezavo s strežnikom { $host }, ki je bila že zaprta.
# 8
error-not-enough-memory = Za dokončanje zahtevane operacije ni na voljo dovolj pomnilnika.
    .title = Premalo pomnilnika
    .summary = Računalniku je zmanjkalo prostega pomnilnika, preden je bilo mogoče dokončati zahtevo.
    .summary-host = Računalniku je zmanjkalo prostega pomnilnika, preden je bilo mogoče dokončati zahtevo za strežnik { $host }.
# 18
error-no-more-files = Ni več datotek.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo med branjem rezultatov zahteve.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med branjem rezultatov zahteve za strežnik { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Zahtevani sklad protokolov ni naložen, zato aplikacija ne more zagnati vmesnika Winsock.
    .title = Omrežne funkcije niso na voljo
    .summary = V tem računalniku ni bilo mogoče zagnati omrežnih komponent, ki jih ta aplikacija potrebuje.
    .summary-host = V tem računalniku ni bilo mogoče zagnati omrežnih komponent, potrebnih za povezavo s strežnikom { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parameter ni pravilen: eden od argumentov, posredovanih funkciji, ni veljaven (na primer kazalec NULL, napačna velikost strukture ali zastavice, ki si nasprotujejo).
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: omrežni komponenti je posredovala neveljavne podatke.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host }: omrežni komponenti je posredovala neveljavne podatke.
# 122
error-insufficient-buffer = Medpomnilnik, posredovan funkciji, je premajhen za vrnjene podatke. Podrobnosti so v dokumentaciji posamezne funkcije.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: za prejete podatke ni rezervirala dovolj prostora.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: za podatke, prejete s strežnika { $host }, ni rezervirala dovolj prostora.
# 259
error-no-more-items = Ni več elementov.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo med branjem seznama rezultatov.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med branjem seznama rezultatov s strežnika { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Prekrivajoča se V/I-operacija je v teku: funkcija se nadaljuje asinhrono in rezultat sporoči prek funkcije povratnega klica za stanje.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: zahtevo, ki je bila še v teku, je obravnavala kot neuspešno.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: zahtevo za strežnik { $host }, ki je bila še v teku, je obravnavala kot neuspešno.
# 1168
error-not-found = Elementa ni mogoče najti: element, ki ga je funkcija morala vrniti (na primer rezultat iskanja strežnika proxy, vnos ali shranjena nastavitev), ne obstaja.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: zahtevala je element, ki ne obstaja.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host }: zahtevala je element, ki ne obstaja.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Operacija v trenutnem stanju predmeta ni veljavna, na primer pošiljanje prek vtičnice WebSocket, ki se zapira, ali prejemanje, medtem ko čaka drugo prejemanje.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: povezavo je poskušala uporabiti na način, ki ga njeno trenutno stanje ne dovoljuje.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: povezavo s strežnikom { $host } je poskušala uporabiti na način, ki ga njeno trenutno stanje ne dovoljuje.

## Napake vmesnika Winsock (winsock2.h), ki jih izvedba WinHTTP posreduje naprej
## (winhttp.dll iz okolja Wine to počne; Windows jih večinoma pretvori v kodo 12xxx).
## Za uporabnika pomenijo isto kot njihova dvojnica v WinHTTP; opis navaja,
## za katero kodo gre.

# 10050
wsaenetdown = Omrežni podsistem je odpovedal (WSAENETDOWN): omrežni sklad ali omrežna kartica tega računalnika ne deluje.
    .title = Omrežje ne deluje
    .summary = Omrežje v tem računalniku ne deluje, zato strežnika ni bilo mogoče doseči.
    .summary-host = Omrežje v tem računalniku ne deluje, zato strežnika { $host } ni bilo mogoče doseči.
# 10051
wsaenetunreach = Omrežje ni dosegljivo (WSAENETUNREACH): ta računalnik nima poti do omrežja strežnika.
    .title = Omrežje ni dosegljivo
    .summary = Ta računalnik nima poti do omrežja, v katerem je strežnik, zato strežnika ni bilo mogoče doseči.
    .summary-host = Ta računalnik nima poti do omrežja strežnika { $host }, zato strežnika ni bilo mogoče doseči.
# 10052
wsaenetreset = Povezava je bila prekinjena, ker je preverjanje ohranjanja povezave (keep-alive) med potekom operacije zaznalo napako (WSAENETRESET).
    .title = Povezava je bila prekinjena
    .summary = Povezava s strežnikom je bila prekinjena, ker se omrežje ni več odzivalo.
    .summary-host = Povezava s strežnikom { $host } je bila prekinjena, ker se omrežje ni več odzivalo.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Programska oprema v tem računalniku je prekinila vzpostavljeno povezavo (WSAECONNABORTED), na primer po poteku časovne omejitve prenosa podatkov ali zaradi požarnega zidu.
    .title = Povezava je bila prekinjena
    .summary = Povezavo s strežnikom je prekinil ta računalnik, morda požarni zid ali varnostni program.
    .summary-host = Povezavo s strežnikom { $host } je prekinil ta računalnik, morda požarni zid ali varnostni program.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Oddaljeni gostitelj je prisilno zaprl obstoječo povezavo (WSAECONNRESET).
    .title = Povezava je bila prekinjena
    .summary = Strežnik je nepričakovano zaprl povezavo.
    .summary-host = Strežnik { $host } je nepričakovano zaprl povezavo.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Časovna omejitev poskusa povezave ali prenosa je potekla, ker se druga stran ni pravočasno odzvala (WSAETIMEDOUT).
    .title = Časovna omejitev povezave je potekla
    .summary = Strežnik se ni odzval dovolj hitro.
    .summary-host = Strežnik { $host } se ni odzval dovolj hitro.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Povezave ni bilo mogoče vzpostaviti, ker jo je ciljni računalnik aktivno zavrnil (WSAECONNREFUSED): na teh vratih nič ne posluša.
    .title = Povezava je bila zavrnjena
    .summary = Strežnik je zavrnil povezavo. Morda ne deluje ali ne sprejema povezav.
    .summary-host = Strežnik { $host } je zavrnil povezavo. Morda ne deluje ali ne sprejema povezav.
# 10064
wsaehostdown = Operacija vtičnice ni uspela, ker ciljni gostitelj ne deluje (WSAEHOSTDOWN).
    .title = Strežnik se ne odziva
    .summary = Strežnik je videti izklopljen ali odklopljen iz omrežja.
    .summary-host = Strežnik { $host } je videti izklopljen ali odklopljen iz omrežja.
# 10065
wsaehostunreach = Poskus operacije vtičnice z nedosegljivim gostiteljem (WSAEHOSTUNREACH): poti do strežnika ni bilo mogoče najti.
    .title = Strežnik ni dosegljiv
    .summary = Iz tega računalnika ni bilo mogoče najti poti do strežnika.
    .summary-host = Iz tega računalnika ni bilo mogoče najti poti do strežnika { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Tak gostitelj ni znan (WSAHOST_NOT_FOUND): imenski strežnik za to ime nima naslova.
    .title = Strežnika ni mogoče najti
    .summary = Strežnika ni bilo mogoče najti v omrežju.
    .summary-host = Strežnika z imenom { $host } ni bilo mogoče najti v omrežju.
# 11002
wsatry-again = Imenski strežnik ni vrnil avtoritativnega odgovora in iskanje bo morda pozneje uspelo (WSATRY_AGAIN): običajno gre za začasno napako imenskega strežnika.
    .title = Iskanje naslova strežnika ni uspelo
    .summary = Naslova strežnika trenutno ni mogoče poiskati na podlagi njegovega imena. Običajno gre za začasno težavo.
    .summary-host = Naslova strežnika { $host } trenutno ni mogoče poiskati na podlagi imena. Običajno gre za začasno težavo.

## Napake, značilne za WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Ni mogoče ustvariti novih ročic (zastarelo; se ne uporablja več).
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host } in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
# 12002
error-winhttp-timeout = Časovna omejitev zahteve je potekla. Vzrok je lahko tudi obnašanje časovnih omejitev protokola TCP/IP, ne glede na vrednosti časovnih omejitev, nastavljene v WinHTTP.
    .title = Časovna omejitev povezave je potekla
    .summary = Strežnik se ni odzval dovolj hitro.
    .summary-host = Strežnik { $host } se ni odzval dovolj hitro.
# 12004
error-winhttp-internal-error = V WinHTTP je prišlo do notranje napake.
    .title = Nepričakovana notranja napaka
    .summary = Zahteva je bila ustavljena zaradi nepričakovane notranje težave.
    .summary-host = Zahteva za strežnik { $host } je bila ustavljena zaradi nepričakovane notranje težave.
# 12005
error-winhttp-invalid-url = URL ni veljaven.
    .title = Neveljaven spletni naslov
    .summary = Spletni naslov ni veljaven, zato zahteve ni bilo mogoče poslati.
    .summary-host = Spletni naslov, uporabljen za dostop do strežnika { $host }, ni veljaven, zato zahteve ni bilo mogoče poslati.
# 12006
error-winhttp-unrecognized-scheme = URL navaja shemo, ki ni http: ali https:.
    .title = Nepodprt spletni naslov
    .summary = Ta vrsta naslova ni podprta. Odpreti je mogoče le naslove, ki se začnejo s http:// ali https://.
    .summary-host = Naslov, uporabljen za dostop do strežnika { $host }, je nepodprte vrste. Odpreti je mogoče le naslove, ki se začnejo s http:// ali https://.
# 12007
error-winhttp-name-not-resolved = Imena strežnika ni bilo mogoče razrešiti.
    .title = Strežnika ni mogoče najti
    .summary = Strežnika ni bilo mogoče najti v omrežju.
    .summary-host = Strežnika z imenom { $host } ni bilo mogoče najti v omrežju.
# 12009
error-winhttp-invalid-option = Klic funkcije WinHttpQueryOption ali WinHttpSetOption je navedel neveljavno vrednost možnosti.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: uporabila je neveljavno nastavitev povezave.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host }: uporabila je neveljavno nastavitev povezave.
# 12011
error-winhttp-option-not-settable = Zahtevane možnosti ni mogoče nastaviti, mogoče jo je le prebrati.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: poskušala je spremeniti nastavitev povezave, ki jo je mogoče le brati.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host }: poskušala je spremeniti nastavitev povezave, ki jo je mogoče le brati.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Podpora za funkcije WinHTTP se zaustavlja ali odstranjuje iz pomnilnika.
    .title = Dostop do omrežja se zaustavlja
    .summary = Zahteva je bila ustavljena, ker se dostop do omrežja zaustavlja, na primer zato, ker se ta aplikacija zapira.
    .summary-host = Zahteva za strežnik { $host } je bila ustavljena, ker se dostop do omrežja zaustavlja, na primer zato, ker se ta aplikacija zapira.
# 12015
error-winhttp-login-failure = Poskus prijave ni uspel. Pred ponovnim poskusom neuspele funkcije zaprite ročico zahteve s funkcijo WinHttpCloseHandle in ustvarite novo.
    .title = Vpis ni uspel
    .summary = Strežnik ni sprejel podatkov za vpis.
    .summary-host = Strežnik { $host } ni sprejel podatkov za vpis.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Operacija je bila preklicana, običajno zato, ker je bila ročica, s katero je delala zahteva, zaprta, preden se je operacija dokončala.
    .title = Zahteva je bila preklicana
    .summary = Zahteva je bila preklicana, preden se je lahko končala.
    .summary-host = Zahteva za strežnik { $host } je bila preklicana, preden se je lahko končala.
# 12018
error-winhttp-incorrect-handle-type = Vrsta navedene ročice za to operacijo ni pravilna.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo in zahteve ni mogla dokončati.
    .summary-host = Ta aplikacija je naletela na notranjo težavo in zahteve za strežnik { $host } ni mogla dokončati.
# 12019
error-winhttp-incorrect-handle-state = Zahtevane operacije ni mogoče izvesti, ker navedena ročica ni v pravilnem stanju.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: korake zahteve je izvedla v napačnem vrstnem redu.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: korake zahteve za strežnik { $host } je izvedla v napačnem vrstnem redu.
# 12029
error-winhttp-cannot-connect = Povezave s strežnikom ni bilo mogoče vzpostaviti.
    .title = Povezave ni mogoče vzpostaviti
    .summary = Ta aplikacija se ni mogla povezati s strežnikom.
    .summary-host = Ta aplikacija se ni mogla povezati s strežnikom { $host }.
# 12030
error-winhttp-connection-error = Povezava s strežnikom je bila ponastavljena ali prekinjena ali pa je bil zaznan nezdružljiv protokol SSL (WinHTTP 5.1 na primer ne podpira SSL 2.0, razen če ga odjemalec izrecno omogoči).
    .title = Povezava je bila prekinjena
    .summary = Povezava s strežnikom je bila nepričakovano prekinjena ali zaprta.
    .summary-host = Povezava s strežnikom { $host } je bila nepričakovano prekinjena ali zaprta.
# 12032
error-winhttp-resend-request = Funkcija WinHTTP ni uspela, vendar jo je mogoče ponoviti z isto ročico zahteve.
    .title = Zahteva ni bila izvedena
    .summary = Zahteve pri tem poskusu ni bilo mogoče dokončati.
    .summary-host = Zahteve za strežnik { $host } pri tem poskusu ni bilo mogoče dokončati.
# 12037
error-winhttp-secure-cert-date-invalid = Zahtevano potrdilo glede na sistemsko uro ali časovni žig podpisane datoteke ni v obdobju veljavnosti ali pa obdobja veljavnosti v verigi potrdil niso pravilno ugnezdena (ustreza CERT_E_EXPIRED ali CERT_E_VALIDITYPERIODNESTING).
    .title = Potrdilo je poteklo ali še ni veljavno
    .summary = Varnostno potrdilo strežnika je glede na uro tega računalnika poteklo ali še ni veljavno.
    .summary-host = Varnostno potrdilo strežnika { $host } je glede na uro tega računalnika poteklo ali še ni veljavno.
# 12038
error-winhttp-secure-cert-cn-invalid = Splošno ime (CN) potrdila se ne ujema s posredovano vrednostjo (ustreza CERT_E_CN_NO_MATCH).
    .title = Potrdilo je za drugo spletno mesto
    .summary = Varnostno potrdilo je bilo izdano za drugo ime spletnega mesta, zato identitete strežnika ni bilo mogoče potrditi.
    .summary-host = Varnostno potrdilo, ki ga je poslal strežnik { $host }, je bilo izdano za drugo ime, zato identitete strežnika ni bilo mogoče potrditi.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Strežnik zahteva preverjanje pristnosti odjemalca SSL (sporoči ga WinHttpReceiveResponse). Sprejete izdajatelje potrdil dobite s funkcijo WinHttpQueryOption in WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; če je potrdilo zahtevano, a ne obvezno, pokličite WinHttpSetOption z WINHTTP_OPTION_CLIENT_CERT_CONTEXT in WINHTTP_NO_CLIENT_CERT_CONTEXT v lpBuffer.
    .title = Strežnik zahteva potrdilo
    .summary = Strežnik zahteva potrdilo, ki identificira vas ali vaš računalnik, preden dovoli povezavo.
    .summary-host = Strežnik { $host } zahteva potrdilo, ki identificira vas ali vaš računalnik, preden dovoli povezavo.
# 12045
error-winhttp-secure-invalid-ca = Veriga potrdil je bila obdelana, vendar se konča s korenskim potrdilom, ki mu ponudnik zaupanja ne zaupa (ustreza CERT_E_UNTRUSTEDROOT).
    .title = Potrdilo ni zaupanja vredno
    .summary = Varnostno potrdilo strežnika je izdal overitelj potrdil, ki mu ta računalnik ne zaupa.
    .summary-host = Varnostno potrdilo strežnika { $host } je izdal overitelj potrdil, ki mu ta računalnik ne zaupa.
# 12057
error-winhttp-secure-cert-rev-failed = Preklica potrdila ni bilo mogoče preveriti, ker strežnik za preklic ni bil na voljo (ustreza CRYPT_E_REVOCATION_OFFLINE).
    .title = Potrdila ni bilo mogoče preveriti
    .summary = Ta računalnik ni mogel preveriti, ali je bilo varnostno potrdilo strežnika preklicano, ker strežnik s seznamom preklicanih potrdil ni dosegljiv.
    .summary-host = Ta računalnik ni mogel preveriti, ali je bilo varnostno potrdilo strežnika { $host } preklicano, ker strežnik s seznamom preklicanih potrdil ni dosegljiv.
# 12100
error-winhttp-cannot-call-before-open = Predmet WinHttpRequest ne more izvesti zahtevane operacije, preden je poklicana metoda Open.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: zahtevo je poskušala uporabiti, preden jo je pripravila.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: zahtevo za strežnik { $host } je poskušala uporabiti, preden jo je pripravila.
# 12101
error-winhttp-cannot-call-before-send = Predmet WinHttpRequest ne more izvesti zahtevane operacije, preden je poklicana metoda Send.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: odgovor je zahtevala, preden je poslala zahtevo.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: odgovor strežnika { $host } je zahtevala, preden je poslala zahtevo.
# 12102
error-winhttp-cannot-call-after-send = Predmet WinHttpRequest ne more izvesti zahtevane operacije, potem ko je bila poklicana metoda Send.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: poskušala je spremeniti zahtevo, ki je bila že poslana.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: poskušala je spremeniti zahtevo za strežnik { $host }, ki je bila že poslana.
# 12103
error-winhttp-cannot-call-after-open = Predmet WinHttpRequest ne more zahtevati navedene možnosti, potem ko je bila poklicana metoda Open.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: nastavitev zahteve je poskušala spremeniti, ko je bilo za to že prepozno.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: nastavitev zahteve za strežnik { $host } je poskušala spremeniti, ko je bilo za to že prepozno.
# 12150
error-winhttp-header-not-found = Zahtevane glave ni mogoče najti.
    .title = V odgovoru manjkajo podatki
    .summary = Odgovor strežnika ni vseboval podatka, ki ga je ta aplikacija pričakovala.
    .summary-host = Odgovor strežnika { $host } ni vseboval podatka, ki ga je ta aplikacija pričakovala.
# 12152
error-winhttp-invalid-server-response = Odgovora strežnika ni bilo mogoče razčleniti.
    .title = Neveljaven odgovor strežnika
    .summary = Strežnik je poslal odgovor, ki ga ni bilo mogoče razumeti.
    .summary-host = Strežnik { $host } je poslal odgovor, ki ga ni bilo mogoče razumeti.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Navedena glava HTTP ni veljavna, na primer zato, ker je napačno oblikovana.
    .title = Neveljavna zahteva
    .summary = Ta aplikacija je poskušala poslati podatke v neveljavni obliki, zato zahteve ni bilo mogoče poslati.
    .summary-host = Ta aplikacija je strežniku { $host } poskušala poslati podatke v neveljavni obliki, zato zahteve ni bilo mogoče poslati.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Zahteva za poizvedbo po glavi ni bila veljavna (zastarelo; se ne uporablja več).
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host } in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Glave ni bilo mogoče dodati, ker že obstaja (zastarelo; se ne uporablja več).
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: isti podatek je poskušala dvakrat dodati zahtevi.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: isti podatek je poskušala dvakrat dodati zahtevi za strežnik { $host }.
# 12156
error-winhttp-redirect-failed = Preusmeritev ni uspela, ker se je shema spremenila ali ker so vsi poskusi preusmeritve spodleteli (privzeto pet poskusov).
    .title = Preusmeritev ni uspela
    .summary = Strežnik je zahtevo preusmeril na drug naslov, vendar preusmeritve ni bilo mogoče dokončati.
    .summary-host = Strežnik { $host } je zahtevo preusmeril na drug naslov, vendar preusmeritve ni bilo mogoče dokončati.
# 12157
error-winhttp-secure-channel-error = V varnem kanalu je prišlo do napake (ustreza kodam napak SEC_E_ in SEC_I_, definiranim v datoteki winerror.h).
    .title = Varne povezave ni bilo mogoče vzpostaviti
    .summary = Med vzpostavljanjem varne povezave s strežnikom je prišlo do napake.
    .summary-host = Med vzpostavljanjem varne povezave s strežnikom { $host } je prišlo do napake.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Med izvajanjem kode skripta v datoteki za samodejno konfiguracijo strežnika proxy (PAC) je prišlo do napake.
    .title = Napaka v skriptu za nastavitev strežnika proxy
    .summary = Skript za nastavitev strežnika proxy v tem omrežju vsebuje napako.
    .summary-host = Skript za nastavitev strežnika proxy, ki se uporablja za dostop do strežnika { $host }, vsebuje napako.
# 12167
error-winhttp-unable-to-download-script = Datoteke PAC ni bilo mogoče prenesti, na primer zato, ker strežnik, naveden v URL-ju datoteke PAC, ni bil dosegljiv ali je vrnil 404 Not Found.
    .title = Skript za nastavitev strežnika proxy ni na voljo
    .summary = Skripta za nastavitev strežnika proxy v tem omrežju ni bilo mogoče prenesti.
    .summary-host = Skripta za nastavitev strežnika proxy, potrebnega za dostop do strežnika { $host }, ni bilo mogoče prenesti.
# 12169
error-winhttp-secure-invalid-cert = Potrdilo ni veljavno (ustreza napakam, kot so CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED in CERT_E_CHAINING).
    .title = Neveljavno potrdilo
    .summary = Varnostno potrdilo strežnika ni veljavno, zato varne povezave ni bilo mogoče vzpostaviti.
    .summary-host = Varnostno potrdilo strežnika { $host } ni veljavno, zato varne povezave ni bilo mogoče vzpostaviti.
# 12170
error-winhttp-secure-cert-revoked = Potrdilo je bilo preklicano (ustreza CRYPT_E_REVOKED).
    .title = Potrdilo je bilo preklicano
    .summary = Varnostno potrdilo strežnika je preklical overitelj, ki ga je izdal, zato mu ni več mogoče zaupati.
    .summary-host = Varnostno potrdilo strežnika { $host } je preklical overitelj, ki ga je izdal, zato mu ni več mogoče zaupati.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP ni bil inicializiran (zastarelo; se ne uporablja več).
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host } in sporočila napako, ki je sodobni sistemi ne uporabljajo več.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = V potrdilu SSL (Secure Sockets Layer), ki ga je poslal strežnik, je bila najdena ena ali več napak. Katere so, izveste iz obvestila WINHTTP_CALLBACK_STATUS_SECURE_FAILURE v funkciji povratnega klica za stanje (glejte WINHTTP_STATUS_CALLBACK).
    .title = Varna povezava ni uspela
    .summary = Z varnostnim potrdilom strežnika je ena ali več težav, zato varne povezave ni bilo mogoče vzpostaviti.
    .summary-host = Z varnostnim potrdilom, ki ga je poslal strežnik { $host }, je ena ali več težav, zato varne povezave ni bilo mogoče vzpostaviti.
# 12176
error-winhttp-unhandled-script-type = Vrsta skripta ni podprta.
    .title = Nepodprt skript za nastavitev strežnika proxy
    .summary = Skript za nastavitev strežnika proxy v tem omrežju je nepodprte vrste.
    .summary-host = Skript za nastavitev strežnika proxy, ki se uporablja za dostop do strežnika { $host }, je nepodprte vrste.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Med izvajanjem skripta je prišlo do napake.
    .title = Skript za nastavitev strežnika proxy ni uspel
    .summary = Med izvajanjem skripta za nastavitev strežnika proxy v tem omrežju je prišlo do napake.
    .summary-host = Med izvajanjem skripta za nastavitev strežnika proxy, ki se uporablja za dostop do strežnika { $host }, je prišlo do napake.
# 12178
error-winhttp-auto-proxy-service-error = Funkcija WinHttpGetProxyForUrl za navedeni URL ni našla strežnika proxy.
    .title = Strežnika proxy ni mogoče najti
    .summary = Ni bilo mogoče ugotoviti, kateri strežnik proxy je treba uporabiti za ta naslov.
    .summary-host = Ni bilo mogoče ugotoviti, kateri strežnik proxy je treba uporabiti za strežnik { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Potrdilo ni veljavno za zahtevani namen (ustreza CERT_E_WRONG_USAGE).
    .title = Potrdilo ni namenjeno tej uporabi
    .summary = Varnostno potrdilo strežnika ni namenjeno tej vrsti povezave.
    .summary-host = Varnostno potrdilo strežnika { $host } ni namenjeno tej vrsti povezave.
# 12180
error-winhttp-autodetection-failed = Funkcija WinHttpDetectAutoProxyConfigUrl ni mogla odkriti URL-ja datoteke za samodejno konfiguracijo strežnika proxy (PAC).
    .title = Nastavitev strežnika proxy ni bilo mogoče zaznati
    .summary = Nastavitev strežnika proxy za to omrežje ni bilo mogoče samodejno zaznati.
    .summary-host = Nastavitev strežnika proxy, potrebnih za dostop do strežnika { $host }, ni bilo mogoče samodejno zaznati.
# 12181
error-winhttp-header-count-exceeded = Funkcija WinHttpReceiveResponse je prejela odgovor z več glavami, kot jih WinHTTP lahko sprejme.
    .title = Odgovor strežnika je bil zavrnjen
    .summary = Strežnik je poslal odgovor s preveč glavami, zato ga ni bilo mogoče sprejeti.
    .summary-host = Strežnik { $host } je poslal odgovor s preveč glavami, zato ga ni bilo mogoče sprejeti.
# 12182
error-winhttp-header-size-overflow = Funkcija WinHttpReceiveResponse je prejela glave, katerih skupna velikost presega omejitev, nastavljeno za ročico zahteve.
    .title = Odgovor strežnika je prevelik
    .summary = Strežnik je poslal odgovor s prevelikimi glavami, zato ga ni bilo mogoče sprejeti.
    .summary-host = Strežnik { $host } je poslal odgovor s prevelikimi glavami, zato ga ni bilo mogoče sprejeti.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = Funkcija WinHttpReceiveResponse je med razčlenjevanjem kodiranja prenosa po kosih (chunked) naletela na prekoračitev: glava kosa je presegla dovoljeno velikost.
    .title = Odgovora strežnika ni mogoče prebrati
    .summary = Del odgovora strežnika je bil večji od dovoljenega, zato odgovora ni bilo mogoče prebrati.
    .summary-host = Del odgovora strežnika { $host } je bil večji od dovoljenega, zato odgovora ni bilo mogoče prebrati.
# 12184
error-winhttp-response-drain-overflow = Dohodni odgovor je presegel notranjo omejitev velikosti WinHTTP.
    .title = Odgovor strežnika presega omejitev velikosti
    .summary = Odgovor strežnika je bil večji, kot dovoljuje ta računalnik, zato ga ni bilo mogoče prejeti.
    .summary-host = Odgovor strežnika { $host } je bil večji, kot dovoljuje ta računalnik, zato ga ni bilo mogoče prejeti.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = S kontekstom odjemalskega potrdila SSL ni povezan noben zasebni ključ; potrdilo je bilo morda uvoženo v računalnik brez zasebnega ključa.
    .title = Vašega potrdila ni mogoče uporabiti
    .summary = Potrdilu, ki vas identificira, manjka zasebni ključ, zato ga ni mogoče uporabiti. Ključ morda ni bil vključen pri namestitvi potrdila.
    .summary-host = Potrdilu, ki vas identificira pri strežniku { $host }, manjka zasebni ključ, zato ga ni mogoče uporabiti. Ključ morda ni bil vključen pri namestitvi potrdila.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplikacija nima pravic, potrebnih za dostop do zasebnega ključa, povezanega z odjemalskim potrdilom.
    .title = Dostop do vašega potrdila je zavrnjen
    .summary = Ta aplikacija ne sme uporabljati zasebnega ključa potrdila, ki vas identificira.
    .summary-host = Ta aplikacija ne sme uporabljati zasebnega ključa potrdila, ki vas identificira pri strežniku { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Strežnik proxy zahteva preverjanje pristnosti odjemalca s potrdilom SSL/TLS; za povezavo s strežnikom proxy je treba podati odjemalsko potrdilo.
    .title = Strežnik proxy zahteva potrdilo
    .summary = Strežnik proxy zahteva potrdilo, ki identificira vas ali vaš računalnik, preden dovoli povezavo.
    .summary-host = Strežnik proxy zahteva potrdilo, ki identificira vas ali vaš računalnik, preden dovoli povezavo s strežnikom { $host }.
# 12188
error-winhttp-secure-failure-proxy = V varni povezavi s strežnikom proxy je prišlo do napake SSL/TLS, na primer zaradi težave s potrdilom, ki ga je poslal.
    .title = Varna povezava s strežnikom proxy ni uspela
    .summary = Varne povezave s strežnikom proxy ni bilo mogoče vzpostaviti, na primer zaradi težave z njegovim potrdilom.
    .summary-host = Varne povezave s strežnikom proxy za dostop do strežnika { $host } ni bilo mogoče vzpostaviti, na primer zaradi težave z njegovim potrdilom.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Rezervirana koda; se ne uporablja.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo in sporočila napako, ki je rezervirana in se nikoli ne uporablja.
    .summary-host = Ta aplikacija je naletela na notranjo težavo med vzpostavljanjem povezave s strežnikom { $host } in sporočila napako, ki je rezervirana in se nikoli ne uporablja.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Različica protokola HTTP, ki jo uporablja strežnik, se ne ujema z zahtevano ali obvezno različico; na primer HTTP/2 ali HTTP/3 je bil obvezen, vendar se o njem ni bilo mogoče dogovoriti.
    .title = Nezdružljiva različica spletnega protokola
    .summary = Strežnik in ta aplikacija se nista mogla dogovoriti o različici spletnega protokola.
    .summary-host = Strežnik { $host } in ta aplikacija se nista mogla dogovoriti o različici spletnega protokola.
# 12191
error-winhttp-global-callback-failed = Globalna funkcija povratnega klica, registrirana v WinHTTP, ni uspela.
    .title = Notranja napaka aplikacije
    .summary = Ta aplikacija je naletela na notranjo težavo: med obdelavo zahteve je odpovedala ena od njenih komponent.
    .summary-host = Ta aplikacija je naletela na notranjo težavo: med obdelavo zahteve za strežnik { $host } je odpovedala ena od njenih komponent.
# 12192
error-winhttp-feature-disabled = Zahtevana funkcija WinHTTP je onemogočena in je ni mogoče uporabiti.
    .title = Funkcija je izklopljena
    .summary = Funkcija, ki jo ta zahteva potrebuje, je v tem računalniku izklopljena.
    .summary-host = Funkcija, ki jo potrebuje zahteva za strežnik { $host }, je v tem računalniku izklopljena.
# 12193
error-winhttp-fast-forwarding-not-supported = Hitro posredovanje (fast forwarding) za to zahtevo ali povezavo ni podprto.
    .title = Funkcija ni podprta
    .summary = Ta aplikacija je zahtevala funkcijo, ki je ta povezava ne podpira.
    .summary-host = Ta aplikacija je zahtevala funkcijo, ki je povezava s strežnikom { $host } ne podpira.

## Namigi: kaj lahko uporabnik poskusi; prikazani so kot seznam pod povzetkom.
## Vsak je en cel stavek v velelniku, ki se konča s piko, največ 100 znakov.
## Katalog (src/catalog.rs) določa, katere namige prikaže koda in v kakšnem vrstnem redu.
hint-check-connection = Preverite omrežno povezavo.
hint-try-again-later = Počakajte trenutek in poskusite znova.
hint-check-address = Preverite, ali je naslov pravilno črkovan.
hint-check-proxy = Preverite nastavitve strežnika proxy ali se obrnite na skrbnika omrežja.
hint-check-firewall = Prepričajte se, da te aplikacije ne blokira požarni zid ali protivirusni program.
hint-check-date-time = Preverite, ali so datum, ura in časovni pas v računalniku pravilni.
hint-update-system = Namestite najnovejše posodobitve operacijskega sistema.
hint-contact-site-owner = Če se težava ponavlja, se obrnite na lastnika spletnega mesta ali strežnika.
hint-contact-support = Obrnite se na skupino za podporo te aplikacije.
hint-update-app = Preverite, ali je na voljo novejša različica te aplikacije.
hint-restart-app = Zaprite to aplikacijo in jo znova odprite.
hint-restart-computer = Znova zaženite računalnik.
hint-free-memory = Zaprite druge programe, da sprostite pomnilnik, in poskusite znova.
hint-check-credentials = Preverite, ali sta uporabniško ime in geslo pravilna.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Preverite, ali je zahtevano potrdilo pravilno nameščeno, ali pa se obrnite na skrbnika.

## Težave s potrdilom: vsaka v eni vrstici, prikazane kot seznam, ko varna povezava ni uspela.
## Največ 120 znakov; en cel stavek, ki se konča s piko.
## »Potrdilo« je tisto, ki ga je poslal strežnik.
cert-flag-rev-failed = Ta računalnik ni mogel preveriti, ali je bilo potrdilo preklicano.
cert-flag-invalid-cert = Potrdilo ni veljavno.
cert-flag-cert-revoked = Potrdilo je preklical overitelj, ki ga je izdal.
cert-flag-invalid-ca = Potrdilo je izdal overitelj potrdil, ki mu ta računalnik ne zaupa.
cert-flag-cert-cn-invalid = Potrdilo je bilo izdano za drugo ime spletnega mesta.
cert-flag-cert-date-invalid = Potrdilo je poteklo ali še ni veljavno.
cert-flag-cert-wrong-usage = Potrdilo ni namenjeno tej vrsti povezave.
cert-flag-security-channel-error = Med vzpostavljanjem varne povezave je prišlo do napake.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = S potrdilom je ena ali več težav, ki jih ni bilo mogoče ugotoviti ({ $flags }).

## Kode, ki jih ta knjižnica ne pozna.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Med vzpostavljanjem povezave je prišlo do nepričakovane težave (napaka { $code }, { $hex }).
    .summary-host = Med vzpostavljanjem povezave s strežnikom { $host } je prišlo do nepričakovane težave (napaka { $code }, { $hex }).

## Sestavljena sporočila

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Neznana napaka WinHTTP { $code } ({ $hex }).
