### Descripcions dels codis d’error del WinHTTP (ca-ES, català).
### Un missatge per codi d’error, en ordre numèric. L’identificador de cada
### missatge és el nom simbòlic de la constant en minúscules, amb «_» substituït
### per «-». No canvieu els identificadors ni l’ordre.
### El valor de cada missatge és la descripció tècnica, per als desenvolupadors:
### una sola línia, sense variables, perquè es mostra tal qual en quadres de
### diàleg i registres. Els noms de funcions, mètodes, opcions, macros i
### constants de l’API (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) són
### identificadors i no es tradueixen ni es modifiquen mai.
###
### Text per a l’usuari final. A més del valor (la descripció tècnica), cada
### codi té tres atributs escrits per a una persona que no és programadora:
###   .title         Títol del quadre de diàleg (instrucció principal): què ha
###                  fallat, 60 caràcters com a màxim, només la primera lletra
###                  en majúscula, sense punt final.
###   .summary       Text sota el títol: una o dues frases senzilles que diuen
###                  què ha passat, 200 caràcters com a màxim, amb punt final.
###                  S’ha d’entendre sense cap nom de servidor.
###   .summary-host  El mateix resum amb el nom del servidor: { $host } hi surt
###                  exactament una vegada; 200 caràcters com a màxim quan $host
###                  és «example.com».
### $host conté el nom del servidor tal com el coneix l’aplicació, per exemple
### «example.com», «intranet.corp.local» o una adreça IP com 192.0.2.10. Mai no
### és buit: si no hi ha nom, es mostra .summary.
### NOM DEL SERVIDOR: com que l’apostrofació depèn de com es pronuncia cada nom
### («de example.com» o «d’example.com»?), { $host } no va mai darrere de «de»,
### «d’», «del», «el», «l’» ni cap article o contracció que s’hi hagi d’adaptar.
### S’escriu en aposició: «el servidor { $host }», «del servidor { $host }»,
### «amb { $host }», «a { $host }».
### Els suggeriments (hint-*) es mostren en una llista sota el resum: una frase
### en imperatiu amb punt final, 100 caràcters com a màxim. Les línies de
### certificat (cert-flag-*), 120 com a màxim. El catàleg (src/catalog.rs)
### decideix quins suggeriments rep cada codi, igual en totes les llengües; per
### això el resum diu què ha passat i no repeteix els suggeriments.
### En aquests textos no hi pot aparèixer cap identificador de l’API (constant,
### funció, mètode o opció), ni «_», ni «WinHTTP»/«WinHttp», ni «handle», ni
### «callback», ni «PAC», ni «{» fora de les variables documentades. Es
### prefereixen paraules de cada dia («connexió segura» i no TLS/SSL; «script de
### configuració del servidor intermediari» i no fitxer PAC, com a la
### configuració del servidor intermediari del Windows).
### Quan l’aplicació mateixa ha fet un mal ús de la biblioteca (codis obsolets,
### reservats i d’ús incorrecte), es diu clarament que aquesta aplicació ha
### tingut un problema intern; mai no es culpa l’usuari. Els errors de seguretat
### mai no suggereixen saltar-se la comprovació, ignorar-la ni continuar igualment.
### Tractament de vós, com el Windows en català («Comproveu», «el vostre
### ordinador», «us identifica»). Perfet («s’ha produït», «ha tingut») en els
### textos per a l’usuari.
###
### GLOSSARI (terminologia de Microsoft i de Softcatalà):
###   computer = «ordinador»; file = «fitxer»; application = «aplicació»;
###     settings = «configuració»; user = «usuari».
###   request = «sol·licitud»; response = «resposta»; header = «capçalera»;
###     server = «servidor»; network = «xarxa»; connection = «connexió».
###   proxy = «servidor intermediari» (també «intermediari»), com al Windows;
###     «proxy» no es fa servir en els textos per a l’usuari. proxy setup script
###     (PAC) = «script de configuració del servidor intermediari»; «fitxer
###     PAC» només a les descripcions.
###   certificate = «certificat»; el del servidor, «certificat de seguretat»; el
###     propi, «el certificat que us identifica». revoke = «revocar»; issuing
###     authority = «entitat que l’ha emès»; private key = «clau privada».
###   secure connection = «connexió segura»; secure channel = «canal segur».
###   firewall = «tallafoc»; antivirus program = «programa antivirus».
###   redirect = «redirigir»; redirection = «redirecció».
###   sign in = «iniciar la sessió»; user name = «nom d’usuari»; password =
###     «contrasenya».
###   timeout = «temps d’espera» («s’ha esgotat el temps d’espera»).
###   download = «baixar»; web address = «adreça web»; feature = «característica»;
###     turned off = «desactivat»; support team = «equip d’assistència».
###   handle = «identificador» (només a les descripcions); callback = «funció de
###     devolució de trucada» (només a les descripcions).
###   Winsock (només a les descripcions): socket = «sòcol»; host = «amfitrió»;
###     name server = «servidor de noms»; route = «ruta»; keep-alive =
###     «manteniment de la connexió (keep-alive)». Per a l’usuari: «xarxa
###     inaccessible», «connexió rebutjada», «servidor inaccessible», «cercar
###     el nom».
### TIPOGRAFIA: cometes angulars « » (i “ ” dins seu); apòstrof tipogràfic ’
### (d’error, l’aplicació), mai el recte; ela geminada amb punt volat U+00B7
### (sol·licitud, cancel·lar, instal·lar), mai amb punt baix ni amb U+2022;
### sense espai abans de «:», minúscula després; punts suspensius «…».

## Errors genèrics del Windows (winerror.h) que també retorna el WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = El sistema no troba el fitxer especificat: no existeix un paràmetre de configuració, un fitxer o un valor del registre que cercava la funció.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: no s’ha trobat un paràmetre de configuració o un fitxer que necessitava.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host }: no s’ha trobat un paràmetre de configuració o un fitxer que necessitava.
# 6
error-invalid-handle = L’identificador passat a l’API s’ha invalidat o tancat.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir una connexió que ja s’havia tancat.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir una connexió amb { $host } que ja s’havia tancat.
# 8
error-not-enough-memory = No hi ha prou memòria disponible per completar l’operació sol·licitada.
    .title = No hi ha prou memòria
    .summary = El vostre ordinador s’ha quedat sense memòria disponible abans que es pogués completar la sol·licitud.
    .summary-host = El vostre ordinador s’ha quedat sense memòria disponible abans que es pogués completar la sol·licitud a { $host }.
# 18
error-no-more-files = No s’han trobat més fitxers.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern en llegir els resultats d’una sol·licitud.
    .summary-host = Aquesta aplicació ha tingut un problema intern en llegir els resultats d’una sol·licitud a { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = La pila de protocols necessària no està carregada i l’aplicació no pot iniciar el Winsock.
    .title = La xarxa no està disponible
    .summary = No s’han pogut iniciar en aquest ordinador els components de xarxa que necessita aquesta aplicació.
    .summary-host = No s’han pogut iniciar en aquest ordinador els components de xarxa necessaris per connectar-se a { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = El paràmetre no és correcte: un dels arguments passats a la funció no és vàlid (per exemple, un punter NULL, una mida d’estructura incorrecta o indicadors incompatibles).
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha passat al component de xarxa informació que no és vàlida.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host }: ha passat al component de xarxa informació que no és vàlida.
# 122
error-insufficient-buffer = La memòria intermèdia proporcionada a la funció és massa petita per contenir les dades retornades. Consulteu la documentació de la funció corresponent per obtenir-ne els detalls.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: no ha reservat prou espai per a les dades que ha rebut.
    .summary-host = Aquesta aplicació ha tingut un problema intern: no ha reservat prou espai per a les dades rebudes del servidor { $host }.
# 259
error-no-more-items = No hi ha més elements.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern en llegir una llista de resultats.
    .summary-host = Aquesta aplicació ha tingut un problema intern en llegir una llista de resultats del servidor { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Hi ha una operació d’E/S superposada en curs: la funció continua de manera asíncrona i comunica el resultat mitjançant la funció de devolució de trucada d’estat.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha tractat com a error una sol·licitud que encara estava en curs.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha tractat com a error una sol·licitud a { $host } que encara estava en curs.
# 1168
error-not-found = No s’ha trobat l’element: allò que s’ha demanat a la funció (per exemple, un resultat de servidor intermediari, una entrada o un paràmetre desat) no existeix.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha demanat un element que no existeix.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host }: ha demanat un element que no existeix.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = L’operació no és vàlida en l’estat actual de l’objecte, per exemple, enviar dades per un WebSocket que s’està tancant o rebre’n mentre hi ha una altra recepció pendent.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir una connexió d’una manera que el seu estat actual no permet.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir la connexió amb { $host } d’una manera que el seu estat actual no permet.

## Errors del Winsock (winsock2.h) que una implementació del WinHTTP deixa passar
## (la winhttp.dll del Wine ho fa; la del Windows converteix la majoria en un codi 12xxx).
## Per a l’usuari volen dir el mateix que el seu equivalent del WinHTTP; la
## descripció indica quin codi és.

# 10050
wsaenetdown = El subsistema de xarxa ha fallat (WSAENETDOWN): la pila de xarxa o l’adaptador d’aquest ordinador no funciona.
    .title = La xarxa no funciona
    .summary = La xarxa d’aquest ordinador no funciona i, per tant, no s’ha pogut arribar al servidor.
    .summary-host = La xarxa d’aquest ordinador no funciona i, per tant, no s’ha pogut arribar a { $host }.
# 10051
wsaenetunreach = La xarxa no és accessible (WSAENETUNREACH): aquest ordinador no té cap ruta cap a la xarxa del servidor.
    .title = Xarxa inaccessible
    .summary = Aquest ordinador no té cap camí cap a la xarxa del servidor i, per tant, no s’ha pogut arribar al servidor.
    .summary-host = Aquest ordinador no té cap camí cap a la xarxa del servidor { $host } i, per tant, no s’ha pogut arribar al servidor.
# 10052
wsaenetreset = La connexió s’ha interromput perquè l’activitat de manteniment de la connexió (keep-alive) ha detectat un error mentre l’operació estava en curs (WSAENETRESET).
    .title = Connexió interrompuda
    .summary = La connexió amb el servidor s’ha perdut perquè la xarxa ha deixat de respondre.
    .summary-host = La connexió amb { $host } s’ha perdut perquè la xarxa ha deixat de respondre.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Un programa d’aquest ordinador ha interromput una connexió establerta (WSAECONNABORTED), per exemple, després d’esgotar-se el temps d’espera d’una transmissió de dades o a causa d’un tallafoc.
    .title = Connexió interrompuda
    .summary = Aquest ordinador ha tancat la connexió amb el servidor, potser a causa d’un tallafoc o d’un programa de seguretat.
    .summary-host = Aquest ordinador ha tancat la connexió amb { $host }, potser a causa d’un tallafoc o d’un programa de seguretat.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = L’amfitrió remot ha forçat el tancament d’una connexió existent (WSAECONNRESET).
    .title = Connexió interrompuda
    .summary = El servidor ha tancat la connexió de manera inesperada.
    .summary-host = El servidor { $host } ha tancat la connexió de manera inesperada.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = S’ha esgotat el temps d’espera de l’intent de connexió o de la transferència perquè l’altre extrem no ha respost a temps (WSAETIMEDOUT).
    .title = S’ha esgotat el temps d’espera de la connexió
    .summary = El servidor ha trigat massa a respondre.
    .summary-host = El servidor { $host } ha trigat massa a respondre.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = No s’ha pogut establir la connexió perquè l’ordinador de destinació l’ha rebutjada activament (WSAECONNREFUSED): no hi ha res que escolti en aquest port.
    .title = Connexió rebutjada
    .summary = El servidor ha rebutjat la connexió. És possible que estigui aturat o que no accepti connexions.
    .summary-host = El servidor { $host } ha rebutjat la connexió. És possible que estigui aturat o que no accepti connexions.
# 10064
wsaehostdown = Una operació de sòcol ha fallat perquè l’amfitrió de destinació està inactiu (WSAEHOSTDOWN).
    .title = El servidor no respon
    .summary = Sembla que el servidor està apagat o desconnectat de la xarxa.
    .summary-host = Sembla que el servidor { $host } està apagat o desconnectat de la xarxa.
# 10065
wsaehostunreach = S’ha intentat una operació de sòcol amb un amfitrió inaccessible (WSAEHOSTUNREACH): no s’ha trobat cap ruta cap al servidor.
    .title = Servidor inaccessible
    .summary = No s’ha trobat cap camí des d’aquest ordinador fins al servidor.
    .summary-host = No s’ha trobat cap camí des d’aquest ordinador fins al servidor { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = L’amfitrió és desconegut (WSAHOST_NOT_FOUND): el servidor de noms no té cap adreça per a aquest nom.
    .title = No s’ha trobat el servidor
    .summary = No s’ha trobat el servidor a la xarxa.
    .summary-host = No s’ha trobat a la xarxa cap servidor anomenat { $host }.
# 11002
wsatry-again = El servidor de noms no ha donat cap resposta autoritzada i la cerca podria funcionar més tard (WSATRY_AGAIN): normalment és un error temporal del servidor de noms.
    .title = No s’ha pogut cercar el nom del servidor
    .summary = Ara mateix no s’ha pogut cercar el nom del servidor. Normalment és un problema temporal.
    .summary-host = Ara mateix no s’ha pogut cercar el nom { $host }. Normalment és un problema temporal.

## Errors propis del WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = No s’han pogut generar més identificadors (obsolet; ja no s’utilitza).
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern i ha comunicat un error que els sistemes actuals ja no fan servir.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host } i ha comunicat un error que els sistemes actuals ja no fan servir.
# 12002
error-winhttp-timeout = S’ha esgotat el temps d’espera de la sol·licitud. També pot ser a causa del comportament del temps d’espera del TCP/IP, independentment dels valors de temps d’espera definits al WinHTTP.
    .title = S’ha esgotat el temps d’espera de la connexió
    .summary = El servidor ha trigat massa a respondre.
    .summary-host = El servidor { $host } ha trigat massa a respondre.
# 12004
error-winhttp-internal-error = S’ha produït un error intern al WinHTTP.
    .title = Error intern inesperat
    .summary = Un problema intern inesperat ha aturat la sol·licitud.
    .summary-host = Un problema intern inesperat ha aturat la sol·licitud a { $host }.
# 12005
error-winhttp-invalid-url = L’URL no és vàlid.
    .title = Adreça web no vàlida
    .summary = L’adreça web no és vàlida i, per tant, no s’ha pogut enviar la sol·licitud.
    .summary-host = L’adreça web utilitzada per arribar a { $host } no és vàlida i, per tant, no s’ha pogut enviar la sol·licitud.
# 12006
error-winhttp-unrecognized-scheme = L’URL especifica un esquema diferent d’http: o https:.
    .title = Adreça web no admesa
    .summary = Aquest tipus d’adreça no s’admet. Només es poden obrir adreces que comencin per http:// o https://.
    .summary-host = L’adreça utilitzada per arribar a { $host } és d’un tipus que no s’admet. Només es poden obrir adreces que comencin per http:// o https://.
# 12007
error-winhttp-name-not-resolved = No s’ha pogut resoldre el nom del servidor.
    .title = No s’ha trobat el servidor
    .summary = No s’ha trobat el servidor a la xarxa.
    .summary-host = No s’ha trobat a la xarxa cap servidor anomenat { $host }.
# 12009
error-winhttp-invalid-option = Una crida a WinHttpQueryOption o WinHttpSetOption ha especificat un valor d’opció no vàlid.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha fet servir un paràmetre de connexió que no és vàlid.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host }: ha fet servir un paràmetre de connexió que no és vàlid.
# 12011
error-winhttp-option-not-settable = L’opció sol·licitada no es pot definir; només es pot consultar.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de canviar un paràmetre de connexió que només es pot llegir.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host }: ha provat de canviar un paràmetre de connexió que només es pot llegir.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = El suport de les funcions del WinHTTP s’està tancant o descarregant.
    .title = L’accés a la xarxa s’està tancant
    .summary = La sol·licitud s’ha aturat perquè l’accés a la xarxa s’està tancant, per exemple, perquè aquesta aplicació s’està tancant.
    .summary-host = La sol·licitud a { $host } s’ha aturat perquè l’accés a la xarxa s’està tancant, per exemple, perquè aquesta aplicació s’està tancant.
# 12015
error-winhttp-login-failure = L’intent d’inici de sessió ha fallat. Tanqueu l’identificador de la sol·licitud amb WinHttpCloseHandle i creeu-ne un de nou abans de tornar a provar la funció que ha fallat.
    .title = No s’ha pogut iniciar la sessió
    .summary = El servidor no ha acceptat les dades d’inici de sessió.
    .summary-host = El servidor { $host } no ha acceptat les dades d’inici de sessió.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = S’ha cancel·lat l’operació, normalment perquè l’identificador amb què treballava la sol·licitud s’ha tancat abans que l’operació acabés.
    .title = Sol·licitud cancel·lada
    .summary = La sol·licitud s’ha cancel·lat abans que pogués acabar.
    .summary-host = La sol·licitud a { $host } s’ha cancel·lat abans que pogués acabar.
# 12018
error-winhttp-incorrect-handle-type = El tipus d’identificador proporcionat no és correcte per a aquesta operació.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern i no ha pogut completar la sol·licitud.
    .summary-host = Aquesta aplicació ha tingut un problema intern i no ha pogut completar la sol·licitud a { $host }.
# 12019
error-winhttp-incorrect-handle-state = L’operació sol·licitada no es pot dur a terme perquè l’identificador proporcionat no és en l’estat correcte.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha seguit els passos de la sol·licitud en un ordre equivocat.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha seguit els passos de la sol·licitud a { $host } en un ordre equivocat.
# 12029
error-winhttp-cannot-connect = No s’ha pogut establir la connexió amb el servidor.
    .title = No es pot establir la connexió
    .summary = Aquesta aplicació no s’ha pogut connectar al servidor.
    .summary-host = Aquesta aplicació no s’ha pogut connectar al servidor { $host }.
# 12030
error-winhttp-connection-error = La connexió amb el servidor s’ha restablert o finalitzat, o s’ha trobat un protocol SSL incompatible (per exemple, el WinHTTP 5.1 no admet l’SSL 2.0 tret que el client l’habiliti expressament).
    .title = Connexió interrompuda
    .summary = La connexió amb el servidor s’ha interromput o s’ha tancat de manera inesperada.
    .summary-host = La connexió amb el servidor { $host } s’ha interromput o s’ha tancat de manera inesperada.
# 12032
error-winhttp-resend-request = La funció del WinHTTP ha fallat, però es pot tornar a provar amb el mateix identificador de sol·licitud.
    .title = La sol·licitud no s’ha completat
    .summary = No s’ha pogut completar la sol·licitud en aquest intent.
    .summary-host = No s’ha pogut completar la sol·licitud a { $host } en aquest intent.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificat necessari no és dins del període de validesa segons el rellotge del sistema o la marca de temps del fitxer signat, o els períodes de validesa de la cadena de certificats no estan niats correctament (equivalent a CERT_E_EXPIRED o CERT_E_VALIDITYPERIODNESTING).
    .title = El certificat ha caducat o encara no és vàlid
    .summary = Segons el rellotge d’aquest ordinador, el certificat de seguretat del servidor ha caducat o encara no és vàlid.
    .summary-host = Segons el rellotge d’aquest ordinador, el certificat de seguretat del servidor { $host } ha caducat o encara no és vàlid.
# 12038
error-winhttp-secure-cert-cn-invalid = El nom comú (CN) del certificat no coincideix amb el valor proporcionat (equivalent a CERT_E_CN_NO_MATCH).
    .title = El certificat és d’un altre lloc
    .summary = El certificat de seguretat s’ha emès per a un altre nom de lloc i, per tant, no s’ha pogut confirmar la identitat del servidor.
    .summary-host = El certificat de seguretat que ha enviat { $host } s’ha emès per a un altre nom i, per tant, no s’ha pogut confirmar la identitat del servidor.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = El servidor sol·licita l’autenticació de client SSL (la comunica WinHttpReceiveResponse). Obteniu els emissors de certificats acceptats amb WinHttpQueryOption i WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; si es demana un certificat però no és obligatori, crideu WinHttpSetOption amb WINHTTP_OPTION_CLIENT_CERT_CONTEXT i WINHTTP_NO_CLIENT_CERT_CONTEXT a lpBuffer.
    .title = El servidor requereix un certificat
    .summary = El servidor requereix un certificat que us identifiqui a vós o al vostre ordinador abans de permetre la connexió.
    .summary-host = El servidor { $host } requereix un certificat que us identifiqui a vós o al vostre ordinador abans de permetre la connexió.
# 12045
error-winhttp-secure-invalid-ca = S’ha processat una cadena de certificats, però ha acabat en un certificat arrel que el proveïdor de confiança no considera de confiança (equivalent a CERT_E_UNTRUSTEDROOT).
    .title = Certificat que no és de confiança
    .summary = El certificat de seguretat del servidor l’ha emès una entitat en què aquest ordinador no confia.
    .summary-host = El certificat de seguretat del servidor { $host } l’ha emès una entitat en què aquest ordinador no confia.
# 12057
error-winhttp-secure-cert-rev-failed = No s’ha pogut comprovar la revocació del certificat perquè el servidor de revocació estava fora de línia (equivalent a CRYPT_E_REVOCATION_OFFLINE).
    .title = No s’ha pogut comprovar el certificat
    .summary = Aquest ordinador no ha pogut comprovar si el certificat de seguretat del servidor s’ha revocat, perquè no s’ha pogut arribar al servidor que informa dels certificats revocats.
    .summary-host = Aquest ordinador no ha pogut comprovar si el certificat de seguretat del servidor { $host } s’ha revocat, perquè no s’ha pogut arribar al servidor que informa dels certificats revocats.
# 12100
error-winhttp-cannot-call-before-open = L’objecte WinHttpRequest no pot dur a terme l’operació sol·licitada abans que es cridi el mètode Open.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir una sol·licitud abans de preparar-la.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat de fer servir una sol·licitud a { $host } abans de preparar-la.
# 12101
error-winhttp-cannot-call-before-send = L’objecte WinHttpRequest no pot dur a terme l’operació sol·licitada abans que es cridi el mètode Send.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha demanat una resposta abans d’enviar la sol·licitud.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha demanat la resposta del servidor { $host } abans d’enviar la sol·licitud.
# 12102
error-winhttp-cannot-call-after-send = L’objecte WinHttpRequest no pot dur a terme l’operació sol·licitada després que s’hagi cridat el mètode Send.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de modificar una sol·licitud que ja s’havia enviat.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat de modificar una sol·licitud a { $host } que ja s’havia enviat.
# 12103
error-winhttp-cannot-call-after-open = L’objecte WinHttpRequest no pot sol·licitar l’opció especificada després que s’hagi cridat el mètode Open.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat de canviar un paràmetre d’una sol·licitud quan ja era massa tard per fer-ho.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat de canviar un paràmetre d’una sol·licitud a { $host } quan ja era massa tard per fer-ho.
# 12150
error-winhttp-header-not-found = No s’ha trobat la capçalera sol·licitada.
    .title = Falta informació a la resposta
    .summary = La resposta del servidor no incloïa una dada que aquesta aplicació esperava.
    .summary-host = La resposta del servidor { $host } no incloïa una dada que aquesta aplicació esperava.
# 12152
error-winhttp-invalid-server-response = No s’ha pogut analitzar la resposta del servidor.
    .title = Resposta del servidor no vàlida
    .summary = El servidor ha enviat una resposta que no s’ha pogut entendre.
    .summary-host = El servidor { $host } ha enviat una resposta que no s’ha pogut entendre.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = La capçalera HTTP proporcionada no és vàlida, per exemple, perquè té un format incorrecte.
    .title = Sol·licitud no vàlida
    .summary = Aquesta aplicació ha provat d’enviar informació en un format que no és vàlid i, per tant, no s’ha pogut enviar la sol·licitud.
    .summary-host = Aquesta aplicació ha provat d’enviar informació a { $host } en un format que no és vàlid i, per tant, no s’ha pogut enviar la sol·licitud.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Una sol·licitud de consulta de capçalera no era vàlida (obsolet; ja no s’utilitza).
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern i ha comunicat un error que els sistemes actuals ja no fan servir.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host } i ha comunicat un error que els sistemes actuals ja no fan servir.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = No s’ha pogut afegir la capçalera perquè ja existeix (obsolet; ja no s’utilitza).
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: ha provat d’afegir dues vegades la mateixa informació a una sol·licitud.
    .summary-host = Aquesta aplicació ha tingut un problema intern: ha provat d’afegir dues vegades la mateixa informació a una sol·licitud a { $host }.
# 12156
error-winhttp-redirect-failed = La redirecció ha fallat perquè l’esquema ha canviat o perquè tots els intents de redirecció han fallat (cinc intents per defecte).
    .title = La redirecció ha fallat
    .summary = El servidor ha redirigit la sol·licitud a una altra adreça, però no s’ha pogut completar la redirecció.
    .summary-host = El servidor { $host } ha redirigit la sol·licitud a una altra adreça, però no s’ha pogut completar la redirecció.
# 12157
error-winhttp-secure-channel-error = S’ha produït un error al canal segur (equivalent als codis d’error SEC_E_ i SEC_I_ definits a winerror.h).
    .title = No s’ha pogut establir una connexió segura
    .summary = S’ha produït un error en establir una connexió segura amb el servidor.
    .summary-host = S’ha produït un error en establir una connexió segura amb { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = S’ha produït un error en executar el codi de l’script del fitxer de configuració automàtica del servidor intermediari (PAC).
    .title = Error a l’script de configuració del servidor intermediari
    .summary = L’script de configuració del servidor intermediari d’aquesta xarxa conté un error.
    .summary-host = L’script de configuració del servidor intermediari utilitzat per arribar a { $host } conté un error.
# 12167
error-winhttp-unable-to-download-script = No s’ha pogut baixar el fitxer PAC, per exemple, perquè no s’ha pogut arribar al servidor indicat a l’URL del PAC o perquè ha retornat 404 Not Found.
    .title = Script de configuració de l’intermediari no disponible
    .summary = No s’ha pogut baixar l’script de configuració del servidor intermediari d’aquesta xarxa.
    .summary-host = No s’ha pogut baixar l’script de configuració del servidor intermediari necessari per arribar a { $host }.
# 12169
error-winhttp-secure-invalid-cert = Un certificat no és vàlid (equivalent a errors com ara CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED i CERT_E_CHAINING).
    .title = Certificat no vàlid
    .summary = El certificat de seguretat del servidor no és vàlid i, per tant, no s’ha pogut establir una connexió segura.
    .summary-host = El certificat de seguretat del servidor { $host } no és vàlid i, per tant, no s’ha pogut establir una connexió segura.
# 12170
error-winhttp-secure-cert-revoked = S’ha revocat un certificat (equivalent a CRYPT_E_REVOKED).
    .title = Certificat revocat
    .summary = L’entitat que va emetre el certificat de seguretat del servidor l’ha revocat i, per tant, ja no s’hi pot confiar.
    .summary-host = L’entitat que va emetre el certificat de seguretat del servidor { $host } l’ha revocat i, per tant, ja no s’hi pot confiar.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = El WinHTTP no s’ha inicialitzat (obsolet; ja no s’utilitza).
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern i ha comunicat un error que els sistemes actuals ja no fan servir.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host } i ha comunicat un error que els sistemes actuals ja no fan servir.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = S’han trobat un o més errors al certificat SSL (Secure Sockets Layer) que ha enviat el servidor. Per saber quins, cerqueu una notificació WINHTTP_CALLBACK_STATUS_SECURE_FAILURE en una funció de devolució de trucada d’estat (vegeu WINHTTP_STATUS_CALLBACK).
    .title = La connexió segura ha fallat
    .summary = El certificat de seguretat del servidor té un o més problemes i, per tant, no s’ha pogut establir una connexió segura.
    .summary-host = El certificat de seguretat que ha enviat { $host } té un o més problemes i, per tant, no s’ha pogut establir una connexió segura.
# 12176
error-winhttp-unhandled-script-type = El tipus d’script no s’admet.
    .title = Script de configuració de l’intermediari no admès
    .summary = L’script de configuració del servidor intermediari d’aquesta xarxa és d’un tipus que no s’admet.
    .summary-host = L’script de configuració del servidor intermediari utilitzat per arribar a { $host } és d’un tipus que no s’admet.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = S’ha produït un error en executar un script.
    .title = Ha fallat l’script de configuració de l’intermediari
    .summary = S’ha produït un error en executar l’script de configuració del servidor intermediari d’aquesta xarxa.
    .summary-host = S’ha produït un error en executar l’script de configuració del servidor intermediari utilitzat per arribar a { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl no ha pogut trobar cap servidor intermediari per a l’URL especificat.
    .title = No s’ha trobat el servidor intermediari
    .summary = No s’ha pogut determinar quin servidor intermediari cal fer servir per a aquesta adreça.
    .summary-host = No s’ha pogut determinar quin servidor intermediari cal fer servir per a { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificat no és vàlid per a l’ús sol·licitat (equivalent a CERT_E_WRONG_USAGE).
    .title = Certificat no vàlid per a aquest ús
    .summary = El certificat de seguretat del servidor no està pensat per a aquest tipus de connexió.
    .summary-host = El certificat de seguretat del servidor { $host } no està pensat per a aquest tipus de connexió.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl no ha pogut descobrir l’URL del fitxer de configuració automàtica del servidor intermediari (PAC).
    .title = No s’ha detectat la configuració de l’intermediari
    .summary = No s’ha pogut detectar automàticament la configuració del servidor intermediari d’aquesta xarxa.
    .summary-host = No s’ha pogut detectar automàticament la configuració del servidor intermediari necessària per arribar a { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse ha rebut una resposta amb més capçaleres de les que el WinHTTP pot acceptar.
    .title = S’ha rebutjat la resposta del servidor
    .summary = El servidor ha enviat una resposta amb massa capçaleres i, per tant, no s’ha pogut acceptar.
    .summary-host = El servidor { $host } ha enviat una resposta amb massa capçaleres i, per tant, no s’ha pogut acceptar.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse ha rebut capçaleres amb una mida total superior al límit definit a l’identificador de la sol·licitud.
    .title = La resposta del servidor és massa gran
    .summary = El servidor ha enviat una resposta amb unes capçaleres massa grans i, per tant, no s’ha pogut acceptar.
    .summary-host = El servidor { $host } ha enviat una resposta amb unes capçaleres massa grans i, per tant, no s’ha pogut acceptar.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse ha detectat un desbordament en analitzar la codificació de transferència fragmentada (chunked) de la resposta: una capçalera de fragment ha superat la mida permesa.
    .title = No s’ha pogut llegir la resposta del servidor
    .summary = Una part de la resposta del servidor superava la mida permesa i, per tant, no s’ha pogut llegir la resposta.
    .summary-host = Una part de la resposta del servidor { $host } superava la mida permesa i, per tant, no s’ha pogut llegir la resposta.
# 12184
error-winhttp-response-drain-overflow = Una resposta entrant ha superat un límit de mida intern del WinHTTP.
    .title = La resposta del servidor supera un límit de mida
    .summary = La resposta del servidor superava la mida que permet aquest ordinador i, per tant, no s’ha pogut rebre.
    .summary-host = La resposta del servidor { $host } superava la mida que permet aquest ordinador i, per tant, no s’ha pogut rebre.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = No hi ha cap clau privada associada al context del certificat de client SSL; és possible que el certificat s’hagi importat a l’ordinador sense la clau privada.
    .title = No es pot utilitzar el vostre certificat
    .summary = Al certificat que us identifica li falta la clau privada i, per tant, no es pot utilitzar. Potser la clau no es va incloure quan es va instal·lar el certificat.
    .summary-host = Al certificat que us identifica davant del servidor { $host } li falta la clau privada i, per tant, no es pot utilitzar. Potser la clau no es va incloure quan es va instal·lar el certificat.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = L’aplicació no té els privilegis necessaris per accedir a la clau privada associada al certificat de client.
    .title = S’ha denegat l’accés al vostre certificat
    .summary = Aquesta aplicació no té permís per fer servir la clau privada del certificat que us identifica.
    .summary-host = Aquesta aplicació no té permís per fer servir la clau privada del certificat que us identifica davant del servidor { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = El servidor intermediari requereix l’autenticació amb un certificat de client SSL/TLS; cal proporcionar un certificat de client per a la connexió amb el servidor intermediari.
    .title = L’intermediari requereix un certificat
    .summary = El servidor intermediari requereix un certificat que us identifiqui a vós o al vostre ordinador abans de permetre la connexió.
    .summary-host = El servidor intermediari requereix un certificat que us identifiqui a vós o al vostre ordinador abans de permetre una connexió amb { $host }.
# 12188
error-winhttp-secure-failure-proxy = S’ha produït un error d’SSL/TLS a la connexió segura amb el servidor intermediari, per exemple, un problema amb el certificat que ha enviat.
    .title = Ha fallat la connexió segura amb l’intermediari
    .summary = No s’ha pogut establir una connexió segura amb el servidor intermediari, per exemple, a causa d’un problema amb el seu certificat.
    .summary-host = No s’ha pogut establir una connexió segura amb el servidor intermediari utilitzat per arribar a { $host }, per exemple, a causa d’un problema amb el seu certificat.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Codi reservat; no s’utilitza.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern i ha comunicat un error que està reservat i que no es fa servir mai.
    .summary-host = Aquesta aplicació ha tingut un problema intern en connectar-se a { $host } i ha comunicat un error que està reservat i que no es fa servir mai.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = La versió del protocol HTTP que fa servir el servidor no coincideix amb la sol·licitada o requerida, per exemple, calia HTTP/2 o HTTP/3 però no s’ha pogut negociar.
    .title = Versió del protocol web incompatible
    .summary = El servidor i aquesta aplicació no s’han pogut posar d’acord sobre quina versió del protocol web cal fer servir.
    .summary-host = El servidor { $host } i aquesta aplicació no s’han pogut posar d’acord sobre quina versió del protocol web cal fer servir.
# 12191
error-winhttp-global-callback-failed = Ha fallat una funció de devolució de trucada global registrada al WinHTTP.
    .title = Error intern de l’aplicació
    .summary = Aquesta aplicació ha tingut un problema intern: un dels seus components ha fallat mentre es processava la sol·licitud.
    .summary-host = Aquesta aplicació ha tingut un problema intern: un dels seus components ha fallat mentre es processava la sol·licitud a { $host }.
# 12192
error-winhttp-feature-disabled = La característica del WinHTTP sol·licitada està inhabilitada i no es pot fer servir.
    .title = Característica desactivada
    .summary = Una característica que necessita aquesta sol·licitud està desactivada en aquest ordinador.
    .summary-host = Una característica necessària per a la sol·licitud a { $host } està desactivada en aquest ordinador.
# 12193
error-winhttp-fast-forwarding-not-supported = L’avançament ràpid (fast forwarding) no s’admet per a aquesta sol·licitud o connexió.
    .title = Característica no admesa
    .summary = Aquesta aplicació ha demanat una característica que aquesta connexió no admet.
    .summary-host = Aquesta aplicació ha demanat una característica que la connexió amb { $host } no admet.

## Suggeriments: el que l’usuari pot provar, en una llista sota el resum.
## Cadascun és una frase completa en imperatiu amb punt final, 100 caràcters com a màxim.
## El catàleg (src/catalog.rs) decideix quins suggeriments mostra cada codi i en quin ordre.
hint-check-connection = Comproveu la connexió de xarxa.
hint-try-again-later = Espereu una estona i torneu-ho a provar.
hint-check-address = Comproveu que l’adreça estigui ben escrita.
hint-check-proxy = Comproveu la configuració del servidor intermediari o consulteu l’administrador de la xarxa.
hint-check-firewall = Assegureu-vos que cap tallafoc ni programa antivirus no estigui bloquejant aquesta aplicació.
hint-check-date-time = Assegureu-vos que la data, l’hora i el fus horari de l’ordinador siguin correctes.
hint-update-system = Instal·leu les actualitzacions més recents del sistema operatiu.
hint-contact-site-owner = Si el problema continua, poseu-vos en contacte amb el propietari del lloc web o del servidor.
hint-contact-support = Poseu-vos en contacte amb l’equip d’assistència d’aquesta aplicació.
hint-update-app = Comproveu si hi ha una versió més recent d’aquesta aplicació.
hint-restart-app = Tanqueu aquesta aplicació i torneu-la a obrir.
hint-restart-computer = Reinicieu l’ordinador.
hint-free-memory = Tanqueu altres programes per alliberar memòria i torneu-ho a provar.
hint-check-credentials = Comproveu que el nom d’usuari i la contrasenya siguin correctes.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Assegureu-vos que el certificat sol·licitat estigui ben instal·lat o consulteu l’administrador.

## Problemes de certificat: una línia cadascun, en una llista quan ha fallat una connexió segura.
## 120 caràcters com a màxim; una frase completa amb punt final.
## «El certificat» és el que ha enviat el servidor.
cert-flag-rev-failed = Aquest ordinador no ha pogut comprovar si el certificat s’ha revocat.
cert-flag-invalid-cert = El certificat no és vàlid.
cert-flag-cert-revoked = L’entitat que va emetre el certificat l’ha revocat.
cert-flag-invalid-ca = El certificat l’ha emès una entitat en què aquest ordinador no confia.
cert-flag-cert-cn-invalid = El certificat s’ha emès per a un altre nom de lloc.
cert-flag-cert-date-invalid = El certificat ha caducat o encara no és vàlid.
cert-flag-cert-wrong-usage = El certificat no està pensat per a aquest tipus de connexió.
cert-flag-security-channel-error = S’ha produït un error en establir la connexió segura.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = El certificat té un o més problemes que no s’han pogut identificar ({ $flags }).

## Codis que aquesta biblioteca no coneix.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = S’ha produït un problema inesperat durant la connexió (error { $code }, { $hex }).
    .summary-host = S’ha produït un problema inesperat en connectar-se a { $host } (error { $code }, { $hex }).

## Missatges compostos

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Error desconegut del WinHTTP: { $code } ({ $hex }).
