### Beskrivelser av WinHTTP-feilkoder (nb-NO).
### Én melding per feilkode, sortert etter numerisk kode. Meldings-ID-en er
### navnet på den symbolske konstanten med små bokstaver og «_» erstattet med «-».
### Verdien for hver kode er den tekniske beskrivelsen for utviklere: én linje
### uten plassholdere, fordi den vises uendret i dialogbokser og logglinjer.
### Navn på funksjoner, metoder, alternativer, makroer og konstanter
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) er API-identifikatorer og
### skal aldri oversettes eller endres.
###
### Tekst for sluttbrukere. I tillegg til verdien (beskrivelsen for utviklere)
### har hver melding tre attributter skrevet for en som ikke er programmerer:
###   .title         Overskriften i dialogboksen (hovedinstruksjonen i en
###                  oppgavedialogboks i Windows): hva som gikk galt, høyst 60
###                  tegn, stor forbokstav bare først, ikke punktum til slutt.
###   .summary       Brødteksten under overskriften: én eller to enkle setninger
###                  om hva som skjedde, høyst 200 tegn, med punktum til slutt.
###                  Den skal kunne leses alene, uten servernavn.
###   .summary-host  Samme sammendrag med servernavnet: { $host } nøyaktig én
###                  gang, høyst 200 tegn når $host er «example.com».
### $host inneholder navnet på serveren slik programmet kjenner det, for
### eksempel «example.com», «intranet.corp.local» eller en IP-adresse som
### 192.0.2.10. Det er aldri tomt: uten navn vises .summary i stedet. Navnet
### bøyes aldri (ingen genitiv-s, ingen endelse): det står som apposisjon etter
### «serveren»: «serveren { $host }», «til serveren { $host }», «for serveren
### { $host }».
### Tipsene (hint-*) vises som en liste under sammendraget: én fullstendig
### setning i imperativ (du-form, som i Windows) med punktum til slutt, høyst
### 100 tegn. Hvilke tips en kode får, bestemmes i katalogen (src/catalog.rs),
### likt for alle språk, så sammendraget gjentar dem ikke.
###   Tittelen for 50 («Nettverksfunksjonene er ikke tilgjengelige») skiller seg
###     fra 10051 («Nettverket kan ikke nås»); 11002 slår opp adressen til
###     serveren (navnet er kjent, adressen søkes).
### Sertifikatlinjer (cert-flag-*): én fullstendig setning med punktum, høyst
### 120 tegn.
### I overskrifter, sammendrag, tips, sertifikatlinjer og teksten for ukjente
### koder skal det ikke stå API-identifikatorer: ingen navn på konstanter,
### funksjoner, metoder eller alternativer, ingen «_», ingen «WinHTTP»/«WinHttp»,
### ingen «handle»/«referanse» i den betydningen, ingen «callback»/
### «tilbakekallingsfunksjon», ingen «PAC» og ingen «{» utenom de dokumenterte
### variablene. Det hører hjemme i beskrivelsen. Merk at også ord som
### inneholder bokstavene «handle» (behandlet, behandle) er utelukket; skriv
### «behandlingen av» eller omformuler. Bruk hverdagslige ord («sikker
### tilkobling» i stedet for TLS/SSL, «installasjonsskriptet for proxyen» i
### stedet for PAC-fil, som i proxyinnstillingene i Windows).
### Når programmet selv har brukt biblioteket feil (foreldede, reserverte og
### bruksfeilkoder), står det rett ut at det oppstod et internt problem i dette
### programmet; brukeren får aldri skylden. Sikkerhetsfeil foreslår aldri å
### omgå eller ignorere kontrollen eller å fortsette likevel.
###
### ORDLISTE (Microsofts norske terminologi i Windows):
###   application = «program» («dette programmet»); «app» brukes ikke her.
###   request = «forespørsel» (forespørselen); response = «svar».
###   header = «hode» (HTTP-hode, flere hoder; vanlig norsk fagterm, ikke
###     «topptekst», som gjelder dokumenter).
###   component failed = «komponenten sviktet» («mislyktes» brukes om handlinger).
###   handle = «referanse» (Windows-feil 6: «Referansen er ugyldig.»); bare i
###     beskrivelser.
###   callback = «tilbakekalling», callback function =
###     «tilbakekallingsfunksjon»; bare i beskrivelser.
###   proxy = «proxy», som enhet «proxyserver»; «proxyinnstillinger».
###   PAC file = «PAC-fil» (fil for automatisk proxykonfigurasjon) i
###     beskrivelser; for sluttbrukere «installasjonsskriptet for proxyen»,
###     etter alternativet «Bruk installasjonsskript» i proxyinnstillingene.
###   automatically detect = «oppdage automatisk» («Oppdag innstillinger
###     automatisk»).
###   certificate = «sertifikat»; serverens: «sikkerhetssertifikat»; brukerens
###     eget: «sertifikatet som identifiserer deg», «sertifikatet ditt».
###     revoked = «tilbakekalt», revocation = «tilbakekalling av sertifikater»,
###     certificate authority = «sertifiseringsinstans» (som i «Klarerte
###     rotsertifiseringsinstanser»), trust = «klarere», root certificate =
###     «rotsertifikat», expired = «utløpt», private key = «privat nøkkel».
###   revocation server = «tilbakekallingsserver» (beskrivelser); for
###     sluttbrukere «serveren som melder om tilbakekalte sertifikater».
###   secure connection = «sikker tilkobling»; secure channel = «sikker kanal».
###   firewall = «brannmur»; antivirus program = «antivirusprogram».
###   connection = «tilkobling»; connect = «koble til»; interrupted = «brutt»;
###     refused = «avvist».
###   computer = «datamaskin» («denne datamaskinen»).
###   redirect = «omdirigere», redirection = «omdirigering».
###   timeout = «tidsavbrudd» («Tidsavbrudd for tilkoblingen»).
###   sign in = «logge på», «pålogging»; credentials = «påloggingsinformasjon»;
###     user name = «brukernavn», password = «passord».
###   Winsock = «Winsock» (Windows Sockets, egennavn). socket = «socket» i
###     beskrivelser. remote host = «ekstern vert», host = «vert» i
###     beskrivelser; for sluttbrukere alltid «server».
###   route = «rute» (beskrivelser), for sluttbrukere «vei».
###   name server = «navneserver»; resolve a name = «løse opp navnet»
###     (beskrivelser), for sluttbrukere «slå opp navnet».
###   I/O = «I/U» (Windows-feil 997: «Overlappet I/U-operasjon pågår.»);
###     parameter = «parameter» (Windows-feil 87: «Parameteren er feil.»).
###   operation = «operasjon»; web address = «nettadresse»; web protocol =
###     «nettprotokoll»; website = «nettsted»; turned off = «slått av»;
###     memory = «minne».
###   Winsock-kodene 10060 og 11001 deler tekstene for sluttbrukere med sine
###     WinHTTP-motstykker (12002, 12007).
### TYPOGRAFI: norske anførselstegn «…» (sjevroner), sitat i sitat ‘…’,
### apostrof ’ (U+2019), aldri rette anførselstegn. Komma foran «og» mellom to
### helsetninger («Vent litt, og prøv på nytt.»), ikke foran «at». Tankestrek
### – med mellomrom, ellipse «…». Koder og flagg skrives som i kilden
### (0x00000100).

## Generelle Windows-feil (winerror.h) som WinHTTP også returnerer

# 2 — WinHttpGetIEProxyConfigForCurrentUser og andre funksjoner som leser innstillinger, returnerer den
# når en lagret innstilling eller fil de leter etter, ikke finnes.
error-file-not-found = Finner ikke den angitte filen: en innstilling, fil eller registerverdi som funksjonen lette etter, finnes ikke.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: en innstilling eller fil det trengte, ble ikke funnet.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: en innstilling eller fil det trengte, ble ikke funnet.
# 6
error-invalid-handle = Referansen som ble sendt til API-et, er gjort ugyldig eller lukket.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å bruke en tilkobling som allerede var lukket.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å bruke en allerede lukket tilkobling til serveren { $host }.
# 8
error-not-enough-memory = Det er ikke nok minne til å fullføre den forespurte operasjonen.
    .title = Ikke nok minne
    .summary = Datamaskinen gikk tom for ledig minne før forespørselen kunne fullføres.
    .summary-host = Datamaskinen gikk tom for ledig minne før forespørselen til serveren { $host } kunne fullføres.
# 18
error-no-more-files = Det finnes ikke flere filer.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet mens det leste resultatene av en forespørsel.
    .summary-host = Det oppstod et internt problem i dette programmet mens det leste resultatene av en forespørsel til serveren { $host }.
# 50 — nettverksfunksjonene i Windows (Winsock) kunne ikke startes.
error-not-supported = Protokollstakken som kreves, er ikke lastet inn, og programmet kan ikke starte Winsock.
    .title = Nettverksfunksjonene er ikke tilgjengelige
    .summary = Nettverkskomponentene som dette programmet trenger, kunne ikke startes på denne datamaskinen.
    .summary-host = Nettverkskomponentene som trengs for å koble til serveren { $host }, kunne ikke startes på denne datamaskinen.
# 87 — for eksempel WinHttpCrackUrl med en URL_COMPONENTS der dwStructSize er feil.
error-invalid-parameter = Parameteren er feil: ett av argumentene som ble sendt til funksjonen, er ugyldig (for eksempel en NULL-peker, feil strukturstørrelse eller motstridende flagg).
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det sendte ugyldig informasjon til nettverkskomponenten.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det sendte ugyldig informasjon til nettverkskomponenten.
# 122
error-insufficient-buffer = Bufferen som ble sendt til funksjonen, er for liten for dataene som returneres. Se dokumentasjonen for den aktuelle funksjonen for mer informasjon.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det satte ikke av nok plass til dataene det mottok.
    .summary-host = Det oppstod et internt problem i dette programmet: det satte ikke av nok plass til dataene som ble mottatt fra serveren { $host }.
# 259
error-no-more-items = Det finnes ikke flere elementer.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet mens det leste en liste med resultater.
    .summary-host = Det oppstod et internt problem i dette programmet mens det leste en liste med resultater fra serveren { $host }.

# 997 — WinHttpGetProxyForUrlEx og WebSocket-funksjonene returnerer den når arbeidet
# fortsetter asynkront; den blir først en feil når den behandles som en.
error-io-pending = Overlappet I/U-operasjon pågår: funksjonen fortsetter asynkront og rapporterer resultatet via statustilbakekallingen.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det regnet en forespørsel som fortsatt pågikk, som mislykket.
    .summary-host = Det oppstod et internt problem i dette programmet: det regnet en forespørsel til serveren { $host } som fortsatt pågikk, som mislykket.
# 1168
error-not-found = Elementet ble ikke funnet: det funksjonen ble bedt om (for eksempel et proxyresultat, en oppføring eller en lagret innstilling), finnes ikke.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det ba om et element som ikke finnes.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det ba om et element som ikke finnes.
# 4317 — for eksempel sending på en WebSocket etter at lukkehåndtrykket har startet.
error-invalid-operation = Operasjonen er ikke gyldig i objektets nåværende tilstand, for eksempel sending på en WebSocket som holder på å lukkes, eller mottak mens et annet mottak venter.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å bruke en tilkobling på en måte som tilkoblingens nåværende tilstand ikke tillater.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å bruke tilkoblingen til serveren { $host } på en måte som tilkoblingens nåværende tilstand ikke tillater.

## Winsock-feil (winsock2.h) som en WinHTTP-implementering sender videre
## (winhttp.dll i Wine gjør det; Windows gjør de fleste om til en 12xxx-kode).
## For en bruker betyr de det samme som WinHTTP-motstykket; beskrivelsen
## sier hvilken kode det er.

# 10050
wsaenetdown = Nettverksundersystemet har sviktet (WSAENETDOWN): nettverksstakken eller nettverkskortet på denne datamaskinen fungerer ikke.
    .title = Nettverket fungerer ikke
    .summary = Nettverket på denne datamaskinen fungerer ikke, så serveren kunne ikke nås.
    .summary-host = Nettverket på denne datamaskinen fungerer ikke, så serveren { $host } kunne ikke nås.
# 10051
wsaenetunreach = Nettverket kan ikke nås (WSAENETUNREACH): denne datamaskinen har ingen rute til serverens nettverk.
    .title = Nettverket kan ikke nås
    .summary = Det finnes ingen vei fra denne datamaskinen til serverens nettverk, så serveren kunne ikke nås.
    .summary-host = Det finnes ingen vei fra denne datamaskinen til nettverket der serveren { $host } står, så serveren kunne ikke nås.
# 10052
wsaenetreset = Tilkoblingen ble brutt fordi keep-alive-kontrollen oppdaget en feil mens operasjonen pågikk (WSAENETRESET).
    .title = Tilkoblingen ble brutt
    .summary = Tilkoblingen til serveren ble brutt fordi nettverket sluttet å svare.
    .summary-host = Tilkoblingen til serveren { $host } ble brutt fordi nettverket sluttet å svare.
# 10053 — «programvare forårsaket brudd på tilkoblingen»: ofte en brannmur eller et sikkerhetsprogram.
wsaeconnaborted = En etablert tilkobling ble avbrutt av programvare på denne datamaskinen (WSAECONNABORTED), for eksempel etter et tidsavbrudd under dataoverføring eller av en brannmur.
    .title = Tilkoblingen ble brutt
    .summary = Tilkoblingen til serveren ble avsluttet av denne datamaskinen, kanskje av en brannmur eller et sikkerhetsprogram.
    .summary-host = Tilkoblingen til serveren { $host } ble avsluttet av denne datamaskinen, kanskje av en brannmur eller et sikkerhetsprogram.
# 10054 — Windows rapporterer ERROR_WINHTTP_CONNECTION_ERROR i stedet.
wsaeconnreset = En eksisterende tilkobling ble tvangsbrutt av den eksterne verten (WSAECONNRESET).
    .title = Tilkoblingen ble brutt
    .summary = Serveren lukket tilkoblingen uventet.
    .summary-host = Serveren { $host } lukket tilkoblingen uventet.
# 10060 — Windows rapporterer ERROR_WINHTTP_TIMEOUT i stedet.
wsaetimedout = Det oppstod tidsavbrudd for tilkoblingsforsøket eller overføringen fordi den andre parten ikke svarte i tide (WSAETIMEDOUT).
    .title = Tidsavbrudd for tilkoblingen
    .summary = Serveren brukte for lang tid på å svare.
    .summary-host = Serveren { $host } brukte for lang tid på å svare.
# 10061 — Windows rapporterer ERROR_WINHTTP_CANNOT_CONNECT i stedet.
wsaeconnrefused = Kan ikke koble til fordi måldatamaskinen aktivt nektet tilkoblingen (WSAECONNREFUSED): ingenting lytter på den porten.
    .title = Tilkoblingen ble avvist
    .summary = Serveren avviste tilkoblingen. Den kan være nede eller ikke ta imot tilkoblinger.
    .summary-host = Serveren { $host } avviste tilkoblingen. Den kan være nede eller ikke ta imot tilkoblinger.
# 10064
wsaehostdown = En socket-operasjon mislyktes fordi målverten er nede (WSAEHOSTDOWN).
    .title = Serveren svarer ikke
    .summary = Serveren ser ut til å være slått av eller koblet fra nettverket.
    .summary-host = Serveren { $host } ser ut til å være slått av eller koblet fra nettverket.
# 10065
wsaehostunreach = Det ble forsøkt en socket-operasjon mot en vert som ikke kan nås (WSAEHOSTUNREACH): ingen rute til serveren ble funnet.
    .title = Serveren kan ikke nås
    .summary = Det ble ikke funnet noen vei fra denne datamaskinen til serveren.
    .summary-host = Det ble ikke funnet noen vei fra denne datamaskinen til serveren { $host }.
# 11001 — Windows rapporterer ERROR_WINHTTP_NAME_NOT_RESOLVED i stedet.
wsahost-not-found = Ukjent vert (WSAHOST_NOT_FOUND): navneserveren har ingen adresse for dette navnet.
    .title = Fant ikke serveren
    .summary = Serveren ble ikke funnet på nettverket.
    .summary-host = Det ble ikke funnet noen server med navnet { $host } på nettverket.
# 11002
wsatry-again = Navneserveren ga ikke noe autoritativt svar, og oppslaget kan lykkes senere (WSATRY_AGAIN): vanligvis en midlertidig feil på navneserveren.
    .title = Kunne ikke slå opp adressen til serveren
    .summary = Adressen til serveren kunne ikke slås opp akkurat nå. Dette er vanligvis et midlertidig problem.
    .summary-host = Adressen til serveren { $host } kunne ikke slås opp akkurat nå. Dette er vanligvis et midlertidig problem.

## WinHTTP-spesifikke feil (winhttp.h)

# 12001 — foreldet: nåværende systemer rapporterer den aldri, så programmet har gjort en feil.
error-winhttp-out-of-handles = Kunne ikke opprette flere referanser (foreldet; brukes ikke lenger).
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det rapporterte en feil som nåværende systemer ikke lenger bruker.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det rapporterte en feil som nåværende systemer ikke lenger bruker.
# 12002
error-winhttp-timeout = Det oppstod tidsavbrudd for forespørselen. Dette kan også skyldes tidsavbrudd i TCP/IP, uavhengig av tidsavbruddsverdiene som er angitt i WinHTTP.
    .title = Tidsavbrudd for tilkoblingen
    .summary = Serveren brukte for lang tid på å svare.
    .summary-host = Serveren { $host } brukte for lang tid på å svare.
# 12004
error-winhttp-internal-error = Det oppstod en intern feil i WinHTTP.
    .title = Uventet intern feil
    .summary = Et uventet internt problem stoppet forespørselen.
    .summary-host = Et uventet internt problem stoppet forespørselen til serveren { $host }.
# 12005
error-winhttp-invalid-url = URL-adressen er ugyldig.
    .title = Ugyldig nettadresse
    .summary = Nettadressen er ugyldig, så forespørselen kunne ikke sendes.
    .summary-host = Nettadressen som brukes for å nå serveren { $host }, er ugyldig, så forespørselen kunne ikke sendes.
# 12006
error-winhttp-unrecognized-scheme = URL-adressen angir et annet skjema enn http: eller https:.
    .title = Nettadressen støttes ikke
    .summary = Denne typen adresse støttes ikke. Bare adresser som begynner med http:// eller https://, kan åpnes.
    .summary-host = Adressen som brukes for å nå serveren { $host }, er av en type som ikke støttes. Bare adresser som begynner med http:// eller https://, kan åpnes.
# 12007
error-winhttp-name-not-resolved = Servernavnet kunne ikke løses opp.
    .title = Fant ikke serveren
    .summary = Serveren ble ikke funnet på nettverket.
    .summary-host = Det ble ikke funnet noen server med navnet { $host } på nettverket.
# 12009
error-winhttp-invalid-option = Et kall til WinHttpQueryOption eller WinHttpSetOption angav en ugyldig alternativverdi.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det brukte en tilkoblingsinnstilling som er ugyldig.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det brukte en tilkoblingsinnstilling som er ugyldig.
# 12011
error-winhttp-option-not-settable = Det forespurte alternativet kan ikke angis; det kan bare spørres etter.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å endre en tilkoblingsinnstilling som bare kan leses.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det prøvde å endre en tilkoblingsinnstilling som bare kan leses.
# 12012 — vises vanligvis mens programmet avsluttes.
error-winhttp-shutdown = Støtten for WinHTTP-funksjoner holder på å bli avsluttet eller fjernet fra minnet.
    .title = Nettverkstilgangen avsluttes
    .summary = Forespørselen ble stoppet fordi nettverkstilgangen holder på å avsluttes, for eksempel fordi dette programmet lukkes.
    .summary-host = Forespørselen til serveren { $host } ble stoppet fordi nettverkstilgangen holder på å avsluttes, for eksempel fordi dette programmet lukkes.
# 12015
error-winhttp-login-failure = Påloggingsforsøket mislyktes. Lukk forespørselsreferansen med WinHttpCloseHandle, og opprett en ny før du prøver funksjonen som mislyktes, på nytt.
    .title = Påloggingen mislyktes
    .summary = Serveren godtok ikke påloggingsinformasjonen.
    .summary-host = Serveren { $host } godtok ikke påloggingsinformasjonen.
# 12017 — konstanten staves «CANCELLED», den engelske teksten «canceled»; på norsk «avbrutt».
error-winhttp-operation-cancelled = Operasjonen ble avbrutt, vanligvis fordi referansen som forespørselen brukte, ble lukket før operasjonen var fullført.
    .title = Forespørselen ble avbrutt
    .summary = Forespørselen ble avbrutt før den kunne fullføres.
    .summary-host = Forespørselen til serveren { $host } ble avbrutt før den kunne fullføres.
# 12018
error-winhttp-incorrect-handle-type = Referansetypen som ble angitt, er feil for denne operasjonen.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet, og forespørselen kunne ikke fullføres.
    .summary-host = Det oppstod et internt problem i dette programmet, og forespørselen til serveren { $host } kunne ikke fullføres.
# 12019
error-winhttp-incorrect-handle-state = Den forespurte operasjonen kan ikke utføres fordi referansen som ble angitt, ikke har riktig tilstand.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det utførte trinnene i forespørselen i feil rekkefølge.
    .summary-host = Det oppstod et internt problem i dette programmet: det utførte trinnene i forespørselen til serveren { $host } i feil rekkefølge.
# 12029
error-winhttp-cannot-connect = Tilkoblingen til serveren kunne ikke opprettes.
    .title = Kan ikke koble til
    .summary = Dette programmet kunne ikke koble til serveren.
    .summary-host = Dette programmet kunne ikke koble til serveren { $host }.
# 12030
error-winhttp-connection-error = Tilkoblingen til serveren ble tilbakestilt eller avsluttet, eller en inkompatibel SSL-protokoll ble oppdaget (WinHTTP 5.1 støtter for eksempel ikke SSL 2.0 med mindre klienten uttrykkelig aktiverer det).
    .title = Tilkoblingen ble brutt
    .summary = Tilkoblingen til serveren ble brutt eller lukket uventet.
    .summary-host = Tilkoblingen til serveren { $host } ble brutt eller lukket uventet.
# 12032
error-winhttp-resend-request = WinHTTP-funksjonen mislyktes, men den kan prøves på nytt med samme forespørselsreferanse.
    .title = Forespørselen gikk ikke gjennom
    .summary = Forespørselen kunne ikke fullføres i dette forsøket.
    .summary-host = Forespørselen til serveren { $host } kunne ikke fullføres i dette forsøket.
# 12037
error-winhttp-secure-cert-date-invalid = Et nødvendig sertifikat er ikke innenfor gyldighetsperioden ifølge systemklokken eller tidsstemplet i den signerte filen, eller gyldighetsperiodene i sertifikatkjeden er ikke riktig nestet (tilsvarer CERT_E_EXPIRED eller CERT_E_VALIDITYPERIODNESTING).
    .title = Sertifikatet er utløpt eller ikke gyldig ennå
    .summary = Sikkerhetssertifikatet til serveren er utløpt eller ikke gyldig ennå, ifølge klokken på denne datamaskinen.
    .summary-host = Sikkerhetssertifikatet til serveren { $host } er utløpt eller ikke gyldig ennå, ifølge klokken på denne datamaskinen.
# 12038
error-winhttp-secure-cert-cn-invalid = Navnet i CN-feltet (common name) i sertifikatet samsvarer ikke med verdien som ble sendt inn (tilsvarer CERT_E_CN_NO_MATCH).
    .title = Sertifikatet gjelder et annet nettsted
    .summary = Sikkerhetssertifikatet ble utstedt for et annet nettstedsnavn, så identiteten til serveren kunne ikke bekreftes.
    .summary-host = Sikkerhetssertifikatet som serveren { $host } sendte, ble utstedt for et annet navn, så identiteten til serveren kunne ikke bekreftes.
# 12044 — serveren ber brukeren (eller datamaskinen) om å bevise identiteten sin med et sertifikat.
error-winhttp-client-auth-cert-needed = Serveren ber om SSL-klientgodkjenning (rapportert av WinHttpReceiveResponse). Hent de godtatte sertifikatutstederne med WinHttpQueryOption og WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; hvis et sertifikat blir bedt om, men ikke kreves, kaller du WinHttpSetOption med WINHTTP_OPTION_CLIENT_CERT_CONTEXT og WINHTTP_NO_CLIENT_CERT_CONTEXT i lpBuffer.
    .title = Serveren krever et sertifikat
    .summary = Serveren krever et sertifikat som identifiserer deg eller datamaskinen din, før den tillater tilkoblingen.
    .summary-host = Serveren { $host } krever et sertifikat som identifiserer deg eller datamaskinen din, før den tillater tilkoblingen.
# 12045
error-winhttp-secure-invalid-ca = En sertifikatkjede ble behandlet, men endte i et rotsertifikat som klareringsleverandøren ikke klarerer (tilsvarer CERT_E_UNTRUSTEDROOT).
    .title = Sertifikatet er ikke klarert
    .summary = Sikkerhetssertifikatet til serveren er utstedt av en sertifiseringsinstans som denne datamaskinen ikke klarerer.
    .summary-host = Sikkerhetssertifikatet til serveren { $host } er utstedt av en sertifiseringsinstans som denne datamaskinen ikke klarerer.
# 12057
error-winhttp-secure-cert-rev-failed = Kunne ikke kontrollere om sertifikatet er tilbakekalt, fordi tilbakekallingsserveren var frakoblet (tilsvarer CRYPT_E_REVOCATION_OFFLINE).
    .title = Sertifikatet kunne ikke kontrolleres
    .summary = Denne datamaskinen kunne ikke kontrollere om sikkerhetssertifikatet til serveren er tilbakekalt, fordi serveren som melder om tilbakekalte sertifikater, ikke kunne nås.
    .summary-host = Denne datamaskinen kunne ikke kontrollere om sikkerhetssertifikatet til serveren { $host } er tilbakekalt, fordi serveren som melder om tilbakekalte sertifikater, ikke kunne nås.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest-objektet kan ikke utføre den forespurte operasjonen før metoden Open er kalt.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å bruke en forespørsel før den var klargjort.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å bruke en forespørsel til serveren { $host } før den var klargjort.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest-objektet kan ikke utføre den forespurte operasjonen før metoden Send er kalt.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det ba om et svar før forespørselen var sendt.
    .summary-host = Det oppstod et internt problem i dette programmet: det ba om svaret fra serveren { $host } før forespørselen var sendt.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest-objektet kan ikke utføre den forespurte operasjonen etter at metoden Send er kalt.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å endre en forespørsel som allerede var sendt.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å endre en forespørsel til serveren { $host } som allerede var sendt.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest-objektet kan ikke be om det angitte alternativet etter at metoden Open er kalt.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å endre en innstilling for en forespørsel da det var for sent.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å endre en innstilling for en forespørsel til serveren { $host } da det var for sent.
# 12150
error-winhttp-header-not-found = Finner ikke det forespurte hodet.
    .title = Det mangler informasjon i svaret
    .summary = Svaret fra serveren manglet en opplysning som dette programmet forventet.
    .summary-host = Svaret fra serveren { $host } manglet en opplysning som dette programmet forventet.
# 12152
error-winhttp-invalid-server-response = Svaret fra serveren kunne ikke tolkes.
    .title = Ugyldig svar fra serveren
    .summary = Serveren sendte et svar som ikke kunne forstås.
    .summary-host = Serveren { $host } sendte et svar som ikke kunne forstås.
# 12153 — programmet bygde forespørselen; brukeren har ikke skrevet den inn.
error-winhttp-invalid-header = Det angitte HTTP-hodet er ugyldig, for eksempel fordi det er feil formatert.
    .title = Ugyldig forespørsel
    .summary = Dette programmet prøvde å sende informasjon i en ugyldig form, så forespørselen kunne ikke sendes.
    .summary-host = Dette programmet prøvde å sende informasjon til serveren { $host } i en ugyldig form, så forespørselen kunne ikke sendes.
# 12154 — foreldet: nåværende systemer rapporterer den aldri, så programmet har gjort en feil.
error-winhttp-invalid-query-request = En forespørsel om å spørre etter et hode var ugyldig (foreldet; brukes ikke lenger).
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det rapporterte en feil som nåværende systemer ikke lenger bruker.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det rapporterte en feil som nåværende systemer ikke lenger bruker.
# 12155 — foreldet: nåværende systemer rapporterer den aldri, så programmet har gjort en feil.
error-winhttp-header-already-exists = Hodet kunne ikke legges til fordi det allerede finnes (foreldet; brukes ikke lenger).
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det prøvde å legge til den samme informasjonen i en forespørsel to ganger.
    .summary-host = Det oppstod et internt problem i dette programmet: det prøvde å legge til den samme informasjonen i en forespørsel til serveren { $host } to ganger.
# 12156
error-winhttp-redirect-failed = Omdirigeringen mislyktes fordi skjemaet ble endret, eller fordi alle omdirigeringsforsøk mislyktes (fem forsøk som standard).
    .title = Omdirigeringen mislyktes
    .summary = Serveren omdirigerte forespørselen til en annen adresse, men omdirigeringen kunne ikke fullføres.
    .summary-host = Serveren { $host } omdirigerte forespørselen til en annen adresse, men omdirigeringen kunne ikke fullføres.
# 12157
error-winhttp-secure-channel-error = Det oppstod en feil i den sikre kanalen (tilsvarer feilkodene SEC_E_ og SEC_I_ som er definert i winerror.h).
    .title = Kunne ikke opprette en sikker tilkobling
    .summary = Det oppstod en feil under opprettelsen av en sikker tilkobling til serveren.
    .summary-host = Det oppstod en feil under opprettelsen av en sikker tilkobling til serveren { $host }.
# 12166 — «installasjonsskriptet for proxyen» er PAC-filen, med navnet fra proxyinnstillingene i Windows.
error-winhttp-bad-auto-proxy-script = Det oppstod en feil under kjøring av skriptkoden i filen for automatisk proxykonfigurasjon (PAC-filen).
    .title = Feil i installasjonsskriptet for proxyen
    .summary = Installasjonsskriptet for proxyen på dette nettverket inneholder en feil.
    .summary-host = Installasjonsskriptet for proxyen som brukes for å nå serveren { $host }, inneholder en feil.
# 12167
error-winhttp-unable-to-download-script = PAC-filen kunne ikke lastes ned, for eksempel fordi serveren som PAC-URL-adressen viser til, ikke kunne nås eller returnerte 404 Not Found.
    .title = Installasjonsskriptet for proxyen er ikke tilgjengelig
    .summary = Installasjonsskriptet for proxyen på dette nettverket kunne ikke lastes ned.
    .summary-host = Installasjonsskriptet for proxyen som trengs for å nå serveren { $host }, kunne ikke lastes ned.
# 12169
error-winhttp-secure-invalid-cert = Et sertifikat er ugyldig (tilsvarer feil som CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED og CERT_E_CHAINING).
    .title = Ugyldig sertifikat
    .summary = Sikkerhetssertifikatet til serveren er ugyldig, så det kunne ikke opprettes en sikker tilkobling.
    .summary-host = Sikkerhetssertifikatet til serveren { $host } er ugyldig, så det kunne ikke opprettes en sikker tilkobling.
# 12170
error-winhttp-secure-cert-revoked = Et sertifikat er tilbakekalt (tilsvarer CRYPT_E_REVOKED).
    .title = Sertifikatet er tilbakekalt
    .summary = Sikkerhetssertifikatet til serveren er tilbakekalt av sertifiseringsinstansen som utstedte det, så sertifikatet kan ikke lenger klareres.
    .summary-host = Sikkerhetssertifikatet til serveren { $host } er tilbakekalt av sertifiseringsinstansen som utstedte det, så sertifikatet kan ikke lenger klareres.
# 12172 — foreldet: nåværende systemer rapporterer den aldri, så programmet har gjort en feil.
error-winhttp-not-initialized = WinHTTP er ikke initialisert (foreldet; brukes ikke lenger).
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det rapporterte en feil som nåværende systemer ikke lenger bruker.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det rapporterte en feil som nåværende systemer ikke lenger bruker.
# 12175 — årsakene (cert-flag-* nedenfor) kan vises som en liste under sammendraget.
error-winhttp-secure-failure = Det ble funnet én eller flere feil i SSL-sertifikatet (Secure Sockets Layer) som serveren sendte. Du finner ut hvilke ved å se etter en WINHTTP_CALLBACK_STATUS_SECURE_FAILURE-melding i en statustilbakekallingsfunksjon (se WINHTTP_STATUS_CALLBACK).
    .title = Den sikre tilkoblingen mislyktes
    .summary = Sikkerhetssertifikatet til serveren har ett eller flere problemer, så det kunne ikke opprettes en sikker tilkobling.
    .summary-host = Sikkerhetssertifikatet som serveren { $host } sendte, har ett eller flere problemer, så det kunne ikke opprettes en sikker tilkobling.
# 12176
error-winhttp-unhandled-script-type = Skripttypen støttes ikke.
    .title = Installasjonsskriptet for proxyen støttes ikke
    .summary = Installasjonsskriptet for proxyen på dette nettverket er av en type som ikke støttes.
    .summary-host = Installasjonsskriptet for proxyen som brukes for å nå serveren { $host }, er av en type som ikke støttes.
# 12177 — i praksis installasjonsskriptet for proxyen.
error-winhttp-script-execution-error = Det oppstod en feil under kjøring av et skript.
    .title = Installasjonsskriptet for proxyen mislyktes
    .summary = Det oppstod en feil under kjøring av installasjonsskriptet for proxyen på dette nettverket.
    .summary-host = Det oppstod en feil under kjøring av installasjonsskriptet for proxyen som brukes for å nå serveren { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl fant ingen proxy for den angitte URL-adressen.
    .title = Fant ikke proxyserveren
    .summary = Det kunne ikke fastslås hvilken proxyserver som skal brukes for denne adressen.
    .summary-host = Det kunne ikke fastslås hvilken proxyserver som skal brukes for serveren { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Et sertifikat er ikke gyldig for den forespurte bruken (tilsvarer CERT_E_WRONG_USAGE).
    .title = Sertifikatet er ikke gyldig for denne bruken
    .summary = Sikkerhetssertifikatet til serveren er ikke ment for denne typen tilkobling.
    .summary-host = Sikkerhetssertifikatet til serveren { $host } er ikke ment for denne typen tilkobling.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl fant ikke URL-adressen til filen for automatisk proxykonfigurasjon (PAC-filen).
    .title = Proxyinnstillingene ble ikke oppdaget
    .summary = Proxyinnstillingene for dette nettverket kunne ikke oppdages automatisk.
    .summary-host = Proxyinnstillingene som trengs for å nå serveren { $host }, kunne ikke oppdages automatisk.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse mottok et svar med flere hoder enn WinHTTP kan godta.
    .title = Svaret fra serveren ble avvist
    .summary = Serveren sendte et svar med for mange hoder, så det kunne ikke godtas.
    .summary-host = Serveren { $host } sendte et svar med for mange hoder, så det kunne ikke godtas.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse mottok hoder der den samlede størrelsen overskrider grensen som er angitt for forespørselsreferansen.
    .title = Svaret fra serveren er for stort
    .summary = Serveren sendte et svar med for store hoder, så det kunne ikke godtas.
    .summary-host = Serveren { $host } sendte et svar med for store hoder, så det kunne ikke godtas.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse fikk en overflyt under tolkingen av den stykkevise overføringskodingen (chunked) i svaret: et stykkehode overskred den tillatte størrelsen.
    .title = Svaret fra serveren kunne ikke leses
    .summary = En del av svaret fra serveren var større enn tillatt, så svaret kunne ikke leses.
    .summary-host = En del av svaret fra serveren { $host } var større enn tillatt, så svaret kunne ikke leses.
# 12184
error-winhttp-response-drain-overflow = Et innkommende svar overskred en intern størrelsesgrense i WinHTTP.
    .title = Svaret fra serveren overskred en størrelsesgrense
    .summary = Svaret fra serveren var større enn denne datamaskinen tillater, så det kunne ikke mottas.
    .summary-host = Svaret fra serveren { $host } var større enn denne datamaskinen tillater, så det kunne ikke mottas.
# 12185 — sertifikatet er brukerens eget (klientsertifikat), ikke serverens.
error-winhttp-client-cert-no-private-key = Ingen privat nøkkel er knyttet til konteksten for SSL-klientsertifikatet; sertifikatet kan ha blitt importert til datamaskinen uten den private nøkkelen.
    .title = Sertifikatet ditt kan ikke brukes
    .summary = Sertifikatet som identifiserer deg, mangler den private nøkkelen, så det kan ikke brukes. Nøkkelen ble kanskje utelatt da sertifikatet ble installert.
    .summary-host = Sertifikatet som identifiserer deg overfor serveren { $host }, mangler den private nøkkelen, så det kan ikke brukes. Nøkkelen ble kanskje utelatt da sertifikatet ble installert.
# 12186 — sertifikatet er brukerens eget (klientsertifikat), ikke serverens.
error-winhttp-client-cert-no-access-private-key = Programmet har ikke rettighetene som kreves for å få tilgang til den private nøkkelen som er knyttet til klientsertifikatet.
    .title = Tilgang til sertifikatet ditt ble nektet
    .summary = Dette programmet har ikke tillatelse til å bruke den private nøkkelen til sertifikatet som identifiserer deg.
    .summary-host = Dette programmet har ikke tillatelse til å bruke den private nøkkelen til sertifikatet som identifiserer deg overfor serveren { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxyserveren krever godkjenning med SSL/TLS-klientsertifikat; et klientsertifikat må angis for proxytilkoblingen.
    .title = Proxyserveren krever et sertifikat
    .summary = Proxyserveren krever et sertifikat som identifiserer deg eller datamaskinen din, før den tillater tilkoblingen.
    .summary-host = Proxyserveren krever et sertifikat som identifiserer deg eller datamaskinen din, før den tillater en tilkobling til serveren { $host }.
# 12188
error-winhttp-secure-failure-proxy = Det oppstod en SSL/TLS-feil i den sikre tilkoblingen til proxyserveren, for eksempel et problem med sertifikatet den sendte.
    .title = Den sikre tilkoblingen til proxyserveren mislyktes
    .summary = Det kunne ikke opprettes en sikker tilkobling til proxyserveren, for eksempel på grunn av et problem med sertifikatet til proxyserveren.
    .summary-host = Det kunne ikke opprettes en sikker tilkobling til proxyserveren som brukes for å nå serveren { $host }, for eksempel på grunn av et problem med sertifikatet til proxyserveren.
# 12189 — reservert: rapporteres aldri, så programmet har gjort en feil.
error-winhttp-reserved-189 = Reservert kode; brukes ikke.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: det rapporterte en feil som er reservert og aldri brukes.
    .summary-host = Det oppstod et internt problem i dette programmet under tilkoblingen til serveren { $host }: det rapporterte en feil som er reservert og aldri brukes.
# 12190 — «nettprotokollen» er HTTP; versjonene er HTTP/1.1, HTTP/2 og HTTP/3.
error-winhttp-http-protocol-mismatch = Versjonen av HTTP-protokollen som serveren bruker, samsvarer ikke med den som ble forespurt eller kreves, for eksempel ble HTTP/2 eller HTTP/3 krevd, men kunne ikke forhandles fram.
    .title = Inkompatibel versjon av nettprotokollen
    .summary = Serveren og dette programmet kunne ikke bli enige om hvilken versjon av nettprotokollen som skal brukes.
    .summary-host = Serveren { $host } og dette programmet kunne ikke bli enige om hvilken versjon av nettprotokollen som skal brukes.
# 12191
error-winhttp-global-callback-failed = En global tilbakekallingsfunksjon som er registrert i WinHTTP, mislyktes.
    .title = Intern programfeil
    .summary = Det oppstod et internt problem i dette programmet: en av komponentene i programmet sviktet under behandlingen av forespørselen.
    .summary-host = Det oppstod et internt problem i dette programmet: en av komponentene i programmet sviktet under behandlingen av forespørselen til serveren { $host }.
# 12192
error-winhttp-feature-disabled = Den forespurte WinHTTP-funksjonen er deaktivert og kan ikke brukes.
    .title = Funksjonen er slått av
    .summary = En funksjon som denne forespørselen trenger, er slått av på denne datamaskinen.
    .summary-host = En funksjon som trengs for forespørselen til serveren { $host }, er slått av på denne datamaskinen.
# 12193
error-winhttp-fast-forwarding-not-supported = Rask videresending (fast forwarding) støttes ikke for denne forespørselen eller tilkoblingen.
    .title = Funksjonen støttes ikke
    .summary = Dette programmet ba om en funksjon som denne tilkoblingen ikke støtter.
    .summary-host = Dette programmet ba om en funksjon som tilkoblingen til serveren { $host } ikke støtter.

## Tips: ting brukeren kan prøve, vist som en liste under sammendraget.
## Hvert tips er én fullstendig setning i imperativ med punktum til slutt, høyst 100 tegn.
## Katalogen (src/catalog.rs) bestemmer hvilke tips en kode viser, og i hvilken rekkefølge.
hint-check-connection = Kontroller nettverkstilkoblingen.
hint-try-again-later = Vent litt, og prøv deretter på nytt.
hint-check-address = Kontroller at adressen er riktig stavet.
hint-check-proxy = Kontroller proxyinnstillingene, eller spør nettverksadministratoren.
hint-check-firewall = Kontroller at ingen brannmur eller antivirusprogram blokkerer dette programmet.
hint-check-date-time = Kontroller at dato, klokkeslett og tidssone er riktige på datamaskinen.
hint-update-system = Installer de nyeste oppdateringene for operativsystemet.
hint-contact-site-owner = Kontakt eieren av nettstedet eller serveren hvis problemet vedvarer.
hint-contact-support = Kontakt brukerstøtten for dette programmet.
hint-update-app = Se etter en nyere versjon av dette programmet.
hint-restart-app = Lukk dette programmet, og åpne det på nytt.
hint-restart-computer = Start datamaskinen på nytt.
hint-free-memory = Lukk andre programmer for å frigjøre minne, og prøv deretter på nytt.
hint-check-credentials = Kontroller at brukernavnet og passordet er riktige.
# Vises når serveren eller proxyserveren ber om brukerens eget sertifikat, eller når det ikke kan brukes.
hint-check-client-certificate = Kontroller at sertifikatet det blir bedt om, er riktig installert, eller spør administratoren.

## Sertifikatproblemer: én linje hver, vist som en liste når en sikker tilkobling mislyktes.
## Høyst 120 tegn; én fullstendig setning med punktum til slutt.
## «Sertifikatet» er det serveren sendte.
cert-flag-rev-failed = Denne datamaskinen kunne ikke kontrollere om sertifikatet er tilbakekalt.
cert-flag-invalid-cert = Sertifikatet er ugyldig.
cert-flag-cert-revoked = Sertifikatet er tilbakekalt av sertifiseringsinstansen som utstedte det.
cert-flag-invalid-ca = Sertifikatet er utstedt av en sertifiseringsinstans som denne datamaskinen ikke klarerer.
cert-flag-cert-cn-invalid = Sertifikatet er utstedt for et annet nettstedsnavn.
cert-flag-cert-date-invalid = Sertifikatet er utløpt eller ikke gyldig ennå.
cert-flag-cert-wrong-usage = Sertifikatet er ikke ment for denne typen tilkobling.
cert-flag-security-channel-error = Det oppstod en feil under opprettelsen av den sikre tilkoblingen.
# $flags (String): de gjenværende flaggene i heksadesimal form, for eksempel 0x00000100; kan inneholde flere.
cert-flag-unknown = Sertifikatet har ett eller flere problemer som ikke kunne identifiseres ({ $flags }).

## Koder dette biblioteket ikke kjenner.
# $code (String): koden i desimal form, for eksempel 12345. $hex (String): den samme i heksadesimal form, 0x00003039.
# $host (String): navnet på serveren (bare i .summary-host), for eksempel example.com.
# Samme grenser som for delene per kode: høyst 200 tegn hver.
unknown-code =
    .summary = Det oppstod et uventet problem under tilkoblingen (feil { $code }, { $hex }).
    .summary-host = Det oppstod et uventet problem under tilkoblingen til serveren { $host } (feil { $code }, { $hex }).

## Sammensatte meldinger

# $description (String) beskrivelsen av koden; $name (String) det symbolske navnet; $code (String) koden i desimal form.
report-line = { $description } ({ $name }, { $code })
# $code (String) koden i desimal form; $hex (String) den samme koden i heksadesimal form, for eksempel 0x80072EE2.
unknown-error = Ukjent WinHTTP-feil { $code } ({ $hex }).
