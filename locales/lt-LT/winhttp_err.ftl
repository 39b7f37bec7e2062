### WinHTTP klaidų kodų aprašai (lt-LT).
### Kiekvienam klaidos kodui – vienas pranešimas, surikiuoti pagal kodo numerį.
### Pranešimo ID – simbolinės konstantos pavadinimas mažosiomis raidėmis,
### kuriame „_“ pakeistas ženklu „-“.
### Kiekvieno pranešimo reikšmė – kūrėjams skirtas techninis aprašas: viena
### eilutė be kintamųjų, nes ji rodoma nepakeista dialogo languose ir žurnalo
### eilutėse. Funkcijų, metodų, parinkčių, makrokomandų ir konstantų
### pavadinimai (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) yra API
### identifikatoriai: jų niekada neverčiame ir nekeičiame.
###
### Galutinio vartotojo tekstai. Be reikšmės (aprašo kūrėjui), kiekvienas
### kodas turi tris atributus, parašytus ne programuotojui:
###   .title         Dialogo lango antraštė (Windows užduočių dialogo lango
###                  pagrindinė instrukcija): kas nepavyko, ne daugiau kaip
###                  60 simbolių, didžioji raidė tik pirmajame žodyje, pabaigoje
###                  taško nėra.
###   .summary       Tekstas po antrašte: vienas ar du paprasti sakiniai apie
###                  tai, kas įvyko, ne daugiau kaip 200 simbolių, pabaigoje
###                  taškas. Turi būti suprantamas ir be serverio pavadinimo.
###   .summary-host  Ta pati santrauka su serverio pavadinimu: { $host } lygiai
###                  vieną kartą, ne daugiau kaip 200 simbolių, kai $host yra
###                  „example.com“.
### $host – serverio pavadinimas taip, kaip jį žino programa, pvz.,
### „example.com“, „intranet.corp.local“ arba IP adresas, pvz., 192.0.2.10.
### Jis niekada nebūna tuščias: jei pavadinimo nėra, rodoma .summary.
### Pavadinimui niekada nepridedame galūnės ar priesagos (ne „{ $host }-ui“,
### ne „{ $host }’o“), nes teisinga forma priklauso nuo to, kaip pavadinimas
### tariamas. Linksnį gauna prieš jį einantis daiktavardis (priedėlis):
### „serveris { $host }“, „su serveriu { $host }“, „serveriui { $host }“,
### „iš serverio { $host }“, „serverio { $host } sertifikatas“.
### Patarimai (hint-*, ne daugiau kaip 100 simbolių) rodomi sąrašu po
### santrauka; kuriuos patarimus gauna kodas, nustato katalogas
### (src/catalog.rs) visomis kalbomis vienodai, todėl santrauka pasako, kas
### įvyko, ir nekartoja patarimų. Sertifikatų eilutės (cert-flag-*) – ne
### ilgesnės kaip 120 simbolių, nežinomo kodo tekstai (unknown-code) – ne
### ilgesni kaip 200.
### Šiose dalyse negali būti jokio API identifikatoriaus: nei konstantos,
### funkcijos, metodo ar parinkties pavadinimo, nei „_“, „WinHTTP“/„WinHttp“,
### „handle“, „callback“, „PAC“, nei „{“, išskyrus dokumentuotus kintamuosius.
### Tam skirtas aprašas. Teikiame pirmenybę kasdieniams žodžiams („saugus
### ryšys“, o ne TLS/SSL; „tarpinio serverio sąrankos scenarijus“, o ne PAC
### failas, kaip Windows tarpinio serverio parametruose).
### Kai pati programa netinkamai naudojo biblioteką (pasenę, rezervuoti ir
### „naudojimo“ kodai), tekstas paprastai pasako, kad programoje įvyko vidinė
### problema; vartotojas niekada nekaltinamas. Saugos klaidų atveju niekada
### nesiūlome apeiti apsaugos, nepaisyti klaidos ar vis tiek tęsti.
### Kreipinys: kaip lietuviškoje Windows versijoje, mandagioji daugiskaitos
### forma („Patikrinkite…“, „Paleiskite iš naujo…“, „jūsų kompiuteris“);
### „jūs“ rašome mažąja raide.
###
### ŽODYNĖLIS („Microsoft“ lietuviška terminija, pagal Windows pranešimus):
###   server          = „serveris“; host = „pagrindinis kompiuteris“ aprašuose
###                     (Windows: „nuotolinis pagrindinis kompiuteris“),
###                     vartotojui visada „serveris“.
###   proxy           = „tarpinis serveris“ (kaip Windows parametrų puslapyje
###                     „Tarpinis serveris“; ne „įgaliotasis serveris“);
###                     „tarpinio serverio parametrai“ (ne „nuostatos“).
###   PAC file        = „PAC failas“ (tik aprašuose); vartotojui „tarpinio
###                     serverio sąrankos scenarijus“ (Windows: „Naudoti sąrankos
###                     scenarijų“).
###   certificate     = „sertifikatas“; serverio – „saugos sertifikatas“,
###                     kliento – „sertifikatas, kuris jus identifikuoja“.
###   certification authority = „sertifikavimo institucija“; revoked =
###                     „atšauktas“; revocation server = „atšaukimo serveris“
###                     (vartotojui: „serveris, pranešantis apie atšauktus
###                     sertifikatus“); private key = „privatusis raktas“.
###   connection      = „ryšys“ (ryšys „užmezgamas“); secure connection =
###                     „saugus ryšys“; secure channel = „saugus kanalas“
###                     (aprašas).
###   firewall        = „užkarda“; antivirus program = „antivirusinė programa“.
###   request         = „užklausa“; response = „atsakymas“; header = „antraštė“.
###   redirect        = „peradresavimas“.
###   handle          = „doroklė“ (Windows: „Netinkama doroklė.“), tik aprašuose.
###   callback        = „atgalinis iškvietimas“, „atgalinio iškvietimo
###                     funkcija“, tik aprašuose.
###   socket          = „lizdas“ (Winsock aprašai); Winsock = „Winsock“.
###   timeout         = „baigėsi skirtasis laikas“ (antraštė: „Baigėsi ryšio
###                     skirtasis laikas“).
###   error           = „klaida“; internal application error = „Vidinė
###                     programos klaida“.
###   connection refused = „serveris atmetė ryšį“; connection reset/aborted =
###                     „Ryšys nutrūko“.
###   name server     = „vardų serveris“; name resolution = „vardų
###                     sprendimas“ (vartotojui: „nepavyko nustatyti adreso“).
###   sign-in         = „prisijungimas“; user name = „vartotojo vardas“.
###   web address     = „žiniatinklio adresas“; website = „svetainė“.
###   feature         = „funkcija“; application = „programa“; network
###                     administrator = „tinklo administratorius“.
### Tipografija: kabutės „…“ (vidinės ‚…‘); brūkšnys su tarpais (–); prieš
### skyrybos ženklus tarpo nėra; apostrofas lietuviškame tekste nevartojamas.

## Bendrosios Windows klaidos (winerror.h), kurias grąžina ir WinHTTP

# 2 – WinHttpGetIEProxyConfigForCurrentUser ir kitos parametrų skaitymo funkcijos ją grąžina,
# kai ieškomas išsaugotas parametras ar failas neegzistuoja.
error-file-not-found = Sistema neranda nurodyto failo: funkcijos ieškomas parametras, failas arba registro reikšmė neegzistuoja.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: nepavyko rasti reikiamo parametro ar failo.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host }: nepavyko rasti reikiamo parametro ar failo.
# 6
error-invalid-handle = API perduota doroklė buvo padaryta negaliojančia arba uždaryta.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė naudoti jau uždarytą ryšį.
    .summary-host = Programoje įvyko vidinė problema: ji bandė naudoti jau uždarytą ryšį su serveriu { $host }.
# 8
error-not-enough-memory = Nepakanka atminties prašomai operacijai atlikti.
    .title = Nepakanka atminties
    .summary = Kompiuteryje pritrūko laisvos atminties, todėl nepavyko užbaigti užklausos.
    .summary-host = Kompiuteryje pritrūko laisvos atminties, todėl nepavyko užbaigti užklausos serveriui { $host }.
# 18
error-no-more-files = Daugiau failų nėra.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema skaitant užklausos rezultatus.
    .summary-host = Programoje įvyko vidinė problema skaitant serveriui { $host } išsiųstos užklausos rezultatus.
# 50 – nepavyko paleisti Windows tinklo posistemio (Winsock).
error-not-supported = Reikiamas protokolų dėklas neįkeltas, todėl programa negali paleisti Winsock.
    .title = Tinklo funkcijos nepasiekiamos
    .summary = Šiame kompiuteryje nepavyko paleisti tinklo komponentų, kurių reikia šiai programai.
    .summary-host = Šiame kompiuteryje nepavyko paleisti tinklo komponentų, kurių reikia norint prisijungti prie serverio { $host }.
# 87 – pavyzdžiui, WinHttpCrackUrl gavo URL_COMPONENTS struktūrą su neteisingu dwStructSize.
error-invalid-parameter = Parametras neteisingas: vienas iš funkcijai perduotų argumentų netinkamas (pvz., NULL rodyklė, neteisingas struktūros dydis arba prieštaringos vėliavėlės).
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji perdavė tinklo komponentui netinkamą informaciją.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host }: ji perdavė tinklo komponentui netinkamą informaciją.
# 122
error-insufficient-buffer = Funkcijai pateiktas buferis per mažas grąžinamiems duomenims. Išsamesnės informacijos ieškokite konkrečios funkcijos dokumentacijoje.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji neskyrė pakankamai vietos gautiems duomenims.
    .summary-host = Programoje įvyko vidinė problema: ji neskyrė pakankamai vietos iš serverio { $host } gautiems duomenims.
# 259
error-no-more-items = Daugiau elementų nėra.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema skaitant rezultatų sąrašą.
    .summary-host = Programoje įvyko vidinė problema skaitant iš serverio { $host } gautą rezultatų sąrašą.

# 997 – WinHttpGetProxyForUrlEx ir WebSocket funkcijos ją grąžina, kai darbas tęsiamas
# asinchroniškai; klaida ji tampa tik tada, kai laikoma klaida.
error-io-pending = Vykdoma persidengianti įvesties / išvesties operacija: funkcija tęsiama asinchroniškai ir apie rezultatą praneša per būsenos atgalinį iškvietimą.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji laikė dar vykdomą užklausą nepavykusia.
    .summary-host = Programoje įvyko vidinė problema: ji laikė dar vykdomą užklausą serveriui { $host } nepavykusia.
# 1168
error-not-found = Elementas nerastas: funkcijos prašomas elementas (pvz., tarpinio serverio rezultatas, įrašas arba išsaugotas parametras) neegzistuoja.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji prašė elemento, kurio nėra.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host }: ji prašė elemento, kurio nėra.
# 4317 – pavyzdžiui, siuntimas per WebSocket prasidėjus uždarymo procedūrai.
error-invalid-operation = Operacija negalima esant dabartinei objekto būsenai, pavyzdžiui, siuntimas per uždaromą WebSocket ryšį arba gavimas, kai dar laukiama kito gavimo.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė naudoti ryšį taip, kaip neleidžia dabartinė jo būsena.
    .summary-host = Programoje įvyko vidinė problema: ji bandė naudoti ryšį su serveriu { $host } taip, kaip neleidžia dabartinė jo būsena.

## Winsock klaidos (winsock2.h), kurias WinHTTP realizacija perduoda toliau
## (Wine winhttp.dll taip daro; Windows daugumą jų paverčia 12xxx kodu).
## Vartotojui jos reiškia tą patį, ką jų WinHTTP atitikmuo; aprašas
## nurodo kodą.

# 10050
wsaenetdown = Tinklo posistemio triktis (WSAENETDOWN): šio kompiuterio tinklo dėklas arba adapteris neveikia.
    .title = Tinklas neveikia
    .summary = Šiame kompiuteryje neveikia tinklas, todėl nepavyko pasiekti serverio.
    .summary-host = Šiame kompiuteryje neveikia tinklas, todėl nepavyko pasiekti serverio { $host }.
# 10051
wsaenetunreach = Tinklas nepasiekiamas (WSAENETUNREACH): šis kompiuteris neturi maršruto į serverio tinklą.
    .title = Tinklas nepasiekiamas
    .summary = Iš šio kompiuterio nėra kelio į serverio tinklą, todėl nepavyko pasiekti serverio.
    .summary-host = Iš šio kompiuterio nėra kelio į serverio { $host } tinklą, todėl nepavyko pasiekti serverio.
# 10052
wsaenetreset = Ryšys nutrūko, nes ryšio palaikymo patikra operacijos metu aptiko triktį (WSAENETRESET).
    .title = Ryšys nutrūko
    .summary = Ryšys su serveriu nutrūko, nes tinklas nustojo atsakinėti.
    .summary-host = Ryšys su serveriu { $host } nutrūko, nes tinklas nustojo atsakinėti.
# 10053 – „programinės įrangos nutrauktas ryšys“: dažnai užkarda arba saugos programa.
wsaeconnaborted = Šio kompiuterio programinė įranga nutraukė užmegztą ryšį (WSAECONNABORTED), pavyzdžiui, baigusis duomenų perdavimo skirtajam laikui arba dėl užkardos.
    .title = Ryšys nutrūko
    .summary = Ryšį su serveriu nutraukė šis kompiuteris – galbūt tai padarė užkarda arba saugos programa.
    .summary-host = Ryšį su serveriu { $host } nutraukė šis kompiuteris – galbūt tai padarė užkarda arba saugos programa.
# 10054 – Windows vietoj jos praneša ERROR_WINHTTP_CONNECTION_ERROR.
wsaeconnreset = Nuotolinis pagrindinis kompiuteris priverstinai uždarė esamą ryšį (WSAECONNRESET).
    .title = Ryšys nutrūko
    .summary = Serveris netikėtai uždarė ryšį.
    .summary-host = Serveris { $host } netikėtai uždarė ryšį.
# 10060 – Windows vietoj jos praneša ERROR_WINHTTP_TIMEOUT.
wsaetimedout = Baigėsi ryšio užmezgimo bandymo arba perdavimo skirtasis laikas, nes kita pusė laiku neatsakė (WSAETIMEDOUT).
    .title = Baigėsi ryšio skirtasis laikas
    .summary = Serveris per ilgai neatsakė.
    .summary-host = Serveris { $host } per ilgai neatsakė.
# 10061 – Windows vietoj jos praneša ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Nepavyko užmegzti ryšio, nes tikslinis kompiuteris aktyviai jį atmetė (WSAECONNREFUSED): tame prievade niekas nesiklauso.
    .title = Ryšys atmestas
    .summary = Serveris atmetė ryšį. Galbūt jis neveikia arba nepriima ryšių.
    .summary-host = Serveris { $host } atmetė ryšį. Galbūt jis neveikia arba nepriima ryšių.
# 10064
wsaehostdown = Lizdo operacija nepavyko, nes paskirties pagrindinis kompiuteris neveikia (WSAEHOSTDOWN).
    .title = Serveris neatsako
    .summary = Panašu, kad serveris išjungtas arba atjungtas nuo tinklo.
    .summary-host = Panašu, kad serveris { $host } išjungtas arba atjungtas nuo tinklo.
# 10065
wsaehostunreach = Bandyta atlikti lizdo operaciją su nepasiekiamu pagrindiniu kompiuteriu (WSAEHOSTUNREACH): maršrutas iki serverio nerastas.
    .title = Serveris nepasiekiamas
    .summary = Iš šio kompiuterio nepavyko rasti kelio iki serverio.
    .summary-host = Iš šio kompiuterio nepavyko rasti kelio iki serverio { $host }.
# 11001 – Windows vietoj jos praneša ERROR_WINHTTP_NAME_NOT_RESOLVED.
wsahost-not-found = Toks pagrindinis kompiuteris nežinomas (WSAHOST_NOT_FOUND): vardų serveris neturi šio vardo adreso.
    .title = Serveris nerastas
    .summary = Tinkle nepavyko rasti serverio.
    .summary-host = Tinkle nepavyko rasti serverio, pavadinto { $host }.
# 11002
wsatry-again = Vardų serveris nepateikė autoritetingo atsakymo, vėliau paieška gali pavykti (WSATRY_AGAIN): paprastai tai laikina vardų serverio triktis.
    .title = Nepavyko nustatyti serverio adreso
    .summary = Šiuo metu nepavyko nustatyti serverio adreso pagal jo pavadinimą. Paprastai tai laikina problema.
    .summary-host = Šiuo metu nepavyko nustatyti serverio { $host } adreso pagal jo pavadinimą. Paprastai tai laikina problema.

## WinHTTP klaidos (winhttp.h)

# 12001 – pasenęs: dabartinės sistemos jo niekada nepraneša, taigi suklydo programa.
error-winhttp-out-of-handles = Nepavyko sukurti daugiau doroklių (pasenęs; nebenaudojamas).
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host } ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
# 12002
error-winhttp-timeout = Baigėsi užklausos skirtasis laikas. Tai gali lemti ir TCP/IP skirtojo laiko veikimas, nepriklausomai nuo WinHTTP nustatytų skirtojo laiko reikšmių.
    .title = Baigėsi ryšio skirtasis laikas
    .summary = Serveris per ilgai neatsakė.
    .summary-host = Serveris { $host } per ilgai neatsakė.
# 12004
error-winhttp-internal-error = WinHTTP įvyko vidinė klaida.
    .title = Netikėta vidinė klaida
    .summary = Netikėta vidinė problema sustabdė užklausą.
    .summary-host = Netikėta vidinė problema sustabdė užklausą serveriui { $host }.
# 12005
error-winhttp-invalid-url = URL netinkamas.
    .title = Netinkamas žiniatinklio adresas
    .summary = Žiniatinklio adresas netinkamas, todėl užklausos nepavyko išsiųsti.
    .summary-host = Žiniatinklio adresas, naudotas serveriui { $host } pasiekti, netinkamas, todėl užklausos nepavyko išsiųsti.
# 12006
error-winhttp-unrecognized-scheme = URL nurodo kitą schemą nei http: arba https:.
    .title = Nepalaikomas žiniatinklio adresas
    .summary = Tokio tipo adresas nepalaikomas. Galima atidaryti tik adresus, prasidedančius http:// arba https://.
    .summary-host = Adresas, naudotas serveriui { $host } pasiekti, yra nepalaikomo tipo. Galima atidaryti tik adresus, prasidedančius http:// arba https://.
# 12007
error-winhttp-name-not-resolved = Nepavyko išspręsti serverio vardo.
    .title = Serveris nerastas
    .summary = Tinkle nepavyko rasti serverio.
    .summary-host = Tinkle nepavyko rasti serverio, pavadinto { $host }.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption arba WinHttpSetOption iškvietoje nurodyta netinkama parinkties reikšmė.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji naudojo netinkamą ryšio parametrą.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host }: ji naudojo netinkamą ryšio parametrą.
# 12011
error-winhttp-option-not-settable = Prašomos parinkties nustatyti negalima; ją galima tik užklausti.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė pakeisti ryšio parametrą, kurį galima tik skaityti.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host }: ji bandė pakeisti ryšio parametrą, kurį galima tik skaityti.
# 12012 – paprastai matoma, kai programa uždaroma.
error-winhttp-shutdown = WinHTTP funkcijų palaikymas išjungiamas arba iškeliamas iš atminties.
    .title = Prieiga prie tinklo išjungiama
    .summary = Užklausa sustabdyta, nes prieiga prie tinklo išjungiama, pavyzdžiui, todėl, kad ši programa uždaroma.
    .summary-host = Užklausa serveriui { $host } sustabdyta, nes prieiga prie tinklo išjungiama, pavyzdžiui, todėl, kad ši programa uždaroma.
# 12015
error-winhttp-login-failure = Bandymas prisijungti nepavyko. Prieš kartodami nepavykusią funkciją, uždarykite užklausos doroklę naudodami WinHttpCloseHandle ir sukurkite naują.
    .title = Prisijungti nepavyko
    .summary = Serveris nepriėmė prisijungimo duomenų.
    .summary-host = Serveris { $host } nepriėmė prisijungimo duomenų.
# 12017
error-winhttp-operation-cancelled = Operacija atšaukta, paprastai todėl, kad doroklė, su kuria dirbo užklausa, buvo uždaryta prieš baigiant operaciją.
    .title = Užklausa atšaukta
    .summary = Užklausa atšaukta jai dar nepasibaigus.
    .summary-host = Užklausa serveriui { $host } atšaukta jai dar nepasibaigus.
# 12018
error-winhttp-incorrect-handle-type = Pateiktos doroklės tipas netinka šiai operacijai.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema ir ji negalėjo užbaigti užklausos.
    .summary-host = Programoje įvyko vidinė problema ir ji negalėjo užbaigti užklausos serveriui { $host }.
# 12019
error-winhttp-incorrect-handle-state = Prašomos operacijos atlikti negalima, nes pateikta doroklė nėra tinkamos būsenos.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji atliko užklausos veiksmus netinkama tvarka.
    .summary-host = Programoje įvyko vidinė problema: ji netinkama tvarka atliko veiksmus, siųsdama užklausą serveriui { $host }.
# 12029
error-winhttp-cannot-connect = Nepavyko užmegzti ryšio su serveriu.
    .title = Nepavyko prisijungti
    .summary = Ši programa negalėjo prisijungti prie serverio.
    .summary-host = Ši programa negalėjo prisijungti prie serverio { $host }.
# 12030
error-winhttp-connection-error = Ryšys su serveriu buvo nustatytas iš naujo arba nutrauktas, arba aptiktas nesuderinamas SSL protokolas (pvz., WinHTTP 5.1 nepalaiko SSL 2.0, nebent klientas jį specialiai įjungia).
    .title = Ryšys nutrūko
    .summary = Ryšys su serveriu netikėtai nutrūko arba buvo uždarytas.
    .summary-host = Ryšys su serveriu { $host } netikėtai nutrūko arba buvo uždarytas.
# 12032
error-winhttp-resend-request = WinHTTP funkcija nepavyko, bet ją galima bandyti dar kartą su ta pačia užklausos doroke.
    .title = Užklausa neįvykdyta
    .summary = Šiuo bandymu užklausos užbaigti nepavyko.
    .summary-host = Šiuo bandymu užklausos serveriui { $host } užbaigti nepavyko.
# 12037
error-winhttp-secure-cert-date-invalid = Reikiamas sertifikatas pagal sistemos laikrodį arba pasirašyto failo laiko žymą nepatenka į galiojimo laikotarpį arba sertifikatų grandinės galiojimo laikotarpiai netinkamai įdėti vienas į kitą (atitinka CERT_E_EXPIRED arba CERT_E_VALIDITYPERIODNESTING).
    .title = Sertifikatas nebegalioja arba dar negalioja
    .summary = Pagal šio kompiuterio laikrodį serverio saugos sertifikato galiojimas baigėsi arba jis dar negalioja.
    .summary-host = Pagal šio kompiuterio laikrodį serverio { $host } saugos sertifikato galiojimas baigėsi arba jis dar negalioja.
# 12038
error-winhttp-secure-cert-cn-invalid = Sertifikato bendrasis vardas (CN) neatitinka perduotos reikšmės (atitinka CERT_E_CN_NO_MATCH).
    .title = Sertifikatas skirtas kitai svetainei
    .summary = Saugos sertifikatas išduotas kitos svetainės pavadinimui, todėl nepavyko patvirtinti serverio tapatybės.
    .summary-host = Serverio { $host } atsiųstas saugos sertifikatas išduotas kitam pavadinimui, todėl nepavyko patvirtinti serverio tapatybės.
# 12044 – serveris prašo vartotojo (arba kompiuterio) įrodyti savo tapatybę sertifikatu.
error-winhttp-client-auth-cert-needed = Serveris reikalauja SSL kliento autentifikavimo (praneša WinHttpReceiveResponse). Priimtinus sertifikatų išdavėjus gaukite naudodami WinHttpQueryOption ir WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; jei sertifikato prašoma, bet jis neprivalomas, iškvieskite WinHttpSetOption su WINHTTP_OPTION_CLIENT_CERT_CONTEXT ir WINHTTP_NO_CLIENT_CERT_CONTEXT parametre lpBuffer.
    .title = Serveris reikalauja sertifikato
    .summary = Prieš leisdamas užmegzti ryšį, serveris reikalauja sertifikato, kuris identifikuoja jus arba jūsų kompiuterį.
    .summary-host = Prieš leisdamas užmegzti ryšį, serveris { $host } reikalauja sertifikato, kuris identifikuoja jus arba jūsų kompiuterį.
# 12045
error-winhttp-secure-invalid-ca = Sertifikatų grandinė apdorota, bet baigėsi šakniniu sertifikatu, kuriuo patikimumo teikėjas nepasitiki (atitinka CERT_E_UNTRUSTEDROOT).
    .title = Nepatikimas sertifikatas
    .summary = Serverio saugos sertifikatą išdavė sertifikavimo institucija, kuria šis kompiuteris nepasitiki.
    .summary-host = Serverio { $host } saugos sertifikatą išdavė sertifikavimo institucija, kuria šis kompiuteris nepasitiki.
# 12057
error-winhttp-secure-cert-rev-failed = Nepavyko patikrinti, ar sertifikatas atšauktas, nes atšaukimo serveris buvo neprisijungęs (atitinka CRYPT_E_REVOCATION_OFFLINE).
    .title = Nepavyko patikrinti sertifikato
    .summary = Šis kompiuteris negalėjo patikrinti, ar serverio saugos sertifikatas atšauktas, nes nepavyko pasiekti serverio, pranešančio apie atšauktus sertifikatus.
    .summary-host = Šis kompiuteris negalėjo patikrinti, ar serverio { $host } saugos sertifikatas atšauktas, nes nepavyko pasiekti serverio, pranešančio apie atšauktus sertifikatus.
# 12100
error-winhttp-cannot-call-before-open = Objektas WinHttpRequest negali atlikti prašomos operacijos, kol neiškviestas metodas Open.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė naudoti užklausą jos neparengusi.
    .summary-host = Programoje įvyko vidinė problema: ji bandė naudoti užklausą serveriui { $host } jos neparengusi.
# 12101
error-winhttp-cannot-call-before-send = Objektas WinHttpRequest negali atlikti prašomos operacijos, kol neiškviestas metodas Send.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji paprašė atsakymo prieš išsiųsdama užklausą.
    .summary-host = Programoje įvyko vidinė problema: ji paprašė serverio { $host } atsakymo prieš išsiųsdama užklausą.
# 12102
error-winhttp-cannot-call-after-send = Objektas WinHttpRequest negali atlikti prašomos operacijos po to, kai iškviestas metodas Send.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė pakeisti jau išsiųstą užklausą.
    .summary-host = Programoje įvyko vidinė problema: ji bandė pakeisti jau išsiųstą užklausą serveriui { $host }.
# 12103
error-winhttp-cannot-call-after-open = Objektas WinHttpRequest negali prašyti nurodytos parinkties po to, kai iškviestas metodas Open.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė pakeisti užklausos parametrą, kai tai padaryti jau buvo per vėlu.
    .summary-host = Programoje įvyko vidinė problema: ji bandė pakeisti užklausos, siunčiamos serveriui { $host }, parametrą, kai tai padaryti jau buvo per vėlu.
# 12150
error-winhttp-header-not-found = Nepavyko rasti prašomos antraštės.
    .title = Atsakyme trūksta informacijos
    .summary = Serverio atsakyme nebuvo informacijos, kurios tikėjosi ši programa.
    .summary-host = Serverio { $host } atsakyme nebuvo informacijos, kurios tikėjosi ši programa.
# 12152
error-winhttp-invalid-server-response = Nepavyko išanalizuoti serverio atsakymo.
    .title = Netinkamas serverio atsakymas
    .summary = Serveris atsiuntė atsakymą, kurio nepavyko suprasti.
    .summary-host = Serveris { $host } atsiuntė atsakymą, kurio nepavyko suprasti.
# 12153 – užklausą sudarė programa; vartotojas jos neįvedė.
error-winhttp-invalid-header = Pateikta HTTP antraštė netinkama, pavyzdžiui, netinkamai suformuota.
    .title = Netinkama užklausa
    .summary = Ši programa bandė siųsti informaciją netinkamu formatu, todėl užklausos nepavyko išsiųsti.
    .summary-host = Ši programa bandė siųsti informaciją serveriui { $host } netinkamu formatu, todėl užklausos nepavyko išsiųsti.
# 12154 – pasenęs: dabartinės sistemos jo niekada nepraneša, taigi suklydo programa.
error-winhttp-invalid-query-request = Antraštės užklausa buvo netinkama (pasenęs; nebenaudojamas).
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host } ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
# 12155 – pasenęs: dabartinės sistemos jo niekada nepraneša, taigi suklydo programa.
error-winhttp-header-already-exists = Antraštės nepavyko įtraukti, nes ji jau yra (pasenęs; nebenaudojamas).
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: ji bandė du kartus įtraukti tą pačią informaciją į užklausą.
    .summary-host = Programoje įvyko vidinė problema: ji bandė du kartus įtraukti tą pačią informaciją į užklausą serveriui { $host }.
# 12156
error-winhttp-redirect-failed = Peradresavimas nepavyko, nes pasikeitė schema arba nepavyko visi peradresavimo bandymai (pagal numatytuosius parametrus – penki bandymai).
    .title = Peradresavimas nepavyko
    .summary = Serveris peradresavo užklausą kitu adresu, bet peradresavimo užbaigti nepavyko.
    .summary-host = Serveris { $host } peradresavo užklausą kitu adresu, bet peradresavimo užbaigti nepavyko.
# 12157
error-winhttp-secure-channel-error = Saugiame kanale įvyko klaida (atitinka faile winerror.h apibrėžtus SEC_E_ ir SEC_I_ klaidų kodus).
    .title = Nepavyko užmegzti saugaus ryšio
    .summary = Užmezgant saugų ryšį su serveriu įvyko klaida.
    .summary-host = Užmezgant saugų ryšį su serveriu { $host } įvyko klaida.
# 12166 – „tarpinio serverio sąrankos scenarijus“ – tai PAC failas, pavadintas kaip Windows tarpinio serverio parametruose.
error-winhttp-bad-auto-proxy-script = Vykdant tarpinio serverio automatinės konfigūracijos (PAC) failo scenarijaus kodą įvyko klaida.
    .title = Klaida tarpinio serverio sąrankos scenarijuje
    .summary = Šio tinklo tarpinio serverio sąrankos scenarijuje yra klaida.
    .summary-host = Tarpinio serverio sąrankos scenarijuje, naudojamame serveriui { $host } pasiekti, yra klaida.
# 12167
error-winhttp-unable-to-download-script = Nepavyko atsisiųsti PAC failo, pavyzdžiui, todėl, kad PAC URL nurodytas serveris buvo nepasiekiamas arba grąžino 404 Not Found.
    .title = Tarpinio serverio sąrankos scenarijus nepasiekiamas
    .summary = Nepavyko atsisiųsti šio tinklo tarpinio serverio sąrankos scenarijaus.
    .summary-host = Nepavyko atsisiųsti tarpinio serverio sąrankos scenarijaus, reikalingo serveriui { $host } pasiekti.
# 12169
error-winhttp-secure-invalid-cert = Sertifikatas netinkamas (atitinka tokias klaidas kaip CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED ir CERT_E_CHAINING).
    .title = Netinkamas sertifikatas
    .summary = Serverio saugos sertifikatas netinkamas, todėl nepavyko užmegzti saugaus ryšio.
    .summary-host = Serverio { $host } saugos sertifikatas netinkamas, todėl nepavyko užmegzti saugaus ryšio.
# 12170
error-winhttp-secure-cert-revoked = Sertifikatas atšauktas (atitinka CRYPT_E_REVOKED).
    .title = Sertifikatas atšauktas
    .summary = Serverio saugos sertifikatą atšaukė jį išdavusi sertifikavimo institucija, todėl juo nebegalima pasitikėti.
    .summary-host = Serverio { $host } saugos sertifikatą atšaukė jį išdavusi sertifikavimo institucija, todėl juo nebegalima pasitikėti.
# 12172 – pasenęs: dabartinės sistemos jo niekada nepraneša, taigi suklydo programa.
error-winhttp-not-initialized = WinHTTP neinicijuotas (pasenęs; nebenaudojamas).
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host } ir ji pranešė apie klaidą, kurios dabartinės sistemos nebenaudoja.
# 12175 – priežastys (cert-flag-* toliau) gali būti išvardytos po santrauka.
error-winhttp-secure-failure = Serverio atsiųstame SSL (Secure Sockets Layer) sertifikate rasta viena ar daugiau klaidų. Kokių, parodo būsenos atgalinio iškvietimo funkcijoje gautas pranešimas WINHTTP_CALLBACK_STATUS_SECURE_FAILURE (žr. WINHTTP_STATUS_CALLBACK).
    .title = Saugaus ryšio užmegzti nepavyko
    .summary = Serverio saugos sertifikatas turi vieną ar daugiau problemų, todėl nepavyko užmegzti saugaus ryšio.
    .summary-host = Serverio { $host } atsiųstas saugos sertifikatas turi vieną ar daugiau problemų, todėl nepavyko užmegzti saugaus ryšio.
# 12176
error-winhttp-unhandled-script-type = Scenarijaus tipas nepalaikomas.
    .title = Nepalaikomas tarpinio serverio sąrankos scenarijus
    .summary = Šio tinklo tarpinio serverio sąrankos scenarijus yra nepalaikomo tipo.
    .summary-host = Tarpinio serverio sąrankos scenarijus, naudojamas serveriui { $host } pasiekti, yra nepalaikomo tipo.
# 12177 – praktiškai tai tarpinio serverio sąrankos scenarijus.
error-winhttp-script-execution-error = Vykdant scenarijų įvyko klaida.
    .title = Nepavyko vykdyti tarpinio serverio sąrankos scenarijaus
    .summary = Vykdant šio tinklo tarpinio serverio sąrankos scenarijų įvyko klaida.
    .summary-host = Vykdant tarpinio serverio sąrankos scenarijų, naudojamą serveriui { $host } pasiekti, įvyko klaida.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl nerado tarpinio serverio nurodytam URL.
    .title = Tarpinis serveris nerastas
    .summary = Nepavyko nustatyti, kurį tarpinį serverį naudoti šiam adresui.
    .summary-host = Nepavyko nustatyti, kurį tarpinį serverį naudoti serveriui { $host } pasiekti.
# 12179
error-winhttp-secure-cert-wrong-usage = Sertifikatas netinka prašomai paskirčiai (atitinka CERT_E_WRONG_USAGE).
    .title = Sertifikatas netinka šiai paskirčiai
    .summary = Serverio saugos sertifikatas neskirtas tokio tipo ryšiui.
    .summary-host = Serverio { $host } saugos sertifikatas neskirtas tokio tipo ryšiui.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl nepavyko aptikti tarpinio serverio automatinės konfigūracijos (PAC) failo URL.
    .title = Tarpinio serverio parametrai neaptikti
    .summary = Nepavyko automatiškai aptikti šio tinklo tarpinio serverio parametrų.
    .summary-host = Nepavyko automatiškai aptikti tarpinio serverio parametrų, reikalingų serveriui { $host } pasiekti.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse gavo atsakymą, kuriame yra daugiau antraščių, nei WinHTTP gali priimti.
    .title = Serverio atsakymas atmestas
    .summary = Serveris atsiuntė atsakymą su per daug antraščių, todėl jo nepavyko priimti.
    .summary-host = Serveris { $host } atsiuntė atsakymą su per daug antraščių, todėl jo nepavyko priimti.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse gavo antraštes, kurių bendras dydis viršija užklausos doroklei nustatytą ribą.
    .title = Serverio atsakymas per didelis
    .summary = Serveris atsiuntė atsakymą su per didelėmis antraštėmis, todėl jo nepavyko priimti.
    .summary-host = Serveris { $host } atsiuntė atsakymą su per didelėmis antraštėmis, todėl jo nepavyko priimti.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse analizuodama atsakymo skaidytojo perdavimo kodavimą aptiko perpildymą: dalies antraštė viršijo leistiną dydį.
    .title = Nepavyko perskaityti serverio atsakymo
    .summary = Dalis serverio atsakymo buvo didesnė nei leidžiama, todėl atsakymo nepavyko perskaityti.
    .summary-host = Dalis serverio { $host } atsakymo buvo didesnė nei leidžiama, todėl atsakymo nepavyko perskaityti.
# 12184
error-winhttp-response-drain-overflow = Gaunamas atsakymas viršijo vidinę WinHTTP dydžio ribą.
    .title = Serverio atsakymas viršijo dydžio ribą
    .summary = Serverio atsakymas buvo didesnis, nei leidžia šis kompiuteris, todėl jo nepavyko gauti.
    .summary-host = Serverio { $host } atsakymas buvo didesnis, nei leidžia šis kompiuteris, todėl jo nepavyko gauti.
# 12185 – sertifikatas yra paties vartotojo (kliento sertifikatas), o ne serverio.
error-winhttp-client-cert-no-private-key = Su SSL kliento sertifikato kontekstu nesusietas joks privatusis raktas; galbūt sertifikatas į kompiuterį importuotas be privačiojo rakto.
    .title = Jūsų sertifikato naudoti negalima
    .summary = Sertifikatas, kuris jus identifikuoja, neturi privačiojo rakto, todėl jo naudoti negalima. Galbūt raktas nebuvo įtrauktas diegiant sertifikatą.
    .summary-host = Sertifikatas, kuris jus identifikuoja serveryje { $host }, neturi privačiojo rakto, todėl jo naudoti negalima. Galbūt raktas nebuvo įtrauktas diegiant sertifikatą.
# 12186 – sertifikatas yra paties vartotojo (kliento sertifikatas), o ne serverio.
error-winhttp-client-cert-no-access-private-key = Programa neturi teisių, reikalingų prieigai prie su kliento sertifikatu susieto privačiojo rakto.
    .title = Prieiga prie jūsų sertifikato uždrausta
    .summary = Šiai programai neleidžiama naudoti jus identifikuojančio sertifikato privačiojo rakto.
    .summary-host = Šiai programai neleidžiama naudoti privačiojo rakto, priklausančio sertifikatui, kuris jus identifikuoja serveryje { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Tarpinis serveris reikalauja SSL/TLS kliento sertifikato autentifikavimo; ryšiui su tarpiniu serveriu būtina pateikti kliento sertifikatą.
    .title = Tarpinis serveris reikalauja sertifikato
    .summary = Prieš leisdamas užmegzti ryšį, tarpinis serveris reikalauja sertifikato, kuris identifikuoja jus arba jūsų kompiuterį.
    .summary-host = Prieš leisdamas užmegzti ryšį su serveriu { $host }, tarpinis serveris reikalauja sertifikato, kuris identifikuoja jus arba jūsų kompiuterį.
# 12188
error-winhttp-secure-failure-proxy = Saugiame ryšyje su tarpiniu serveriu įvyko SSL/TLS klaida, pavyzdžiui, iškilo problema dėl jo atsiųsto sertifikato.
    .title = Nepavyko užmegzti saugaus ryšio su tarpiniu serveriu
    .summary = Nepavyko užmegzti saugaus ryšio su tarpiniu serveriu, pavyzdžiui, dėl jo sertifikato problemos.
    .summary-host = Nepavyko užmegzti saugaus ryšio su tarpiniu serveriu, naudojamu serveriui { $host } pasiekti, pavyzdžiui, dėl jo sertifikato problemos.
# 12189 – rezervuotas: niekada nepranešamas, taigi suklydo programa.
error-winhttp-reserved-189 = Rezervuotas kodas; nenaudojamas.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema ir ji pranešė apie klaidą, kuri yra rezervuota ir niekada nenaudojama.
    .summary-host = Programoje įvyko vidinė problema jungiantis prie serverio { $host } ir ji pranešė apie klaidą, kuri yra rezervuota ir niekada nenaudojama.
# 12190 – „žiniatinklio protokolas“ – tai HTTP; versijos yra HTTP/1.1, HTTP/2 ir HTTP/3.
error-winhttp-http-protocol-mismatch = Serverio naudojama HTTP protokolo versija neatitinka prašomos arba reikalaujamos, pavyzdžiui, buvo reikalaujama HTTP/2 arba HTTP/3, bet dėl jos nepavyko susitarti.
    .title = Nesuderinama žiniatinklio protokolo versija
    .summary = Serveris ir ši programa nepajėgė susitarti, kurią žiniatinklio protokolo versiją naudoti.
    .summary-host = Serveris { $host } ir ši programa nepajėgė susitarti, kurią žiniatinklio protokolo versiją naudoti.
# 12191
error-winhttp-global-callback-failed = Įvyko WinHTTP užregistruotos visuotinės atgalinio iškvietimo funkcijos klaida.
    .title = Vidinė programos klaida
    .summary = Programoje įvyko vidinė problema: apdorojant užklausą sutriko vienas iš jos komponentų.
    .summary-host = Programoje įvyko vidinė problema: apdorojant užklausą serveriui { $host } sutriko vienas iš jos komponentų.
# 12192
error-winhttp-feature-disabled = Prašoma WinHTTP funkcija išjungta ir jos naudoti negalima.
    .title = Funkcija išjungta
    .summary = Šiame kompiuteryje išjungta funkcija, kurios reikia šiai užklausai.
    .summary-host = Šiame kompiuteryje išjungta funkcija, kurios reikia užklausai serveriui { $host }.
# 12193
error-winhttp-fast-forwarding-not-supported = Spartusis persiuntimas (fast forwarding) šiai užklausai ar ryšiui nepalaikomas.
    .title = Funkcija nepalaikoma
    .summary = Ši programa paprašė funkcijos, kurios šis ryšys nepalaiko.
    .summary-host = Ši programa paprašė funkcijos, kurios ryšys su serveriu { $host } nepalaiko.

## Patarimai: ką vartotojas gali pabandyti; rodomi sąrašu po santrauka.
## Kiekvienas – vienas užbaigtas liepiamasis sakinys, pabaigoje taškas, ne daugiau kaip 100 simbolių.
## Kuriuos patarimus ir kokia tvarka rodo kodas, nustato katalogas (src/catalog.rs).
hint-check-connection = Patikrinkite tinklo ryšį.
hint-try-again-later = Šiek tiek palaukite ir bandykite dar kartą.
hint-check-address = Patikrinkite, ar adresas parašytas teisingai.
hint-check-proxy = Patikrinkite tarpinio serverio parametrus arba kreipkitės į tinklo administratorių.
hint-check-firewall = Įsitikinkite, kad šios programos neblokuoja jokia užkarda ar antivirusinė programa.
hint-check-date-time = Įsitikinkite, kad kompiuterio data, laikas ir laiko juosta nustatyti teisingai.
hint-update-system = Įdiekite naujausius operacinės sistemos naujinimus.
hint-contact-site-owner = Jei problema išlieka, kreipkitės į svetainės ar serverio savininką.
hint-contact-support = Kreipkitės į šios programos palaikymo tarnybą.
hint-update-app = Patikrinkite, ar yra naujesnė šios programos versija.
hint-restart-app = Uždarykite šią programą ir atidarykite ją iš naujo.
hint-restart-computer = Paleiskite kompiuterį iš naujo.
hint-free-memory = Uždarykite kitas programas, kad atlaisvintumėte atminties, ir bandykite dar kartą.
hint-check-credentials = Patikrinkite, ar vartotojo vardas ir slaptažodis teisingi.
# Rodoma, kai serveris ar tarpinis serveris prašo vartotojo sertifikato arba kai jo naudoti negalima.
hint-check-client-certificate = Įsitikinkite, kad prašomas sertifikatas tinkamai įdiegtas, arba kreipkitės į administratorių.

## Sertifikato problemos: kiekviena vienoje eilutėje, rodomos sąrašu, kai saugus ryšys nepavyko.
## Ne daugiau kaip 120 simbolių; vienas užbaigtas sakinys, pabaigoje taškas.
## „Sertifikatas“ – tai serverio atsiųstas sertifikatas.
cert-flag-rev-failed = Šis kompiuteris negalėjo patikrinti, ar sertifikatas atšauktas.
cert-flag-invalid-cert = Sertifikatas netinkamas.
cert-flag-cert-revoked = Sertifikatą atšaukė jį išdavusi sertifikavimo institucija.
cert-flag-invalid-ca = Sertifikatą išdavė sertifikavimo institucija, kuria šis kompiuteris nepasitiki.
cert-flag-cert-cn-invalid = Sertifikatas išduotas kitos svetainės pavadinimui.
cert-flag-cert-date-invalid = Sertifikato galiojimas baigėsi arba jis dar negalioja.
cert-flag-cert-wrong-usage = Sertifikatas neskirtas tokio tipo ryšiui.
cert-flag-security-channel-error = Užmezgant saugų ryšį įvyko klaida.
# $flags (String): likusios vėliavėlės šešioliktainiu formatu, pvz., 0x00000100; gali būti kelios.
cert-flag-unknown = Sertifikatas turi vieną ar daugiau problemų, kurių nepavyko nustatyti ({ $flags }).

## Kodai, kurių ši biblioteka nežino.
# $code (String): dešimtainis kodas, pvz., 12345. $hex (String): tas pats šešioliktainiu formatu, 0x00003039.
# $host (String): serverio pavadinimas (tik .summary-host), pvz., example.com.
# Tos pačios ribos kaip kodų dalims: kiekviena ne daugiau kaip 200 simbolių.
unknown-code =
    .summary = Jungiantis įvyko netikėta problema (klaida { $code }, { $hex }).
    .summary-host = Jungiantis prie serverio { $host } įvyko netikėta problema (klaida { $code }, { $hex }).

## Sudėtiniai pranešimai

# $description (String) kodo aprašas; $name (String) jo simbolinis pavadinimas; $code (String) dešimtainis kodas.
report-line = { $description } ({ $name }, { $code })
# $code (String) dešimtainis kodas; $hex (String) tas pats kodas šešioliktainiu formatu, pvz., 0x80072EE2.
unknown-error = Nežinoma WinHTTP klaida { $code } ({ $hex }).
