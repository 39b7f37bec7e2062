### Beschreibungen der WinHTTP-Fehlercodes (de-DE).
### Eine Nachricht je Fehlercode, nach numerischem Code sortiert. Die
### Nachrichten-ID ist der Name der symbolischen Konstante in Kleinbuchstaben,
### „_“ durch „-“ ersetzt.
### Der Wert jeder Nachricht ist die technische Beschreibung für Entwickler:
### eine einzige Zeile ohne Platzhalter, weil sie unverändert in Dialogen und
### Protokollzeilen angezeigt wird. Namen von Funktionen, Methoden, Optionen,
### Makros und Konstanten (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH …) sind
### API-Bezeichner und werden nie übersetzt oder verändert.
###
### Text für Endbenutzer: Zusätzlich zur Beschreibung hat jede Nachricht drei
### Attribute für Menschen, die keine Programmierer sind:
###   .title         Überschrift des Dialogs (Hauptanweisung eines
###                  Windows-Aufgabendialogs): was schiefgegangen ist, höchstens
###                  60 Zeichen, kein Punkt am Ende.
###   .summary       Text unter der Überschrift: ein oder zwei einfache Sätze,
###                  höchstens 200 Zeichen, mit Punkt am Ende. Muss ohne
###                  Servernamen verständlich sein.
###   .summary-host  Dieselbe Aussage mit dem Servernamen: { $host } genau
###                  einmal, höchstens 200 Zeichen, wenn $host „example.com“ ist.
### $host enthält den Namen des Servers, wie die Anwendung ihn kennt, z. B.
### „example.com“, „intranet.corp.local“ oder eine IP-Adresse wie 192.0.2.10.
### Er ist nie leer: ohne Namen wird .summary angezeigt. Da ein Name nicht
### dekliniert werden kann, steht er immer als Beifügung hinter „Server“:
### „der Server { $host }“, „an den Server { $host }“, „des Servers { $host }“.
### Hinweise (hint-*): je ein vollständiger Satz in der Befehlsform mit „Sie“,
### Punkt am Ende, höchstens 100 Zeichen. Welche Hinweise ein Code zeigt, legt
### der Katalog (src/catalog.rs) für alle Sprachen gleich fest; die
### Zusammenfassung wiederholt sie nicht.
### Zertifikatzeilen (cert-flag-*): je ein vollständiger Satz mit Punkt,
### höchstens 120 Zeichen.
### In Titeln, Zusammenfassungen, Hinweisen, Zertifikatzeilen und dem Text für
### unbekannte Codes sind verboten: API-Bezeichner (Konstanten, Funktionen,
### Methoden, Optionen), „_“, „WinHTTP“/„WinHttp“, „Handle“, „Callback“ bzw.
### „Rückruffunktion“, „PAC“ und jedes „{“ außer den dokumentierten Variablen.
### Alltagswörter verwenden („sichere Verbindung“ statt TLS/SSL, „Setupskript
### für den Proxy“ statt PAC-Datei, wie in den Proxyeinstellungen von Windows).
### Hat die Anwendung die Bibliothek falsch verwendet (veraltete, reservierte
### und Verwendungsfehler), heißt es schlicht, dass in dieser Anwendung ein
### internes Problem aufgetreten ist; nie dem Benutzer die Schuld geben.
### Sicherheitsfehler schlagen nie vor, die Prüfung zu umgehen oder trotzdem
### fortzufahren. Anrede: Sie.
### Typografie: deutsche Anführungszeichen „…“, keine geraden Anführungszeichen.
###
### GLOSSAR (Terminologie von Microsoft für Windows auf Deutsch):
###   request = „Anforderung“ (WinHTTP-Dokumentation: Anforderungshandle,
###     HTTP-Anforderung); für Endbenutzer „Anfrage“, das alltäglichere Wort.
###   header = „Header“ (der Header, die Header; so in der deutschen
###     Windows-Dokumentation, „Kopfzeile“ meint dort Dokumentkopfzeilen).
###   handle = „Handle“ (das Handle; Windows-Fehlermeldung 6: „Das Handle ist
###     ungültig.“). Nur in Beschreibungen.
###   proxy = „Proxy“, als Gerät „Proxyserver“, zusammengeschrieben wie in
###     Windows („Proxyserver“, „Proxyeinstellungen“).
###   certificate = „Zertifikat“; für Endbenutzer „Sicherheitszertifikat“
###     (Serverzertifikat) bzw. „Ihr Zertifikat“ (Clientzertifikat);
###     revoked = „gesperrt“, revocation = „Sperrung“ (wie CRYPT_E_REVOKED auf
###     Deutsch), certificate authority = „Zertifizierungsstelle“ (allein nie nur
###     „Stelle“; „die ausstellende Stelle“ nur mit dem Adjektiv).
###   revocation server = „Sperrserver“ (Beschreibungen); für Endbenutzer „der
###     Server, der gesperrte Zertifikate meldet“.
###   callback = „Rückruffunktion“ (status callback = „Statusrückruffunktion“),
###     der Begriff der deutschen Windows-Dokumentation. Nur in Beschreibungen.
###   PAC file = „PAC-Datei“ (Datei für die automatische Proxykonfiguration);
###     für Endbenutzer „Setupskript für den Proxy“, wie die Option
###     „Setupskript verwenden“ in den Proxyeinstellungen von Windows.
###   timeout = „Zeitüberschreitung“ (Windows: „Zeitüberschreitung bei …“);
###     das Lehnwort „Timeout“ wird nicht verwendet.
###   Winsock = „Winsock“ (Windows Sockets; Eigenname, nur in Beschreibungen
###     und Kommentaren). socket = „Socket“ (der Socket, Socketvorgang), nur in
###     Beschreibungen. remote host = „Remotehost“; host = „Host“ in
###     Beschreibungen, für Endbenutzer immer „Server“.
###   network down = „Netzwerk funktioniert nicht“ (Titel zu 10050).
###   network unreachable = „Netzwerk nicht erreichbar“; host unreachable =
###     „Server nicht erreichbar“; route = „Route“ in Beschreibungen, für
###     Endbenutzer „Weg“ („kein Weg zum Server“).
###   connection refused = „Verbindung abgelehnt“ (Windows-Meldung 10061: „…,
###     da der Zielcomputer die Verbindung verweigerte“ bleibt der Beschreibung).
###   connection reset/aborted = „Verbindung unterbrochen“ (Titel wie 12030);
###     keep-alive = „Keep-Alive“.
###   name resolution = „Namensauflösung“, name server = „Namensserver“ in
###     Beschreibungen; für Endbenutzer „(den Namen) nachschlagen“.
###   I/O = „E/A“ (wie in Windows: „Überlappender E/A-Vorgang …“); parameter
###     = „Parameter“ (Windows-Meldung 87: „Falscher Parameter.“).
###   Die Winsock-Codes 10060 und 11001 teilen die Texte für Endbenutzer mit
###     ihrem WinHTTP-Gegenstück (12002, 12007); 10054 teilt den Titel von 12030,
###     sagt aber genauer, dass der Server die Verbindung geschlossen hat;
###     10061 sagt „abgelehnt“, wo 12029 nur „nicht möglich“ sagt.

## Allgemeine Windows-Fehler (winerror.h), die auch WinHTTP zurückgibt

# 2 — WinHttpGetIEProxyConfigForCurrentUser und andere Funktionen, die Einstellungen lesen, melden diesen Code,
# wenn eine gespeicherte Einstellung oder Datei, nach der sie suchen, nicht vorhanden ist.
error-file-not-found = Das System kann die angegebene Datei nicht finden: Eine Einstellung, eine Datei oder ein Registrierungswert, nach dem die Funktion gesucht hat, ist nicht vorhanden.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Eine benötigte Einstellung oder Datei wurde nicht gefunden.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten: Eine benötigte Einstellung oder Datei wurde nicht gefunden.
# 6
error-invalid-handle = Das an die API übergebene Handle wurde für ungültig erklärt oder geschlossen.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine bereits geschlossene Verbindung zu verwenden.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine bereits geschlossene Verbindung zum Server { $host } zu verwenden.
# 8
error-not-enough-memory = Es ist nicht genügend Arbeitsspeicher verfügbar, um den angeforderten Vorgang abzuschließen.
    .title = Nicht genügend Arbeitsspeicher
    .summary = Auf Ihrem Computer war nicht mehr genügend Arbeitsspeicher frei, um die Anfrage abzuschließen.
    .summary-host = Auf Ihrem Computer war nicht mehr genügend Arbeitsspeicher frei, um die Anfrage an den Server { $host } abzuschließen.
# 18
error-no-more-files = Es wurden keine weiteren Dateien gefunden.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist beim Lesen der Ergebnisse einer Anfrage ein internes Problem aufgetreten.
    .summary-host = In dieser Anwendung ist beim Lesen der Ergebnisse einer Anfrage an den Server { $host } ein internes Problem aufgetreten.
# 50 — Die Netzwerkfunktionen von Windows (Winsock) konnten nicht gestartet werden.
error-not-supported = Der erforderliche Protokollstapel ist nicht geladen, und die Anwendung kann Winsock nicht starten.
    .title = Netzwerkfunktionen nicht verfügbar
    .summary = Die Netzwerkkomponenten, die diese Anwendung benötigt, konnten auf diesem Computer nicht gestartet werden.
    .summary-host = Die Netzwerkkomponenten, die für die Verbindung mit dem Server { $host } benötigt werden, konnten auf diesem Computer nicht gestartet werden.
# 87 — zum Beispiel WinHttpCrackUrl mit einer URL_COMPONENTS-Struktur, deren dwStructSize falsch ist.
error-invalid-parameter = Falscher Parameter: Eines der an die Funktion übergebenen Argumente ist ungültig (zum Beispiel ein NULL-Zeiger, eine falsche Strukturgröße oder widersprüchliche Flags).
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Der Netzwerkkomponente wurden ungültige Angaben übergeben.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten: Der Netzwerkkomponente wurden ungültige Angaben übergeben.
# 122
error-insufficient-buffer = Der an die Funktion übergebene Puffer ist zu klein für die zurückgegebenen Daten. Einzelheiten finden Sie in der Dokumentation der jeweiligen Funktion.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Für die empfangenen Daten wurde nicht genügend Platz reserviert.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Für die vom Server { $host } empfangenen Daten wurde nicht genügend Platz reserviert.
# 259
error-no-more-items = Es wurden keine weiteren Elemente gefunden.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist beim Lesen einer Ergebnisliste ein internes Problem aufgetreten.
    .summary-host = In dieser Anwendung ist beim Lesen einer Ergebnisliste vom Server { $host } ein internes Problem aufgetreten.


# 997 — WinHttpGetProxyForUrlEx und die WebSocket-Funktionen geben diesen Code zurück, wenn die Arbeit
# asynchron weiterläuft; zum Fehler wird er erst, wenn die Anwendung ihn als Fehler behandelt.
error-io-pending = Überlappender E/A-Vorgang wird verarbeitet: Die Funktion läuft asynchron weiter und meldet ihr Ergebnis über die Statusrückruffunktion.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Eine noch laufende Anfrage wurde als fehlgeschlagen behandelt.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Eine noch laufende Anfrage an den Server { $host } wurde als fehlgeschlagen behandelt.
# 1168
error-not-found = Element nicht gefunden: Das Element, nach dem die Funktion gefragt wurde (zum Beispiel ein Proxyergebnis, ein Eintrag oder eine gespeicherte Einstellung), ist nicht vorhanden.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde ein Eintrag angefordert, der nicht vorhanden ist.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten: Es wurde ein Eintrag angefordert, der nicht vorhanden ist.
# 4317 — zum Beispiel ein Senden über einen WebSocket, nachdem das Schließen der Verbindung begonnen hat.
error-invalid-operation = Der Vorgang ist im aktuellen Zustand des Objekts ungültig, zum Beispiel das Senden über einen WebSocket, der gerade geschlossen wird, oder ein Empfangen, während noch ein anderer Empfangsvorgang aussteht.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Verbindung auf eine Weise zu verwenden, die in ihrem aktuellen Zustand nicht zulässig ist.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, die Verbindung mit dem Server { $host } auf eine Weise zu verwenden, die in ihrem aktuellen Zustand nicht zulässig ist.

## Winsock-Fehler (winsock2.h), die eine WinHTTP-Implementierung unverändert weitergibt
## (die winhttp.dll von Wine tut das; die von Windows setzt die meisten in einen 12xxx-Code um).
## Für Benutzer bedeuten sie dasselbe wie ihr WinHTTP-Gegenstück; die Beschreibung nennt den
## jeweiligen Code.

# 10050
wsaenetdown = Das Netzwerksubsystem ist ausgefallen (WSAENETDOWN): Der Netzwerkstapel oder der Netzwerkadapter dieses Computers funktioniert nicht.
    .title = Netzwerk funktioniert nicht
    .summary = Das Netzwerk dieses Computers funktioniert nicht, daher konnte der Server nicht erreicht werden.
    .summary-host = Das Netzwerk dieses Computers funktioniert nicht, daher konnte der Server { $host } nicht erreicht werden.
# 10051 — „Weg“ für Endbenutzer, wo die Beschreibung „Route“ sagt.
wsaenetunreach = Das Netzwerk ist nicht erreichbar (WSAENETUNREACH): Dieser Computer hat keine Route zum Netzwerk des Servers.
    .title = Netzwerk nicht erreichbar
    .summary = Von diesem Computer aus gibt es keinen Weg zum Netzwerk des Servers, daher konnte der Server nicht erreicht werden.
    .summary-host = Von diesem Computer aus gibt es keinen Weg zum Netzwerk des Servers { $host }, daher konnte der Server nicht erreicht werden.
# 10052
wsaenetreset = Die Verbindung wurde getrennt, weil die Keep-Alive-Überwachung während des Vorgangs einen Fehler festgestellt hat (WSAENETRESET).
    .title = Verbindung unterbrochen
    .summary = Die Verbindung mit dem Server wurde getrennt, weil das Netzwerk nicht mehr reagierte.
    .summary-host = Die Verbindung mit dem Server { $host } wurde getrennt, weil das Netzwerk nicht mehr reagierte.
# 10053 — „Software caused connection abort“: oft eine Firewall oder ein Sicherheitsprogramm.
wsaeconnaborted = Eine bestehende Verbindung wurde von Software auf diesem Computer abgebrochen (WSAECONNABORTED), zum Beispiel nach einer Zeitüberschreitung bei der Datenübertragung oder durch eine Firewall.
    .title = Verbindung unterbrochen
    .summary = Die Verbindung mit dem Server wurde von diesem Computer beendet, möglicherweise durch eine Firewall oder ein Sicherheitsprogramm.
    .summary-host = Die Verbindung mit dem Server { $host } wurde von diesem Computer beendet, möglicherweise durch eine Firewall oder ein Sicherheitsprogramm.
# 10054 — Windows meldet stattdessen ERROR_WINHTTP_CONNECTION_ERROR; Titel wie bei 12030.
wsaeconnreset = Eine vorhandene Verbindung wurde vom Remotehost geschlossen (WSAECONNRESET).
    .title = Verbindung unterbrochen
    .summary = Der Server hat die Verbindung unerwartet geschlossen.
    .summary-host = Der Server { $host } hat die Verbindung unerwartet geschlossen.
# 10060 — Windows meldet stattdessen ERROR_WINHTTP_TIMEOUT; Texte für Endbenutzer wie bei 12002.
wsaetimedout = Beim Verbindungsversuch oder bei der Übertragung ist eine Zeitüberschreitung aufgetreten, weil die Gegenstelle nicht rechtzeitig reagiert hat (WSAETIMEDOUT).
    .title = Zeitüberschreitung bei der Verbindung
    .summary = Der Server hat nicht rechtzeitig geantwortet.
    .summary-host = Der Server { $host } hat nicht rechtzeitig geantwortet.
# 10061 — Windows meldet stattdessen ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Es konnte keine Verbindung hergestellt werden, da der Zielcomputer die Verbindung verweigerte (WSAECONNREFUSED): An diesem Port wartet kein Dienst auf Verbindungen.
    .title = Verbindung abgelehnt
    .summary = Der Server hat die Verbindung abgelehnt. Möglicherweise ist er nicht in Betrieb oder nimmt keine Verbindungen an.
    .summary-host = Der Server { $host } hat die Verbindung abgelehnt. Möglicherweise ist er nicht in Betrieb oder nimmt keine Verbindungen an.
# 10064
wsaehostdown = Ein Socketvorgang ist fehlgeschlagen, weil der Zielhost nicht verfügbar ist (WSAEHOSTDOWN).
    .title = Server antwortet nicht
    .summary = Der Server ist anscheinend ausgeschaltet oder nicht mit dem Netzwerk verbunden.
    .summary-host = Der Server { $host } ist anscheinend ausgeschaltet oder nicht mit dem Netzwerk verbunden.
# 10065
wsaehostunreach = Ein Socketvorgang bezog sich auf einen nicht erreichbaren Host (WSAEHOSTUNREACH): Es wurde keine Route zum Server gefunden.
    .title = Server nicht erreichbar
    .summary = Von diesem Computer aus wurde kein Weg zum Server gefunden.
    .summary-host = Von diesem Computer aus wurde kein Weg zum Server { $host } gefunden.
# 11001 — Windows meldet stattdessen ERROR_WINHTTP_NAME_NOT_RESOLVED; Texte für Endbenutzer wie bei 12007.
wsahost-not-found = Der angegebene Host ist unbekannt (WSAHOST_NOT_FOUND): Der Namensserver hat keine Adresse für diesen Namen.
    .title = Server nicht gefunden
    .summary = Der Server wurde im Netzwerk nicht gefunden.
    .summary-host = Ein Server mit dem Namen { $host } wurde im Netzwerk nicht gefunden.
# 11002 — „nachschlagen“ für Endbenutzer, wo die Beschreibung „auflösen“ sagt.
wsatry-again = Der Namensserver hat keine autorisierende Antwort gegeben; die Namensauflösung kann später gelingen (WSATRY_AGAIN). Meist ist das ein vorübergehender Fehler des Namensservers.
    .title = Servername konnte nicht nachgeschlagen werden
    .summary = Der Name des Servers konnte im Moment nicht nachgeschlagen werden. Das ist meist ein vorübergehendes Problem.
    .summary-host = Der Servername { $host } konnte im Moment nicht nachgeschlagen werden. Das ist meist ein vorübergehendes Problem.

## WinHTTP-spezifische Fehler (winhttp.h)

# 12001 — veraltet: Aktuelle Systeme melden diesen Code nie, also hat die Anwendung einen Fehler gemacht.
error-winhttp-out-of-handles = Es konnten keine weiteren Handles erzeugt werden (veraltet; wird nicht mehr verwendet).
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
# 12002
error-winhttp-timeout = Zeitüberschreitung bei der Anforderung. Dies kann auch durch das Zeitüberschreitungsverhalten von TCP/IP verursacht werden, unabhängig von den in WinHTTP festgelegten Werten für die Zeitüberschreitung.
    .title = Zeitüberschreitung bei der Verbindung
    .summary = Der Server hat nicht rechtzeitig geantwortet.
    .summary-host = Der Server { $host } hat nicht rechtzeitig geantwortet.
# 12004
error-winhttp-internal-error = In WinHTTP ist ein interner Fehler aufgetreten.
    .title = Unerwarteter interner Fehler
    .summary = Die Anfrage wurde durch ein unerwartetes internes Problem abgebrochen.
    .summary-host = Die Anfrage an den Server { $host } wurde durch ein unerwartetes internes Problem abgebrochen.
# 12005
error-winhttp-invalid-url = Die URL ist ungültig.
    .title = Ungültige Webadresse
    .summary = Die Webadresse ist ungültig, daher konnte die Anfrage nicht gesendet werden.
    .summary-host = Die Webadresse, über die der Server { $host } erreicht werden soll, ist ungültig, daher konnte die Anfrage nicht gesendet werden.
# 12006
error-winhttp-unrecognized-scheme = Die URL gibt ein anderes Schema als http: oder https: an.
    .title = Nicht unterstützte Webadresse
    .summary = Diese Art von Adresse wird nicht unterstützt. Nur Adressen, die mit http:// oder https:// beginnen, können geöffnet werden.
    .summary-host = Die für den Server { $host } verwendete Art von Adresse wird nicht unterstützt. Nur Adressen, die mit http:// oder https:// beginnen, können geöffnet werden.
# 12007
error-winhttp-name-not-resolved = Der Servername konnte nicht aufgelöst werden.
    .title = Server nicht gefunden
    .summary = Der Server wurde im Netzwerk nicht gefunden.
    .summary-host = Ein Server mit dem Namen { $host } wurde im Netzwerk nicht gefunden.
# 12009
error-winhttp-invalid-option = Bei einem Aufruf von WinHttpQueryOption oder WinHttpSetOption wurde ein ungültiger Optionswert angegeben.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde eine ungültige Verbindungseinstellung verwendet.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten: Es wurde eine ungültige Verbindungseinstellung verwendet.
# 12011
error-winhttp-option-not-settable = Die angeforderte Option kann nicht festgelegt, sondern nur abgefragt werden.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Verbindungseinstellung zu ändern, die nur gelesen werden kann.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten: Es wurde versucht, eine Verbindungseinstellung zu ändern, die nur gelesen werden kann.
# 12012 — tritt meist auf, während die Anwendung geschlossen wird.
error-winhttp-shutdown = Die Unterstützung für WinHTTP-Funktionen wird heruntergefahren oder entladen.
    .title = Netzwerkzugriff wird beendet
    .summary = Die Anfrage wurde abgebrochen, weil der Netzwerkzugriff gerade beendet wird, zum Beispiel weil diese Anwendung geschlossen wird.
    .summary-host = Die Anfrage an den Server { $host } wurde abgebrochen, weil der Netzwerkzugriff gerade beendet wird, zum Beispiel weil diese Anwendung geschlossen wird.
# 12015
error-winhttp-login-failure = Der Anmeldeversuch ist fehlgeschlagen. Schließen Sie das Anforderungshandle mit WinHttpCloseHandle, und erstellen Sie ein neues, bevor Sie die fehlgeschlagene Funktion erneut aufrufen.
    .title = Anmeldung fehlgeschlagen
    .summary = Der Server hat die Anmeldedaten nicht akzeptiert.
    .summary-host = Der Server { $host } hat die Anmeldedaten nicht akzeptiert.
# 12017 — „abgebrochen“, wie Windows einen abgebrochenen Vorgang nennt.
error-winhttp-operation-cancelled = Der Vorgang wurde abgebrochen, meist weil das Handle, mit dem die Anforderung ausgeführt wurde, vor Abschluss des Vorgangs geschlossen wurde.
    .title = Anfrage abgebrochen
    .summary = Die Anfrage wurde abgebrochen, bevor sie abgeschlossen werden konnte.
    .summary-host = Die Anfrage an den Server { $host } wurde abgebrochen, bevor sie abgeschlossen werden konnte.
# 12018
error-winhttp-incorrect-handle-type = Der Typ des übergebenen Handles ist für diesen Vorgang nicht geeignet.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten, daher konnte die Anfrage nicht abgeschlossen werden.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten, daher konnte die Anfrage an den Server { $host } nicht abgeschlossen werden.
# 12019
error-winhttp-incorrect-handle-state = Der angeforderte Vorgang kann nicht ausgeführt werden, da sich das übergebene Handle nicht im richtigen Zustand befindet.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Die Schritte der Anfrage wurden in der falschen Reihenfolge ausgeführt.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Die Schritte der Anfrage an den Server { $host } wurden in der falschen Reihenfolge ausgeführt.
# 12029
error-winhttp-cannot-connect = Die Verbindung mit dem Server konnte nicht hergestellt werden.
    .title = Verbindung nicht möglich
    .summary = Diese Anwendung konnte keine Verbindung mit dem Server herstellen.
    .summary-host = Diese Anwendung konnte keine Verbindung mit dem Server { $host } herstellen.
# 12030
error-winhttp-connection-error = Die Verbindung mit dem Server wurde zurückgesetzt oder beendet, oder es wurde ein inkompatibles SSL-Protokoll festgestellt (beispielsweise unterstützt WinHTTP 5.1 SSL 2.0 nur, wenn der Client es ausdrücklich aktiviert).
    .title = Verbindung unterbrochen
    .summary = Die Verbindung mit dem Server wurde unerwartet unterbrochen oder geschlossen.
    .summary-host = Die Verbindung mit dem Server { $host } wurde unerwartet unterbrochen oder geschlossen.
# 12032
error-winhttp-resend-request = Die WinHTTP-Funktion ist fehlgeschlagen, kann aber mit demselben Anforderungshandle wiederholt werden.
    .title = Anfrage nicht abgeschlossen
    .summary = Die Anfrage konnte bei diesem Versuch nicht abgeschlossen werden.
    .summary-host = Die Anfrage an den Server { $host } konnte bei diesem Versuch nicht abgeschlossen werden.
# 12037
error-winhttp-secure-cert-date-invalid = Ein erforderliches Zertifikat liegt laut Systemuhr oder Zeitstempel der signierten Datei nicht innerhalb seines Gültigkeitszeitraums, oder die Gültigkeitszeiträume der Zertifikatkette sind nicht korrekt verschachtelt (entspricht CERT_E_EXPIRED oder CERT_E_VALIDITYPERIODNESTING).
    .title = Zertifikat abgelaufen oder noch nicht gültig
    .summary = Laut der Uhr dieses Computers ist das Sicherheitszertifikat des Servers abgelaufen oder noch nicht gültig.
    .summary-host = Laut der Uhr dieses Computers ist das Sicherheitszertifikat des Servers { $host } abgelaufen oder noch nicht gültig.
# 12038
error-winhttp-secure-cert-cn-invalid = Der allgemeine Name (CN) des Zertifikats stimmt nicht mit dem übergebenen Wert überein (entspricht CERT_E_CN_NO_MATCH).
    .title = Zertifikat gilt für eine andere Website
    .summary = Das Sicherheitszertifikat wurde für einen anderen Websitenamen ausgestellt, daher konnte die Identität des Servers nicht bestätigt werden.
    .summary-host = Das vom Server { $host } gesendete Sicherheitszertifikat wurde für einen anderen Namen ausgestellt, daher konnte die Identität des Servers nicht bestätigt werden.
# 12044 — Der Server verlangt, dass sich der Benutzer (oder der Computer) mit einem Zertifikat ausweist.
error-winhttp-client-auth-cert-needed = Der Server fordert eine SSL-Clientauthentifizierung an (gemeldet von WinHttpReceiveResponse). Rufen Sie die akzeptierten Zertifikataussteller mit WinHttpQueryOption und WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST ab; wenn ein Zertifikat angefordert wird, aber nicht erforderlich ist, rufen Sie WinHttpSetOption mit WINHTTP_OPTION_CLIENT_CERT_CONTEXT und WINHTTP_NO_CLIENT_CERT_CONTEXT in lpBuffer auf.
    .title = Server erfordert ein Zertifikat
    .summary = Der Server verlangt ein Zertifikat, das Sie oder Ihren Computer identifiziert, bevor er die Verbindung zulässt.
    .summary-host = Der Server { $host } verlangt ein Zertifikat, das Sie oder Ihren Computer identifiziert, bevor er die Verbindung zulässt.
# 12045
error-winhttp-secure-invalid-ca = Eine Zertifikatkette wurde verarbeitet, endete jedoch mit einem Stammzertifikat, dem der Vertrauensanbieter nicht vertraut (entspricht CERT_E_UNTRUSTEDROOT).
    .title = Nicht vertrauenswürdiges Zertifikat
    .summary = Das Sicherheitszertifikat des Servers wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.
    .summary-host = Das Sicherheitszertifikat des Servers { $host } wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.
# 12057
error-winhttp-secure-cert-rev-failed = Die Sperrung des Zertifikats konnte nicht überprüft werden, da der Sperrserver offline war (entspricht CRYPT_E_REVOCATION_OFFLINE).
    .title = Zertifikat konnte nicht überprüft werden
    .summary = Dieser Computer konnte nicht überprüfen, ob das Sicherheitszertifikat des Servers gesperrt wurde, da der Server, der gesperrte Zertifikate meldet, nicht erreichbar war.
    .summary-host = Dieser Computer konnte nicht überprüfen, ob das Sicherheitszertifikat des Servers { $host } gesperrt wurde, da der Server, der gesperrte Zertifikate meldet, nicht erreichbar war.
# 12100
error-winhttp-cannot-call-before-open = Das WinHttpRequest-Objekt kann den angeforderten Vorgang erst ausführen, nachdem die Open-Methode aufgerufen wurde.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Anfrage zu verwenden, bevor sie vorbereitet war.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Anfrage an den Server { $host } zu verwenden, bevor sie vorbereitet war.
# 12101
error-winhttp-cannot-call-before-send = Das WinHttpRequest-Objekt kann den angeforderten Vorgang erst ausführen, nachdem die Send-Methode aufgerufen wurde.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Eine Antwort wurde abgefragt, bevor die Anfrage gesendet war.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Die Antwort des Servers { $host } wurde abgefragt, bevor die Anfrage gesendet war.
# 12102
error-winhttp-cannot-call-after-send = Das WinHttpRequest-Objekt kann den angeforderten Vorgang nicht mehr ausführen, nachdem die Send-Methode aufgerufen wurde.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine bereits gesendete Anfrage zu ändern.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine bereits gesendete Anfrage an den Server { $host } zu ändern.
# 12103
error-winhttp-cannot-call-after-open = Das WinHttpRequest-Objekt kann die angegebene Option nicht mehr anfordern, nachdem die Open-Methode aufgerufen wurde.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Einstellung der Anfrage zu ändern, als dies nicht mehr möglich war.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, eine Einstellung der Anfrage an den Server { $host } zu ändern, als dies nicht mehr möglich war.
# 12150
error-winhttp-header-not-found = Der angeforderte Header wurde nicht gefunden.
    .title = Angaben fehlen in der Antwort
    .summary = In der Antwort des Servers fehlte eine Angabe, die diese Anwendung erwartet hatte.
    .summary-host = In der Antwort des Servers { $host } fehlte eine Angabe, die diese Anwendung erwartet hatte.
# 12152
error-winhttp-invalid-server-response = Die Serverantwort konnte nicht analysiert werden.
    .title = Ungültige Antwort vom Server
    .summary = Der Server hat eine Antwort gesendet, die nicht verstanden werden konnte.
    .summary-host = Der Server { $host } hat eine Antwort gesendet, die nicht verstanden werden konnte.
# 12153 — Die Anwendung hat die Anforderung erstellt; der Benutzer hat sie nicht eingegeben.
error-winhttp-invalid-header = Der angegebene HTTP-Header ist ungültig, zum Beispiel weil er falsch formatiert ist.
    .title = Ungültige Anfrage
    .summary = Diese Anwendung hat versucht, Daten in ungültiger Form zu senden, daher konnte die Anfrage nicht gesendet werden.
    .summary-host = Diese Anwendung hat versucht, Daten in ungültiger Form an den Server { $host } zu senden, daher konnte die Anfrage nicht gesendet werden.
# 12154 — veraltet: Aktuelle Systeme melden diesen Code nie, also hat die Anwendung einen Fehler gemacht.
error-winhttp-invalid-query-request = Eine Header-Abfrageanforderung war ungültig (veraltet; wird nicht mehr verwendet).
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
# 12155 — veraltet: Aktuelle Systeme melden diesen Code nie, also hat die Anwendung einen Fehler gemacht.
error-winhttp-header-already-exists = Der Header konnte nicht hinzugefügt werden, da er bereits vorhanden ist (veraltet; wird nicht mehr verwendet).
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, dieselbe Angabe zweimal zu einer Anfrage hinzuzufügen.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Es wurde versucht, dieselbe Angabe zweimal zu einer Anfrage an den Server { $host } hinzuzufügen.
# 12156
error-winhttp-redirect-failed = Die Umleitung ist fehlgeschlagen, da sich das Schema geändert hat oder alle Umleitungsversuche fehlgeschlagen sind (standardmäßig fünf Versuche).
    .title = Umleitung fehlgeschlagen
    .summary = Der Server hat die Anfrage an eine andere Adresse umgeleitet, aber die Umleitung konnte nicht abgeschlossen werden.
    .summary-host = Der Server { $host } hat die Anfrage an eine andere Adresse umgeleitet, aber die Umleitung konnte nicht abgeschlossen werden.
# 12157
error-winhttp-secure-channel-error = Im sicheren Kanal ist ein Fehler aufgetreten (entspricht den in winerror.h definierten Fehlercodes SEC_E_ und SEC_I_).
    .title = Sichere Verbindung konnte nicht hergestellt werden
    .summary = Beim Herstellen einer sicheren Verbindung mit dem Server ist ein Fehler aufgetreten.
    .summary-host = Beim Herstellen einer sicheren Verbindung mit dem Server { $host } ist ein Fehler aufgetreten.
# 12166 — „Setupskript für den Proxy“ ist die PAC-Datei, benannt wie in den Proxyeinstellungen von Windows („Setupskript verwenden“).
error-winhttp-bad-auto-proxy-script = Beim Ausführen des Skriptcodes in der Datei für die automatische Proxykonfiguration (PAC) ist ein Fehler aufgetreten.
    .title = Fehler im Setupskript für den Proxy
    .summary = Das Setupskript für den Proxy in diesem Netzwerk enthält einen Fehler.
    .summary-host = Das Setupskript für den Proxy, über den der Server { $host } erreicht wird, enthält einen Fehler.
# 12167
error-winhttp-unable-to-download-script = Die PAC-Datei konnte nicht heruntergeladen werden, zum Beispiel weil der Server, auf den die PAC-URL verweist, nicht erreichbar war oder 404 Not Found zurückgegeben hat.
    .title = Setupskript für den Proxy nicht verfügbar
    .summary = Das Setupskript für den Proxy in diesem Netzwerk konnte nicht heruntergeladen werden.
    .summary-host = Das Setupskript für den Proxy, das zum Erreichen des Servers { $host } benötigt wird, konnte nicht heruntergeladen werden.
# 12169
error-winhttp-secure-invalid-cert = Ein Zertifikat ist ungültig (entspricht Fehlern wie CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED und CERT_E_CHAINING).
    .title = Ungültiges Zertifikat
    .summary = Das Sicherheitszertifikat des Servers ist ungültig, daher konnte keine sichere Verbindung hergestellt werden.
    .summary-host = Das Sicherheitszertifikat des Servers { $host } ist ungültig, daher konnte keine sichere Verbindung hergestellt werden.
# 12170
error-winhttp-secure-cert-revoked = Ein Zertifikat wurde gesperrt (entspricht CRYPT_E_REVOKED).
    .title = Zertifikat gesperrt
    .summary = Das Sicherheitszertifikat des Servers wurde von der ausstellenden Stelle gesperrt und ist daher nicht mehr vertrauenswürdig.
    .summary-host = Das Sicherheitszertifikat des Servers { $host } wurde von der ausstellenden Stelle gesperrt und ist daher nicht mehr vertrauenswürdig.
# 12172 — veraltet: Aktuelle Systeme melden diesen Code nie, also hat die Anwendung einen Fehler gemacht.
error-winhttp-not-initialized = WinHTTP wurde nicht initialisiert (veraltet; wird nicht mehr verwendet).
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, den aktuelle Systeme nicht mehr verwenden.
# 12175 — Die Gründe (cert-flag-* unten) können unter der Zusammenfassung aufgelistet werden.
error-winhttp-secure-failure = Im vom Server gesendeten SSL-Zertifikat (Secure Sockets Layer) wurden ein oder mehrere Fehler gefunden. Um festzustellen, welche, prüfen Sie in einer Statusrückruffunktion, ob eine WINHTTP_CALLBACK_STATUS_SECURE_FAILURE-Benachrichtigung eingeht (siehe WINHTTP_STATUS_CALLBACK).
    .title = Sichere Verbindung fehlgeschlagen
    .summary = Das Sicherheitszertifikat des Servers weist ein oder mehrere Probleme auf, daher konnte keine sichere Verbindung hergestellt werden.
    .summary-host = Das vom Server { $host } gesendete Sicherheitszertifikat weist ein oder mehrere Probleme auf, daher konnte keine sichere Verbindung hergestellt werden.
# 12176
error-winhttp-unhandled-script-type = Der Skripttyp wird nicht unterstützt.
    .title = Nicht unterstütztes Setupskript für den Proxy
    .summary = Das Setupskript für den Proxy in diesem Netzwerk hat einen nicht unterstützten Typ.
    .summary-host = Das Setupskript für den Proxy, über den der Server { $host } erreicht wird, hat einen nicht unterstützten Typ.
# 12177 — in der Praxis das Setupskript für den Proxy.
error-winhttp-script-execution-error = Beim Ausführen eines Skripts ist ein Fehler aufgetreten.
    .title = Fehler beim Ausführen des Setupskripts für den Proxy
    .summary = Beim Ausführen des Setupskripts für den Proxy in diesem Netzwerk ist ein Fehler aufgetreten.
    .summary-host = Beim Ausführen des Setupskripts für den Proxy, über den der Server { $host } erreicht wird, ist ein Fehler aufgetreten.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl konnte keinen Proxy für die angegebene URL finden.
    .title = Proxy nicht gefunden
    .summary = Der Proxyserver, der für diese Adresse verwendet werden soll, konnte nicht ermittelt werden.
    .summary-host = Der Proxyserver, der für den Server { $host } verwendet werden soll, konnte nicht ermittelt werden.
# 12179
error-winhttp-secure-cert-wrong-usage = Ein Zertifikat ist für die angeforderte Verwendung nicht gültig (entspricht CERT_E_WRONG_USAGE).
    .title = Zertifikat nicht für diese Verwendung gültig
    .summary = Das Sicherheitszertifikat des Servers ist nicht für diese Art von Verbindung vorgesehen.
    .summary-host = Das Sicherheitszertifikat des Servers { $host } ist nicht für diese Art von Verbindung vorgesehen.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl konnte die URL der Datei für die automatische Proxykonfiguration (PAC) nicht ermitteln.
    .title = Proxyeinstellungen nicht erkannt
    .summary = Die Proxyeinstellungen für dieses Netzwerk konnten nicht automatisch erkannt werden.
    .summary-host = Die Proxyeinstellungen, die zum Erreichen des Servers { $host } benötigt werden, konnten nicht automatisch erkannt werden.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse hat eine Antwort mit mehr Headern empfangen, als WinHTTP annehmen kann.
    .title = Serverantwort abgelehnt
    .summary = Der Server hat eine Antwort mit zu vielen Headern gesendet, daher konnte sie nicht angenommen werden.
    .summary-host = Der Server { $host } hat eine Antwort mit zu vielen Headern gesendet, daher konnte sie nicht angenommen werden.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse hat Header empfangen, deren Gesamtgröße den für das Anforderungshandle festgelegten Grenzwert überschreitet.
    .title = Serverantwort zu groß
    .summary = Der Server hat eine Antwort mit zu großen Headern gesendet, daher konnte sie nicht angenommen werden.
    .summary-host = Der Server { $host } hat eine Antwort mit zu großen Headern gesendet, daher konnte sie nicht angenommen werden.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse hat beim Analysieren der blockweisen Übertragungscodierung (chunked) der Antwort einen Überlauf festgestellt: Ein Blockheader hat die zulässige Größe überschritten.
    .title = Serverantwort konnte nicht gelesen werden
    .summary = Ein Teil der Antwort des Servers war größer als zulässig, daher konnte die Antwort nicht gelesen werden.
    .summary-host = Ein Teil der Antwort des Servers { $host } war größer als zulässig, daher konnte die Antwort nicht gelesen werden.
# 12184
error-winhttp-response-drain-overflow = Eine eingehende Antwort hat einen internen Größengrenzwert von WinHTTP überschritten.
    .title = Serverantwort überschreitet eine Größenbeschränkung
    .summary = Die Antwort des Servers war größer, als dieser Computer zulässt, daher konnte sie nicht empfangen werden.
    .summary-host = Die Antwort des Servers { $host } war größer, als dieser Computer zulässt, daher konnte sie nicht empfangen werden.
# 12185 — Das Zertifikat ist das eigene des Benutzers (Clientzertifikat), nicht das des Servers.
error-winhttp-client-cert-no-private-key = Dem SSL-Clientzertifikatkontext ist kein privater Schlüssel zugeordnet; das Zertifikat wurde möglicherweise ohne seinen privaten Schlüssel auf den Computer importiert.
    .title = Ihr Zertifikat kann nicht verwendet werden
    .summary = Dem Zertifikat, mit dem Sie sich ausweisen, fehlt der private Schlüssel, daher kann es nicht verwendet werden. Der Schlüssel fehlte möglicherweise schon bei der Installation.
    .summary-host = Dem Zertifikat, mit dem Sie sich beim Server { $host } ausweisen, fehlt der private Schlüssel, daher kann es nicht verwendet werden. Der Schlüssel fehlte möglicherweise schon bei der Installation.
# 12186 — Das Zertifikat ist das eigene des Benutzers (Clientzertifikat), nicht das des Servers.
error-winhttp-client-cert-no-access-private-key = Die Anwendung verfügt nicht über die erforderlichen Berechtigungen für den Zugriff auf den privaten Schlüssel, der dem Clientzertifikat zugeordnet ist.
    .title = Zugriff auf Ihr Zertifikat verweigert
    .summary = Diese Anwendung darf den privaten Schlüssel des Zertifikats, mit dem Sie sich ausweisen, nicht verwenden.
    .summary-host = Diese Anwendung darf den privaten Schlüssel des Zertifikats, mit dem Sie sich beim Server { $host } ausweisen, nicht verwenden.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Der Proxyserver erfordert eine SSL/TLS-Clientzertifikatauthentifizierung; für die Verbindung mit dem Proxy muss ein Clientzertifikat angegeben werden.
    .title = Proxy erfordert ein Zertifikat
    .summary = Der Proxyserver verlangt ein Zertifikat, das Sie oder Ihren Computer identifiziert, bevor er die Verbindung zulässt.
    .summary-host = Der Proxyserver verlangt ein Zertifikat, das Sie oder Ihren Computer identifiziert, bevor er eine Verbindung mit dem Server { $host } zulässt.
# 12188
error-winhttp-secure-failure-proxy = Bei der sicheren Verbindung mit dem Proxyserver ist ein SSL/TLS-Fehler aufgetreten, zum Beispiel ein Problem mit dem von ihm gesendeten Zertifikat.
    .title = Sichere Verbindung mit dem Proxy fehlgeschlagen
    .summary = Es konnte keine sichere Verbindung mit dem Proxyserver hergestellt werden, zum Beispiel wegen eines Problems mit seinem Zertifikat.
    .summary-host = Es konnte keine sichere Verbindung mit dem Proxyserver für den Server { $host } hergestellt werden, zum Beispiel wegen eines Problems mit seinem Zertifikat.
# 12189 — reserviert: wird nie gemeldet, also hat die Anwendung einen Fehler gemacht.
error-winhttp-reserved-189 = Reservierter Code; wird nicht verwendet.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten, und es wurde ein Fehler gemeldet, der reserviert ist und nie verwendet wird.
    .summary-host = In dieser Anwendung ist beim Verbinden mit dem Server { $host } ein internes Problem aufgetreten, und es wurde ein reservierter, nie verwendeter Fehler gemeldet.
# 12190 — „Webprotokoll“ ist HTTP; die Versionen sind HTTP/1.1, HTTP/2 und HTTP/3.
error-winhttp-http-protocol-mismatch = Die vom Server verwendete HTTP-Protokollversion stimmt nicht mit der angeforderten oder erforderlichen überein, zum Beispiel wurde HTTP/2 oder HTTP/3 verlangt, konnte aber nicht ausgehandelt werden.
    .title = Inkompatible Version des Webprotokolls
    .summary = Der Server und diese Anwendung konnten sich nicht auf eine Version des Webprotokolls einigen.
    .summary-host = Der Server { $host } und diese Anwendung konnten sich nicht auf eine Version des Webprotokolls einigen.
# 12191
error-winhttp-global-callback-failed = Eine bei WinHTTP registrierte globale Rückruffunktion ist fehlgeschlagen.
    .title = Interner Anwendungsfehler
    .summary = In dieser Anwendung ist ein internes Problem aufgetreten: Eine ihrer Komponenten ist bei der Verarbeitung der Anfrage ausgefallen.
    .summary-host = In dieser Anwendung ist ein internes Problem aufgetreten: Eine ihrer Komponenten ist bei der Verarbeitung der Anfrage an den Server { $host } ausgefallen.
# 12192
error-winhttp-feature-disabled = Das angeforderte WinHTTP-Feature ist deaktiviert und kann nicht verwendet werden.
    .title = Funktion deaktiviert
    .summary = Eine Funktion, die für diese Anfrage benötigt wird, ist auf diesem Computer deaktiviert.
    .summary-host = Eine Funktion, die für die Anfrage an den Server { $host } benötigt wird, ist auf diesem Computer deaktiviert.
# 12193
error-winhttp-fast-forwarding-not-supported = Schnelles Weiterleiten (Fast Forwarding) wird für diese Anforderung oder Verbindung nicht unterstützt.
    .title = Funktion nicht unterstützt
    .summary = Diese Anwendung hat eine Funktion angefordert, die von dieser Verbindung nicht unterstützt wird.
    .summary-host = Diese Anwendung hat eine Funktion angefordert, die von der Verbindung mit dem Server { $host } nicht unterstützt wird.

## Hinweise: Was der Benutzer versuchen kann, als Liste unter der Zusammenfassung angezeigt.
## Jeder Hinweis ist ein vollständiger Satz in der Befehlsform (Sie) mit Punkt, höchstens 100 Zeichen.
## Der Katalog (src/catalog.rs) legt fest, welche Hinweise ein Code zeigt und in welcher Reihenfolge.
hint-check-connection = Überprüfen Sie Ihre Netzwerkverbindung.
hint-try-again-later = Warten Sie einen Moment, und versuchen Sie es dann erneut.
hint-check-address = Überprüfen Sie, ob die Adresse richtig geschrieben ist.
hint-check-proxy = Überprüfen Sie Ihre Proxyeinstellungen, oder wenden Sie sich an Ihren Netzwerkadministrator.
hint-check-firewall = Stellen Sie sicher, dass weder eine Firewall noch ein Antivirenprogramm diese Anwendung blockiert.
hint-check-date-time = Stellen Sie sicher, dass Datum, Uhrzeit und Zeitzone Ihres Computers richtig sind.
hint-update-system = Installieren Sie die neuesten Updates für Ihr Betriebssystem.
hint-contact-site-owner = Wenn das Problem weiterhin besteht, wenden Sie sich an den Betreiber der Website oder des Servers.
hint-contact-support = Wenden Sie sich an den Support für diese Anwendung.
hint-update-app = Prüfen Sie, ob eine neuere Version dieser Anwendung verfügbar ist.
hint-restart-app = Schließen Sie diese Anwendung, und öffnen Sie sie erneut.
hint-restart-computer = Starten Sie Ihren Computer neu.
hint-free-memory = Schließen Sie andere Programme, um Arbeitsspeicher freizugeben, und versuchen Sie es dann erneut.
hint-check-credentials = Überprüfen Sie, ob Benutzername und Kennwort richtig sind.
# Wird angezeigt, wenn der Server oder der Proxy das eigene Zertifikat des Benutzers verlangt oder es nicht verwendet werden kann.
hint-check-client-certificate = Prüfen Sie, ob das verlangte Zertifikat richtig installiert ist, oder fragen Sie den Administrator.

## Zertifikatprobleme: je eine Zeile, als Liste angezeigt, wenn eine sichere Verbindung fehlgeschlagen ist.
## Höchstens 120 Zeichen; ein vollständiger Satz mit Punkt.
## „Das Zertifikat“ ist das vom Server gesendete.
cert-flag-rev-failed = Dieser Computer konnte nicht überprüfen, ob das Zertifikat gesperrt wurde.
cert-flag-invalid-cert = Das Zertifikat ist ungültig.
cert-flag-cert-revoked = Das Zertifikat wurde von der ausstellenden Stelle gesperrt.
cert-flag-invalid-ca = Das Zertifikat wurde von einer Zertifizierungsstelle ausgestellt, der dieser Computer nicht vertraut.
cert-flag-cert-cn-invalid = Das Zertifikat wurde für einen anderen Websitenamen ausgestellt.
cert-flag-cert-date-invalid = Das Zertifikat ist abgelaufen oder noch nicht gültig.
cert-flag-cert-wrong-usage = Das Zertifikat ist nicht für diese Art von Verbindung vorgesehen.
cert-flag-security-channel-error = Beim Herstellen der sicheren Verbindung ist ein Fehler aufgetreten.
# $flags (String): die übrigen Flags hexadezimal, z. B. 0x00000100; kann mehrere enthalten.
cert-flag-unknown = Das Zertifikat weist ein oder mehrere Probleme auf, die nicht ermittelt werden konnten ({ $flags }).

## Codes, die diese Bibliothek nicht kennt.
# $code (String): der Code dezimal, z. B. 12345. $hex (String): derselbe hexadezimal, 0x00003039.
# $host (String): der Name des Servers (nur in .summary-host), z. B. example.com.
# Dieselben Grenzen wie bei den Teilen der einzelnen Codes: jeweils höchstens 200 Zeichen.
unknown-code =
    .summary = Beim Verbinden ist ein unerwartetes Problem aufgetreten (Fehler { $code }, { $hex }).
    .summary-host = Beim Verbinden mit dem Server { $host } ist ein unerwartetes Problem aufgetreten (Fehler { $code }, { $hex }).

## Zusammengesetzte Nachrichten

# $description (String) die Beschreibung des Codes; $name (String) sein symbolischer Name; $code (String) der Code dezimal.
report-line = { $description } ({ $name }, { $code })
# $code (String) der Code dezimal; $hex (String) derselbe Code hexadezimal, z. B. 0x80072EE2.
unknown-error = Unbekannter WinHTTP-Fehler { $code } ({ $hex }).
