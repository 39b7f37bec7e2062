### Opisi kodova pogrešaka WinHTTP-a (hr-HR).
### Jedna poruka po kodu pogreške, poredano po brojčanom kodu. Identifikator
### poruke naziv je simboličke konstante malim slovima u kojem je „_“ zamijenjen
### znakom „-“.
### Vrijednost svake poruke tehnički je opis za razvojne inženjere: jedan redak
### bez varijabli jer se prikazuje nepromijenjen u dijaloškim okvirima
### i zapisnicima. Nazivi funkcija, metoda, mogućnosti, makronaredbi
### i konstanti (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) identifikatori
### su sučelja API: nikada se ne prevode i ne mijenjaju.
###
### Tekstovi za krajnje korisnike. Osim vrijednosti (tehničkog opisa) svaka
### poruka ima tri atributa napisana za osobu koja nije programer:
###   .title         Naslov dijaloškog okvira (glavna uputa dijaloškog okvira
###                  zadatka u sustavu Windows): što nije uspjelo, najviše 60
###                  znakova, veliko slovo samo na početku, bez točke na kraju.
###   .summary       Tekst ispod naslova: jedna ili dvije jednostavne rečenice
###                  o tome što se dogodilo, najviše 200 znakova, s točkom na
###                  kraju. Mora biti razumljiv sam za sebe, bez naziva
###                  poslužitelja.
###   .summary-host  Isti sažetak s nazivom poslužitelja: { $host } točno
###                  jednom, najviše 200 znakova kada je $host „example.com“.
### $host sadrži naziv poslužitelja kako ga aplikacija poznaje, npr.
### „example.com“, „intranet.corp.local“ ili IP adresu kao što je 192.0.2.10.
### Nikada nije prazan: bez naziva prikazuje se .summary. Naziv se ne sklanja
### i na njega se ne dodaju nastavci; sklanja se imenica ispred njega:
### „poslužitelj { $host }“, „s poslužiteljem { $host }“, „do poslužitelja
### { $host }“, „Poslužitelj s nazivom { $host }“.
### Savjeti (hint-*, najviše 100 znakova, jedna rečenica u imperativu s točkom
### na kraju) prikazuju se kao popis ispod sažetka; koje savjete kod dobiva,
### određuje katalog (src/catalog.rs), jednako u svim jezicima, pa sažetak
### kaže što se dogodilo i ne ponavlja savjete. Retci o certifikatima
### (cert-flag-*) imaju najviše 120 znakova, tekstovi nepoznatog koda najviše
### 200.
### U tim dijelovima ne smije biti nijedan identifikator sučelja API: nijedan
### naziv konstante, funkcije, metode ili mogućnosti, nijedan „_“,
### „WinHTTP“/„WinHttp“, „handle“, „callback“, „PAC“ ni „{“ osim
### dokumentiranih varijabli. Za to služi opis. Prednost imaju svakodnevne
### riječi („sigurna veza“ umjesto TLS/SSL, „skripta za postavljanje proxy
### poslužitelja“ umjesto datoteke PAC).
### Kada je biblioteku pogrešno upotrijebila sama aplikacija (zastarjeli,
### rezervirani kodovi i pogreške upotrebe), tekst jasno kaže da je ova
### aplikacija naišla na unutarnji problem; nikada ne okrivljuje korisnika. Kod
### sigurnosnih pogrešaka tekst nikada ne predlaže zaobilaženje ili
### zanemarivanje zaštite ni nastavak unatoč tome.
### Obraćanje: persiranje kao u sustavu Windows; savjeti u imperativu 2. lica
### množine („Provjerite…“, „Ponovno pokrenite…“). Zamjenice „vi“, „vaš“
### malim slovom (Microsoftov stil za hrvatski).
###
### POJMOVNIK (Microsoftova terminologija u hrvatskom sustavu Windows):
###   request          = „zahtjev“ (zahtjev poslužitelju)
###   header           = „zaglavlje“ (zaglavlje HTTP)
###   handle           = „ručica“; samo u opisima
###   callback         = „funkcija povratnog poziva“; samo u opisima
###   proxy            = „proxy poslužitelj“ (kao u „Postavke proxy
###                      poslužitelja“)
###   PAC file         = „datoteka PAC“ (datoteka za automatsku konfiguraciju
###                      proxy poslužitelja) u opisima; za korisnika „skripta za
###                      postavljanje proxy poslužitelja“ (Windows: „Koristi
###                      skriptu za postavljanje“ u postavkama proxy poslužitelja)
###   certificate      = „certifikat“; za korisnika „sigurnosni certifikat“
###                      (certifikat poslužitelja) ili „certifikat koji vas
###                      identificira“ (klijentski certifikat)
###   certificate chain = „lanac certifikata“; root certificate = „korijenski
###                      certifikat“
###   certification authority = „izdavač certifikata“; revoked = „opozvan“
###   private key      = „privatni ključ“
###   secure connection = „sigurna veza“; secure channel = „sigurni kanal“
###   connection       = „veza“ (veza se „uspostavlja“, „prekida“, „zatvara“,
###                      „odbija“); connect = „povezati se“
###   server           = „poslužitelj“; client = „klijent“; remote host =
###                      „udaljeno glavno računalo“ (samo u opisima; host =
###                      „glavno računalo“, kao u porukama sustava Windows)
###   firewall         = „vatrozid“
###   redirect         = „preusmjeravanje“
###   timeout          = „vremensko ograničenje“ („Isteklo je vremensko
###                      ograničenje…“)
###   sign-in/login    = „prijava“, „podaci za prijavu“; user name =
###                      „korisničko ime“, password = „lozinka“
###   download         = „preuzeti“; cancel = „otkazati“
###   Winsock          = „Winsock“ (vlastito ime); socket = „utičnica“;
###                      port = „priključak“; network stack = „mrežni stog“;
###                      name server = „poslužitelj naziva“; resolve =
###                      „razriješiti“
###   name lookup      = za korisnika „pronaći adresu poslužitelja (na temelju
###                      naziva)“; possibly = „možda“
###   web address/URL  = „web-adresa“ za korisnika, „URL“ u opisima
###   website          = „web-mjesto“; feature = „značajka“; application =
###                      „aplikacija“; error = „pogreška“ (ne „greška“)
###   route            = „ruta“ u opisima, „put“ za korisnika
###   buffer           = „međuspremnik“; I/O = „U/I“
### Kodovi 10060 i 11001 imaju za korisnika iste tekstove kao 12002 i 12007;
### 10052, 10053, 10054 imaju naslov koda 12030.
###
### TIPOGRAFIJA:
###   navodnici „…“ (U+201E, U+201C), unutarnji ‚…‘; tri točke … (U+2026);
###   crtica – (U+2013) s razmacima; decimalni zarez; spojnica u složenicama
###   s „web“ (web-adresa, web-mjesto) i u sklonidbi kratica (WinHTTP-a,
###   URL-u); u nizove se ne umeću neprelomljivi razmaci (prijelom redaka
###   određuje dijaloški okvir).

## Opće pogreške sustava Windows (winerror.h) koje vraća i WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Sustav ne može pronaći navedenu datoteku: postavka, datoteka ili vrijednost registra koju je funkcija tražila ne postoji.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: nije pronađena postavka ili datoteka koja joj je bila potrebna.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host }: nije pronađena postavka ili datoteka koja joj je bila potrebna.
# 6
error-invalid-handle = Ručica proslijeđena sučelju API poništena je ili zatvorena.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti vezu koja je već bila zatvorena.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti vezu s poslužiteljem { $host } koja je već bila zatvorena.
# 8
error-not-enough-memory = Za dovršetak zatražene operacije nema dovoljno memorije.
    .title = Nema dovoljno memorije
    .summary = Računalu je ponestalo slobodne memorije prije nego što je zahtjev mogao biti dovršen.
    .summary-host = Računalu je ponestalo slobodne memorije prije nego što je zahtjev poslužitelju { $host } mogao biti dovršen.
# 18
error-no-more-files = Nema više datoteka.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem pri čitanju rezultata zahtjeva.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri čitanju rezultata zahtjeva poslužitelju { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Potrebni stog protokola nije učitan i aplikacija ne može pokrenuti Winsock.
    .title = Mrežne funkcije nisu dostupne
    .summary = Na ovom računalu nije bilo moguće pokrenuti mrežne komponente koje su ovoj aplikaciji potrebne.
    .summary-host = Na ovom računalu nije bilo moguće pokrenuti mrežne komponente potrebne za povezivanje s poslužiteljem { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parametar nije ispravan: jedan od argumenata proslijeđenih funkciji nije valjan (na primjer pokazivač NULL, pogrešna veličina strukture ili zastavice koje si proturječe).
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: mrežnoj je komponenti proslijedila podatke koji nisu valjani.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host }: mrežnoj je komponenti proslijedila podatke koji nisu valjani.
# 122
error-insufficient-buffer = Međuspremnik proslijeđen funkciji premalen je za vraćene podatke. Pojedinosti potražite u dokumentaciji određene funkcije.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: nije rezervirala dovoljno prostora za primljene podatke.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: nije rezervirala dovoljno prostora za podatke primljene od poslužitelja { $host }.
# 259
error-no-more-items = Nema više stavki.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem pri čitanju popisa rezultata.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri čitanju popisa rezultata s poslužitelja { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = U tijeku je preklapajuća U/I operacija: funkcija se nastavlja asinkrono i rezultat javlja putem funkcije povratnog poziva za stanje.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: zahtjev koji je još bio u tijeku smatrala je neuspjelim.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: zahtjev poslužitelju { $host } koji je još bio u tijeku smatrala je neuspjelim.
# 1168
error-not-found = Element nije pronađen: stavka koju je funkcija trebala vratiti (na primjer rezultat traženja proxy poslužitelja, unos ili spremljena postavka) ne postoji.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: zatražila je stavku koja ne postoji.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host }: zatražila je stavku koja ne postoji.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Operacija nije valjana u trenutačnom stanju objekta, na primjer slanje putem WebSocketa koji se zatvara ili primanje dok čeka drugo primanje.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti vezu na način koji njezino trenutačno stanje ne dopušta.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti vezu s poslužiteljem { $host } na način koji njezino trenutačno stanje ne dopušta.

## Pogreške sučelja Winsock (winsock2.h) koje implementacija WinHTTP prosljeđuje
## (winhttp.dll iz okruženja Wine to čini; Windows većinu pretvara u kod 12xxx).
## Korisniku znače isto što i njihov par iz WinHTTP-a; opis navodi
## o kojem je kodu riječ.

# 10050
wsaenetdown = Mrežni podsustav zakazao je (WSAENETDOWN): mrežni stog ili mrežni adapter ovog računala ne radi.
    .title = Mreža ne radi
    .summary = Mreža na ovom računalu ne radi pa nije bilo moguće pristupiti poslužitelju.
    .summary-host = Mreža na ovom računalu ne radi pa nije bilo moguće pristupiti poslužitelju { $host }.
# 10051
wsaenetunreach = Mreža je nedostupna (WSAENETUNREACH): ovo računalo nema rutu do mreže poslužitelja.
    .title = Mreža je nedostupna
    .summary = Ovo računalo nema put do mreže u kojoj je poslužitelj pa mu nije bilo moguće pristupiti.
    .summary-host = Ovo računalo nema put do mreže poslužitelja { $host } pa mu nije bilo moguće pristupiti.
# 10052
wsaenetreset = Veza je prekinuta jer je provjera održavanja veze (keep-alive) otkrila pogrešku dok je operacija bila u tijeku (WSAENETRESET).
    .title = Veza je prekinuta
    .summary = Veza s poslužiteljem prekinuta je jer mreža više nije odgovarala.
    .summary-host = Veza s poslužiteljem { $host } prekinuta je jer mreža više nije odgovarala.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Softver na ovom računalu prekinuo je uspostavljenu vezu (WSAECONNABORTED), na primjer nakon isteka vremenskog ograničenja prijenosa podataka ili zbog vatrozida.
    .title = Veza je prekinuta
    .summary = Vezu s poslužiteljem prekinulo je ovo računalo, možda vatrozid ili sigurnosni program.
    .summary-host = Vezu s poslužiteljem { $host } prekinulo je ovo računalo, možda vatrozid ili sigurnosni program.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Udaljeno glavno računalo prisilno je zatvorilo postojeću vezu (WSAECONNRESET).
    .title = Veza je prekinuta
    .summary = Poslužitelj je neočekivano zatvorio vezu.
    .summary-host = Poslužitelj { $host } neočekivano je zatvorio vezu.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Isteklo je vremensko ograničenje pokušaja povezivanja ili prijenosa jer druga strana nije odgovorila na vrijeme (WSAETIMEDOUT).
    .title = Isteklo je vremensko ograničenje veze
    .summary = Poslužitelju je trebalo predugo da odgovori.
    .summary-host = Poslužitelju { $host } trebalo je predugo da odgovori.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Veza nije uspostavljena jer ju je ciljno računalo aktivno odbilo (WSAECONNREFUSED): na tom priključku ništa ne osluškuje.
    .title = Veza je odbijena
    .summary = Poslužitelj je odbio vezu. Možda ne radi ili ne prihvaća veze.
    .summary-host = Poslužitelj { $host } odbio je vezu. Možda ne radi ili ne prihvaća veze.
# 10064
wsaehostdown = Operacija utičnice nije uspjela jer odredišno glavno računalo ne radi (WSAEHOSTDOWN).
    .title = Poslužitelj ne odgovara
    .summary = Čini se da je poslužitelj isključen ili odspojen s mreže.
    .summary-host = Čini se da je poslužitelj { $host } isključen ili odspojen s mreže.
# 10065
wsaehostunreach = Pokušana je operacija utičnice prema nedostupnom glavnom računalu (WSAEHOSTUNREACH): nije pronađena ruta do poslužitelja.
    .title = Poslužitelj je nedostupan
    .summary = S ovog računala nije pronađen put do poslužitelja.
    .summary-host = S ovog računala nije pronađen put do poslužitelja { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Takvo glavno računalo nije poznato (WSAHOST_NOT_FOUND): poslužitelj naziva nema adresu za taj naziv.
    .title = Poslužitelj nije pronađen
    .summary = Poslužitelj nije pronađen na mreži.
    .summary-host = Poslužitelj s nazivom { $host } nije pronađen na mreži.
# 11002
wsatry-again = Poslužitelj naziva nije dao autoritativan odgovor i traženje bi kasnije moglo uspjeti (WSATRY_AGAIN): obično je riječ o privremenoj pogrešci poslužitelja naziva.
    .title = Traženje adrese poslužitelja nije uspjelo
    .summary = Adresu poslužitelja trenutačno nije moguće pronaći na temelju njegova naziva. Obično je riječ o privremenom problemu.
    .summary-host = Adresu poslužitelja { $host } trenutačno nije moguće pronaći na temelju naziva. Obično je riječ o privremenom problemu.

## Pogreške specifične za WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Nije moguće stvoriti nove ručice (zastarjelo; više se ne upotrebljava).
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host } i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
# 12002
error-winhttp-timeout = Isteklo je vremensko ograničenje zahtjeva. Uzrok može biti i ponašanje vremenskih ograničenja protokola TCP/IP, bez obzira na vrijednosti vremenskih ograničenja postavljene u WinHTTP-u.
    .title = Isteklo je vremensko ograničenje veze
    .summary = Poslužitelju je trebalo predugo da odgovori.
    .summary-host = Poslužitelju { $host } trebalo je predugo da odgovori.
# 12004
error-winhttp-internal-error = U WinHTTP-u je došlo do unutarnje pogreške.
    .title = Neočekivana unutarnja pogreška
    .summary = Zahtjev je zaustavljen zbog neočekivanog unutarnjeg problema.
    .summary-host = Zahtjev poslužitelju { $host } zaustavljen je zbog neočekivanog unutarnjeg problema.
# 12005
error-winhttp-invalid-url = URL nije valjan.
    .title = Web-adresa nije valjana
    .summary = Web-adresa nije valjana pa zahtjev nije bilo moguće poslati.
    .summary-host = Web-adresa upotrijebljena za pristup poslužitelju { $host } nije valjana pa zahtjev nije bilo moguće poslati.
# 12006
error-winhttp-unrecognized-scheme = URL navodi shemu koja nije http: ni https:.
    .title = Nepodržana web-adresa
    .summary = Ova vrsta adrese nije podržana. Otvoriti se mogu samo adrese koje počinju s http:// ili https://.
    .summary-host = Adresa upotrijebljena za pristup poslužitelju { $host } nepodržane je vrste. Otvoriti se mogu samo adrese koje počinju s http:// ili https://.
# 12007
error-winhttp-name-not-resolved = Naziv poslužitelja nije moguće razriješiti.
    .title = Poslužitelj nije pronađen
    .summary = Poslužitelj nije pronađen na mreži.
    .summary-host = Poslužitelj s nazivom { $host } nije pronađen na mreži.
# 12009
error-winhttp-invalid-option = Poziv funkcije WinHttpQueryOption ili WinHttpSetOption naveo je nevaljanu vrijednost mogućnosti.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: upotrijebila je postavku veze koja nije valjana.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host }: upotrijebila je postavku veze koja nije valjana.
# 12011
error-winhttp-option-not-settable = Zatraženu mogućnost nije moguće postaviti; može se samo očitati.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je promijeniti postavku veze koja se može samo čitati.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host }: pokušala je promijeniti postavku veze koja se može samo čitati.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Podrška za funkcije WinHTTP isključuje se ili uklanja iz memorije.
    .title = Pristup mreži se isključuje
    .summary = Zahtjev je zaustavljen jer se pristup mreži isključuje, na primjer zato što se ova aplikacija zatvara.
    .summary-host = Zahtjev poslužitelju { $host } zaustavljen je jer se pristup mreži isključuje, na primjer zato što se ova aplikacija zatvara.
# 12015
error-winhttp-login-failure = Pokušaj prijave nije uspio. Prije ponovnog pokušaja neuspjele funkcije zatvorite ručicu zahtjeva funkcijom WinHttpCloseHandle i stvorite novu.
    .title = Prijava nije uspjela
    .summary = Poslužitelj nije prihvatio podatke za prijavu.
    .summary-host = Poslužitelj { $host } nije prihvatio podatke za prijavu.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Operacija je otkazana, obično zato što je ručica s kojom je zahtjev radio zatvorena prije dovršetka operacije.
    .title = Zahtjev je otkazan
    .summary = Zahtjev je otkazan prije nego što je mogao završiti.
    .summary-host = Zahtjev poslužitelju { $host } otkazan je prije nego što je mogao završiti.
# 12018
error-winhttp-incorrect-handle-type = Vrsta navedene ručice nije ispravna za ovu operaciju.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem i nije mogla dovršiti zahtjev.
    .summary-host = Ova je aplikacija naišla na unutarnji problem i nije mogla dovršiti zahtjev poslužitelju { $host }.
# 12019
error-winhttp-incorrect-handle-state = Zatraženu operaciju nije moguće izvršiti jer navedena ručica nije u ispravnom stanju.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: korake zahtjeva izvela je pogrešnim redoslijedom.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: korake zahtjeva poslužitelju { $host } izvela je pogrešnim redoslijedom.
# 12029
error-winhttp-cannot-connect = Veza s poslužiteljem nije uspostavljena.
    .title = Povezivanje nije moguće
    .summary = Ova se aplikacija nije mogla povezati s poslužiteljem.
    .summary-host = Ova se aplikacija nije mogla povezati s poslužiteljem { $host }.
# 12030
error-winhttp-connection-error = Veza s poslužiteljem je poništena ili prekinuta ili je otkriven nekompatibilan protokol SSL (na primjer, WinHTTP 5.1 ne podržava SSL 2.0 ako ga klijent izričito ne omogući).
    .title = Veza je prekinuta
    .summary = Veza s poslužiteljem neočekivano je prekinuta ili zatvorena.
    .summary-host = Veza s poslužiteljem { $host } neočekivano je prekinuta ili zatvorena.
# 12032
error-winhttp-resend-request = Funkcija WinHTTP nije uspjela, ali može se ponoviti s istom ručicom zahtjeva.
    .title = Zahtjev nije prošao
    .summary = Zahtjev nije bilo moguće dovršiti u ovom pokušaju.
    .summary-host = Zahtjev poslužitelju { $host } nije bilo moguće dovršiti u ovom pokušaju.
# 12037
error-winhttp-secure-cert-date-invalid = Potrebni certifikat prema sistemskom satu ili vremenskoj oznaci potpisane datoteke nije u razdoblju valjanosti ili razdoblja valjanosti u lancu certifikata nisu ispravno ugniježđena (odgovara CERT_E_EXPIRED ili CERT_E_VALIDITYPERIODNESTING).
    .title = Certifikat je istekao ili još nije valjan
    .summary = Sigurnosni certifikat poslužitelja prema satu ovog računala istekao je ili još nije valjan.
    .summary-host = Sigurnosni certifikat poslužitelja { $host } prema satu ovog računala istekao je ili još nije valjan.
# 12038
error-winhttp-secure-cert-cn-invalid = Uobičajeni naziv (CN) certifikata ne podudara se s proslijeđenom vrijednošću (odgovara CERT_E_CN_NO_MATCH).
    .title = Certifikat je za drugo web-mjesto
    .summary = Sigurnosni certifikat izdan je za drugi naziv web-mjesta pa identitet poslužitelja nije bilo moguće potvrditi.
    .summary-host = Sigurnosni certifikat koji je poslao poslužitelj { $host } izdan je za drugi naziv pa identitet poslužitelja nije bilo moguće potvrditi.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Poslužitelj traži provjeru autentičnosti klijenta SSL (javlja WinHttpReceiveResponse). Prihvaćene izdavače certifikata dobit ćete funkcijom WinHttpQueryOption i WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; ako je certifikat zatražen, ali nije obavezan, pozovite WinHttpSetOption s WINHTTP_OPTION_CLIENT_CERT_CONTEXT i WINHTTP_NO_CLIENT_CERT_CONTEXT u lpBuffer.
    .title = Poslužitelj zahtijeva certifikat
    .summary = Poslužitelj prije dopuštanja veze zahtijeva certifikat koji identificira vas ili vaše računalo.
    .summary-host = Poslužitelj { $host } prije dopuštanja veze zahtijeva certifikat koji identificira vas ili vaše računalo.
# 12045
error-winhttp-secure-invalid-ca = Lanac certifikata obrađen je, ali završava korijenskim certifikatom kojem davatelj pouzdanosti ne vjeruje (odgovara CERT_E_UNTRUSTEDROOT).
    .title = Certifikat nije pouzdan
    .summary = Sigurnosni certifikat poslužitelja izdao je izdavač certifikata kojem ovo računalo ne vjeruje.
    .summary-host = Sigurnosni certifikat poslužitelja { $host } izdao je izdavač certifikata kojem ovo računalo ne vjeruje.
# 12057
error-winhttp-secure-cert-rev-failed = Opoziv certifikata nije moguće provjeriti jer poslužitelj za opoziv nije bio dostupan (odgovara CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikat nije moguće provjeriti
    .summary = Ovo računalo nije moglo provjeriti je li sigurnosni certifikat poslužitelja opozvan jer poslužitelj s popisom opozvanih certifikata nije dostupan.
    .summary-host = Ovo računalo nije moglo provjeriti je li sigurnosni certifikat poslužitelja { $host } opozvan jer poslužitelj s popisom opozvanih certifikata nije dostupan.
# 12100
error-winhttp-cannot-call-before-open = Objekt WinHttpRequest ne može izvršiti zatraženu operaciju prije poziva metode Open.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti zahtjev prije nego što ga je pripremila.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je upotrijebiti zahtjev poslužitelju { $host } prije nego što ga je pripremila.
# 12101
error-winhttp-cannot-call-before-send = Objekt WinHttpRequest ne može izvršiti zatraženu operaciju prije poziva metode Send.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: zatražila je odgovor prije nego što je poslala zahtjev.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: zatražila je odgovor poslužitelja { $host } prije nego što je poslala zahtjev.
# 12102
error-winhttp-cannot-call-after-send = Objekt WinHttpRequest ne može izvršiti zatraženu operaciju nakon poziva metode Send.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je promijeniti zahtjev koji je već bio poslan.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je promijeniti zahtjev poslužitelju { $host } koji je već bio poslan.
# 12103
error-winhttp-cannot-call-after-open = Objekt WinHttpRequest ne može zatražiti navedenu mogućnost nakon poziva metode Open.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je promijeniti postavku zahtjeva kada je za to već bilo prekasno.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je promijeniti postavku zahtjeva poslužitelju { $host } kada je za to već bilo prekasno.
# 12150
error-winhttp-header-not-found = Zatraženo zaglavlje nije pronađeno.
    .title = U odgovoru nedostaju podaci
    .summary = Odgovor poslužitelja nije sadržavao podatak koji je ova aplikacija očekivala.
    .summary-host = Odgovor poslužitelja { $host } nije sadržavao podatak koji je ova aplikacija očekivala.
# 12152
error-winhttp-invalid-server-response = Odgovor poslužitelja nije moguće raščlaniti.
    .title = Odgovor poslužitelja nije valjan
    .summary = Poslužitelj je poslao odgovor koji nije bilo moguće razumjeti.
    .summary-host = Poslužitelj { $host } poslao je odgovor koji nije bilo moguće razumjeti.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Navedeno zaglavlje HTTP nije valjano, na primjer zato što je pogrešno oblikovano.
    .title = Zahtjev nije valjan
    .summary = Ova je aplikacija pokušala poslati podatke u obliku koji nije valjan pa zahtjev nije bilo moguće poslati.
    .summary-host = Ova je aplikacija pokušala poslužitelju { $host } poslati podatke u obliku koji nije valjan pa zahtjev nije bilo moguće poslati.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Zahtjev za upit o zaglavlju nije bio valjan (zastarjelo; više se ne upotrebljava).
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host } i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Zaglavlje nije moguće dodati jer već postoji (zastarjelo; više se ne upotrebljava).
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: pokušala je dvaput dodati isti podatak u zahtjev.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: pokušala je dvaput dodati isti podatak u zahtjev poslužitelju { $host }.
# 12156
error-winhttp-redirect-failed = Preusmjeravanje nije uspjelo jer se shema promijenila ili jer nisu uspjeli svi pokušaji preusmjeravanja (zadano pet pokušaja).
    .title = Preusmjeravanje nije uspjelo
    .summary = Poslužitelj je preusmjerio zahtjev na drugu adresu, ali preusmjeravanje nije bilo moguće dovršiti.
    .summary-host = Poslužitelj { $host } preusmjerio je zahtjev na drugu adresu, ali preusmjeravanje nije bilo moguće dovršiti.
# 12157
error-winhttp-secure-channel-error = Došlo je do pogreške na sigurnom kanalu (odgovara kodovima pogrešaka SEC_E_ i SEC_I_ definiranima u datoteci winerror.h).
    .title = Sigurnu vezu nije moguće uspostaviti
    .summary = Došlo je do pogreške pri uspostavljanju sigurne veze s poslužiteljem.
    .summary-host = Došlo je do pogreške pri uspostavljanju sigurne veze s poslužiteljem { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Došlo je do pogreške pri izvršavanju koda skripte u datoteci za automatsku konfiguraciju proxy poslužitelja (PAC).
    .title = Pogreška u skripti za postavljanje proxy poslužitelja
    .summary = Skripta za postavljanje proxy poslužitelja za ovu mrežu sadrži pogrešku.
    .summary-host = Skripta za postavljanje proxy poslužitelja koja se upotrebljava za pristup poslužitelju { $host } sadrži pogrešku.
# 12167
error-winhttp-unable-to-download-script = Datoteku PAC nije moguće preuzeti, na primjer zato što poslužitelj naveden u URL-u datoteke PAC nije bio dostupan ili je vratio 404 Not Found.
    .title = Skripta za postavljanje proxy poslužitelja nije dostupna
    .summary = Skriptu za postavljanje proxy poslužitelja za ovu mrežu nije bilo moguće preuzeti.
    .summary-host = Skriptu za postavljanje proxy poslužitelja potrebnu za pristup poslužitelju { $host } nije bilo moguće preuzeti.
# 12169
error-winhttp-secure-invalid-cert = Certifikat nije valjan (odgovara pogreškama kao što su CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED i CERT_E_CHAINING).
    .title = Certifikat nije valjan
    .summary = Sigurnosni certifikat poslužitelja nije valjan pa sigurnu vezu nije bilo moguće uspostaviti.
    .summary-host = Sigurnosni certifikat poslužitelja { $host } nije valjan pa sigurnu vezu nije bilo moguće uspostaviti.
# 12170
error-winhttp-secure-cert-revoked = Certifikat je opozvan (odgovara CRYPT_E_REVOKED).
    .title = Certifikat je opozvan
    .summary = Sigurnosni certifikat poslužitelja opozvao je njegov izdavač pa mu se više ne može vjerovati.
    .summary-host = Sigurnosni certifikat poslužitelja { $host } opozvao je njegov izdavač pa mu se više ne može vjerovati.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP nije inicijaliziran (zastarjelo; više se ne upotrebljava).
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host } i prijavila pogrešku koju današnji sustavi više ne upotrebljavaju.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = U certifikatu SSL (Secure Sockets Layer) koji je poslao poslužitelj pronađena je jedna ili više pogrešaka. Koje su to, doznat ćete iz obavijesti WINHTTP_CALLBACK_STATUS_SECURE_FAILURE u funkciji povratnog poziva za stanje (pogledajte WINHTTP_STATUS_CALLBACK).
    .title = Sigurna veza nije uspjela
    .summary = Sigurnosni certifikat poslužitelja ima jedan ili više problema pa sigurnu vezu nije bilo moguće uspostaviti.
    .summary-host = Sigurnosni certifikat koji je poslao poslužitelj { $host } ima jedan ili više problema pa sigurnu vezu nije bilo moguće uspostaviti.
# 12176
error-winhttp-unhandled-script-type = Vrsta skripte nije podržana.
    .title = Nepodržana skripta za postavljanje proxy poslužitelja
    .summary = Skripta za postavljanje proxy poslužitelja za ovu mrežu nepodržane je vrste.
    .summary-host = Skripta za postavljanje proxy poslužitelja koja se upotrebljava za pristup poslužitelju { $host } nepodržane je vrste.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Došlo je do pogreške pri izvršavanju skripte.
    .title = Skripta za postavljanje proxy poslužitelja nije uspjela
    .summary = Došlo je do pogreške pri izvršavanju skripte za postavljanje proxy poslužitelja za ovu mrežu.
    .summary-host = Došlo je do pogreške pri izvršavanju skripte za postavljanje proxy poslužitelja koja se upotrebljava za pristup poslužitelju { $host }.
# 12178
error-winhttp-auto-proxy-service-error = Funkcija WinHttpGetProxyForUrl nije pronašla proxy poslužitelj za navedeni URL.
    .title = Proxy poslužitelj nije pronađen
    .summary = Nije bilo moguće odrediti koji proxy poslužitelj treba upotrijebiti za ovu adresu.
    .summary-host = Nije bilo moguće odrediti koji proxy poslužitelj treba upotrijebiti za poslužitelj { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Certifikat nije valjan za zatraženu namjenu (odgovara CERT_E_WRONG_USAGE).
    .title = Certifikat nije namijenjen ovoj upotrebi
    .summary = Sigurnosni certifikat poslužitelja nije namijenjen ovoj vrsti veze.
    .summary-host = Sigurnosni certifikat poslužitelja { $host } nije namijenjen ovoj vrsti veze.
# 12180
error-winhttp-autodetection-failed = Funkcija WinHttpDetectAutoProxyConfigUrl nije mogla otkriti URL datoteke za automatsku konfiguraciju proxy poslužitelja (PAC).
    .title = Postavke proxy poslužitelja nisu otkrivene
    .summary = Postavke proxy poslužitelja za ovu mrežu nije bilo moguće automatski otkriti.
    .summary-host = Postavke proxy poslužitelja potrebne za pristup poslužitelju { $host } nije bilo moguće automatski otkriti.
# 12181
error-winhttp-header-count-exceeded = Funkcija WinHttpReceiveResponse primila je odgovor s više zaglavlja nego što WinHTTP može prihvatiti.
    .title = Odgovor poslužitelja je odbijen
    .summary = Poslužitelj je poslao odgovor s previše zaglavlja pa ga nije bilo moguće prihvatiti.
    .summary-host = Poslužitelj { $host } poslao je odgovor s previše zaglavlja pa ga nije bilo moguće prihvatiti.
# 12182
error-winhttp-header-size-overflow = Funkcija WinHttpReceiveResponse primila je zaglavlja čija ukupna veličina premašuje ograničenje postavljeno za ručicu zahtjeva.
    .title = Odgovor poslužitelja je prevelik
    .summary = Poslužitelj je poslao odgovor s prevelikim zaglavljima pa ga nije bilo moguće prihvatiti.
    .summary-host = Poslužitelj { $host } poslao je odgovor s prevelikim zaglavljima pa ga nije bilo moguće prihvatiti.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = Funkcija WinHttpReceiveResponse naišla je na preljev pri raščlanjivanju kodiranja prijenosa u dijelovima (chunked): zaglavlje dijela premašilo je dopuštenu veličinu.
    .title = Odgovor poslužitelja nije moguće pročitati
    .summary = Dio odgovora poslužitelja bio je veći nego što je dopušteno pa odgovor nije bilo moguće pročitati.
    .summary-host = Dio odgovora poslužitelja { $host } bio je veći nego što je dopušteno pa odgovor nije bilo moguće pročitati.
# 12184
error-winhttp-response-drain-overflow = Dolazni odgovor premašio je unutarnje ograničenje veličine u WinHTTP-u.
    .title = Odgovor poslužitelja premašuje ograničenje veličine
    .summary = Odgovor poslužitelja bio je veći nego što ovo računalo dopušta pa ga nije bilo moguće primiti.
    .summary-host = Odgovor poslužitelja { $host } bio je veći nego što ovo računalo dopušta pa ga nije bilo moguće primiti.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = S kontekstom klijentskog certifikata SSL nije povezan nijedan privatni ključ; certifikat je možda uvezen na računalo bez privatnog ključa.
    .title = Vaš certifikat nije moguće upotrijebiti
    .summary = Certifikatu koji vas identificira nedostaje privatni ključ pa ga nije moguće upotrijebiti. Ključ možda nije uključen pri instalaciji certifikata.
    .summary-host = Certifikatu koji vas identificira pred poslužiteljem { $host } nedostaje privatni ključ pa ga nije moguće upotrijebiti. Ključ možda nije uključen pri instalaciji certifikata.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplikacija nema ovlasti potrebne za pristup privatnom ključu povezanom s klijentskim certifikatom.
    .title = Odbijen je pristup vašem certifikatu
    .summary = Ova aplikacija nema dopuštenje za upotrebu privatnog ključa certifikata koji vas identificira.
    .summary-host = Ova aplikacija nema dopuštenje za upotrebu privatnog ključa certifikata koji vas identificira pred poslužiteljem { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proxy poslužitelj zahtijeva provjeru autentičnosti klijenta certifikatom SSL/TLS; za vezu s proxy poslužiteljem potrebno je dostaviti klijentski certifikat.
    .title = Proxy poslužitelj zahtijeva certifikat
    .summary = Proxy poslužitelj prije dopuštanja veze zahtijeva certifikat koji identificira vas ili vaše računalo.
    .summary-host = Proxy poslužitelj prije dopuštanja veze s poslužiteljem { $host } zahtijeva certifikat koji identificira vas ili vaše računalo.
# 12188
error-winhttp-secure-failure-proxy = Došlo je do pogreške SSL/TLS na sigurnoj vezi s proxy poslužiteljem, na primjer zbog problema s certifikatom koji je poslao.
    .title = Sigurna veza s proxy poslužiteljem nije uspjela
    .summary = Sigurnu vezu s proxy poslužiteljem nije bilo moguće uspostaviti, na primjer zbog problema s njegovim certifikatom.
    .summary-host = Sigurnu vezu s proxy poslužiteljem za pristup poslužitelju { $host } nije bilo moguće uspostaviti, na primjer zbog problema s njegovim certifikatom.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Rezervirani kod; ne upotrebljava se.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem i prijavila pogrešku koja je rezervirana i nikada se ne upotrebljava.
    .summary-host = Ova je aplikacija naišla na unutarnji problem pri povezivanju s poslužiteljem { $host } i prijavila pogrešku koja je rezervirana i nikada se ne upotrebljava.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Verzija protokola HTTP koju upotrebljava poslužitelj ne odgovara zatraženoj ili obaveznoj verziji, na primjer HTTP/2 ili HTTP/3 bio je obavezan, ali se o njemu nije bilo moguće dogovoriti.
    .title = Nekompatibilna verzija web-protokola
    .summary = Poslužitelj i ova aplikacija nisu se mogli dogovoriti o verziji web-protokola.
    .summary-host = Poslužitelj { $host } i ova aplikacija nisu se mogli dogovoriti o verziji web-protokola.
# 12191
error-winhttp-global-callback-failed = Globalna funkcija povratnog poziva registrirana u WinHTTP-u nije uspjela.
    .title = Unutarnja pogreška aplikacije
    .summary = Ova je aplikacija naišla na unutarnji problem: tijekom obrade zahtjeva zakazala je jedna od njezinih komponenti.
    .summary-host = Ova je aplikacija naišla na unutarnji problem: tijekom obrade zahtjeva poslužitelju { $host } zakazala je jedna od njezinih komponenti.
# 12192
error-winhttp-feature-disabled = Zatražena značajka WinHTTP-a onemogućena je i ne može se upotrijebiti.
    .title = Značajka je isključena
    .summary = Značajka koja je potrebna ovom zahtjevu isključena je na ovom računalu.
    .summary-host = Značajka potrebna za zahtjev poslužitelju { $host } isključena je na ovom računalu.
# 12193
error-winhttp-fast-forwarding-not-supported = Brzo prosljeđivanje (fast forwarding) nije podržano za ovaj zahtjev ili vezu.
    .title = Značajka nije podržana
    .summary = Ova je aplikacija zatražila značajku koju ova veza ne podržava.
    .summary-host = Ova je aplikacija zatražila značajku koju veza s poslužiteljem { $host } ne podržava.

## Savjeti: što korisnik može pokušati; prikazuju se kao popis ispod sažetka.
## Svaki je jedna potpuna rečenica u imperativu koja završava točkom, najviše 100 znakova.
## Katalog (src/catalog.rs) određuje koje savjete kod prikazuje i kojim redoslijedom.
hint-check-connection = Provjerite mrežnu vezu.
hint-try-again-later = Pričekajte trenutak, a zatim pokušajte ponovno.
hint-check-address = Provjerite je li adresa ispravno napisana.
hint-check-proxy = Provjerite postavke proxy poslužitelja ili se obratite mrežnom administratoru.
hint-check-firewall = Provjerite ne blokira li ovu aplikaciju vatrozid ili antivirusni program.
hint-check-date-time = Provjerite jesu li datum, vrijeme i vremenska zona na računalu ispravni.
hint-update-system = Instalirajte najnovija ažuriranja operacijskog sustava.
hint-contact-site-owner = Ako se problem nastavi, obratite se vlasniku web-mjesta ili poslužitelja.
hint-contact-support = Obratite se timu za podršku ove aplikacije.
hint-update-app = Provjerite postoji li novija verzija ove aplikacije.
hint-restart-app = Zatvorite ovu aplikaciju i ponovno je otvorite.
hint-restart-computer = Ponovno pokrenite računalo.
hint-free-memory = Zatvorite druge programe da biste oslobodili memoriju, a zatim pokušajte ponovno.
hint-check-credentials = Provjerite jesu li korisničko ime i lozinka ispravni.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Provjerite je li zatraženi certifikat ispravno instaliran ili se obratite administratoru.

## Problemi s certifikatom: svaki u jednom retku, prikazuju se kao popis kada sigurna veza ne uspije.
## Najviše 120 znakova; jedna potpuna rečenica koja završava točkom.
## „Certifikat“ je onaj koji je poslao poslužitelj.
cert-flag-rev-failed = Ovo računalo nije moglo provjeriti je li certifikat opozvan.
cert-flag-invalid-cert = Certifikat nije valjan.
cert-flag-cert-revoked = Certifikat je opozvao njegov izdavač.
cert-flag-invalid-ca = Certifikat je izdao izdavač certifikata kojem ovo računalo ne vjeruje.
cert-flag-cert-cn-invalid = Certifikat je izdan za drugi naziv web-mjesta.
cert-flag-cert-date-invalid = Certifikat je istekao ili još nije valjan.
cert-flag-cert-wrong-usage = Certifikat nije namijenjen ovoj vrsti veze.
cert-flag-security-channel-error = Došlo je do pogreške pri uspostavljanju sigurne veze.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Certifikat ima jedan ili više problema koje nije bilo moguće utvrditi ({ $flags }).

## Kodovi koje ova biblioteka ne poznaje.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Došlo je do neočekivanog problema pri povezivanju (pogreška { $code }, { $hex }).
    .summary-host = Došlo je do neočekivanog problema pri povezivanju s poslužiteljem { $host } (pogreška { $code }, { $hex }).

## Složene poruke

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Nepoznata pogreška WinHTTP-a { $code } ({ $hex }).
