### WinHTTP-virhekoodien kuvaukset (fi-FI).
### Yksi viesti kutakin virhekoodia kohden, numerojärjestyksessä. Viestin tunnus
### on symbolisen vakion nimi pienillä kirjaimilla, ja ”_” on korvattu merkillä ”-”.
### Kunkin koodin arvo on tekninen kuvaus kehittäjille: yksi rivi ilman
### paikkamerkkejä, koska se näytetään sellaisenaan valintaikkunoissa ja
### lokiriveillä. Funktioiden, metodien, asetusten, makrojen ja vakioiden nimet
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) ovat ohjelmointirajapinnan
### tunnisteita, eikä niitä koskaan käännetä tai muuteta.
###
### Teksti loppukäyttäjille. Arvon (kehittäjien kuvauksen) lisäksi kullakin
### viestillä on kolme määritettä, jotka on kirjoitettu muille kuin ohjelmoijille:
###   .title         Valintaikkunan otsikko (Windowsin tehtäväikkunan
###                  pääohje): mikä meni vikaan, enintään 60 merkkiä, iso
###                  alkukirjain vain alussa, ei loppupistettä.
###   .summary       Otsikon alla oleva leipäteksti: yksi tai kaksi selkeää
###                  virkettä siitä, mitä tapahtui, enintään 200 merkkiä,
###                  lopussa piste. Sen on oltava ymmärrettävä ilman palvelimen nimeä.
###   .summary-host  Sama yhteenveto palvelimen nimen kanssa: { $host } tasan
###                  kerran, enintään 200 merkkiä, kun $host on ”example.com”.
### $host sisältää palvelimen nimen siinä muodossa kuin sovellus sen tuntee,
### esimerkiksi ”example.com”, ”intranet.corp.local” tai IP-osoite, kuten
### 192.0.2.10. Se ei ole koskaan tyhjä: ilman nimeä näytetään .summary.
### NIMEÄ EI TAIVUTETA: { $host } -muuttujaan ei koskaan liitetä sijapäätettä,
### kaksoispistettä ja päätettä tai yhdysmerkkiä (ei ”{ $host }:iin”, ei
### ”{ $host }:n”, ei ”{ $host }-palvelin”), koska oikea muoto riippuu nimen
### ääntämisestä. Sijamuoto merkitään sen edellä olevaan sanaan ”palvelin”:
### ”palvelimeen { $host }”, ”palvelimelta { $host }”, ”palvelimelle { $host }”,
### ”palvelimen { $host } suojausvarmenne”, ”Palvelin { $host } …”, tai
### ”palvelinta nimeltä { $host }”. Nimen perään ei myöskään kirjoiteta
### kaksoispistettä, jottei se näytä päätteeltä.
### Vihjeet (hint-*) näytetään luettelona yhteenvedon alla: yksi kokonainen
### virke käskymuodossa (yksikön 2. persoona, kuten Windowsissa: ”Tarkista …”),
### lopussa piste, enintään 100 merkkiä. Luettelo (src/catalog.rs) päättää,
### mitkä vihjeet koodi saa, samoin kaikilla kielillä, joten yhteenveto ei
### toista niitä.
###   Koodin 50 otsikko (”Verkkotoiminnot eivät ole käytettävissä”) eroaa
###     koodista 10051 (”Verkkoon ei saada yhteyttä”); 11002 hakee palvelimen
###     osoitetta (nimi tiedetään, osoite haetaan).
### Varmennerivit (cert-flag-*): yksi kokonainen virke, lopussa piste,
### enintään 120 merkkiä.
### Otsikoissa, yhteenvedoissa, vihjeissä, varmenneriveillä ja tuntemattoman
### koodin tekstissä ei saa olla ohjelmointirajapinnan tunnisteita: ei vakioiden,
### funktioiden, metodien tai asetusten nimiä, ei merkkiä ”_”, ei sanoja
### ”WinHTTP”/”WinHttp”, ”handle”/”kahva”, ”callback”/”takaisinkutsu”, ”PAC”,
### eikä merkkiä ”{” dokumentoitujen muuttujien ulkopuolella. Ne kuuluvat
### kuvaukseen. Käytä arkikieltä (”suojattu yhteys” eikä TLS/SSL,
### ”välityspalvelimen asennuskomentosarja” eikä PAC-tiedosto, kuten Windowsin
### välityspalvelinasetuksissa).
### Kun sovellus itse on käyttänyt kirjastoa väärin (vanhentuneet, varatut ja
### käyttövirhekoodit), kerrotaan suoraan, että tässä sovelluksessa ilmeni
### sisäinen ongelma; käyttäjää ei koskaan syyllistetä. Suojausvirheissä ei
### koskaan ehdoteta tarkistuksen ohittamista, sivuuttamista tai jatkamista.
### Sävy: neutraali passiivi (”Palvelinta ei löytynyt”) tai käskymuoto
### (vihjeet). Kun englanti puhuttelee käyttäjää (”you”, ”your”), käytetään
### Windowsin tapaan yksikön 2. persoonaa ja omistusliitettä ilman sanaa
### ”sinun” (”varmenne, joka tunnistaa sinut tai tietokoneesi”,
### ”Varmennettasi ei voi käyttää”), ei ”käyttäjän varmenne”, joka kuulostaa
### jonkun toisen varmenteelta.
###
### SANASTO (Microsoftin suomenkielinen Windows-terminologia):
###   application = ”sovellus” (”tämä sovellus”); program = ”ohjelma”.
###   request = ”pyyntö”; response = ”vastaus”.
###   header = ”otsikko” (HTTP-otsikko, otsikot).
###   handle = ”kahva” (Windows-virhe 6: ”Kahva ei kelpaa.”); vain kuvauksissa.
###   callback = ”takaisinkutsu”, status callback = ”tilan takaisinkutsu”,
###     callback function = ”takaisinkutsufunktio”; vain kuvauksissa.
###   proxy = ”välityspalvelin”; proxy settings = ”välityspalvelimen asetukset”.
###   PAC file = ”PAC-tiedosto” (välityspalvelimen automaattinen
###     määritystiedosto) kuvauksissa; loppukäyttäjille ”välityspalvelimen
###     asennuskomentosarja”, asetuksen ”Käytä asennuskomentosarjaa” mukaan.
###   script = ”komentosarja”.
###   automatically detect = ”tunnistaa automaattisesti” (”Tunnista asetukset
###     automaattisesti”).
###   certificate = ”varmenne”; palvelimen: ”suojausvarmenne”; käyttäjän oma:
###     ”varmenne, joka tunnistaa sinut”, ”varmenteesi”;
###     client certificate = ”asiakasvarmenne” (kuvauksissa).
###     revoked = ”kumottu”, revocation = ”kumoaminen”, certificate authority =
###     ”varmentaja” (kuten ”Luotetut päävarmentajat”), root certificate =
###     ”päävarmenne”, issuer = ”myöntäjä”, expired = ”vanhentunut”, private
###     key = ”yksityinen avain”, trust = ”luottaa”.
###   revocation server = ”kumoamispalvelin” (kuvauksissa); loppukäyttäjille
###     ”kumottujen varmenteiden tiedot antava palvelin”.
###   secure connection = ”suojattu yhteys”; secure channel = ”suojattu kanava”.
###   firewall = ”palomuuri”; antivirus program = ”virustentorjuntaohjelma”;
###     security program = ”suojausohjelma”.
###   connection = ”yhteys”; connect = ”muodostaa yhteys”, ”yhdistää”;
###     interrupted = ”katkesi”; refused = ”hylättiin”.
###   computer = ”tietokone” (”tämä tietokone”).
###   redirect = ”ohjata uudelleen”, redirection = ”uudelleenohjaus”.
###   timeout = ”aikakatkaisu” (”Yhteyden aikakatkaisu”).
###   sign in = ”kirjautua”, ”kirjautuminen”; credentials =
###     ”kirjautumistiedot”; user name = ”käyttäjänimi”, password = ”salasana”.
###   Winsock = ”Winsock” (Windows Sockets, erisnimi). socket = ”socket”
###     kuvauksissa. remote host = ”etäisäntä”, host = ”isäntä” kuvauksissa;
###     loppukäyttäjille aina ”palvelin”.
###   route = ”reitti”; name server = ”nimipalvelin”; resolve a name =
###     ”selvittää nimi” (kuvauksissa), loppukäyttäjille ”hakea nimi”.
###   I/O = ”I/O” (Windows-virhe 997: ”Päällekkäinen I/O-toiminto on
###     käynnissä.”); parameter = ”parametri” (virhe 87: ”Parametri on
###     virheellinen.”); operation = ”toiminto”.
###   web address = ”verkko-osoite”; web protocol = ”verkkoprotokolla”;
###     website = ”sivusto”; turned off = ”poistettu käytöstä”; memory =
###     ”muisti”; feature = ”ominaisuus”; determine = ”selvittää” (ei
###     ”määrittää”, joka Windowsissa tarkoittaa asetusten määrittämistä).
###   component failed = ”osassa tapahtui virhe” (”epäonnistui” sopii toiminnoille).
###   Winsock-koodit 10060 ja 11001 jakavat loppukäyttäjän tekstit
###     WinHTTP-vastineidensa (12002, 12007) kanssa.
### TYPOGRAFIA: suomalaiset lainausmerkit ”…” (U+201D molemmissa päissä),
### sisäkkäiset ’…’, heittomerkki ’ (U+2019), ei koskaan suoria lainausmerkkejä.
### Lyhenteiden ja tunnisteiden taivutus kaksoispisteellä vain kuvauksissa
### (WinHTTP:ssä, TCP/IP:n), ei koskaan { $host } -muuttujassa. Ajatusviiva –
### välilyönnein, ellipsi ”…”. Koodit ja liput kirjoitetaan kuten lähteessä
### (0x00000100).

## Yleiset Windows-virheet (winerror.h), joita myös WinHTTP palauttaa

# 2 — WinHttpGetIEProxyConfigForCurrentUser ja muut asetuksia lukevat funktiot palauttavat tämän,
# kun tallennettua asetusta tai tiedostoa, jota ne etsivät, ei ole olemassa.
error-file-not-found = Järjestelmä ei löydä määritettyä tiedostoa: asetusta, tiedostoa tai rekisteriarvoa, jota funktio etsi, ei ole olemassa.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: tarvittavaa asetusta tai tiedostoa ei löytynyt.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: tarvittavaa asetusta tai tiedostoa ei löytynyt.
# 6
error-invalid-handle = Ohjelmointirajapinnalle välitetty kahva on mitätöity tai suljettu.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää yhteyttä, joka oli jo suljettu.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää palvelimeen { $host } muodostettua yhteyttä, joka oli jo suljettu.
# 8
error-not-enough-memory = Muisti ei riitä pyydetyn toiminnon suorittamiseen.
    .title = Muisti ei riitä
    .summary = Tietokoneen käytettävissä oleva muisti loppui, ennen kuin pyyntö ehdittiin suorittaa loppuun.
    .summary-host = Tietokoneen käytettävissä oleva muisti loppui, ennen kuin palvelimelle { $host } lähetetty pyyntö ehdittiin suorittaa loppuun.
# 18
error-no-more-files = Tiedostoja ei ole enempää.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma pyynnön tuloksia luettaessa.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimelle { $host } lähetetyn pyynnön tuloksia luettaessa.
# 50 — Windowsin verkkotoimintoja (Winsock) ei voitu käynnistää.
error-not-supported = Tarvittavaa protokollapinoa ei ole ladattu, eikä sovellus voi käynnistää Winsockia.
    .title = Verkkotoiminnot eivät ole käytettävissä
    .summary = Tämän sovelluksen tarvitsemia verkkokomponentteja ei voitu käynnistää tässä tietokoneessa.
    .summary-host = Palvelimeen { $host } yhdistämiseen tarvittavia verkkokomponentteja ei voitu käynnistää tässä tietokoneessa.
# 87 — esimerkiksi WinHttpCrackUrl, jolle annetun URL_COMPONENTS-rakenteen dwStructSize on väärä.
error-invalid-parameter = Parametri on virheellinen: jokin funktiolle välitetyistä argumenteista ei kelpaa (esimerkiksi NULL-osoitin, väärä rakenteen koko tai ristiriitaiset liput).
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se välitti verkkokomponentille virheellisiä tietoja.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se välitti verkkokomponentille virheellisiä tietoja.
# 122
error-insufficient-buffer = Funktiolle annettu puskuri on liian pieni palautettaville tiedoille. Lisätietoja on kyseisen funktion ohjeissa.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se ei varannut tarpeeksi tilaa vastaanottamilleen tiedoille.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se ei varannut tarpeeksi tilaa palvelimelta { $host } vastaanotetuille tiedoille.
# 259
error-no-more-items = Kohteita ei ole enempää.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma tulosluetteloa luettaessa.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimelta { $host } saatua tulosluetteloa luettaessa.

# 997 — WinHttpGetProxyForUrlEx ja WebSocket-funktiot palauttavat tämän, kun työ jatkuu
# asynkronisesti; siitä tulee virhe vasta, kun sitä käsitellään virheenä.
error-io-pending = Päällekkäinen I/O-toiminto on käynnissä: funktio jatkuu asynkronisesti ja ilmoittaa tuloksensa tilan takaisinkutsun kautta.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se käsitteli vielä käynnissä ollutta pyyntöä epäonnistuneena.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se käsitteli palvelimelle { $host } lähetettyä, vielä käynnissä ollutta pyyntöä epäonnistuneena.
# 1168
error-not-found = Elementtiä ei löydy: kohdetta, jota funktiolta pyydettiin (esimerkiksi välityspalvelimen tulosta, merkintää tai tallennettua asetusta), ei ole olemassa.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se pyysi kohdetta, jota ei ole olemassa.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se pyysi kohdetta, jota ei ole olemassa.
# 4317 — esimerkiksi lähetys WebSocketiin sen jälkeen, kun sulkemiskättely on alkanut.
error-invalid-operation = Toiminto ei kelpaa objektin nykyisessä tilassa, esimerkiksi lähetys WebSocketiin, jota ollaan sulkemassa, tai vastaanotto, kun toinen vastaanotto on kesken.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää yhteyttä tavalla, jota yhteyden nykyinen tila ei salli.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää palvelimeen { $host } muodostamaansa yhteyttä tavalla, jota yhteyden nykyinen tila ei salli.

## Winsock-virheet (winsock2.h), jotka WinHTTP-toteutus välittää eteenpäin
## (Winen winhttp.dll tekee niin; Windows muuntaa useimmat 12xxx-koodeiksi).
## Käyttäjälle ne tarkoittavat samaa kuin WinHTTP-vastineensa; kuvaus kertoo,
## mistä koodista on kyse.

# 10050
wsaenetdown = Verkon alijärjestelmä on lakannut toimimasta (WSAENETDOWN): tämän tietokoneen verkkopino tai verkkosovitin ei toimi.
    .title = Verkko ei toimi
    .summary = Tämän tietokoneen verkko ei toimi, joten palvelimeen ei saatu yhteyttä.
    .summary-host = Tämän tietokoneen verkko ei toimi, joten palvelimeen { $host } ei saatu yhteyttä.
# 10051
wsaenetunreach = Verkkoon ei saada yhteyttä (WSAENETUNREACH): tältä tietokoneelta ei ole reittiä palvelimen verkkoon.
    .title = Verkkoon ei saada yhteyttä
    .summary = Tältä tietokoneelta ei ole reittiä palvelimen verkkoon, joten palvelimeen ei saatu yhteyttä.
    .summary-host = Tältä tietokoneelta ei ole reittiä verkkoon, jossa palvelin { $host } on, joten palvelimeen ei saatu yhteyttä.
# 10052
wsaenetreset = Yhteys katkesi, koska keep-alive-toiminto havaitsi virheen toiminnon ollessa käynnissä (WSAENETRESET).
    .title = Yhteys katkesi
    .summary = Yhteys palvelimeen katkesi, koska verkko lakkasi vastaamasta.
    .summary-host = Yhteys palvelimeen { $host } katkesi, koska verkko lakkasi vastaamasta.
# 10053 — ”ohjelmiston aiheuttama yhteyden katkaisu”: usein palomuuri tai suojausohjelma.
wsaeconnaborted = Tämän tietokoneen ohjelmisto katkaisi muodostetun yhteyden (WSAECONNABORTED), esimerkiksi tiedonsiirron aikakatkaisun jälkeen tai palomuurin vuoksi.
    .title = Yhteys katkesi
    .summary = Tämä tietokone katkaisi yhteyden palvelimeen, mahdollisesti palomuurin tai suojausohjelman vuoksi.
    .summary-host = Tämä tietokone katkaisi yhteyden palvelimeen { $host }, mahdollisesti palomuurin tai suojausohjelman vuoksi.
# 10054 — Windows ilmoittaa sen sijaan ERROR_WINHTTP_CONNECTION_ERROR.
wsaeconnreset = Etäisäntä katkaisi olemassa olevan yhteyden väkisin (WSAECONNRESET).
    .title = Yhteys katkesi
    .summary = Palvelin katkaisi yhteyden odottamatta.
    .summary-host = Palvelin { $host } katkaisi yhteyden odottamatta.
# 10060 — Windows ilmoittaa sen sijaan ERROR_WINHTTP_TIMEOUT.
wsaetimedout = Yhteysyritys tai tiedonsiirto aikakatkaistiin, koska vastapuoli ei vastannut ajoissa (WSAETIMEDOUT).
    .title = Yhteyden aikakatkaisu
    .summary = Palvelin ei vastannut riittävän nopeasti.
    .summary-host = Palvelin { $host } ei vastannut riittävän nopeasti.
# 10061 — Windows ilmoittaa sen sijaan ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Yhteyttä ei voitu muodostaa, koska kohdetietokone kieltäytyi siitä aktiivisesti (WSAECONNREFUSED): mikään ei kuuntele kyseistä porttia.
    .title = Yhteys hylättiin
    .summary = Palvelin hylkäsi yhteyden. Palvelin voi olla poissa käytöstä tai se ei ehkä ota yhteyksiä vastaan.
    .summary-host = Palvelin { $host } hylkäsi yhteyden. Palvelin voi olla poissa käytöstä tai se ei ehkä ota yhteyksiä vastaan.
# 10064
wsaehostdown = Socket-toiminto epäonnistui, koska kohdeisäntä ei ole käytettävissä (WSAEHOSTDOWN).
    .title = Palvelin ei vastaa
    .summary = Palvelin näyttää olevan sammutettu tai irrotettu verkosta.
    .summary-host = Palvelin { $host } näyttää olevan sammutettu tai irrotettu verkosta.
# 10065
wsaehostunreach = Socket-toimintoa yritettiin suorittaa isäntään, johon ei saada yhteyttä (WSAEHOSTUNREACH): reittiä palvelimeen ei löytynyt.
    .title = Palvelimeen ei saada yhteyttä
    .summary = Tältä tietokoneelta ei löytynyt reittiä palvelimeen.
    .summary-host = Tältä tietokoneelta ei löytynyt reittiä palvelimeen { $host }.
# 11001 — Windows ilmoittaa sen sijaan ERROR_WINHTTP_NAME_NOT_RESOLVED.
wsahost-not-found = Tuntematon isäntä (WSAHOST_NOT_FOUND): nimipalvelimella ei ole osoitetta tälle nimelle.
    .title = Palvelinta ei löytynyt
    .summary = Palvelinta ei löytynyt verkosta.
    .summary-host = Verkosta ei löytynyt palvelinta nimeltä { $host }.
# 11002
wsatry-again = Nimipalvelin ei antanut määräävää vastausta, ja haku voi onnistua myöhemmin (WSATRY_AGAIN): yleensä nimipalvelimen tilapäinen virhe.
    .title = Palvelimen osoitteen haku epäonnistui
    .summary = Palvelimen osoitetta ei voitu hakea juuri nyt. Tämä on yleensä tilapäinen ongelma.
    .summary-host = Palvelimen { $host } osoitetta ei voitu hakea juuri nyt. Tämä on yleensä tilapäinen ongelma.

## WinHTTP-kohtaiset virheet (winhttp.h)

# 12001 — vanhentunut: nykyiset järjestelmät eivät koskaan ilmoita tätä, joten sovellus on tehnyt virheen.
error-winhttp-out-of-handles = Kahvoja ei voitu luoda enempää (vanhentunut; ei enää käytössä).
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
# 12002
error-winhttp-timeout = Pyyntö aikakatkaistiin. Tämä voi johtua myös TCP/IP:n aikakatkaisusta riippumatta WinHTTP:ssä määritetyistä aikakatkaisuarvoista.
    .title = Yhteyden aikakatkaisu
    .summary = Palvelin ei vastannut riittävän nopeasti.
    .summary-host = Palvelin { $host } ei vastannut riittävän nopeasti.
# 12004
error-winhttp-internal-error = WinHTTP:ssä tapahtui sisäinen virhe.
    .title = Odottamaton sisäinen virhe
    .summary = Odottamaton sisäinen ongelma keskeytti pyynnön.
    .summary-host = Odottamaton sisäinen ongelma keskeytti palvelimelle { $host } lähetetyn pyynnön.
# 12005
error-winhttp-invalid-url = URL-osoite ei kelpaa.
    .title = Virheellinen verkko-osoite
    .summary = Verkko-osoite on virheellinen, joten pyyntöä ei voitu lähettää.
    .summary-host = Palvelimen { $host } tavoittamiseen käytetty verkko-osoite on virheellinen, joten pyyntöä ei voitu lähettää.
# 12006
error-winhttp-unrecognized-scheme = URL-osoitteessa on määritetty jokin muu malli kuin http: tai https:.
    .title = Verkko-osoitetta ei tueta
    .summary = Tämäntyyppisiä osoitteita ei tueta. Vain http:// tai https:// -alkuisia osoitteita voi avata.
    .summary-host = Palvelimen { $host } tavoittamiseen käytetty osoite on tyyppiä, jota ei tueta. Vain http:// tai https:// -alkuisia osoitteita voi avata.
# 12007
error-winhttp-name-not-resolved = Palvelimen nimeä ei voitu selvittää.
    .title = Palvelinta ei löytynyt
    .summary = Palvelinta ei löytynyt verkosta.
    .summary-host = Verkosta ei löytynyt palvelinta nimeltä { $host }.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption- tai WinHttpSetOption-kutsussa määritettiin virheellinen asetuksen arvo.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se käytti virheellistä yhteysasetusta.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se käytti virheellistä yhteysasetusta.
# 12011
error-winhttp-option-not-settable = Pyydettyä asetusta ei voi määrittää; sen arvon voi vain kysyä.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti muuttaa yhteysasetusta, jota voi vain lukea.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se yritti muuttaa yhteysasetusta, jota voi vain lukea.
# 12012 — näkyy yleensä, kun sovellus on sulkeutumassa.
error-winhttp-shutdown = WinHTTP-funktioiden tukea ollaan sulkemassa tai poistamassa muistista.
    .title = Verkkoyhteyksiä suljetaan
    .summary = Pyyntö keskeytettiin, koska verkkoyhteyksiä suljetaan, esimerkiksi siksi, että tämä sovellus on sulkeutumassa.
    .summary-host = Palvelimelle { $host } lähetetty pyyntö keskeytettiin, koska verkkoyhteyksiä suljetaan, esimerkiksi siksi, että tämä sovellus on sulkeutumassa.
# 12015
error-winhttp-login-failure = Kirjautumisyritys epäonnistui. Sulje pyynnön kahva WinHttpCloseHandle-funktiolla ja luo uusi, ennen kuin yrität epäonnistunutta funktiota uudelleen.
    .title = Kirjautuminen epäonnistui
    .summary = Palvelin ei hyväksynyt kirjautumistietoja.
    .summary-host = Palvelin { $host } ei hyväksynyt kirjautumistietoja.
# 12017 — vakio kirjoitetaan ”CANCELLED”, englanninkielinen teksti ”canceled”; suomeksi ”peruutettiin”.
error-winhttp-operation-cancelled = Toiminto peruutettiin, yleensä siksi, että kahva, jota pyyntö käytti, suljettiin ennen toiminnon valmistumista.
    .title = Pyyntö peruutettiin
    .summary = Pyyntö peruutettiin, ennen kuin se ehti valmistua.
    .summary-host = Palvelimelle { $host } lähetetty pyyntö peruutettiin, ennen kuin se ehti valmistua.
# 12018
error-winhttp-incorrect-handle-type = Annetun kahvan tyyppi on väärä tälle toiminnolle.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma, eikä pyyntöä voitu suorittaa loppuun.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma, eikä palvelimelle { $host } lähetettyä pyyntöä voitu suorittaa loppuun.
# 12019
error-winhttp-incorrect-handle-state = Pyydettyä toimintoa ei voi suorittaa, koska annettu kahva ei ole oikeassa tilassa.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se suoritti pyynnön vaiheet väärässä järjestyksessä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se suoritti palvelimelle { $host } lähetettävän pyynnön vaiheet väärässä järjestyksessä.
# 12029
error-winhttp-cannot-connect = Yhteyttä palvelimeen ei voitu muodostaa.
    .title = Yhteyttä ei voi muodostaa
    .summary = Tämä sovellus ei voinut muodostaa yhteyttä palvelimeen.
    .summary-host = Tämä sovellus ei voinut muodostaa yhteyttä palvelimeen { $host }.
# 12030
error-winhttp-connection-error = Yhteys palvelimeen nollattiin tai katkaistiin tai havaittiin yhteensopimaton SSL-protokolla (esimerkiksi WinHTTP 5.1 ei tue SSL 2.0:aa, ellei asiakas erikseen ota sitä käyttöön).
    .title = Yhteys katkesi
    .summary = Yhteys palvelimeen katkesi tai suljettiin odottamatta.
    .summary-host = Yhteys palvelimeen { $host } katkesi tai suljettiin odottamatta.
# 12032
error-winhttp-resend-request = WinHTTP-funktio epäonnistui, mutta sitä voi yrittää uudelleen samalla pyynnön kahvalla.
    .title = Pyyntö ei mennyt perille
    .summary = Pyyntöä ei voitu suorittaa loppuun tällä yrityksellä.
    .summary-host = Palvelimelle { $host } lähetettyä pyyntöä ei voitu suorittaa loppuun tällä yrityksellä.
# 12037
error-winhttp-secure-cert-date-invalid = Vaadittu varmenne ei ole voimassaoloaikansa sisällä järjestelmän kellon tai allekirjoitetun tiedoston aikaleiman mukaan, tai varmenneketjun voimassaoloajat eivät ole oikein sisäkkäiset (vastaa virheitä CERT_E_EXPIRED tai CERT_E_VALIDITYPERIODNESTING).
    .title = Varmenne on vanhentunut tai ei ole vielä voimassa
    .summary = Palvelimen suojausvarmenne on vanhentunut tai ei ole vielä voimassa tämän tietokoneen kellon mukaan.
    .summary-host = Palvelimen { $host } suojausvarmenne on vanhentunut tai ei ole vielä voimassa tämän tietokoneen kellon mukaan.
# 12038
error-winhttp-secure-cert-cn-invalid = Varmenteen yleinen nimi (CN, common name) ei vastaa annettua arvoa (vastaa virhettä CERT_E_CN_NO_MATCH).
    .title = Varmenne on myönnetty toiselle sivustolle
    .summary = Suojausvarmenne on myönnetty toisennimiselle sivustolle, joten palvelimen identiteettiä ei voitu vahvistaa.
    .summary-host = Palvelimen { $host } lähettämä suojausvarmenne on myönnetty toiselle nimelle, joten palvelimen identiteettiä ei voitu vahvistaa.
# 12044 — palvelin pyytää käyttäjää (tai tietokonetta) todistamaan henkilöllisyytensä varmenteella.
error-winhttp-client-auth-cert-needed = Palvelin pyytää SSL-asiakastodennusta (tämän ilmoittaa WinHttpReceiveResponse). Hae hyväksytyt varmenteiden myöntäjät WinHttpQueryOption-funktiolla ja asetuksella WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; jos varmennetta pyydetään mutta sitä ei vaadita, kutsu WinHttpSetOption-funktiota asetuksella WINHTTP_OPTION_CLIENT_CERT_CONTEXT ja arvolla WINHTTP_NO_CLIENT_CERT_CONTEXT parametrissa lpBuffer.
    .title = Palvelin vaatii varmenteen
    .summary = Palvelin vaatii varmenteen, joka tunnistaa sinut tai tietokoneesi, ennen kuin se sallii yhteyden.
    .summary-host = Palvelin { $host } vaatii varmenteen, joka tunnistaa sinut tai tietokoneesi, ennen kuin se sallii yhteyden.
# 12045
error-winhttp-secure-invalid-ca = Varmenneketju käsiteltiin, mutta se päättyi päävarmenteeseen, johon luottamuksen tarjoaja ei luota (vastaa virhettä CERT_E_UNTRUSTEDROOT).
    .title = Varmenteeseen ei luoteta
    .summary = Palvelimen suojausvarmenteen on myöntänyt varmentaja, johon tämä tietokone ei luota.
    .summary-host = Palvelimen { $host } suojausvarmenteen on myöntänyt varmentaja, johon tämä tietokone ei luota.
# 12057
error-winhttp-secure-cert-rev-failed = Varmenteen kumoamista ei voitu tarkistaa, koska kumoamispalvelin ei ollut käytettävissä (vastaa virhettä CRYPT_E_REVOCATION_OFFLINE).
    .title = Varmennetta ei voitu tarkistaa
    .summary = Tämä tietokone ei voinut tarkistaa, onko palvelimen suojausvarmenne kumottu, koska kumottujen varmenteiden tiedot antavaan palvelimeen ei saatu yhteyttä.
    .summary-host = Tämä tietokone ei voinut tarkistaa, onko palvelimen { $host } suojausvarmenne kumottu, koska kumottujen varmenteiden tiedot antavaan palvelimeen ei saatu yhteyttä.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest-objekti ei voi suorittaa pyydettyä toimintoa, ennen kuin Open-metodia on kutsuttu.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää pyyntöä ennen sen valmistelua.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti käyttää palvelimelle { $host } tarkoitettua pyyntöä ennen sen valmistelua.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest-objekti ei voi suorittaa pyydettyä toimintoa, ennen kuin Send-metodia on kutsuttu.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se pyysi vastausta ennen pyynnön lähettämistä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se pyysi vastausta palvelimelta { $host } ennen pyynnön lähettämistä.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest-objekti ei voi suorittaa pyydettyä toimintoa sen jälkeen, kun Send-metodia on kutsuttu.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti muuttaa pyyntöä, joka oli jo lähetetty.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti muuttaa palvelimelle { $host } jo lähetettyä pyyntöä.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest-objekti ei voi pyytää määritettyä asetusta sen jälkeen, kun Open-metodia on kutsuttu.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti muuttaa pyynnön asetusta liian myöhään.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti muuttaa palvelimelle { $host } lähetettävän pyynnön asetusta liian myöhään.
# 12150
error-winhttp-header-not-found = Pyydettyä otsikkoa ei löytynyt.
    .title = Vastauksesta puuttuu tietoja
    .summary = Palvelimen vastauksesta puuttui tieto, jota tämä sovellus odotti.
    .summary-host = Palvelimen { $host } vastauksesta puuttui tieto, jota tämä sovellus odotti.
# 12152
error-winhttp-invalid-server-response = Palvelimen vastausta ei voitu jäsentää.
    .title = Palvelimen vastaus on virheellinen
    .summary = Palvelin lähetti vastauksen, jota ei voitu tulkita.
    .summary-host = Palvelin { $host } lähetti vastauksen, jota ei voitu tulkita.
# 12153 — sovellus muodosti pyynnön; käyttäjä ei kirjoittanut sitä.
error-winhttp-invalid-header = Annettu HTTP-otsikko ei kelpaa, esimerkiksi koska se on muotoiltu väärin.
    .title = Virheellinen pyyntö
    .summary = Tämä sovellus yritti lähettää tietoja virheellisessä muodossa, joten pyyntöä ei voitu lähettää.
    .summary-host = Tämä sovellus yritti lähettää tietoja palvelimelle { $host } virheellisessä muodossa, joten pyyntöä ei voitu lähettää.
# 12154 — vanhentunut: nykyiset järjestelmät eivät koskaan ilmoita tätä, joten sovellus on tehnyt virheen.
error-winhttp-invalid-query-request = Otsikon kyselypyyntö ei kelpaa (vanhentunut; ei enää käytössä).
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
# 12155 — vanhentunut: nykyiset järjestelmät eivät koskaan ilmoita tätä, joten sovellus on tehnyt virheen.
error-winhttp-header-already-exists = Otsikkoa ei voitu lisätä, koska se on jo olemassa (vanhentunut; ei enää käytössä).
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti lisätä samat tiedot pyyntöön kahdesti.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: se yritti lisätä samat tiedot palvelimelle { $host } lähetettävään pyyntöön kahdesti.
# 12156
error-winhttp-redirect-failed = Uudelleenohjaus epäonnistui, koska malli muuttui tai koska kaikki uudelleenohjausyritykset epäonnistuivat (oletusarvoisesti viisi yritystä).
    .title = Uudelleenohjaus epäonnistui
    .summary = Palvelin ohjasi pyynnön toiseen osoitteeseen, mutta uudelleenohjausta ei voitu suorittaa loppuun.
    .summary-host = Palvelin { $host } ohjasi pyynnön toiseen osoitteeseen, mutta uudelleenohjausta ei voitu suorittaa loppuun.
# 12157
error-winhttp-secure-channel-error = Suojatussa kanavassa tapahtui virhe (vastaa winerror.h-tiedostossa määritettyjä SEC_E_- ja SEC_I_-virhekoodeja).
    .title = Suojattua yhteyttä ei voitu muodostaa
    .summary = Suojatun yhteyden muodostamisessa palvelimeen tapahtui virhe.
    .summary-host = Suojatun yhteyden muodostamisessa palvelimeen { $host } tapahtui virhe.
# 12166 — ”välityspalvelimen asennuskomentosarja” on PAC-tiedosto, nimettynä kuten Windowsin välityspalvelinasetuksissa.
error-winhttp-bad-auto-proxy-script = Välityspalvelimen automaattisen määritystiedoston (PAC-tiedoston) komentosarjakoodia suoritettaessa tapahtui virhe.
    .title = Virhe välityspalvelimen asennuskomentosarjassa
    .summary = Tämän verkon välityspalvelimen asennuskomentosarjassa on virhe.
    .summary-host = Palvelimen { $host } tavoittamiseen käytettävässä välityspalvelimen asennuskomentosarjassa on virhe.
# 12167
error-winhttp-unable-to-download-script = PAC-tiedostoa ei voitu ladata, esimerkiksi koska PAC-URL-osoitteen osoittamaan palvelimeen ei saatu yhteyttä tai se palautti virheen 404 Not Found.
    .title = Välityspalvelimen asennuskomentosarja ei ole käytettävissä
    .summary = Tämän verkon välityspalvelimen asennuskomentosarjaa ei voitu ladata.
    .summary-host = Palvelimen { $host } tavoittamiseen tarvittavaa välityspalvelimen asennuskomentosarjaa ei voitu ladata.
# 12169
error-winhttp-secure-invalid-cert = Varmenne ei kelpaa (vastaa virheitä, kuten CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED ja CERT_E_CHAINING).
    .title = Virheellinen varmenne
    .summary = Palvelimen suojausvarmenne ei kelpaa, joten suojattua yhteyttä ei voitu muodostaa.
    .summary-host = Palvelimen { $host } suojausvarmenne ei kelpaa, joten suojattua yhteyttä ei voitu muodostaa.
# 12170
error-winhttp-secure-cert-revoked = Varmenne on kumottu (vastaa virhettä CRYPT_E_REVOKED).
    .title = Varmenne on kumottu
    .summary = Palvelimen suojausvarmenteen myöntäjä on kumonnut sen, joten varmenteeseen ei voi enää luottaa.
    .summary-host = Palvelimen { $host } suojausvarmenteen myöntäjä on kumonnut sen, joten varmenteeseen ei voi enää luottaa.
# 12172 — vanhentunut: nykyiset järjestelmät eivät koskaan ilmoita tätä, joten sovellus on tehnyt virheen.
error-winhttp-not-initialized = WinHTTP:tä ei ole alustettu (vanhentunut; ei enää käytössä).
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se ilmoitti virheestä, jota nykyiset järjestelmät eivät enää käytä.
# 12175 — syyt (alla cert-flag-*) voidaan näyttää luettelona yhteenvedon alla.
error-winhttp-secure-failure = Palvelimen lähettämässä SSL (Secure Sockets Layer) -varmenteessa havaittiin yksi tai useampi virhe. Virheet voi selvittää etsimällä WINHTTP_CALLBACK_STATUS_SECURE_FAILURE-ilmoitusta tilan takaisinkutsufunktiossa (katso WINHTTP_STATUS_CALLBACK).
    .title = Suojattu yhteys epäonnistui
    .summary = Palvelimen suojausvarmenteessa on yksi tai useampi ongelma, joten suojattua yhteyttä ei voitu muodostaa.
    .summary-host = Palvelimen { $host } lähettämässä suojausvarmenteessa on yksi tai useampi ongelma, joten suojattua yhteyttä ei voitu muodostaa.
# 12176
error-winhttp-unhandled-script-type = Komentosarjan tyyppiä ei tueta.
    .title = Välityspalvelimen asennuskomentosarjaa ei tueta
    .summary = Tämän verkon välityspalvelimen asennuskomentosarja on tyyppiä, jota ei tueta.
    .summary-host = Palvelimen { $host } tavoittamiseen käytettävä välityspalvelimen asennuskomentosarja on tyyppiä, jota ei tueta.
# 12177 — käytännössä välityspalvelimen asennuskomentosarja.
error-winhttp-script-execution-error = Komentosarjaa suoritettaessa tapahtui virhe.
    .title = Välityspalvelimen asennuskomentosarja epäonnistui
    .summary = Tämän verkon välityspalvelimen asennuskomentosarjaa suoritettaessa tapahtui virhe.
    .summary-host = Palvelimen { $host } tavoittamiseen käytettävää välityspalvelimen asennuskomentosarjaa suoritettaessa tapahtui virhe.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl ei löytänyt välityspalvelinta määritetylle URL-osoitteelle.
    .title = Välityspalvelinta ei löytynyt
    .summary = Tälle osoitteelle käytettävää välityspalvelinta ei voitu selvittää.
    .summary-host = Palvelimelle { $host } käytettävää välityspalvelinta ei voitu selvittää.
# 12179
error-winhttp-secure-cert-wrong-usage = Varmenne ei kelpaa pyydettyyn käyttötarkoitukseen (vastaa virhettä CERT_E_WRONG_USAGE).
    .title = Varmenne ei kelpaa tähän käyttötarkoitukseen
    .summary = Palvelimen suojausvarmennetta ei ole tarkoitettu tämäntyyppiseen yhteyteen.
    .summary-host = Palvelimen { $host } suojausvarmennetta ei ole tarkoitettu tämäntyyppiseen yhteyteen.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl ei löytänyt välityspalvelimen automaattisen määritystiedoston (PAC-tiedoston) URL-osoitetta.
    .title = Välityspalvelimen asetuksia ei tunnistettu
    .summary = Tämän verkon välityspalvelimen asetuksia ei voitu tunnistaa automaattisesti.
    .summary-host = Palvelimen { $host } tavoittamiseen tarvittavia välityspalvelimen asetuksia ei voitu tunnistaa automaattisesti.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse vastaanotti vastauksen, jossa on enemmän otsikoita kuin WinHTTP voi hyväksyä.
    .title = Palvelimen vastaus hylättiin
    .summary = Palvelin lähetti vastauksen, jossa oli liian monta otsikkoa, joten sitä ei voitu hyväksyä.
    .summary-host = Palvelin { $host } lähetti vastauksen, jossa oli liian monta otsikkoa, joten sitä ei voitu hyväksyä.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse vastaanotti otsikoita, joiden kokonaiskoko ylittää pyynnön kahvalle määritetyn rajan.
    .title = Palvelimen vastaus on liian suuri
    .summary = Palvelin lähetti vastauksen, jonka otsikot olivat liian suuria, joten sitä ei voitu hyväksyä.
    .summary-host = Palvelin { $host } lähetti vastauksen, jonka otsikot olivat liian suuria, joten sitä ei voitu hyväksyä.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse havaitsi ylivuodon jäsentäessään vastauksen paloiteltua siirtokoodausta (chunked): palan otsikko ylitti sallitun koon.
    .title = Palvelimen vastausta ei voitu lukea
    .summary = Osa palvelimen vastauksesta oli sallittua suurempi, joten vastausta ei voitu lukea.
    .summary-host = Osa palvelimen { $host } vastauksesta oli sallittua suurempi, joten vastausta ei voitu lukea.
# 12184
error-winhttp-response-drain-overflow = Saapuva vastaus ylitti WinHTTP:n sisäisen kokorajan.
    .title = Palvelimen vastaus ylitti kokorajan
    .summary = Palvelimen vastaus oli suurempi kuin tämä tietokone sallii, joten sitä ei voitu vastaanottaa.
    .summary-host = Palvelimen { $host } vastaus oli suurempi kuin tämä tietokone sallii, joten sitä ei voitu vastaanottaa.
# 12185 — varmenne on käyttäjän oma (asiakasvarmenne), ei palvelimen.
error-winhttp-client-cert-no-private-key = SSL-asiakasvarmenteen kontekstiin ei liity yksityistä avainta; varmenne on ehkä tuotu tietokoneeseen ilman yksityistä avaintaan.
    .title = Varmennettasi ei voi käyttää
    .summary = Varmenteesta, joka tunnistaa sinut, puuttuu yksityinen avain, joten sitä ei voi käyttää. Avain on ehkä jätetty pois varmennetta asennettaessa.
    .summary-host = Varmenteesta, jolla sinut tunnistetaan palvelimelle { $host }, puuttuu yksityinen avain, joten sitä ei voi käyttää. Avain on ehkä jätetty pois varmennetta asennettaessa.
# 12186 — varmenne on käyttäjän oma (asiakasvarmenne), ei palvelimen.
error-winhttp-client-cert-no-access-private-key = Sovelluksella ei ole oikeuksia, joita tarvitaan asiakasvarmenteeseen liittyvän yksityisen avaimen käyttämiseen.
    .title = Pääsy varmenteeseesi estettiin
    .summary = Tällä sovelluksella ei ole lupaa käyttää sinut tunnistavan varmenteen yksityistä avainta.
    .summary-host = Tällä sovelluksella ei ole lupaa käyttää sen varmenteen yksityistä avainta, jolla sinut tunnistetaan palvelimelle { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Välityspalvelin vaatii SSL/TLS-asiakasvarmennetodennuksen; välityspalvelinyhteydelle on annettava asiakasvarmenne.
    .title = Välityspalvelin vaatii varmenteen
    .summary = Välityspalvelin vaatii varmenteen, joka tunnistaa sinut tai tietokoneesi, ennen kuin se sallii yhteyden.
    .summary-host = Välityspalvelin vaatii varmenteen, joka tunnistaa sinut tai tietokoneesi, ennen kuin se sallii yhteyden palvelimeen { $host }.
# 12188
error-winhttp-secure-failure-proxy = Suojatussa yhteydessä välityspalvelimeen tapahtui SSL/TLS-virhe, esimerkiksi ongelma välityspalvelimen lähettämässä varmenteessa.
    .title = Suojattu yhteys välityspalvelimeen epäonnistui
    .summary = Suojattua yhteyttä välityspalvelimeen ei voitu muodostaa, esimerkiksi välityspalvelimen varmenteessa olevan ongelman vuoksi.
    .summary-host = Suojattua yhteyttä ei voitu muodostaa välityspalvelimeen, jonka kautta palvelin { $host } tavoitetaan, esimerkiksi välityspalvelimen varmenteessa olevan ongelman vuoksi.
# 12189 — varattu: tätä ei koskaan ilmoiteta, joten sovellus on tehnyt virheen.
error-winhttp-reserved-189 = Varattu koodi; ei käytössä.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: se ilmoitti virheestä, joka on varattu eikä ole koskaan käytössä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma palvelimeen { $host } yhdistettäessä: se ilmoitti virheestä, joka on varattu eikä ole koskaan käytössä.
# 12190 — ”verkkoprotokolla” on HTTP; versiot ovat HTTP/1.1, HTTP/2 ja HTTP/3.
error-winhttp-http-protocol-mismatch = Palvelimen käyttämä HTTP-protokollan versio ei vastaa pyydettyä tai vaadittua versiota, esimerkiksi HTTP/2 tai HTTP/3 vaadittiin, mutta siitä ei voitu neuvotella.
    .title = Yhteensopimaton verkkoprotokollan versio
    .summary = Palvelin ja tämä sovellus eivät päässeet yhteisymmärrykseen käytettävästä verkkoprotokollan versiosta.
    .summary-host = Palvelin { $host } ja tämä sovellus eivät päässeet yhteisymmärrykseen käytettävästä verkkoprotokollan versiosta.
# 12191
error-winhttp-global-callback-failed = WinHTTP:hen rekisteröity yleinen takaisinkutsufunktio epäonnistui.
    .title = Sovelluksen sisäinen virhe
    .summary = Tässä sovelluksessa ilmeni sisäinen ongelma: yhdessä sen osista tapahtui virhe pyyntöä käsiteltäessä.
    .summary-host = Tässä sovelluksessa ilmeni sisäinen ongelma: yhdessä sen osista tapahtui virhe palvelimelle { $host } lähetettyä pyyntöä käsiteltäessä.
# 12192
error-winhttp-feature-disabled = Pyydetty WinHTTP-ominaisuus on poistettu käytöstä, eikä sitä voi käyttää.
    .title = Ominaisuus on poistettu käytöstä
    .summary = Tämän pyynnön tarvitsema ominaisuus on poistettu käytöstä tässä tietokoneessa.
    .summary-host = Palvelimelle { $host } lähetettävän pyynnön tarvitsema ominaisuus on poistettu käytöstä tässä tietokoneessa.
# 12193
error-winhttp-fast-forwarding-not-supported = Pikaeteenpäinsiirtoa (fast forwarding) ei tueta tälle pyynnölle tai yhteydelle.
    .title = Ominaisuutta ei tueta
    .summary = Tämä sovellus pyysi ominaisuutta, jota tämä yhteys ei tue.
    .summary-host = Tämä sovellus pyysi ominaisuutta, jota yhteys palvelimeen { $host } ei tue.

## Vihjeet: asioita, joita käyttäjä voi kokeilla, näytetään luettelona yhteenvedon alla.
## Kukin on yksi kokonainen käskymuotoinen virke, lopussa piste, enintään 100 merkkiä.
## Luettelo (src/catalog.rs) päättää, mitkä vihjeet koodi näyttää ja missä järjestyksessä.
hint-check-connection = Tarkista verkkoyhteys.
hint-try-again-later = Odota hetki ja yritä sitten uudelleen.
hint-check-address = Tarkista, että osoite on kirjoitettu oikein.
hint-check-proxy = Tarkista välityspalvelimen asetukset tai ota yhteyttä verkon järjestelmänvalvojaan.
hint-check-firewall = Varmista, ettei palomuuri tai virustentorjuntaohjelma estä tätä sovellusta.
hint-check-date-time = Varmista, että tietokoneen päivämäärä, kellonaika ja aikavyöhyke ovat oikein.
hint-update-system = Asenna käyttöjärjestelmän uusimmat päivitykset.
hint-contact-site-owner = Jos ongelma jatkuu, ota yhteyttä sivuston tai palvelimen omistajaan.
hint-contact-support = Ota yhteyttä tämän sovelluksen tukeen.
hint-update-app = Tarkista, onko tästä sovelluksesta saatavilla uudempi versio.
hint-restart-app = Sulje tämä sovellus ja avaa se uudelleen.
hint-restart-computer = Käynnistä tietokone uudelleen.
hint-free-memory = Vapauta muistia sulkemalla muita ohjelmia ja yritä sitten uudelleen.
hint-check-credentials = Tarkista, että käyttäjänimi ja salasana ovat oikein.
# Näytetään, kun palvelin tai välityspalvelin pyytää käyttäjän omaa varmennetta tai kun sitä ei voi käyttää.
hint-check-client-certificate = Varmista, että pyydetty varmenne on asennettu oikein, tai kysy neuvoa järjestelmänvalvojalta.

## Varmenneongelmat: yksi rivi kustakin, näytetään luettelona, kun suojattu yhteys epäonnistui.
## Enintään 120 merkkiä; yksi kokonainen virke, lopussa piste.
## ”Varmenne” on palvelimen lähettämä varmenne.
cert-flag-rev-failed = Tämä tietokone ei voinut tarkistaa, onko varmenne kumottu.
cert-flag-invalid-cert = Varmenne ei kelpaa.
cert-flag-cert-revoked = Varmenteen myöntäjä on kumonnut varmenteen.
cert-flag-invalid-ca = Varmenteen on myöntänyt varmentaja, johon tämä tietokone ei luota.
cert-flag-cert-cn-invalid = Varmenne on myönnetty toisennimiselle sivustolle.
cert-flag-cert-date-invalid = Varmenne on vanhentunut tai ei ole vielä voimassa.
cert-flag-cert-wrong-usage = Varmennetta ei ole tarkoitettu tämäntyyppiseen yhteyteen.
cert-flag-security-channel-error = Suojattua yhteyttä muodostettaessa tapahtui virhe.
# $flags (String): jäljelle jäävät liput heksadesimaalimuodossa, esimerkiksi 0x00000100; voi sisältää useita.
cert-flag-unknown = Varmenteessa on yksi tai useampi ongelma, jota ei voitu tunnistaa ({ $flags }).

## Koodit, joita tämä kirjasto ei tunne.
# $code (String): koodi desimaalimuodossa, esimerkiksi 12345. $hex (String): sama heksadesimaalimuodossa, 0x00003039.
# $host (String): palvelimen nimi (vain .summary-host-määritteessä), esimerkiksi example.com.
# Samat rajat kuin koodikohtaisissa osissa: enintään 200 merkkiä kukin.
unknown-code =
    .summary = Yhteyttä muodostettaessa tapahtui odottamaton ongelma (virhe { $code }, { $hex }).
    .summary-host = Yhteyttä palvelimeen { $host } muodostettaessa tapahtui odottamaton ongelma (virhe { $code }, { $hex }).

## Yhdistelmäviestit

# $description (String) koodin kuvaus; $name (String) sen symbolinen nimi; $code (String) koodi desimaalimuodossa.
report-line = { $description } ({ $name }, { $code })
# $code (String) koodi desimaalimuodossa; $hex (String) sama koodi heksadesimaalimuodossa, esimerkiksi 0x80072EE2.
unknown-error = Tuntematon WinHTTP-virhe { $code } ({ $hex }).
