### Descriptions des codes d’erreur WinHTTP (fr-CA, français canadien).
### Un message par code d’erreur, dans l’ordre numérique des codes. L’identifiant
### de chaque message reprend le nom symbolique de la constante, en minuscules,
### avec « - » à la place de « _ ».
### La valeur de chaque message est la description technique destinée aux
### programmeurs : une seule ligne, sans variable, puisqu’elle s’affiche telle
### quelle dans les boîtes de dialogue et les journaux. Les noms de fonctions,
### de méthodes, d’options, de macros et de constantes (WinHttpQueryOption,
### Open, CERT_E_CN_NO_MATCH…) sont des identificateurs de l’API : on ne les
### traduit jamais et on ne les modifie jamais.
###
### Textes destinés à l’utilisateur : en plus de la valeur, chaque code a trois
### attributs rédigés pour une personne qui n’est pas programmeuse :
###   .title         Le titre de la boîte de dialogue (instruction principale) :
###                  ce qui n’a pas fonctionné, 60 caractères au maximum,
###                  majuscule initiale seulement, sans point final.
###   .summary       Le texte sous le titre : une ou deux phrases simples qui
###                  disent ce qui s’est produit, 200 caractères au maximum,
###                  avec un point final. Il doit se comprendre seul, sans nom
###                  de serveur.
###   .summary-host  Le même résumé, qui nomme le serveur : { $host } y figure
###                  exactement une fois; 200 caractères au maximum quand $host
###                  vaut « example.com ».
### $host contient le nom du serveur tel que l’application le connaît, par
### exemple « example.com », « intranet.corp.local » ou une adresse IP comme
### 192.0.2.10. Il n’est jamais vide : sans nom, c’est .summary qui s’affiche.
### Les conseils (hint-*) s’affichent en liste sous le résumé : une seule phrase
### à l’impératif, terminée par un point, 100 caractères au maximum. Le choix
### des conseils pour chaque code est fait dans le catalogue (src/catalog.rs),
### le même dans toutes les langues; le résumé dit donc ce qui s’est produit
### sans répéter les conseils. Les lignes sur les problèmes de certificat
### (cert-flag-*) ont au plus 120 caractères.
### Aucun identificateur de l’API dans ces textes : aucun nom de constante, de
### fonction, de méthode ou d’option, aucun « _ », ni « WinHTTP », ni « handle »,
### ni « callback », ni « PAC », et aucune « { » en dehors des variables
### documentées. On préfère les mots de tous les jours (« connexion sécurisée »
### plutôt que TLS/SSL, « script de configuration du serveur mandataire »
### plutôt que fichier PAC).
### Quand l’application a mal utilisé la bibliothèque (codes désuets, réservés
### ou d’« utilisation »), le texte dit simplement que l’application a rencontré
### un problème interne, sans jamais blâmer l’utilisateur. Pour les erreurs de
### sécurité, on ne propose jamais de contourner, d’ignorer ou de continuer
### malgré tout.
### Vouvoiement, ton neutre et courtois, comme dans Windows en français canadien.
###
### Terminologie (Windows en français canadien et Office québécois de la langue
### française) :
###   server = serveur; proxy (server) = serveur mandataire (terme de l’OQLF,
###     jamais « proxy » seul dans les textes pour l’utilisateur);
###   certificate = certificat (du serveur : certificat de sécurité; de
###     l’utilisateur : certificat qui vous identifie); certification authority
###     = autorité de certification; private key = clé privée; revoke =
###     révoquer; revocation = révocation;
###   secure connection = connexion sécurisée; secure channel = canal sécurisé;
###   firewall = pare-feu; antivirus = logiciel antivirus;
###   request = requête (descriptions) / demande (utilisateur); response =
###     réponse; header = en-tête; redirect = redirection; connection =
###     connexion; network = réseau; time-out = délai d’attente;
###   sign in = ouvrir une session (ouverture de session); user name = nom
###     d’utilisateur; password = mot de passe; URL = adresse URL (utilisateur :
###     adresse Web); website = site Web (W majuscule, comme l’OQLF);
###   download = télécharger; update = mise à jour; application = application;
###   handle = descripteur (descriptions seulement, terme de l’OQLF);
###   callback = fonction de rappel (descriptions seulement);
###   PAC file = fichier PAC (descriptions) / script de configuration du
###     serveur mandataire (utilisateur); web protocol = protocole Web;
###   feature = fonctionnalité.
### Winsock (descriptions seulement) : socket = interface de connexion (socket);
###   host = hôte; name server = serveur de noms; route = itinéraire;
###   keep-alive = maintien de la connexion (keep-alive).
###
### Typographie canadienne (comme Windows fr-CA) : apostrophe typographique ’;
### espace insécable U+00A0 avant le deux-points et à l’intérieur des guillemets
### « »; aucune espace avant le point-virgule, le point d’exclamation et le
### point d’interrogation. Pas de U+2068/U+2069, pas d’espace en fin de ligne.

## Generic Windows errors (winerror.h) also returned by WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Le système ne trouve pas le fichier spécifié : un paramètre, un fichier ou une valeur du Registre que la fonction cherchait n’existe pas.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : un paramètre ou un fichier dont elle avait besoin est introuvable.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } : un paramètre ou un fichier dont elle avait besoin est introuvable.
# 6
error-invalid-handle = Le descripteur transmis à l’API a été invalidé ou fermé.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté d’utiliser une connexion qui était déjà fermée.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté d’utiliser une connexion à { $host } qui était déjà fermée.
# 8
error-not-enough-memory = La mémoire disponible est insuffisante pour terminer l’opération demandée.
    .title = Mémoire insuffisante
    .summary = Votre ordinateur a manqué de mémoire avant que la demande puisse être terminée.
    .summary-host = Votre ordinateur a manqué de mémoire avant que la demande envoyée à { $host } puisse être terminée.
# 18
error-no-more-files = Il n’y a plus de fichiers.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne pendant la lecture des résultats d’une demande.
    .summary-host = Cette application a rencontré un problème interne pendant la lecture des résultats d’une demande envoyée à { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = La pile de protocoles requise n’est pas chargée et l’application ne peut pas démarrer Winsock.
    .title = Le réseau n’est pas disponible
    .summary = Les composants réseau dont cette application a besoin n’ont pas pu démarrer sur cet ordinateur.
    .summary-host = Les composants réseau nécessaires pour se connecter à { $host } n’ont pas pu démarrer sur cet ordinateur.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Le paramètre est incorrect : un des arguments transmis à la fonction n’est pas valide (par exemple un pointeur NULL, une taille de structure erronée ou des indicateurs incompatibles).
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a transmis des renseignements non valides au composant réseau.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } : elle a transmis des renseignements non valides au composant réseau.
# 122
error-insufficient-buffer = La mémoire tampon fournie à la fonction est trop petite pour contenir les données retournées. Consultez la documentation de la fonction visée pour en savoir plus.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle n’a pas réservé assez d’espace pour les données reçues.
    .summary-host = Cette application a rencontré un problème interne : elle n’a pas réservé assez d’espace pour les données reçues de { $host }.
# 259
error-no-more-items = Il n’y a plus d’éléments.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne pendant la lecture d’une liste de résultats.
    .summary-host = Cette application a rencontré un problème interne pendant la lecture d’une liste de résultats reçue de { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Une opération d’entrée-sortie superposée est en cours : la fonction se poursuit de façon asynchrone et communique son résultat par la fonction de rappel d’état.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a considéré comme un échec une demande qui était encore en cours.
    .summary-host = Cette application a rencontré un problème interne : elle a considéré comme un échec une demande envoyée à { $host } qui était encore en cours.
# 1168
error-not-found = Élément introuvable : l’élément demandé à la fonction (par exemple un résultat de serveur mandataire, une entrée ou un paramètre enregistré) n’existe pas.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a demandé un élément qui n’existe pas.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } : elle a demandé un élément qui n’existe pas.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = L’opération n’est pas valide dans l’état actuel de l’objet, par exemple un envoi sur un WebSocket en cours de fermeture ou une réception alors qu’une autre réception est en attente.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté d’utiliser une connexion d’une manière que son état actuel ne permet pas.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté d’utiliser sa connexion à { $host } d’une manière que son état actuel ne permet pas.

## Winsock errors (winsock2.h) that a WinHTTP implementation passes through
## (Wine's winhttp.dll does; Windows' maps most of them to a 12xxx code).
## To a user they mean what their WinHTTP twin means; the description says
## which code it is.

# 10050
wsaenetdown = Le sous-système réseau est en panne (WSAENETDOWN) : la pile réseau ou la carte réseau de cet ordinateur ne fonctionne pas.
    .title = Le réseau ne fonctionne pas
    .summary = Le réseau de cet ordinateur ne fonctionne pas; le serveur n’a donc pas pu être joint.
    .summary-host = Le réseau de cet ordinateur ne fonctionne pas; le serveur { $host } n’a donc pas pu être joint.
# 10051
wsaenetunreach = Le réseau est inaccessible (WSAENETUNREACH) : cet ordinateur n’a aucun itinéraire vers le réseau du serveur.
    .title = Réseau inaccessible
    .summary = Cet ordinateur n’a aucun chemin vers le réseau du serveur; le serveur n’a donc pas pu être joint.
    .summary-host = Cet ordinateur n’a aucun chemin vers le réseau de { $host }; le serveur n’a donc pas pu être joint.
# 10052
wsaenetreset = La connexion a été rompue, car le maintien de la connexion (keep-alive) a détecté une défaillance pendant l’opération (WSAENETRESET).
    .title = Connexion interrompue
    .summary = La connexion au serveur a été perdue, car le réseau a cessé de répondre.
    .summary-host = La connexion à { $host } a été perdue, car le réseau a cessé de répondre.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Une connexion établie a été abandonnée par un logiciel de cet ordinateur (WSAECONNABORTED), par exemple après l’expiration du délai d’une transmission de données ou à cause d’un pare-feu.
    .title = Connexion interrompue
    .summary = La connexion au serveur a été fermée par cet ordinateur, peut-être par un pare-feu ou un logiciel de sécurité.
    .summary-host = La connexion à { $host } a été fermée par cet ordinateur, peut-être par un pare-feu ou un logiciel de sécurité.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Une connexion existante a été fermée de force par l’hôte distant (WSAECONNRESET).
    .title = Connexion interrompue
    .summary = Le serveur a fermé la connexion de façon inattendue.
    .summary-host = Le serveur { $host } a fermé la connexion de façon inattendue.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Le délai de la tentative de connexion ou du transfert a expiré, car l’autre partie n’a pas répondu à temps (WSAETIMEDOUT).
    .title = Délai de connexion expiré
    .summary = Le serveur a mis trop de temps à répondre.
    .summary-host = Le serveur { $host } a mis trop de temps à répondre.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Aucune connexion n’a pu être établie, car l’ordinateur cible l’a expressément refusée (WSAECONNREFUSED) : rien n’écoute sur ce port.
    .title = Connexion refusée
    .summary = Le serveur a refusé la connexion. Il se peut qu’il soit hors service ou qu’il n’accepte pas de connexions.
    .summary-host = Le serveur { $host } a refusé la connexion. Il se peut qu’il soit hors service ou qu’il n’accepte pas de connexions.
# 10064
wsaehostdown = Une opération sur une interface de connexion (socket) a échoué, car l’hôte de destination est arrêté (WSAEHOSTDOWN).
    .title = Le serveur ne répond pas
    .summary = Le serveur semble éteint ou déconnecté du réseau.
    .summary-host = Le serveur { $host } semble éteint ou déconnecté du réseau.
# 10065
wsaehostunreach = Une opération sur une interface de connexion (socket) a été tentée vers un hôte inaccessible (WSAEHOSTUNREACH) : aucun itinéraire vers le serveur n’a été trouvé.
    .title = Serveur inaccessible
    .summary = Aucun chemin vers le serveur n’a été trouvé à partir de cet ordinateur.
    .summary-host = Aucun chemin vers { $host } n’a été trouvé à partir de cet ordinateur.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Cet hôte est inconnu (WSAHOST_NOT_FOUND) : le serveur de noms n’a aucune adresse pour ce nom.
    .title = Serveur introuvable
    .summary = Le serveur est introuvable sur le réseau.
    .summary-host = Aucun serveur nommé { $host } n’a été trouvé sur le réseau.
# 11002
wsatry-again = Le serveur de noms n’a pas donné de réponse faisant autorité et la recherche pourrait réussir plus tard (WSATRY_AGAIN) : il s’agit habituellement d’une défaillance temporaire du serveur de noms.
    .title = Échec de la recherche du nom du serveur
    .summary = Le nom du serveur n’a pas pu être recherché pour le moment. Il s’agit habituellement d’un problème temporaire.
    .summary-host = Le nom { $host } n’a pas pu être recherché pour le moment. Il s’agit habituellement d’un problème temporaire.

## WinHTTP-specific errors (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Impossible de créer d’autres descripteurs (code désuet, qui n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne et a signalé une erreur que les systèmes actuels n’utilisent plus.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } et a signalé une erreur que les systèmes actuels n’utilisent plus.
# 12002
error-winhttp-timeout = Le délai d’attente de la requête a expiré. Cela peut aussi découler du comportement de TCP/IP en matière de délai, quelles que soient les valeurs de délai définies dans WinHTTP.
    .title = Délai de connexion expiré
    .summary = Le serveur a mis trop de temps à répondre.
    .summary-host = Le serveur { $host } a mis trop de temps à répondre.
# 12004
error-winhttp-internal-error = Une erreur interne s’est produite dans WinHTTP.
    .title = Erreur interne inattendue
    .summary = Un problème interne inattendu a interrompu la demande.
    .summary-host = Un problème interne inattendu a interrompu la demande envoyée à { $host }.
# 12005
error-winhttp-invalid-url = L’adresse URL n’est pas valide.
    .title = Adresse Web non valide
    .summary = L’adresse Web n’est pas valide; la demande n’a donc pas pu être envoyée.
    .summary-host = L’adresse Web utilisée pour joindre { $host } n’est pas valide; la demande n’a donc pas pu être envoyée.
# 12006
error-winhttp-unrecognized-scheme = L’adresse URL indique un schéma autre que http: ou https:.
    .title = Adresse Web non prise en charge
    .summary = Ce type d’adresse n’est pas pris en charge. Seules les adresses qui commencent par http:// ou https:// peuvent être ouvertes.
    .summary-host = L’adresse utilisée pour joindre { $host } est d’un type non pris en charge. Seules les adresses qui commencent par http:// ou https:// peuvent être ouvertes.
# 12007
error-winhttp-name-not-resolved = Le nom du serveur n’a pas pu être résolu.
    .title = Serveur introuvable
    .summary = Le serveur est introuvable sur le réseau.
    .summary-host = Aucun serveur nommé { $host } n’a été trouvé sur le réseau.
# 12009
error-winhttp-invalid-option = Un appel à WinHttpQueryOption ou à WinHttpSetOption a indiqué une valeur d’option non valide.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a utilisé un paramètre de connexion non valide.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } : elle a utilisé un paramètre de connexion non valide.
# 12011
error-winhttp-option-not-settable = L’option demandée ne peut pas être définie; elle peut seulement être interrogée.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté de modifier un paramètre de connexion qui peut seulement être lu.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } : elle a tenté de modifier un paramètre de connexion qui peut seulement être lu.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = La prise en charge des fonctions WinHTTP est en cours d’arrêt ou de déchargement.
    .title = L’accès au réseau est en cours d’arrêt
    .summary = La demande a été interrompue, car l’accès au réseau est en cours d’arrêt, par exemple parce que cette application se ferme.
    .summary-host = La demande envoyée à { $host } a été interrompue, car l’accès au réseau est en cours d’arrêt, par exemple parce que cette application se ferme.
# 12015
error-winhttp-login-failure = La tentative d’ouverture de session a échoué. Fermez le descripteur de requête avec WinHttpCloseHandle et créez-en un nouveau avant de relancer la fonction qui a échoué.
    .title = Échec de l’ouverture de session
    .summary = Le serveur n’a pas accepté les renseignements d’ouverture de session.
    .summary-host = Le serveur { $host } n’a pas accepté les renseignements d’ouverture de session.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = L’opération a été annulée, habituellement parce que le descripteur sur lequel la requête s’exécutait a été fermé avant la fin de l’opération.
    .title = Demande annulée
    .summary = La demande a été annulée avant d’avoir pu se terminer.
    .summary-host = La demande envoyée à { $host } a été annulée avant d’avoir pu se terminer.
# 12018
error-winhttp-incorrect-handle-type = Le type du descripteur fourni ne convient pas à cette opération.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne et n’a pas pu terminer la demande.
    .summary-host = Cette application a rencontré un problème interne et n’a pas pu terminer la demande envoyée à { $host }.
# 12019
error-winhttp-incorrect-handle-state = L’opération demandée ne peut pas être effectuée, car le descripteur fourni n’est pas dans l’état requis.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a effectué les étapes de la demande dans le mauvais ordre.
    .summary-host = Cette application a rencontré un problème interne : elle a effectué les étapes de la demande envoyée à { $host } dans le mauvais ordre.
# 12029
error-winhttp-cannot-connect = La connexion au serveur n’a pas pu être établie.
    .title = Connexion impossible
    .summary = Cette application n’a pas pu se connecter au serveur.
    .summary-host = Cette application n’a pas pu se connecter au serveur { $host }.
# 12030
error-winhttp-connection-error = La connexion au serveur a été réinitialisée ou fermée, ou un protocole SSL incompatible a été rencontré (par exemple, WinHTTP 5.1 ne prend pas en charge SSL 2.0, sauf si le client l’active expressément).
    .title = Connexion interrompue
    .summary = La connexion au serveur a été interrompue ou fermée de façon inattendue.
    .summary-host = La connexion au serveur { $host } a été interrompue ou fermée de façon inattendue.
# 12032
error-winhttp-resend-request = La fonction WinHTTP a échoué, mais elle peut être relancée sur le même descripteur de requête.
    .title = La demande n’a pas abouti
    .summary = La demande n’a pas pu être terminée lors de cette tentative.
    .summary-host = La demande envoyée à { $host } n’a pas pu être terminée lors de cette tentative.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificat requis n’est pas dans sa période de validité selon l’horloge du système ou l’horodatage du fichier signé, ou les périodes de validité de la chaîne de certificats ne s’emboîtent pas correctement (équivaut à CERT_E_EXPIRED ou à CERT_E_VALIDITYPERIODNESTING).
    .title = Certificat expiré ou pas encore valide
    .summary = Selon l’horloge de cet ordinateur, le certificat de sécurité du serveur est expiré ou n’est pas encore valide.
    .summary-host = Selon l’horloge de cet ordinateur, le certificat de sécurité de { $host } est expiré ou n’est pas encore valide.
# 12038
error-winhttp-secure-cert-cn-invalid = Le nom commun (CN) du certificat ne correspond pas à la valeur transmise (équivaut à CERT_E_CN_NO_MATCH).
    .title = Certificat émis pour un autre site
    .summary = Le certificat de sécurité a été émis pour un autre nom de site; l’identité du serveur n’a donc pas pu être confirmée.
    .summary-host = Le certificat de sécurité envoyé par { $host } a été émis pour un autre nom; l’identité du serveur n’a donc pas pu être confirmée.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Le serveur demande une authentification du client SSL (signalée par WinHttpReceiveResponse). Obtenez la liste des émetteurs de certificats acceptés avec WinHttpQueryOption et WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; si un certificat est demandé sans être exigé, appelez WinHttpSetOption avec WINHTTP_OPTION_CLIENT_CERT_CONTEXT et WINHTTP_NO_CLIENT_CERT_CONTEXT dans lpBuffer.
    .title = Le serveur exige un certificat
    .summary = Le serveur exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
    .summary-host = Le serveur { $host } exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
# 12045
error-winhttp-secure-invalid-ca = Une chaîne de certificats a été traitée, mais elle se termine par un certificat racine auquel le fournisseur d’approbation ne fait pas confiance (équivaut à CERT_E_UNTRUSTEDROOT).
    .title = Certificat non approuvé
    .summary = Le certificat de sécurité du serveur a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance.
    .summary-host = Le certificat de sécurité de { $host } a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance.
# 12057
error-winhttp-secure-cert-rev-failed = La révocation du certificat n’a pas pu être vérifiée, car le serveur de révocation était hors ligne (équivaut à CRYPT_E_REVOCATION_OFFLINE).
    .title = Le certificat n’a pas pu être vérifié
    .summary = Cet ordinateur n’a pas pu vérifier si le certificat de sécurité du serveur a été révoqué, car le serveur qui publie les certificats révoqués n’a pas pu être joint.
    .summary-host = Cet ordinateur n’a pas pu vérifier si le certificat de sécurité de { $host } a été révoqué, car le serveur qui publie les certificats révoqués n’a pas pu être joint.
# 12100
error-winhttp-cannot-call-before-open = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Open.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté d’utiliser une demande avant de la préparer.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté d’utiliser une demande destinée à { $host } avant de la préparer.
# 12101
error-winhttp-cannot-call-before-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Send.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a demandé une réponse avant d’envoyer la demande.
    .summary-host = Cette application a rencontré un problème interne : elle a demandé la réponse de { $host } avant d’envoyer la demande.
# 12102
error-winhttp-cannot-call-after-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée après l’appel de la méthode Send.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté de modifier une demande déjà envoyée.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté de modifier une demande déjà envoyée à { $host }.
# 12103
error-winhttp-cannot-call-after-open = L’objet WinHttpRequest ne peut pas demander l’option indiquée après l’appel de la méthode Open.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté de modifier un paramètre de la demande alors qu’il était trop tard.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté de modifier un paramètre d’une demande destinée à { $host } alors qu’il était trop tard.
# 12150
error-winhttp-header-not-found = L’en-tête demandé est introuvable.
    .title = Renseignement manquant dans la réponse
    .summary = La réponse du serveur ne contenait pas un renseignement que cette application attendait.
    .summary-host = La réponse de { $host } ne contenait pas un renseignement que cette application attendait.
# 12152
error-winhttp-invalid-server-response = La réponse du serveur n’a pas pu être analysée.
    .title = Réponse du serveur non valide
    .summary = Le serveur a envoyé une réponse incompréhensible.
    .summary-host = Le serveur { $host } a envoyé une réponse incompréhensible.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = L’en-tête HTTP fourni n’est pas valide, par exemple parce qu’il est mal formé.
    .title = Demande non valide
    .summary = Cette application a tenté d’envoyer des renseignements sous une forme non valide; la demande n’a donc pas pu être envoyée.
    .summary-host = Cette application a tenté d’envoyer des renseignements à { $host } sous une forme non valide; la demande n’a donc pas pu être envoyée.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Une requête d’interrogation d’en-tête n’était pas valide (code désuet, qui n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne et a signalé une erreur que les systèmes actuels n’utilisent plus.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } et a signalé une erreur que les systèmes actuels n’utilisent plus.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = L’en-tête n’a pas pu être ajouté, car il existe déjà (code désuet, qui n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : elle a tenté d’ajouter deux fois le même renseignement à une demande.
    .summary-host = Cette application a rencontré un problème interne : elle a tenté d’ajouter deux fois le même renseignement à une demande destinée à { $host }.
# 12156
error-winhttp-redirect-failed = La redirection a échoué parce que le schéma a changé ou que toutes les tentatives de redirection ont échoué (cinq tentatives par défaut).
    .title = Échec de la redirection
    .summary = Le serveur a redirigé la demande vers une autre adresse, mais la redirection n’a pas pu aboutir.
    .summary-host = Le serveur { $host } a redirigé la demande vers une autre adresse, mais la redirection n’a pas pu aboutir.
# 12157
error-winhttp-secure-channel-error = Une erreur s’est produite sur le canal sécurisé (équivaut aux codes d’erreur SEC_E_ et SEC_I_ définis dans winerror.h).
    .title = Impossible d’établir une connexion sécurisée
    .summary = Une erreur s’est produite pendant l’établissement d’une connexion sécurisée avec le serveur.
    .summary-host = Une erreur s’est produite pendant l’établissement d’une connexion sécurisée avec { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Une erreur s’est produite pendant l’exécution du code de script du fichier de configuration automatique du serveur mandataire (PAC).
    .title = Erreur dans le script de configuration du serveur mandataire
    .summary = Le script de configuration du serveur mandataire de ce réseau contient une erreur.
    .summary-host = Le script de configuration du serveur mandataire utilisé pour joindre { $host } contient une erreur.
# 12167
error-winhttp-unable-to-download-script = Le fichier PAC n’a pas pu être téléchargé, par exemple parce que le serveur désigné par l’adresse URL du fichier PAC était inaccessible ou a retourné 404 Not Found.
    .title = Script de configuration du serveur mandataire non disponible
    .summary = Le script de configuration du serveur mandataire de ce réseau n’a pas pu être téléchargé.
    .summary-host = Le script de configuration du serveur mandataire nécessaire pour joindre { $host } n’a pas pu être téléchargé.
# 12169
error-winhttp-secure-invalid-cert = Un certificat n’est pas valide (équivaut à des erreurs comme CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED et CERT_E_CHAINING).
    .title = Certificat non valide
    .summary = Le certificat de sécurité du serveur n’est pas valide; une connexion sécurisée n’a donc pas pu être établie.
    .summary-host = Le certificat de sécurité de { $host } n’est pas valide; une connexion sécurisée n’a donc pas pu être établie.
# 12170
error-winhttp-secure-cert-revoked = Un certificat a été révoqué (équivaut à CRYPT_E_REVOKED).
    .title = Certificat révoqué
    .summary = Le certificat de sécurité du serveur a été révoqué par l’autorité qui l’a émis; on ne peut donc plus s’y fier.
    .summary-host = Le certificat de sécurité de { $host } a été révoqué par l’autorité qui l’a émis; on ne peut donc plus s’y fier.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP n’a pas été initialisé (code désuet, qui n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne et a signalé une erreur que les systèmes actuels n’utilisent plus.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } et a signalé une erreur que les systèmes actuels n’utilisent plus.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Une ou plusieurs erreurs ont été trouvées dans le certificat SSL (Secure Sockets Layer) envoyé par le serveur. Pour savoir lesquelles, surveillez la notification WINHTTP_CALLBACK_STATUS_SECURE_FAILURE dans une fonction de rappel d’état (voir WINHTTP_STATUS_CALLBACK).
    .title = Échec de la connexion sécurisée
    .summary = Le certificat de sécurité du serveur présente un ou plusieurs problèmes; une connexion sécurisée n’a donc pas pu être établie.
    .summary-host = Le certificat de sécurité envoyé par { $host } présente un ou plusieurs problèmes; une connexion sécurisée n’a donc pas pu être établie.
# 12176
error-winhttp-unhandled-script-type = Ce type de script n’est pas pris en charge.
    .title = Script du serveur mandataire non pris en charge
    .summary = Le script de configuration du serveur mandataire de ce réseau est d’un type non pris en charge.
    .summary-host = Le script de configuration du serveur mandataire utilisé pour joindre { $host } est d’un type non pris en charge.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Une erreur s’est produite pendant l’exécution d’un script.
    .title = Échec du script de configuration du serveur mandataire
    .summary = Une erreur s’est produite pendant l’exécution du script de configuration du serveur mandataire de ce réseau.
    .summary-host = Une erreur s’est produite pendant l’exécution du script de configuration du serveur mandataire utilisé pour joindre { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl n’a trouvé aucun serveur mandataire pour l’adresse URL indiquée.
    .title = Serveur mandataire introuvable
    .summary = Le serveur mandataire à utiliser pour cette adresse n’a pas pu être déterminé.
    .summary-host = Le serveur mandataire à utiliser pour { $host } n’a pas pu être déterminé.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificat n’est pas valide pour l’usage demandé (équivaut à CERT_E_WRONG_USAGE).
    .title = Certificat non valide pour cet usage
    .summary = Le certificat de sécurité du serveur n’est pas prévu pour ce type de connexion.
    .summary-host = Le certificat de sécurité de { $host } n’est pas prévu pour ce type de connexion.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl n’a pas pu découvrir l’adresse URL du fichier de configuration automatique du serveur mandataire (PAC).
    .title = Paramètres du serveur mandataire non détectés
    .summary = Les paramètres du serveur mandataire de ce réseau n’ont pas pu être détectés automatiquement.
    .summary-host = Les paramètres du serveur mandataire nécessaires pour joindre { $host } n’ont pas pu être détectés automatiquement.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse a reçu une réponse qui contient plus d’en-têtes que WinHTTP ne peut en accepter.
    .title = Réponse du serveur refusée
    .summary = Le serveur a envoyé une réponse qui contient trop d’en-têtes; elle n’a donc pas pu être acceptée.
    .summary-host = Le serveur { $host } a envoyé une réponse qui contient trop d’en-têtes; elle n’a donc pas pu être acceptée.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse a reçu des en-têtes dont la taille totale dépasse la limite définie pour le descripteur de requête.
    .title = Réponse du serveur trop volumineuse
    .summary = Le serveur a envoyé une réponse dont les en-têtes étaient trop volumineux; elle n’a donc pas pu être acceptée.
    .summary-host = Le serveur { $host } a envoyé une réponse dont les en-têtes étaient trop volumineux; elle n’a donc pas pu être acceptée.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse a subi un dépassement pendant l’analyse de l’encodage de transfert par blocs (chunked) de la réponse : un en-tête de bloc dépassait la taille permise.
    .title = Impossible de lire la réponse du serveur
    .summary = Une partie de la réponse du serveur dépassait la taille permise; la réponse n’a donc pas pu être lue.
    .summary-host = Une partie de la réponse de { $host } dépassait la taille permise; la réponse n’a donc pas pu être lue.
# 12184
error-winhttp-response-drain-overflow = Une réponse entrante a dépassé une limite de taille interne de WinHTTP.
    .title = La réponse du serveur dépasse une limite de taille
    .summary = La réponse du serveur dépassait la taille que cet ordinateur permet; elle n’a donc pas pu être reçue.
    .summary-host = La réponse de { $host } dépassait la taille que cet ordinateur permet; elle n’a donc pas pu être reçue.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = Aucune clé privée n’est associée au contexte du certificat client SSL; le certificat a peut-être été importé sur l’ordinateur sans sa clé privée.
    .title = Votre certificat ne peut pas être utilisé
    .summary = Il manque la clé privée du certificat qui vous identifie; il ne peut donc pas être utilisé. La clé a peut-être été omise à l’installation du certificat.
    .summary-host = Il manque la clé privée du certificat qui vous identifie auprès de { $host }; il ne peut donc pas être utilisé. La clé a peut-être été omise à l’installation du certificat.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = L’application ne possède pas les privilèges requis pour accéder à la clé privée associée au certificat client.
    .title = Accès à votre certificat refusé
    .summary = Cette application n’est pas autorisée à utiliser la clé privée du certificat qui vous identifie.
    .summary-host = Cette application n’est pas autorisée à utiliser la clé privée du certificat qui vous identifie auprès de { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Le serveur mandataire exige une authentification par certificat client SSL/TLS; un certificat client doit être fourni pour la connexion au serveur mandataire.
    .title = Le serveur mandataire exige un certificat
    .summary = Le serveur mandataire exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
    .summary-host = Le serveur mandataire exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser une connexion à { $host }.
# 12188
error-winhttp-secure-failure-proxy = Une erreur SSL/TLS s’est produite sur la connexion sécurisée au serveur mandataire, par exemple un problème avec le certificat qu’il a envoyé.
    .title = Échec de la connexion sécurisée au serveur mandataire
    .summary = Une connexion sécurisée au serveur mandataire n’a pas pu être établie, par exemple à cause d’un problème avec son certificat.
    .summary-host = Une connexion sécurisée au serveur mandataire utilisé pour joindre { $host } n’a pas pu être établie, par exemple à cause d’un problème avec son certificat.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Code réservé, non utilisé.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne et a signalé une erreur réservée, qui n’est jamais utilisée.
    .summary-host = Cette application a rencontré un problème interne lors de la connexion à { $host } et a signalé une erreur réservée, qui n’est jamais utilisée.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = La version du protocole HTTP utilisée par le serveur ne correspond pas à celle qui est demandée ou exigée, par exemple HTTP/2 ou HTTP/3 était exigé, mais n’a pas pu être négocié.
    .title = Version du protocole Web incompatible
    .summary = Le serveur et cette application n’ont pas pu s’entendre sur la version du protocole Web à utiliser.
    .summary-host = Le serveur { $host } et cette application n’ont pas pu s’entendre sur la version du protocole Web à utiliser.
# 12191
error-winhttp-global-callback-failed = Une fonction de rappel globale inscrite auprès de WinHTTP a échoué.
    .title = Erreur interne de l’application
    .summary = Cette application a rencontré un problème interne : un de ses composants a échoué pendant le traitement de la demande.
    .summary-host = Cette application a rencontré un problème interne : un de ses composants a échoué pendant le traitement de la demande envoyée à { $host }.
# 12192
error-winhttp-feature-disabled = La fonctionnalité WinHTTP demandée est désactivée et ne peut pas être utilisée.
    .title = Fonctionnalité désactivée
    .summary = Une fonctionnalité nécessaire à cette demande est désactivée sur cet ordinateur.
    .summary-host = Une fonctionnalité nécessaire à la demande envoyée à { $host } est désactivée sur cet ordinateur.
# 12193
error-winhttp-fast-forwarding-not-supported = Le transfert rapide (fast forwarding) n’est pas pris en charge pour cette requête ou cette connexion.
    .title = Fonctionnalité non prise en charge
    .summary = Cette application a demandé une fonctionnalité que cette connexion ne prend pas en charge.
    .summary-host = Cette application a demandé une fonctionnalité que la connexion à { $host } ne prend pas en charge.

## Hints: things a user can try, shown as a list under the summary.
## Each is one complete imperative sentence ending with a period, at most 100 characters.
## The catalogue (src/catalog.rs) decides which hints a code shows, and in which order.
hint-check-connection = Vérifiez votre connexion réseau.
hint-try-again-later = Attendez un moment, puis réessayez.
hint-check-address = Vérifiez que l’adresse est bien orthographiée.
hint-check-proxy = Vérifiez vos paramètres de serveur mandataire ou adressez-vous à votre administrateur réseau.
hint-check-firewall = Assurez-vous qu’aucun pare-feu ni logiciel antivirus ne bloque cette application.
hint-check-date-time = Assurez-vous que la date, l’heure et le fuseau horaire de votre ordinateur sont exacts.
hint-update-system = Installez les dernières mises à jour de votre système d’exploitation.
hint-contact-site-owner = Si le problème persiste, communiquez avec le propriétaire du site Web ou du serveur.
hint-contact-support = Communiquez avec l’équipe de soutien de cette application.
hint-update-app = Vérifiez si une version plus récente de cette application est offerte.
hint-restart-app = Fermez cette application, puis ouvrez-la de nouveau.
hint-restart-computer = Redémarrez votre ordinateur.
hint-free-memory = Fermez d’autres programmes pour libérer de la mémoire, puis réessayez.
hint-check-credentials = Vérifiez que votre nom d’utilisateur et votre mot de passe sont exacts.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Assurez-vous que le certificat demandé est bien installé ou adressez-vous à votre administrateur.

## Certificate problems: one line each, shown as a list when a secure connection failed.
## At most 120 characters; one complete sentence ending with a period.
## "The certificate" is the one the server sent.
cert-flag-rev-failed = Cet ordinateur n’a pas pu vérifier si le certificat a été révoqué.
cert-flag-invalid-cert = Le certificat n’est pas valide.
cert-flag-cert-revoked = Le certificat a été révoqué par l’autorité qui l’a émis.
cert-flag-invalid-ca = Le certificat a été émis par une autorité à laquelle cet ordinateur ne fait pas confiance.
cert-flag-cert-cn-invalid = Le certificat a été émis pour un autre nom de site.
cert-flag-cert-date-invalid = Le certificat est expiré ou n’est pas encore valide.
cert-flag-cert-wrong-usage = Le certificat n’est pas prévu pour ce type de connexion.
cert-flag-security-channel-error = Une erreur s’est produite pendant l’établissement de la connexion sécurisée.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Le certificat présente un ou plusieurs problèmes qui n’ont pas pu être déterminés ({ $flags }).

## Codes this library does not know.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Un problème inattendu s’est produit pendant la connexion (erreur { $code }, { $hex }).
    .summary-host = Un problème inattendu s’est produit pendant la connexion à { $host } (erreur { $code }, { $hex }).

## Composite messages

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Erreur WinHTTP inconnue { $code } ({ $hex }).
