### Descrierile codurilor de eroare WinHTTP (ro-RO).
### Un mesaj pentru fiecare cod de eroare, în ordinea numerică a codurilor.
### Identificatorul mesajului este numele simbolic al constantei, cu litere mici,
### în care „_” este înlocuit cu „-”.
### Valoarea fiecărui mesaj este descrierea tehnică, pentru programatori: un
### singur rând, fără variabile, deoarece se afișează ca atare în casete de
### dialog și în jurnale. Numele de funcții, metode, opțiuni, macrocomenzi și
### constante (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) sunt
### identificatori ai API-ului și nu se traduc și nu se modifică niciodată.
###
### Text pentru utilizatorul final: pe lângă valoare, fiecare cod are trei
### atribute scrise pentru o persoană care nu este programator:
###   .title         Titlul casetei de dialog (instrucțiunea principală): ce nu
###                  a funcționat, cel mult 60 de caractere, doar prima literă
###                  mare, fără punct final.
###   .summary       Textul de sub titlu: una sau două propoziții simple despre
###                  ce s-a întâmplat, cel mult 200 de caractere, cu punct la
###                  sfârșit. Trebuie să se înțeleagă singur, fără numele
###                  serverului.
###   .summary-host  Același rezumat, care numește serverul: { $host } apare
###                  exact o dată, cel mult 200 de caractere când $host este
###                  „example.com”.
### $host conține numele serverului așa cum îl cunoaște aplicația, de exemplu
### „example.com”, „intranet.corp.local” sau o adresă IP precum 192.0.2.10. Nu
### este niciodată gol. Nu primește articol sau desinență: acestea se pun pe
### substantivul dinainte („serverului { $host }”, „la serverul { $host }”).
### Sfaturile (hint-*) se afișează ca listă sub rezumat: o singură propoziție
### la imperativ, cu punct final, cel mult 100 de caractere. Ce sfaturi primește
### fiecare cod hotărăște catalogul (src/catalog.rs), la fel în toate limbile;
### rezumatul spune deci ce s-a întâmplat, fără să repete sfaturile. Rândurile
### despre problemele certificatului (cert-flag-*) au cel mult 120 de caractere.
### În aceste părți nu apare niciun identificator al API-ului: niciun nume de
### constantă, funcție, metodă sau opțiune, niciun „_”, „WinHTTP”, „handle”,
### „callback”, „PAC” și nicio „{” în afara variabilelor documentate. Preferăm
### cuvintele obișnuite („conexiune securizată” în loc de TLS/SSL, „script de
### configurare proxy” în loc de fișier PAC, ca în setările proxy din Windows).
### Când aplicația a folosit greșit biblioteca (coduri învechite, rezervate și
### de „utilizare”), textul spune simplu că aplicația a întâmpinat o problemă
### internă; nu învinovățim niciodată utilizatorul. La erorile de securitate nu
### sugerăm niciodată ocolirea, ignorarea sau continuarea în ciuda problemei.
### Adresare politicoasă la persoana a II-a plural, ca în Windows în limba
### română („Verificați…”, „Încercați din nou.”).
###
### Glosar (termenii din Windows în limba română):
###   server = server; proxy (server) = server proxy (setări proxy);
###   certificate = certificat (al serverului: certificat de securitate; al
###     utilizatorului: certificatul care vă identifică, față de serverul
###     { $host }); certification authority = autoritate de certificare;
###     private key = cheie privată; revoke = a revoca; revocation = revocare;
###   secure connection = conexiune securizată; secure channel = canal securizat;
###   firewall = paravan de protecție; antivirus = program antivirus;
###   request = solicitare; response = răspuns; header = antet; redirect =
###     redirecționare; connection = conexiune; network = rețea;
###   shut down = a fi în curs de oprire (accesul la rețea);
###   time out = expirare a timpului de așteptare; sign in = conectare;
###     user name = nume de utilizator; password = parolă;
###   URL = URL (pentru utilizator: adresă web); website = site web;
###   application = aplicație; update = actualizare;
###   handle = identificator (handle), numai în descrieri;
###   callback = funcție de apel invers, numai în descrieri;
###   PAC file = fișier PAC (descrieri) / script de configurare proxy
###     (utilizator); web protocol = protocol web; feature = caracteristică.
### Winsock (numai în descrieri): socket = socket; host = gazdă; name server =
###   server de nume; route = rută; keep-alive = menținerea conexiunii
###   (keep-alive).
###
### Tipografie: ghilimele „…” (și «…» în interiorul lor); apostrof ’;
### diacritice cu virgulă dedesubt ș, ț, Ș, Ț (U+0219, U+021B, U+0218, U+021A),
### niciodată cu sedilă (U+015F, U+0163); ă, â, î conform normelor actuale („sunt”,
### „România”). Fără spațiu înainte de : ; ! ?. Fără U+2068/U+2069, fără
### spații la sfârșit de rând.

## Generic Windows errors (winerror.h) also returned by WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Sistemul nu găsește fișierul specificat: o setare, un fișier sau o valoare de registry căutată de funcție nu există.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: nu a găsit o setare sau un fișier de care avea nevoie.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host }: nu a găsit o setare sau un fișier de care avea nevoie.
# 6
error-invalid-handle = Identificatorul (handle) transmis API-ului a fost invalidat sau închis.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să folosească o conexiune care fusese deja închisă.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să folosească o conexiune la { $host } care fusese deja închisă.
# 8
error-not-enough-memory = Memoria disponibilă nu este suficientă pentru finalizarea operațiunii solicitate.
    .title = Memorie insuficientă
    .summary = Computerul a rămas fără memorie disponibilă înainte ca solicitarea să poată fi finalizată.
    .summary-host = Computerul a rămas fără memorie disponibilă înainte ca solicitarea către { $host } să poată fi finalizată.
# 18
error-no-more-files = Nu mai există fișiere.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă la citirea rezultatelor unei solicitări.
    .summary-host = Această aplicație a întâmpinat o problemă internă la citirea rezultatelor unei solicitări către { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Stiva de protocoale necesară nu este încărcată, iar aplicația nu poate porni Winsock.
    .title = Rețeaua nu este disponibilă
    .summary = Componentele de rețea de care are nevoie această aplicație nu au putut fi pornite pe acest computer.
    .summary-host = Componentele de rețea necesare pentru conectarea la { $host } nu au putut fi pornite pe acest computer.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parametrul este incorect: unul dintre argumentele transmise funcției nu este valid (de exemplu, un pointer NULL, o dimensiune greșită a structurii sau indicatori contradictorii).
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a transmis componentei de rețea informații care nu sunt valide.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host }: a transmis componentei de rețea informații care nu sunt valide.
# 122
error-insufficient-buffer = Memoria tampon furnizată funcției este prea mică pentru datele returnate. Consultați documentația funcției respective pentru detalii.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: nu a rezervat suficient spațiu pentru datele primite.
    .summary-host = Această aplicație a întâmpinat o problemă internă: nu a rezervat suficient spațiu pentru datele primite de la { $host }.
# 259
error-no-more-items = Nu mai există elemente.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă la citirea unei liste de rezultate.
    .summary-host = Această aplicație a întâmpinat o problemă internă la citirea unei liste de rezultate de la { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = O operațiune de intrare/ieșire suprapusă este în curs: funcția continuă asincron și raportează rezultatul prin funcția de apel invers pentru stare.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a tratat drept eșec o solicitare care era încă în curs.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a tratat drept eșec o solicitare către { $host } care era încă în curs.
# 1168
error-not-found = Elementul nu a fost găsit: elementul cerut funcției (de exemplu, un rezultat proxy, o intrare sau o setare stocată) nu există.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a cerut un element care nu există.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host }: a cerut un element care nu există.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = Operațiunea nu este validă în starea curentă a obiectului, de exemplu trimiterea pe un WebSocket care se închide sau recepția în timp ce o altă recepție este în așteptare.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să folosească o conexiune într-un mod pe care starea ei curentă nu îl permite.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să folosească conexiunea la { $host } într-un mod pe care starea ei curentă nu îl permite.

## Winsock errors (winsock2.h) that a WinHTTP implementation passes through
## (Wine's winhttp.dll does; Windows' maps most of them to a 12xxx code).
## To a user they mean what their WinHTTP twin means; the description says
## which code it is.

# 10050
wsaenetdown = Subsistemul de rețea nu funcționează (WSAENETDOWN): stiva de rețea sau adaptorul de rețea al acestui computer nu funcționează.
    .title = Rețeaua nu funcționează
    .summary = Rețeaua de pe acest computer nu funcționează, așa că serverul nu a putut fi contactat.
    .summary-host = Rețeaua de pe acest computer nu funcționează, așa că serverul { $host } nu a putut fi contactat.
# 10051
wsaenetunreach = Rețeaua nu este accesibilă (WSAENETUNREACH): acest computer nu are nicio rută către rețeaua serverului.
    .title = Rețea inaccesibilă
    .summary = Acest computer nu are nicio cale către rețeaua serverului, așa că serverul nu a putut fi contactat.
    .summary-host = Acest computer nu are nicio cale către rețeaua serverului { $host }, așa că serverul nu a putut fi contactat.
# 10052
wsaenetreset = Conexiunea a fost întreruptă deoarece menținerea conexiunii (keep-alive) a detectat o defecțiune în timpul operațiunii (WSAENETRESET).
    .title = Conexiune întreruptă
    .summary = Conexiunea cu serverul s-a pierdut deoarece rețeaua a încetat să răspundă.
    .summary-host = Conexiunea cu serverul { $host } s-a pierdut deoarece rețeaua a încetat să răspundă.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = O conexiune stabilită a fost abandonată de software-ul de pe acest computer (WSAECONNABORTED), de exemplu după expirarea timpului de transmitere a datelor sau de un paravan de protecție.
    .title = Conexiune întreruptă
    .summary = Conexiunea cu serverul a fost încheiată de acest computer, poate de un paravan de protecție sau de un program de securitate.
    .summary-host = Conexiunea cu serverul { $host } a fost încheiată de acest computer, poate de un paravan de protecție sau de un program de securitate.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = O conexiune existentă a fost închisă forțat de gazda la distanță (WSAECONNRESET).
    .title = Conexiune întreruptă
    .summary = Serverul a închis conexiunea în mod neașteptat.
    .summary-host = Serverul { $host } a închis conexiunea în mod neașteptat.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Încercarea de conectare sau transferul a expirat deoarece cealaltă parte nu a răspuns la timp (WSAETIMEDOUT).
    .title = Timpul de conectare a expirat
    .summary = Serverul a întârziat prea mult să răspundă.
    .summary-host = Serverul { $host } a întârziat prea mult să răspundă.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Nu s-a putut face nicio conexiune deoarece computerul țintă a refuzat-o în mod activ (WSAECONNREFUSED): nimic nu ascultă pe acel port.
    .title = Conexiune refuzată
    .summary = Serverul a refuzat conexiunea. Este posibil să fie oprit sau să nu accepte conexiuni.
    .summary-host = Serverul { $host } a refuzat conexiunea. Este posibil să fie oprit sau să nu accepte conexiuni.
# 10064
wsaehostdown = O operațiune socket a eșuat deoarece gazda de destinație nu funcționează (WSAEHOSTDOWN).
    .title = Serverul nu răspunde
    .summary = Serverul pare să fie oprit sau deconectat de la rețea.
    .summary-host = Serverul { $host } pare să fie oprit sau deconectat de la rețea.
# 10065
wsaehostunreach = S-a încercat o operațiune socket către o gazdă inaccesibilă (WSAEHOSTUNREACH): nu s-a găsit nicio rută către server.
    .title = Server inaccesibil
    .summary = Nu s-a găsit nicio cale de la acest computer către server.
    .summary-host = Nu s-a găsit nicio cale de la acest computer către serverul { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Gazda nu este cunoscută (WSAHOST_NOT_FOUND): serverul de nume nu are nicio adresă pentru acest nume.
    .title = Serverul nu a fost găsit
    .summary = Serverul nu a fost găsit în rețea.
    .summary-host = Nu s-a găsit în rețea niciun server cu numele { $host }.
# 11002
wsatry-again = Serverul de nume nu a dat un răspuns autoritar, iar căutarea poate reuși mai târziu (WSATRY_AGAIN): de obicei este o defecțiune temporară a serverului de nume.
    .title = Căutarea numelui serverului a eșuat
    .summary = Numele serverului nu a putut fi căutat momentan. De obicei, aceasta este o problemă temporară.
    .summary-host = Numele { $host } nu a putut fi căutat momentan. De obicei, aceasta este o problemă temporară.

## WinHTTP-specific errors (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Nu au mai putut fi generați identificatori (handle) (cod învechit, nu mai este utilizat).
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host } și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
# 12002
error-winhttp-timeout = Timpul de așteptare pentru solicitare a expirat. Acest lucru poate proveni și din comportamentul TCP/IP la expirarea timpului, indiferent de valorile de expirare setate în WinHTTP.
    .title = Timpul de conectare a expirat
    .summary = Serverul a întârziat prea mult să răspundă.
    .summary-host = Serverul { $host } a întârziat prea mult să răspundă.
# 12004
error-winhttp-internal-error = A apărut o eroare internă în WinHTTP.
    .title = Eroare internă neașteptată
    .summary = O problemă internă neașteptată a oprit solicitarea.
    .summary-host = O problemă internă neașteptată a oprit solicitarea către { $host }.
# 12005
error-winhttp-invalid-url = URL-ul nu este valid.
    .title = Adresă web nevalidă
    .summary = Adresa web nu este validă, așa că solicitarea nu a putut fi trimisă.
    .summary-host = Adresa web folosită pentru a ajunge la { $host } nu este validă, așa că solicitarea nu a putut fi trimisă.
# 12006
error-winhttp-unrecognized-scheme = URL-ul specifică o schemă diferită de http: sau https:.
    .title = Adresă web neacceptată
    .summary = Acest tip de adresă nu este acceptat. Se pot deschide numai adrese care încep cu http:// sau https://.
    .summary-host = Adresa folosită pentru a ajunge la { $host } este de un tip neacceptat. Se pot deschide numai adrese care încep cu http:// sau https://.
# 12007
error-winhttp-name-not-resolved = Numele serverului nu a putut fi rezolvat.
    .title = Serverul nu a fost găsit
    .summary = Serverul nu a fost găsit în rețea.
    .summary-host = Nu s-a găsit în rețea niciun server cu numele { $host }.
# 12009
error-winhttp-invalid-option = Un apel la WinHttpQueryOption sau WinHttpSetOption a specificat o valoare de opțiune nevalidă.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a folosit o setare de conexiune care nu este validă.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host }: a folosit o setare de conexiune care nu este validă.
# 12011
error-winhttp-option-not-settable = Opțiunea solicitată nu poate fi setată; poate fi doar interogată.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să modifice o setare de conexiune care poate fi doar citită.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host }: a încercat să modifice o setare de conexiune care poate fi doar citită.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Suportul pentru funcțiile WinHTTP este în curs de închidere sau descărcare.
    .title = Accesul la rețea este în curs de oprire
    .summary = Solicitarea a fost oprită deoarece accesul la rețea este în curs de oprire, de exemplu pentru că această aplicație se închide.
    .summary-host = Solicitarea către { $host } a fost oprită deoarece accesul la rețea este în curs de oprire, de exemplu pentru că această aplicație se închide.
# 12015
error-winhttp-login-failure = Încercarea de conectare a eșuat. Închideți identificatorul solicitării cu WinHttpCloseHandle și creați unul nou înainte de a reîncerca funcția care a eșuat.
    .title = Conectarea a eșuat
    .summary = Serverul nu a acceptat datele de conectare.
    .summary-host = Serverul { $host } nu a acceptat datele de conectare.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Operațiunea a fost anulată, de obicei pentru că identificatorul pe care lucra solicitarea a fost închis înainte de finalizarea operațiunii.
    .title = Solicitare anulată
    .summary = Solicitarea a fost anulată înainte de a se putea finaliza.
    .summary-host = Solicitarea către { $host } a fost anulată înainte de a se putea finaliza.
# 12018
error-winhttp-incorrect-handle-type = Tipul identificatorului furnizat nu este corect pentru această operațiune.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă și nu a putut finaliza solicitarea.
    .summary-host = Această aplicație a întâmpinat o problemă internă și nu a putut finaliza solicitarea către { $host }.
# 12019
error-winhttp-incorrect-handle-state = Operațiunea solicitată nu poate fi efectuată deoarece identificatorul furnizat nu este în starea corectă.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a parcurs pașii solicitării în ordinea greșită.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a parcurs pașii solicitării către { $host } în ordinea greșită.
# 12029
error-winhttp-cannot-connect = Nu s-a putut stabili conexiunea cu serverul.
    .title = Nu se poate realiza conexiunea
    .summary = Această aplicație nu s-a putut conecta la server.
    .summary-host = Această aplicație nu s-a putut conecta la serverul { $host }.
# 12030
error-winhttp-connection-error = Conexiunea cu serverul a fost resetată sau încheiată ori s-a întâlnit un protocol SSL incompatibil (de exemplu, WinHTTP 5.1 nu acceptă SSL 2.0 decât dacă clientul îl activează în mod explicit).
    .title = Conexiune întreruptă
    .summary = Conexiunea cu serverul a fost întreruptă sau închisă în mod neașteptat.
    .summary-host = Conexiunea cu serverul { $host } a fost întreruptă sau închisă în mod neașteptat.
# 12032
error-winhttp-resend-request = Funcția WinHTTP a eșuat, dar poate fi reîncercată pe același identificator de solicitare.
    .title = Solicitarea nu a reușit
    .summary = Solicitarea nu a putut fi finalizată la această încercare.
    .summary-host = Solicitarea către { $host } nu a putut fi finalizată la această încercare.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificat necesar nu se află în perioada sa de valabilitate conform ceasului sistemului sau marcajului de timp al fișierului semnat ori perioadele de valabilitate ale lanțului de certificate nu sunt incluse corect una în alta (echivalent cu CERT_E_EXPIRED sau CERT_E_VALIDITYPERIODNESTING).
    .title = Certificat expirat sau care nu este încă valabil
    .summary = Certificatul de securitate al serverului a expirat sau nu este încă valabil, conform ceasului acestui computer.
    .summary-host = Certificatul de securitate al serverului { $host } a expirat sau nu este încă valabil, conform ceasului acestui computer.
# 12038
error-winhttp-secure-cert-cn-invalid = Numele comun (CN) al certificatului nu corespunde valorii transmise (echivalent cu CERT_E_CN_NO_MATCH).
    .title = Certificat emis pentru alt site
    .summary = Certificatul de securitate a fost emis pentru alt nume de site, așa că identitatea serverului nu a putut fi confirmată.
    .summary-host = Certificatul de securitate trimis de { $host } a fost emis pentru alt nume, așa că identitatea serverului nu a putut fi confirmată.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Serverul solicită autentificarea clientului SSL (raportată de WinHttpReceiveResponse). Obțineți emitenții de certificate acceptați cu WinHttpQueryOption și WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; dacă un certificat este solicitat, dar nu obligatoriu, apelați WinHttpSetOption cu WINHTTP_OPTION_CLIENT_CERT_CONTEXT și WINHTTP_NO_CLIENT_CERT_CONTEXT în lpBuffer.
    .title = Serverul necesită un certificat
    .summary = Serverul necesită un certificat care să vă identifice pe dumneavoastră sau să identifice computerul dumneavoastră, înainte de a permite conexiunea.
    .summary-host = Serverul { $host } necesită un certificat care să vă identifice pe dumneavoastră sau să identifice computerul dumneavoastră, înainte de a permite conexiunea.
# 12045
error-winhttp-secure-invalid-ca = Un lanț de certificate a fost procesat, dar s-a încheiat într-un certificat rădăcină în care furnizorul de încredere nu are încredere (echivalent cu CERT_E_UNTRUSTEDROOT).
    .title = Certificat care nu este de încredere
    .summary = Certificatul de securitate al serverului a fost emis de o autoritate în care acest computer nu are încredere.
    .summary-host = Certificatul de securitate al serverului { $host } a fost emis de o autoritate în care acest computer nu are încredere.
# 12057
error-winhttp-secure-cert-rev-failed = Revocarea certificatului nu a putut fi verificată deoarece serverul de revocare era offline (echivalent cu CRYPT_E_REVOCATION_OFFLINE).
    .title = Certificatul nu a putut fi verificat
    .summary = Acest computer nu a putut verifica dacă certificatul de securitate al serverului a fost revocat, deoarece serverul care raportează certificatele revocate nu a putut fi contactat.
    .summary-host = Acest computer nu a putut verifica dacă certificatul de securitate al serverului { $host } a fost revocat, deoarece serverul care raportează certificatele revocate nu a putut fi contactat.
# 12100
error-winhttp-cannot-call-before-open = Obiectul WinHttpRequest nu poate efectua operațiunea solicitată înainte de apelarea metodei Open.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să folosească o solicitare înainte de a o pregăti.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să folosească o solicitare către { $host } înainte de a o pregăti.
# 12101
error-winhttp-cannot-call-before-send = Obiectul WinHttpRequest nu poate efectua operațiunea solicitată înainte de apelarea metodei Send.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a cerut un răspuns înainte de a trimite solicitarea.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a cerut răspunsul de la { $host } înainte de a trimite solicitarea.
# 12102
error-winhttp-cannot-call-after-send = Obiectul WinHttpRequest nu poate efectua operațiunea solicitată după apelarea metodei Send.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să modifice o solicitare care fusese deja trimisă.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să modifice o solicitare către { $host } care fusese deja trimisă.
# 12103
error-winhttp-cannot-call-after-open = Obiectul WinHttpRequest nu poate solicita opțiunea specificată după apelarea metodei Open.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să modifice o setare a solicitării când era prea târziu.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să modifice o setare a unei solicitări către { $host } când era prea târziu.
# 12150
error-winhttp-header-not-found = Antetul solicitat nu a fost găsit.
    .title = Lipsesc informații din răspuns
    .summary = Răspunsul serverului nu conținea o informație pe care această aplicație o aștepta.
    .summary-host = Răspunsul de la { $host } nu conținea o informație pe care această aplicație o aștepta.
# 12152
error-winhttp-invalid-server-response = Răspunsul serverului nu a putut fi analizat.
    .title = Răspuns nevalid de la server
    .summary = Serverul a trimis un răspuns care nu a putut fi înțeles.
    .summary-host = Serverul { $host } a trimis un răspuns care nu a putut fi înțeles.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Antetul HTTP furnizat nu este valid, de exemplu pentru că este formatat greșit.
    .title = Solicitare nevalidă
    .summary = Această aplicație a încercat să trimită informații într-o formă care nu este validă, așa că solicitarea nu a putut fi trimisă.
    .summary-host = Această aplicație a încercat să trimită informații către { $host } într-o formă care nu este validă, așa că solicitarea nu a putut fi trimisă.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = O solicitare de interogare a antetului nu a fost validă (cod învechit, nu mai este utilizat).
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host } și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Antetul nu a putut fi adăugat deoarece există deja (cod învechit, nu mai este utilizat).
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: a încercat să adauge de două ori aceeași informație la o solicitare.
    .summary-host = Această aplicație a întâmpinat o problemă internă: a încercat să adauge de două ori aceeași informație la o solicitare către { $host }.
# 12156
error-winhttp-redirect-failed = Redirecționarea a eșuat deoarece schema s-a schimbat sau deoarece toate încercările de redirecționare au eșuat (implicit, cinci încercări).
    .title = Redirecționarea a eșuat
    .summary = Serverul a redirecționat solicitarea către altă adresă, dar redirecționarea nu a putut fi finalizată.
    .summary-host = Serverul { $host } a redirecționat solicitarea către altă adresă, dar redirecționarea nu a putut fi finalizată.
# 12157
error-winhttp-secure-channel-error = A apărut o eroare pe canalul securizat (echivalent cu codurile de eroare SEC_E_ și SEC_I_ definite în winerror.h).
    .title = Conexiunea securizată nu a putut fi stabilită
    .summary = A apărut o eroare la stabilirea unei conexiuni securizate cu serverul.
    .summary-host = A apărut o eroare la stabilirea unei conexiuni securizate cu serverul { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = A apărut o eroare la executarea codului de script din fișierul de configurare automată a proxy-ului (PAC).
    .title = Eroare în scriptul de configurare proxy
    .summary = Scriptul de configurare proxy pentru această rețea conține o eroare.
    .summary-host = Scriptul de configurare proxy folosit pentru a ajunge la { $host } conține o eroare.
# 12167
error-winhttp-unable-to-download-script = Fișierul PAC nu a putut fi descărcat, de exemplu pentru că serverul indicat de URL-ul PAC nu era accesibil sau a returnat 404 Not Found.
    .title = Scriptul de configurare proxy nu este disponibil
    .summary = Scriptul de configurare proxy pentru această rețea nu a putut fi descărcat.
    .summary-host = Scriptul de configurare proxy necesar pentru a ajunge la { $host } nu a putut fi descărcat.
# 12169
error-winhttp-secure-invalid-cert = Un certificat nu este valid (echivalent cu erori precum CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED și CERT_E_CHAINING).
    .title = Certificat nevalid
    .summary = Certificatul de securitate al serverului nu este valid, așa că nu s-a putut stabili o conexiune securizată.
    .summary-host = Certificatul de securitate al serverului { $host } nu este valid, așa că nu s-a putut stabili o conexiune securizată.
# 12170
error-winhttp-secure-cert-revoked = Un certificat a fost revocat (echivalent cu CRYPT_E_REVOKED).
    .title = Certificat revocat
    .summary = Certificatul de securitate al serverului a fost revocat de autoritatea care l-a emis, așa că nu mai poate fi considerat de încredere.
    .summary-host = Certificatul de securitate al serverului { $host } a fost revocat de autoritatea care l-a emis, așa că nu mai poate fi considerat de încredere.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP nu a fost inițializat (cod învechit, nu mai este utilizat).
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host } și a raportat o eroare pe care sistemele actuale nu o mai folosesc.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = S-au găsit una sau mai multe erori în certificatul SSL (Secure Sockets Layer) trimis de server. Pentru a afla care, verificați dacă apare o notificare WINHTTP_CALLBACK_STATUS_SECURE_FAILURE într-o funcție de apel invers pentru stare (consultați WINHTTP_STATUS_CALLBACK).
    .title = Conexiunea securizată a eșuat
    .summary = Certificatul de securitate al serverului are una sau mai multe probleme, așa că nu s-a putut stabili o conexiune securizată.
    .summary-host = Certificatul de securitate trimis de { $host } are una sau mai multe probleme, așa că nu s-a putut stabili o conexiune securizată.
# 12176
error-winhttp-unhandled-script-type = Tipul de script nu este acceptat.
    .title = Script de configurare proxy neacceptat
    .summary = Scriptul de configurare proxy pentru această rețea este de un tip neacceptat.
    .summary-host = Scriptul de configurare proxy folosit pentru a ajunge la { $host } este de un tip neacceptat.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = A apărut o eroare la executarea unui script.
    .title = Scriptul de configurare proxy a eșuat
    .summary = A apărut o eroare la rularea scriptului de configurare proxy pentru această rețea.
    .summary-host = A apărut o eroare la rularea scriptului de configurare proxy folosit pentru a ajunge la { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl nu a găsit un proxy pentru URL-ul specificat.
    .title = Serverul proxy nu a fost găsit
    .summary = Nu s-a putut determina ce server proxy trebuie folosit pentru această adresă.
    .summary-host = Nu s-a putut determina ce server proxy trebuie folosit pentru { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificat nu este valid pentru utilizarea solicitată (echivalent cu CERT_E_WRONG_USAGE).
    .title = Certificat nevalid pentru această utilizare
    .summary = Certificatul de securitate al serverului nu este destinat acestui tip de conexiune.
    .summary-host = Certificatul de securitate al serverului { $host } nu este destinat acestui tip de conexiune.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl nu a putut descoperi URL-ul fișierului de configurare automată a proxy-ului (PAC).
    .title = Setările proxy nu au fost detectate
    .summary = Setările proxy pentru această rețea nu au putut fi detectate automat.
    .summary-host = Setările proxy necesare pentru a ajunge la { $host } nu au putut fi detectate automat.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse a primit un răspuns care conține mai multe anteturi decât poate accepta WinHTTP.
    .title = Răspunsul serverului a fost respins
    .summary = Serverul a trimis un răspuns cu prea multe anteturi, așa că acesta nu a putut fi acceptat.
    .summary-host = Serverul { $host } a trimis un răspuns cu prea multe anteturi, așa că acesta nu a putut fi acceptat.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse a primit anteturi a căror dimensiune totală depășește limita setată pe identificatorul solicitării.
    .title = Răspunsul serverului este prea mare
    .summary = Serverul a trimis un răspuns cu anteturi prea mari, așa că acesta nu a putut fi acceptat.
    .summary-host = Serverul { $host } a trimis un răspuns cu anteturi prea mari, așa că acesta nu a putut fi acceptat.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse a întâlnit o depășire la analizarea codificării de transfer fragmentate (chunked) a răspunsului: un antet de fragment a depășit dimensiunea permisă.
    .title = Răspunsul serverului nu a putut fi citit
    .summary = O parte din răspunsul serverului a fost mai mare decât se permite, așa că răspunsul nu a putut fi citit.
    .summary-host = O parte din răspunsul de la { $host } a fost mai mare decât se permite, așa că răspunsul nu a putut fi citit.
# 12184
error-winhttp-response-drain-overflow = Un răspuns primit a depășit o limită internă de dimensiune a WinHTTP.
    .title = Răspunsul serverului a depășit o limită de dimensiune
    .summary = Răspunsul serverului a fost mai mare decât permite acest computer, așa că nu a putut fi primit.
    .summary-host = Răspunsul de la { $host } a fost mai mare decât permite acest computer, așa că nu a putut fi primit.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = Nicio cheie privată nu este asociată cu contextul certificatului de client SSL; este posibil ca certificatul să fi fost importat pe computer fără cheia sa privată.
    .title = Certificatul dumneavoastră nu poate fi utilizat
    .summary = Certificatului care vă identifică îi lipsește cheia privată, așa că nu poate fi utilizat. Este posibil ca cheia să fi fost omisă la instalarea certificatului.
    .summary-host = Certificatului care vă identifică față de serverul { $host } îi lipsește cheia privată, așa că nu poate fi utilizat. Este posibil ca cheia să fi fost omisă la instalarea certificatului.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Aplicația nu are privilegiile necesare pentru a accesa cheia privată asociată cu certificatul de client.
    .title = Accesul la certificatul dumneavoastră a fost refuzat
    .summary = Această aplicație nu are permisiunea de a utiliza cheia privată a certificatului care vă identifică.
    .summary-host = Această aplicație nu are permisiunea de a utiliza cheia privată a certificatului care vă identifică față de serverul { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Serverul proxy necesită autentificare cu certificat de client SSL/TLS; trebuie furnizat un certificat de client pentru conexiunea la proxy.
    .title = Serverul proxy necesită un certificat
    .summary = Serverul proxy necesită un certificat care să vă identifice pe dumneavoastră sau să identifice computerul dumneavoastră, înainte de a permite conexiunea.
    .summary-host = Serverul proxy necesită un certificat care să vă identifice pe dumneavoastră sau să identifice computerul dumneavoastră, înainte de a permite o conexiune la { $host }.
# 12188
error-winhttp-secure-failure-proxy = A apărut o eroare SSL/TLS pe conexiunea securizată cu serverul proxy, de exemplu o problemă cu certificatul trimis de acesta.
    .title = Conexiunea securizată cu serverul proxy a eșuat
    .summary = Nu s-a putut stabili o conexiune securizată cu serverul proxy, de exemplu din cauza unei probleme cu certificatul acestuia.
    .summary-host = Nu s-a putut stabili o conexiune securizată cu serverul proxy folosit pentru a ajunge la { $host }, de exemplu din cauza unei probleme cu certificatul acestuia.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Cod rezervat; nu este utilizat.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă și a raportat o eroare rezervată, care nu este folosită niciodată.
    .summary-host = Această aplicație a întâmpinat o problemă internă la conectarea la { $host } și a raportat o eroare rezervată, care nu este folosită niciodată.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Versiunea protocolului HTTP folosită de server nu corespunde celei solicitate sau necesare, de exemplu era necesar HTTP/2 sau HTTP/3, dar nu a putut fi negociat.
    .title = Versiune incompatibilă a protocolului web
    .summary = Serverul și această aplicație nu au putut conveni asupra versiunii protocolului web de utilizat.
    .summary-host = Serverul { $host } și această aplicație nu au putut conveni asupra versiunii protocolului web de utilizat.
# 12191
error-winhttp-global-callback-failed = O funcție globală de apel invers înregistrată la WinHTTP a eșuat.
    .title = Eroare internă a aplicației
    .summary = Această aplicație a întâmpinat o problemă internă: una dintre componentele sale a eșuat în timpul procesării solicitării.
    .summary-host = Această aplicație a întâmpinat o problemă internă: una dintre componentele sale a eșuat în timpul procesării solicitării către { $host }.
# 12192
error-winhttp-feature-disabled = Caracteristica WinHTTP solicitată este dezactivată și nu poate fi utilizată.
    .title = Caracteristică dezactivată
    .summary = O caracteristică de care are nevoie această solicitare este dezactivată pe acest computer.
    .summary-host = O caracteristică necesară pentru solicitarea către { $host } este dezactivată pe acest computer.
# 12193
error-winhttp-fast-forwarding-not-supported = Transmiterea rapidă (fast forwarding) nu este acceptată pentru această solicitare sau conexiune.
    .title = Caracteristică neacceptată
    .summary = Această aplicație a solicitat o caracteristică pe care această conexiune nu o acceptă.
    .summary-host = Această aplicație a solicitat o caracteristică pe care conexiunea la { $host } nu o acceptă.

## Hints: things a user can try, shown as a list under the summary.
## Each is one complete imperative sentence ending with a period, at most 100 characters.
## The catalogue (src/catalog.rs) decides which hints a code shows, and in which order.
hint-check-connection = Verificați conexiunea la rețea.
hint-try-again-later = Așteptați puțin, apoi încercați din nou.
hint-check-address = Verificați dacă adresa este scrisă corect.
hint-check-proxy = Verificați setările proxy sau adresați-vă administratorului de rețea.
hint-check-firewall = Asigurați-vă că niciun paravan de protecție sau program antivirus nu blochează această aplicație.
hint-check-date-time = Asigurați-vă că data, ora și fusul orar ale computerului sunt corecte.
hint-update-system = Instalați cele mai recente actualizări pentru sistemul de operare.
hint-contact-site-owner = Dacă problema persistă, contactați proprietarul site-ului web sau al serverului.
hint-contact-support = Contactați echipa de asistență a acestei aplicații.
hint-update-app = Verificați dacă există o versiune mai nouă a acestei aplicații.
hint-restart-app = Închideți această aplicație și deschideți-o din nou.
hint-restart-computer = Reporniți computerul.
hint-free-memory = Închideți alte programe pentru a elibera memorie, apoi încercați din nou.
hint-check-credentials = Verificați dacă numele de utilizator și parola sunt corecte.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Asigurați-vă că certificatul solicitat este instalat corect sau adresați-vă administratorului.

## Certificate problems: one line each, shown as a list when a secure connection failed.
## At most 120 characters; one complete sentence ending with a period.
## "The certificate" is the one the server sent.
cert-flag-rev-failed = Acest computer nu a putut verifica dacă certificatul a fost revocat.
cert-flag-invalid-cert = Certificatul nu este valid.
cert-flag-cert-revoked = Certificatul a fost revocat de autoritatea care l-a emis.
cert-flag-invalid-ca = Certificatul a fost emis de o autoritate în care acest computer nu are încredere.
cert-flag-cert-cn-invalid = Certificatul a fost emis pentru alt nume de site.
cert-flag-cert-date-invalid = Certificatul a expirat sau nu este încă valabil.
cert-flag-cert-wrong-usage = Certificatul nu este destinat acestui tip de conexiune.
cert-flag-security-channel-error = A apărut o eroare la stabilirea conexiunii securizate.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Certificatul are una sau mai multe probleme care nu au putut fi identificate ({ $flags }).

## Codes this library does not know.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = A apărut o problemă neașteptată la conectare (eroarea { $code }, { $hex }).
    .summary-host = A apărut o problemă neașteptată la conectarea la { $host } (eroarea { $code }, { $hex }).

## Composite messages

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Eroare WinHTTP necunoscută { $code } ({ $hex }).
