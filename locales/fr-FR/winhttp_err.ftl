### Descriptions des codes d’erreur WinHTTP (fr-FR).
### Un message par code d’erreur, triés par code numérique. L’identifiant du
### message est le nom symbolique de la constante en minuscules, « _ » étant
### remplacé par « - ».
### Chaque valeur par code tient sur une seule ligne, sans placeable, car elle
### est affichée telle quelle dans des boîtes de dialogue et des journaux.
### Les noms de fonctions, méthodes, options, macros et constantes de l’API
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH...) ne se traduisent pas.
### Terminologie retenue dans tout le fichier :
###   request = « requête » (requête HTTP) ; header = « en-tête » ;
###   handle = « handle » (terme Windows usuel, préféré à « descripteur ») ;
###   proxy = « proxy » ; callback = « fonction de rappel » ;
###   revocation = « révocation » ; PAC file = « fichier PAC »
###   (fichier de configuration automatique du proxy).
### Apostrophe typographique ’ partout ; espaces ordinaires avant ; et :.

## Erreurs Windows génériques (winerror.h) également renvoyées par WinHTTP

# 6 — « handle » est conservé tel quel (voir la terminologie en tête de fichier).
error-invalid-handle = Le handle transmis à l’API a été invalidé ou fermé.
# 8
error-not-enough-memory = La mémoire disponible est insuffisante pour effectuer l’opération demandée.
# 18
error-no-more-files = Aucun autre fichier n’a été trouvé.
# 50
error-not-supported = La pile de protocoles requise n’est pas chargée et l’application ne peut pas démarrer Winsock.
# 122
error-insufficient-buffer = La mémoire tampon fournie à la fonction est trop petite pour contenir les données renvoyées. Consultez la documentation de la fonction concernée pour plus de détails.
# 259
error-no-more-items = Aucun autre élément n’a été trouvé.

## Erreurs propres à WinHTTP (winhttp.h)

# 12001
error-winhttp-out-of-handles = Plus aucun handle ne pouvait être créé (obsolète ; ce code n’est plus utilisé).
# 12002
error-winhttp-timeout = Le délai d’attente de la requête a expiré. Cette erreur peut aussi provenir des délais d’expiration TCP/IP, indépendamment des délais configurés dans WinHTTP.
# 12004
error-winhttp-internal-error = Une erreur interne s’est produite dans WinHTTP.
# 12005
error-winhttp-invalid-url = L’URL n’est pas valide.
# 12006
error-winhttp-unrecognized-scheme = L’URL indique un schéma autre que http: ou https:.
# 12007
error-winhttp-name-not-resolved = Le nom du serveur n’a pas pu être résolu.
# 12009
error-winhttp-invalid-option = Un appel à WinHttpQueryOption ou WinHttpSetOption a spécifié une valeur d’option non valide.
# 12011
error-winhttp-option-not-settable = L’option demandée ne peut pas être définie ; elle peut seulement être consultée.
# 12012
error-winhttp-shutdown = La prise en charge des fonctions WinHTTP est en cours d’arrêt ou de déchargement.
# 12015 — « login » : ouverture de session (authentification), à ne pas confondre
# avec l’établissement de la connexion réseau (12029).
error-winhttp-login-failure = La tentative d’ouverture de session a échoué. Fermez le handle de requête avec WinHttpCloseHandle et créez-en un nouveau avant de réessayer la fonction qui a échoué.
# 12017
error-winhttp-operation-cancelled = L’opération a été annulée, généralement parce que le handle sur lequel la requête s’exécutait a été fermé avant la fin de l’opération.
# 12018
error-winhttp-incorrect-handle-type = Le type de handle fourni ne convient pas à cette opération.
# 12019
error-winhttp-incorrect-handle-state = L’opération demandée ne peut pas être effectuée, car le handle fourni n’est pas dans l’état requis.
# 12029
error-winhttp-cannot-connect = La connexion au serveur n’a pas pu être établie.
# 12030
error-winhttp-connection-error = La connexion avec le serveur a été réinitialisée ou interrompue, ou un protocole SSL incompatible a été rencontré (par exemple, WinHTTP 5.1 ne prend pas en charge SSL 2.0, sauf si le client l’active explicitement).
# 12032
error-winhttp-resend-request = La fonction WinHTTP a échoué, mais elle peut être relancée sur le même handle de requête.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificat requis est hors de sa période de validité selon l’horloge système ou l’horodatage du fichier signé, ou les périodes de validité de la chaîne de certificats sont mal imbriquées (équivaut à CERT_E_EXPIRED ou CERT_E_VALIDITYPERIODNESTING).
# 12038 — CN (Common Name) : « nom commun » du certificat.
error-winhttp-secure-cert-cn-invalid = Le nom commun (CN) du certificat ne correspond pas à la valeur transmise (équivaut à CERT_E_CN_NO_MATCH).
# 12044 — « émetteurs » : autorités ayant émis les certificats acceptés par le serveur.
error-winhttp-client-auth-cert-needed = Le serveur demande une authentification du client SSL (signalée par WinHttpReceiveResponse). Obtenez les émetteurs acceptés avec WinHttpQueryOption et WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST ; si le certificat est demandé sans être exigé, appelez WinHttpSetOption avec WINHTTP_OPTION_CLIENT_CERT_CONTEXT et WINHTTP_NO_CLIENT_CERT_CONTEXT dans lpBuffer.
# 12045 — « fournisseur d’approbation » : trust provider.
error-winhttp-secure-invalid-ca = Une chaîne de certificats a été traitée, mais elle se termine par un certificat racine auquel le fournisseur d’approbation ne fait pas confiance (équivaut à CERT_E_UNTRUSTEDROOT).
# 12057 — « révocation » : vérification qu’un certificat n’a pas été révoqué.
error-winhttp-secure-cert-rev-failed = La révocation du certificat n’a pas pu être vérifiée, car le serveur de révocation était hors ligne (équivaut à CRYPT_E_REVOCATION_OFFLINE).
# 12100 — WinHttpRequest, Open et Send sont des noms d’objet et de méthodes COM.
error-winhttp-cannot-call-before-open = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Open.
# 12101
error-winhttp-cannot-call-before-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Send.
# 12102
error-winhttp-cannot-call-after-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée après l’appel de la méthode Send.
# 12103
error-winhttp-cannot-call-after-open = L’objet WinHttpRequest ne peut pas demander l’option spécifiée après l’appel de la méthode Open.
# 12150
error-winhttp-header-not-found = L’en-tête demandé est introuvable.
# 12152
error-winhttp-invalid-server-response = La réponse du serveur n’a pas pu être analysée.
# 12153
error-winhttp-invalid-header = L’en-tête HTTP fourni n’est pas valide, par exemple parce qu’il est mal formé.
# 12154 — « demande d’interrogation » (query) pour ne pas la confondre avec la requête HTTP.
error-winhttp-invalid-query-request = Une demande d’interrogation d’en-tête n’était pas valide (obsolète ; ce code n’est plus utilisé).
# 12155
error-winhttp-header-already-exists = L’en-tête n’a pas pu être ajouté, car il existe déjà (obsolète ; ce code n’est plus utilisé).
# 12156
error-winhttp-redirect-failed = La redirection a échoué, car le schéma a changé ou toutes les tentatives de redirection ont échoué (cinq par défaut).
# 12157
error-winhttp-secure-channel-error = Une erreur s’est produite sur le canal sécurisé (équivaut aux codes d’erreur SEC_E_ et SEC_I_ définis dans winerror.h).
# 12166 — PAC (Proxy Auto-Configuration) : « fichier de configuration automatique du proxy ».
error-winhttp-bad-auto-proxy-script = Une erreur s’est produite lors de l’exécution du code de script du fichier de configuration automatique du proxy (PAC).
# 12167 — « 404 Not Found » est le libellé du statut HTTP, laissé en anglais.
error-winhttp-unable-to-download-script = Le fichier PAC n’a pas pu être téléchargé, par exemple parce que le serveur désigné par l’URL du fichier PAC était inaccessible ou a renvoyé 404 Not Found.
# 12169
error-winhttp-secure-invalid-cert = Un certificat n’est pas valide (équivaut à des erreurs telles que CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED et CERT_E_CHAINING).
# 12170
error-winhttp-secure-cert-revoked = Un certificat a été révoqué (équivaut à CRYPT_E_REVOKED).
# 12172
error-winhttp-not-initialized = WinHTTP n’a pas été initialisé (obsolète ; ce code n’est plus utilisé).
# 12175 — « fonction de rappel d’état » : status callback.
error-winhttp-secure-failure = Une ou plusieurs erreurs ont été détectées dans le certificat SSL (Secure Sockets Layer) envoyé par le serveur. Pour connaître leur nature, recherchez une notification WINHTTP_CALLBACK_STATUS_SECURE_FAILURE dans une fonction de rappel d’état (voir WINHTTP_STATUS_CALLBACK).
# 12176
error-winhttp-unhandled-script-type = Ce type de script n’est pas pris en charge.
# 12177
error-winhttp-script-execution-error = Une erreur s’est produite lors de l’exécution d’un script.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl n’a trouvé aucun proxy pour l’URL spécifiée.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificat n’est pas valide pour l’usage demandé (équivaut à CERT_E_WRONG_USAGE).
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl n’a pas pu découvrir l’URL du fichier de configuration automatique du proxy (PAC).
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse a reçu une réponse comportant plus d’en-têtes que WinHTTP ne peut en accepter.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse a reçu des en-têtes dont la taille totale dépasse la limite fixée pour le handle de requête.
# 12183 — chunked transfer encoding = « encodage par blocs (chunked) » ;
# chunk header = « en-tête de bloc ».
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse a rencontré un dépassement de capacité lors de l’analyse de l’encodage par blocs (chunked) de la réponse : un en-tête de bloc dépasse la taille autorisée.
# 12184 — drain : lecture de la réponse restante pour la vider.
error-winhttp-response-drain-overflow = Une réponse entrante a dépassé une limite de taille interne de WinHTTP.
# 12185
error-winhttp-client-cert-no-private-key = Aucune clé privée n’est associée au contexte du certificat client SSL ; le certificat a peut-être été importé sur l’ordinateur sans sa clé privée.
# 12186
error-winhttp-client-cert-no-access-private-key = L’application ne dispose pas des privilèges nécessaires pour accéder à la clé privée associée au certificat client.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Le serveur proxy exige une authentification par certificat client SSL/TLS ; un certificat client doit être fourni pour la connexion au proxy.
# 12188
error-winhttp-secure-failure-proxy = Une erreur SSL/TLS s’est produite sur la connexion sécurisée au serveur proxy, par exemple un problème dans le certificat qu’il a envoyé.
# 12189
error-winhttp-reserved-189 = Code réservé ; il n’est pas utilisé.
# 12190
error-winhttp-http-protocol-mismatch = La version du protocole HTTP utilisée par le serveur ne correspond pas à celle demandée ou exigée, par exemple lorsque HTTP/2 ou HTTP/3 est requis mais n’a pas pu être négocié.
# 12191 — callback = « fonction de rappel ».
error-winhttp-global-callback-failed = Une fonction de rappel globale enregistrée auprès de WinHTTP a échoué.
# 12192
error-winhttp-feature-disabled = La fonctionnalité WinHTTP demandée est désactivée et ne peut pas être utilisée.
# 12193 — fast forwarding = « transfert rapide » ; le terme anglais est rappelé entre parenthèses.
error-winhttp-fast-forwarding-not-supported = Le transfert rapide (fast forwarding) n’est pas pris en charge pour cette requête ou cette connexion.

## Messages composés

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Erreur WinHTTP inconnue : { $code } ({ $hex }).
