### Descrizioni dei codici di errore WinHTTP (it-IT, italiano).
### Un messaggio per codice di errore, in ordine di codice numerico. L’ID del
### messaggio è il nome simbolico della costante in minuscolo, con «_»
### sostituito da «-». Non modificare gli ID né l’ordine.
### Il valore di ogni messaggio è la descrizione tecnica, per gli sviluppatori:
### una sola riga, senza segnaposto, perché viene mostrata così com’è in finestre
### di dialogo e file di log. I nomi di funzioni, metodi, opzioni, macro e
### costanti dell’API (WinHttpQueryOption, Open, Send, WINHTTP_OPTION_*,
### CERT_E_*…) non si traducono e non si modificano.
###
### Testi per l’utente finale: oltre alla descrizione, ogni codice ha tre
### attributi scritti per una persona che non è un programmatore:
###   .title         Intestazione della finestra di dialogo (istruzione
###                  principale): che cosa non ha funzionato, al massimo 60
###                  caratteri, maiuscola solo iniziale, senza punto finale.
###   .summary       Testo sotto l’intestazione: una o due frasi semplici che
###                  dicono che cosa è successo, al massimo 200 caratteri, con
###                  punto finale. Deve essere comprensibile da solo, senza il
###                  nome del server.
###   .summary-host  Lo stesso riepilogo con il nome del server: { $host }
###                  compare esattamente una volta; al massimo 200 caratteri
###                  quando $host è «example.com».
### $host contiene il nome del server così come lo conosce l’applicazione, ad
### esempio «example.com», «intranet.corp.local» o un indirizzo IP come
### 192.0.2.10. Non è mai vuoto: senza nome viene mostrato .summary. Si scrive
### «il server { $host }», «al server { $host }», «di { $host }», senza
### articolo davanti al nome (e senza «a»/«ad» davanti a un nome che può
### iniziare per vocale).
### I suggerimenti (hint-*) sono mostrati come elenco sotto il riepilogo, al
### massimo 100 caratteri ciascuno; le righe sui certificati (cert-flag-*), al
### massimo 120. Quali suggerimenti riceve ogni codice lo decide il catalogo
### (src/catalog.rs), uguale per tutte le lingue: il riepilogo non li ripete.
### In questi testi non possono comparire identificatori dell’API (costanti,
### funzioni, metodi, opzioni), né «_», né «WinHTTP»/«WinHttp», né «handle», né
### «callback», né «PAC», né «{» al di fuori delle variabili documentate.
### Quando è l’applicazione stessa ad aver usato male la libreria (codici
### obsoleti, riservati e di uso errato), si dice semplicemente che questa
### applicazione ha riscontrato un problema interno; mai dare la colpa
### all’utente. Gli errori di sicurezza non suggeriscono mai di ignorare il
### controllo o di proseguire comunque.
### Registro: forma impersonale. Riepiloghi senza rivolgersi direttamente
### all’utente («l’utente», «il computer»); suggerimenti all’infinito
### («Controllare…», «Riavviare…»), come nelle istruzioni dei manuali.
###
### GLOSSARIO (terminologia Microsoft per Windows in italiano):
###   request = «richiesta»: termine Microsoft («richiesta HTTP»), anche per
###     l’utente finale.
###   header = «intestazione»: termine Microsoft («intestazioni HTTP»).
###   handle = «handle» (maschile, «l’handle»): Microsoft non lo traduce in
###     italiano (es. «Handle non valido»); solo nelle descrizioni.
###   proxy = «proxy» / «server proxy»: come nelle impostazioni di Windows.
###   certificate = «certificato»; per l’utente, «certificato di sicurezza»
###     (quello del server) o «certificato personale» / «il certificato che
###     identifica l’utente» (certificato client).
###   callback = «funzione di callback»: termine Microsoft, che non traduce
###     «callback»; mai nei testi per l’utente.
###   PAC file = «file PAC» nelle descrizioni (termine Microsoft); per l’utente,
###     «script di configurazione del proxy»: le impostazioni proxy di Windows
###     parlano di «script» e «di configurazione» dice a che cosa serve.
###   timeout = «timeout» nelle descrizioni (Microsoft: «Timeout
###     dell’operazione»); per l’utente, «tempo di attesa scaduto».
###   Inoltre: secure connection = «connessione protetta»; feature =
###     «funzionalità»; redirect = «reindirizzamento»; revoke = «revocare»;
###     sign-in = «accesso».
###   Winsock (solo nelle descrizioni): Winsock = «Winsock»; socket = «socket»;
###     host = «host» (termine Microsoft); name server = «server dei nomi»;
###     route = «route»/«percorso»; keep-alive = «keep-alive».
###   Per l’utente: network unreachable = «rete non raggiungibile»; connection
###     refused = «connessione rifiutata»; host unreachable = «server non
###     raggiungibile»; route = «percorso»; look up a name = «cercare il nome».
###   Certificati: revocation server = «il server che segnala i certificati
###     revocati»; titoli 12044/12187: «Il server/Il proxy richiede un certificato».
### Tipografia: apostrofo tipografico ’ ovunque (mai quello diritto),
### virgolette basse « », «È» maiuscola accentata.

## Errori generici di Windows (winerror.h) restituiti anche da WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser e altre funzioni che leggono le
# impostazioni lo restituiscono quando un’impostazione o un file cercato non esiste.
error-file-not-found = Impossibile trovare il file specificato: un’impostazione, un file o un valore del Registro di sistema cercato dalla funzione non esiste.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: non ha trovato un’impostazione o un file di cui aveva bisogno.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host }: non ha trovato un’impostazione o un file di cui aveva bisogno.
# 6
error-invalid-handle = L’handle passato all’API è stato invalidato o chiuso.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di usare una connessione che era già stata chiusa.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di usare una connessione al server { $host } che era già stata chiusa.
# 8
error-not-enough-memory = La memoria disponibile non è sufficiente per completare l’operazione richiesta.
    .title = Memoria insufficiente
    .summary = La memoria disponibile nel computer si è esaurita prima che la richiesta potesse essere completata.
    .summary-host = La memoria disponibile nel computer si è esaurita prima che la richiesta al server { $host } potesse essere completata.
# 18
error-no-more-files = Non sono stati trovati altri file.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno durante la lettura dei risultati di una richiesta.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la lettura dei risultati di una richiesta al server { $host }.
# 50 — non è stato possibile avviare i servizi di rete di Windows (Winsock).
error-not-supported = Lo stack di protocolli richiesto non è caricato e l’applicazione non può avviare Winsock.
    .title = Rete non disponibile
    .summary = Non è stato possibile avviare su questo computer i componenti di rete necessari a questa applicazione.
    .summary-host = Non è stato possibile avviare su questo computer i componenti di rete necessari per connettersi al server { $host }.
# 87 — ad esempio WinHttpCrackUrl con una struttura URL_COMPONENTS il cui dwStructSize è errato.
error-invalid-parameter = Parametro non corretto: uno degli argomenti passati alla funzione non è valido (ad esempio un puntatore NULL, una dimensione di struttura errata o flag in conflitto).
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha passato al componente di rete dati non validi.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host }: ha passato al componente di rete dati non validi.
# 122
error-insufficient-buffer = Il buffer fornito alla funzione è troppo piccolo per contenere i dati restituiti. Per i dettagli, vedere la documentazione della funzione specifica.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: non ha riservato spazio sufficiente per i dati ricevuti.
    .summary-host = Questa applicazione ha riscontrato un problema interno: non ha riservato spazio sufficiente per i dati ricevuti da { $host }.
# 259
error-no-more-items = Non sono stati trovati altri elementi.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno durante la lettura di un elenco di risultati.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la lettura di un elenco di risultati ricevuto da { $host }.

# 997 — WinHttpGetProxyForUrlEx e le funzioni WebSocket lo restituiscono quando il
# lavoro prosegue in modo asincrono; è un errore solo se viene trattato come tale.
error-io-pending = Operazione di I/O sovrapposta in esecuzione: la funzione prosegue in modo asincrono e comunica il risultato tramite la funzione di callback di stato.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha trattato come un errore una richiesta ancora in corso.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha trattato come un errore una richiesta al server { $host } ancora in corso.
# 1168
error-not-found = Elemento non trovato: l’elemento richiesto alla funzione (ad esempio un risultato proxy, una voce o un’impostazione memorizzata) non esiste.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha richiesto un elemento che non esiste.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host }: ha richiesto un elemento che non esiste.
# 4317 — ad esempio un invio su un WebSocket dopo l’avvio dell’handshake di chiusura.
error-invalid-operation = L’operazione non è valida nello stato corrente dell’oggetto, ad esempio un invio su un WebSocket in fase di chiusura o una ricezione mentre un’altra ricezione è in sospeso.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di usare una connessione in un modo non consentito dal suo stato attuale.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di usare la connessione al server { $host } in un modo non consentito dal suo stato attuale.

## Errori Winsock (winsock2.h) che un’implementazione di WinHTTP trasmette così come
## sono (il winhttp.dll di Wine lo fa; quello di Windows converte quasi tutti in un
## codice 12xxx). Per l’utente significano quello che significa il corrispondente
## codice WinHTTP; la descrizione indica di quale codice si tratta.

# 10050
wsaenetdown = Errore del sottosistema di rete (WSAENETDOWN): lo stack di rete o la scheda di rete di questo computer non funziona.
    .title = La rete non funziona
    .summary = La rete di questo computer non funziona, quindi non è stato possibile raggiungere il server.
    .summary-host = La rete di questo computer non funziona, quindi non è stato possibile raggiungere il server { $host }.
# 10051
wsaenetunreach = Rete non raggiungibile (WSAENETUNREACH): questo computer non ha alcuna route verso la rete del server.
    .title = Rete non raggiungibile
    .summary = Questo computer non ha alcun percorso verso la rete del server, quindi non è stato possibile raggiungere il server.
    .summary-host = Questo computer non ha alcun percorso verso la rete di { $host }, quindi non è stato possibile raggiungere il server.
# 10052
wsaenetreset = La connessione è stata interrotta perché l’attività keep-alive ha rilevato un errore mentre l’operazione era in corso (WSAENETRESET).
    .title = Connessione interrotta
    .summary = La connessione al server è stata interrotta perché la rete ha smesso di rispondere.
    .summary-host = La connessione al server { $host } è stata interrotta perché la rete ha smesso di rispondere.
# 10053 — «interruzione della connessione causata dal software»: spesso un firewall o un programma di sicurezza.
wsaeconnaborted = Una connessione stabilita è stata interrotta dal software di questo computer (WSAECONNABORTED), ad esempio dopo il timeout di una trasmissione di dati o da parte di un firewall.
    .title = Connessione interrotta
    .summary = La connessione al server è stata chiusa da questo computer, forse da un firewall o da un programma di sicurezza.
    .summary-host = La connessione al server { $host } è stata chiusa da questo computer, forse da un firewall o da un programma di sicurezza.
# 10054 — Windows restituisce invece ERROR_WINHTTP_CONNECTION_ERROR (stesso titolo di 12030).
wsaeconnreset = Connessione esistente interrotta forzatamente dall’host remoto (WSAECONNRESET).
    .title = Connessione interrotta
    .summary = Il server ha chiuso la connessione in modo imprevisto.
    .summary-host = Il server { $host } ha chiuso la connessione in modo imprevisto.
# 10060 — Windows restituisce invece ERROR_WINHTTP_TIMEOUT: stessi testi di 12002.
wsaetimedout = Il tentativo di connessione o il trasferimento è scaduto perché l’altra parte non ha risposto in tempo (WSAETIMEDOUT).
    .title = Tempo di attesa della connessione scaduto
    .summary = Il server ha impiegato troppo tempo a rispondere.
    .summary-host = Il server { $host } ha impiegato troppo tempo a rispondere.
# 10061 — Windows restituisce invece ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Impossibile stabilire la connessione perché il computer di destinazione l’ha rifiutata espressamente (WSAECONNREFUSED): nessun servizio è in ascolto su quella porta.
    .title = Connessione rifiutata
    .summary = Il server ha rifiutato la connessione. Potrebbe non essere attivo o non accettare connessioni.
    .summary-host = Il server { $host } ha rifiutato la connessione. Potrebbe non essere attivo o non accettare connessioni.
# 10064
wsaehostdown = Operazione del socket non riuscita perché l’host di destinazione è inattivo (WSAEHOSTDOWN).
    .title = Il server non risponde
    .summary = Il server sembra spento o scollegato dalla rete.
    .summary-host = Il server { $host } sembra spento o scollegato dalla rete.
# 10065
wsaehostunreach = Tentativo di operazione del socket su un host non raggiungibile (WSAEHOSTUNREACH): non è stata trovata alcuna route verso il server.
    .title = Server non raggiungibile
    .summary = Da questo computer non è stato trovato alcun percorso verso il server.
    .summary-host = Da questo computer non è stato trovato alcun percorso verso { $host }.
# 11001 — Windows restituisce invece ERROR_WINHTTP_NAME_NOT_RESOLVED: stessi testi di 12007.
wsahost-not-found = Host sconosciuto (WSAHOST_NOT_FOUND): il server dei nomi non ha alcun indirizzo per questo nome.
    .title = Server non trovato
    .summary = Il server non è stato trovato in rete.
    .summary-host = Non è stato trovato in rete nessun server con il nome { $host }.
# 11002
wsatry-again = Il server dei nomi non ha fornito una risposta autorevole e la ricerca potrebbe riuscire più tardi (WSATRY_AGAIN): di solito si tratta di un errore temporaneo del server dei nomi.
    .title = Ricerca del nome del server non riuscita
    .summary = Al momento non è stato possibile cercare il nome del server. Di solito si tratta di un problema temporaneo.
    .summary-host = Al momento non è stato possibile cercare il nome { $host }. Di solito si tratta di un problema temporaneo.

## Errori specifici di WinHTTP (winhttp.h)

# 12001 — obsoleto: i sistemi attuali non lo segnalano mai, quindi l’errore è dell’applicazione.
error-winhttp-out-of-handles = Impossibile generare altri handle (obsoleto; non più utilizzato).
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno e ha segnalato un errore che i sistemi attuali non usano più.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host } e ha segnalato un errore che i sistemi attuali non usano più.
# 12002
error-winhttp-timeout = Timeout della richiesta. Questo errore può dipendere anche dal comportamento di timeout di TCP/IP, indipendentemente dai valori di timeout impostati in WinHTTP.
    .title = Tempo di attesa della connessione scaduto
    .summary = Il server ha impiegato troppo tempo a rispondere.
    .summary-host = Il server { $host } ha impiegato troppo tempo a rispondere.
# 12004
error-winhttp-internal-error = Si è verificato un errore interno in WinHTTP.
    .title = Errore interno imprevisto
    .summary = Un problema interno imprevisto ha interrotto la richiesta.
    .summary-host = Un problema interno imprevisto ha interrotto la richiesta al server { $host }.
# 12005
error-winhttp-invalid-url = L’URL non è valido.
    .title = Indirizzo web non valido
    .summary = L’indirizzo web non è valido, quindi non è stato possibile inviare la richiesta.
    .summary-host = L’indirizzo web usato per raggiungere { $host } non è valido, quindi non è stato possibile inviare la richiesta.
# 12006
error-winhttp-unrecognized-scheme = L’URL specifica uno schema diverso da http: o https:.
    .title = Indirizzo web non supportato
    .summary = Questo tipo di indirizzo non è supportato. Si possono aprire solo indirizzi che iniziano con http:// o https://.
    .summary-host = L’indirizzo usato per raggiungere { $host } è di un tipo non supportato. Si possono aprire solo indirizzi che iniziano con http:// o https://.
# 12007
error-winhttp-name-not-resolved = Impossibile risolvere il nome del server.
    .title = Server non trovato
    .summary = Il server non è stato trovato in rete.
    .summary-host = Non è stato trovato in rete nessun server con il nome { $host }.
# 12009
error-winhttp-invalid-option = Una chiamata a WinHttpQueryOption o WinHttpSetOption ha specificato un valore di opzione non valido.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha usato un’impostazione di connessione non valida.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host }: ha usato un’impostazione di connessione non valida.
# 12011
error-winhttp-option-not-settable = L’opzione richiesta non può essere impostata; può essere solo interrogata.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di modificare un’impostazione di connessione che può essere solo letta.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host }: ha tentato di modificare un’impostazione di connessione che può essere solo letta.
# 12012 — di solito si verifica durante la chiusura dell’applicazione.
error-winhttp-shutdown = Il supporto delle funzioni WinHTTP è in fase di arresto o di scaricamento.
    .title = Accesso alla rete in fase di disattivazione
    .summary = La richiesta è stata interrotta perché l’accesso alla rete è in fase di disattivazione, ad esempio perché questa applicazione si sta chiudendo.
    .summary-host = La richiesta al server { $host } è stata interrotta perché l’accesso alla rete è in fase di disattivazione, ad esempio perché questa applicazione si sta chiudendo.
# 12015
error-winhttp-login-failure = Tentativo di accesso non riuscito. Chiudere l’handle della richiesta con WinHttpCloseHandle e crearne uno nuovo prima di ritentare la funzione non riuscita.
    .title = Accesso non riuscito
    .summary = Il server non ha accettato i dati di accesso.
    .summary-host = Il server { $host } non ha accettato i dati di accesso.
# 12017
error-winhttp-operation-cancelled = L’operazione è stata annullata, in genere perché l’handle su cui operava la richiesta è stato chiuso prima del completamento dell’operazione.
    .title = Richiesta annullata
    .summary = La richiesta è stata annullata prima che potesse essere completata.
    .summary-host = La richiesta al server { $host } è stata annullata prima che potesse essere completata.
# 12018
error-winhttp-incorrect-handle-type = Il tipo di handle fornito non è corretto per questa operazione.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno e non è riuscita a completare la richiesta.
    .summary-host = Questa applicazione ha riscontrato un problema interno e non è riuscita a completare la richiesta al server { $host }.
# 12019
error-winhttp-incorrect-handle-state = Impossibile eseguire l’operazione richiesta perché l’handle fornito non è nello stato corretto.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha eseguito i passaggi della richiesta nell’ordine sbagliato.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha eseguito i passaggi della richiesta al server { $host } nell’ordine sbagliato.
# 12029
error-winhttp-cannot-connect = Impossibile stabilire la connessione al server.
    .title = Impossibile connettersi
    .summary = Questa applicazione non è riuscita a connettersi al server.
    .summary-host = Questa applicazione non è riuscita a connettersi al server { $host }.
# 12030
error-winhttp-connection-error = La connessione con il server è stata reimpostata o terminata, oppure è stato rilevato un protocollo SSL incompatibile (ad esempio, WinHTTP 5.1 non supporta SSL 2.0 a meno che il client non lo abiliti esplicitamente).
    .title = Connessione interrotta
    .summary = La connessione al server è stata interrotta o chiusa in modo imprevisto.
    .summary-host = La connessione al server { $host } è stata interrotta o chiusa in modo imprevisto.
# 12032
error-winhttp-resend-request = La funzione WinHTTP non è riuscita, ma può essere ritentata sullo stesso handle di richiesta.
    .title = Richiesta non completata
    .summary = Non è stato possibile completare la richiesta in questo tentativo.
    .summary-host = Non è stato possibile completare la richiesta al server { $host } in questo tentativo.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificato richiesto non rientra nel suo periodo di validità secondo l’orologio di sistema o il timestamp del file firmato, oppure i periodi di validità della catena di certificati non sono nidificati correttamente (equivale a CERT_E_EXPIRED o CERT_E_VALIDITYPERIODNESTING).
    .title = Certificato scaduto o non ancora valido
    .summary = Secondo l’orologio di questo computer, il certificato di sicurezza del server è scaduto o non è ancora valido.
    .summary-host = Secondo l’orologio di questo computer, il certificato di sicurezza di { $host } è scaduto o non è ancora valido.
# 12038
error-winhttp-secure-cert-cn-invalid = Il nome comune (CN) del certificato non corrisponde al valore passato (equivale a CERT_E_CN_NO_MATCH).
    .title = Certificato rilasciato per un altro sito
    .summary = Il certificato di sicurezza è stato rilasciato per un altro nome di sito, quindi non è stato possibile verificare l’identità del server.
    .summary-host = Il certificato di sicurezza inviato da { $host } è stato rilasciato per un altro nome, quindi non è stato possibile verificare l’identità del server.
# 12044 — il server chiede all’utente (o al computer) di dimostrare la propria identità con un certificato.
error-winhttp-client-auth-cert-needed = Il server richiede l’autenticazione client SSL (segnalata da WinHttpReceiveResponse). Ottenere le autorità emittenti accettate con WinHttpQueryOption e WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; se un certificato è richiesto ma non obbligatorio, chiamare WinHttpSetOption con WINHTTP_OPTION_CLIENT_CERT_CONTEXT e WINHTTP_NO_CLIENT_CERT_CONTEXT in lpBuffer.
    .title = Il server richiede un certificato
    .summary = Prima di consentire la connessione, il server richiede un certificato che identifichi l’utente o il computer.
    .summary-host = Prima di consentire la connessione, il server { $host } richiede un certificato che identifichi l’utente o il computer.
# 12045
error-winhttp-secure-invalid-ca = È stata elaborata una catena di certificati, che però termina in un certificato radice non considerato attendibile dal provider di attendibilità (equivale a CERT_E_UNTRUSTEDROOT).
    .title = Certificato non attendibile
    .summary = Il certificato di sicurezza del server è stato rilasciato da un’autorità che questo computer non considera attendibile.
    .summary-host = Il certificato di sicurezza di { $host } è stato rilasciato da un’autorità che questo computer non considera attendibile.
# 12057
error-winhttp-secure-cert-rev-failed = Impossibile verificare la revoca del certificato perché il server di revoca non era in linea (equivale a CRYPT_E_REVOCATION_OFFLINE).
    .title = Impossibile verificare il certificato
    .summary = Questo computer non è riuscito a verificare se il certificato di sicurezza del server è stato revocato, perché il server che segnala i certificati revocati non era raggiungibile.
    .summary-host = Questo computer non è riuscito a verificare se il certificato di sicurezza di { $host } è stato revocato, perché il server che segnala i certificati revocati non era raggiungibile.
# 12100
error-winhttp-cannot-call-before-open = L’oggetto WinHttpRequest non può eseguire l’operazione richiesta prima che sia stato chiamato il metodo Open.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di usare una richiesta prima di prepararla.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di usare una richiesta al server { $host } prima di prepararla.
# 12101
error-winhttp-cannot-call-before-send = L’oggetto WinHttpRequest non può eseguire l’operazione richiesta prima che sia stato chiamato il metodo Send.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha chiesto una risposta prima di inviare la richiesta.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha chiesto la risposta di { $host } prima di inviare la richiesta.
# 12102
error-winhttp-cannot-call-after-send = L’oggetto WinHttpRequest non può eseguire l’operazione richiesta dopo che è stato chiamato il metodo Send.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di modificare una richiesta già inviata.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di modificare una richiesta al server { $host } già inviata.
# 12103
error-winhttp-cannot-call-after-open = L’oggetto WinHttpRequest non può richiedere l’opzione specificata dopo che è stato chiamato il metodo Open.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di modificare un’impostazione di una richiesta quando ormai era troppo tardi.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di modificare un’impostazione di una richiesta al server { $host } quando ormai era troppo tardi.
# 12150
error-winhttp-header-not-found = Impossibile trovare l’intestazione richiesta.
    .title = Informazioni mancanti nella risposta
    .summary = La risposta del server non conteneva un’informazione attesa da questa applicazione.
    .summary-host = La risposta di { $host } non conteneva un’informazione attesa da questa applicazione.
# 12152
error-winhttp-invalid-server-response = Impossibile analizzare la risposta del server.
    .title = Risposta del server non valida
    .summary = Il server ha inviato una risposta che non è stato possibile interpretare.
    .summary-host = Il server { $host } ha inviato una risposta che non è stato possibile interpretare.
# 12153 — la richiesta è stata creata dall’applicazione, non digitata dall’utente.
error-winhttp-invalid-header = L’intestazione HTTP fornita non è valida, ad esempio perché non è formattata correttamente.
    .title = Richiesta non valida
    .summary = Questa applicazione ha tentato di inviare informazioni in un formato non valido, quindi non è stato possibile inviare la richiesta.
    .summary-host = Questa applicazione ha tentato di inviare informazioni al server { $host } in un formato non valido, quindi non è stato possibile inviare la richiesta.
# 12154 — obsoleto: i sistemi attuali non lo segnalano mai, quindi l’errore è dell’applicazione.
error-winhttp-invalid-query-request = Una richiesta di query sulle intestazioni non era valida (obsoleto; non più utilizzato).
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno e ha segnalato un errore che i sistemi attuali non usano più.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host } e ha segnalato un errore che i sistemi attuali non usano più.
# 12155 — obsoleto: i sistemi attuali non lo segnalano mai, quindi l’errore è dell’applicazione.
error-winhttp-header-already-exists = Impossibile aggiungere l’intestazione perché esiste già (obsoleto; non più utilizzato).
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: ha tentato di aggiungere due volte la stessa informazione a una richiesta.
    .summary-host = Questa applicazione ha riscontrato un problema interno: ha tentato di aggiungere due volte la stessa informazione a una richiesta destinata al server { $host }.
# 12156
error-winhttp-redirect-failed = Il reindirizzamento non è riuscito perché lo schema è cambiato o perché tutti i tentativi di reindirizzamento non sono riusciti (cinque tentativi per impostazione predefinita).
    .title = Reindirizzamento non riuscito
    .summary = Il server ha reindirizzato la richiesta a un altro indirizzo, ma non è stato possibile completare il reindirizzamento.
    .summary-host = Il server { $host } ha reindirizzato la richiesta a un altro indirizzo, ma non è stato possibile completare il reindirizzamento.
# 12157
error-winhttp-secure-channel-error = Si è verificato un errore nel canale sicuro (equivale ai codici di errore SEC_E_ e SEC_I_ definiti in winerror.h).
    .title = Impossibile stabilire la connessione protetta
    .summary = Si è verificato un errore mentre si stabiliva una connessione protetta con il server.
    .summary-host = Si è verificato un errore mentre si stabiliva una connessione protetta con { $host }.
# 12166 — «script di configurazione del proxy» è il file PAC, chiamato come nelle impostazioni proxy di Windows.
error-winhttp-bad-auto-proxy-script = Si è verificato un errore durante l’esecuzione del codice script nel file di configurazione automatica del proxy (PAC).
    .title = Errore nello script di configurazione del proxy
    .summary = Lo script di configurazione del proxy di questa rete contiene un errore.
    .summary-host = Lo script di configurazione del proxy usato per raggiungere { $host } contiene un errore.
# 12167
error-winhttp-unable-to-download-script = Impossibile scaricare il file PAC, ad esempio perché il server a cui fa riferimento l’URL del file PAC non era raggiungibile o ha restituito 404 Not Found.
    .title = Script di configurazione del proxy non disponibile
    .summary = Non è stato possibile scaricare lo script di configurazione del proxy di questa rete.
    .summary-host = Non è stato possibile scaricare lo script di configurazione del proxy necessario per raggiungere { $host }.
# 12169
error-winhttp-secure-invalid-cert = Un certificato non è valido (equivale a errori come CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED e CERT_E_CHAINING).
    .title = Certificato non valido
    .summary = Il certificato di sicurezza del server non è valido, quindi non è stato possibile stabilire una connessione protetta.
    .summary-host = Il certificato di sicurezza di { $host } non è valido, quindi non è stato possibile stabilire una connessione protetta.
# 12170
error-winhttp-secure-cert-revoked = Un certificato è stato revocato (equivale a CRYPT_E_REVOKED).
    .title = Certificato revocato
    .summary = Il certificato di sicurezza del server è stato revocato dall’autorità che lo ha rilasciato, quindi non è più attendibile.
    .summary-host = Il certificato di sicurezza di { $host } è stato revocato dall’autorità che lo ha rilasciato, quindi non è più attendibile.
# 12172 — obsoleto: i sistemi attuali non lo segnalano mai, quindi l’errore è dell’applicazione.
error-winhttp-not-initialized = WinHTTP non è stato inizializzato (obsoleto; non più utilizzato).
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno e ha segnalato un errore che i sistemi attuali non usano più.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host } e ha segnalato un errore che i sistemi attuali non usano più.
# 12175 — i motivi (cert-flag-*, più avanti) possono comparire in un elenco sotto il riepilogo.
error-winhttp-secure-failure = Sono stati rilevati uno o più errori nel certificato SSL (Secure Sockets Layer) inviato dal server. Per sapere quali, verificare la presenza di una notifica WINHTTP_CALLBACK_STATUS_SECURE_FAILURE in una funzione di callback di stato (vedere WINHTTP_STATUS_CALLBACK).
    .title = Connessione protetta non riuscita
    .summary = Il certificato di sicurezza del server presenta uno o più problemi, quindi non è stato possibile stabilire una connessione protetta.
    .summary-host = Il certificato di sicurezza inviato da { $host } presenta uno o più problemi, quindi non è stato possibile stabilire una connessione protetta.
# 12176
error-winhttp-unhandled-script-type = Il tipo di script non è supportato.
    .title = Script di configurazione del proxy non supportato
    .summary = Lo script di configurazione del proxy di questa rete è di un tipo non supportato.
    .summary-host = Lo script di configurazione del proxy usato per raggiungere { $host } è di un tipo non supportato.
# 12177 — in pratica, lo script di configurazione del proxy.
error-winhttp-script-execution-error = Si è verificato un errore durante l’esecuzione di uno script.
    .title = Lo script di configurazione del proxy non ha funzionato
    .summary = Si è verificato un errore durante l’esecuzione dello script di configurazione del proxy di questa rete.
    .summary-host = Si è verificato un errore durante l’esecuzione dello script di configurazione del proxy usato per raggiungere { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl non è riuscito a trovare un proxy per l’URL specificato.
    .title = Proxy non trovato
    .summary = Non è stato possibile determinare quale server proxy usare per questo indirizzo.
    .summary-host = Non è stato possibile determinare quale server proxy usare per { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificato non è valido per l’utilizzo richiesto (equivale a CERT_E_WRONG_USAGE).
    .title = Certificato non valido per questo utilizzo
    .summary = Il certificato di sicurezza del server non è destinato a questo tipo di connessione.
    .summary-host = Il certificato di sicurezza di { $host } non è destinato a questo tipo di connessione.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl non è riuscito a individuare l’URL del file di configurazione automatica del proxy (PAC).
    .title = Impostazioni proxy non rilevate
    .summary = Non è stato possibile rilevare automaticamente le impostazioni proxy di questa rete.
    .summary-host = Non è stato possibile rilevare automaticamente le impostazioni proxy necessarie per raggiungere { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse ha ricevuto una risposta contenente più intestazioni di quante WinHTTP ne possa accettare.
    .title = Risposta del server rifiutata
    .summary = Il server ha inviato una risposta con troppe intestazioni, quindi non è stato possibile accettarla.
    .summary-host = Il server { $host } ha inviato una risposta con troppe intestazioni, quindi non è stato possibile accettarla.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse ha ricevuto intestazioni la cui dimensione totale supera il limite impostato sull’handle della richiesta.
    .title = Risposta del server troppo grande
    .summary = Il server ha inviato una risposta con intestazioni troppo grandi, quindi non è stato possibile accettarla.
    .summary-host = Il server { $host } ha inviato una risposta con intestazioni troppo grandi, quindi non è stato possibile accettarla.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse ha rilevato un overflow durante l’analisi della codifica di trasferimento a blocchi (chunked) della risposta: un’intestazione di blocco ha superato la dimensione consentita.
    .title = Impossibile leggere la risposta del server
    .summary = Una parte della risposta del server superava la dimensione consentita, quindi non è stato possibile leggere la risposta.
    .summary-host = Una parte della risposta di { $host } superava la dimensione consentita, quindi non è stato possibile leggere la risposta.
# 12184
error-winhttp-response-drain-overflow = Una risposta in arrivo ha superato un limite di dimensione interno di WinHTTP.
    .title = La risposta del server supera un limite di dimensione
    .summary = La risposta del server superava la dimensione consentita da questo computer, quindi non è stato possibile riceverla.
    .summary-host = La risposta di { $host } superava la dimensione consentita da questo computer, quindi non è stato possibile riceverla.
# 12185 — il certificato è quello dell’utente (certificato client), non quello del server.
error-winhttp-client-cert-no-private-key = Al contesto del certificato client SSL non è associata alcuna chiave privata; il certificato potrebbe essere stato importato nel computer senza la relativa chiave privata.
    .title = Impossibile usare il certificato personale
    .summary = Al certificato che identifica l’utente manca la chiave privata, quindi non può essere usato. La chiave potrebbe essere stata omessa durante l’installazione del certificato.
    .summary-host = Al certificato che identifica l’utente presso { $host } manca la chiave privata, quindi non può essere usato. La chiave potrebbe essere stata omessa durante l’installazione del certificato.
# 12186 — il certificato è quello dell’utente (certificato client), non quello del server.
error-winhttp-client-cert-no-access-private-key = L’applicazione non dispone dei privilegi necessari per accedere alla chiave privata associata al certificato client.
    .title = Accesso al certificato personale negato
    .summary = Questa applicazione non è autorizzata a usare la chiave privata del certificato che identifica l’utente.
    .summary-host = Questa applicazione non è autorizzata a usare la chiave privata del certificato che identifica l’utente presso { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Il server proxy richiede l’autenticazione tramite certificato client SSL/TLS; è necessario fornire un certificato client per la connessione al proxy.
    .title = Il proxy richiede un certificato
    .summary = Prima di consentire la connessione, il server proxy richiede un certificato che identifichi l’utente o il computer.
    .summary-host = Prima di consentire una connessione al server { $host }, il server proxy richiede un certificato che identifichi l’utente o il computer.
# 12188
error-winhttp-secure-failure-proxy = Si è verificato un errore SSL/TLS nella connessione protetta al server proxy, ad esempio un problema con il certificato che ha inviato.
    .title = Connessione protetta al proxy non riuscita
    .summary = Non è stato possibile stabilire una connessione protetta con il server proxy, ad esempio a causa di un problema con il suo certificato.
    .summary-host = Non è stato possibile stabilire una connessione protetta con il server proxy usato per raggiungere { $host }, ad esempio a causa di un problema con il suo certificato.
# 12189 — riservato: non viene mai segnalato, quindi l’errore è dell’applicazione.
error-winhttp-reserved-189 = Codice riservato; non utilizzato.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno e ha segnalato un errore riservato, che non viene mai usato.
    .summary-host = Questa applicazione ha riscontrato un problema interno durante la connessione al server { $host } e ha segnalato un errore riservato, che non viene mai usato.
# 12190 — «protocollo web» è HTTP; le versioni sono HTTP/1.1, HTTP/2 e HTTP/3.
error-winhttp-http-protocol-mismatch = La versione del protocollo HTTP usata dal server non corrisponde a quella richiesta o necessaria; ad esempio, era necessario HTTP/2 o HTTP/3, ma non è stato possibile negoziarlo.
    .title = Versione del protocollo web incompatibile
    .summary = Il server e questa applicazione non sono riusciti ad accordarsi sulla versione del protocollo web da usare.
    .summary-host = Il server { $host } e questa applicazione non sono riusciti ad accordarsi sulla versione del protocollo web da usare.
# 12191
error-winhttp-global-callback-failed = Una funzione di callback globale registrata con WinHTTP non è riuscita.
    .title = Errore interno dell’applicazione
    .summary = Questa applicazione ha riscontrato un problema interno: uno dei suoi componenti non ha funzionato durante l’elaborazione della richiesta.
    .summary-host = Questa applicazione ha riscontrato un problema interno: uno dei suoi componenti non ha funzionato durante l’elaborazione della richiesta al server { $host }.
# 12192
error-winhttp-feature-disabled = La funzionalità WinHTTP richiesta è disabilitata e non può essere usata.
    .title = Funzionalità disattivata
    .summary = Una funzionalità necessaria per questa richiesta è disattivata su questo computer.
    .summary-host = Una funzionalità necessaria per la richiesta al server { $host } è disattivata su questo computer.
# 12193
error-winhttp-fast-forwarding-not-supported = L’inoltro rapido (fast forwarding) non è supportato per questa richiesta o connessione.
    .title = Funzionalità non supportata
    .summary = Questa applicazione ha richiesto una funzionalità che questa connessione non supporta.
    .summary-host = Questa applicazione ha richiesto una funzionalità che la connessione al server { $host } non supporta.

## Suggerimenti: che cosa può provare l’utente, mostrati come elenco sotto il riepilogo.
## Ognuno è una frase completa all’infinito, con punto finale, di al massimo 100 caratteri.
## Il catalogo (src/catalog.rs) decide quali suggerimenti mostra ogni codice e in quale ordine.
hint-check-connection = Controllare la connessione di rete.
hint-try-again-later = Attendere qualche istante, quindi riprovare.
hint-check-address = Verificare che l’indirizzo sia scritto correttamente.
hint-check-proxy = Controllare le impostazioni proxy o rivolgersi all’amministratore di rete.
hint-check-firewall = Assicurarsi che nessun firewall né antivirus stia bloccando questa applicazione.
hint-check-date-time = Assicurarsi che data, ora e fuso orario del computer siano corretti.
hint-update-system = Installare gli aggiornamenti più recenti del sistema operativo.
hint-contact-site-owner = Se il problema persiste, contattare il proprietario del sito web o del server.
hint-contact-support = Contattare l’assistenza tecnica di questa applicazione.
hint-update-app = Verificare se è disponibile una versione più recente di questa applicazione.
hint-restart-app = Chiudere questa applicazione e riaprirla.
hint-restart-computer = Riavviare il computer.
hint-free-memory = Chiudere altri programmi per liberare memoria, quindi riprovare.
hint-check-credentials = Verificare che nome utente e password siano corretti.
# Mostrato quando il server o il proxy chiede il certificato personale dell’utente, o quando questo non può essere usato.
hint-check-client-certificate = Verificare che il certificato richiesto sia installato correttamente o contattare l’amministratore.

## Problemi del certificato: una riga ciascuno, mostrati come elenco quando una connessione protetta non è riuscita.
## Al massimo 120 caratteri; una frase completa con punto finale.
## «Il certificato» è quello inviato dal server.
cert-flag-rev-failed = Questo computer non è riuscito a verificare se il certificato è stato revocato.
cert-flag-invalid-cert = Il certificato non è valido.
cert-flag-cert-revoked = Il certificato è stato revocato dall’autorità che lo ha rilasciato.
cert-flag-invalid-ca = Il certificato è stato rilasciato da un’autorità che questo computer non considera attendibile.
cert-flag-cert-cn-invalid = Il certificato è stato rilasciato per un altro nome di sito.
cert-flag-cert-date-invalid = Il certificato è scaduto o non è ancora valido.
cert-flag-cert-wrong-usage = Il certificato non è destinato a questo tipo di connessione.
cert-flag-security-channel-error = Si è verificato un errore mentre si stabiliva la connessione protetta.
# $flags (String): i flag rimanenti in esadecimale, ad esempio 0x00000100; può contenerne più di uno.
cert-flag-unknown = Il certificato presenta uno o più problemi che non è stato possibile identificare ({ $flags }).

## Codici non noti a questa libreria.
# $code (String): il codice in decimale, ad esempio 12345. $hex (String): lo stesso in esadecimale, 0x00003039.
# $host (String): il nome del server (solo in .summary-host), ad esempio example.com.
# Stessi limiti dei testi di ogni codice: al massimo 200 caratteri ciascuno.
unknown-code =
    .summary = Si è verificato un problema imprevisto durante la connessione (errore { $code }, { $hex }).
    .summary-host = Si è verificato un problema imprevisto durante la connessione al server { $host } (errore { $code }, { $hex }).

## Messaggi composti

# $description (String): la descrizione del codice; $name (String): il suo nome simbolico; $code (String): il codice in decimale.
report-line = { $description } ({ $name }, { $code })
# $code (String): il codice in decimale; $hex (String): lo stesso codice in esadecimale, ad esempio 0x80072EE2.
unknown-error = Errore sconosciuto di WinHTTP: { $code } ({ $hex }).
