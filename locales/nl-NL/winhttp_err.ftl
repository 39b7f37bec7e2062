### Beschrijvingen van WinHTTP-foutcodes (nl-NL).
### Eén bericht per foutcode, gesorteerd op numerieke code. De bericht-id is de
### naam van de symbolische constante in kleine letters, met “_” vervangen door
### “-”.
### De waarde van elk bericht is de technische beschrijving voor ontwikkelaars:
### één regel zonder placeables, omdat die ongewijzigd in dialoogvensters en
### logboekregels wordt weergegeven. Namen van functies, methoden, opties,
### macro’s en constanten (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) zijn
### API-id’s en worden nooit vertaald of gewijzigd.
###
### Tekst voor eindgebruikers: naast de beschrijving heeft elk bericht drie
### kenmerken, geschreven voor iemand die geen programmeur is:
###   .title         De kop van het dialoogvenster (de hoofdinstructie van een
###                  Windows-taakdialoogvenster): wat er misging, hoogstens 60
###                  tekens, geen punt aan het eind.
###   .summary       De tekst onder de kop: een of twee eenvoudige zinnen,
###                  hoogstens 200 tekens, met een punt aan het eind. Moet ook
###                  zonder servernaam duidelijk zijn.
###   .summary-host  Dezelfde samenvatting met de servernaam: { $host } precies
###                  één keer, hoogstens 200 tekens als $host “example.com” is.
### $host bevat de naam van de server zoals de toepassing die kent, bijvoorbeeld
### “example.com”, “intranet.corp.local” of een IP-adres zoals 192.0.2.10. De
### waarde is nooit leeg: zonder naam wordt .summary weergegeven. Zet { $host }
### waar een naam zonder lidwoord past (“de server { $host }”, “met { $host }”).
### Tips (hint-*): elk één volledige zin in de gebiedende wijs (met “u” waar
### een voornaamwoord nodig is), met een punt, hoogstens 100 tekens. Welke tips
### een code toont, bepaalt de catalogus (src/catalog.rs), in alle talen
### hetzelfde; de samenvatting herhaalt ze niet.
### Certificaatregels (cert-flag-*): elk één volledige zin met een punt,
### hoogstens 120 tekens.
### Niet toegestaan in titels, samenvattingen, tips, certificaatregels en de
### tekst voor onbekende codes: API-id’s (constanten, functies, methoden,
### opties), “_”, “WinHTTP”/“WinHttp”, “handle”/“ingang”, “callback”, “PAC” en
### elke “{” behalve de gedocumenteerde variabelen. Gebruik gewone woorden
### (“beveiligde verbinding” in plaats van TLS/SSL, “installatiescript voor de
### proxy” in plaats van PAC-bestand, zoals in de proxyinstellingen van Windows).
### Heeft de toepassing de bibliotheek verkeerd gebruikt (verouderde,
### gereserveerde en gebruiksfouten), zeg dan gewoon dat er in deze toepassing
### een intern probleem is opgetreden; geef nooit de gebruiker de schuld.
### Bij beveiligingsfouten nooit voorstellen de controle te omzeilen of toch
### door te gaan. Aanspreekvorm: u.
### Typografie: typografische apostrof ’ (programma’s), aanhalingstekens “…”.
###
### WOORDENLIJST (terminologie van Microsoft voor Windows in het Nederlands):
###   request = “aanvraag” (HTTP-aanvraag, aanvraagingang), ook voor
###     eindgebruikers: het woord is daar even gewoon.
###   header = “header” (de header, de headers), zoals in de Nederlandse
###     Windows-documentatie; “koptekst” betekent daar de kop van een document.
###   handle = “ingang” (Windows-foutbericht 6: “De ingang is ongeldig.”;
###     aanvraagingang = request handle). Alleen in beschrijvingen.
###   proxy = “proxy”, het apparaat “proxyserver”, aaneengeschreven zoals in
###     Windows (“Proxyserver”, “Proxyinstellingen”).
###   certificate = “certificaat”; voor eindgebruikers “beveiligingscertificaat”
###     (servercertificaat) of “uw certificaat” (clientcertificaat);
###     revoked = “ingetrokken”, revocation = “intrekking”; certificate authority
###     = “certificeringsinstantie”/“instantie”; private key = “persoonlijke
###     sleutel”; root certificate = “basiscertificaat” (Windows-termen).
###   callback = “callbackfunctie” (status callback = “statuscallbackfunctie”),
###     de gangbare term in de Nederlandse Windows-documentatie. Alleen in
###     beschrijvingen.
###   PAC file = “PAC-bestand” (bestand voor automatische proxyconfiguratie);
###     voor eindgebruikers “installatiescript voor de proxy”, zoals de optie
###     “Installatiescript gebruiken” in de proxyinstellingen van Windows.
###   timeout = “time-out” (Windows: “Er is een time-out opgetreden”), met
###     koppelteken, zoals in de Nederlandse spelling en bij Microsoft.
###   certificate authority = “certificeringsinstantie” (nooit alleen
###     “instantie”); “niet door deze computer vertrouwd” (passief, zodat het
###     onderwerp ondubbelzinnig is). revocation server = “intrekkingsserver”
###     (beschrijvingen); voor eindgebruikers “de server die ingetrokken
###     certificaten meldt”.
###   Winsock = “Winsock” (eigennaam, alleen in beschrijvingen en
###     opmerkingen); socket = “socket”; remote host = “externe host”; host =
###     “host” in beschrijvingen, voor eindgebruikers altijd “server”.
###   network down = “Het netwerk werkt niet”; network unreachable =
###     “Netwerk onbereikbaar”; host unreachable = “Server onbereikbaar”;
###     route = “route” in beschrijvingen, “weg” voor eindgebruikers.
###   connection refused = “Verbinding geweigerd” (Windows: “de doelcomputer
###     heeft de verbinding actief geweigerd”); connection reset/aborted =
###     “Verbinding onderbroken” (titel zoals 12030).
###   name resolution = “naamomzetting”, name server = “naamserver”; voor
###     eindgebruikers “(de naam) opzoeken”. I/O = “I/O”; parameter =
###     “parameter” (Windows-foutbericht 87: “De parameter is onjuist.”).
###   Oorzaak en gevolg: “, waardoor” of “, dus” met inversie, niet “, dus”
###     met gewone woordvolgorde (nieuwe teksten).
###   10060 en 11001 delen hun teksten voor eindgebruikers met 12002 en 12007;
###     10054 deelt de titel van 12030.

## Algemene Windows-fouten (winerror.h) die ook door WinHTTP worden geretourneerd

# 2 — WinHttpGetIEProxyConfigForCurrentUser en andere functies die instellingen lezen, melden deze code
# als een opgeslagen instelling of bestand dat ze zoeken niet bestaat.
error-file-not-found = Het systeem kan het opgegeven bestand niet vinden: een instelling, bestand of registerwaarde waarnaar de functie zocht, bestaat niet.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: een instelling of bestand dat nodig was, is niet gevonden.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }: een instelling of bestand dat nodig was, is niet gevonden.
# 6
error-invalid-handle = De ingang die aan de API is doorgegeven, is ongeldig gemaakt of gesloten.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een verbinding te gebruiken die al was gesloten.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een verbinding met { $host } te gebruiken die al was gesloten.
# 8
error-not-enough-memory = Er is onvoldoende geheugen beschikbaar om de aangevraagde bewerking te voltooien.
    .title = Onvoldoende geheugen
    .summary = Uw computer had onvoldoende vrij geheugen om de aanvraag te voltooien.
    .summary-host = Uw computer had onvoldoende vrij geheugen om de aanvraag naar { $host } te voltooien.
# 18
error-no-more-files = Er zijn geen bestanden meer gevonden.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing tijdens het lezen van de resultaten van een aanvraag.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het lezen van de resultaten van een aanvraag naar { $host }.
# 50 — De netwerkfuncties van Windows (Winsock) konden niet worden gestart.
error-not-supported = De vereiste protocolstack is niet geladen en de toepassing kan Winsock niet starten.
    .title = Netwerkfuncties niet beschikbaar
    .summary = De netwerkonderdelen die deze toepassing nodig heeft, konden op deze computer niet worden gestart.
    .summary-host = De netwerkonderdelen die nodig zijn om verbinding te maken met { $host }, konden op deze computer niet worden gestart.
# 87 — bijvoorbeeld WinHttpCrackUrl met een URL_COMPONENTS-structuur waarvan dwStructSize onjuist is.
error-invalid-parameter = De parameter is onjuist: een van de argumenten die aan de functie zijn doorgegeven, is ongeldig (bijvoorbeeld een NULL-pointer, een verkeerde structuurgrootte of tegenstrijdige vlaggen).
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er zijn ongeldige gegevens doorgegeven aan het netwerkonderdeel.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }: er zijn ongeldige gegevens doorgegeven aan het netwerkonderdeel.
# 122
error-insufficient-buffer = De buffer die aan de functie is doorgegeven, is te klein voor de geretourneerde gegevens. Raadpleeg de documentatie van de betreffende functie voor meer informatie.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is niet genoeg ruimte gereserveerd voor de ontvangen gegevens.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is niet genoeg ruimte gereserveerd voor de gegevens die van { $host } zijn ontvangen.
# 259
error-no-more-items = Er zijn geen items meer gevonden.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing tijdens het lezen van een lijst met resultaten.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het lezen van een lijst met resultaten van { $host }.


# 997 — WinHttpGetProxyForUrlEx en de WebSocket-functies retourneren deze code als het werk asynchroon
# doorgaat; het wordt pas een fout als de toepassing het als fout behandelt.
error-io-pending = Overlappende I/O-bewerking wordt uitgevoerd: de functie gaat asynchroon verder en meldt het resultaat via de statuscallbackfunctie.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: een nog lopende aanvraag is als mislukt behandeld.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: een nog lopende aanvraag aan { $host } is als mislukt behandeld.
# 1168
error-not-found = Element niet gevonden: het item waarom de functie werd gevraagd (bijvoorbeeld een proxyresultaat, een vermelding of een opgeslagen instelling), bestaat niet.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is gevraagd om een item dat niet bestaat.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }: er is gevraagd om een item dat niet bestaat.
# 4317 — bijvoorbeeld verzenden via een WebSocket nadat het sluiten van de verbinding is begonnen.
error-invalid-operation = De bewerking is niet geldig in de huidige status van het object, bijvoorbeeld verzenden via een WebSocket die wordt gesloten, of ontvangen terwijl er nog een andere ontvangstbewerking loopt.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een verbinding te gebruiken op een manier die in de huidige status niet is toegestaan.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd de verbinding met { $host } te gebruiken op een manier die in de huidige status niet is toegestaan.

## Winsock-fouten (winsock2.h) die een WinHTTP-implementatie ongewijzigd doorgeeft
## (de winhttp.dll van Wine doet dat; die van Windows zet de meeste om in een 12xxx-code).
## Voor een gebruiker betekenen ze hetzelfde als hun WinHTTP-tegenhanger; de beschrijving
## noemt de code.

# 10050
wsaenetdown = Het netwerksubsysteem is uitgevallen (WSAENETDOWN): de netwerkstack of netwerkadapter van deze computer werkt niet.
    .title = Het netwerk werkt niet
    .summary = Het netwerk van deze computer werkt niet, waardoor de server niet kon worden bereikt.
    .summary-host = Het netwerk van deze computer werkt niet, waardoor { $host } niet kon worden bereikt.
# 10051 — “route” voor eindgebruikers als “weg”.
wsaenetunreach = Het netwerk is onbereikbaar (WSAENETUNREACH): deze computer heeft geen route naar het netwerk van de server.
    .title = Netwerk onbereikbaar
    .summary = Er loopt vanaf deze computer geen weg naar het netwerk van de server, waardoor de server niet kon worden bereikt.
    .summary-host = Er loopt vanaf deze computer geen weg naar het netwerk van { $host }, waardoor de server niet kon worden bereikt.
# 10052
wsaenetreset = De verbinding is verbroken omdat de keep-alive-controle tijdens de bewerking een fout heeft vastgesteld (WSAENETRESET).
    .title = Verbinding onderbroken
    .summary = De verbinding met de server is verbroken omdat het netwerk niet meer reageerde.
    .summary-host = De verbinding met de server { $host } is verbroken omdat het netwerk niet meer reageerde.
# 10053 — “Software caused connection abort”: vaak een firewall of beveiligingsprogramma.
wsaeconnaborted = Een bestaande verbinding is afgebroken door software op deze computer (WSAECONNABORTED), bijvoorbeeld na een time-out bij de gegevensoverdracht of door een firewall.
    .title = Verbinding onderbroken
    .summary = De verbinding met de server is door deze computer beëindigd, mogelijk door een firewall of beveiligingsprogramma.
    .summary-host = De verbinding met de server { $host } is door deze computer beëindigd, mogelijk door een firewall of beveiligingsprogramma.
# 10054 — Windows meldt in plaats daarvan ERROR_WINHTTP_CONNECTION_ERROR; titel zoals bij 12030.
wsaeconnreset = Een bestaande verbinding is geforceerd gesloten door de externe host (WSAECONNRESET).
    .title = Verbinding onderbroken
    .summary = De server heeft de verbinding onverwacht gesloten.
    .summary-host = De server { $host } heeft de verbinding onverwacht gesloten.
# 10060 — Windows meldt in plaats daarvan ERROR_WINHTTP_TIMEOUT; teksten voor eindgebruikers zoals bij 12002.
wsaetimedout = Er is een time-out opgetreden bij de verbindingspoging of de overdracht, omdat de andere kant niet op tijd reageerde (WSAETIMEDOUT).
    .title = Time-out van de verbinding
    .summary = Het duurde te lang voordat de server reageerde.
    .summary-host = Het duurde te lang voordat de server { $host } reageerde.
# 10061 — Windows meldt in plaats daarvan ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Er kan geen verbinding worden gemaakt omdat de doelcomputer de verbinding actief heeft geweigerd (WSAECONNREFUSED): op die poort luistert niets.
    .title = Verbinding geweigerd
    .summary = De server heeft de verbinding geweigerd. Mogelijk is de server uitgeschakeld of accepteert deze geen verbindingen.
    .summary-host = De server { $host } heeft de verbinding geweigerd. Mogelijk is de server uitgeschakeld of accepteert deze geen verbindingen.
# 10064
wsaehostdown = Een socketbewerking is mislukt omdat de doelhost niet actief is (WSAEHOSTDOWN).
    .title = Server reageert niet
    .summary = De server lijkt uitgeschakeld of niet met het netwerk verbonden te zijn.
    .summary-host = De server { $host } lijkt uitgeschakeld of niet met het netwerk verbonden te zijn.
# 10065
wsaehostunreach = Er is een socketbewerking geprobeerd naar een onbereikbare host (WSAEHOSTUNREACH): er is geen route naar de server gevonden.
    .title = Server onbereikbaar
    .summary = Er is vanaf deze computer geen weg naar de server gevonden.
    .summary-host = Er is vanaf deze computer geen weg naar { $host } gevonden.
# 11001 — Windows meldt in plaats daarvan ERROR_WINHTTP_NAME_NOT_RESOLVED; teksten voor eindgebruikers zoals bij 12007.
wsahost-not-found = Deze host is onbekend (WSAHOST_NOT_FOUND): de naamserver heeft geen adres voor deze naam.
    .title = Server niet gevonden
    .summary = De server is niet gevonden op het netwerk.
    .summary-host = Er is op het netwerk geen server met de naam { $host } gevonden.
# 11002
wsatry-again = De naamserver heeft geen gezaghebbend antwoord gegeven en de naamomzetting kan later wel lukken (WSATRY_AGAIN); meestal een tijdelijke fout van de naamserver.
    .title = Opzoeken van de servernaam mislukt
    .summary = De naam van de server kan op dit moment niet worden opgezocht. Dit is meestal een tijdelijk probleem.
    .summary-host = De naam { $host } kan op dit moment niet worden opgezocht. Dit is meestal een tijdelijk probleem.

## Specifieke WinHTTP-fouten (winhttp.h)

# 12001 — verouderd: huidige systemen melden deze code nooit, dus de toepassing heeft een fout gemaakt.
error-winhttp-out-of-handles = Er konden geen ingangen meer worden gemaakt (verouderd; wordt niet meer gebruikt).
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
# 12002
error-winhttp-timeout = Er is een time-out opgetreden voor de aanvraag. Dit kan ook het gevolg zijn van het time-outgedrag van TCP/IP, ongeacht de time-outwaarden die in WinHTTP zijn ingesteld.
    .title = Time-out van de verbinding
    .summary = Het duurde te lang voordat de server reageerde.
    .summary-host = Het duurde te lang voordat de server { $host } reageerde.
# 12004
error-winhttp-internal-error = Er is een interne fout opgetreden in WinHTTP.
    .title = Onverwachte interne fout
    .summary = De aanvraag is gestopt door een onverwacht intern probleem.
    .summary-host = De aanvraag naar { $host } is gestopt door een onverwacht intern probleem.
# 12005
error-winhttp-invalid-url = De URL is ongeldig.
    .title = Ongeldig webadres
    .summary = Het webadres is ongeldig, waardoor de aanvraag niet kon worden verzonden.
    .summary-host = Het webadres waarmee { $host } moet worden bereikt, is ongeldig, waardoor de aanvraag niet kon worden verzonden.
# 12006
error-winhttp-unrecognized-scheme = De URL geeft een ander schema op dan http: of https:.
    .title = Niet-ondersteund webadres
    .summary = Dit soort adres wordt niet ondersteund. Alleen adressen die beginnen met http:// of https:// kunnen worden geopend.
    .summary-host = Dit soort adres voor { $host } wordt niet ondersteund. Alleen adressen die beginnen met http:// of https:// kunnen worden geopend.
# 12007
error-winhttp-name-not-resolved = De servernaam kan niet worden omgezet.
    .title = Server niet gevonden
    .summary = De server is niet gevonden op het netwerk.
    .summary-host = Er is op het netwerk geen server met de naam { $host } gevonden.
# 12009
error-winhttp-invalid-option = In een aanroep van WinHttpQueryOption of WinHttpSetOption is een ongeldige optiewaarde opgegeven.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is een ongeldige verbindingsinstelling gebruikt.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }: er is een ongeldige verbindingsinstelling gebruikt.
# 12011
error-winhttp-option-not-settable = De aangevraagde optie kan niet worden ingesteld; deze kan alleen worden opgevraagd.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een verbindingsinstelling te wijzigen die alleen kan worden gelezen.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }: er is geprobeerd een verbindingsinstelling te wijzigen die alleen kan worden gelezen.
# 12012 — meestal gezien terwijl de toepassing wordt gesloten.
error-winhttp-shutdown = De ondersteuning voor WinHTTP-functies wordt afgesloten of uit het geheugen verwijderd.
    .title = Netwerktoegang wordt afgesloten
    .summary = De aanvraag is gestopt omdat de netwerktoegang wordt afgesloten, bijvoorbeeld omdat deze toepassing wordt gesloten.
    .summary-host = De aanvraag naar { $host } is gestopt omdat de netwerktoegang wordt afgesloten, bijvoorbeeld omdat deze toepassing wordt gesloten.
# 12015
error-winhttp-login-failure = De aanmeldingspoging is mislukt. Sluit de aanvraagingang met WinHttpCloseHandle en maak een nieuwe voordat u de mislukte functie opnieuw probeert.
    .title = Aanmelden mislukt
    .summary = De server heeft de aanmeldingsgegevens niet geaccepteerd.
    .summary-host = De server { $host } heeft de aanmeldingsgegevens niet geaccepteerd.
# 12017 — “geannuleerd”, zoals Windows een afgebroken bewerking noemt.
error-winhttp-operation-cancelled = De bewerking is geannuleerd, meestal omdat de ingang waarmee de aanvraag werd uitgevoerd, werd gesloten voordat de bewerking was voltooid.
    .title = Aanvraag geannuleerd
    .summary = De aanvraag is geannuleerd voordat deze kon worden voltooid.
    .summary-host = De aanvraag naar { $host } is geannuleerd voordat deze kon worden voltooid.
# 12018
error-winhttp-incorrect-handle-type = Het type van de opgegeven ingang is niet geschikt voor deze bewerking.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing, waardoor de aanvraag niet kon worden voltooid.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing, waardoor de aanvraag naar { $host } niet kon worden voltooid.
# 12019
error-winhttp-incorrect-handle-state = De aangevraagde bewerking kan niet worden uitgevoerd omdat de opgegeven ingang niet de juiste status heeft.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: de stappen van de aanvraag zijn in de verkeerde volgorde uitgevoerd.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: de stappen van de aanvraag naar { $host } zijn in de verkeerde volgorde uitgevoerd.
# 12029
error-winhttp-cannot-connect = De verbinding met de server kan niet tot stand worden gebracht.
    .title = Kan geen verbinding maken
    .summary = Deze toepassing kon geen verbinding maken met de server.
    .summary-host = Deze toepassing kon geen verbinding maken met de server { $host }.
# 12030
error-winhttp-connection-error = De verbinding met de server is opnieuw ingesteld of beëindigd, of er is een incompatibel SSL-protocol aangetroffen (WinHTTP 5.1 ondersteunt bijvoorbeeld geen SSL 2.0, tenzij de client dit expliciet inschakelt).
    .title = Verbinding onderbroken
    .summary = De verbinding met de server is onverwacht onderbroken of gesloten.
    .summary-host = De verbinding met de server { $host } is onverwacht onderbroken of gesloten.
# 12032
error-winhttp-resend-request = De WinHTTP-functie is mislukt, maar kan opnieuw worden geprobeerd met dezelfde aanvraagingang.
    .title = Aanvraag mislukt
    .summary = De aanvraag kon bij deze poging niet worden voltooid.
    .summary-host = De aanvraag naar { $host } kon bij deze poging niet worden voltooid.
# 12037
error-winhttp-secure-cert-date-invalid = Een vereist certificaat valt volgens de systeemklok of de tijdstempel van het ondertekende bestand niet binnen de geldigheidsperiode, of de geldigheidsperioden van de certificaatketen zijn niet correct genest (gelijk aan CERT_E_EXPIRED of CERT_E_VALIDITYPERIODNESTING).
    .title = Certificaat verlopen of nog niet geldig
    .summary = Volgens de klok van deze computer is het beveiligingscertificaat van de server verlopen of nog niet geldig.
    .summary-host = Volgens de klok van deze computer is het beveiligingscertificaat van { $host } verlopen of nog niet geldig.
# 12038
error-winhttp-secure-cert-cn-invalid = De algemene naam (CN) van het certificaat komt niet overeen met de doorgegeven waarde (gelijk aan CERT_E_CN_NO_MATCH).
    .title = Certificaat is voor een andere site
    .summary = Het beveiligingscertificaat is uitgegeven voor een andere sitenaam, waardoor de identiteit van de server niet kon worden bevestigd.
    .summary-host = Het beveiligingscertificaat dat { $host } heeft verzonden, is uitgegeven voor een andere naam, waardoor de identiteit van de server niet kon worden bevestigd.
# 12044 — de server vraagt de gebruiker (of de computer) zich te identificeren met een certificaat.
error-winhttp-client-auth-cert-needed = De server vraagt om SSL-clientverificatie (gemeld door WinHttpReceiveResponse). Haal de geaccepteerde certificaatverleners op met WinHttpQueryOption en WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; als een certificaat wordt gevraagd maar niet vereist is, roept u WinHttpSetOption aan met WINHTTP_OPTION_CLIENT_CERT_CONTEXT en WINHTTP_NO_CLIENT_CERT_CONTEXT in lpBuffer.
    .title = Server vereist een certificaat
    .summary = De server vereist een certificaat waarmee u of uw computer wordt geïdentificeerd voordat de verbinding wordt toegestaan.
    .summary-host = De server { $host } vereist een certificaat waarmee u of uw computer wordt geïdentificeerd voordat de verbinding wordt toegestaan.
# 12045
error-winhttp-secure-invalid-ca = Er is een certificaatketen verwerkt, maar deze eindigde bij een basiscertificaat dat niet wordt vertrouwd door de vertrouwensprovider (gelijk aan CERT_E_UNTRUSTEDROOT).
    .title = Niet-vertrouwd certificaat
    .summary = Het beveiligingscertificaat van de server is uitgegeven door een certificeringsinstantie die niet door deze computer wordt vertrouwd.
    .summary-host = Het beveiligingscertificaat van { $host } is uitgegeven door een certificeringsinstantie die niet door deze computer wordt vertrouwd.
# 12057
error-winhttp-secure-cert-rev-failed = De intrekking van het certificaat kon niet worden gecontroleerd omdat de intrekkingsserver offline was (gelijk aan CRYPT_E_REVOCATION_OFFLINE).
    .title = Certificaat kan niet worden gecontroleerd
    .summary = Deze computer kon niet controleren of het beveiligingscertificaat van de server is ingetrokken, omdat de server die ingetrokken certificaten meldt, niet bereikbaar was.
    .summary-host = Deze computer kon niet controleren of het beveiligingscertificaat van { $host } is ingetrokken, omdat de server die ingetrokken certificaten meldt, niet bereikbaar was.
# 12100
error-winhttp-cannot-call-before-open = Het WinHttpRequest-object kan de aangevraagde bewerking pas uitvoeren nadat de methode Open is aangeroepen.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een aanvraag te gebruiken voordat deze was voorbereid.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een aanvraag naar { $host } te gebruiken voordat deze was voorbereid.
# 12101
error-winhttp-cannot-call-before-send = Het WinHttpRequest-object kan de aangevraagde bewerking pas uitvoeren nadat de methode Send is aangeroepen.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is om een antwoord gevraagd voordat de aanvraag was verzonden.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is om het antwoord van { $host } gevraagd voordat de aanvraag was verzonden.
# 12102
error-winhttp-cannot-call-after-send = Het WinHttpRequest-object kan de aangevraagde bewerking niet meer uitvoeren nadat de methode Send is aangeroepen.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een aanvraag te wijzigen die al was verzonden.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een aanvraag naar { $host } te wijzigen die al was verzonden.
# 12103
error-winhttp-cannot-call-after-open = Het WinHttpRequest-object kan de opgegeven optie niet meer aanvragen nadat de methode Open is aangeroepen.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een instelling van een aanvraag te wijzigen toen dat niet meer kon.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd een instelling van een aanvraag naar { $host } te wijzigen toen dat niet meer kon.
# 12150
error-winhttp-header-not-found = De aangevraagde header is niet gevonden.
    .title = Informatie ontbreekt in het antwoord
    .summary = In het antwoord van de server ontbrak informatie die deze toepassing verwachtte.
    .summary-host = In het antwoord van { $host } ontbrak informatie die deze toepassing verwachtte.
# 12152
error-winhttp-invalid-server-response = Het antwoord van de server kan niet worden geparseerd.
    .title = Ongeldig antwoord van de server
    .summary = De server heeft een antwoord verzonden dat niet kon worden begrepen.
    .summary-host = De server { $host } heeft een antwoord verzonden dat niet kon worden begrepen.
# 12153 — de toepassing heeft de aanvraag opgebouwd; de gebruiker heeft die niet getypt.
error-winhttp-invalid-header = De opgegeven HTTP-header is ongeldig, bijvoorbeeld omdat deze onjuist is opgemaakt.
    .title = Ongeldige aanvraag
    .summary = Deze toepassing probeerde gegevens in een ongeldige vorm te verzenden, waardoor de aanvraag niet kon worden verzonden.
    .summary-host = Deze toepassing probeerde gegevens in een ongeldige vorm naar { $host } te verzenden, waardoor de aanvraag niet kon worden verzonden.
# 12154 — verouderd: huidige systemen melden deze code nooit, dus de toepassing heeft een fout gemaakt.
error-winhttp-invalid-query-request = Een aanvraag om een header op te vragen was ongeldig (verouderd; wordt niet meer gebruikt).
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
# 12155 — verouderd: huidige systemen melden deze code nooit, dus de toepassing heeft een fout gemaakt.
error-winhttp-header-already-exists = De header kan niet worden toegevoegd omdat deze al bestaat (verouderd; wordt niet meer gebruikt).
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd dezelfde informatie twee keer aan een aanvraag toe te voegen.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: er is geprobeerd dezelfde informatie twee keer aan een aanvraag naar { $host } toe te voegen.
# 12156
error-winhttp-redirect-failed = De omleiding is mislukt omdat het schema is gewijzigd of omdat alle omleidingspogingen zijn mislukt (standaard vijf pogingen).
    .title = Omleiding mislukt
    .summary = De server heeft de aanvraag omgeleid naar een ander adres, maar de omleiding kon niet worden voltooid.
    .summary-host = De server { $host } heeft de aanvraag omgeleid naar een ander adres, maar de omleiding kon niet worden voltooid.
# 12157
error-winhttp-secure-channel-error = Er is een fout opgetreden in het beveiligde kanaal (gelijk aan de foutcodes SEC_E_ en SEC_I_ die in winerror.h zijn gedefinieerd).
    .title = Kan geen beveiligde verbinding tot stand brengen
    .summary = Er is een fout opgetreden bij het tot stand brengen van een beveiligde verbinding met de server.
    .summary-host = Er is een fout opgetreden bij het tot stand brengen van een beveiligde verbinding met { $host }.
# 12166 — “installatiescript voor de proxy” is het PAC-bestand, genoemd zoals in de proxyinstellingen van Windows (“Installatiescript gebruiken”).
error-winhttp-bad-auto-proxy-script = Er is een fout opgetreden bij het uitvoeren van de scriptcode in het bestand voor automatische proxyconfiguratie (PAC).
    .title = Fout in het installatiescript voor de proxy
    .summary = Het installatiescript voor de proxy van dit netwerk bevat een fout.
    .summary-host = Het installatiescript voor de proxy waarmee { $host } wordt bereikt, bevat een fout.
# 12167
error-winhttp-unable-to-download-script = Het PAC-bestand kan niet worden gedownload, bijvoorbeeld omdat de server waarnaar de PAC-URL verwijst, onbereikbaar was of 404 Not Found retourneerde.
    .title = Installatiescript voor de proxy niet beschikbaar
    .summary = Het installatiescript voor de proxy van dit netwerk kon niet worden gedownload.
    .summary-host = Het installatiescript voor de proxy dat nodig is om { $host } te bereiken, kon niet worden gedownload.
# 12169
error-winhttp-secure-invalid-cert = Een certificaat is ongeldig (gelijk aan fouten zoals CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED en CERT_E_CHAINING).
    .title = Ongeldig certificaat
    .summary = Het beveiligingscertificaat van de server is ongeldig, waardoor er geen beveiligde verbinding tot stand kon worden gebracht.
    .summary-host = Het beveiligingscertificaat van { $host } is ongeldig, waardoor er geen beveiligde verbinding tot stand kon worden gebracht.
# 12170
error-winhttp-secure-cert-revoked = Een certificaat is ingetrokken (gelijk aan CRYPT_E_REVOKED).
    .title = Certificaat ingetrokken
    .summary = Het beveiligingscertificaat van de server is ingetrokken door de certificeringsinstantie die het heeft uitgegeven, waardoor het niet meer kan worden vertrouwd.
    .summary-host = Het beveiligingscertificaat van { $host } is ingetrokken door de certificeringsinstantie die het heeft uitgegeven, waardoor het niet meer kan worden vertrouwd.
# 12172 — verouderd: huidige systemen melden deze code nooit, dus de toepassing heeft een fout gemaakt.
error-winhttp-not-initialized = WinHTTP is niet geïnitialiseerd (verouderd; wordt niet meer gebruikt).
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }, waarbij een fout is gemeld die huidige systemen niet meer gebruiken.
# 12175 — de redenen (cert-flag-* hieronder) kunnen onder de samenvatting worden vermeld.
error-winhttp-secure-failure = Er zijn een of meer fouten gevonden in het SSL-certificaat (Secure Sockets Layer) dat de server heeft verzonden. Controleer in een statuscallbackfunctie of er een WINHTTP_CALLBACK_STATUS_SECURE_FAILURE-melding binnenkomt om te achterhalen welke (zie WINHTTP_STATUS_CALLBACK).
    .title = Beveiligde verbinding mislukt
    .summary = Het beveiligingscertificaat van de server heeft een of meer problemen, waardoor er geen beveiligde verbinding tot stand kon worden gebracht.
    .summary-host = Het beveiligingscertificaat dat { $host } heeft verzonden, heeft een of meer problemen, waardoor er geen beveiligde verbinding tot stand kon worden gebracht.
# 12176
error-winhttp-unhandled-script-type = Het scripttype wordt niet ondersteund.
    .title = Niet-ondersteund installatiescript voor de proxy
    .summary = Het installatiescript voor de proxy van dit netwerk is van een niet-ondersteund type.
    .summary-host = Het installatiescript voor de proxy waarmee { $host } wordt bereikt, is van een niet-ondersteund type.
# 12177 — in de praktijk het installatiescript voor de proxy.
error-winhttp-script-execution-error = Er is een fout opgetreden bij het uitvoeren van een script.
    .title = Uitvoeren van installatiescript voor de proxy mislukt
    .summary = Er is een fout opgetreden bij het uitvoeren van het installatiescript voor de proxy van dit netwerk.
    .summary-host = Er is een fout opgetreden bij het uitvoeren van het installatiescript voor de proxy waarmee { $host } wordt bereikt.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl kan geen proxy vinden voor de opgegeven URL.
    .title = Proxy niet gevonden
    .summary = De proxyserver die voor dit adres moet worden gebruikt, kon niet worden bepaald.
    .summary-host = De proxyserver die voor { $host } moet worden gebruikt, kon niet worden bepaald.
# 12179
error-winhttp-secure-cert-wrong-usage = Een certificaat is niet geldig voor het aangevraagde gebruik (gelijk aan CERT_E_WRONG_USAGE).
    .title = Certificaat niet geldig voor dit gebruik
    .summary = Het beveiligingscertificaat van de server is niet bedoeld voor dit soort verbinding.
    .summary-host = Het beveiligingscertificaat van { $host } is niet bedoeld voor dit soort verbinding.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl kan de URL van het bestand voor automatische proxyconfiguratie (PAC) niet vinden.
    .title = Proxyinstellingen niet gedetecteerd
    .summary = De proxyinstellingen voor dit netwerk konden niet automatisch worden gedetecteerd.
    .summary-host = De proxyinstellingen die nodig zijn om { $host } te bereiken, konden niet automatisch worden gedetecteerd.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse heeft een antwoord ontvangen met meer headers dan WinHTTP kan accepteren.
    .title = Antwoord van de server geweigerd
    .summary = De server heeft een antwoord met te veel headers verzonden, waardoor het niet kon worden geaccepteerd.
    .summary-host = De server { $host } heeft een antwoord met te veel headers verzonden, waardoor het niet kon worden geaccepteerd.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse heeft headers ontvangen waarvan de totale grootte de limiet overschrijdt die voor de aanvraagingang is ingesteld.
    .title = Antwoord van de server te groot
    .summary = De server heeft een antwoord met te grote headers verzonden, waardoor het niet kon worden geaccepteerd.
    .summary-host = De server { $host } heeft een antwoord met te grote headers verzonden, waardoor het niet kon worden geaccepteerd.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse heeft een overloop gedetecteerd bij het parseren van de gesegmenteerde overdrachtscodering (chunked) van het antwoord: een segmentheader overschreed de toegestane grootte.
    .title = Antwoord van de server kan niet worden gelezen
    .summary = Een deel van het antwoord van de server was groter dan toegestaan, waardoor het antwoord niet kon worden gelezen.
    .summary-host = Een deel van het antwoord van { $host } was groter dan toegestaan, waardoor het antwoord niet kon worden gelezen.
# 12184
error-winhttp-response-drain-overflow = Een binnenkomend antwoord heeft een interne groottelimiet van WinHTTP overschreden.
    .title = Antwoord van de server overschrijdt een groottelimiet
    .summary = Het antwoord van de server was groter dan deze computer toestaat, waardoor het niet kon worden ontvangen.
    .summary-host = Het antwoord van { $host } was groter dan deze computer toestaat, waardoor het niet kon worden ontvangen.
# 12185 — het certificaat is dat van de gebruiker zelf (clientcertificaat), niet dat van de server.
error-winhttp-client-cert-no-private-key = Er is geen persoonlijke sleutel gekoppeld aan de SSL-clientcertificaatcontext; het certificaat is mogelijk zonder persoonlijke sleutel op de computer geïmporteerd.
    .title = Uw certificaat kan niet worden gebruikt
    .summary = Bij het certificaat waarmee u zich identificeert, ontbreekt de persoonlijke sleutel, waardoor het niet kan worden gebruikt. De sleutel is mogelijk weggelaten bij de installatie.
    .summary-host = Bij het certificaat waarmee u zich identificeert bij { $host }, ontbreekt de persoonlijke sleutel, waardoor het niet kan worden gebruikt. De sleutel is mogelijk weggelaten bij de installatie.
# 12186 — het certificaat is dat van de gebruiker zelf (clientcertificaat), niet dat van de server.
error-winhttp-client-cert-no-access-private-key = De toepassing heeft niet de vereiste bevoegdheden voor toegang tot de persoonlijke sleutel die aan het clientcertificaat is gekoppeld.
    .title = Toegang tot uw certificaat geweigerd
    .summary = Deze toepassing mag de persoonlijke sleutel van het certificaat waarmee u zich identificeert, niet gebruiken.
    .summary-host = Deze toepassing mag de persoonlijke sleutel van het certificaat waarmee u zich identificeert bij { $host }, niet gebruiken.
# 12187
error-winhttp-client-auth-cert-needed-proxy = De proxyserver vereist SSL/TLS-clientcertificaatverificatie; er moet een clientcertificaat worden opgegeven voor de verbinding met de proxy.
    .title = Proxy vereist een certificaat
    .summary = De proxyserver vereist een certificaat waarmee u of uw computer wordt geïdentificeerd voordat de verbinding wordt toegestaan.
    .summary-host = De proxyserver vereist een certificaat waarmee u of uw computer wordt geïdentificeerd voordat een verbinding met { $host } wordt toegestaan.
# 12188
error-winhttp-secure-failure-proxy = Er is een SSL/TLS-fout opgetreden in de beveiligde verbinding met de proxyserver, bijvoorbeeld een probleem met het certificaat dat deze heeft verzonden.
    .title = Beveiligde verbinding met de proxy mislukt
    .summary = Er kon geen beveiligde verbinding met de proxyserver tot stand worden gebracht, bijvoorbeeld door een probleem met het certificaat ervan.
    .summary-host = Er kon geen beveiligde verbinding tot stand worden gebracht met de proxyserver waarmee { $host } wordt bereikt, bijvoorbeeld door een probleem met het certificaat ervan.
# 12189 — gereserveerd: wordt nooit gemeld, dus de toepassing heeft een fout gemaakt.
error-winhttp-reserved-189 = Gereserveerde code; wordt niet gebruikt.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing, waarbij een fout is gemeld die gereserveerd is en nooit wordt gebruikt.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing tijdens het verbinden met { $host }, waarbij een gereserveerde, nooit gebruikte fout is gemeld.
# 12190 — “webprotocol” is HTTP; de versies zijn HTTP/1.1, HTTP/2 en HTTP/3.
error-winhttp-http-protocol-mismatch = De versie van het HTTP-protocol die de server gebruikt, komt niet overeen met de aangevraagde of vereiste versie, bijvoorbeeld omdat HTTP/2 of HTTP/3 vereist was maar niet kon worden onderhandeld.
    .title = Niet-compatibele versie van het webprotocol
    .summary = De server en deze toepassing konden het niet eens worden over de versie van het webprotocol.
    .summary-host = De server { $host } en deze toepassing konden het niet eens worden over de versie van het webprotocol.
# 12191
error-winhttp-global-callback-failed = Een globale callbackfunctie die bij WinHTTP is geregistreerd, is mislukt.
    .title = Interne fout in de toepassing
    .summary = Er is een intern probleem opgetreden in deze toepassing: een van de onderdelen ervan is uitgevallen tijdens het verwerken van de aanvraag.
    .summary-host = Er is een intern probleem opgetreden in deze toepassing: een van de onderdelen ervan is uitgevallen tijdens het verwerken van de aanvraag naar { $host }.
# 12192
error-winhttp-feature-disabled = De aangevraagde WinHTTP-functie is uitgeschakeld en kan niet worden gebruikt.
    .title = Functie uitgeschakeld
    .summary = Een functie die nodig is voor deze aanvraag, is uitgeschakeld op deze computer.
    .summary-host = Een functie die nodig is voor de aanvraag naar { $host }, is uitgeschakeld op deze computer.
# 12193
error-winhttp-fast-forwarding-not-supported = Snel doorsturen (fast forwarding) wordt niet ondersteund voor deze aanvraag of verbinding.
    .title = Functie niet ondersteund
    .summary = Deze toepassing heeft gevraagd om een functie die door deze verbinding niet wordt ondersteund.
    .summary-host = Deze toepassing heeft gevraagd om een functie die door de verbinding met { $host } niet wordt ondersteund.

## Tips: wat een gebruiker kan proberen, weergegeven als lijst onder de samenvatting.
## Elke tip is één volledige zin in de gebiedende wijs met een punt, hoogstens 100 tekens.
## De catalogus (src/catalog.rs) bepaalt welke tips een code toont, en in welke volgorde.
hint-check-connection = Controleer uw netwerkverbinding.
hint-try-again-later = Wacht even en probeer het dan opnieuw.
hint-check-address = Controleer of het adres juist is gespeld.
hint-check-proxy = Controleer uw proxyinstellingen of vraag het uw netwerkbeheerder.
hint-check-firewall = Zorg ervoor dat geen firewall of antivirusprogramma deze toepassing blokkeert.
hint-check-date-time = Zorg ervoor dat de datum, de tijd en de tijdzone van uw computer juist zijn.
hint-update-system = Installeer de nieuwste updates voor uw besturingssysteem.
hint-contact-site-owner = Neem contact op met de eigenaar van de website of server als het probleem zich blijft voordoen.
hint-contact-support = Neem contact op met het ondersteuningsteam van deze toepassing.
hint-update-app = Controleer of er een nieuwere versie van deze toepassing beschikbaar is.
hint-restart-app = Sluit deze toepassing en open deze opnieuw.
hint-restart-computer = Start uw computer opnieuw op.
hint-free-memory = Sluit andere programma’s om geheugen vrij te maken en probeer het dan opnieuw.
hint-check-credentials = Controleer of uw gebruikersnaam en wachtwoord juist zijn.
# Weergegeven als de server of de proxy om het eigen certificaat van de gebruiker vraagt, of als dat niet kan worden gebruikt.
hint-check-client-certificate = Controleer of het gevraagde certificaat juist is geïnstalleerd, of vraag het uw beheerder.

## Certificaatproblemen: elk één regel, weergegeven als lijst wanneer een beveiligde verbinding is mislukt.
## Hoogstens 120 tekens; één volledige zin met een punt.
## “Het certificaat” is het certificaat dat de server heeft verzonden.
cert-flag-rev-failed = Deze computer kon niet controleren of het certificaat is ingetrokken.
cert-flag-invalid-cert = Het certificaat is ongeldig.
cert-flag-cert-revoked = Het certificaat is ingetrokken door de certificeringsinstantie die het heeft uitgegeven.
cert-flag-invalid-ca = Het certificaat is uitgegeven door een certificeringsinstantie die niet door deze computer wordt vertrouwd.
cert-flag-cert-cn-invalid = Het certificaat is uitgegeven voor een andere sitenaam.
cert-flag-cert-date-invalid = Het certificaat is verlopen of nog niet geldig.
cert-flag-cert-wrong-usage = Het certificaat is niet bedoeld voor dit soort verbinding.
cert-flag-security-channel-error = Er is een fout opgetreden bij het tot stand brengen van de beveiligde verbinding.
# $flags (String): de overige vlaggen hexadecimaal, bijvoorbeeld 0x00000100; kan er meerdere bevatten.
cert-flag-unknown = Het certificaat heeft een of meer problemen die niet konden worden vastgesteld ({ $flags }).

## Codes die deze bibliotheek niet kent.
# $code (String): de code decimaal, bijvoorbeeld 12345. $hex (String): dezelfde hexadecimaal, 0x00003039.
# $host (String): de naam van de server (alleen in .summary-host), bijvoorbeeld example.com.
# Dezelfde limieten als de onderdelen per code: elk hoogstens 200 tekens.
unknown-code =
    .summary = Er is een onverwacht probleem opgetreden tijdens het verbinden (fout { $code }, { $hex }).
    .summary-host = Er is een onverwacht probleem opgetreden tijdens het verbinden met { $host } (fout { $code }, { $hex }).

## Samengestelde berichten

# $description (String) de beschrijving van de code; $name (String) de symbolische naam; $code (String) de code decimaal.
report-line = { $description } ({ $name }, { $code })
# $code (String) de code decimaal; $hex (String) dezelfde code hexadecimaal, bijvoorbeeld 0x80072EE2.
unknown-error = Onbekende WinHTTP-fout { $code } ({ $hex }).
