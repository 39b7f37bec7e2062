### Descriptions des codes d’erreur WinHTTP (fr-FR).
### Un message par code d’erreur, triés par code numérique. L’identifiant du
### message est le nom symbolique de la constante en minuscules, « _ » étant
### remplacé par « - ».
### La valeur de chaque message est la description technique, destinée aux
### développeurs : elle tient sur une seule ligne, sans placeable, car elle est
### affichée telle quelle dans des boîtes de dialogue et des journaux.
### Les noms de fonctions, méthodes, options, macros et constantes de l’API
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) ne se traduisent pas.
###
### Textes pour l’utilisateur final : chaque code porte en plus trois attributs,
### écrits pour une personne qui n’est pas informaticienne.
###   .title : ce qui s’est mal passé, en quelques mots ; titre de la boîte de
###     dialogue (instruction principale). 60 caractères au plus, majuscule
###     initiale seulement, sans point final.
###   .summary : le corps du message, une ou deux phrases simples, 200 caractères
###     au plus, point final. Il doit se lire seul, sans nom de serveur.
###   .summary-host : la même phrase, qui nomme le serveur. { $host } y figure
###     exactement une fois et contient le nom du serveur tel que l’application le
###     connaît (par exemple « example.com », « intranet.corp.local » ou une
###     adresse IP) ; 200 caractères au plus avec « example.com ». $host n’est
###     jamais vide : sans nom de serveur, c’est .summary qui s’affiche.
### Les conseils (« Vérifiez votre connexion réseau. », etc.) s’affichent en
### liste sous le résumé : le résumé dit ce qui s’est passé, sans les répéter.
### Le choix des conseils pour chaque code est commun à toutes les langues
### (src/catalog.rs) ; seuls leurs textes (hint-*) sont ici.
### Interdits dans ces trois attributs : tout identifiant de l’API, nom de
### constante, de fonction, de méthode ou d’option, le caractère « _ »,
### « WinHTTP », « handle », « rappel » (callback), « PAC », le jargon technique.
### Quand l’application a mal utilisé la bibliothèque (codes obsolètes ou
### réservés compris), le texte dit simplement qu’elle a rencontré un problème
### interne, sans jamais mettre en cause l’utilisateur. Pour les erreurs de
### sécurité, ne jamais suggérer de passer outre ou de continuer malgré tout.
### Vouvoiement, ton neutre et courtois.
###
### Terminologie retenue dans tout le fichier :
###   request = « requête » (requête HTTP) ; header = « en-tête » ;
###   handle = « handle » (terme Windows usuel, préféré à « descripteur ») ;
###   proxy = « proxy » ; callback = « fonction de rappel » ;
###   revocation = « révocation » ; PAC file = « fichier PAC »
###   (fichier de configuration automatique du proxy).
### Pour l’utilisateur final : request = « demande » ; certificate = « certificat
###   de sécurité » (serveur) ou « certificat personnel » (certificat client) ;
###   secure connection = « connexion sécurisée » ; PAC file = « script de
###   configuration automatique du proxy » (nom de l’option dans les paramètres
###   de proxy de Windows) ; request to { $host } = « la demande (envoyée) à
###   { $host } » ; « l’échange avec { $host } » reste réservé aux problèmes
###   internes qui ne portent pas sur une demande précise.
### Winsock (descriptions seulement) : Winsock = « Winsock » ; socket = « socket » ;
###   host = « hôte » ; name server = « serveur de noms » ; route = « itinéraire » ;
###   keep-alive = « maintien de connexion (keep-alive) ».
### Pour l’utilisateur final : network unreachable = « réseau inaccessible » ;
###   connection refused = « connexion refusée » ; host unreachable = « serveur
###   inaccessible » ; route = « chemin » ; look up a name = « rechercher le nom ».
### Typographie française partout : apostrophe typographique ’ ; espace fine
### insécable (U+202F) avant « ; », « ! » et « ? » ; espace insécable (U+00A0)
### avant « : » et à l’intérieur des guillemets « ». Jamais d’espace ordinaire
### à ces endroits : une boîte de dialogue ne doit pas renvoyer la ponctuation
### seule à la ligne.

## Erreurs Windows génériques (winerror.h) également renvoyées par WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser et d’autres fonctions qui lisent des
# paramètres le renvoient quand un réglage ou un fichier recherché n’existe pas.
error-file-not-found = Le fichier spécifié est introuvable : un paramètre, un fichier ou une valeur du Registre recherché par la fonction n’existe pas.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : un réglage ou un fichier dont elle avait besoin est introuvable.
    .summary-host = L’application a rencontré un problème interne pendant la connexion à { $host } : un réglage ou un fichier dont elle avait besoin est introuvable.
# 6 — « handle » est conservé tel quel (voir la terminologie en tête de fichier).
# Utilisation incorrecte par l’application : problème interne.
error-invalid-handle = Le handle transmis à l’API a été invalidé ou fermé.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté d’utiliser une connexion déjà fermée.
    .summary-host = L’application a rencontré un problème interne : elle a tenté d’utiliser une connexion à { $host } déjà fermée.
# 8
error-not-enough-memory = La mémoire disponible est insuffisante pour effectuer l’opération demandée.
    .title = Mémoire insuffisante
    .summary = La mémoire disponible de votre ordinateur a été épuisée avant que la demande ait pu aboutir.
    .summary-host = La mémoire disponible de votre ordinateur a été épuisée avant que la demande envoyée à { $host } ait pu aboutir.
# 18 — utilisation incorrecte par l’application : problème interne.
error-no-more-files = Aucun autre fichier n’a été trouvé.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne pendant la lecture des résultats d’une demande.
    .summary-host = L’application a rencontré un problème interne pendant la lecture des résultats d’une demande envoyée à { $host }.
# 50 — la pile réseau du système (Winsock) n’est pas chargée ; « Winsock » est
# trop technique pour l’utilisateur final : « fonctions réseau du système ».
error-not-supported = La pile de protocoles requise n’est pas chargée et l’application ne peut pas démarrer Winsock.
    .title = Fonctions réseau du système indisponibles
    .summary = Les fonctions réseau du système ne sont pas chargées : l’application ne peut pas utiliser le réseau.
    .summary-host = Les fonctions réseau du système ne sont pas chargées : l’application ne peut pas joindre { $host }.
# 87 — par exemple WinHttpCrackUrl appelée avec une structure URL_COMPONENTS dont
# le dwStructSize est erroné. Utilisation incorrecte par l’application : problème interne.
error-invalid-parameter = Le paramètre est incorrect : l’un des arguments transmis à la fonction n’est pas valide (par exemple un pointeur NULL, une taille de structure erronée ou des indicateurs incompatibles).
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a transmis des informations non valides au composant réseau.
    .summary-host = L’application a rencontré un problème interne pendant la connexion à { $host } : elle a transmis des informations non valides au composant réseau.
# 122 — utilisation incorrecte par l’application : problème interne.
error-insufficient-buffer = La mémoire tampon fournie à la fonction est trop petite pour contenir les données renvoyées. Consultez la documentation de la fonction concernée pour plus de détails.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle n’avait pas prévu assez de place pour les données reçues.
    .summary-host = L’application a rencontré un problème interne : elle n’avait pas prévu assez de place pour les données reçues du serveur { $host }.
# 259 — utilisation incorrecte par l’application : problème interne.
error-no-more-items = Aucun autre élément n’a été trouvé.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne pendant la lecture d’une liste de résultats.
    .summary-host = L’application a rencontré un problème interne pendant la lecture d’une liste de résultats reçue de { $host }.

# 997 — WinHttpGetProxyForUrlEx et les fonctions WebSocket le renvoient quand le
# travail se poursuit de façon asynchrone ; ce n’est un échec que si
# l’application le traite comme tel.
error-io-pending = Opération d’E/S avec chevauchement en cours : la fonction se poursuit de façon asynchrone et communique son résultat par la fonction de rappel d’état.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a traité comme un échec une demande encore en cours.
    .summary-host = L’application a rencontré un problème interne : elle a traité comme un échec une demande à { $host } encore en cours.
# 1168
error-not-found = Élément introuvable : l’élément demandé à la fonction (par exemple un résultat de proxy, une entrée ou un paramètre enregistré) n’existe pas.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a demandé un élément qui n’existe pas.
    .summary-host = L’application a rencontré un problème interne pendant la connexion à { $host } : elle a demandé un élément qui n’existe pas.
# 4317 — par exemple un envoi sur un WebSocket après le début de la négociation de fermeture.
error-invalid-operation = L’opération n’est pas valide dans l’état actuel de l’objet, par exemple un envoi sur un WebSocket en cours de fermeture ou une réception alors qu’une autre réception est en attente.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté d’utiliser une connexion d’une façon que son état actuel ne permet pas.
    .summary-host = L’application a rencontré un problème interne : elle a tenté d’utiliser sa connexion à { $host } d’une façon que son état actuel ne permet pas.

## Erreurs Winsock (winsock2.h) transmises telles quelles par une implémentation
## de WinHTTP (c’est le cas du winhttp.dll de Wine ; celui de Windows convertit la
## plupart d’entre elles en un code 12xxx). Pour l’utilisateur, elles signifient la
## même chose que leur équivalent WinHTTP ; la description indique de quel code il
## s’agit.

# 10050
wsaenetdown = Le sous-système réseau a échoué (WSAENETDOWN) : la pile réseau ou la carte réseau de cet ordinateur ne fonctionne pas.
    .title = Le réseau ne fonctionne pas
    .summary = Le réseau de cet ordinateur ne fonctionne pas : le serveur n’a pas pu être joint.
    .summary-host = Le réseau de cet ordinateur ne fonctionne pas : le serveur { $host } n’a pas pu être joint.
# 10051
wsaenetunreach = Le réseau est inaccessible (WSAENETUNREACH) : cet ordinateur ne dispose d’aucun itinéraire vers le réseau du serveur.
    .title = Réseau inaccessible
    .summary = Cet ordinateur ne trouve aucun chemin vers le réseau du serveur : le serveur n’a pas pu être joint.
    .summary-host = Cet ordinateur ne trouve aucun chemin vers le réseau de { $host } : le serveur n’a pas pu être joint.
# 10052
wsaenetreset = La connexion a été rompue, car le maintien de connexion (keep-alive) a détecté une défaillance pendant l’opération (WSAENETRESET).
    .title = Connexion interrompue
    .summary = La connexion avec le serveur a été coupée, car le réseau a cessé de répondre.
    .summary-host = La connexion avec le serveur { $host } a été coupée, car le réseau a cessé de répondre.
# 10053 — « abandon de connexion provoqué par le logiciel » : souvent un pare-feu
# ou un logiciel de sécurité.
wsaeconnaborted = Une connexion établie a été abandonnée par un logiciel de cet ordinateur (WSAECONNABORTED), par exemple après l’expiration du délai d’une transmission de données ou à cause d’un pare-feu.
    .title = Connexion interrompue
    .summary = La connexion avec le serveur a été coupée par cet ordinateur, peut-être par un pare-feu ou un logiciel de sécurité.
    .summary-host = La connexion avec le serveur { $host } a été coupée par cet ordinateur, peut-être par un pare-feu ou un logiciel de sécurité.
# 10054 — Windows renvoie ERROR_WINHTTP_CONNECTION_ERROR à la place (même titre que 12030).
wsaeconnreset = Une connexion existante a été fermée de force par l’hôte distant (WSAECONNRESET).
    .title = Connexion interrompue
    .summary = Le serveur a fermé la connexion de façon inattendue.
    .summary-host = Le serveur { $host } a fermé la connexion de façon inattendue.
# 10060 — Windows renvoie ERROR_WINHTTP_TIMEOUT à la place : mêmes textes que 12002.
wsaetimedout = La tentative de connexion ou le transfert a expiré, car l’autre partie n’a pas répondu à temps (WSAETIMEDOUT).
    .title = Délai de connexion dépassé
    .summary = Le serveur a mis trop de temps à répondre.
    .summary-host = Le serveur { $host } a mis trop de temps à répondre.
# 10061 — Windows renvoie ERROR_WINHTTP_CANNOT_CONNECT à la place.
wsaeconnrefused = Aucune connexion n’a pu être établie, car l’ordinateur cible l’a expressément refusée (WSAECONNREFUSED) : aucun service n’écoute sur ce port.
    .title = Connexion refusée
    .summary = Le serveur a refusé la connexion. Il est peut-être arrêté ou n’accepte pas de connexions.
    .summary-host = Le serveur { $host } a refusé la connexion. Il est peut-être arrêté ou n’accepte pas de connexions.
# 10064
wsaehostdown = Une opération sur un socket a échoué, car l’hôte de destination est arrêté (WSAEHOSTDOWN).
    .title = Le serveur ne répond pas
    .summary = Le serveur semble éteint ou déconnecté du réseau.
    .summary-host = Le serveur { $host } semble éteint ou déconnecté du réseau.
# 10065
wsaehostunreach = Une opération sur un socket a été tentée vers un hôte inaccessible (WSAEHOSTUNREACH) : aucun itinéraire vers le serveur n’a été trouvé.
    .title = Serveur inaccessible
    .summary = Aucun chemin vers le serveur n’a pu être trouvé depuis cet ordinateur.
    .summary-host = Aucun chemin vers { $host } n’a pu être trouvé depuis cet ordinateur.
# 11001 — Windows renvoie ERROR_WINHTTP_NAME_NOT_RESOLVED à la place : mêmes textes que 12007.
wsahost-not-found = Hôte inconnu (WSAHOST_NOT_FOUND) : le serveur de noms ne connaît aucune adresse pour ce nom.
    .title = Serveur introuvable
    .summary = Le serveur est introuvable : son nom ne correspond à aucune adresse connue.
    .summary-host = Le serveur { $host } est introuvable : ce nom ne correspond à aucune adresse connue.
# 11002
wsatry-again = Le serveur de noms n’a pas donné de réponse faisant autorité et la recherche pourra réussir plus tard (WSATRY_AGAIN) : il s’agit généralement d’une défaillance temporaire du serveur de noms.
    .title = Échec de la recherche du nom du serveur
    .summary = Le nom du serveur n’a pas pu être recherché pour le moment. Ce problème est généralement temporaire.
    .summary-host = Le nom { $host } n’a pas pu être recherché pour le moment. Ce problème est généralement temporaire.

## Erreurs propres à WinHTTP (winhttp.h)

# 12001 — code obsolète : problème interne de l’application.
error-winhttp-out-of-handles = Plus aucun handle ne pouvait être créé (obsolète ; ce code n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a signalé une erreur que le système n’utilise plus.
    .summary-host = L’application a rencontré un problème interne pendant l’échange avec { $host } : elle a signalé une erreur que le système n’utilise plus.
# 12002
error-winhttp-timeout = Le délai d’attente de la requête a expiré. Cette erreur peut aussi provenir des délais d’expiration TCP/IP, indépendamment des délais configurés dans WinHTTP.
    .title = Délai de connexion dépassé
    .summary = Le serveur a mis trop de temps à répondre.
    .summary-host = Le serveur { $host } a mis trop de temps à répondre.
# 12004 — erreur interne du composant de connexion du système, pas de l’application.
error-winhttp-internal-error = Une erreur interne s’est produite dans WinHTTP.
    .title = Erreur interne inattendue
    .summary = Le système a rencontré une erreur interne inattendue pendant la connexion.
    .summary-host = Le système a rencontré une erreur interne inattendue pendant la connexion à { $host }.
# 12005
error-winhttp-invalid-url = L’URL n’est pas valide.
    .title = Adresse non valide
    .summary = L’adresse web n’est pas valide : la demande n’a pas pu être envoyée.
    .summary-host = L’adresse web utilisée pour joindre { $host } n’est pas valide : la demande n’a pas pu être envoyée.
# 12006 — « http » et « https » restent tels quels : l’utilisateur les voit dans les adresses.
error-winhttp-unrecognized-scheme = L’URL indique un schéma autre que http: ou https:.
    .title = Type d’adresse non pris en charge
    .summary = L’adresse demandée n’est pas une adresse web (http ou https) : elle ne peut pas être ouverte.
    .summary-host = L’adresse demandée pour { $host } n’est pas une adresse web (http ou https) : elle ne peut pas être ouverte.
# 12007
error-winhttp-name-not-resolved = Le nom du serveur n’a pas pu être résolu.
    .title = Serveur introuvable
    .summary = Le serveur est introuvable : son nom ne correspond à aucune adresse connue.
    .summary-host = Le serveur { $host } est introuvable : ce nom ne correspond à aucune adresse connue.
# 12009 — utilisation incorrecte par l’application : problème interne.
# « réglage » plutôt que « option », réservé ici aux noms de l’API.
error-winhttp-invalid-option = Un appel à WinHttpQueryOption ou WinHttpSetOption a spécifié une valeur d’option non valide.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a utilisé un réglage de connexion non valide.
    .summary-host = L’application a rencontré un problème interne : elle a utilisé un réglage non valide pour la connexion à { $host }.
# 12011 — utilisation incorrecte par l’application : problème interne.
error-winhttp-option-not-settable = L’option demandée ne peut pas être définie ; elle peut seulement être consultée.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté de modifier un réglage de connexion qui ne peut pas l’être.
    .summary-host = L’application a rencontré un problème interne : elle a tenté de modifier un réglage de la connexion à { $host } qui ne peut pas l’être.
# 12012
error-winhttp-shutdown = La prise en charge des fonctions WinHTTP est en cours d’arrêt ou de déchargement.
    .title = Fonctions de connexion en cours d’arrêt
    .summary = La demande a été interrompue, car l’accès au réseau est en cours d’arrêt, par exemple parce que l’application se ferme.
    .summary-host = La demande envoyée à { $host } a été interrompue, car l’accès au réseau est en cours d’arrêt, par exemple parce que l’application se ferme.
# 12015 — « login » : ouverture de session (authentification), à ne pas confondre
# avec l’établissement de la connexion réseau (12029).
error-winhttp-login-failure = La tentative d’ouverture de session a échoué. Fermez le handle de requête avec WinHttpCloseHandle et créez-en un nouveau avant de réessayer la fonction qui a échoué.
    .title = Échec de l’ouverture de session
    .summary = L’ouverture de session a échoué : le serveur n’a pas pu vous identifier.
    .summary-host = L’ouverture de session sur { $host } a échoué : le serveur n’a pas pu vous identifier.
# 12017
error-winhttp-operation-cancelled = L’opération a été annulée, généralement parce que le handle sur lequel la requête s’exécutait a été fermé avant la fin de l’opération.
    .title = Demande annulée
    .summary = La demande a été annulée avant d’avoir pu aboutir.
    .summary-host = La demande envoyée à { $host } a été annulée avant d’avoir pu aboutir.
# 12018 — utilisation incorrecte par l’application : problème interne.
error-winhttp-incorrect-handle-type = Le type de handle fourni ne convient pas à cette opération.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne et n’a pas pu mener à bien la demande.
    .summary-host = L’application a rencontré un problème interne et n’a pas pu mener à bien la demande envoyée à { $host }.
# 12019 — utilisation incorrecte par l’application : problème interne.
error-winhttp-incorrect-handle-state = L’opération demandée ne peut pas être effectuée, car le handle fourni n’est pas dans l’état requis.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a effectué les étapes de sa demande dans le mauvais ordre.
    .summary-host = L’application a rencontré un problème interne : elle a effectué les étapes de sa demande à { $host } dans le mauvais ordre.
# 12029
error-winhttp-cannot-connect = La connexion au serveur n’a pas pu être établie.
    .title = Connexion au serveur impossible
    .summary = L’application n’a pas réussi à se connecter au serveur.
    .summary-host = L’application n’a pas réussi à se connecter au serveur { $host }.
# 12030
error-winhttp-connection-error = La connexion avec le serveur a été réinitialisée ou interrompue, ou un protocole SSL incompatible a été rencontré (par exemple, WinHTTP 5.1 ne prend pas en charge SSL 2.0, sauf si le client l’active explicitement).
    .title = Connexion interrompue
    .summary = La connexion avec le serveur a été coupée avant la fin de l’échange.
    .summary-host = La connexion avec le serveur { $host } a été coupée avant la fin de l’échange.
# 12032
error-winhttp-resend-request = La fonction WinHTTP a échoué, mais elle peut être relancée sur le même handle de requête.
    .title = La demande n’a pas abouti
    .summary = La demande n’a pas pu aboutir lors de cette tentative.
    .summary-host = La demande envoyée à { $host } n’a pas pu aboutir lors de cette tentative.
# 12037 — l’horloge de l’ordinateur est souvent en cause : le conseil
# correspondant s’affiche sous le résumé.
error-winhttp-secure-cert-date-invalid = Un certificat requis est hors de sa période de validité selon l’horloge système ou l’horodatage du fichier signé, ou les périodes de validité de la chaîne de certificats sont mal imbriquées (équivaut à CERT_E_EXPIRED ou CERT_E_VALIDITYPERIODNESTING).
    .title = Certificat expiré ou pas encore valide
    .summary = D’après la date de votre ordinateur, le certificat de sécurité du serveur a expiré ou n’est pas encore valide.
    .summary-host = D’après la date de votre ordinateur, le certificat de sécurité du serveur { $host } a expiré ou n’est pas encore valide.
# 12038 — CN (Common Name) : « nom commun » du certificat.
error-winhttp-secure-cert-cn-invalid = Le nom commun (CN) du certificat ne correspond pas à la valeur transmise (équivaut à CERT_E_CN_NO_MATCH).
    .title = Certificat délivré pour un autre site
    .summary = Le certificat de sécurité présenté a été délivré pour un autre nom : rien ne garantit qu’il s’agisse du bon serveur.
    .summary-host = Le certificat de sécurité présenté par { $host } a été délivré pour un autre nom : rien ne garantit qu’il s’agisse bien de ce serveur.
# 12044 — « émetteurs » : autorités ayant émis les certificats acceptés par le serveur.
# Certificat client = « certificat personnel » pour l’utilisateur final.
error-winhttp-client-auth-cert-needed = Le serveur demande une authentification du client SSL (signalée par WinHttpReceiveResponse). Obtenez les émetteurs acceptés avec WinHttpQueryOption et WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST ; si le certificat est demandé sans être exigé, appelez WinHttpSetOption avec WINHTTP_OPTION_CLIENT_CERT_CONTEXT et WINHTTP_NO_CLIENT_CERT_CONTEXT dans lpBuffer.
    .title = Certificat personnel exigé par le serveur
    .summary = Le serveur exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
    .summary-host = Le serveur { $host } exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
# 12045 — « fournisseur d’approbation » : trust provider.
error-winhttp-secure-invalid-ca = Une chaîne de certificats a été traitée, mais elle se termine par un certificat racine auquel le fournisseur d’approbation ne fait pas confiance (équivaut à CERT_E_UNTRUSTEDROOT).
    .title = Autorité de certification non reconnue
    .summary = Le certificat de sécurité du serveur a été délivré par une autorité à laquelle cet ordinateur ne fait pas confiance.
    .summary-host = Le certificat de sécurité du serveur { $host } a été délivré par une autorité à laquelle cet ordinateur ne fait pas confiance.
# 12057 — « révocation » : vérification qu’un certificat n’a pas été révoqué.
error-winhttp-secure-cert-rev-failed = La révocation du certificat n’a pas pu être vérifiée, car le serveur de révocation était hors ligne (équivaut à CRYPT_E_REVOCATION_OFFLINE).
    .title = Vérification du certificat impossible
    .summary = Cet ordinateur n’a pas pu vérifier si le certificat de sécurité du serveur a été révoqué, car le serveur qui publie les certificats révoqués est injoignable.
    .summary-host = Cet ordinateur n’a pas pu vérifier si le certificat de sécurité de { $host } a été révoqué, car le serveur qui publie les certificats révoqués est injoignable.
# 12100 — WinHttpRequest, Open et Send sont des noms d’objet et de méthodes COM.
# 12100 à 12103 : utilisation incorrecte par l’application, problème interne.
error-winhttp-cannot-call-before-open = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Open.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté une opération avant d’avoir préparé sa demande.
    .summary-host = L’application a rencontré un problème interne : elle a tenté une opération avant d’avoir préparé sa demande à { $host }.
# 12101
error-winhttp-cannot-call-before-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée avant l’appel de la méthode Send.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté une opération avant d’avoir envoyé sa demande.
    .summary-host = L’application a rencontré un problème interne : elle a tenté une opération avant d’avoir envoyé sa demande à { $host }.
# 12102
error-winhttp-cannot-call-after-send = L’objet WinHttpRequest ne peut pas effectuer l’opération demandée après l’appel de la méthode Send.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté une opération qui n’est plus possible une fois la demande envoyée.
    .summary-host = L’application a rencontré un problème interne : elle a tenté une opération qui n’est plus possible une fois la demande envoyée à { $host }.
# 12103
error-winhttp-cannot-call-after-open = L’objet WinHttpRequest ne peut pas demander l’option spécifiée après l’appel de la méthode Open.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a tenté de modifier un réglage de sa demande alors qu’il était trop tard.
    .summary-host = L’application a rencontré un problème interne : elle a tenté de modifier un réglage de sa demande à { $host } alors qu’il était trop tard.
# 12150 — « information » : un en-tête de la réponse.
error-winhttp-header-not-found = L’en-tête demandé est introuvable.
    .title = Information manquante dans la réponse
    .summary = Il manque dans la réponse du serveur une information attendue par l’application.
    .summary-host = Il manque dans la réponse du serveur { $host } une information attendue par l’application.
# 12152
error-winhttp-invalid-server-response = La réponse du serveur n’a pas pu être analysée.
    .title = Réponse du serveur incompréhensible
    .summary = La réponse envoyée par le serveur n’a pas pu être interprétée.
    .summary-host = La réponse envoyée par { $host } n’a pas pu être interprétée.
# 12153 — c’est l’application qui a construit la demande, pas l’utilisateur.
error-winhttp-invalid-header = L’en-tête HTTP fourni n’est pas valide, par exemple parce qu’il est mal formé.
    .title = Demande mal formée
    .summary = La demande préparée par l’application est mal formée et n’a pas pu être envoyée.
    .summary-host = La demande préparée par l’application pour { $host } est mal formée et n’a pas pu être envoyée.
# 12154 — « demande d’interrogation » (query) pour ne pas la confondre avec la requête HTTP.
# Code obsolète : problème interne de l’application.
error-winhttp-invalid-query-request = Une demande d’interrogation d’en-tête n’était pas valide (obsolète ; ce code n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a signalé une erreur que le système n’utilise plus.
    .summary-host = L’application a rencontré un problème interne pendant l’échange avec { $host } : elle a signalé une erreur que le système n’utilise plus.
# 12155 — code obsolète : problème interne de l’application.
error-winhttp-header-already-exists = L’en-tête n’a pas pu être ajouté, car il existe déjà (obsolète ; ce code n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a signalé une erreur que le système n’utilise plus.
    .summary-host = L’application a rencontré un problème interne pendant l’échange avec { $host } : elle a signalé une erreur que le système n’utilise plus.
# 12156
error-winhttp-redirect-failed = La redirection a échoué, car le schéma a changé ou toutes les tentatives de redirection ont échoué (cinq par défaut).
    .title = Échec de la redirection
    .summary = Le serveur a redirigé la demande vers une autre adresse, mais cette redirection n’a pas pu être suivie.
    .summary-host = Le serveur { $host } a redirigé la demande vers une autre adresse, mais cette redirection n’a pas pu être suivie.
# 12157
error-winhttp-secure-channel-error = Une erreur s’est produite sur le canal sécurisé (équivaut aux codes d’erreur SEC_E_ et SEC_I_ définis dans winerror.h).
    .title = Erreur de connexion sécurisée
    .summary = Une erreur s’est produite lors de l’établissement de la connexion sécurisée avec le serveur.
    .summary-host = Une erreur s’est produite lors de l’établissement de la connexion sécurisée avec { $host }.
# 12166 — PAC (Proxy Auto-Configuration) : « script de configuration automatique du proxy »,
# comme dans les paramètres de proxy de Windows.
error-winhttp-bad-auto-proxy-script = Une erreur s’est produite lors de l’exécution du code de script du fichier de configuration automatique du proxy (PAC).
    .title = Configuration automatique du proxy erronée
    .summary = Le script de configuration automatique du proxy de ce réseau contient une erreur.
    .summary-host = Le script de configuration automatique du proxy utilisé pour joindre { $host } contient une erreur.
# 12167 — « 404 Not Found » est le libellé du statut HTTP, laissé en anglais.
error-winhttp-unable-to-download-script = Le fichier PAC n’a pas pu être téléchargé, par exemple parce que le serveur désigné par l’URL du fichier PAC était inaccessible ou a renvoyé 404 Not Found.
    .title = Configuration du proxy inaccessible
    .summary = Le script de configuration automatique du proxy n’a pas pu être téléchargé.
    .summary-host = Le script de configuration automatique du proxy, nécessaire pour joindre { $host }, n’a pas pu être téléchargé.
# 12169
error-winhttp-secure-invalid-cert = Un certificat n’est pas valide (équivaut à des erreurs telles que CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED et CERT_E_CHAINING).
    .title = Certificat de sécurité non valide
    .summary = Le certificat de sécurité présenté par le serveur n’est pas valide : la connexion sécurisée n’a pas été établie.
    .summary-host = Le certificat de sécurité présenté par { $host } n’est pas valide : la connexion sécurisée n’a pas été établie.
# 12170
error-winhttp-secure-cert-revoked = Un certificat a été révoqué (équivaut à CRYPT_E_REVOKED).
    .title = Certificat révoqué
    .summary = Le certificat de sécurité du serveur a été révoqué par l’autorité qui l’avait délivré : il n’est plus digne de confiance.
    .summary-host = Le certificat de sécurité du serveur { $host } a été révoqué par l’autorité qui l’avait délivré : il n’est plus digne de confiance.
# 12172 — code obsolète : problème interne de l’application.
error-winhttp-not-initialized = WinHTTP n’a pas été initialisé (obsolète ; ce code n’est plus utilisé).
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a signalé une erreur que le système n’utilise plus.
    .summary-host = L’application a rencontré un problème interne pendant l’échange avec { $host } : elle a signalé une erreur que le système n’utilise plus.
# 12175 — « fonction de rappel d’état » : status callback.
# Les raisons précises, quand elles sont connues, s’affichent en liste sous le
# résumé (messages cert-flag-*, plus bas) : le résumé reste général.
error-winhttp-secure-failure = Une ou plusieurs erreurs ont été détectées dans le certificat SSL (Secure Sockets Layer) envoyé par le serveur. Pour connaître leur nature, recherchez une notification WINHTTP_CALLBACK_STATUS_SECURE_FAILURE dans une fonction de rappel d’état (voir WINHTTP_STATUS_CALLBACK).
    .title = Échec de la connexion sécurisée
    .summary = Le certificat de sécurité présenté par le serveur comporte une ou plusieurs erreurs : la connexion sécurisée n’a pas été établie.
    .summary-host = Le certificat de sécurité présenté par { $host } comporte une ou plusieurs erreurs : la connexion sécurisée n’a pas été établie.
# 12176
error-winhttp-unhandled-script-type = Ce type de script n’est pas pris en charge.
    .title = Configuration automatique du proxy non prise en charge
    .summary = Le script de configuration automatique du proxy est d’un type non pris en charge.
    .summary-host = Le script de configuration automatique du proxy, nécessaire pour joindre { $host }, est d’un type non pris en charge.
# 12177
error-winhttp-script-execution-error = Une erreur s’est produite lors de l’exécution d’un script.
    .title = Échec de la configuration automatique du proxy
    .summary = La configuration automatique du proxy a échoué : une erreur s’est produite pendant l’exécution de son script de configuration.
    .summary-host = La configuration automatique du proxy, nécessaire pour joindre { $host }, a échoué : une erreur s’est produite pendant son exécution.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl n’a trouvé aucun proxy pour l’URL spécifiée.
    .title = Aucun proxy trouvé
    .summary = La configuration automatique n’a trouvé aucun proxy à utiliser pour cette adresse.
    .summary-host = La configuration automatique n’a trouvé aucun proxy à utiliser pour joindre { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificat n’est pas valide pour l’usage demandé (équivaut à CERT_E_WRONG_USAGE).
    .title = Certificat non prévu pour cet usage
    .summary = Le certificat de sécurité du serveur n’est pas prévu pour cet usage : la connexion sécurisée n’a pas été établie.
    .summary-host = Le certificat de sécurité du serveur { $host } n’est pas prévu pour cet usage : la connexion sécurisée n’a pas été établie.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl n’a pas pu découvrir l’URL du fichier de configuration automatique du proxy (PAC).
    .title = Détection automatique du proxy impossible
    .summary = La détection automatique n’a trouvé aucune configuration de proxy sur ce réseau.
    .summary-host = La détection automatique n’a trouvé aucune configuration de proxy sur ce réseau pour joindre { $host }.
# 12181 — « informations techniques » : les en-têtes de la réponse.
error-winhttp-header-count-exceeded = WinHttpReceiveResponse a reçu une réponse comportant plus d’en-têtes que WinHTTP ne peut en accepter.
    .title = Réponse du serveur refusée
    .summary = La réponse du serveur comporte plus d’informations techniques que le système ne peut en accepter.
    .summary-host = La réponse du serveur { $host } comporte plus d’informations techniques que le système ne peut en accepter.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse a reçu des en-têtes dont la taille totale dépasse la limite fixée pour le handle de requête.
    .title = Réponse du serveur trop volumineuse
    .summary = Les informations techniques jointes à la réponse du serveur dépassent la taille autorisée.
    .summary-host = Les informations techniques jointes à la réponse du serveur { $host } dépassent la taille autorisée.
# 12183 — chunked transfer encoding = « encodage par blocs (chunked) » ;
# chunk header = « en-tête de bloc ». Pour l’utilisateur final : « morceaux ».
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse a rencontré un dépassement de capacité lors de l’analyse de l’encodage par blocs (chunked) de la réponse : un en-tête de bloc dépasse la taille autorisée.
    .title = Réponse du serveur illisible
    .summary = La réponse du serveur, transmise en plusieurs morceaux, n’a pas pu être lue : l’un d’eux dépasse la taille autorisée.
    .summary-host = La réponse du serveur { $host }, transmise en plusieurs morceaux, n’a pas pu être lue : l’un d’eux dépasse la taille autorisée.
# 12184 — drain : lecture de la réponse restante pour la vider.
error-winhttp-response-drain-overflow = Une réponse entrante a dépassé une limite de taille interne de WinHTTP.
    .title = Réponse du serveur trop longue
    .summary = La réponse du serveur dépasse la taille maximale que le système peut traiter.
    .summary-host = La réponse du serveur { $host } dépasse la taille maximale que le système peut traiter.
# 12185
error-winhttp-client-cert-no-private-key = Aucune clé privée n’est associée au contexte du certificat client SSL ; le certificat a peut-être été importé sur l’ordinateur sans sa clé privée.
    .title = Certificat personnel incomplet
    .summary = Le certificat choisi pour vous identifier est incomplet : sa clé privée est absente de cet ordinateur. Elle a peut-être été omise lors de l’installation du certificat.
    .summary-host = Le certificat choisi pour vous identifier auprès de { $host } est incomplet : sa clé privée est absente de cet ordinateur. Elle a peut-être été omise lors de l’installation du certificat.
# 12186
error-winhttp-client-cert-no-access-private-key = L’application ne dispose pas des privilèges nécessaires pour accéder à la clé privée associée au certificat client.
    .title = Accès au certificat personnel refusé
    .summary = L’application n’est pas autorisée à utiliser la clé privée du certificat choisi pour vous identifier.
    .summary-host = L’application n’est pas autorisée à utiliser la clé privée du certificat choisi pour vous identifier auprès du serveur { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Le serveur proxy exige une authentification par certificat client SSL/TLS ; un certificat client doit être fourni pour la connexion au proxy.
    .title = Certificat personnel exigé par le proxy
    .summary = Le serveur proxy exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser la connexion.
    .summary-host = Le serveur proxy exige un certificat qui vous identifie, vous ou votre ordinateur, avant d’autoriser une connexion à { $host }.
# 12188
error-winhttp-secure-failure-proxy = Une erreur SSL/TLS s’est produite sur la connexion sécurisée au serveur proxy, par exemple un problème dans le certificat qu’il a envoyé.
    .title = Échec de la connexion sécurisée au proxy
    .summary = La connexion sécurisée avec le serveur proxy n’a pas pu être établie, peut-être à cause d’un problème de certificat.
    .summary-host = La connexion sécurisée avec le serveur proxy utilisé pour joindre { $host } n’a pas pu être établie, peut-être à cause d’un problème de certificat.
# 12189 — code réservé : problème interne de l’application.
error-winhttp-reserved-189 = Code réservé ; il n’est pas utilisé.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : elle a signalé une erreur réservée, qui ne devrait jamais apparaître.
    .summary-host = L’application a rencontré un problème interne pendant l’échange avec { $host } : elle a signalé une erreur réservée.
# 12190
error-winhttp-http-protocol-mismatch = La version du protocole HTTP utilisée par le serveur ne correspond pas à celle demandée ou exigée, par exemple lorsque HTTP/2 ou HTTP/3 est requis mais n’a pas pu être négocié.
    .title = Version de protocole incompatible
    .summary = Le serveur n’utilise pas la version du protocole web demandée par l’application.
    .summary-host = Le serveur { $host } n’utilise pas la version du protocole web demandée par l’application.
# 12191 — callback = « fonction de rappel ». Pour l’utilisateur final,
# problème interne de l’application (ni « rappel » ni « callback »).
error-winhttp-global-callback-failed = Une fonction de rappel globale enregistrée auprès de WinHTTP a échoué.
    .title = Erreur interne de l’application
    .summary = L’application a rencontré un problème interne : l’un de ses composants a échoué pendant le traitement de la demande.
    .summary-host = L’application a rencontré un problème interne : l’un de ses composants a échoué pendant le traitement de la demande envoyée à { $host }.
# 12192
error-winhttp-feature-disabled = La fonctionnalité WinHTTP demandée est désactivée et ne peut pas être utilisée.
    .title = Fonctionnalité désactivée
    .summary = Une fonctionnalité de connexion nécessaire à l’application est désactivée sur cet ordinateur.
    .summary-host = Une fonctionnalité de connexion nécessaire pour joindre { $host } est désactivée sur cet ordinateur.
# 12193 — fast forwarding = « transfert rapide » ; le terme anglais est rappelé entre parenthèses.
error-winhttp-fast-forwarding-not-supported = Le transfert rapide (fast forwarding) n’est pas pris en charge pour cette requête ou cette connexion.
    .title = Fonctionnalité non prise en charge
    .summary = Une fonctionnalité demandée par l’application n’est pas prise en charge pour cette connexion.
    .summary-host = Une fonctionnalité de connexion demandée par l’application n’est pas prise en charge pour l’échange avec { $host }.

## Conseils : ce que l’utilisateur peut essayer, affichés en liste sous le résumé.
## Chacun est une phrase complète à l’impératif (vouvoiement), terminée par un
## point, de 100 caractères au plus.
hint-check-connection = Vérifiez votre connexion réseau.
hint-try-again-later = Réessayez dans quelques instants.
hint-check-address = Vérifiez que l’adresse ne comporte pas de faute de frappe.
hint-check-proxy = Vérifiez vos paramètres de proxy ou adressez-vous à votre administrateur réseau.
hint-check-firewall = Vérifiez qu’aucun pare-feu ni logiciel de sécurité ne bloque cette application.
hint-check-date-time = Vérifiez que la date, l’heure et le fuseau horaire de votre ordinateur sont exacts.
hint-update-system = Installez les dernières mises à jour de votre système d’exploitation.
hint-contact-site-owner = Si le problème persiste, contactez le responsable du site ou du serveur.
hint-contact-support = Contactez l’assistance technique de cette application.
hint-update-app = Vérifiez si une version plus récente de cette application est disponible.
hint-restart-app = Fermez cette application, puis relancez-la.
hint-restart-computer = Redémarrez votre ordinateur.
hint-free-memory = Fermez d’autres programmes pour libérer de la mémoire, puis réessayez.
hint-check-credentials = Vérifiez votre nom d’utilisateur et votre mot de passe.
hint-check-client-certificate = Vérifiez que le certificat demandé est bien installé, ou adressez-vous à votre administrateur.

## Problèmes de certificat : une ligne chacun, affichés en liste quand une
## connexion sécurisée a échoué. Une phrase complète terminée par un point,
## de 120 caractères au plus. Ne jamais suggérer de passer outre.
cert-flag-rev-failed = Il n’a pas été possible de vérifier si le certificat a été révoqué.
cert-flag-invalid-cert = Le certificat n’est pas valide.
cert-flag-cert-revoked = Le certificat a été révoqué par l’autorité qui l’avait délivré.
cert-flag-invalid-ca = Le certificat a été délivré par une autorité à laquelle cet ordinateur ne fait pas confiance.
cert-flag-cert-cn-invalid = Le certificat a été délivré pour un autre nom de site.
cert-flag-cert-date-invalid = Le certificat a expiré ou n’est pas encore valide.
cert-flag-cert-wrong-usage = Le certificat n’est pas prévu pour cet usage.
cert-flag-security-channel-error = Une erreur s’est produite lors de l’établissement de la connexion sécurisée.
# $flags (String) : les indicateurs restants en hexadécimal, par exemple 0x00000100.
cert-flag-unknown = Le certificat présente un ou plusieurs problèmes qui n’ont pas pu être identifiés ({ $flags }).

## Codes inconnus de la bibliothèque.
# $code (String) : le code en décimal, par exemple 12345 ; $hex (String) : le même
# en hexadécimal, 0x00003039 ; $host (String) : le nom du serveur.
# Mêmes règles que les résumés des codes connus (200 caractères au plus).
unknown-code =
    .summary = Un problème inattendu s’est produit lors de la connexion (erreur { $code }, { $hex }).
    .summary-host = Un problème inattendu s’est produit lors de la connexion à { $host } (erreur { $code }, { $hex }).

## Messages composés

# $description (String) : la description du code ; $name (String) : son nom symbolique ; $code (String) : le code en décimal.
report-line = { $description } ({ $name }, { $code })
# $code (String) : le code en décimal ; $hex (String) : le même code en hexadécimal, par exemple 0x80072EE2.
unknown-error = Erreur WinHTTP inconnue : { $code } ({ $hex }).
