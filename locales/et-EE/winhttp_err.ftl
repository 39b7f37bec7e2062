### WinHTTP-i tõrkekoodide kirjeldused (et-EE).
### Iga tõrkekoodi kohta üks sõnum, järjestatud koodi numbri järgi. Sõnumi
### ID on sümbolkonstandi nimi väiketähtedega, „_“ asendatud märgiga „-“.
### Iga sõnumi väärtus on arendajatele mõeldud tehniline kirjeldus: üks rida
### ilma muutujateta, sest seda näidatakse muutmata kujul dialoogides ja
### logiridades. Funktsioonide, meetodite, suvandite, makrode ja konstantide
### nimed (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) on API
### identifikaatorid: neid ei tõlgita ega muudeta kunagi.
###
### Lõppkasutaja tekstid. Lisaks väärtusele (kirjeldus arendajale) on igal
### koodil kolm atribuuti, mis on kirjutatud inimesele, kes pole programmeerija:
###   .title         Dialoogi pealkiri (Windowsi tegumidialoogi põhijuhis): mis
###                  läks valesti, kuni 60 märki, suur algustäht ainult
###                  esimesel sõnal, lõpus punkti pole.
###   .summary       Pealkirja all olev tekst: üks või kaks lihtsat lauset
###                  selle kohta, mis juhtus, kuni 200 märki, lõpus punkt.
###                  Peab olema arusaadav ka ilma serveri nimeta.
###   .summary-host  Sama kokkuvõte koos serveri nimega: { $host } esineb
###                  täpselt üks kord, kuni 200 märki, kui $host on
###                  „example.com“.
### $host sisaldab serveri nime sellisena, nagu rakendus seda teab, nt
### „example.com“, „intranet.corp.local“ või IP-aadress, näiteks 192.0.2.10.
### See pole kunagi tühi: kui nime pole, kuvatakse selle asemel .summary.
### Nimele ei lisata kunagi käändelõppu ega muud liidet (mitte
### „{ $host }-iga“, mitte „{ $host }’i“), sest õige kuju sõltub nime
### hääldusest. Kääne pannakse lisandina ees seisvale nimisõnale: „server
### { $host }“, „serveriga { $host }“, „serverile { $host }“ (päring, mis
### saadetakse serverile; mitte „serverisse“), „serverist { $host }“.
### Näpunäited (hint-*, kuni 100 märki) kuvatakse kokkuvõtte all loendina;
### milline kood milliseid näpunäiteid saab, otsustab kataloog
### (src/catalog.rs) kõigis keeltes ühtmoodi, nii et kokkuvõte ütleb, mis
### juhtus, ega korda näpunäiteid. Sertifikaadiread (cert-flag-*) on kuni
### 120 märki, tundmatu koodi tekstid (unknown-code) kuni 200 märki.
### Nendes osades ei tohi olla ühtegi API identifikaatorit: ei konstandi,
### funktsiooni, meetodi ega suvandi nime, ei märki „_“, ei sõnu
### „WinHTTP“/„WinHttp“, „handle“, „callback“, „PAC“ ega märki „{“ peale
### dokumenteeritud muutujate. Selleks on kirjeldus. Eelistatakse
### igapäevaseid sõnu („turvaline ühendus“, mitte TLS/SSL; „puhverserveri
### häälestusskript“, mitte PAC-fail, nagu Windowsi puhverserveri sätetes).
### Kui rakendus ise kasutas teeki valesti (aegunud, reserveeritud ja
### „kasutusvea“ koodid), öeldakse lihtsalt, et rakendusel tekkis sisemine
### probleem; kasutajat ei süüdistata kunagi. Turbetõrgete puhul ei soovitata
### kunagi turvet mööda minna, tõrget eirata ega siiski jätkata.
### Pöördumine: nagu Windowsi eestikeelses versioonis, viisakas mitmuse vorm
### („Kontrollige…“, „Taaskäivitage…“, „teie arvuti“); tegumoe eelistus on
### umbisikuline („ei õnnestunud luua“).
###
### SÕNASTIK (Microsofti eesti terminoloogia, Windowsi teadete järgi):
###   server          = „server“; host = „host“ kirjeldustes (Windows:
###                     „kaughost“), kasutajale alati „server“.
###   proxy           = „puhverserver“; „puhverserveri sätted“.
###   PAC file        = „PAC-fail“ (ainult kirjeldustes); kasutajale
###                     „puhverserveri häälestusskript“ (Windows: „Kasuta
###                     häälestusskripti“).
###   certificate     = „sertifikaat“; serveri oma „turbesertifikaat“, kliendi
###                     oma „teid tuvastav sertifikaat“.
###   certification authority = „sertifitseerimiskeskus“; revoked =
###                     „tühistatud“; revocation server = „tühistusserver“
###                     (kasutajale: „server, mis teatab tühistatud
###                     sertifikaatidest“); private key = „privaatvõti“.
###   secure connection = „turvaline ühendus“; secure channel = „turvaline
###                     kanal“ (kirjeldus).
###   firewall        = „tulemüür“; antivirus program = „viirusetõrjeprogramm“.
###   request         = „päring“ (HTTP-päring; mitte „taotlus“), saadetakse
###                     „serverile“; response = „vastus“; header = „päis“.
###   redirect        = „ümbersuunamine“.
###   handle          = „pide“ (Windows: „Pide on sobimatu.“), ainult
###                     kirjeldustes.
###   callback        = „tagasikutse“, „tagasikutsefunktsioon“, ainult
###                     kirjeldustes.
###   socket          = „sokkel“ (Winsocki kirjeldused); Winsock = „Winsock“.
###   timeout         = „ajalõpp“ (pealkiri „Ühenduse ajalõpp“).
###   error           = „tõrge“ (Windowsi sõna), „viga“ ainult koodi vea
###                     mõttes; internal application error = „Rakenduse
###                     sisemine tõrge“.
###   connection refused = „server keeldus ühendusest“; connection
###                     reset/aborted = „Ühendus katkes“.
###   name server     = „nimeserver“; name resolution = „nimelahendus“.
###   sign-in         = „sisselogimine“; user name = „kasutajanimi“.
###   web address     = „veebiaadress“; website = „veebisait“.
###   feature         = „funktsioon“; application = „rakendus“;
###                     network administrator = „võrguadministraator“.
### Tüpograafia: jutumärgid „…“ (sees ‚…‘); mõttekriips tühikutega (–);
### kirjavahemärkide ees tühikut pole; ülakoma on tüpograafiline ’, mitte
### sirge jutumärk.

## Windowsi üldised tõrked (winerror.h), mida tagastab ka WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser ja teised sätete lugejad tagastavad selle,
# kui otsitavat salvestatud sätet või faili pole olemas.
error-file-not-found = Süsteem ei leia määratud faili: funktsiooni otsitud säte, fail või registriväärtus puudub.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: vajalikku sätet või faili ei leitud.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem: vajalikku sätet või faili ei leitud.
# 6
error-invalid-handle = API-le edastatud pide on kehtetuks muudetud või suletud.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas kasutada juba suletud ühendust.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas kasutada juba suletud ühendust serveriga { $host }.
# 8
error-not-enough-memory = Taotletud toimingu lõpuleviimiseks pole piisavalt mälu.
    .title = Mälu pole piisavalt
    .summary = Arvutil sai vaba mälu otsa enne, kui päring lõpule jõudis.
    .summary-host = Arvutil sai vaba mälu otsa enne, kui päring serverile { $host } lõpule jõudis.
# 18
error-no-more-files = Rohkem faile pole.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis päringu tulemuste lugemisel sisemine probleem.
    .summary-host = Rakendusel tekkis serverile { $host } saadetud päringu tulemuste lugemisel sisemine probleem.
# 50 — Windowsi võrgufunktsioone (Winsock) ei saanud käivitada.
error-not-supported = Nõutav protokollipinu pole laaditud ja rakendus ei saa Winsocki käivitada.
    .title = Võrgufunktsioonid pole saadaval
    .summary = Selle rakenduse jaoks vajalikke võrgukomponente ei saanud selles arvutis käivitada.
    .summary-host = Serveriga { $host } ühenduse loomiseks vajalikke võrgukomponente ei saanud selles arvutis käivitada.
# 87 — näiteks kui WinHttpCrackUrl saab struktuuri URL_COMPONENTS, mille dwStructSize on vale.
error-invalid-parameter = Parameeter on vale: üks funktsioonile edastatud argumentidest on sobimatu (nt NULL-osuti, vale struktuurisuurus või vastuolulised lipud).
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see edastas võrgukomponendile sobimatuid andmeid.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem: see edastas võrgukomponendile sobimatuid andmeid.
# 122
error-insufficient-buffer = Funktsioonile antud puhver on tagastatud andmete jaoks liiga väike. Üksikasju vaadake konkreetse funktsiooni dokumentatsioonist.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see ei jätnud saadud andmete jaoks piisavalt ruumi.
    .summary-host = Rakendusel tekkis sisemine probleem: see ei jätnud serverist { $host } saadud andmete jaoks piisavalt ruumi.
# 259
error-no-more-items = Rohkem üksusi pole.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis tulemuste loendi lugemisel sisemine probleem.
    .summary-host = Rakendusel tekkis serverist { $host } saadud tulemuste loendi lugemisel sisemine probleem.

# 997 — WinHttpGetProxyForUrlEx ja WebSocketi funktsioonid tagastavad selle, kui töö
# jätkub asünkroonselt; tõrge on see ainult siis, kui seda tõrkena käsitletakse.
error-io-pending = Kattuv S/V-toiming on pooleli: funktsioon jätkab asünkroonselt ja teatab tulemusest olekutagasikutse kaudu.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see käsitles veel pooleliolevat päringut tõrkena.
    .summary-host = Rakendusel tekkis sisemine probleem: see käsitles veel pooleliolevat päringut serverile { $host } tõrkena.
# 1168
error-not-found = Elementi ei leitud: funktsioonilt küsitud üksust (nt puhverserveri tulemust, kirjet või salvestatud sätet) pole olemas.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see küsis üksust, mida pole olemas.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem: see küsis üksust, mida pole olemas.
# 4317 — näiteks WebSocketi kaudu saatmine pärast sulgemiskätluse algust.
error-invalid-operation = Toiming pole objekti praeguses olekus lubatud, näiteks saatmine sulgemisel olevas WebSocketis või vastuvõtmine ajal, mil teine vastuvõtt on pooleli.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas kasutada ühendust viisil, mida ühenduse praegune olek ei luba.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas kasutada ühendust serveriga { $host } viisil, mida ühenduse praegune olek ei luba.

## Winsocki tõrked (winsock2.h), mille WinHTTP-i teostus edasi annab
## (Wine’i winhttp.dll teeb seda; Windowsi oma teisendab enamiku 12xxx-koodiks).
## Kasutajale tähendavad need sama mis nende WinHTTP-i vaste; kirjeldus
## nimetab koodi.

# 10050
wsaenetdown = Võrgu alamsüsteem on tõrkes (WSAENETDOWN): selle arvuti võrgupinu või võrguadapter ei tööta.
    .title = Võrk ei tööta
    .summary = Selle arvuti võrk ei tööta, seega ei saanud serveriga ühendust.
    .summary-host = Selle arvuti võrk ei tööta, seega ei saanud ühendust serveriga { $host }.
# 10051
wsaenetunreach = Võrk pole kättesaadav (WSAENETUNREACH): sellel arvutil pole marsruuti serveri võrku.
    .title = Võrk pole kättesaadav
    .summary = Sellest arvutist ei vii ühtegi teed serveri võrku, seega ei saanud serveriga ühendust.
    .summary-host = Sellest arvutist ei vii ühtegi teed serveri { $host } võrku, seega ei saanud serveriga ühendust.
# 10052
wsaenetreset = Ühendus katkes, sest ühenduse säilitamise kontroll tuvastas toimingu ajal tõrke (WSAENETRESET).
    .title = Ühendus katkes
    .summary = Ühendus serveriga katkes, sest võrk lakkas vastamast.
    .summary-host = Ühendus serveriga { $host } katkes, sest võrk lakkas vastamast.
# 10053 — „tarkvara põhjustatud ühenduse katkestus“: sageli tulemüür või turbeprogramm.
wsaeconnaborted = Selle arvuti tarkvara katkestas loodud ühenduse (WSAECONNABORTED), näiteks pärast andmeedastuse ajalõppu või tulemüüri tõttu.
    .title = Ühendus katkes
    .summary = Ühenduse serveriga katkestas see arvuti – võib-olla tegi seda tulemüür või turbeprogramm.
    .summary-host = Ühenduse serveriga { $host } katkestas see arvuti – võib-olla tegi seda tulemüür või turbeprogramm.
# 10054 — Windows teatab selle asemel ERROR_WINHTTP_CONNECTION_ERROR.
wsaeconnreset = Kaughost sulges olemasoleva ühenduse sunniviisiliselt (WSAECONNRESET).
    .title = Ühendus katkes
    .summary = Server sulges ühenduse ootamatult.
    .summary-host = Server { $host } sulges ühenduse ootamatult.
# 10060 — Windows teatab selle asemel ERROR_WINHTTP_TIMEOUT.
wsaetimedout = Ühenduse loomise katse või andmeedastus aegus, sest teine pool ei vastanud õigel ajal (WSAETIMEDOUT).
    .title = Ühenduse ajalõpp
    .summary = Server ei vastanud piisavalt kiiresti.
    .summary-host = Server { $host } ei vastanud piisavalt kiiresti.
# 10061 — Windows teatab selle asemel ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Ühendust ei saanud luua, sest sihtarvuti keeldus sellest aktiivselt (WSAECONNREFUSED): selles pordis ei kuula miski.
    .title = Server keeldus ühendusest
    .summary = Server keeldus ühendusest. See võib olla välja lülitatud või ei võta ühendusi vastu.
    .summary-host = Server { $host } keeldus ühendusest. See võib olla välja lülitatud või ei võta ühendusi vastu.
# 10064
wsaehostdown = Sokli toiming nurjus, sest sihthost ei tööta (WSAEHOSTDOWN).
    .title = Server ei vasta
    .summary = Server näib olevat välja lülitatud või võrgust lahti ühendatud.
    .summary-host = Server { $host } näib olevat välja lülitatud või võrgust lahti ühendatud.
# 10065
wsaehostunreach = Sokli toimingut prooviti teha kättesaamatu hostiga (WSAEHOSTUNREACH): marsruuti serverini ei leitud.
    .title = Server pole kättesaadav
    .summary = Sellest arvutist ei leitud teed serverini.
    .summary-host = Sellest arvutist ei leitud teed serverini { $host }.
# 11001 — Windows teatab selle asemel ERROR_WINHTTP_NAME_NOT_RESOLVED.
wsahost-not-found = Sellist hosti pole teada (WSAHOST_NOT_FOUND): nimeserveril pole selle nime jaoks aadressi.
    .title = Serverit ei leitud
    .summary = Serverit ei leitud võrgust.
    .summary-host = Serverit nimega { $host } ei leitud võrgust.
# 11002
wsatry-again = Nimeserver ei andnud autoriteetset vastust ja otsing võib hiljem õnnestuda (WSATRY_AGAIN): tavaliselt nimeserveri ajutine tõrge.
    .title = Serveri nime lahendamine nurjus
    .summary = Serveri nime ei saanud praegu lahendada. Tavaliselt on see ajutine probleem.
    .summary-host = Serveri nime { $host } ei saanud praegu lahendada. Tavaliselt on see ajutine probleem.

## WinHTTP-i enda tõrked (winhttp.h)

# 12001 — aegunud: praegused süsteemid ei teata seda kunagi, seega eksis rakendus.
error-winhttp-out-of-handles = Rohkem pidemeid ei saanud luua (aegunud; enam ei kasutata).
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
# 12002
error-winhttp-timeout = Päring aegus. Selle võib põhjustada ka TCP/IP ajalõpu käitumine, sõltumata WinHTTP-is määratud ajalõpuväärtustest.
    .title = Ühenduse ajalõpp
    .summary = Server ei vastanud piisavalt kiiresti.
    .summary-host = Server { $host } ei vastanud piisavalt kiiresti.
# 12004
error-winhttp-internal-error = WinHTTP-is ilmnes sisemine tõrge.
    .title = Ootamatu sisemine tõrge
    .summary = Ootamatu sisemine probleem peatas päringu.
    .summary-host = Ootamatu sisemine probleem peatas päringu serverile { $host }.
# 12005
error-winhttp-invalid-url = URL on sobimatu.
    .title = Sobimatu veebiaadress
    .summary = Veebiaadress on sobimatu, seega ei saanud päringut saata.
    .summary-host = Serveri { $host } poole pöördumiseks kasutatud veebiaadress on sobimatu, seega ei saanud päringut saata.
# 12006
error-winhttp-unrecognized-scheme = URL määrab muu skeemi kui http: või https:.
    .title = Veebiaadressi tüüpi ei toetata
    .summary = Seda tüüpi aadressi ei toetata. Avada saab ainult aadresse, mis algavad eesliitega http:// või https://.
    .summary-host = Serveri { $host } poole pöördumiseks kasutatud aadressi tüüpi ei toetata. Avada saab ainult aadresse, mis algavad eesliitega http:// või https://.
# 12007
error-winhttp-name-not-resolved = Serveri nime ei saanud lahendada.
    .title = Serverit ei leitud
    .summary = Serverit ei leitud võrgust.
    .summary-host = Serverit nimega { $host } ei leitud võrgust.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption või WinHttpSetOption kutse määras sobimatu suvandi väärtuse.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see kasutas sobimatut ühendusesätet.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem: see kasutas sobimatut ühendusesätet.
# 12011
error-winhttp-option-not-settable = Taotletud suvandit ei saa määrata, seda saab ainult küsida.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas muuta ühendusesätet, mida saab ainult lugeda.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem: see üritas muuta ühendusesätet, mida saab ainult lugeda.
# 12012 — ilmneb tavaliselt rakenduse sulgemisel.
error-winhttp-shutdown = WinHTTP-i funktsioonide tugi on välja lülitumas või mälust eemaldumas.
    .title = Võrgujuurdepääs lülitub välja
    .summary = Päring peatati, sest võrgujuurdepääs lülitub välja, näiteks seetõttu, et rakendus suletakse.
    .summary-host = Päring serverile { $host } peatati, sest võrgujuurdepääs lülitub välja, näiteks seetõttu, et rakendus suletakse.
# 12015
error-winhttp-login-failure = Sisselogimiskatse nurjus. Enne nurjunud funktsiooni uuesti proovimist sulgege päringu pide funktsiooniga WinHttpCloseHandle ja looge uus.
    .title = Sisselogimine nurjus
    .summary = Server ei aktsepteerinud sisselogimisandmeid.
    .summary-host = Server { $host } ei aktsepteerinud sisselogimisandmeid.
# 12017
error-winhttp-operation-cancelled = Toiming tühistati, tavaliselt seetõttu, et pide, millega päring töötas, suleti enne toimingu lõpuleviimist.
    .title = Päring tühistati
    .summary = Päring tühistati enne, kui see lõpule jõudis.
    .summary-host = Päring serverile { $host } tühistati enne, kui see lõpule jõudis.
# 12018
error-winhttp-incorrect-handle-type = Antud pideme tüüp ei sobi selle toimingu jaoks.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem ja see ei saanud päringut lõpule viia.
    .summary-host = Rakendusel tekkis sisemine probleem ja see ei saanud päringut serverile { $host } lõpule viia.
# 12019
error-winhttp-incorrect-handle-state = Taotletud toimingut ei saa teha, sest antud pide pole õiges olekus.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see tegi päringu etapid vales järjekorras.
    .summary-host = Rakendusel tekkis sisemine probleem: see tegi serverile { $host } saadetava päringu etapid vales järjekorras.
# 12029
error-winhttp-cannot-connect = Ühendust serveriga ei saanud luua.
    .title = Ühendust ei saa luua
    .summary = Rakendus ei saanud serveriga ühendust luua.
    .summary-host = Rakendus ei saanud ühendust serveriga { $host }.
# 12030
error-winhttp-connection-error = Ühendus serveriga lähtestati või katkestati või tuvastati ühildumatu SSL-protokoll (näiteks WinHTTP 5.1 ei toeta SSL 2.0-i, kui klient pole seda eraldi lubanud).
    .title = Ühendus katkes
    .summary = Ühendus serveriga katkes või suleti ootamatult.
    .summary-host = Ühendus serveriga { $host } katkes või suleti ootamatult.
# 12032
error-winhttp-resend-request = WinHTTP-i funktsioon nurjus, kuid seda saab sama päringupidemega uuesti proovida.
    .title = Päring ei läinud läbi
    .summary = Päringut ei saanud selle katsega lõpule viia.
    .summary-host = Päringut serverile { $host } ei saanud selle katsega lõpule viia.
# 12037
error-winhttp-secure-cert-date-invalid = Nõutav sertifikaat pole süsteemikella või allkirjastatud faili ajatempli järgi kehtivusaja piires või sertifikaadiahela kehtivusajad pole õigesti üksteise sees (vastab koodidele CERT_E_EXPIRED või CERT_E_VALIDITYPERIODNESTING).
    .title = Sertifikaat on aegunud või ei kehti veel
    .summary = Selle arvuti kella järgi on serveri turbesertifikaat aegunud või ei kehti veel.
    .summary-host = Selle arvuti kella järgi on serveri { $host } turbesertifikaat aegunud või ei kehti veel.
# 12038
error-winhttp-secure-cert-cn-invalid = Sertifikaadi üldnimi (CN) ei vasta edastatud väärtusele (vastab koodile CERT_E_CN_NO_MATCH).
    .title = Sertifikaat on mõeldud teisele saidile
    .summary = Turbesertifikaat on välja antud teise saidi nimele, seega ei saanud serveri identiteeti kinnitada.
    .summary-host = Serveri { $host } saadetud turbesertifikaat on välja antud teisele nimele, seega ei saanud serveri identiteeti kinnitada.
# 12044 — server palub kasutajal (või arvutil) tõendada oma identiteeti sertifikaadiga.
error-winhttp-client-auth-cert-needed = Server nõuab SSL-i kliendiautentimist (teatab WinHttpReceiveResponse). Aktsepteeritud sertifikaadiväljastajad saate funktsiooniga WinHttpQueryOption ja suvandiga WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; kui sertifikaati küsitakse, kuid see pole kohustuslik, kutsuge WinHttpSetOption suvandiga WINHTTP_OPTION_CLIENT_CERT_CONTEXT ja väärtusega WINHTTP_NO_CLIENT_CERT_CONTEXT parameetris lpBuffer.
    .title = Server nõuab sertifikaati
    .summary = Server nõuab enne ühenduse lubamist sertifikaati, mis tuvastab teid või teie arvuti.
    .summary-host = Server { $host } nõuab enne ühenduse lubamist sertifikaati, mis tuvastab teid või teie arvuti.
# 12045
error-winhttp-secure-invalid-ca = Sertifikaadiahel töödeldi, kuid see lõppes juursertifikaadiga, mida usaldusteenuse pakkuja ei usalda (vastab koodile CERT_E_UNTRUSTEDROOT).
    .title = Sertifikaat pole usaldusväärne
    .summary = Serveri turbesertifikaadi on välja andnud sertifitseerimiskeskus, mida see arvuti ei usalda.
    .summary-host = Serveri { $host } turbesertifikaadi on välja andnud sertifitseerimiskeskus, mida see arvuti ei usalda.
# 12057
error-winhttp-secure-cert-rev-failed = Sertifikaadi tühistamist ei saanud kontrollida, sest tühistusserver oli võrguühenduseta (vastab koodile CRYPT_E_REVOCATION_OFFLINE).
    .title = Sertifikaati ei saanud kontrollida
    .summary = See arvuti ei saanud kontrollida, kas serveri turbesertifikaat on tühistatud, sest tühistatud sertifikaatidest teatava serveriga ei saanud ühendust.
    .summary-host = See arvuti ei saanud kontrollida, kas serveri { $host } turbesertifikaat on tühistatud, sest tühistatud sertifikaatidest teatava serveriga ei saanud ühendust.
# 12100
error-winhttp-cannot-call-before-open = Objekt WinHttpRequest ei saa taotletud toimingut teha enne, kui on kutsutud meetodit Open.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas päringut kasutada enne selle ettevalmistamist.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas päringut serverile { $host } kasutada enne selle ettevalmistamist.
# 12101
error-winhttp-cannot-call-before-send = Objekt WinHttpRequest ei saa taotletud toimingut teha enne, kui on kutsutud meetodit Send.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see küsis vastust enne päringu saatmist.
    .summary-host = Rakendusel tekkis sisemine probleem: see küsis vastust serverilt { $host } enne päringu saatmist.
# 12102
error-winhttp-cannot-call-after-send = Objekt WinHttpRequest ei saa taotletud toimingut teha pärast meetodi Send kutsumist.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas muuta juba saadetud päringut.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas muuta juba saadetud päringut serverile { $host }.
# 12103
error-winhttp-cannot-call-after-open = Objekt WinHttpRequest ei saa määratud suvandit taotleda pärast meetodi Open kutsumist.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas muuta päringu sätet, kui selleks oli juba liiga hilja.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas muuta serverile { $host } saadetava päringu sätet, kui selleks oli juba liiga hilja.
# 12150
error-winhttp-header-not-found = Taotletud päist ei leitud.
    .title = Vastusest puudub teave
    .summary = Serveri vastusest puudus teave, mida see rakendus ootas.
    .summary-host = Serveri { $host } vastusest puudus teave, mida see rakendus ootas.
# 12152
error-winhttp-invalid-server-response = Serveri vastust ei saanud sõeluda.
    .title = Server saatis sobimatu vastuse
    .summary = Server saatis vastuse, millest ei saanud aru.
    .summary-host = Server { $host } saatis vastuse, millest ei saanud aru.
# 12153 — päringu koostas rakendus; kasutaja ei tippinud seda.
error-winhttp-invalid-header = Antud HTTP-päis on sobimatu, näiteks vigase vorminguga.
    .title = Sobimatu päring
    .summary = Rakendus üritas saata andmeid sobimatul kujul, seega ei saanud päringut saata.
    .summary-host = Rakendus üritas saata serverile { $host } andmeid sobimatul kujul, seega ei saanud päringut saata.
# 12154 — aegunud: praegused süsteemid ei teata seda kunagi, seega eksis rakendus.
error-winhttp-invalid-query-request = Päise päring oli sobimatu (aegunud; enam ei kasutata).
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
# 12155 — aegunud: praegused süsteemid ei teata seda kunagi, seega eksis rakendus.
error-winhttp-header-already-exists = Päist ei saanud lisada, sest see on juba olemas (aegunud; enam ei kasutata).
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: see üritas lisada päringule samu andmeid kaks korda.
    .summary-host = Rakendusel tekkis sisemine probleem: see üritas lisada serverile { $host } saadetavale päringule samu andmeid kaks korda.
# 12156
error-winhttp-redirect-failed = Ümbersuunamine nurjus, sest skeem muutus või kõik ümbersuunamiskatsed nurjusid (vaikimisi viis katset).
    .title = Ümbersuunamine nurjus
    .summary = Server suunas päringu teisele aadressile, kuid ümbersuunamist ei saanud lõpule viia.
    .summary-host = Server { $host } suunas päringu teisele aadressile, kuid ümbersuunamist ei saanud lõpule viia.
# 12157
error-winhttp-secure-channel-error = Turvalises kanalis ilmnes tõrge (vastab failis winerror.h määratletud koodidele SEC_E_ ja SEC_I_).
    .title = Turvalist ühendust ei saanud luua
    .summary = Serveriga turvalise ühenduse loomisel ilmnes tõrge.
    .summary-host = Turvalise ühenduse loomisel serveriga { $host } ilmnes tõrge.
# 12166 — „puhverserveri häälestusskript“ on PAC-fail, nimetatud nagu Windowsi puhverserveri sätetes.
error-winhttp-bad-auto-proxy-script = Puhverserveri automaatkonfiguratsiooni faili (PAC) skriptikoodi käivitamisel ilmnes tõrge.
    .title = Tõrge puhverserveri häälestusskriptis
    .summary = Selle võrgu puhverserveri häälestusskriptis on viga.
    .summary-host = Serveri { $host } poole pöördumiseks kasutatavas puhverserveri häälestusskriptis on viga.
# 12167
error-winhttp-unable-to-download-script = PAC-faili ei saanud alla laadida, näiteks seetõttu, et PAC-i URL-is viidatud server polnud kättesaadav või tagastas vastuse 404 Not Found.
    .title = Puhverserveri häälestusskript pole saadaval
    .summary = Selle võrgu puhverserveri häälestusskripti ei saanud alla laadida.
    .summary-host = Serveri { $host } poole pöördumiseks vajalikku puhverserveri häälestusskripti ei saanud alla laadida.
# 12169
error-winhttp-secure-invalid-cert = Sertifikaat on sobimatu (vastab sellistele koodidele nagu CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED ja CERT_E_CHAINING).
    .title = Sertifikaat on sobimatu
    .summary = Serveri turbesertifikaat on sobimatu, seega ei saanud turvalist ühendust luua.
    .summary-host = Serveri { $host } turbesertifikaat on sobimatu, seega ei saanud turvalist ühendust luua.
# 12170
error-winhttp-secure-cert-revoked = Sertifikaat on tühistatud (vastab koodile CRYPT_E_REVOKED).
    .title = Sertifikaat on tühistatud
    .summary = Serveri turbesertifikaadi on tühistanud selle välja andnud sertifitseerimiskeskus, seega ei saa seda enam usaldada.
    .summary-host = Serveri { $host } turbesertifikaadi on tühistanud selle välja andnud sertifitseerimiskeskus, seega ei saa seda enam usaldada.
# 12172 — aegunud: praegused süsteemid ei teata seda kunagi, seega eksis rakendus.
error-winhttp-not-initialized = WinHTTP pole lähtestatud (aegunud; enam ei kasutata).
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem ja see teatas tõrkest, mida praegused süsteemid enam ei kasuta.
# 12175 — põhjused (allpool cert-flag-*) võidakse kokkuvõtte all loetleda.
error-winhttp-secure-failure = Serveri saadetud SSL-i (Secure Sockets Layer) sertifikaadis leiti üks või mitu viga. Milliseid, selgub olekutagasikutse funktsiooni teatisest WINHTTP_CALLBACK_STATUS_SECURE_FAILURE (vt WINHTTP_STATUS_CALLBACK).
    .title = Turvaline ühendus nurjus
    .summary = Serveri turbesertifikaadiga on üks või mitu probleemi, seega ei saanud turvalist ühendust luua.
    .summary-host = Serveri { $host } saadetud turbesertifikaadiga on üks või mitu probleemi, seega ei saanud turvalist ühendust luua.
# 12176
error-winhttp-unhandled-script-type = Skripti tüüpi ei toetata.
    .title = Puhverserveri häälestusskripti ei toetata
    .summary = Selle võrgu puhverserveri häälestusskript on tüüpi, mida ei toetata.
    .summary-host = Serveri { $host } poole pöördumiseks kasutatav puhverserveri häälestusskript on tüüpi, mida ei toetata.
# 12177 — praktikas puhverserveri häälestusskript.
error-winhttp-script-execution-error = Skripti käivitamisel ilmnes tõrge.
    .title = Puhverserveri häälestusskript nurjus
    .summary = Selle võrgu puhverserveri häälestusskripti käivitamisel ilmnes tõrge.
    .summary-host = Serveri { $host } poole pöördumiseks kasutatava puhverserveri häälestusskripti käivitamisel ilmnes tõrge.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl ei leidnud määratud URL-i jaoks puhverserverit.
    .title = Puhverserverit ei leitud
    .summary = Ei saanud kindlaks teha, millist puhverserverit selle aadressi jaoks kasutada.
    .summary-host = Ei saanud kindlaks teha, millist puhverserverit serveri { $host } jaoks kasutada.
# 12179
error-winhttp-secure-cert-wrong-usage = Sertifikaat ei sobi taotletud kasutusotstarbeks (vastab koodile CERT_E_WRONG_USAGE).
    .title = Sertifikaat ei sobi selleks otstarbeks
    .summary = Serveri turbesertifikaat pole mõeldud seda tüüpi ühenduse jaoks.
    .summary-host = Serveri { $host } turbesertifikaat pole mõeldud seda tüüpi ühenduse jaoks.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl ei leidnud puhverserveri automaatkonfiguratsiooni faili (PAC) URL-i.
    .title = Puhverserveri sätteid ei tuvastatud
    .summary = Selle võrgu puhverserveri sätteid ei saanud automaatselt tuvastada.
    .summary-host = Serveri { $host } poole pöördumiseks vajalikke puhverserveri sätteid ei saanud automaatselt tuvastada.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse sai vastuse, milles on rohkem päiseid, kui WinHTTP suudab vastu võtta.
    .title = Serveri vastus lükati tagasi
    .summary = Server saatis liiga paljude päistega vastuse, seega ei saanud seda vastu võtta.
    .summary-host = Server { $host } saatis liiga paljude päistega vastuse, seega ei saanud seda vastu võtta.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse sai päised, mille kogumaht ületab päringupidemel määratud piirangu.
    .title = Serveri vastus on liiga suur
    .summary = Server saatis vastuse, mille päised olid liiga suured, seega ei saanud seda vastu võtta.
    .summary-host = Server { $host } saatis vastuse, mille päised olid liiga suured, seega ei saanud seda vastu võtta.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse tuvastas vastuse tükeldatud edastuskodeeringu sõelumisel ületäitumise: tüki päis ületas lubatud suuruse.
    .title = Serveri vastust ei saanud lugeda
    .summary = Osa serveri vastusest oli lubatust suurem, seega ei saanud vastust lugeda.
    .summary-host = Osa serveri { $host } vastusest oli lubatust suurem, seega ei saanud vastust lugeda.
# 12184
error-winhttp-response-drain-overflow = Sissetulev vastus ületas WinHTTP-i sisemise mahupiirangu.
    .title = Serveri vastus ületas mahupiirangu
    .summary = Serveri vastus oli suurem, kui see arvuti lubab, seega ei saanud seda vastu võtta.
    .summary-host = Serveri { $host } vastus oli suurem, kui see arvuti lubab, seega ei saanud seda vastu võtta.
# 12185 — sertifikaat on kasutaja enda oma (kliendisertifikaat), mitte serveri oma.
error-winhttp-client-cert-no-private-key = SSL-i kliendisertifikaadi kontekstiga pole seotud privaatvõtit; sertifikaat võidi arvutisse importida ilma privaatvõtmeta.
    .title = Teie sertifikaati ei saa kasutada
    .summary = Teid tuvastaval sertifikaadil puudub privaatvõti, seega ei saa seda kasutada. Võti võis sertifikaadi installimisel välja jääda.
    .summary-host = Sertifikaadil, mille abil server { $host } teid tuvastab, puudub privaatvõti, seega ei saa seda kasutada. Võti võis sertifikaadi installimisel välja jääda.
# 12186 — sertifikaat on kasutaja enda oma (kliendisertifikaat), mitte serveri oma.
error-winhttp-client-cert-no-access-private-key = Rakendusel pole kliendisertifikaadiga seotud privaatvõtmele juurdepääsuks vajalikke õigusi.
    .title = Juurdepääs teie sertifikaadile keelati
    .summary = Sellel rakendusel pole lubatud kasutada teid tuvastava sertifikaadi privaatvõtit.
    .summary-host = Sellel rakendusel pole lubatud kasutada selle sertifikaadi privaatvõtit, mille abil server { $host } teid tuvastab.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Puhverserver nõuab SSL/TLS-i kliendisertifikaadiga autentimist; puhverserveri ühenduse jaoks tuleb anda kliendisertifikaat.
    .title = Puhverserver nõuab sertifikaati
    .summary = Puhverserver nõuab enne ühenduse lubamist sertifikaati, mis tuvastab teid või teie arvuti.
    .summary-host = Puhverserver nõuab enne ühenduse lubamist serveriga { $host } sertifikaati, mis tuvastab teid või teie arvuti.
# 12188
error-winhttp-secure-failure-proxy = Turvalises ühenduses puhverserveriga ilmnes SSL/TLS-i tõrge, näiteks probleem puhverserveri saadetud sertifikaadiga.
    .title = Turvaline ühendus puhverserveriga nurjus
    .summary = Puhverserveriga ei saanud turvalist ühendust luua, näiteks selle sertifikaadi probleemi tõttu.
    .summary-host = Puhverserveriga, mille kaudu pöördutakse serveri { $host } poole, ei saanud turvalist ühendust luua, näiteks selle sertifikaadi probleemi tõttu.
# 12189 — reserveeritud: seda ei teatata kunagi, seega eksis rakendus.
error-winhttp-reserved-189 = Reserveeritud kood; ei kasutata.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem ja see teatas tõrkest, mis on reserveeritud ja mida ei kasutata kunagi.
    .summary-host = Rakendusel tekkis serveriga { $host } ühenduse loomisel sisemine probleem ja see teatas tõrkest, mis on reserveeritud ja mida ei kasutata kunagi.
# 12190 — „veebiprotokoll“ on HTTP; versioonid on HTTP/1.1, HTTP/2 ja HTTP/3.
error-winhttp-http-protocol-mismatch = Serveri kasutatav HTTP-protokolli versioon ei vasta taotletud või nõutud versioonile, näiteks nõuti HTTP/2 või HTTP/3, kuid selles ei saanud kokku leppida.
    .title = Ühildumatu veebiprotokolli versioon
    .summary = Server ja see rakendus ei suutnud kokku leppida, millist veebiprotokolli versiooni kasutada.
    .summary-host = Server { $host } ja see rakendus ei suutnud kokku leppida, millist veebiprotokolli versiooni kasutada.
# 12191
error-winhttp-global-callback-failed = WinHTTP-is registreeritud globaalne tagasikutsefunktsioon nurjus.
    .title = Rakenduse sisemine tõrge
    .summary = Rakendusel tekkis sisemine probleem: üks selle komponentidest nurjus päringu töötlemise ajal.
    .summary-host = Rakendusel tekkis sisemine probleem: üks selle komponentidest nurjus serverile { $host } saadetud päringu töötlemise ajal.
# 12192
error-winhttp-feature-disabled = Taotletud WinHTTP-i funktsioon on keelatud ja seda ei saa kasutada.
    .title = Funktsioon on välja lülitatud
    .summary = Selle päringu jaoks vajalik funktsioon on selles arvutis välja lülitatud.
    .summary-host = Päringuks serverile { $host } vajalik funktsioon on selles arvutis välja lülitatud.
# 12193
error-winhttp-fast-forwarding-not-supported = Kiiret edasisuunamist (fast forwarding) selle päringu või ühenduse puhul ei toetata.
    .title = Funktsiooni ei toetata
    .summary = Rakendus küsis funktsiooni, mida see ühendus ei toeta.
    .summary-host = Rakendus küsis funktsiooni, mida ühendus serveriga { $host } ei toeta.

## Näpunäited: mida kasutaja saab proovida; kuvatakse kokkuvõtte all loendina.
## Igaüks on üks terviklik käskiv lause, lõpus punkt, kuni 100 märki.
## Milliseid näpunäiteid ja mis järjekorras kood näitab, otsustab kataloog (src/catalog.rs).
hint-check-connection = Kontrollige oma võrguühendust.
hint-try-again-later = Oodake veidi ja proovige siis uuesti.
hint-check-address = Kontrollige, kas aadress on õigesti kirjutatud.
hint-check-proxy = Kontrollige puhverserveri sätteid või pöörduge oma võrguadministraatori poole.
hint-check-firewall = Veenduge, et ükski tulemüür ega viirusetõrjeprogramm ei blokeeriks seda rakendust.
hint-check-date-time = Veenduge, et arvuti kuupäev, kellaaeg ja ajavöönd oleksid õiged.
hint-update-system = Installige operatsioonisüsteemi uusimad värskendused.
hint-contact-site-owner = Kui probleem ei kao, pöörduge veebisaidi või serveri omaniku poole.
hint-contact-support = Pöörduge selle rakenduse tugimeeskonna poole.
hint-update-app = Kontrollige, kas sellest rakendusest on olemas uuem versioon.
hint-restart-app = Sulgege see rakendus ja avage see uuesti.
hint-restart-computer = Taaskäivitage arvuti.
hint-free-memory = Sulgege mälu vabastamiseks teised programmid ja proovige siis uuesti.
hint-check-credentials = Kontrollige, kas teie kasutajanimi ja parool on õiged.
# Kuvatakse, kui server või puhverserver küsib kasutaja enda sertifikaati või kui seda ei saa kasutada.
hint-check-client-certificate = Veenduge, et nõutav sertifikaat oleks õigesti installitud, või pöörduge administraatori poole.

## Sertifikaadi probleemid: igaüks ühel real, kuvatakse loendina, kui turvaline ühendus nurjus.
## Kuni 120 märki; üks terviklik lause, lõpus punkt.
## „Sertifikaat“ on serveri saadetud sertifikaat.
cert-flag-rev-failed = See arvuti ei saanud kontrollida, kas sertifikaat on tühistatud.
cert-flag-invalid-cert = Sertifikaat on sobimatu.
cert-flag-cert-revoked = Sertifikaadi on tühistanud selle välja andnud sertifitseerimiskeskus.
cert-flag-invalid-ca = Sertifikaadi on välja andnud sertifitseerimiskeskus, mida see arvuti ei usalda.
cert-flag-cert-cn-invalid = Sertifikaat on välja antud teise saidi nimele.
cert-flag-cert-date-invalid = Sertifikaat on aegunud või ei kehti veel.
cert-flag-cert-wrong-usage = Sertifikaat pole mõeldud seda tüüpi ühenduse jaoks.
cert-flag-security-channel-error = Turvalise ühenduse loomisel ilmnes tõrge.
# $flags (String): ülejäänud lipud kuueteistkümnendsüsteemis, nt 0x00000100; võib sisaldada mitut.
cert-flag-unknown = Sertifikaadiga on üks või mitu probleemi, mida ei saanud tuvastada ({ $flags }).

## Koodid, mida see teek ei tunne.
# $code (String): kümnendkood, nt 12345. $hex (String): sama kuueteistkümnendsüsteemis, 0x00003039.
# $host (String): serveri nimi (ainult .summary-host), nt example.com.
# Samad piirangud kui koodipõhistel osadel: igaüks kuni 200 märki.
unknown-code =
    .summary = Ühenduse loomisel ilmnes ootamatu probleem (tõrge { $code }, { $hex }).
    .summary-host = Ühenduse loomisel serveriga { $host } ilmnes ootamatu probleem (tõrge { $code }, { $hex }).

## Liitsõnumid

# $description (String) koodi kirjeldus; $name (String) selle sümbolnimi; $code (String) kümnendkood.
report-line = { $description } ({ $name }, { $code })
# $code (String) kümnendkood; $hex (String) sama kood kuueteistkümnendsüsteemis, nt 0x80072EE2.
unknown-error = Tundmatu WinHTTP-i tõrge { $code } ({ $hex }).
