### Opisi kodova grešaka WinHTTP (sr-Latn-RS).
### Po jedna poruka za svaki kod greške, poređane po brojčanom kodu. Identifikator
### poruke je ime simboličke konstante malim slovima, sa „_“ zamenjenim sa „-“.
### Vrednost svake poruke je tehnički opis za programere: jedan red bez zamena
### (placeables), jer se prikazuje onakav kakav je u dijalozima i evidencijama.
### Imena funkcija, metoda, opcija, makroa i konstanti API-ja (WinHttpQueryOption,
### Open, CERT_E_CN_NO_MATCH…) se ne prevode i ne menjaju.
###
### Tekst za krajnjeg korisnika. Osim opisa, svaki kod ima tri atributa za osobu
### koja nije programer:
###   .title         Naslov dijaloga (glavno uputstvo Windows dijaloga zadatka):
###                  šta nije u redu; najviše 60 znakova, veliko slovo samo na
###                  početku, bez tačke na kraju.
###   .summary       Tekst ispod naslova: jedna ili dve jednostavne rečenice o
###                  tome šta se dogodilo; najviše 200 znakova, sa tačkom na kraju.
###                  Mora da bude razumljiv sam po sebi, bez imena servera.
###   .summary-host  Isti tekst sa imenom servera: { $host } tačno jednom; najviše
###                  200 znakova kada je $host „example.com“.
### $host je ime servera onako kako ga aplikacija zna, na primer „example.com“,
### „intranet.corp.local“ ili IP adresa kao što je 192.0.2.10. Nikada nije prazno:
### bez imena se prikazuje .summary. Ime se ne menja po padežima i ne dobija
### nastavke: uvek stoji iza imenice koja nosi padež („server example.com“,
### „sa serverom example.com“, „do servera example.com“).
### Saveti (hint-*) se prikazuju kao lista ispod teksta: jedna potpuna rečenica u
### zapovednom načinu (obraćanje sa „vi“), sa tačkom, najviše 100 znakova. Koje
### savete kod dobija odlučuje katalog (src/catalog.rs), isto za sve jezike; zato
### .summary kaže šta se dogodilo i ne ponavlja savete.
### Razlozi odbijanja certifikata (cert-flag-*): jedan red, jedna potpuna rečenica
### sa tačkom, najviše 120 znakova. „Certifikat“ je onaj koji je poslao server.
### U ovim delovima (i u tekstu za nepoznate kodove) zabranjeno je: bilo koji
### identifikator API-ja (imena konstanti, funkcija, metoda, opcija), znak „_“,
### „WinHTTP“/„WinHttp“, „identifikator“/„handle“, „povratni poziv“/„callback“,
### „PAC“ i „{“ osim opisanih promenljivih. Koristimo svakodnevne reči: „bezbedna
### veza“ umesto TLS/SSL, „skripta za podešavanje proksi servera“ umesto PAC
### datoteke, kao u Windows postavkama proksi servera.
### Kada je sama aplikacija pogrešno upotrebila biblioteku (zastareli, rezervisani
### kodovi i greške u upotrebi), jasno kažemo da je u aplikaciji došlo do interne
### greške; korisnika nikada ne okrivljujemo. Kod bezbednosnih grešaka nikada ne
### predlažemo zaobilaženje ili zanemarivanje provere niti nastavak uprkos svemu.
###
### PRAVOPIS I TIPOGRAFIJA. Ekavski izgovor (vreme, uspelo, deo, pokušajte ponovo),
### latinica sa dijakritičkim znacima (č, ć, đ, š, ž). Obraćanje sa „vi“, malim
### slovom, kao u Windows interfejsu. Navodnici „…“ (donji U+201E i gornji U+201C),
### unutrašnji ‘…’. Crta „–“ sa razmakom sa obe strane. Tačka na kraju rečenice,
### ali ne u naslovu. Apostrof ’ samo gde je neophodan.
###
### REČNIK (po terminologiji Windows operativnog sistema na srpskom, latinica):
###   application = „aplikacija“; computer = „računar“; request = „zahtev“;
###   response = „odgovor“; header = „zaglavlje“ (HTTP zaglavlje, zaglavlje dela);
###   connection = „veza“ (povezivanje); secure connection = „bezbedna veza“;
###     secure channel = „bezbedni kanal“;
###   server = „server“; host = „host“ u opisima (remote host = „udaljeni host“),
###     za korisnika uvek „server“;
###   proxy = „proksi server“; proxy settings = „postavke proksi servera“;
###     PAC file = „PAC datoteka“ (datoteka za automatsko konfigurisanje proksi
###     servera), za korisnika „skripta za podešavanje proksi servera“;
###   certificate = „certifikat“ (kao u Windows-u na srpskom); za korisnika
###     „bezbednosni certifikat“ (certifikat servera) ili „certifikat koji vas
###     identifikuje“ (certifikat klijenta); certification authority = „izdavač
###     certifikata“; private key = „privatni ključ“; revoke = „opozvati“;
###     revocation server = „server za opoziv“ (u opisima);
###   firewall = „zaštitni zid“; antivirus = „antivirusni program“;
###   redirect = „preusmeravanje“; timeout = „vremensko ograničenje“ („isteklo je
###     vreme za…“); sign-in = „prijavljivanje“; user name = „korisničko ime“;
###     password = „lozinka“; update = „ispravka“; install = „instalirati“;
###   handle = „identifikator“; callback = „funkcija povratnog poziva“ (samo u
###     opisima); URL = „URL adresa“ (u opisima), za korisnika „veb adresa“;
###     web site = „veb lokacija“; settings = „postavke“;
###   Winsock = „Winsock“ (vlastito ime, samo u opisima); socket = „priključak“;
###     route = „putanja“ (u opisima „ruta“); name server = „DNS server“;
###   network down = „Mreža ne radi“; network unreachable = „Mreža je nedostupna“;
###     connection refused = „Veza je odbijena“; connection reset/aborted =
###     „Veza je prekinuta“; parameter = „parametar“; buffer = „bafer“.
###   10060 i 11001 imaju iste tekstove za korisnika kao 12002 i 12007.
###   name lookup (11002, za korisnika) = „traženje adrese servera“ (ime je poznato,
###     traži se adresa); 50 = „Mrežne funkcije nisu dostupne“ (ne „Mreža je
###     nedostupna“, to je 10051); trusted = „pouzdan“ (izdavač kojem računar veruje).

## Opšte Windows greške (winerror.h) koje vraća i WinHTTP

# 2 – WinHttpGetIEProxyConfigForCurrentUser i druge funkcije koje čitaju postavke vraćaju ovaj kod
# kada sačuvana postavka ili datoteka koju traže ne postoji.
error-file-not-found = Sistem ne može da pronađe navedenu datoteku: postavka, datoteka ili vrednost registratora koju je funkcija tražila ne postoji.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: nije pronađena postavka ili datoteka koja joj je potrebna.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do interne greške: nije pronađena postavka ili datoteka koja joj je potrebna.
# 6
error-invalid-handle = Identifikator prosleđen API-ju je postao nevažeći ili je zatvoren.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da upotrebi vezu koja je već bila zatvorena.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da upotrebi vezu sa serverom { $host } koja je već bila zatvorena.
# 8
error-not-enough-memory = Nema dovoljno memorije za dovršavanje zahtevane operacije.
    .title = Nema dovoljno memorije
    .summary = Računaru je ponestalo slobodne memorije pre nego što je zahtev mogao da se dovrši.
    .summary-host = Računaru je ponestalo slobodne memorije pre nego što je zahtev upućen serveru { $host } mogao da se dovrši.
# 18
error-no-more-files = Nema više datoteka.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške prilikom čitanja rezultata zahteva.
    .summary-host = U aplikaciji je došlo do interne greške prilikom čitanja rezultata zahteva upućenog serveru { $host }.
# 50 – nije bilo moguće pokrenuti Windows mrežne komponente (Winsock).
error-not-supported = Potrebni skup protokola nije učitan i aplikacija ne može da pokrene Winsock.
    .title = Mrežne funkcije nisu dostupne
    .summary = Mrežne komponente koje su potrebne ovoj aplikaciji nije bilo moguće pokrenuti na ovom računaru.
    .summary-host = Mrežne komponente potrebne za povezivanje sa serverom { $host } nije bilo moguće pokrenuti na ovom računaru.
# 87 – na primer, WinHttpCrackUrl dobija URL_COMPONENTS sa pogrešnom vrednošću dwStructSize.
error-invalid-parameter = Parametar je netačan: jedan od argumenata prosleđenih funkciji nije važeći (na primer, NULL pokazivač, pogrešna veličina strukture ili oznake koje su u sukobu).
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: prosledila je nevažeće podatke mrežnoj komponenti.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do interne greške: prosledila je nevažeće podatke mrežnoj komponenti.
# 122
error-insufficient-buffer = Bafer koji je dobila funkcija je premali za vraćene podatke. Detalje potražite u dokumentaciji konkretne funkcije.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: nije odvojila dovoljno prostora za primljene podatke.
    .summary-host = U aplikaciji je došlo do interne greške: nije odvojila dovoljno prostora za podatke primljene od servera { $host }.
# 259
error-no-more-items = Nema više stavki.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške prilikom čitanja liste rezultata.
    .summary-host = U aplikaciji je došlo do interne greške prilikom čitanja liste rezultata dobijenih od servera { $host }.

# 997 – WinHttpGetProxyForUrlEx i WebSocket funkcije vraćaju ovaj kod kada se rad nastavlja
# asinhrono; greška postaje tek ako se tako tretira.
error-io-pending = Preklopljena ulazno-izlazna operacija je u toku: funkcija se nastavlja asinhrono i rezultat javlja preko funkcije povratnog poziva za status.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: zahtev koji je još bio u toku smatrala je neuspelim.
    .summary-host = U aplikaciji je došlo do interne greške: zahtev upućen serveru { $host } koji je još bio u toku smatrala je neuspelim.
# 1168
error-not-found = Element nije pronađen: stavka koju je funkcija trebalo da pronađe (na primer, rezultat za proksi server, unos ili sačuvana postavka) ne postoji.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: zatražila je stavku koja ne postoji.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do interne greške: zatražila je stavku koja ne postoji.
# 4317 – na primer, slanje preko WebSocket veze nakon što je započelo njeno zatvaranje.
error-invalid-operation = Operacija nije važeća u trenutnom stanju objekta, na primer slanje preko WebSocket veze koja se zatvara ili primanje dok je drugo primanje još u toku.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da upotrebi vezu na način koji njeno trenutno stanje ne dozvoljava.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da upotrebi vezu sa serverom { $host } na način koji njeno trenutno stanje ne dozvoljava.

## Winsock greške (winsock2.h) koje WinHTTP implementacija prosleđuje dalje
## (tako radi winhttp.dll iz Wine-a; Windows većinu njih pretvara u kod 12xxx).
## Za korisnika znače isto što i odgovarajući WinHTTP kod; opis navodi o kom je
## kodu reč.

# 10050
wsaenetdown = Mrežni podsistem je otkazao (WSAENETDOWN): mrežni skup protokola ili mrežni adapter ovog računara ne radi.
    .title = Mreža ne radi
    .summary = Mreža na ovom računaru ne radi, pa server nije bilo moguće dosegnuti.
    .summary-host = Mreža na ovom računaru ne radi, pa server { $host } nije bilo moguće dosegnuti.
# 10051
wsaenetunreach = Mreža je nedostupna (WSAENETUNREACH): ovaj računar nema rutu do mreže servera.
    .title = Mreža je nedostupna
    .summary = Sa ovog računara ne postoji putanja do mreže servera, pa server nije bilo moguće dosegnuti.
    .summary-host = Sa ovog računara ne postoji putanja do mreže servera { $host }, pa ga nije bilo moguće dosegnuti.
# 10052
wsaenetreset = Veza je prekinuta jer je provera aktivnosti otkrila grešku dok je operacija bila u toku (WSAENETRESET).
    .title = Veza je prekinuta
    .summary = Veza sa serverom je prekinuta jer je mreža prestala da odgovara.
    .summary-host = Veza sa serverom { $host } je prekinuta jer je mreža prestala da odgovara.
# 10053 – „softver je prekinuo vezu“: često je to zaštitni zid ili bezbednosni program.
wsaeconnaborted = Uspostavljenu vezu je prekinuo softver na ovom računaru (WSAECONNABORTED), na primer nakon isteka vremena za prenos podataka ili zbog zaštitnog zida.
    .title = Veza je prekinuta
    .summary = Vezu sa serverom je prekinuo ovaj računar, možda zaštitni zid ili bezbednosni program.
    .summary-host = Vezu sa serverom { $host } je prekinuo ovaj računar, možda zaštitni zid ili bezbednosni program.
# 10054 – Windows umesto njega vraća ERROR_WINHTTP_CONNECTION_ERROR.
wsaeconnreset = Udaljeni host je prinudno zatvorio postojeću vezu (WSAECONNRESET).
    .title = Veza je prekinuta
    .summary = Server je neočekivano zatvorio vezu.
    .summary-host = Server { $host } je neočekivano zatvorio vezu.
# 10060 – Windows umesto njega vraća ERROR_WINHTTP_TIMEOUT.
wsaetimedout = Isteklo je vreme za pokušaj povezivanja ili za prenos jer druga strana nije odgovorila na vreme (WSAETIMEDOUT).
    .title = Isteklo je vreme za povezivanje
    .summary = Serveru je bilo potrebno previše vremena da odgovori.
    .summary-host = Serveru { $host } je bilo potrebno previše vremena da odgovori.
# 10061 – Windows umesto njega vraća ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Veza nije uspostavljena jer ju je odredišni računar aktivno odbio (WSAECONNREFUSED): na tom portu ništa ne očekuje veze.
    .title = Veza je odbijena
    .summary = Server je odbio vezu. Možda ne radi ili ne prihvata veze.
    .summary-host = Server { $host } je odbio vezu. Možda ne radi ili ne prihvata veze.
# 10064
wsaehostdown = Operacija sa priključkom nije uspela jer odredišni host ne radi (WSAEHOSTDOWN).
    .title = Server ne odgovara
    .summary = Izgleda da je server isključen ili da nije povezan sa mrežom.
    .summary-host = Izgleda da je server { $host } isključen ili da nije povezan sa mrežom.
# 10065
wsaehostunreach = Pokušana je operacija sa priključkom prema nedostupnom hostu (WSAEHOSTUNREACH): nije pronađena ruta do servera.
    .title = Server je nedostupan
    .summary = Sa ovog računara nije pronađena putanja do servera.
    .summary-host = Sa ovog računara nije pronađena putanja do servera { $host }.
# 11001 – Windows umesto njega vraća ERROR_WINHTTP_NAME_NOT_RESOLVED.
wsahost-not-found = Takav host nije poznat (WSAHOST_NOT_FOUND): DNS server nema adresu za ovo ime.
    .title = Server nije pronađen
    .summary = Server nije pronađen na mreži.
    .summary-host = Na mreži nije pronađen server sa imenom { $host }.
# 11002
wsatry-again = DNS server nije dao merodavan odgovor i pretraga možda može da uspe kasnije (WSATRY_AGAIN): obično je to privremeni kvar DNS servera.
    .title = Traženje adrese servera nije uspelo
    .summary = Trenutno nije moguće pronaći adresu servera prema njegovom imenu. To je obično privremeni problem.
    .summary-host = Trenutno nije moguće pronaći adresu servera { $host } prema njegovom imenu. To je obično privremeni problem.

## Greške specifične za WinHTTP (winhttp.h)

# 12001 – zastareli kod: savremeni sistemi ga ne vraćaju, dakle greška je u aplikaciji.
error-winhttp-out-of-handles = Nije moguće generisati još identifikatora (zastareli kod; više se ne koristi).
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
# 12002
error-winhttp-timeout = Isteklo je vreme za zahtev. To može da bude i posledica vremenskih ograničenja TCP/IP protokola, bez obzira na vrednosti vremenskih ograničenja podešene u WinHTTP-u.
    .title = Isteklo je vreme za povezivanje
    .summary = Serveru je bilo potrebno previše vremena da odgovori.
    .summary-host = Serveru { $host } je bilo potrebno previše vremena da odgovori.
# 12004
error-winhttp-internal-error = U WinHTTP-u je došlo do interne greške.
    .title = Neočekivana interna greška
    .summary = Neočekivani interni problem je zaustavio zahtev.
    .summary-host = Neočekivani interni problem je zaustavio zahtev upućen serveru { $host }.
# 12005
error-winhttp-invalid-url = URL adresa nije važeća.
    .title = Nevažeća veb adresa
    .summary = Veb adresa nije važeća, pa zahtev nije mogao da se pošalje.
    .summary-host = Veb adresa koja se koristi za pristup serveru { $host } nije važeća, pa zahtev nije mogao da se pošalje.
# 12006
error-winhttp-unrecognized-scheme = URL adresa navodi šemu koja nije http: ili https:.
    .title = Nepodržana veb adresa
    .summary = Ova vrsta adrese nije podržana. Mogu da se otvore samo adrese koje počinju sa http:// ili https://.
    .summary-host = Adresa koja se koristi za pristup serveru { $host } je nepodržane vrste. Mogu da se otvore samo adrese koje počinju sa http:// ili https://.
# 12007
error-winhttp-name-not-resolved = Ime servera nije moglo da se razreši.
    .title = Server nije pronađen
    .summary = Server nije pronađen na mreži.
    .summary-host = Na mreži nije pronađen server sa imenom { $host }.
# 12009
error-winhttp-invalid-option = Poziv funkcije WinHttpQueryOption ili WinHttpSetOption naveo je nevažeću vrednost opcije.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: upotrebila je nevažeću postavku veze.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do interne greške: upotrebila je nevažeću postavku veze.
# 12011
error-winhttp-option-not-settable = Zahtevana opcija ne može da se podesi; može samo da se čita.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da promeni postavku veze koja može samo da se čita.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do interne greške: pokušala je da promeni postavku veze koja može samo da se čita.
# 12012 – obično se javlja dok se aplikacija zatvara.
error-winhttp-shutdown = Podrška za WinHTTP funkcije se isključuje ili se uklanja iz memorije.
    .title = Pristup mreži se isključuje
    .summary = Zahtev je zaustavljen jer se pristup mreži isključuje, na primer zato što se ova aplikacija zatvara.
    .summary-host = Zahtev upućen serveru { $host } je zaustavljen jer se pristup mreži isključuje, na primer zato što se ova aplikacija zatvara.
# 12015
error-winhttp-login-failure = Pokušaj prijavljivanja nije uspeo. Zatvorite identifikator zahteva pomoću funkcije WinHttpCloseHandle i kreirajte novi pre nego što ponovo pokušate funkciju koja nije uspela.
    .title = Prijavljivanje nije uspelo
    .summary = Server nije prihvatio podatke za prijavljivanje.
    .summary-host = Server { $host } nije prihvatio podatke za prijavljivanje.
# 12017 – u engleskom tekstu je američki pravopis „canceled“, kao u opisu.
error-winhttp-operation-cancelled = Operacija je otkazana, obično zato što je identifikator sa kojim je zahtev radio zatvoren pre nego što je operacija dovršena.
    .title = Zahtev je otkazan
    .summary = Zahtev je otkazan pre nego što je mogao da se završi.
    .summary-host = Zahtev upućen serveru { $host } je otkazan pre nego što je mogao da se završi.
# 12018
error-winhttp-incorrect-handle-type = Tip navedenog identifikatora nije ispravan za ovu operaciju.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške, pa aplikacija nije mogla da dovrši zahtev.
    .summary-host = U aplikaciji je došlo do interne greške, pa aplikacija nije mogla da dovrši zahtev upućen serveru { $host }.
# 12019
error-winhttp-incorrect-handle-state = Zahtevana operacija ne može da se izvrši jer navedeni identifikator nije u ispravnom stanju.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: izvršila je korake zahteva pogrešnim redosledom.
    .summary-host = U aplikaciji je došlo do interne greške: izvršila je korake zahteva upućenog serveru { $host } pogrešnim redosledom.
# 12029
error-winhttp-cannot-connect = Nije moguće uspostaviti vezu sa serverom.
    .title = Povezivanje nije moguće
    .summary = Ova aplikacija nije mogla da se poveže sa serverom.
    .summary-host = Ova aplikacija nije mogla da se poveže sa serverom { $host }.
# 12030
error-winhttp-connection-error = Veza sa serverom je resetovana ili prekinuta ili je otkriven nekompatibilan SSL protokol (na primer, WinHTTP 5.1 ne podržava SSL 2.0 osim ako ga klijent izričito ne omogući).
    .title = Veza je prekinuta
    .summary = Veza sa serverom je prekinuta ili neočekivano zatvorena.
    .summary-host = Veza sa serverom { $host } je prekinuta ili neočekivano zatvorena.
# 12032
error-winhttp-resend-request = WinHTTP funkcija nije uspela, ali može ponovo da se pokuša sa istim identifikatorom zahteva.
    .title = Zahtev nije prošao
    .summary = Zahtev nije mogao da se dovrši u ovom pokušaju.
    .summary-host = Zahtev upućen serveru { $host } nije mogao da se dovrši u ovom pokušaju.
# 12037
error-winhttp-secure-cert-date-invalid = Potrebni certifikat nije u periodu važenja prema sistemskom satu ili vremenskoj oznaci potpisane datoteke, ili periodi važenja u lancu certifikata nisu pravilno ugnežđeni (odgovara CERT_E_EXPIRED ili CERT_E_VALIDITYPERIODNESTING).
    .title = Certifikat je istekao ili još ne važi
    .summary = Bezbednosni certifikat servera je istekao ili još ne važi, prema satu ovog računara.
    .summary-host = Bezbednosni certifikat servera { $host } je istekao ili još ne važi, prema satu ovog računara.
# 12038
error-winhttp-secure-cert-cn-invalid = Zajedničko ime (CN) u certifikatu se ne podudara sa prosleđenom vrednošću (odgovara CERT_E_CN_NO_MATCH).
    .title = Certifikat je izdat za drugu lokaciju
    .summary = Bezbednosni certifikat je izdat za lokaciju sa drugim imenom, pa identitet servera nije mogao da se potvrdi.
    .summary-host = Bezbednosni certifikat koji je poslao server { $host } izdat je za drugo ime, pa identitet servera nije mogao da se potvrdi.
# 12044 – server traži da korisnik (ili računar) dokaže ko je pomoću certifikata.
error-winhttp-client-auth-cert-needed = Server zahteva SSL potvrdu identiteta klijenta (prijavljuje je WinHttpReceiveResponse). Prihvaćene izdavače certifikata dobijte pomoću WinHttpQueryOption i WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; ako se certifikat traži, ali nije obavezan, pozovite WinHttpSetOption sa WINHTTP_OPTION_CLIENT_CERT_CONTEXT i WINHTTP_NO_CLIENT_CERT_CONTEXT u lpBuffer.
    .title = Server zahteva certifikat
    .summary = Server zahteva certifikat koji identifikuje vas ili vaš računar pre nego što dozvoli vezu.
    .summary-host = Server { $host } zahteva certifikat koji identifikuje vas ili vaš računar pre nego što dozvoli vezu.
# 12045
error-winhttp-secure-invalid-ca = Lanac certifikata je obrađen, ali se završava osnovnim certifikatom u koji dobavljač pouzdanosti nema poverenja (odgovara CERT_E_UNTRUSTEDROOT).
    .title = Nepouzdan certifikat
    .summary = Bezbednosni certifikat servera izdao je izdavač certifikata kojem ovaj računar ne veruje.
    .summary-host = Bezbednosni certifikat servera { $host } izdao je izdavač certifikata kojem ovaj računar ne veruje.
# 12057
error-winhttp-secure-cert-rev-failed = Nije bilo moguće proveriti opoziv certifikata jer server za opoziv nije bio na mreži (odgovara CRYPT_E_REVOCATION_OFFLINE).
    .title = Certifikat nije mogao da se proveri
    .summary = Ovaj računar nije mogao da proveri da li je bezbednosni certifikat servera opozvan jer server koji objavljuje opozvane certifikate nije dostupan.
    .summary-host = Ovaj računar nije mogao da proveri da li je bezbednosni certifikat servera { $host } opozvan jer server koji objavljuje opozvane certifikate nije dostupan.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest objekat ne može da izvrši zahtevanu operaciju pre nego što se pozove metod Open.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da upotrebi zahtev pre nego što ga je pripremila.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da upotrebi zahtev za server { $host } pre nego što ga je pripremila.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest objekat ne može da izvrši zahtevanu operaciju pre nego što se pozove metod Send.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: zatražila je odgovor pre nego što je poslala zahtev.
    .summary-host = U aplikaciji je došlo do interne greške: zatražila je odgovor od servera { $host } pre nego što je poslala zahtev.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest objekat ne može da izvrši zahtevanu operaciju nakon što je pozvan metod Send.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da promeni zahtev koji je već bio poslat.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da promeni zahtev za server { $host } koji je već bio poslat.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest objekat ne može da zatraži navedenu opciju nakon što je pozvan metod Open.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da promeni postavku zahteva kada je za to već bilo kasno.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da promeni postavku zahteva za server { $host } kada je za to već bilo kasno.
# 12150
error-winhttp-header-not-found = Zahtevano zaglavlje nije moglo da se pronađe.
    .title = U odgovoru nedostaju informacije
    .summary = Odgovor servera nije sadržao informaciju koju je ova aplikacija očekivala.
    .summary-host = Odgovor servera { $host } nije sadržao informaciju koju je ova aplikacija očekivala.
# 12152
error-winhttp-invalid-server-response = Odgovor servera nije mogao da se raščlani.
    .title = Nevažeći odgovor servera
    .summary = Server je poslao odgovor koji nije bilo moguće razumeti.
    .summary-host = Server { $host } je poslao odgovor koji nije bilo moguće razumeti.
# 12153 – zahtev je sastavila aplikacija; korisnik ga nije uneo.
error-winhttp-invalid-header = Navedeno HTTP zaglavlje nije važeće, na primer zato što je pogrešno oblikovano.
    .title = Nevažeći zahtev
    .summary = Ova aplikacija je pokušala da pošalje podatke u nevažećem obliku, pa zahtev nije mogao da se pošalje.
    .summary-host = Ova aplikacija je pokušala da pošalje podatke serveru { $host } u nevažećem obliku, pa zahtev nije mogao da se pošalje.
# 12154 – zastareli kod: savremeni sistemi ga ne vraćaju, dakle greška je u aplikaciji.
error-winhttp-invalid-query-request = Zahtev za upit zaglavlja nije bio važeći (zastareli kod; više se ne koristi).
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
# 12155 – zastareli kod: savremeni sistemi ga ne vraćaju, dakle greška je u aplikaciji.
error-winhttp-header-already-exists = Zaglavlje nije moglo da se doda jer već postoji (zastareli kod; više se ne koristi).
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: pokušala je da dva puta doda iste podatke u zahtev.
    .summary-host = U aplikaciji je došlo do interne greške: pokušala je da dva puta doda iste podatke u zahtev za server { $host }.
# 12156
error-winhttp-redirect-failed = Preusmeravanje nije uspelo jer se šema promenila ili zato što nijedan pokušaj preusmeravanja nije uspeo (podrazumevano pet pokušaja).
    .title = Preusmeravanje nije uspelo
    .summary = Server je preusmerio zahtev na drugu adresu, ali preusmeravanje nije moglo da se dovrši.
    .summary-host = Server { $host } je preusmerio zahtev na drugu adresu, ali preusmeravanje nije moglo da se dovrši.
# 12157
error-winhttp-secure-channel-error = Došlo je do greške na bezbednom kanalu (odgovara kodovima grešaka SEC_E_ i SEC_I_ definisanim u winerror.h).
    .title = Nije moguće uspostaviti bezbednu vezu
    .summary = Došlo je do greške prilikom uspostavljanja bezbedne veze sa serverom.
    .summary-host = Došlo je do greške prilikom uspostavljanja bezbedne veze sa serverom { $host }.
# 12166 – „skripta za podešavanje proksi servera“ je PAC datoteka, nazvana kao u Windows postavkama proksi servera.
error-winhttp-bad-auto-proxy-script = Došlo je do greške prilikom izvršavanja koda skripte u datoteci za automatsko konfigurisanje proksi servera (PAC).
    .title = Greška u skripti za podešavanje proksi servera
    .summary = Skripta za podešavanje proksi servera za ovu mrežu sadrži grešku.
    .summary-host = Skripta za podešavanje proksi servera koja se koristi za pristup serveru { $host } sadrži grešku.
# 12167
error-winhttp-unable-to-download-script = PAC datoteka nije mogla da se preuzme, na primer zato što server naveden u PAC URL adresi nije bio dostupan ili je vratio 404 Not Found.
    .title = Skripta za podešavanje proksi servera nije dostupna
    .summary = Skripta za podešavanje proksi servera za ovu mrežu nije mogla da se preuzme.
    .summary-host = Skripta za podešavanje proksi servera potrebna za pristup serveru { $host } nije mogla da se preuzme.
# 12169
error-winhttp-secure-invalid-cert = Certifikat nije važeći (odgovara greškama kao što su CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED i CERT_E_CHAINING).
    .title = Nevažeći certifikat
    .summary = Bezbednosni certifikat servera nije važeći, pa bezbedna veza nije mogla da se uspostavi.
    .summary-host = Bezbednosni certifikat servera { $host } nije važeći, pa bezbedna veza nije mogla da se uspostavi.
# 12170
error-winhttp-secure-cert-revoked = Certifikat je opozvan (odgovara CRYPT_E_REVOKED).
    .title = Certifikat je opozvan
    .summary = Izdavač je opozvao bezbednosni certifikat servera, pa taj certifikat više nije pouzdan.
    .summary-host = Izdavač je opozvao bezbednosni certifikat servera { $host }, pa taj certifikat više nije pouzdan.
# 12172 – zastareli kod: savremeni sistemi ga ne vraćaju, dakle greška je u aplikaciji.
error-winhttp-not-initialized = WinHTTP nije inicijalizovan (zastareli kod; više se ne koristi).
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do internog problema: prijavila je grešku koju savremeni sistemi više ne koriste.
# 12175 – razlozi (cert-flag-* u nastavku) mogu da se prikažu kao lista ispod teksta.
error-winhttp-secure-failure = U SSL certifikatu koji je poslao server pronađena je jedna ili više grešaka. Da biste saznali koje, proverite da li postoji obaveštenje WINHTTP_CALLBACK_STATUS_SECURE_FAILURE u funkciji povratnog poziva za status (pogledajte WINHTTP_STATUS_CALLBACK).
    .title = Bezbedna veza nije uspela
    .summary = Bezbednosni certifikat servera ima jedan ili više problema, pa bezbedna veza nije mogla da se uspostavi.
    .summary-host = Bezbednosni certifikat koji je poslao server { $host } ima jedan ili više problema, pa bezbedna veza nije mogla da se uspostavi.
# 12176
error-winhttp-unhandled-script-type = Tip skripte nije podržan.
    .title = Nepodržana skripta za podešavanje proksi servera
    .summary = Skripta za podešavanje proksi servera za ovu mrežu je nepodržane vrste.
    .summary-host = Skripta za podešavanje proksi servera koja se koristi za pristup serveru { $host } je nepodržane vrste.
# 12177 – u praksi je to skripta za podešavanje proksi servera.
error-winhttp-script-execution-error = Došlo je do greške prilikom izvršavanja skripte.
    .title = Skripta za podešavanje proksi servera nije uspela
    .summary = Došlo je do greške prilikom izvršavanja skripte za podešavanje proksi servera za ovu mrežu.
    .summary-host = Došlo je do greške prilikom izvršavanja skripte za podešavanje proksi servera koja se koristi za pristup serveru { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl nije mogla da pronađe proksi server za navedenu URL adresu.
    .title = Proksi server nije pronađen
    .summary = Nije bilo moguće utvrditi koji proksi server treba koristiti za ovu adresu.
    .summary-host = Nije bilo moguće utvrditi koji proksi server treba koristiti za pristup serveru { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Certifikat nije važeći za zahtevanu namenu (odgovara CERT_E_WRONG_USAGE).
    .title = Certifikat nije namenjen ovoj upotrebi
    .summary = Bezbednosni certifikat servera nije namenjen za ovu vrstu veze.
    .summary-host = Bezbednosni certifikat servera { $host } nije namenjen za ovu vrstu veze.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl nije mogla da otkrije URL adresu datoteke za automatsko konfigurisanje proksi servera (PAC).
    .title = Postavke proksi servera nisu otkrivene
    .summary = Postavke proksi servera za ovu mrežu nisu mogle automatski da se otkriju.
    .summary-host = Postavke proksi servera potrebne za pristup serveru { $host } nisu mogle automatski da se otkriju.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse je primila odgovor sa više zaglavlja nego što WinHTTP može da prihvati.
    .title = Odgovor servera je odbijen
    .summary = Server je poslao odgovor sa previše zaglavlja, pa on nije mogao da se prihvati.
    .summary-host = Server { $host } je poslao odgovor sa previše zaglavlja, pa on nije mogao da se prihvati.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse je primila zaglavlja čija ukupna veličina premašuje ograničenje podešeno za identifikator zahteva.
    .title = Odgovor servera je prevelik
    .summary = Server je poslao odgovor čija su zaglavlja bila prevelika, pa on nije mogao da se prihvati.
    .summary-host = Server { $host } je poslao odgovor čija su zaglavlja bila prevelika, pa on nije mogao da se prihvati.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse je naišla na prekoračenje prilikom raščlanjivanja kodiranja prenosa u delovima: zaglavlje jednog dela premašilo je dozvoljenu veličinu.
    .title = Odgovor servera nije mogao da se pročita
    .summary = Deo odgovora servera bio je veći od dozvoljenog, pa odgovor nije mogao da se pročita.
    .summary-host = Deo odgovora servera { $host } bio je veći od dozvoljenog, pa odgovor nije mogao da se pročita.
# 12184
error-winhttp-response-drain-overflow = Dolazni odgovor je premašio interno ograničenje veličine u WinHTTP-u.
    .title = Odgovor servera je premašio ograničenje veličine
    .summary = Odgovor servera bio je veći nego što ovaj računar dozvoljava, pa nije mogao da se primi.
    .summary-host = Odgovor servera { $host } bio je veći nego što ovaj računar dozvoljava, pa nije mogao da se primi.
# 12185 – certifikat pripada samom korisniku (certifikat klijenta), a ne serveru.
error-winhttp-client-cert-no-private-key = Uz kontekst SSL certifikata klijenta nije povezan privatni ključ; certifikat je možda uvezen na računar bez privatnog ključa.
    .title = Vaš certifikat ne može da se upotrebi
    .summary = Certifikatu koji vas identifikuje nedostaje privatni ključ, pa ne može da se upotrebi. Ključ je možda izostavljen prilikom instaliranja certifikata.
    .summary-host = Certifikatu koji vas identifikuje serveru { $host } nedostaje privatni ključ, pa ne može da se upotrebi. Ključ je možda izostavljen prilikom instaliranja certifikata.
# 12186 – certifikat pripada samom korisniku (certifikat klijenta), a ne serveru.
error-winhttp-client-cert-no-access-private-key = Aplikacija nema privilegije potrebne za pristup privatnom ključu povezanom sa certifikatom klijenta.
    .title = Pristup vašem certifikatu je odbijen
    .summary = Ovoj aplikaciji nije dozvoljeno da koristi privatni ključ certifikata koji vas identifikuje.
    .summary-host = Ovoj aplikaciji nije dozvoljeno da koristi privatni ključ certifikata koji vas identifikuje serveru { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Proksi server zahteva potvrdu identiteta klijenta pomoću SSL/TLS certifikata; za vezu sa proksi serverom mora da se obezbedi certifikat klijenta.
    .title = Proksi server zahteva certifikat
    .summary = Proksi server zahteva certifikat koji identifikuje vas ili vaš računar pre nego što dozvoli vezu.
    .summary-host = Proksi server zahteva certifikat koji identifikuje vas ili vaš računar pre nego što dozvoli vezu sa serverom { $host }.
# 12188
error-winhttp-secure-failure-proxy = Došlo je do SSL/TLS greške na bezbednoj vezi sa proksi serverom, na primer do problema sa certifikatom koji je on poslao.
    .title = Bezbedna veza sa proksi serverom nije uspela
    .summary = Bezbedna veza sa proksi serverom nije mogla da se uspostavi, na primer zbog problema sa njegovim certifikatom.
    .summary-host = Bezbedna veza sa proksi serverom koji se koristi za pristup serveru { $host } nije mogla da se uspostavi, na primer zbog problema sa certifikatom proksi servera.
# 12189 – rezervisani kod: nikada se ne vraća, dakle greška je u aplikaciji.
error-winhttp-reserved-189 = Rezervisani kod; ne koristi se.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do internog problema: prijavila je grešku koja je rezervisana i nikada se ne koristi.
    .summary-host = Tokom povezivanja sa serverom { $host } u aplikaciji je došlo do internog problema: prijavila je grešku koja je rezervisana i nikada se ne koristi.
# 12190 – „veb protokol“ je HTTP; verzije su HTTP/1.1, HTTP/2 i HTTP/3.
error-winhttp-http-protocol-mismatch = Verzija HTTP protokola koju koristi server ne podudara se sa zahtevanom ili potrebnom, na primer bio je potreban HTTP/2 ili HTTP/3, ali nije mogao da se dogovori.
    .title = Nekompatibilna verzija veb protokola
    .summary = Server i ova aplikacija nisu mogli da se dogovore koju verziju veb protokola da koriste.
    .summary-host = Server { $host } i ova aplikacija nisu mogli da se dogovore koju verziju veb protokola da koriste.
# 12191
error-winhttp-global-callback-failed = Globalna funkcija povratnog poziva registrovana u WinHTTP-u nije uspela.
    .title = Interna greška aplikacije
    .summary = U aplikaciji je došlo do interne greške: jedna od njenih komponenti je otkazala dok se zahtev obrađivao.
    .summary-host = U aplikaciji je došlo do interne greške: jedna od njenih komponenti je otkazala dok se obrađivao zahtev upućen serveru { $host }.
# 12192
error-winhttp-feature-disabled = Zahtevana WinHTTP funkcija je onemogućena i ne može da se koristi.
    .title = Funkcija je isključena
    .summary = Funkcija koja je potrebna za ovaj zahtev isključena je na ovom računaru.
    .summary-host = Funkcija potrebna za zahtev upućen serveru { $host } isključena je na ovom računaru.
# 12193
error-winhttp-fast-forwarding-not-supported = Brzo prosleđivanje nije podržano za ovaj zahtev ili vezu.
    .title = Funkcija nije podržana
    .summary = Ova aplikacija je zatražila funkciju koju ova veza ne podržava.
    .summary-host = Ova aplikacija je zatražila funkciju koju veza sa serverom { $host } ne podržava.

## Saveti: šta korisnik može da pokuša; prikazuju se kao lista ispod teksta.
## Svaki je jedna potpuna rečenica u zapovednom načinu sa tačkom, najviše 100 znakova.
## Katalog (src/catalog.rs) odlučuje koje savete kod prikazuje i kojim redosledom.
hint-check-connection = Proverite mrežnu vezu.
hint-try-again-later = Sačekajte malo, a zatim pokušajte ponovo.
hint-check-address = Proverite da li je adresa ispravno napisana.
hint-check-proxy = Proverite postavke proksi servera ili se obratite administratoru mreže.
hint-check-firewall = Uverite se da nijedan zaštitni zid ni antivirusni program ne blokira ovu aplikaciju.
hint-check-date-time = Uverite se da su datum, vreme i vremenska zona na računaru ispravni.
hint-update-system = Instalirajte najnovije ispravke za operativni sistem.
hint-contact-site-owner = Ako se problem nastavi, obratite se vlasniku veb lokacije ili servera.
hint-contact-support = Obratite se timu za podršku ove aplikacije.
hint-update-app = Proverite da li postoji novija verzija ove aplikacije.
hint-restart-app = Zatvorite ovu aplikaciju i ponovo je otvorite.
hint-restart-computer = Ponovo pokrenite računar.
hint-free-memory = Zatvorite druge programe da biste oslobodili memoriju, a zatim pokušajte ponovo.
hint-check-credentials = Proverite da li su korisničko ime i lozinka ispravni.
# Prikazuje se kada server ili proksi server traži korisnikov certifikat ili kada on ne može da se upotrebi.
hint-check-client-certificate = Uverite se da je traženi certifikat ispravno instaliran ili se obratite administratoru.

## Problemi sa certifikatom: po jedan red, prikazuju se kao lista kada bezbedna veza nije uspela.
## Najviše 120 znakova; jedna potpuna rečenica sa tačkom.
## „Certifikat“ je onaj koji je poslao server.
cert-flag-rev-failed = Ovaj računar nije mogao da proveri da li je certifikat opozvan.
cert-flag-invalid-cert = Certifikat nije važeći.
cert-flag-cert-revoked = Certifikat je opozvao njegov izdavač.
cert-flag-invalid-ca = Certifikat je izdao izdavač kojem ovaj računar ne veruje.
cert-flag-cert-cn-invalid = Certifikat je izdat za lokaciju sa drugim imenom.
cert-flag-cert-date-invalid = Certifikat je istekao ili još ne važi.
cert-flag-cert-wrong-usage = Certifikat nije namenjen za ovu vrstu veze.
cert-flag-security-channel-error = Došlo je do greške prilikom uspostavljanja bezbedne veze.
# $flags (String): preostale oznake u heksadecimalnom obliku, npr. 0x00000100; može ih biti nekoliko.
cert-flag-unknown = Certifikat ima jedan ili više problema koji nisu mogli da se utvrde ({ $flags }).

## Kodovi koje ova biblioteka ne poznaje.
# $code (String): decimalni kod, npr. 12345. $hex (String): isti kod u heksadecimalnom obliku, 0x00003039.
# $host (String): ime servera (samo u .summary-host), npr. example.com.
# Ista ograničenja kao za delove svakog koda: najviše 200 znakova.
unknown-code =
    .summary = Došlo je do neočekivanog problema prilikom povezivanja (greška { $code }, { $hex }).
    .summary-host = Došlo je do neočekivanog problema prilikom povezivanja sa serverom { $host } (greška { $code }, { $hex }).

## Složene poruke

# $description (String) – opis koda; $name (String) – njegovo simboličko ime; $code (String) – decimalni kod.
report-line = { $description } ({ $name }, { $code })
# $code (String) – decimalni kod; $hex (String) – isti kod u heksadecimalnom obliku, npr. 0x80072EE2.
unknown-error = Nepoznata WinHTTP greška { $code } ({ $hex }).
