### Beskrivelser af WinHTTP-fejlkoder (da-DK).
### Én meddelelse pr. fejlkode, sorteret efter numerisk kode. Meddelelsens id er
### navnet på den symbolske konstant med små bogstaver og »_« erstattet af »-«.
### Værdien for hver kode er den tekniske beskrivelse til udviklere: én linje
### uden pladsholdere, fordi den vises uændret i dialogbokse og logfiler. Navne
### på funktioner, metoder, indstillinger, makroer og konstanter
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) er API-id’er og må aldrig
### oversættes eller ændres.
###
### Tekst til slutbrugere. Ud over værdien (beskrivelsen til udviklere) har hver
### meddelelse tre attributter, skrevet til en person, der ikke er programmør:
###   .title         Dialogboksens overskrift (hovedinstruktionen i en
###                  opgavedialogboks i Windows): hvad der gik galt, højst 60
###                  tegn, kun stort begyndelsesbogstav, intet punktum til sidst.
###   .summary       Brødteksten under overskriften: en eller to enkle
###                  sætninger om, hvad der skete, højst 200 tegn, med punktum
###                  til sidst. Den skal kunne læses alene, uden servernavn.
###   .summary-host  Samme resumé med servernavnet: { $host } nøjagtigt én gang,
###                  højst 200 tegn, når $host er »example.com«.
### $host indeholder serverens navn, som programmet kender det, f.eks.
### »example.com«, »intranet.corp.local« eller en IP-adresse som 192.0.2.10.
### Det er aldrig tomt: uden navn vises .summary i stedet. Navnet bøjes aldrig
### (intet genitiv-s, ingen endelse): det står som apposition efter »serveren«:
### »serveren { $host }«, »til serveren { $host }«, »for serveren { $host }«.
### Tip (hint-*) vises som en liste under resuméet: én hel sætning i bydeform
### (du-form, som i Windows) med punktum til sidst, højst 100 tegn. Hvilke tip en
### kode får, bestemmes i kataloget (src/catalog.rs), ens for alle sprog, så
### resuméet gentager dem ikke.
###   Titlen til 50 (»Netværksfunktionerne er ikke tilgængelige«) adskiller sig
###     fra 10051 (»Netværket kan ikke nås«); 11002 slår serverens adresse op
###     (navnet er kendt, adressen søges).
### Certifikatlinjer (cert-flag-*): én hel sætning med punktum, højst 120 tegn.
### I overskrifter, resuméer, tip, certifikatlinjer og teksten til ukendte
### koder må der ikke stå API-id’er: ingen navne på konstanter, funktioner,
### metoder eller indstillinger, intet »_«, intet »WinHTTP«/»WinHttp«, intet
### »handle«, intet »callback«/»tilbagekaldsfunktion«, intet »PAC« og ingen »{« ud over de
### dokumenterede variabler. Det hører til i beskrivelsen. Brug almindelige ord
### (»sikker forbindelse« i stedet for TLS/SSL, »installationsscriptet til
### proxyen« i stedet for PAC-fil, som i proxyindstillingerne i Windows).
### Når programmet selv har brugt biblioteket forkert (forældede, reserverede og
### anvendelseskoder), står der ligeud, at der opstod et internt problem i
### dette program; brugeren får aldrig skylden. Sikkerhedsfejl foreslår aldrig
### at omgå eller ignorere kontrollen eller at fortsætte alligevel.
###
### ORDLISTE (Microsofts danske terminologi i Windows):
###   application = »program« (»dette program«); »app« bruges ikke.
###   request = »anmodning«; response = »svar«.
###   header = »header« (HTTP-header, flere headere).
###   component failed = »komponenten fejlede« (ikke »mislykkedes«, som bruges
###     om handlinger); requested certificate = »det anmodede certifikat«.
###   handle = »handle« (et handle); kun i beskrivelser.
###   callback = »tilbagekald«, callback function = »tilbagekaldsfunktion«;
###     kun i beskrivelser.
###   proxy = »proxy«, som enhed »proxyserver«; »proxyindstillinger«.
###   PAC file = »PAC-fil« (fil til automatisk proxykonfiguration) i
###     beskrivelser; til slutbrugere »installationsscriptet til proxyen«, efter
###     indstillingen »Brug installationsscript« i proxyindstillingerne.
###   automatically detect = »registrere automatisk« (»Registrer indstillinger
###     automatisk«).
###   certificate = »certifikat«; serverens: »sikkerhedscertifikat«; brugerens
###     eget: »det certifikat, der identificerer dig«, »dit certifikat«.
###     revoked = »tilbagekaldt«, revocation = »tilbagekaldelse«, certificate
###     authority = »nøglecenter« (som i »Rodnøglecentre, der er tillid til«),
###     root certificate = »rodcertifikat«, expired = »udløbet«, private key =
###     »privat nøgle«, trust = »have tillid til«.
###   revocation server = »tilbagekaldelsesserver« (beskrivelser); til
###     slutbrugere »den server, der oplyser om tilbagekaldte certifikater«.
###   secure connection = »sikker forbindelse«; secure channel = »sikker kanal«.
###   firewall = »firewall«; antivirus program = »antivirusprogram«.
###   connection = »forbindelse«; connect = »oprette forbindelse«; interrupted
###     = »afbrudt«; refused = »afvist«.
###   redirect = »omdirigere«, redirection = »omdirigering«.
###   timeout = »timeout« (»Forbindelsen fik timeout«).
###   sign in = »logge på«, »logon«; credentials = »logonoplysninger«; user
###     name = »brugernavn«, password = »adgangskode«.
###   Winsock = »Winsock« (Windows Sockets, egennavn). socket = »socket« i
###     beskrivelser. remote host = »fjernvært«, host = »vært« i beskrivelser;
###     til slutbrugere altid »server«.
###   route = »rute« (beskrivelser), til slutbrugere »vej«.
###   name server = »navneserver«; name resolution = »navneopslag«, til
###     slutbrugere »slå navnet op«.
###   I/O = »I/O« (Windows-fejl 997: »Overlappet I/O-handling er i gang.«);
###     parameter = »parameter« (Windows-fejl 87: »Parameteren er forkert.«).
###   web address = »webadresse«; web protocol = »webprotokol«; turned off =
###     »slået fra«; memory = »hukommelse«.
###   Winsock-koderne 10060 og 11001 deler teksterne til slutbrugere med deres
###     WinHTTP-modstykker (12002, 12007).
### TYPOGRAFI: danske anførselstegn »…« (vinkelanførselstegn, der peger ind mod
### teksten), citat i citat ›…‹, apostrof ’ (U+2019) i tekst til slutbrugere,
### aldrig lige anførselstegn. Komma før »at«-sætninger som i Microsofts danske
### tekster (»Kontrollér, at …«). Bydeform med accent: »Kontrollér«. Tankestreg
### – med mellemrum, ellipse »…«. Koder og flag skrives som i kilden (0x00000100).

## Generelle Windows-fejl (winerror.h), som WinHTTP også returnerer

# 2 — WinHttpGetIEProxyConfigForCurrentUser og andre funktioner, der læser indstillinger, returnerer den,
# når en gemt indstilling eller fil, som de leder efter, ikke findes.
error-file-not-found = Den angivne fil blev ikke fundet: en indstilling, fil eller registreringsværdi, som funktionen ledte efter, findes ikke.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: en indstilling eller fil, som det skulle bruge, blev ikke fundet.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: en indstilling eller fil, som det skulle bruge, blev ikke fundet.
# 6
error-invalid-handle = Det handle, der blev sendt til API’en, er gjort ugyldigt eller lukket.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at bruge en forbindelse, der allerede var lukket.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at bruge en allerede lukket forbindelse til serveren { $host }.
# 8
error-not-enough-memory = Der er ikke nok hukommelse til at fuldføre den anmodede handling.
    .title = Ikke nok hukommelse
    .summary = Computeren løb tør for ledig hukommelse, før anmodningen kunne fuldføres.
    .summary-host = Computeren løb tør for ledig hukommelse, før anmodningen til serveren { $host } kunne fuldføres.
# 18
error-no-more-files = Der er ikke flere filer.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program under læsningen af resultaterne af en anmodning.
    .summary-host = Der opstod et internt problem i dette program under læsningen af resultaterne af en anmodning til serveren { $host }.
# 50 — netværksfunktionerne i Windows (Winsock) kunne ikke startes.
error-not-supported = Den påkrævede protokolstak er ikke indlæst, og programmet kan ikke starte Winsock.
    .title = Netværksfunktionerne er ikke tilgængelige
    .summary = De netværkskomponenter, som dette program skal bruge, kunne ikke startes på denne computer.
    .summary-host = De netværkskomponenter, der skal bruges til at oprette forbindelse til serveren { $host }, kunne ikke startes på denne computer.
# 87 — f.eks. WinHttpCrackUrl med en URL_COMPONENTS, hvis dwStructSize er forkert.
error-invalid-parameter = Parameteren er forkert: et af de argumenter, der blev sendt til funktionen, er ugyldigt (f.eks. en NULL-pointer, en forkert strukturstørrelse eller modstridende flag).
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det sendte ugyldige oplysninger til netværkskomponenten.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det sendte ugyldige oplysninger til netværkskomponenten.
# 122
error-insufficient-buffer = Den buffer, der blev sendt til funktionen, er for lille til de returnerede data. Se dokumentationen til den pågældende funktion for at få flere oplysninger.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det afsatte ikke plads nok til de data, det modtog.
    .summary-host = Der opstod et internt problem i dette program: det afsatte ikke plads nok til de data, der blev modtaget fra serveren { $host }.
# 259
error-no-more-items = Der er ikke flere elementer.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program under læsningen af en liste med resultater.
    .summary-host = Der opstod et internt problem i dette program under læsningen af en liste med resultater fra serveren { $host }.

# 997 — WinHttpGetProxyForUrlEx og WebSocket-funktionerne returnerer den, når arbejdet
# fortsætter asynkront; den bliver først en fejl, når den behandles som en.
error-io-pending = Overlappet I/O-handling er i gang: funktionen fortsætter asynkront og rapporterer resultatet via statustilbagekaldet.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det betragtede en anmodning, der stadig var i gang, som mislykket.
    .summary-host = Der opstod et internt problem i dette program: det betragtede en anmodning til serveren { $host }, der stadig var i gang, som mislykket.
# 1168
error-not-found = Elementet blev ikke fundet: det, som funktionen blev bedt om (f.eks. et proxyresultat, en post eller en gemt indstilling), findes ikke.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det bad om et element, der ikke findes.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det bad om et element, der ikke findes.
# 4317 — f.eks. afsendelse på en WebSocket, efter at lukningshandshaket er begyndt.
error-invalid-operation = Handlingen er ikke gyldig i objektets aktuelle tilstand, f.eks. afsendelse på en WebSocket, der er ved at blive lukket, eller modtagelse, mens en anden modtagelse venter.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at bruge en forbindelse på en måde, som forbindelsens aktuelle tilstand ikke tillader.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at bruge sin forbindelse til serveren { $host } på en måde, som forbindelsens aktuelle tilstand ikke tillader.

## Winsock-fejl (winsock2.h), som en WinHTTP-implementering sender videre
## (winhttp.dll i Wine gør det; Windows oversætter de fleste til en 12xxx-kode).
## For en bruger betyder de det samme som deres WinHTTP-modstykke; beskrivelsen
## angiver, hvilken kode det er.

# 10050
wsaenetdown = Netværksundersystemet svigtede (WSAENETDOWN): netværksstakken eller netværkskortet på denne computer fungerer ikke.
    .title = Netværket fungerer ikke
    .summary = Netværket på denne computer fungerer ikke, så serveren kunne ikke nås.
    .summary-host = Netværket på denne computer fungerer ikke, så serveren { $host } kunne ikke nås.
# 10051
wsaenetunreach = Netværket kan ikke nås (WSAENETUNREACH): denne computer har ingen rute til serverens netværk.
    .title = Netværket kan ikke nås
    .summary = Der er ingen vej fra denne computer til serverens netværk, så serveren kunne ikke nås.
    .summary-host = Der er ingen vej fra denne computer til det netværk, som serveren { $host } er på, så serveren kunne ikke nås.
# 10052
wsaenetreset = Forbindelsen blev afbrudt, fordi keep-alive-kontrollen registrerede en fejl, mens handlingen var i gang (WSAENETRESET).
    .title = Forbindelsen blev afbrudt
    .summary = Forbindelsen til serveren blev afbrudt, fordi netværket holdt op med at svare.
    .summary-host = Forbindelsen til serveren { $host } blev afbrudt, fordi netværket holdt op med at svare.
# 10053 — »software forårsagede afbrydelse af forbindelsen«: ofte en firewall eller et sikkerhedsprogram.
wsaeconnaborted = En etableret forbindelse blev afbrudt af software på denne computer (WSAECONNABORTED), f.eks. efter timeout under dataoverførsel eller af en firewall.
    .title = Forbindelsen blev afbrudt
    .summary = Forbindelsen til serveren blev afsluttet af denne computer, muligvis af en firewall eller et sikkerhedsprogram.
    .summary-host = Forbindelsen til serveren { $host } blev afsluttet af denne computer, muligvis af en firewall eller et sikkerhedsprogram.
# 10054 — Windows rapporterer ERROR_WINHTTP_CONNECTION_ERROR i stedet.
wsaeconnreset = En eksisterende forbindelse blev tvangsafbrudt af fjernværten (WSAECONNRESET).
    .title = Forbindelsen blev afbrudt
    .summary = Serveren lukkede forbindelsen uventet.
    .summary-host = Serveren { $host } lukkede forbindelsen uventet.
# 10060 — Windows rapporterer ERROR_WINHTTP_TIMEOUT i stedet.
wsaetimedout = Forbindelsesforsøget eller overførslen fik timeout, fordi den anden part ikke svarede i tide (WSAETIMEDOUT).
    .title = Forbindelsen fik timeout
    .summary = Serveren var for lang tid om at svare.
    .summary-host = Serveren { $host } var for lang tid om at svare.
# 10061 — Windows rapporterer ERROR_WINHTTP_CANNOT_CONNECT i stedet.
wsaeconnrefused = Der kunne ikke oprettes forbindelse, fordi destinationscomputeren aktivt afviste den (WSAECONNREFUSED): intet lytter på den port.
    .title = Forbindelsen blev afvist
    .summary = Serveren afviste forbindelsen. Den er måske nede eller tager ikke imod forbindelser.
    .summary-host = Serveren { $host } afviste forbindelsen. Den er måske nede eller tager ikke imod forbindelser.
# 10064
wsaehostdown = En socket-handling mislykkedes, fordi destinationsværten er nede (WSAEHOSTDOWN).
    .title = Serveren svarer ikke
    .summary = Serveren ser ud til at være slukket eller koblet fra netværket.
    .summary-host = Serveren { $host } ser ud til at være slukket eller koblet fra netværket.
# 10065
wsaehostunreach = Der blev forsøgt en socket-handling mod en vært, der ikke kan nås (WSAEHOSTUNREACH): der blev ikke fundet nogen rute til serveren.
    .title = Serveren kan ikke nås
    .summary = Der blev ikke fundet nogen vej fra denne computer til serveren.
    .summary-host = Der blev ikke fundet nogen vej fra denne computer til serveren { $host }.
# 11001 — Windows rapporterer ERROR_WINHTTP_NAME_NOT_RESOLVED i stedet.
wsahost-not-found = Ukendt vært (WSAHOST_NOT_FOUND): navneserveren har ingen adresse til dette navn.
    .title = Serveren blev ikke fundet
    .summary = Serveren blev ikke fundet på netværket.
    .summary-host = Der blev ikke fundet nogen server med navnet { $host } på netværket.
# 11002
wsatry-again = Navneserveren gav ikke noget autoritativt svar, og opslaget lykkes måske senere (WSATRY_AGAIN): som regel en midlertidig fejl på navneserveren.
    .title = Serverens adresse kunne ikke slås op
    .summary = Serverens adresse kunne ikke slås op lige nu. Det er som regel et midlertidigt problem.
    .summary-host = Adressen på serveren { $host } kunne ikke slås op lige nu. Det er som regel et midlertidigt problem.

## WinHTTP-specifikke fejl (winhttp.h)

# 12001 — forældet: nuværende systemer rapporterer den aldrig, så programmet har begået en fejl.
error-winhttp-out-of-handles = Der kunne ikke oprettes flere handles (forældet; bruges ikke længere).
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
# 12002
error-winhttp-timeout = Anmodningen fik timeout. Det kan også skyldes timeoutfunktionen i TCP/IP, uanset hvilke timeoutværdier der er angivet i WinHTTP.
    .title = Forbindelsen fik timeout
    .summary = Serveren var for lang tid om at svare.
    .summary-host = Serveren { $host } var for lang tid om at svare.
# 12004
error-winhttp-internal-error = Der opstod en intern fejl i WinHTTP.
    .title = Uventet intern fejl
    .summary = Et uventet internt problem stoppede anmodningen.
    .summary-host = Et uventet internt problem stoppede anmodningen til serveren { $host }.
# 12005
error-winhttp-invalid-url = URL-adressen er ugyldig.
    .title = Ugyldig webadresse
    .summary = Webadressen er ugyldig, så anmodningen kunne ikke sendes.
    .summary-host = Den webadresse, der bruges til at nå serveren { $host }, er ugyldig, så anmodningen kunne ikke sendes.
# 12006
error-winhttp-unrecognized-scheme = URL-adressen angiver et andet skema end http: eller https:.
    .title = Webadressen understøttes ikke
    .summary = Denne type adresse understøttes ikke. Kun adresser, der begynder med http:// eller https://, kan åbnes.
    .summary-host = Den adresse, der bruges til at nå serveren { $host }, er af en type, der ikke understøttes. Kun adresser, der begynder med http:// eller https://, kan åbnes.
# 12007
error-winhttp-name-not-resolved = Servernavnet kunne ikke fortolkes.
    .title = Serveren blev ikke fundet
    .summary = Serveren blev ikke fundet på netværket.
    .summary-host = Der blev ikke fundet nogen server med navnet { $host } på netværket.
# 12009
error-winhttp-invalid-option = Et kald til WinHttpQueryOption eller WinHttpSetOption angav en ugyldig indstillingsværdi.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det brugte en forbindelsesindstilling, der er ugyldig.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det brugte en forbindelsesindstilling, der er ugyldig.
# 12011
error-winhttp-option-not-settable = Den anmodede indstilling kan ikke angives; den kan kun forespørges.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at ændre en forbindelsesindstilling, der kun kan læses.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det forsøgte at ændre en forbindelsesindstilling, der kun kan læses.
# 12012 — ses som regel, mens programmet lukker.
error-winhttp-shutdown = Understøttelsen af WinHTTP-funktioner er ved at blive lukket ned eller fjernet fra hukommelsen.
    .title = Netværksadgangen lukkes ned
    .summary = Anmodningen blev stoppet, fordi netværksadgangen er ved at lukke ned, f.eks. fordi dette program lukker.
    .summary-host = Anmodningen til serveren { $host } blev stoppet, fordi netværksadgangen er ved at lukke ned, f.eks. fordi dette program lukker.
# 12015
error-winhttp-login-failure = Logonforsøget mislykkedes. Luk anmodningens handle med WinHttpCloseHandle, og opret et nyt, før du prøver den mislykkede funktion igen.
    .title = Logon mislykkedes
    .summary = Serveren accepterede ikke logonoplysningerne.
    .summary-host = Serveren { $host } accepterede ikke logonoplysningerne.
# 12017 — konstanten staves »CANCELLED«, den engelske tekst »canceled«; på dansk »annulleret«.
error-winhttp-operation-cancelled = Handlingen blev annulleret, som regel fordi det handle, som anmodningen brugte, blev lukket, før handlingen var fuldført.
    .title = Anmodningen blev annulleret
    .summary = Anmodningen blev annulleret, før den kunne fuldføres.
    .summary-host = Anmodningen til serveren { $host } blev annulleret, før den kunne fuldføres.
# 12018
error-winhttp-incorrect-handle-type = Den angivne type handle er forkert til denne handling.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program, og anmodningen kunne ikke fuldføres.
    .summary-host = Der opstod et internt problem i dette program, og anmodningen til serveren { $host } kunne ikke fuldføres.
# 12019
error-winhttp-incorrect-handle-state = Den anmodede handling kan ikke udføres, fordi det angivne handle ikke har den rigtige tilstand.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det udførte trinnene i anmodningen i forkert rækkefølge.
    .summary-host = Der opstod et internt problem i dette program: det udførte trinnene i anmodningen til serveren { $host } i forkert rækkefølge.
# 12029
error-winhttp-cannot-connect = Der kunne ikke oprettes forbindelse til serveren.
    .title = Der kan ikke oprettes forbindelse
    .summary = Dette program kunne ikke oprette forbindelse til serveren.
    .summary-host = Dette program kunne ikke oprette forbindelse til serveren { $host }.
# 12030
error-winhttp-connection-error = Forbindelsen til serveren blev nulstillet eller afsluttet, eller der blev fundet en inkompatibel SSL-protokol (WinHTTP 5.1 understøtter f.eks. ikke SSL 2.0, medmindre klienten udtrykkeligt aktiverer det).
    .title = Forbindelsen blev afbrudt
    .summary = Forbindelsen til serveren blev afbrudt eller lukket uventet.
    .summary-host = Forbindelsen til serveren { $host } blev afbrudt eller lukket uventet.
# 12032
error-winhttp-resend-request = WinHTTP-funktionen mislykkedes, men den kan prøves igen med det samme handle til anmodningen.
    .title = Anmodningen gik ikke igennem
    .summary = Anmodningen kunne ikke fuldføres ved dette forsøg.
    .summary-host = Anmodningen til serveren { $host } kunne ikke fuldføres ved dette forsøg.
# 12037
error-winhttp-secure-cert-date-invalid = Et påkrævet certifikat er ikke inden for sin gyldighedsperiode ifølge systemuret eller tidsstemplet i den signerede fil, eller gyldighedsperioderne i certifikatkæden er ikke korrekt indlejret (svarer til CERT_E_EXPIRED eller CERT_E_VALIDITYPERIODNESTING).
    .title = Certifikatet er udløbet eller endnu ikke gyldigt
    .summary = Serverens sikkerhedscertifikat er udløbet eller endnu ikke gyldigt ifølge denne computers ur.
    .summary-host = Sikkerhedscertifikatet for serveren { $host } er udløbet eller endnu ikke gyldigt ifølge denne computers ur.
# 12038
error-winhttp-secure-cert-cn-invalid = Navnet i certifikatets CN-felt (common name) svarer ikke til den angivne værdi (svarer til CERT_E_CN_NO_MATCH).
    .title = Certifikatet gælder et andet websted
    .summary = Sikkerhedscertifikatet er udstedt til et andet webstedsnavn, så serverens identitet kunne ikke bekræftes.
    .summary-host = Det sikkerhedscertifikat, som serveren { $host } sendte, er udstedt til et andet navn, så serverens identitet kunne ikke bekræftes.
# 12044 — serveren beder brugeren (eller computeren) om at bevise sin identitet med et certifikat.
error-winhttp-client-auth-cert-needed = Serveren anmoder om SSL-klientgodkendelse (rapporteres af WinHttpReceiveResponse). Hent de accepterede certifikatudstedere med WinHttpQueryOption og WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; hvis der anmodes om et certifikat, men det ikke er påkrævet, skal du kalde WinHttpSetOption med WINHTTP_OPTION_CLIENT_CERT_CONTEXT og WINHTTP_NO_CLIENT_CERT_CONTEXT i lpBuffer.
    .title = Serveren kræver et certifikat
    .summary = Serveren kræver et certifikat, der identificerer dig eller din computer, før den tillader forbindelsen.
    .summary-host = Serveren { $host } kræver et certifikat, der identificerer dig eller din computer, før den tillader forbindelsen.
# 12045
error-winhttp-secure-invalid-ca = En certifikatkæde blev behandlet, men endte i et rodcertifikat, som tillidsudbyderen ikke har tillid til (svarer til CERT_E_UNTRUSTEDROOT).
    .title = Der er ikke tillid til certifikatet
    .summary = Serverens sikkerhedscertifikat er udstedt af et nøglecenter, som denne computer ikke har tillid til.
    .summary-host = Sikkerhedscertifikatet for serveren { $host } er udstedt af et nøglecenter, som denne computer ikke har tillid til.
# 12057
error-winhttp-secure-cert-rev-failed = Det kunne ikke kontrolleres, om certifikatet er tilbagekaldt, fordi tilbagekaldelsesserveren var offline (svarer til CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikatet kunne ikke kontrolleres
    .summary = Denne computer kunne ikke kontrollere, om serverens sikkerhedscertifikat er tilbagekaldt, fordi den server, der oplyser om tilbagekaldte certifikater, ikke kunne nås.
    .summary-host = Denne computer kunne ikke kontrollere, om sikkerhedscertifikatet for serveren { $host } er tilbagekaldt, fordi den server, der oplyser om tilbagekaldte certifikater, ikke kunne nås.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest-objektet kan ikke udføre den anmodede handling, før metoden Open er kaldt.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at bruge en anmodning, før den var gjort klar.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at bruge en anmodning til serveren { $host }, før den var gjort klar.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest-objektet kan ikke udføre den anmodede handling, før metoden Send er kaldt.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det bad om et svar, før anmodningen var sendt.
    .summary-host = Der opstod et internt problem i dette program: det bad om svaret fra serveren { $host }, før anmodningen var sendt.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest-objektet kan ikke udføre den anmodede handling, efter at metoden Send er kaldt.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at ændre en anmodning, der allerede var sendt.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at ændre en anmodning til serveren { $host }, der allerede var sendt.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest-objektet kan ikke anmode om den angivne indstilling, efter at metoden Open er kaldt.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at ændre en indstilling for en anmodning, da det var for sent.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at ændre en indstilling for en anmodning til serveren { $host }, da det var for sent.
# 12150
error-winhttp-header-not-found = Den anmodede header blev ikke fundet.
    .title = Der mangler oplysninger i svaret
    .summary = Serverens svar manglede en oplysning, som dette program forventede.
    .summary-host = Svaret fra serveren { $host } manglede en oplysning, som dette program forventede.
# 12152
error-winhttp-invalid-server-response = Serverens svar kunne ikke fortolkes.
    .title = Ugyldigt svar fra serveren
    .summary = Serveren sendte et svar, der ikke kunne forstås.
    .summary-host = Serveren { $host } sendte et svar, der ikke kunne forstås.
# 12153 — programmet opbyggede anmodningen; brugeren har ikke skrevet den.
error-winhttp-invalid-header = Den angivne HTTP-header er ugyldig, f.eks. fordi den er forkert formateret.
    .title = Ugyldig anmodning
    .summary = Dette program forsøgte at sende oplysninger i en ugyldig form, så anmodningen kunne ikke sendes.
    .summary-host = Dette program forsøgte at sende oplysninger til serveren { $host } i en ugyldig form, så anmodningen kunne ikke sendes.
# 12154 — forældet: nuværende systemer rapporterer den aldrig, så programmet har begået en fejl.
error-winhttp-invalid-query-request = En anmodning om at forespørge en header var ugyldig (forældet; bruges ikke længere).
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
# 12155 — forældet: nuværende systemer rapporterer den aldrig, så programmet har begået en fejl.
error-winhttp-header-already-exists = Headeren kunne ikke tilføjes, fordi den allerede findes (forældet; bruges ikke længere).
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det forsøgte at føje de samme oplysninger til en anmodning to gange.
    .summary-host = Der opstod et internt problem i dette program: det forsøgte at føje de samme oplysninger til en anmodning til serveren { $host } to gange.
# 12156
error-winhttp-redirect-failed = Omdirigeringen mislykkedes, fordi skemaet blev ændret, eller fordi alle omdirigeringsforsøg mislykkedes (som standard fem forsøg).
    .title = Omdirigeringen mislykkedes
    .summary = Serveren omdirigerede anmodningen til en anden adresse, men omdirigeringen kunne ikke fuldføres.
    .summary-host = Serveren { $host } omdirigerede anmodningen til en anden adresse, men omdirigeringen kunne ikke fuldføres.
# 12157
error-winhttp-secure-channel-error = Der opstod en fejl i den sikre kanal (svarer til fejlkoderne SEC_E_ og SEC_I_, der er defineret i winerror.h).
    .title = Der kunne ikke oprettes en sikker forbindelse
    .summary = Der opstod en fejl under oprettelsen af en sikker forbindelse til serveren.
    .summary-host = Der opstod en fejl under oprettelsen af en sikker forbindelse til serveren { $host }.
# 12166 — »installationsscriptet til proxyen« er PAC-filen, med navnet fra proxyindstillingerne i Windows.
error-winhttp-bad-auto-proxy-script = Der opstod en fejl under kørslen af scriptkoden i filen til automatisk proxykonfiguration (PAC-filen).
    .title = Fejl i installationsscriptet til proxyen
    .summary = Installationsscriptet til proxyen på dette netværk indeholder en fejl.
    .summary-host = Det installationsscript til proxyen, der bruges til at nå serveren { $host }, indeholder en fejl.
# 12167
error-winhttp-unable-to-download-script = PAC-filen kunne ikke downloades, f.eks. fordi den server, som PAC-URL-adressen henviser til, ikke kunne nås eller returnerede 404 Not Found.
    .title = Installationsscriptet til proxyen er ikke tilgængeligt
    .summary = Installationsscriptet til proxyen på dette netværk kunne ikke downloades.
    .summary-host = Det installationsscript til proxyen, der skal bruges til at nå serveren { $host }, kunne ikke downloades.
# 12169
error-winhttp-secure-invalid-cert = Et certifikat er ugyldigt (svarer til fejl som CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED og CERT_E_CHAINING).
    .title = Ugyldigt certifikat
    .summary = Serverens sikkerhedscertifikat er ugyldigt, så der kunne ikke oprettes en sikker forbindelse.
    .summary-host = Sikkerhedscertifikatet for serveren { $host } er ugyldigt, så der kunne ikke oprettes en sikker forbindelse.
# 12170
error-winhttp-secure-cert-revoked = Et certifikat er blevet tilbagekaldt (svarer til CRYPT_E_REVOKED).
    .title = Certifikatet er tilbagekaldt
    .summary = Serverens sikkerhedscertifikat er tilbagekaldt af det nøglecenter, der udstedte det, så der kan ikke længere være tillid til certifikatet.
    .summary-host = Sikkerhedscertifikatet for serveren { $host } er tilbagekaldt af det nøglecenter, der udstedte det, så der kan ikke længere være tillid til certifikatet.
# 12172 — forældet: nuværende systemer rapporterer den aldrig, så programmet har begået en fejl.
error-winhttp-not-initialized = WinHTTP er ikke initialiseret (forældet; bruges ikke længere).
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det rapporterede en fejl, som nuværende systemer ikke længere bruger.
# 12175 — årsagerne (cert-flag-* nedenfor) kan vises som en liste under resuméet.
error-winhttp-secure-failure = Der blev fundet en eller flere fejl i det SSL-certifikat (Secure Sockets Layer), som serveren sendte. Du kan finde ud af hvilke ved at se efter en WINHTTP_CALLBACK_STATUS_SECURE_FAILURE-meddelelse i en statustilbagekaldsfunktion (se WINHTTP_STATUS_CALLBACK).
    .title = Den sikre forbindelse mislykkedes
    .summary = Serverens sikkerhedscertifikat har et eller flere problemer, så der kunne ikke oprettes en sikker forbindelse.
    .summary-host = Det sikkerhedscertifikat, som serveren { $host } sendte, har et eller flere problemer, så der kunne ikke oprettes en sikker forbindelse.
# 12176
error-winhttp-unhandled-script-type = Scripttypen understøttes ikke.
    .title = Installationsscriptet til proxyen understøttes ikke
    .summary = Installationsscriptet til proxyen på dette netværk er af en type, der ikke understøttes.
    .summary-host = Det installationsscript til proxyen, der bruges til at nå serveren { $host }, er af en type, der ikke understøttes.
# 12177 — i praksis installationsscriptet til proxyen.
error-winhttp-script-execution-error = Der opstod en fejl under kørslen af et script.
    .title = Installationsscriptet til proxyen mislykkedes
    .summary = Der opstod en fejl under kørslen af installationsscriptet til proxyen på dette netværk.
    .summary-host = Der opstod en fejl under kørslen af det installationsscript til proxyen, der bruges til at nå serveren { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl kunne ikke finde en proxy til den angivne URL-adresse.
    .title = Proxyserveren blev ikke fundet
    .summary = Det kunne ikke afgøres, hvilken proxyserver der skal bruges til denne adresse.
    .summary-host = Det kunne ikke afgøres, hvilken proxyserver der skal bruges til serveren { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Et certifikat er ikke gyldigt til den anmodede anvendelse (svarer til CERT_E_WRONG_USAGE).
    .title = Certifikatet er ikke gyldigt til denne anvendelse
    .summary = Serverens sikkerhedscertifikat er ikke beregnet til denne type forbindelse.
    .summary-host = Sikkerhedscertifikatet for serveren { $host } er ikke beregnet til denne type forbindelse.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl kunne ikke finde URL-adressen til filen til automatisk proxykonfiguration (PAC-filen).
    .title = Proxyindstillingerne blev ikke registreret
    .summary = Proxyindstillingerne for dette netværk kunne ikke registreres automatisk.
    .summary-host = De proxyindstillinger, der skal bruges til at nå serveren { $host }, kunne ikke registreres automatisk.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse modtog et svar med flere headere, end WinHTTP kan acceptere.
    .title = Serverens svar blev afvist
    .summary = Serveren sendte et svar med for mange headere, så det kunne ikke accepteres.
    .summary-host = Serveren { $host } sendte et svar med for mange headere, så det kunne ikke accepteres.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse modtog headere, hvis samlede størrelse overskrider den grænse, der er angivet for anmodningens handle.
    .title = Serverens svar er for stort
    .summary = Serveren sendte et svar med for store headere, så det kunne ikke accepteres.
    .summary-host = Serveren { $host } sendte et svar med for store headere, så det kunne ikke accepteres.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse stødte på et overløb under fortolkningen af svarets segmenterede overførselskodning (chunked): en segmentheader overskred den tilladte størrelse.
    .title = Serverens svar kunne ikke læses
    .summary = En del af serverens svar var større end tilladt, så svaret kunne ikke læses.
    .summary-host = En del af svaret fra serveren { $host } var større end tilladt, så svaret kunne ikke læses.
# 12184
error-winhttp-response-drain-overflow = Et indgående svar overskred en intern størrelsesgrænse i WinHTTP.
    .title = Serverens svar overskred en størrelsesgrænse
    .summary = Serverens svar var større, end denne computer tillader, så det kunne ikke modtages.
    .summary-host = Svaret fra serveren { $host } var større, end denne computer tillader, så det kunne ikke modtages.
# 12185 — certifikatet er brugerens eget (klientcertifikat), ikke serverens.
error-winhttp-client-cert-no-private-key = Der er ingen privat nøgle knyttet til konteksten for SSL-klientcertifikatet; certifikatet er muligvis importeret til computeren uden sin private nøgle.
    .title = Dit certifikat kan ikke bruges
    .summary = Det certifikat, der identificerer dig, mangler sin private nøgle, så det kan ikke bruges. Nøglen blev måske udeladt, da certifikatet blev installeret.
    .summary-host = Det certifikat, der identificerer dig over for serveren { $host }, mangler sin private nøgle, så det kan ikke bruges. Nøglen blev måske udeladt, da certifikatet blev installeret.
# 12186 — certifikatet er brugerens eget (klientcertifikat), ikke serverens.
error-winhttp-client-cert-no-access-private-key = Programmet har ikke de rettigheder, der kræves for at få adgang til den private nøgle, der er knyttet til klientcertifikatet.
    .title = Adgang til dit certifikat blev nægtet
    .summary = Dette program har ikke tilladelse til at bruge den private nøgle til det certifikat, der identificerer dig.
    .summary-host = Dette program har ikke tilladelse til at bruge den private nøgle til det certifikat, der identificerer dig over for serveren { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxyserveren kræver godkendelse med SSL/TLS-klientcertifikat; der skal angives et klientcertifikat til proxyforbindelsen.
    .title = Proxyserveren kræver et certifikat
    .summary = Proxyserveren kræver et certifikat, der identificerer dig eller din computer, før den tillader forbindelsen.
    .summary-host = Proxyserveren kræver et certifikat, der identificerer dig eller din computer, før den tillader en forbindelse til serveren { $host }.
# 12188
error-winhttp-secure-failure-proxy = Der opstod en SSL/TLS-fejl i den sikre forbindelse til proxyserveren, f.eks. et problem med det certifikat, den sendte.
    .title = Den sikre forbindelse til proxyserveren mislykkedes
    .summary = Der kunne ikke oprettes en sikker forbindelse til proxyserveren, f.eks. på grund af et problem med proxyserverens certifikat.
    .summary-host = Der kunne ikke oprettes en sikker forbindelse til den proxyserver, der bruges til at nå serveren { $host }, f.eks. på grund af et problem med proxyserverens certifikat.
# 12189 — reserveret: rapporteres aldrig, så programmet har begået en fejl.
error-winhttp-reserved-189 = Reserveret kode; bruges ikke.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: det rapporterede en fejl, der er reserveret og aldrig bruges.
    .summary-host = Der opstod et internt problem i dette program under oprettelsen af forbindelsen til serveren { $host }: det rapporterede en fejl, der er reserveret og aldrig bruges.
# 12190 — »webprotokollen« er HTTP; versionerne er HTTP/1.1, HTTP/2 og HTTP/3.
error-winhttp-http-protocol-mismatch = Den version af HTTP-protokollen, som serveren bruger, svarer ikke til den, der blev anmodet om eller kræves, f.eks. krævedes HTTP/2 eller HTTP/3, men det kunne ikke forhandles.
    .title = Inkompatibel version af webprotokollen
    .summary = Serveren og dette program kunne ikke blive enige om, hvilken version af webprotokollen der skal bruges.
    .summary-host = Serveren { $host } og dette program kunne ikke blive enige om, hvilken version af webprotokollen der skal bruges.
# 12191
error-winhttp-global-callback-failed = En global tilbagekaldsfunktion, der er registreret i WinHTTP, mislykkedes.
    .title = Intern programfejl
    .summary = Der opstod et internt problem i dette program: en af programmets komponenter fejlede under behandlingen af anmodningen.
    .summary-host = Der opstod et internt problem i dette program: en af programmets komponenter fejlede under behandlingen af anmodningen til serveren { $host }.
# 12192
error-winhttp-feature-disabled = Den anmodede WinHTTP-funktion er deaktiveret og kan ikke bruges.
    .title = Funktionen er slået fra
    .summary = En funktion, som denne anmodning skal bruge, er slået fra på denne computer.
    .summary-host = En funktion, der skal bruges til anmodningen til serveren { $host }, er slået fra på denne computer.
# 12193
error-winhttp-fast-forwarding-not-supported = Hurtig videresendelse (fast forwarding) understøttes ikke for denne anmodning eller forbindelse.
    .title = Funktionen understøttes ikke
    .summary = Dette program bad om en funktion, som denne forbindelse ikke understøtter.
    .summary-host = Dette program bad om en funktion, som forbindelsen til serveren { $host } ikke understøtter.

## Tip: ting, brugeren kan prøve, vist som en liste under resuméet.
## Hvert tip er én hel sætning i bydeform med punktum til sidst, højst 100 tegn.
## Kataloget (src/catalog.rs) bestemmer, hvilke tip en kode viser, og i hvilken rækkefølge.
hint-check-connection = Kontrollér din netværksforbindelse.
hint-try-again-later = Vent et øjeblik, og prøv derefter igen.
hint-check-address = Kontrollér, at adressen er stavet korrekt.
hint-check-proxy = Kontrollér dine proxyindstillinger, eller kontakt din netværksadministrator.
hint-check-firewall = Kontrollér, at dette program ikke blokeres af en firewall eller et antivirusprogram.
hint-check-date-time = Kontrollér, at computerens dato, klokkeslæt og tidszone er korrekte.
hint-update-system = Installér de nyeste opdateringer til dit operativsystem.
hint-contact-site-owner = Kontakt ejeren af webstedet eller serveren, hvis problemet fortsætter.
hint-contact-support = Kontakt supportteamet for dette program.
hint-update-app = Undersøg, om der findes en nyere version af dette program.
hint-restart-app = Luk dette program, og åbn det igen.
hint-restart-computer = Genstart computeren.
hint-free-memory = Luk andre programmer for at frigøre hukommelse, og prøv derefter igen.
hint-check-credentials = Kontrollér, at dit brugernavn og din adgangskode er korrekte.
# Vises, når serveren eller proxyserveren beder om brugerens eget certifikat, eller når det ikke kan bruges.
hint-check-client-certificate = Kontrollér, at det anmodede certifikat er installeret korrekt, eller spørg din administrator.

## Certifikatproblemer: én linje hver, vist som en liste, når en sikker forbindelse mislykkedes.
## Højst 120 tegn; én hel sætning med punktum til sidst.
## »Certifikatet« er det, som serveren sendte.
cert-flag-rev-failed = Denne computer kunne ikke kontrollere, om certifikatet er tilbagekaldt.
cert-flag-invalid-cert = Certifikatet er ugyldigt.
cert-flag-cert-revoked = Certifikatet er tilbagekaldt af det nøglecenter, der udstedte det.
cert-flag-invalid-ca = Certifikatet er udstedt af et nøglecenter, som denne computer ikke har tillid til.
cert-flag-cert-cn-invalid = Certifikatet er udstedt til et andet webstedsnavn.
cert-flag-cert-date-invalid = Certifikatet er udløbet eller endnu ikke gyldigt.
cert-flag-cert-wrong-usage = Certifikatet er ikke beregnet til denne type forbindelse.
cert-flag-security-channel-error = Der opstod en fejl under oprettelsen af den sikre forbindelse.
# $flags (String): de resterende flag i hexadecimal form, f.eks. 0x00000100; kan indeholde flere.
cert-flag-unknown = Certifikatet har et eller flere problemer, der ikke kunne identificeres ({ $flags }).

## Koder, som dette bibliotek ikke kender.
# $code (String): koden i decimal form, f.eks. 12345. $hex (String): den samme i hexadecimal form, 0x00003039.
# $host (String): serverens navn (kun i .summary-host), f.eks. example.com.
# Samme grænser som for delene pr. kode: højst 200 tegn hver.
unknown-code =
    .summary = Der opstod et uventet problem under oprettelsen af forbindelsen (fejl { $code }, { $hex }).
    .summary-host = Der opstod et uventet problem under oprettelsen af forbindelsen til serveren { $host } (fejl { $code }, { $hex }).

## Sammensatte meddelelser

# $description (String) beskrivelsen af koden; $name (String) dens symbolske navn; $code (String) koden i decimal form.
report-line = { $description } ({ $name }, { $code })
# $code (String) koden i decimal form; $hex (String) den samme kode i hexadecimal form, f.eks. 0x80072EE2.
unknown-error = Ukendt WinHTTP-fejl { $code } ({ $hex }).
