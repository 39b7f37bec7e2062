### Descripciones de los códigos de error de WinHTTP (es-MX, español de México y Latinoamérica).
### Un mensaje por código de error, en orden numérico. El identificador de cada
### mensaje es el nombre simbólico de la constante en minúsculas, con “_”
### reemplazado por “-”. No cambie los identificadores ni el orden.
### El valor de cada mensaje es la descripción técnica, para desarrolladores: una
### sola línea y sin marcadores de posición, porque se muestra tal cual en
### cuadros de diálogo y registros. Los nombres de funciones, métodos, opciones,
### macros y constantes de la API (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…)
### son identificadores y nunca se traducen ni se modifican.
###
### Textos para el usuario final. Además de la descripción, cada código tiene
### tres atributos escritos para una persona que no es programadora:
###   .title         Encabezado del cuadro de diálogo (instrucción principal):
###                  qué falló, 60 caracteres como máximo, mayúscula solo al
###                  inicio, sin punto final.
###   .summary       Texto bajo el encabezado: una o dos oraciones sencillas
###                  que dicen qué pasó, 200 caracteres como máximo, con punto
###                  final. Debe entenderse sin ningún nombre de servidor.
###   .summary-host  El mismo resumen con el nombre del servidor: { $host }
###                  aparece exactamente una vez; 200 caracteres como máximo
###                  cuando $host es “example.com”.
### $host es el nombre del servidor tal como lo conoce la aplicación, por ejemplo
### “example.com”, “intranet.corp.local” o una dirección IP como 192.0.2.10.
### Nunca está vacío: si no hay nombre, se muestra .summary. Se escribe
### “el servidor { $host }” o “a { $host }”, sin artículo pegado al nombre.
### Las sugerencias (hint-*) se muestran como lista bajo el resumen: una oración
### imperativa con punto final, 100 caracteres como máximo. Las líneas de
### certificado (cert-flag-*), 120 como máximo. El catálogo (src/catalog.rs)
### decide qué sugerencias recibe cada código, igual en todos los idiomas, así
### que el resumen dice qué pasó y no repite las sugerencias.
### En estos textos no puede aparecer ningún identificador de la API (constante,
### función, método u opción), ni “_”, ni “WinHTTP”/“WinHttp”, ni “handle”, ni
### “callback”, ni “PAC”, ni “{” salvo las variables documentadas. Se prefieren
### palabras de todos los días (“conexión segura” y no TLS/SSL; “script de
### configuración del proxy” y no archivo PAC, como en la configuración de proxy
### de Windows).
### Si la propia aplicación usó mal la biblioteca (códigos obsoletos, reservados
### y de uso incorrecto), se dice claramente que esta aplicación tuvo un problema
### interno; nunca se culpa al usuario. Los errores de seguridad nunca sugieren
### omitir la comprobación, ignorarla ni continuar de todos modos.
###
### VARIANTE: español de México y Latinoamérica, como lo escribe Windows es-MX.
### Trato de usted (“su computadora”, “verifique”), nunca vosotros; plural
### “ustedes”. Pretérito simple en los textos para el usuario (“se produjo”,
### “no se encontró”, “tuvo un problema”), no el pretérito perfecto de es-ES
### (“se ha producido”). Vocabulario latinoamericano: computadora (no
### ordenador ni equipo), archivo (no fichero), comunicarse con (no ponerse en
### contacto), revisar/verificar (no comprobar, salvo “comprobar si un
### certificado fue revocado”, término técnico).
###
### GLOSARIO (terminología de Microsoft para Windows en español de México):
###   computer = “computadora”; network = “red”; server = “servidor”.
###   request = “solicitud”; response = “respuesta”; header = “encabezado”.
###   proxy = “servidor proxy” / “proxy”, como en la configuración de Windows.
###   proxy setup script (PAC) = “script de configuración del proxy” para el
###     usuario; “archivo PAC” solo en las descripciones.
###   certificate = “certificado”; del servidor, “certificado de seguridad”; el
###     propio, “el certificado que lo identifica”; untrusted = “no confiable”.
###     Con el trato de usted, “su” se lee como “de usted” (“su certificado”,
###     “su computadora”): si lo que es del servidor, del proxy o de la
###     aplicación puede confundirse con lo del usuario, nómbrelo (“el
###     certificado del proxy”, “la conexión a { $host }”). revoke = “revocar”;
###     certification authority = “entidad que lo emitió”; private key = “clave
###     privada”.
###   secure connection = “conexión segura”; secure channel = “canal seguro”.
###   firewall = “firewall”; antivirus program = “programa antivirus”.
###   redirect = “redireccionar”; redirection = “redirección”.
###   sign in = “iniciar sesión”; sign-in details = “datos de inicio de sesión”;
###     user name = “nombre de usuario”; password = “contraseña”.
###   timeout = “tiempo de espera” (“se agotó el tiempo de espera”).
###   download = “descargar”; web address = “dirección web”; feature =
###     “característica”; turned off = “desactivado”.
###   handle = “identificador” (solo en descripciones); callback = “función de
###     devolución de llamada” (solo en descripciones).
###   Winsock (solo en descripciones): socket = “socket”; host = “host”; name
###     server = “servidor de nombres”; route = “ruta”; keep-alive =
###     “mantenimiento de la conexión (keep-alive)”. Para el usuario: “red
###     inaccesible”, “conexión rechazada”, “servidor inaccesible”, “buscar el
###     nombre”.
### TIPOGRAFÍA: comillas “ ” (y ‘ ’ dentro de ellas), como se usa en México; sin
### espacio antes de “:”, minúscula después. Signos de apertura ¿ ¡. Puntos
### suspensivos “…”. El apóstrofo tipográfico ’ si alguna vez hace falta.

## Errores genéricos de Windows (winerror.h) que WinHTTP también devuelve

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = El sistema no encuentra el archivo especificado: no existe una configuración, un archivo o un valor del Registro que la función buscaba.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: no se encontró una configuración o un archivo que necesitaba.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host }: no se encontró una configuración o un archivo que necesitaba.
# 6
error-invalid-handle = El identificador que se pasó a la API ya no es válido o se cerró.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó usar una conexión que ya se había cerrado.
    .summary-host = Esta aplicación tuvo un problema interno: intentó usar una conexión a { $host } que ya se había cerrado.
# 8
error-not-enough-memory = No hay suficiente memoria disponible para completar la operación solicitada.
    .title = Memoria insuficiente
    .summary = Su computadora se quedó sin memoria disponible antes de que se pudiera completar la solicitud.
    .summary-host = Su computadora se quedó sin memoria disponible antes de que se pudiera completar la solicitud a { $host }.
# 18
error-no-more-files = No se encontraron más archivos.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno al leer los resultados de una solicitud.
    .summary-host = Esta aplicación tuvo un problema interno al leer los resultados de una solicitud a { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = La pila de protocolos necesaria no está cargada y la aplicación no puede iniciar Winsock.
    .title = La red no está disponible
    .summary = No se pudieron iniciar en esta computadora los componentes de red que necesita esta aplicación.
    .summary-host = No se pudieron iniciar en esta computadora los componentes de red necesarios para conectarse a { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = El parámetro no es correcto: uno de los argumentos que se pasaron a la función no es válido (por ejemplo, un puntero NULL, un tamaño de estructura incorrecto o marcas incompatibles).
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: le pasó al componente de red información que no es válida.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host }: le pasó al componente de red información que no es válida.
# 122
error-insufficient-buffer = El búfer proporcionado a la función es demasiado pequeño para contener los datos devueltos. Consulte la documentación de la función correspondiente para ver los detalles.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: no reservó suficiente espacio para los datos que recibió.
    .summary-host = Esta aplicación tuvo un problema interno: no reservó suficiente espacio para los datos que recibió de { $host }.
# 259
error-no-more-items = No hay más elementos.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno al leer una lista de resultados.
    .summary-host = Esta aplicación tuvo un problema interno al leer una lista de resultados de { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Hay una operación de E/S superpuesta en curso: la función continúa de forma asincrónica e informa su resultado mediante la función de devolución de llamada de estado.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: trató como error una solicitud que todavía estaba en curso.
    .summary-host = Esta aplicación tuvo un problema interno: trató como error una solicitud a { $host } que todavía estaba en curso.
# 1168
error-not-found = No se encontró el elemento: lo que se le pidió a la función (por ejemplo, un resultado de proxy, una entrada o una configuración guardada) no existe.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: pidió un elemento que no existe.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host }: pidió un elemento que no existe.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = La operación no es válida en el estado actual del objeto; por ejemplo, enviar datos por un WebSocket que se está cerrando o recibir mientras hay otra recepción pendiente.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó usar una conexión de una forma que su estado actual no permite.
    .summary-host = Esta aplicación tuvo un problema interno: intentó usar la conexión a { $host } de una forma que su estado actual no permite.

## Errores de Winsock (winsock2.h) que una implementación de WinHTTP deja pasar
## (la winhttp.dll de Wine lo hace; la de Windows convierte la mayoría en un código 12xxx).
## Para el usuario significan lo mismo que su equivalente de WinHTTP; la
## descripción dice qué código es.

# 10050
wsaenetdown = Falló el subsistema de red (WSAENETDOWN): la pila de red o el adaptador de esta computadora no funciona.
    .title = La red no funciona
    .summary = La red de esta computadora no funciona, por lo que no se pudo llegar al servidor.
    .summary-host = La red de esta computadora no funciona, por lo que no se pudo llegar a { $host }.
# 10051
wsaenetunreach = No se puede acceder a la red (WSAENETUNREACH): esta computadora no tiene ninguna ruta hacia la red del servidor.
    .title = Red inaccesible
    .summary = Esta computadora no tiene ninguna ruta hacia la red del servidor, por lo que no se pudo llegar a él.
    .summary-host = Esta computadora no tiene ninguna ruta hacia la red de { $host }, por lo que no se pudo llegar al servidor.
# 10052
wsaenetreset = La conexión se interrumpió porque la actividad de mantenimiento de la conexión (keep-alive) detectó un error mientras la operación estaba en curso (WSAENETRESET).
    .title = Conexión interrumpida
    .summary = Se perdió la conexión con el servidor porque la red dejó de responder.
    .summary-host = Se perdió la conexión con { $host } porque la red dejó de responder.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = El software de esta computadora anuló una conexión establecida (WSAECONNABORTED); por ejemplo, después de que se agotara el tiempo de espera de una transmisión de datos o por acción de un firewall.
    .title = Conexión interrumpida
    .summary = Esta computadora terminó la conexión con el servidor; es posible que haya sido un firewall o un programa de seguridad.
    .summary-host = Esta computadora terminó la conexión con { $host }; es posible que haya sido un firewall o un programa de seguridad.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = El host remoto forzó el cierre de una conexión existente (WSAECONNRESET).
    .title = Conexión interrumpida
    .summary = El servidor cerró la conexión de forma inesperada.
    .summary-host = El servidor { $host } cerró la conexión de forma inesperada.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Se agotó el tiempo de espera del intento de conexión o de la transferencia porque el otro extremo no respondió a tiempo (WSAETIMEDOUT).
    .title = Se agotó el tiempo de espera de la conexión
    .summary = El servidor tardó demasiado en responder.
    .summary-host = El servidor { $host } tardó demasiado en responder.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = No se pudo establecer la conexión porque la computadora de destino la rechazó expresamente (WSAECONNREFUSED): nada escucha en ese puerto.
    .title = Conexión rechazada
    .summary = El servidor rechazó la conexión. Es posible que no esté funcionando o que no acepte conexiones.
    .summary-host = El servidor { $host } rechazó la conexión. Es posible que no esté funcionando o que no acepte conexiones.
# 10064
wsaehostdown = Una operación de socket falló porque el host de destino no está activo (WSAEHOSTDOWN).
    .title = El servidor no responde
    .summary = Parece que el servidor está apagado o desconectado de la red.
    .summary-host = Parece que el servidor { $host } está apagado o desconectado de la red.
# 10065
wsaehostunreach = Se intentó una operación de socket en un host inaccesible (WSAEHOSTUNREACH): no se encontró ninguna ruta hacia el servidor.
    .title = Servidor inaccesible
    .summary = No se encontró ningún camino desde esta computadora hasta el servidor.
    .summary-host = No se encontró ningún camino desde esta computadora hasta { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Host desconocido (WSAHOST_NOT_FOUND): el servidor de nombres no tiene ninguna dirección para este nombre.
    .title = No se encontró el servidor
    .summary = No se encontró el servidor en la red.
    .summary-host = No se encontró en la red ningún servidor llamado { $host }.
# 11002
wsatry-again = El servidor de nombres no dio una respuesta autoritativa y la búsqueda podría funcionar más tarde (WSATRY_AGAIN): suele ser un error temporal del servidor de nombres.
    .title = No se pudo buscar el nombre del servidor
    .summary = En este momento no se pudo buscar el nombre del servidor. Por lo general, es un problema temporal.
    .summary-host = En este momento no se pudo buscar el nombre { $host }. Por lo general, es un problema temporal.

## Errores propios de WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = No se pudieron generar más identificadores (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno y notificó un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host } y notificó un error que los sistemas actuales ya no usan.
# 12002
error-winhttp-timeout = Se agotó el tiempo de espera de la solicitud. Esto también puede deberse al comportamiento de tiempo de espera de TCP/IP, independientemente de los valores de tiempo de espera establecidos en WinHTTP.
    .title = Se agotó el tiempo de espera de la conexión
    .summary = El servidor tardó demasiado en responder.
    .summary-host = El servidor { $host } tardó demasiado en responder.
# 12004
error-winhttp-internal-error = Se produjo un error interno en WinHTTP.
    .title = Error interno inesperado
    .summary = Un problema interno inesperado detuvo la solicitud.
    .summary-host = Un problema interno inesperado detuvo la solicitud a { $host }.
# 12005
error-winhttp-invalid-url = La dirección URL no es válida.
    .title = Dirección web no válida
    .summary = La dirección web no es válida, por lo que no se pudo enviar la solicitud.
    .summary-host = La dirección web que se usó para llegar a { $host } no es válida, por lo que no se pudo enviar la solicitud.
# 12006
error-winhttp-unrecognized-scheme = La dirección URL especifica un esquema distinto de http: o https:.
    .title = Dirección web no admitida
    .summary = No se admite este tipo de dirección. Solo se pueden abrir direcciones que empiecen con http:// o https://.
    .summary-host = La dirección que se usó para llegar a { $host } es de un tipo no admitido. Solo se pueden abrir direcciones que empiecen con http:// o https://.
# 12007
error-winhttp-name-not-resolved = No se pudo resolver el nombre del servidor.
    .title = No se encontró el servidor
    .summary = No se encontró el servidor en la red.
    .summary-host = No se encontró en la red ningún servidor llamado { $host }.
# 12009
error-winhttp-invalid-option = Una llamada a WinHttpQueryOption o WinHttpSetOption especificó un valor de opción no válido.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: usó una configuración de conexión que no es válida.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host }: usó una configuración de conexión que no es válida.
# 12011
error-winhttp-option-not-settable = No se puede establecer la opción solicitada; solo se puede consultar.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó cambiar una configuración de conexión que solo se puede leer.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host }: intentó cambiar una configuración de conexión que solo se puede leer.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = Se está cerrando o descargando la compatibilidad con las funciones de WinHTTP.
    .title = Se está cerrando el acceso a la red
    .summary = La solicitud se detuvo porque se está cerrando el acceso a la red; por ejemplo, porque esta aplicación se está cerrando.
    .summary-host = La solicitud a { $host } se detuvo porque se está cerrando el acceso a la red; por ejemplo, porque esta aplicación se está cerrando.
# 12015
error-winhttp-login-failure = No se pudo iniciar sesión. Cierre el identificador de la solicitud con WinHttpCloseHandle y cree uno nuevo antes de volver a intentar la función que falló.
    .title = No se pudo iniciar sesión
    .summary = El servidor no aceptó los datos de inicio de sesión.
    .summary-host = El servidor { $host } no aceptó los datos de inicio de sesión.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Se canceló la operación, normalmente porque el identificador con el que trabajaba la solicitud se cerró antes de que terminara la operación.
    .title = Solicitud cancelada
    .summary = La solicitud se canceló antes de que pudiera terminar.
    .summary-host = La solicitud a { $host } se canceló antes de que pudiera terminar.
# 12018
error-winhttp-incorrect-handle-type = El tipo de identificador proporcionado no es correcto para esta operación.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno y no pudo completar la solicitud.
    .summary-host = Esta aplicación tuvo un problema interno y no pudo completar la solicitud a { $host }.
# 12019
error-winhttp-incorrect-handle-state = No se puede realizar la operación solicitada porque el identificador proporcionado no está en el estado correcto.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: siguió los pasos de la solicitud en el orden equivocado.
    .summary-host = Esta aplicación tuvo un problema interno: siguió los pasos de la solicitud a { $host } en el orden equivocado.
# 12029
error-winhttp-cannot-connect = No se pudo establecer la conexión con el servidor.
    .title = No se puede conectar
    .summary = Esta aplicación no pudo conectarse al servidor.
    .summary-host = Esta aplicación no pudo conectarse al servidor { $host }.
# 12030
error-winhttp-connection-error = La conexión con el servidor se restableció o se terminó, o se encontró un protocolo SSL incompatible (por ejemplo, WinHTTP 5.1 no admite SSL 2.0 a menos que el cliente lo habilite expresamente).
    .title = Conexión interrumpida
    .summary = La conexión con el servidor se interrumpió o se cerró de forma inesperada.
    .summary-host = La conexión con el servidor { $host } se interrumpió o se cerró de forma inesperada.
# 12032
error-winhttp-resend-request = La función de WinHTTP falló, pero se puede volver a intentar con el mismo identificador de solicitud.
    .title = La solicitud no se completó
    .summary = No se pudo completar la solicitud en este intento.
    .summary-host = No se pudo completar la solicitud a { $host } en este intento.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificado necesario no está dentro de su período de validez según el reloj del sistema o la marca de tiempo del archivo firmado, o los períodos de validez de la cadena de certificados no están anidados correctamente (equivale a CERT_E_EXPIRED o CERT_E_VALIDITYPERIODNESTING).
    .title = El certificado expiró o aún no es válido
    .summary = Según el reloj de esta computadora, el certificado de seguridad del servidor expiró o todavía no es válido.
    .summary-host = Según el reloj de esta computadora, el certificado de seguridad de { $host } expiró o todavía no es válido.
# 12038
error-winhttp-secure-cert-cn-invalid = El nombre común (CN) del certificado no coincide con el valor proporcionado (equivale a CERT_E_CN_NO_MATCH).
    .title = El certificado es de otro sitio
    .summary = El certificado de seguridad se emitió para otro nombre de sitio, por lo que no se pudo confirmar la identidad del servidor.
    .summary-host = El certificado de seguridad que envió { $host } se emitió para otro nombre, por lo que no se pudo confirmar la identidad del servidor.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = El servidor solicita autenticación de cliente SSL (la notifica WinHttpReceiveResponse). Obtenga los emisores de certificados aceptados con WinHttpQueryOption y WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; si se solicita un certificado pero no es obligatorio, llame a WinHttpSetOption con WINHTTP_OPTION_CLIENT_CERT_CONTEXT y WINHTTP_NO_CLIENT_CERT_CONTEXT en lpBuffer.
    .title = El servidor requiere un certificado
    .summary = El servidor requiere un certificado que lo identifique a usted o a su computadora antes de permitir la conexión.
    .summary-host = El servidor { $host } requiere un certificado que lo identifique a usted o a su computadora antes de permitir la conexión.
# 12045
error-winhttp-secure-invalid-ca = Se procesó una cadena de certificados, pero terminó en un certificado raíz en el que no confía el proveedor de confianza (equivale a CERT_E_UNTRUSTEDROOT).
    .title = Certificado no confiable
    .summary = El certificado de seguridad del servidor lo emitió una entidad en la que esta computadora no confía.
    .summary-host = El certificado de seguridad de { $host } lo emitió una entidad en la que esta computadora no confía.
# 12057
error-winhttp-secure-cert-rev-failed = No se pudo comprobar la revocación del certificado porque el servidor de revocación estaba sin conexión (equivale a CRYPT_E_REVOCATION_OFFLINE).
    .title = No se pudo comprobar el certificado
    .summary = Esta computadora no pudo comprobar si el certificado de seguridad del servidor fue revocado, porque no se pudo llegar al servidor que informa los certificados revocados.
    .summary-host = Esta computadora no pudo comprobar si el certificado de seguridad de { $host } fue revocado, porque no se pudo llegar al servidor que informa los certificados revocados.
# 12100
error-winhttp-cannot-call-before-open = El objeto WinHttpRequest no puede realizar la operación solicitada antes de que se llame al método Open.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó usar una solicitud antes de prepararla.
    .summary-host = Esta aplicación tuvo un problema interno: intentó usar una solicitud a { $host } antes de prepararla.
# 12101
error-winhttp-cannot-call-before-send = El objeto WinHttpRequest no puede realizar la operación solicitada antes de que se llame al método Send.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: pidió una respuesta antes de enviar la solicitud.
    .summary-host = Esta aplicación tuvo un problema interno: pidió la respuesta de { $host } antes de enviar la solicitud.
# 12102
error-winhttp-cannot-call-after-send = El objeto WinHttpRequest no puede realizar la operación solicitada después de que se llamó al método Send.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó modificar una solicitud que ya se había enviado.
    .summary-host = Esta aplicación tuvo un problema interno: intentó modificar una solicitud a { $host } que ya se había enviado.
# 12103
error-winhttp-cannot-call-after-open = El objeto WinHttpRequest no puede solicitar la opción especificada después de que se llamó al método Open.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó cambiar una configuración de la solicitud cuando ya era demasiado tarde.
    .summary-host = Esta aplicación tuvo un problema interno: intentó cambiar una configuración de una solicitud a { $host } cuando ya era demasiado tarde.
# 12150
error-winhttp-header-not-found = No se encontró el encabezado solicitado.
    .title = Falta información en la respuesta
    .summary = La respuesta del servidor no incluía un dato que esta aplicación esperaba.
    .summary-host = La respuesta de { $host } no incluía un dato que esta aplicación esperaba.
# 12152
error-winhttp-invalid-server-response = No se pudo analizar la respuesta del servidor.
    .title = Respuesta no válida del servidor
    .summary = El servidor envió una respuesta que no se pudo entender.
    .summary-host = El servidor { $host } envió una respuesta que no se pudo entender.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = El encabezado HTTP proporcionado no es válido; por ejemplo, porque su formato es incorrecto.
    .title = Solicitud no válida
    .summary = Esta aplicación intentó enviar información en un formato no válido, por lo que no se pudo enviar la solicitud.
    .summary-host = Esta aplicación intentó enviar información a { $host } en un formato no válido, por lo que no se pudo enviar la solicitud.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Una solicitud de consulta de encabezado no era válida (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno y notificó un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host } y notificó un error que los sistemas actuales ya no usan.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = No se pudo agregar el encabezado porque ya existe (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: intentó agregar dos veces la misma información a una solicitud.
    .summary-host = Esta aplicación tuvo un problema interno: intentó agregar dos veces la misma información a una solicitud a { $host }.
# 12156
error-winhttp-redirect-failed = La redirección falló porque cambió el esquema o porque fallaron todos los intentos de redirección (cinco intentos de forma predeterminada).
    .title = Error en la redirección
    .summary = El servidor redireccionó la solicitud a otra dirección, pero no se pudo completar la redirección.
    .summary-host = El servidor { $host } redireccionó la solicitud a otra dirección, pero no se pudo completar la redirección.
# 12157
error-winhttp-secure-channel-error = Se produjo un error en el canal seguro (equivale a los códigos de error SEC_E_ y SEC_I_ definidos en winerror.h).
    .title = No se pudo establecer una conexión segura
    .summary = Se produjo un error al establecer una conexión segura con el servidor.
    .summary-host = Se produjo un error al establecer una conexión segura con { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Se produjo un error al ejecutar el código del script del archivo de configuración automática de proxy (PAC).
    .title = Error en el script de configuración del proxy
    .summary = El script de configuración del proxy de esta red contiene un error.
    .summary-host = El script de configuración del proxy que se usa para llegar a { $host } contiene un error.
# 12167
error-winhttp-unable-to-download-script = No se pudo descargar el archivo PAC; por ejemplo, porque no se pudo llegar al servidor indicado en la dirección URL del PAC o porque devolvió 404 Not Found.
    .title = Script de configuración del proxy no disponible
    .summary = No se pudo descargar el script de configuración del proxy de esta red.
    .summary-host = No se pudo descargar el script de configuración del proxy necesario para llegar a { $host }.
# 12169
error-winhttp-secure-invalid-cert = Un certificado no es válido (equivale a errores como CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED y CERT_E_CHAINING).
    .title = Certificado no válido
    .summary = El certificado de seguridad del servidor no es válido, por lo que no se pudo establecer una conexión segura.
    .summary-host = El certificado de seguridad de { $host } no es válido, por lo que no se pudo establecer una conexión segura.
# 12170
error-winhttp-secure-cert-revoked = Se revocó un certificado (equivale a CRYPT_E_REVOKED).
    .title = Certificado revocado
    .summary = La entidad que emitió el certificado de seguridad del servidor lo revocó, así que ya no se puede confiar en él.
    .summary-host = La entidad que emitió el certificado de seguridad de { $host } lo revocó, así que ya no se puede confiar en él.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP no se inicializó (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno y notificó un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host } y notificó un error que los sistemas actuales ya no usan.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Se encontraron uno o más errores en el certificado SSL (Secure Sockets Layer) que envió el servidor. Para saber cuáles, busque una notificación WINHTTP_CALLBACK_STATUS_SECURE_FAILURE en una función de devolución de llamada de estado (consulte WINHTTP_STATUS_CALLBACK).
    .title = Error en la conexión segura
    .summary = El certificado de seguridad del servidor tiene uno o más problemas, por lo que no se pudo establecer una conexión segura.
    .summary-host = El certificado de seguridad que envió { $host } tiene uno o más problemas, por lo que no se pudo establecer una conexión segura.
# 12176
error-winhttp-unhandled-script-type = No se admite el tipo de script.
    .title = Script de configuración del proxy no admitido
    .summary = El script de configuración del proxy de esta red es de un tipo que no se admite.
    .summary-host = El script de configuración del proxy que se usa para llegar a { $host } es de un tipo que no se admite.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Se produjo un error al ejecutar un script.
    .title = Falló el script de configuración del proxy
    .summary = Se produjo un error al ejecutar el script de configuración del proxy de esta red.
    .summary-host = Se produjo un error al ejecutar el script de configuración del proxy que se usa para llegar a { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl no pudo encontrar un proxy para la dirección URL especificada.
    .title = No se encontró el proxy
    .summary = No se pudo determinar qué servidor proxy usar para esta dirección.
    .summary-host = No se pudo determinar qué servidor proxy usar para { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificado no es válido para el uso solicitado (equivale a CERT_E_WRONG_USAGE).
    .title = Certificado no válido para este uso
    .summary = El certificado de seguridad del servidor no está pensado para este tipo de conexión.
    .summary-host = El certificado de seguridad de { $host } no está pensado para este tipo de conexión.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl no pudo encontrar la dirección URL del archivo de configuración automática de proxy (PAC).
    .title = No se detectó la configuración del proxy
    .summary = No se pudo detectar automáticamente la configuración del proxy de esta red.
    .summary-host = No se pudo detectar automáticamente la configuración del proxy necesaria para llegar a { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse recibió una respuesta con más encabezados de los que WinHTTP puede aceptar.
    .title = Se rechazó la respuesta del servidor
    .summary = El servidor envió una respuesta con demasiados encabezados, por lo que no se pudo aceptar.
    .summary-host = El servidor { $host } envió una respuesta con demasiados encabezados, por lo que no se pudo aceptar.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse recibió encabezados cuyo tamaño total supera el límite establecido en el identificador de la solicitud.
    .title = Respuesta del servidor demasiado grande
    .summary = El servidor envió una respuesta con encabezados demasiado grandes, por lo que no se pudo aceptar.
    .summary-host = El servidor { $host } envió una respuesta con encabezados demasiado grandes, por lo que no se pudo aceptar.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse detectó un desbordamiento al analizar la codificación de transferencia fragmentada de la respuesta: un encabezado de fragmento superó el tamaño permitido.
    .title = No se pudo leer la respuesta del servidor
    .summary = Una parte de la respuesta del servidor superó el tamaño permitido, por lo que no se pudo leer la respuesta.
    .summary-host = Una parte de la respuesta de { $host } superó el tamaño permitido, por lo que no se pudo leer la respuesta.
# 12184
error-winhttp-response-drain-overflow = Una respuesta entrante superó un límite de tamaño interno de WinHTTP.
    .title = La respuesta del servidor superó un límite de tamaño
    .summary = La respuesta del servidor superó el tamaño que permite esta computadora, por lo que no se pudo recibir.
    .summary-host = La respuesta de { $host } superó el tamaño que permite esta computadora, por lo que no se pudo recibir.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = No hay ninguna clave privada asociada al contexto del certificado de cliente SSL; es posible que el certificado se haya importado a la computadora sin su clave privada.
    .title = No se puede usar su certificado
    .summary = Al certificado que lo identifica le falta la clave privada, por lo que no se puede usar. Es posible que la clave no se haya incluido al instalar el certificado.
    .summary-host = Al certificado que lo identifica ante { $host } le falta la clave privada, por lo que no se puede usar. Es posible que la clave no se haya incluido al instalar el certificado.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = La aplicación no tiene los privilegios necesarios para acceder a la clave privada asociada al certificado de cliente.
    .title = Se denegó el acceso a su certificado
    .summary = Esta aplicación no tiene permiso para usar la clave privada del certificado que lo identifica.
    .summary-host = Esta aplicación no tiene permiso para usar la clave privada del certificado que lo identifica ante { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = El servidor proxy requiere autenticación con certificado de cliente SSL/TLS; se debe proporcionar un certificado de cliente para la conexión con el proxy.
    .title = El proxy requiere un certificado
    .summary = El servidor proxy requiere un certificado que lo identifique a usted o a su computadora antes de permitir la conexión.
    .summary-host = El servidor proxy requiere un certificado que lo identifique a usted o a su computadora antes de permitir una conexión a { $host }.
# 12188
error-winhttp-secure-failure-proxy = Se produjo un error de SSL/TLS en la conexión segura con el servidor proxy; por ejemplo, un problema con el certificado que envió.
    .title = Error en la conexión segura con el proxy
    .summary = No se pudo establecer una conexión segura con el servidor proxy; por ejemplo, debido a un problema con el certificado del proxy.
    .summary-host = No se pudo establecer una conexión segura con el servidor proxy que se usa para llegar a { $host }; por ejemplo, debido a un problema con el certificado del proxy.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Código reservado; no se usa.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno y notificó un error que está reservado y nunca se usa.
    .summary-host = Esta aplicación tuvo un problema interno al conectarse a { $host } y notificó un error que está reservado y nunca se usa.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = La versión del protocolo HTTP que usa el servidor no coincide con la solicitada o requerida; por ejemplo, se requería HTTP/2 o HTTP/3 pero no se pudo negociar.
    .title = Versión del protocolo web incompatible
    .summary = El servidor y esta aplicación no lograron ponerse de acuerdo sobre qué versión del protocolo web usar.
    .summary-host = El servidor { $host } y esta aplicación no lograron ponerse de acuerdo sobre qué versión del protocolo web usar.
# 12191
error-winhttp-global-callback-failed = Falló una función de devolución de llamada global registrada en WinHTTP.
    .title = Error interno de la aplicación
    .summary = Esta aplicación tuvo un problema interno: uno de sus componentes falló mientras se procesaba la solicitud.
    .summary-host = Esta aplicación tuvo un problema interno: uno de sus componentes falló mientras se procesaba la solicitud a { $host }.
# 12192
error-winhttp-feature-disabled = La característica de WinHTTP solicitada está deshabilitada y no se puede usar.
    .title = Característica desactivada
    .summary = Una característica que necesita esta solicitud está desactivada en esta computadora.
    .summary-host = Una característica necesaria para la solicitud a { $host } está desactivada en esta computadora.
# 12193
error-winhttp-fast-forwarding-not-supported = No se admite el reenvío rápido para esta solicitud o conexión.
    .title = Característica no admitida
    .summary = Esta aplicación pidió una característica que esta conexión no admite.
    .summary-host = Esta aplicación pidió una característica que la conexión a { $host } no admite.

## Sugerencias: lo que el usuario puede intentar, en lista bajo el resumen.
## Cada una es una oración imperativa completa con punto final, 100 caracteres como máximo.
## El catálogo (src/catalog.rs) decide qué sugerencias muestra cada código y en qué orden.
hint-check-connection = Revise su conexión de red.
hint-try-again-later = Espere un momento y vuelva a intentarlo.
hint-check-address = Verifique que la dirección esté bien escrita.
hint-check-proxy = Revise la configuración del proxy o consulte a su administrador de red.
hint-check-firewall = Asegúrese de que ningún firewall ni programa antivirus esté bloqueando esta aplicación.
hint-check-date-time = Asegúrese de que la fecha, la hora y la zona horaria de su computadora sean correctas.
hint-update-system = Instale las actualizaciones más recientes de su sistema operativo.
hint-contact-site-owner = Si el problema continúa, comuníquese con el propietario del sitio web o del servidor.
hint-contact-support = Comuníquese con el equipo de soporte técnico de esta aplicación.
hint-update-app = Busque una versión más reciente de esta aplicación.
hint-restart-app = Cierre esta aplicación y vuelva a abrirla.
hint-restart-computer = Reinicie su computadora.
hint-free-memory = Cierre otros programas para liberar memoria y vuelva a intentarlo.
hint-check-credentials = Verifique que su nombre de usuario y su contraseña sean correctos.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Asegúrese de que el certificado solicitado esté bien instalado o consulte a su administrador.

## Problemas de certificado: una línea cada uno, en lista cuando falla una conexión segura.
## 120 caracteres como máximo; una oración completa con punto final.
## “El certificado” es el que envió el servidor.
cert-flag-rev-failed = Esta computadora no pudo comprobar si el certificado fue revocado.
cert-flag-invalid-cert = El certificado no es válido.
cert-flag-cert-revoked = La entidad que emitió el certificado lo revocó.
cert-flag-invalid-ca = El certificado lo emitió una entidad en la que esta computadora no confía.
cert-flag-cert-cn-invalid = El certificado se emitió para otro nombre de sitio.
cert-flag-cert-date-invalid = El certificado expiró o todavía no es válido.
cert-flag-cert-wrong-usage = El certificado no está pensado para este tipo de conexión.
cert-flag-security-channel-error = Se produjo un error al establecer la conexión segura.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = El certificado tiene uno o más problemas que no se pudieron identificar ({ $flags }).

## Códigos que esta biblioteca no conoce.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Se produjo un problema inesperado durante la conexión (error { $code }, { $hex }).
    .summary-host = Se produjo un problema inesperado al conectarse a { $host } (error { $code }, { $hex }).

## Mensajes compuestos

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Error desconocido de WinHTTP: { $code } ({ $hex }).
