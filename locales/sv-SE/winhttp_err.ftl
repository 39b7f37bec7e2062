### Beskrivningar av WinHTTP-felkoder (sv-SE).
### Ett meddelande per felkod, sorterade efter numerisk kod. Meddelande-id:t är
### namnet på den symboliska konstanten med gemener och ”_” ersatt med ”-”.
### Värdet för varje kod är den tekniska beskrivningen för utvecklare: en enda
### rad utan platshållare, eftersom den visas som den är i dialogrutor och
### loggrader. Namn på funktioner, metoder, alternativ, makron och konstanter
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) är API-identifierare och
### får aldrig översättas eller ändras.
###
### Text för slutanvändare. Utöver värdet (beskrivningen för utvecklare) har
### varje meddelande tre attribut skrivna för den som inte är programmerare:
###   .title         Dialogrutans rubrik (huvudinstruktionen i en
###                  aktivitetsdialogruta i Windows): vad som gick fel, högst
###                  60 tecken, stor bokstav bara först, ingen punkt i slutet.
###   .summary       Brödtexten under rubriken: en eller två enkla meningar om
###                  vad som hände, högst 200 tecken, med punkt i slutet. Den
###                  ska kunna läsas för sig, utan servernamn.
###   .summary-host  Samma sammanfattning med servernamnet: { $host } exakt en
###                  gång, högst 200 tecken när $host är ”example.com”.
### $host innehåller serverns namn så som programmet känner det, t.ex.
### ”example.com”, ”intranet.corp.local” eller en IP-adress som 192.0.2.10.
### Det är aldrig tomt: utan namn visas .summary i stället. Namnet böjs aldrig
### (inget genitiv-s, ingen ändelse): det står som apposition efter ”servern”:
### ”servern { $host }”, ”till servern { $host }”, ”för servern { $host }”.
### Tipsen (hint-*) visas som en lista under sammanfattningen: en fullständig
### mening i imperativ (du-tilltal, som i Windows), med punkt i slutet, högst
### 100 tecken. Vilka tips en kod får bestäms i katalogen (src/catalog.rs),
### likadant för alla språk, så sammanfattningen upprepar inte tipsen.
###   Titeln för 50 (”Nätverksfunktionerna är inte tillgängliga”) skiljer sig
###     från 10051 (”Nätverket kan inte nås”); 11002 slår upp serverns adress
###     (namnet är känt, adressen söks).
### Certifikatrader (cert-flag-*): en fullständig mening med punkt, högst 120
### tecken.
### I rubriker, sammanfattningar, tips, certifikatrader och texten för okända
### koder får inga API-identifierare förekomma: inga namn på konstanter,
### funktioner, metoder eller alternativ, inget ”_”, inget ”WinHTTP”/”WinHttp”,
### inget ”handle”/”referens”, inget ”callback”/”återanrop”, inget ”PAC” och
### inget ”{” utom de dokumenterade variablerna. Sådant hör hemma i
### beskrivningen. Välj vardagliga ord (”säker anslutning” i stället för
### TLS/SSL, ”installationsskript för proxyn” i stället för PAC-fil, som i
### proxyinställningarna i Windows).
### När programmet självt har använt biblioteket fel (föråldrade, reserverade
### och användningskoder) står det rakt ut att ett internt problem uppstod i
### det här programmet; användaren får aldrig skulden. Säkerhetsfel föreslår
### aldrig att kontrollen kringgås eller ignoreras, eller att man fortsätter ändå.
###
### ORDLISTA (Microsofts svenska terminologi i Windows):
###   application = ”program” (”det här programmet”); ”app” används inte.
###   request = ”begäran” (en begäran, begäran till servern); response = ”svar”.
###   header = ”rubrik” (HTTP-rubrik, rubriker i svaret); Microsofts svenska
###     texter använder även ”huvud”, men här genomgående ”rubrik”. Ett svar
###     med för många rubriker ”kunde inte godtas” (accepted), inte ”tas emot”.
###   component failed = ”komponenten påträffade ett fel” (inte ”misslyckades”).
###   handle = ”referens” (Windows-fel 6: ”Referensen är ogiltig.”); bara i
###     beskrivningar.
###   callback = ”återanrop”, status callback = ”statusåteranrop”; bara i
###     beskrivningar.
###   proxy = ”proxy”, som enhet ”proxyserver”; ”proxyinställningar” (ett ord).
###   PAC file = ”PAC-fil” (fil för automatisk proxykonfiguration) i
###     beskrivningar; för slutanvändare ”installationsskript för proxyn”,
###     efter alternativet ”Använd installationsskript” i proxyinställningarna.
###   automatically detect = ”identifiera automatiskt” (”Identifiera
###     inställningar automatiskt”).
###   certificate = ”certifikat”; serverns: ”säkerhetscertifikat”; användarens
###     eget: ”certifikatet som identifierar dig”, ”ditt certifikat”.
###     revoked = ”återkallat”, revocation = ”återkallning”, certificate
###     authority = ”certifikatutfärdare”, för slutanvändare ”utfärdare”.
###     expired = ”har upphört att gälla”; private key = ”privat nyckel”.
###   revocation server = ”återkallningsserver” (beskrivningar); för
###     slutanvändare ”servern som rapporterar återkallade certifikat”.
###   secure connection = ”säker anslutning”; secure channel = ”säker kanal”.
###   firewall = ”brandvägg”; antivirus program = ”antivirusprogram”.
###   connection = ”anslutning”; connect = ”ansluta”; interrupted =
###     ”avbröts”; refused = ”nekades”.
###   redirect = ”omdirigera”, redirection = ”omdirigering”.
###   timeout = ”tidsgräns” (”Tidsgränsen för anslutningen överskreds”).
###   sign in = ”logga in”, ”inloggning”; credentials = ”inloggningsuppgifter”;
###     user name = ”användarnamn”.
###   Winsock = ”Winsock” (Windows Sockets, egennamn). socket = ”socket” i
###     beskrivningar. remote host = ”fjärrvärd”, host = ”värd” i
###     beskrivningar; för slutanvändare alltid ”server”.
###   route = ”väg”; network unreachable = ”Nätverket kan inte nås”.
###   name server = ”namnserver”; resolve a name = ”matcha namnet”
###     (beskrivningar), för slutanvändare ”slå upp namnet”.
###   I/O = ”I/O” (Windows-fel 997: ”Överlappande I/O-åtgärd pågår.”);
###     parameter = ”parameter” (Windows-fel 87: ”Parametern är felaktig.”).
###   web address = ”webbadress”; web protocol = ”webbprotokoll”; turned off =
###     ”inaktiverad”; memory = ”minne”.
###   Winsock-koderna 10060 och 11001 delar texterna för slutanvändare med sina
###     WinHTTP-motsvarigheter (12002, 12007).
### TYPOGRAFI: svenska citattecken ”…” (U+201D i båda ändar), inre citat ’…’,
### apostrof ’ (U+2019), aldrig raka citattecken. Tankstreck – med mellanrum,
### ellips ”…”. Decimalkomma i löptext; koder och flaggor skrivs som i
### källan (0x00000100).

## Allmänna Windows-fel (winerror.h) som WinHTTP också returnerar

# 2 — WinHttpGetIEProxyConfigForCurrentUser och andra funktioner som läser inställningar
# rapporterar den när en sparad inställning eller fil som de letar efter inte finns.
error-file-not-found = Det går inte att hitta den angivna filen: en inställning, fil eller ett registervärde som funktionen letade efter finns inte.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: en inställning eller fil som behövdes hittades inte.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: en inställning eller fil som behövdes hittades inte.
# 6
error-invalid-handle = Referensen som skickades till API:et har gjorts ogiltig eller stängts.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte använda en anslutning som redan hade stängts.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte använda en redan stängd anslutning till servern { $host }.
# 8
error-not-enough-memory = Det finns inte tillräckligt med minne för att slutföra den begärda åtgärden.
    .title = Inte tillräckligt med minne
    .summary = Datorn fick slut på tillgängligt minne innan begäran kunde slutföras.
    .summary-host = Datorn fick slut på tillgängligt minne innan begäran till servern { $host } kunde slutföras.
# 18
error-no-more-files = Det finns inga fler filer.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet när det läste resultatet av en begäran.
    .summary-host = Ett internt problem uppstod i det här programmet när det läste resultatet av en begäran till servern { $host }.
# 50 — nätverksfunktionerna i Windows (Winsock) kunde inte startas.
error-not-supported = Protokollstacken som krävs har inte lästs in och programmet kan inte starta Winsock.
    .title = Nätverksfunktionerna är inte tillgängliga
    .summary = De nätverkskomponenter som det här programmet behöver kunde inte startas på den här datorn.
    .summary-host = De nätverkskomponenter som behövs för att ansluta till servern { $host } kunde inte startas på den här datorn.
# 87 — till exempel WinHttpCrackUrl med en URL_COMPONENTS vars dwStructSize är fel.
error-invalid-parameter = Parametern är felaktig: ett av argumenten som skickades till funktionen är ogiltigt (till exempel en NULL-pekare, fel strukturstorlek eller motstridiga flaggor).
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det skickade ogiltig information till nätverkskomponenten.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det skickade ogiltig information till nätverkskomponenten.
# 122
error-insufficient-buffer = Bufferten som skickades till funktionen är för liten för de data som returneras. Mer information finns i dokumentationen för respektive funktion.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det reserverade inte tillräckligt med utrymme för de data som togs emot.
    .summary-host = Ett internt problem uppstod i det här programmet: det reserverade inte tillräckligt med utrymme för de data som togs emot från servern { $host }.
# 259
error-no-more-items = Det finns inga fler objekt.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet när det läste en resultatlista.
    .summary-host = Ett internt problem uppstod i det här programmet när det läste en resultatlista från servern { $host }.

# 997 — WinHttpGetProxyForUrlEx och WebSocket-funktionerna returnerar den när arbetet
# fortsätter asynkront; den blir ett fel först när den behandlas som ett.
error-io-pending = Överlappande I/O-åtgärd pågår: funktionen fortsätter asynkront och rapporterar resultatet via statusåteranropet.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det behandlade en begäran som fortfarande pågick som ett fel.
    .summary-host = Ett internt problem uppstod i det här programmet: det behandlade en begäran till servern { $host } som fortfarande pågick som ett fel.
# 1168
error-not-found = Elementet hittades inte: objektet som funktionen ombads hämta (till exempel ett proxyresultat, en post eller en sparad inställning) finns inte.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det frågade efter ett objekt som inte finns.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det frågade efter ett objekt som inte finns.
# 4317 — till exempel en sändning på en WebSocket efter att stängningshandskakningen har börjat.
error-invalid-operation = Åtgärden är inte giltig i objektets aktuella tillstånd, till exempel sändning på en WebSocket som håller på att stängas eller mottagning medan en annan mottagning väntar.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte använda en anslutning på ett sätt som dess aktuella tillstånd inte tillåter.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte använda sin anslutning till servern { $host } på ett sätt som dess aktuella tillstånd inte tillåter.

## Winsock-fel (winsock2.h) som en WinHTTP-implementering skickar vidare
## (winhttp.dll i Wine gör det; Windows översätter de flesta till en 12xxx-kod).
## För en användare betyder de samma sak som sin WinHTTP-motsvarighet;
## beskrivningen anger vilken kod det är.

# 10050
wsaenetdown = Nätverksundersystemet har slutat fungera (WSAENETDOWN): nätverksstacken eller nätverkskortet i den här datorn fungerar inte.
    .title = Nätverket fungerar inte
    .summary = Nätverket på den här datorn fungerar inte, så det gick inte att nå servern.
    .summary-host = Nätverket på den här datorn fungerar inte, så det gick inte att nå servern { $host }.
# 10051
wsaenetunreach = Nätverket kan inte nås (WSAENETUNREACH): den här datorn har ingen väg till serverns nätverk.
    .title = Nätverket kan inte nås
    .summary = Den här datorn har ingen väg till serverns nätverk, så det gick inte att nå servern.
    .summary-host = Den här datorn har ingen väg till nätverket där servern { $host } finns, så det gick inte att nå servern.
# 10052
wsaenetreset = Anslutningen bröts eftersom keep-alive-kontrollen upptäckte ett fel medan åtgärden pågick (WSAENETRESET).
    .title = Anslutningen avbröts
    .summary = Anslutningen till servern bröts eftersom nätverket slutade svara.
    .summary-host = Anslutningen till servern { $host } bröts eftersom nätverket slutade svara.
# 10053 — ”programvaran avbröt anslutningen”: ofta en brandvägg eller ett säkerhetsprogram.
wsaeconnaborted = En upprättad anslutning avbröts av programvara på den här datorn (WSAECONNABORTED), till exempel efter en tidsgräns vid dataöverföring eller av en brandvägg.
    .title = Anslutningen avbröts
    .summary = Anslutningen till servern avslutades av den här datorn, möjligen av en brandvägg eller ett säkerhetsprogram.
    .summary-host = Anslutningen till servern { $host } avslutades av den här datorn, möjligen av en brandvägg eller ett säkerhetsprogram.
# 10054 — Windows rapporterar ERROR_WINHTTP_CONNECTION_ERROR i stället.
wsaeconnreset = En befintlig anslutning tvingades att stängas av fjärrvärden (WSAECONNRESET).
    .title = Anslutningen avbröts
    .summary = Servern stängde anslutningen oväntat.
    .summary-host = Servern { $host } stängde anslutningen oväntat.
# 10060 — Windows rapporterar ERROR_WINHTTP_TIMEOUT i stället.
wsaetimedout = Tidsgränsen för anslutningsförsöket eller överföringen överskreds eftersom den andra parten inte svarade i tid (WSAETIMEDOUT).
    .title = Tidsgränsen för anslutningen överskreds
    .summary = Det tog för lång tid för servern att svara.
    .summary-host = Det tog för lång tid för servern { $host } att svara.
# 10061 — Windows rapporterar ERROR_WINHTTP_CANNOT_CONNECT i stället.
wsaeconnrefused = Det gick inte att upprätta en anslutning eftersom måldatorn aktivt nekade den (WSAECONNREFUSED): inget lyssnar på den porten.
    .title = Anslutningen nekades
    .summary = Servern nekade anslutningen. Den är kanske inte igång, eller så tar den inte emot anslutningar.
    .summary-host = Servern { $host } nekade anslutningen. Den är kanske inte igång, eller så tar den inte emot anslutningar.
# 10064
wsaehostdown = En socketåtgärd misslyckades eftersom målvärden inte är igång (WSAEHOSTDOWN).
    .title = Servern svarar inte
    .summary = Servern verkar vara avstängd eller frånkopplad från nätverket.
    .summary-host = Servern { $host } verkar vara avstängd eller frånkopplad från nätverket.
# 10065
wsaehostunreach = En socketåtgärd försökte nå en värd som inte kan nås (WSAEHOSTUNREACH): ingen väg till servern hittades.
    .title = Servern kan inte nås
    .summary = Det gick inte att hitta någon väg till servern från den här datorn.
    .summary-host = Det gick inte att hitta någon väg till servern { $host } från den här datorn.
# 11001 — Windows rapporterar ERROR_WINHTTP_NAME_NOT_RESOLVED i stället.
wsahost-not-found = Okänd värd (WSAHOST_NOT_FOUND): namnservern har ingen adress för det här namnet.
    .title = Servern hittades inte
    .summary = Det gick inte att hitta servern i nätverket.
    .summary-host = Det gick inte att hitta någon server med namnet { $host } i nätverket.
# 11002
wsatry-again = Namnservern gav inget auktoritativt svar och sökningen kan lyckas senare (WSATRY_AGAIN): oftast ett tillfälligt fel på namnservern.
    .title = Det gick inte att slå upp serverns adress
    .summary = Serverns adress kunde inte slås upp just nu. Det är oftast ett tillfälligt problem.
    .summary-host = Adressen till servern { $host } kunde inte slås upp just nu. Det är oftast ett tillfälligt problem.

## WinHTTP-specifika fel (winhttp.h)

# 12001 — föråldrad: aktuella system rapporterar den aldrig, så programmet har gjort ett misstag.
error-winhttp-out-of-handles = Det gick inte att skapa fler referenser (föråldrad; används inte längre).
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det rapporterade ett fel som aktuella system inte längre använder.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det rapporterade ett fel som aktuella system inte längre använder.
# 12002
error-winhttp-timeout = Tidsgränsen för begäran överskreds. Det kan också bero på tidsgränsbeteendet i TCP/IP, oavsett vilka tidsgränsvärden som har angetts i WinHTTP.
    .title = Tidsgränsen för anslutningen överskreds
    .summary = Det tog för lång tid för servern att svara.
    .summary-host = Det tog för lång tid för servern { $host } att svara.
# 12004
error-winhttp-internal-error = Ett internt fel uppstod i WinHTTP.
    .title = Oväntat internt fel
    .summary = Ett oväntat internt problem stoppade begäran.
    .summary-host = Ett oväntat internt problem stoppade begäran till servern { $host }.
# 12005
error-winhttp-invalid-url = URL:en är ogiltig.
    .title = Ogiltig webbadress
    .summary = Webbadressen är ogiltig, så begäran kunde inte skickas.
    .summary-host = Webbadressen som används för att nå servern { $host } är ogiltig, så begäran kunde inte skickas.
# 12006
error-winhttp-unrecognized-scheme = URL:en anger ett annat schema än http: eller https:.
    .title = Webbadressen stöds inte
    .summary = Den här typen av adress stöds inte. Bara adresser som börjar med http:// eller https:// kan öppnas.
    .summary-host = Adressen som används för att nå servern { $host } är av en typ som inte stöds. Bara adresser som börjar med http:// eller https:// kan öppnas.
# 12007
error-winhttp-name-not-resolved = Det gick inte att matcha servernamnet.
    .title = Servern hittades inte
    .summary = Det gick inte att hitta servern i nätverket.
    .summary-host = Det gick inte att hitta någon server med namnet { $host } i nätverket.
# 12009
error-winhttp-invalid-option = Ett anrop till WinHttpQueryOption eller WinHttpSetOption angav ett ogiltigt alternativvärde.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det använde en anslutningsinställning som är ogiltig.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det använde en anslutningsinställning som är ogiltig.
# 12011
error-winhttp-option-not-settable = Det begärda alternativet kan inte anges; det kan bara efterfrågas.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte ändra en anslutningsinställning som bara kan läsas.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det försökte ändra en anslutningsinställning som bara kan läsas.
# 12012 — visas oftast när programmet håller på att avslutas.
error-winhttp-shutdown = Stödet för WinHTTP-funktioner håller på att stängas av eller tas bort från minnet.
    .title = Nätverksåtkomsten stängs av
    .summary = Begäran stoppades eftersom nätverksåtkomsten håller på att stängas av, till exempel för att det här programmet avslutas.
    .summary-host = Begäran till servern { $host } stoppades eftersom nätverksåtkomsten håller på att stängas av, till exempel för att det här programmet avslutas.
# 12015
error-winhttp-login-failure = Inloggningsförsöket misslyckades. Stäng referensen för begäran med WinHttpCloseHandle och skapa en ny innan du försöker köra funktionen som misslyckades igen.
    .title = Inloggningen misslyckades
    .summary = Servern godkände inte inloggningsuppgifterna.
    .summary-host = Servern { $host } godkände inte inloggningsuppgifterna.
# 12017 — konstanten stavas ”CANCELLED”, den engelska texten ”canceled”; på svenska ”avbröts”.
error-winhttp-operation-cancelled = Åtgärden avbröts, oftast eftersom referensen som begäran använde stängdes innan åtgärden hade slutförts.
    .title = Begäran avbröts
    .summary = Begäran avbröts innan den hann slutföras.
    .summary-host = Begäran till servern { $host } avbröts innan den hann slutföras.
# 12018
error-winhttp-incorrect-handle-type = Typen av referens som angavs är fel för den här åtgärden.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet och begäran kunde inte slutföras.
    .summary-host = Ett internt problem uppstod i det här programmet och begäran till servern { $host } kunde inte slutföras.
# 12019
error-winhttp-incorrect-handle-state = Den begärda åtgärden kan inte utföras eftersom referensen som angavs inte har rätt tillstånd.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det utförde stegen i begäran i fel ordning.
    .summary-host = Ett internt problem uppstod i det här programmet: det utförde stegen i begäran till servern { $host } i fel ordning.
# 12029
error-winhttp-cannot-connect = Det gick inte att upprätta anslutningen till servern.
    .title = Det går inte att ansluta
    .summary = Det här programmet kunde inte ansluta till servern.
    .summary-host = Det här programmet kunde inte ansluta till servern { $host }.
# 12030
error-winhttp-connection-error = Anslutningen till servern återställdes eller avslutades, eller så påträffades ett inkompatibelt SSL-protokoll (WinHTTP 5.1 stöder till exempel inte SSL 2.0 om inte klienten uttryckligen aktiverar det).
    .title = Anslutningen avbröts
    .summary = Anslutningen till servern avbröts eller stängdes oväntat.
    .summary-host = Anslutningen till servern { $host } avbröts eller stängdes oväntat.
# 12032
error-winhttp-resend-request = WinHTTP-funktionen misslyckades, men den kan köras igen med samma referens för begäran.
    .title = Begäran gick inte igenom
    .summary = Begäran kunde inte slutföras vid det här försöket.
    .summary-host = Begäran till servern { $host } kunde inte slutföras vid det här försöket.
# 12037
error-winhttp-secure-cert-date-invalid = Ett obligatoriskt certifikat ligger inte inom sin giltighetsperiod enligt systemklockan eller tidsstämpeln i den signerade filen, eller så är giltighetsperioderna i certifikatkedjan inte korrekt kapslade (motsvarar CERT_E_EXPIRED eller CERT_E_VALIDITYPERIODNESTING).
    .title = Certifikatet har upphört att gälla eller gäller inte än
    .summary = Serverns säkerhetscertifikat har upphört att gälla eller gäller inte än, enligt klockan på den här datorn.
    .summary-host = Säkerhetscertifikatet för servern { $host } har upphört att gälla eller gäller inte än, enligt klockan på den här datorn.
# 12038
error-winhttp-secure-cert-cn-invalid = Namnet i certifikatets CN-fält (common name) matchar inte det angivna värdet (motsvarar CERT_E_CN_NO_MATCH).
    .title = Certifikatet gäller en annan webbplats
    .summary = Säkerhetscertifikatet har utfärdats för ett annat webbplatsnamn, så serverns identitet kunde inte bekräftas.
    .summary-host = Säkerhetscertifikatet som skickades av servern { $host } har utfärdats för ett annat namn, så serverns identitet kunde inte bekräftas.
# 12044 — servern ber användaren (eller datorn) att styrka sin identitet med ett certifikat.
error-winhttp-client-auth-cert-needed = Servern begär SSL-klientautentisering (rapporteras av WinHttpReceiveResponse). Hämta de godkända certifikatutfärdarna med WinHttpQueryOption och WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; om ett certifikat begärs men inte krävs anropar du WinHttpSetOption med WINHTTP_OPTION_CLIENT_CERT_CONTEXT och WINHTTP_NO_CLIENT_CERT_CONTEXT i lpBuffer.
    .title = Servern kräver ett certifikat
    .summary = Servern kräver ett certifikat som identifierar dig eller din dator innan den tillåter anslutningen.
    .summary-host = Servern { $host } kräver ett certifikat som identifierar dig eller din dator innan den tillåter anslutningen.
# 12045
error-winhttp-secure-invalid-ca = En certifikatkedja bearbetades men slutade i ett rotcertifikat som förtroendeprovidern inte litar på (motsvarar CERT_E_UNTRUSTEDROOT).
    .title = Certifikatet är inte betrott
    .summary = Serverns säkerhetscertifikat har utfärdats av en certifikatutfärdare som den här datorn inte litar på.
    .summary-host = Säkerhetscertifikatet för servern { $host } har utfärdats av en certifikatutfärdare som den här datorn inte litar på.
# 12057
error-winhttp-secure-cert-rev-failed = Det gick inte att kontrollera om certifikatet har återkallats eftersom återkallningsservern var offline (motsvarar CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikatet kunde inte kontrolleras
    .summary = Den här datorn kunde inte kontrollera om serverns säkerhetscertifikat har återkallats, eftersom servern som rapporterar återkallade certifikat inte kunde nås.
    .summary-host = Den här datorn kunde inte kontrollera om säkerhetscertifikatet för servern { $host } har återkallats, eftersom servern som rapporterar återkallade certifikat inte kunde nås.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest-objektet kan inte utföra den begärda åtgärden innan metoden Open har anropats.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte använda en begäran innan den hade förberetts.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte använda en begäran till servern { $host } innan den hade förberetts.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest-objektet kan inte utföra den begärda åtgärden innan metoden Send har anropats.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det bad om ett svar innan begäran hade skickats.
    .summary-host = Ett internt problem uppstod i det här programmet: det bad om svaret från servern { $host } innan begäran hade skickats.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest-objektet kan inte utföra den begärda åtgärden efter att metoden Send har anropats.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte ändra en begäran som redan hade skickats.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte ändra en begäran till servern { $host } som redan hade skickats.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest-objektet kan inte begära det angivna alternativet efter att metoden Open har anropats.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte ändra en inställning för en begäran när det var för sent.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte ändra en inställning för en begäran till servern { $host } när det var för sent.
# 12150
error-winhttp-header-not-found = Det gick inte att hitta den begärda rubriken.
    .title = Information saknas i svaret
    .summary = Serverns svar saknade en uppgift som det här programmet väntade sig.
    .summary-host = Svaret från servern { $host } saknade en uppgift som det här programmet väntade sig.
# 12152
error-winhttp-invalid-server-response = Det gick inte att tolka serverns svar.
    .title = Ogiltigt svar från servern
    .summary = Servern skickade ett svar som inte kunde tolkas.
    .summary-host = Servern { $host } skickade ett svar som inte kunde tolkas.
# 12153 — programmet skapade begäran; användaren skrev inte in den.
error-winhttp-invalid-header = Den angivna HTTP-rubriken är ogiltig, till exempel för att den är felaktigt formaterad.
    .title = Ogiltig begäran
    .summary = Det här programmet försökte skicka information i ett ogiltigt format, så begäran kunde inte skickas.
    .summary-host = Det här programmet försökte skicka information till servern { $host } i ett ogiltigt format, så begäran kunde inte skickas.
# 12154 — föråldrad: aktuella system rapporterar den aldrig, så programmet har gjort ett misstag.
error-winhttp-invalid-query-request = En begäran om att fråga efter en rubrik var ogiltig (föråldrad; används inte längre).
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det rapporterade ett fel som aktuella system inte längre använder.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det rapporterade ett fel som aktuella system inte längre använder.
# 12155 — föråldrad: aktuella system rapporterar den aldrig, så programmet har gjort ett misstag.
error-winhttp-header-already-exists = Rubriken kunde inte läggas till eftersom den redan finns (föråldrad; används inte längre).
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det försökte lägga till samma information i en begäran två gånger.
    .summary-host = Ett internt problem uppstod i det här programmet: det försökte lägga till samma information i en begäran till servern { $host } två gånger.
# 12156
error-winhttp-redirect-failed = Omdirigeringen misslyckades eftersom schemat ändrades eller eftersom alla omdirigeringsförsök misslyckades (fem försök som standard).
    .title = Omdirigeringen misslyckades
    .summary = Servern omdirigerade begäran till en annan adress, men omdirigeringen kunde inte slutföras.
    .summary-host = Servern { $host } omdirigerade begäran till en annan adress, men omdirigeringen kunde inte slutföras.
# 12157
error-winhttp-secure-channel-error = Ett fel uppstod i den säkra kanalen (motsvarar felkoderna SEC_E_ och SEC_I_ som definieras i winerror.h).
    .title = Det gick inte att upprätta en säker anslutning
    .summary = Ett fel uppstod när en säker anslutning till servern skulle upprättas.
    .summary-host = Ett fel uppstod när en säker anslutning till servern { $host } skulle upprättas.
# 12166 — ”installationsskript för proxyn” är PAC-filen, med namnet från proxyinställningarna i Windows.
error-winhttp-bad-auto-proxy-script = Ett fel uppstod när skriptkoden i filen för automatisk proxykonfiguration (PAC-filen) kördes.
    .title = Fel i installationsskriptet för proxyn
    .summary = Installationsskriptet för proxyn i det här nätverket innehåller ett fel.
    .summary-host = Installationsskriptet för proxyn som används för att nå servern { $host } innehåller ett fel.
# 12167
error-winhttp-unable-to-download-script = PAC-filen kunde inte laddas ned, till exempel för att servern som PAC-URL:en pekar på inte kunde nås eller returnerade 404 Not Found.
    .title = Installationsskriptet för proxyn är inte tillgängligt
    .summary = Installationsskriptet för proxyn i det här nätverket kunde inte laddas ned.
    .summary-host = Installationsskriptet för proxyn som behövs för att nå servern { $host } kunde inte laddas ned.
# 12169
error-winhttp-secure-invalid-cert = Ett certifikat är ogiltigt (motsvarar fel som CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED och CERT_E_CHAINING).
    .title = Ogiltigt certifikat
    .summary = Serverns säkerhetscertifikat är ogiltigt, så det gick inte att upprätta en säker anslutning.
    .summary-host = Säkerhetscertifikatet för servern { $host } är ogiltigt, så det gick inte att upprätta en säker anslutning.
# 12170
error-winhttp-secure-cert-revoked = Ett certifikat har återkallats (motsvarar CRYPT_E_REVOKED).
    .title = Certifikatet har återkallats
    .summary = Serverns säkerhetscertifikat har återkallats av utfärdaren, så det går inte längre att lita på certifikatet.
    .summary-host = Säkerhetscertifikatet för servern { $host } har återkallats av utfärdaren, så det går inte längre att lita på certifikatet.
# 12172 — föråldrad: aktuella system rapporterar den aldrig, så programmet har gjort ett misstag.
error-winhttp-not-initialized = WinHTTP har inte initierats (föråldrad; används inte längre).
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det rapporterade ett fel som aktuella system inte längre använder.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det rapporterade ett fel som aktuella system inte längre använder.
# 12175 — orsakerna (cert-flag-* nedan) kan visas i en lista under sammanfattningen.
error-winhttp-secure-failure = Ett eller flera fel hittades i SSL-certifikatet (Secure Sockets Layer) som servern skickade. Du tar reda på vilka genom att leta efter meddelandet WINHTTP_CALLBACK_STATUS_SECURE_FAILURE i en statusåteranropsfunktion (se WINHTTP_STATUS_CALLBACK).
    .title = Den säkra anslutningen misslyckades
    .summary = Serverns säkerhetscertifikat har ett eller flera problem, så det gick inte att upprätta en säker anslutning.
    .summary-host = Säkerhetscertifikatet som skickades av servern { $host } har ett eller flera problem, så det gick inte att upprätta en säker anslutning.
# 12176
error-winhttp-unhandled-script-type = Skripttypen stöds inte.
    .title = Installationsskriptet för proxyn stöds inte
    .summary = Installationsskriptet för proxyn i det här nätverket är av en typ som inte stöds.
    .summary-host = Installationsskriptet för proxyn som används för att nå servern { $host } är av en typ som inte stöds.
# 12177 — i praktiken installationsskriptet för proxyn.
error-winhttp-script-execution-error = Ett fel uppstod när ett skript kördes.
    .title = Installationsskriptet för proxyn misslyckades
    .summary = Ett fel uppstod när installationsskriptet för proxyn i det här nätverket kördes.
    .summary-host = Ett fel uppstod när installationsskriptet för proxyn som används för att nå servern { $host } kördes.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl kunde inte hitta någon proxy för den angivna URL:en.
    .title = Ingen proxyserver hittades
    .summary = Det gick inte att avgöra vilken proxyserver som ska användas för den här adressen.
    .summary-host = Det gick inte att avgöra vilken proxyserver som ska användas för servern { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Ett certifikat är inte giltigt för den begärda användningen (motsvarar CERT_E_WRONG_USAGE).
    .title = Certifikatet gäller inte för den här användningen
    .summary = Serverns säkerhetscertifikat är inte avsett att användas för den här typen av anslutning.
    .summary-host = Säkerhetscertifikatet för servern { $host } är inte avsett att användas för den här typen av anslutning.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl kunde inte hitta URL:en till filen för automatisk proxykonfiguration (PAC-filen).
    .title = Proxyinställningarna kunde inte identifieras
    .summary = Proxyinställningarna för det här nätverket kunde inte identifieras automatiskt.
    .summary-host = De proxyinställningar som behövs för att nå servern { $host } kunde inte identifieras automatiskt.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse tog emot ett svar med fler rubriker än WinHTTP kan acceptera.
    .title = Serverns svar avvisades
    .summary = Servern skickade ett svar med för många rubriker, så det kunde inte godtas.
    .summary-host = Servern { $host } skickade ett svar med för många rubriker, så det kunde inte godtas.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse tog emot rubriker vars sammanlagda storlek överskrider gränsen som har angetts för begärans referens.
    .title = Serverns svar är för stort
    .summary = Servern skickade ett svar med för stora rubriker, så det kunde inte godtas.
    .summary-host = Servern { $host } skickade ett svar med för stora rubriker, så det kunde inte godtas.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse råkade ut för ett spill vid tolkningen av svarets segmenterade överföringskodning (chunked): ett segmenthuvud överskred den tillåtna storleken.
    .title = Serverns svar kunde inte läsas
    .summary = En del av serverns svar var större än tillåtet, så svaret kunde inte läsas.
    .summary-host = En del av svaret från servern { $host } var större än tillåtet, så svaret kunde inte läsas.
# 12184
error-winhttp-response-drain-overflow = Ett inkommande svar överskred en intern storleksgräns i WinHTTP.
    .title = Serverns svar överskred en storleksgräns
    .summary = Serverns svar var större än den här datorn tillåter, så det kunde inte tas emot.
    .summary-host = Svaret från servern { $host } var större än den här datorn tillåter, så det kunde inte tas emot.
# 12185 — certifikatet är användarens eget (klientcertifikat), inte serverns.
error-winhttp-client-cert-no-private-key = Ingen privat nyckel är kopplad till kontexten för SSL-klientcertifikatet; certifikatet kan ha importerats till datorn utan sin privata nyckel.
    .title = Ditt certifikat kan inte användas
    .summary = Certifikatet som identifierar dig saknar sin privata nyckel, så det kan inte användas. Nyckeln kanske inte kom med när certifikatet installerades.
    .summary-host = Certifikatet som identifierar dig för servern { $host } saknar sin privata nyckel, så det kan inte användas. Nyckeln kanske inte kom med när certifikatet installerades.
# 12186 — certifikatet är användarens eget (klientcertifikat), inte serverns.
error-winhttp-client-cert-no-access-private-key = Programmet har inte den behörighet som krävs för att komma åt den privata nyckel som är kopplad till klientcertifikatet.
    .title = Åtkomst till ditt certifikat nekades
    .summary = Det här programmet får inte använda den privata nyckeln för certifikatet som identifierar dig.
    .summary-host = Det här programmet får inte använda den privata nyckeln för certifikatet som identifierar dig för servern { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxyservern kräver autentisering med SSL/TLS-klientcertifikat; ett klientcertifikat måste anges för proxyanslutningen.
    .title = Proxyservern kräver ett certifikat
    .summary = Proxyservern kräver ett certifikat som identifierar dig eller din dator innan den tillåter anslutningen.
    .summary-host = Proxyservern kräver ett certifikat som identifierar dig eller din dator innan den tillåter en anslutning till servern { $host }.
# 12188
error-winhttp-secure-failure-proxy = Ett SSL/TLS-fel uppstod i den säkra anslutningen till proxyservern, till exempel ett problem med certifikatet som den skickade.
    .title = Den säkra anslutningen till proxyservern misslyckades
    .summary = Det gick inte att upprätta en säker anslutning till proxyservern, till exempel på grund av ett problem med proxyserverns certifikat.
    .summary-host = Det gick inte att upprätta en säker anslutning till proxyservern som används för att nå servern { $host }, till exempel på grund av ett problem med proxyserverns certifikat.
# 12189 — reserverad: rapporteras aldrig, så programmet har gjort ett misstag.
error-winhttp-reserved-189 = Reserverad kod; används inte.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: det rapporterade ett fel som är reserverat och aldrig används.
    .summary-host = Ett internt problem uppstod i det här programmet vid anslutningen till servern { $host }: det rapporterade ett fel som är reserverat och aldrig används.
# 12190 — ”webbprotokollet” är HTTP; versionerna är HTTP/1.1, HTTP/2 och HTTP/3.
error-winhttp-http-protocol-mismatch = Den version av HTTP-protokollet som servern använder matchar inte den som begärdes eller krävs, till exempel krävdes HTTP/2 eller HTTP/3 men kunde inte förhandlas fram.
    .title = Inkompatibel version av webbprotokollet
    .summary = Servern och det här programmet kunde inte enas om vilken version av webbprotokollet som ska användas.
    .summary-host = Servern { $host } och det här programmet kunde inte enas om vilken version av webbprotokollet som ska användas.
# 12191
error-winhttp-global-callback-failed = En global återanropsfunktion som har registrerats i WinHTTP misslyckades.
    .title = Internt programfel
    .summary = Ett internt problem uppstod i det här programmet: en av programmets komponenter påträffade ett fel medan begäran behandlades.
    .summary-host = Ett internt problem uppstod i det här programmet: en av programmets komponenter påträffade ett fel medan begäran till servern { $host } behandlades.
# 12192
error-winhttp-feature-disabled = Den begärda WinHTTP-funktionen är inaktiverad och kan inte användas.
    .title = Funktionen är inaktiverad
    .summary = En funktion som den här begäran behöver är inaktiverad på den här datorn.
    .summary-host = En funktion som behövs för begäran till servern { $host } är inaktiverad på den här datorn.
# 12193
error-winhttp-fast-forwarding-not-supported = Snabbspolning (fast forwarding) stöds inte för den här begäran eller anslutningen.
    .title = Funktionen stöds inte
    .summary = Det här programmet bad om en funktion som den här anslutningen inte stöder.
    .summary-host = Det här programmet bad om en funktion som anslutningen till servern { $host } inte stöder.

## Tips: sådant användaren kan prova, visas som en lista under sammanfattningen.
## Varje tips är en fullständig mening i imperativ med punkt i slutet, högst 100 tecken.
## Katalogen (src/catalog.rs) bestämmer vilka tips en kod visar och i vilken ordning.
hint-check-connection = Kontrollera nätverksanslutningen.
hint-try-again-later = Vänta en stund och försök sedan igen.
hint-check-address = Kontrollera att adressen är rättstavad.
hint-check-proxy = Kontrollera proxyinställningarna eller kontakta nätverksadministratören.
hint-check-firewall = Kontrollera att det här programmet inte blockeras av en brandvägg eller ett antivirusprogram.
hint-check-date-time = Se till att datum, tid och tidszon är rätt inställda på datorn.
hint-update-system = Installera de senaste uppdateringarna för operativsystemet.
hint-contact-site-owner = Kontakta ägaren till webbplatsen eller servern om problemet kvarstår.
hint-contact-support = Kontakta supporten för det här programmet.
hint-update-app = Kontrollera om det finns en nyare version av det här programmet.
hint-restart-app = Stäng det här programmet och öppna det igen.
hint-restart-computer = Starta om datorn.
hint-free-memory = Stäng andra program för att frigöra minne och försök sedan igen.
hint-check-credentials = Kontrollera att användarnamnet och lösenordet är rätt.
# Visas när servern eller proxyservern begär användarens eget certifikat, eller när det inte kan användas.
hint-check-client-certificate = Se till att det begärda certifikatet är korrekt installerat, eller kontakta administratören.

## Certifikatproblem: en rad var, visas som en lista när en säker anslutning misslyckades.
## Högst 120 tecken; en fullständig mening med punkt i slutet.
## ”Certifikatet” är det som servern skickade.
cert-flag-rev-failed = Den här datorn kunde inte kontrollera om certifikatet har återkallats.
cert-flag-invalid-cert = Certifikatet är ogiltigt.
cert-flag-cert-revoked = Certifikatet har återkallats av utfärdaren.
cert-flag-invalid-ca = Certifikatet har utfärdats av en certifikatutfärdare som den här datorn inte litar på.
cert-flag-cert-cn-invalid = Certifikatet har utfärdats för ett annat webbplatsnamn.
cert-flag-cert-date-invalid = Certifikatet har upphört att gälla eller gäller inte än.
cert-flag-cert-wrong-usage = Certifikatet är inte avsett för den här typen av anslutning.
cert-flag-security-channel-error = Ett fel uppstod när den säkra anslutningen skulle upprättas.
# $flags (String): de återstående flaggorna hexadecimalt, t.ex. 0x00000100; kan innehålla flera.
cert-flag-unknown = Certifikatet har ett eller flera problem som inte kunde identifieras ({ $flags }).

## Koder som biblioteket inte känner till.
# $code (String): koden decimalt, t.ex. 12345. $hex (String): samma kod hexadecimalt, 0x00003039.
# $host (String): serverns namn (bara i .summary-host), t.ex. example.com.
# Samma gränser som för delarna per kod: högst 200 tecken var.
unknown-code =
    .summary = Ett oväntat problem uppstod vid anslutningen (fel { $code }, { $hex }).
    .summary-host = Ett oväntat problem uppstod vid anslutningen till servern { $host } (fel { $code }, { $hex }).

## Sammansatta meddelanden

# $description (String) beskrivningen av koden; $name (String) dess symboliska namn; $code (String) koden decimalt.
report-line = { $description } ({ $name }, { $code })
# $code (String) koden decimalt; $hex (String) samma kod hexadecimalt, t.ex. 0x80072EE2.
unknown-error = Okänt WinHTTP-fel { $code } ({ $hex }).
