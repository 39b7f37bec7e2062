### Descripciones de los códigos de error de WinHTTP (es-ES, español de España).
### Un mensaje por código de error, ordenados por código numérico. El identificador
### del mensaje es el nombre simbólico de la constante en minúsculas, con «_»
### sustituido por «-». No cambie los identificadores ni el orden.
### El valor de cada mensaje es la descripción técnica, para desarrolladores: una
### sola línea, sin marcadores, porque se muestra tal cual en cuadros de diálogo y
### registros. Los nombres de funciones, métodos, opciones, macros y constantes
### de la API (WinHttpQueryOption, Open, Send, WINHTTP_OPTION_*, CERT_E_*…) no se
### traducen ni se modifican.
###
### Textos para el usuario final: además de la descripción, cada código tiene
### tres atributos escritos para una persona que no es programadora:
###   .title         Encabezado del cuadro de diálogo (instrucción principal):
###                  qué ha fallado, 60 caracteres como máximo, solo la primera
###                  letra en mayúscula, sin punto final.
###   .summary       Texto bajo el encabezado: una o dos frases sencillas que
###                  dicen qué ha pasado, 200 caracteres como máximo, con punto
###                  final. Debe entenderse solo, sin nombre de servidor.
###   .summary-host  El mismo resumen con el nombre del servidor: { $host }
###                  aparece exactamente una vez; 200 caracteres como máximo
###                  cuando $host es «example.com».
### $host contiene el nombre del servidor tal como lo conoce la aplicación, por
### ejemplo «example.com», «intranet.corp.local» o una dirección IP como
### 192.0.2.10. Nunca está vacío: sin nombre se muestra .summary. Se escribe
### «el servidor { $host }» o «a { $host }», sin artículo delante del nombre.
### Las sugerencias (hint-*) se muestran como lista bajo el resumen, 100
### caracteres como máximo cada una; las líneas de certificado (cert-flag-*),
### 120 como máximo. Qué sugerencias recibe cada código lo decide el catálogo
### (src/catalog.rs), igual en todos los idiomas: el resumen no las repite.
### En estos textos no puede aparecer ningún identificador de la API (constante,
### función, método u opción), ni «_», ni «WinHTTP»/«WinHttp», ni «handle», ni
### «callback», ni «PAC», ni «{» salvo las variables documentadas.
### Si la propia aplicación usó mal la biblioteca (códigos obsoletos, reservados
### y de uso incorrecto), se dice que esta aplicación ha tenido un problema
### interno; nunca se culpa al usuario. Los errores de seguridad nunca sugieren
### omitir la comprobación ni continuar de todos modos.
### Trato de usted, tono cortés y sencillo; pretérito perfecto («se ha
### producido») en los textos para el usuario, como es habitual en España.
###
### GLOSARIO (terminología de Microsoft para Windows en español):
###   request = «solicitud»: término de Microsoft («solicitud HTTP»), también
###     para el usuario final.
###   header = «encabezado»: término de Microsoft («encabezados HTTP»).
###   handle = «identificador»: término de Microsoft en la documentación en
###     español (p. ej., «identificador de solicitud»); solo en descripciones.
###   proxy = «proxy» / «servidor proxy»: como en la configuración de Windows.
###   certificate = «certificado»; para el usuario, «certificado de seguridad»
###     (el del servidor) o «el certificado que le identifica» (el propio).
###   callback = «función de devolución de llamada»: término de Microsoft;
###     nunca en textos para el usuario.
###   PAC file = «archivo PAC» en las descripciones (Microsoft dice «archivo»,
###     no «fichero»); para el usuario, «script de configuración del proxy»,
###     como en la configuración de proxy de Windows («Usar script de
###     configuración»).
###   timeout = «tiempo de espera» («se agotó el tiempo de espera»), la
###     fórmula de los mensajes de Windows en español.
###   Además: secure connection = «conexión segura»; computer = «equipo»;
###     feature = «característica»; redirect = «redirección»; revoke = «revocar».
###   Winsock (solo en descripciones): Winsock = «Winsock»; socket = «socket»;
###     host = «host» (término de Microsoft); name server = «servidor de nombres»;
###     route = «ruta»; keep-alive = «mantenimiento de conexión (keep-alive)».
###   Para el usuario: network unreachable = «red inaccesible»; connection
###     refused = «conexión rechazada»; host unreachable = «servidor
###     inaccesible»; route = «ruta»; look up a name = «buscar el nombre».
###   Certificados: revocation server = «el servidor que informa de los
###     certificados revocados»; títulos 12044/12187: «El servidor/El proxy exige
###     un certificado», con el mismo verbo que los resúmenes.
### Tipografía: comillas angulares « » (y “ ” dentro de ellas), sin espacio
### antes de «:»; tras los dos puntos, minúscula.

## Errores genéricos de Windows (winerror.h) que también devuelve WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser y otras funciones que leen la
# configuración lo devuelven cuando no existe un valor o archivo que buscan.
error-file-not-found = El sistema no puede encontrar el archivo especificado: no existe un valor de configuración, archivo o valor del Registro que buscaba la función.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: no se ha encontrado un valor de configuración o un archivo que necesitaba.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host }: no se ha encontrado un valor de configuración o un archivo que necesitaba.
# 6
error-invalid-handle = El identificador pasado a la API se ha invalidado o cerrado.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado usar una conexión que ya se había cerrado.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado usar una conexión con { $host } que ya se había cerrado.
# 8
error-not-enough-memory = No hay suficiente memoria disponible para completar la operación solicitada.
    .title = Memoria insuficiente
    .summary = Su equipo se ha quedado sin memoria disponible antes de que se pudiera completar la solicitud.
    .summary-host = Su equipo se ha quedado sin memoria disponible antes de que se pudiera completar la solicitud a { $host }.
# 18
error-no-more-files = No se encontraron más archivos.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno al leer los resultados de una solicitud.
    .summary-host = Esta aplicación ha tenido un problema interno al leer los resultados de una solicitud a { $host }.
# 50 — no se han podido iniciar las funciones de red de Windows (Winsock).
error-not-supported = La pila de protocolos necesaria no está cargada y la aplicación no puede iniciar Winsock.
    .title = La red no está disponible
    .summary = No se han podido iniciar en este equipo los componentes de red que necesita esta aplicación.
    .summary-host = No se han podido iniciar en este equipo los componentes de red necesarios para conectarse a { $host }.
# 87 — por ejemplo, WinHttpCrackUrl con una estructura URL_COMPONENTS cuyo dwStructSize es incorrecto.
error-invalid-parameter = El parámetro no es correcto: uno de los argumentos pasados a la función no es válido (por ejemplo, un puntero NULL, un tamaño de estructura incorrecto o marcas incompatibles).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha pasado datos no válidos al componente de red.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host }: ha pasado datos no válidos al componente de red.
# 122
error-insufficient-buffer = El búfer proporcionado a la función es demasiado pequeño para contener los datos devueltos. Consulte la documentación de la función concreta para obtener más información.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: no ha reservado espacio suficiente para los datos que ha recibido.
    .summary-host = Esta aplicación ha tenido un problema interno: no ha reservado espacio suficiente para los datos recibidos de { $host }.
# 259
error-no-more-items = No se encontraron más elementos.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno al leer una lista de resultados.
    .summary-host = Esta aplicación ha tenido un problema interno al leer una lista de resultados de { $host }.

# 997 — WinHttpGetProxyForUrlEx y las funciones de WebSocket lo devuelven cuando el
# trabajo continúa de forma asincrónica; solo es un error si se trata como tal.
error-io-pending = Se está procesando la operación de E/S superpuesta: la función continúa de forma asincrónica y notifica su resultado mediante la función de devolución de llamada de estado.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha tratado como un error una solicitud que aún estaba en curso.
    .summary-host = Esta aplicación ha tenido un problema interno: ha tratado como un error una solicitud a { $host } que aún estaba en curso.
# 1168
error-not-found = Elemento no encontrado: no existe el elemento que se pidió a la función (por ejemplo, un resultado de proxy, una entrada o un valor de configuración guardado).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha pedido un elemento que no existe.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host }: ha pedido un elemento que no existe.
# 4317 — por ejemplo, un envío por un WebSocket después de iniciarse el protocolo de cierre.
error-invalid-operation = La operación no es válida en el estado actual del objeto; por ejemplo, un envío por un WebSocket que se está cerrando o una recepción mientras hay otra pendiente.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado usar una conexión de una forma que su estado actual no permite.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado usar su conexión con { $host } de una forma que su estado actual no permite.

## Errores de Winsock (winsock2.h) que una implementación de WinHTTP transmite tal cual
## (el winhttp.dll de Wine lo hace; el de Windows convierte la mayoría en un código
## 12xxx). Para el usuario significan lo mismo que su equivalente de WinHTTP; la
## descripción indica de qué código se trata.

# 10050
wsaenetdown = El subsistema de red falló (WSAENETDOWN): la pila de red o el adaptador de red de este equipo no funciona.
    .title = La red no funciona
    .summary = La red de este equipo no funciona, así que no se ha podido acceder al servidor.
    .summary-host = La red de este equipo no funciona, así que no se ha podido acceder a { $host }.
# 10051
wsaenetunreach = La red no es accesible (WSAENETUNREACH): este equipo no tiene ninguna ruta a la red del servidor.
    .title = Red inaccesible
    .summary = Este equipo no tiene ninguna ruta a la red del servidor, así que no se ha podido acceder al servidor.
    .summary-host = Este equipo no tiene ninguna ruta a la red de { $host }, así que no se ha podido acceder al servidor.
# 10052
wsaenetreset = La conexión se interrumpió porque la actividad de mantenimiento de conexión (keep-alive) detectó un error mientras la operación estaba en curso (WSAENETRESET).
    .title = Conexión interrumpida
    .summary = La conexión con el servidor se ha cortado porque la red ha dejado de responder.
    .summary-host = La conexión con el servidor { $host } se ha cortado porque la red ha dejado de responder.
# 10053 — «anulación de la conexión causada por software»: a menudo un firewall o un programa de seguridad.
wsaeconnaborted = El software de este equipo anuló una conexión establecida (WSAECONNABORTED), por ejemplo tras agotarse el tiempo de espera de una transmisión de datos o por un firewall.
    .title = Conexión interrumpida
    .summary = Este equipo ha cerrado la conexión con el servidor, posiblemente por un firewall o un programa de seguridad.
    .summary-host = Este equipo ha cerrado la conexión con el servidor { $host }, posiblemente por un firewall o un programa de seguridad.
# 10054 — Windows notifica ERROR_WINHTTP_CONNECTION_ERROR en su lugar (mismo título que 12030).
wsaeconnreset = El host remoto forzó el cierre de una conexión existente (WSAECONNRESET).
    .title = Conexión interrumpida
    .summary = El servidor ha cerrado la conexión de forma inesperada.
    .summary-host = El servidor { $host } ha cerrado la conexión de forma inesperada.
# 10060 — Windows notifica ERROR_WINHTTP_TIMEOUT en su lugar: mismos textos que 12002.
wsaetimedout = Se agotó el tiempo de espera del intento de conexión o de la transferencia porque el otro extremo no respondió a tiempo (WSAETIMEDOUT).
    .title = Se ha agotado el tiempo de espera de la conexión
    .summary = El servidor ha tardado demasiado en responder.
    .summary-host = El servidor { $host } ha tardado demasiado en responder.
# 10061 — Windows notifica ERROR_WINHTTP_CANNOT_CONNECT en su lugar.
wsaeconnrefused = No se pudo establecer una conexión porque el equipo de destino la denegó expresamente (WSAECONNREFUSED): no hay nada escuchando en ese puerto.
    .title = Conexión rechazada
    .summary = El servidor ha rechazado la conexión. Es posible que no esté en funcionamiento o que no acepte conexiones.
    .summary-host = El servidor { $host } ha rechazado la conexión. Es posible que no esté en funcionamiento o que no acepte conexiones.
# 10064
wsaehostdown = Una operación de socket falló porque el host de destino está inactivo (WSAEHOSTDOWN).
    .title = El servidor no responde
    .summary = Parece que el servidor está apagado o desconectado de la red.
    .summary-host = Parece que el servidor { $host } está apagado o desconectado de la red.
# 10065
wsaehostunreach = Se intentó una operación de socket en un host inaccesible (WSAEHOSTUNREACH): no se encontró ninguna ruta al servidor.
    .title = Servidor inaccesible
    .summary = No se ha encontrado ninguna ruta desde este equipo hasta el servidor.
    .summary-host = No se ha encontrado ninguna ruta desde este equipo hasta { $host }.
# 11001 — Windows notifica ERROR_WINHTTP_NAME_NOT_RESOLVED en su lugar: mismos textos que 12007.
wsahost-not-found = Host desconocido (WSAHOST_NOT_FOUND): el servidor de nombres no tiene ninguna dirección para este nombre.
    .title = No se ha encontrado el servidor
    .summary = No se ha podido encontrar el servidor en la red.
    .summary-host = No se ha podido encontrar en la red ningún servidor con el nombre { $host }.
# 11002
wsatry-again = El servidor de nombres no dio una respuesta autorizada y la búsqueda puede funcionar más tarde (WSATRY_AGAIN): suele tratarse de un error temporal del servidor de nombres.
    .title = No se ha podido buscar el nombre del servidor
    .summary = En este momento no se puede buscar el nombre del servidor. Suele ser un problema temporal.
    .summary-host = En este momento no se puede buscar el nombre { $host }. Suele ser un problema temporal.

## Errores específicos de WinHTTP (winhttp.h)

# 12001 — obsoleto: los sistemas actuales nunca lo notifican, así que el error es de la aplicación.
error-winhttp-out-of-handles = No se pudieron generar más identificadores (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno y ha notificado un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host } y ha notificado un error que los sistemas actuales ya no usan.
# 12002
error-winhttp-timeout = Se agotó el tiempo de espera de la solicitud. Esto también puede deberse al comportamiento del tiempo de espera de TCP/IP, independientemente de los valores de tiempo de espera establecidos en WinHTTP.
    .title = Se ha agotado el tiempo de espera de la conexión
    .summary = El servidor ha tardado demasiado en responder.
    .summary-host = El servidor { $host } ha tardado demasiado en responder.
# 12004
error-winhttp-internal-error = Se produjo un error interno en WinHTTP.
    .title = Error interno inesperado
    .summary = Un problema interno inesperado ha detenido la solicitud.
    .summary-host = Un problema interno inesperado ha detenido la solicitud a { $host }.
# 12005
error-winhttp-invalid-url = La dirección URL no es válida.
    .title = Dirección web no válida
    .summary = La dirección web no es válida, por lo que no se ha podido enviar la solicitud.
    .summary-host = La dirección web usada para acceder a { $host } no es válida, por lo que no se ha podido enviar la solicitud.
# 12006
error-winhttp-unrecognized-scheme = La dirección URL especifica un esquema distinto de http: o https:.
    .title = Dirección web no compatible
    .summary = Este tipo de dirección no es compatible. Solo se pueden abrir direcciones que empiecen por http:// o https://.
    .summary-host = La dirección usada para acceder a { $host } es de un tipo no compatible. Solo se pueden abrir direcciones que empiecen por http:// o https://.
# 12007
error-winhttp-name-not-resolved = No se pudo resolver el nombre del servidor.
    .title = No se ha encontrado el servidor
    .summary = No se ha podido encontrar el servidor en la red.
    .summary-host = No se ha podido encontrar en la red ningún servidor con el nombre { $host }.
# 12009
error-winhttp-invalid-option = Una llamada a WinHttpQueryOption o WinHttpSetOption especificó un valor de opción no válido.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha usado una configuración de conexión que no es válida.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host }: ha usado una configuración de conexión que no es válida.
# 12011
error-winhttp-option-not-settable = La opción solicitada no se puede establecer; solo se puede consultar.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado cambiar una configuración de conexión que solo se puede leer.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host }: ha intentado cambiar una configuración de conexión que solo se puede leer.
# 12012 — suele aparecer mientras la aplicación se está cerrando.
error-winhttp-shutdown = La compatibilidad con las funciones de WinHTTP se está cerrando o descargando.
    .title = El acceso a la red se está desactivando
    .summary = La solicitud se ha detenido porque el acceso a la red se está desactivando, por ejemplo, porque esta aplicación se está cerrando.
    .summary-host = La solicitud a { $host } se ha detenido porque el acceso a la red se está desactivando, por ejemplo, porque esta aplicación se está cerrando.
# 12015
error-winhttp-login-failure = Error en el intento de inicio de sesión. Cierre el identificador de solicitud con WinHttpCloseHandle y cree uno nuevo antes de volver a intentar la función que produjo el error.
    .title = No se ha podido iniciar sesión
    .summary = El servidor no ha aceptado los datos de inicio de sesión.
    .summary-host = El servidor { $host } no ha aceptado los datos de inicio de sesión.
# 12017
error-winhttp-operation-cancelled = Se canceló la operación, normalmente porque el identificador con el que trabajaba la solicitud se cerró antes de que se completara la operación.
    .title = Solicitud cancelada
    .summary = La solicitud se ha cancelado antes de que pudiera finalizar.
    .summary-host = La solicitud a { $host } se ha cancelado antes de que pudiera finalizar.
# 12018
error-winhttp-incorrect-handle-type = El tipo de identificador proporcionado no es correcto para esta operación.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno y no ha podido completar la solicitud.
    .summary-host = Esta aplicación ha tenido un problema interno y no ha podido completar la solicitud a { $host }.
# 12019
error-winhttp-incorrect-handle-state = No se puede realizar la operación solicitada porque el identificador proporcionado no está en el estado correcto.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha realizado los pasos de la solicitud en el orden equivocado.
    .summary-host = Esta aplicación ha tenido un problema interno: ha realizado los pasos de la solicitud a { $host } en el orden equivocado.
# 12029
error-winhttp-cannot-connect = No se pudo establecer la conexión con el servidor.
    .title = No se puede conectar
    .summary = Esta aplicación no ha podido conectarse al servidor.
    .summary-host = Esta aplicación no ha podido conectarse al servidor { $host }.
# 12030
error-winhttp-connection-error = La conexión con el servidor se restableció o finalizó, o se encontró un protocolo SSL incompatible (por ejemplo, WinHTTP 5.1 no admite SSL 2.0 a menos que el cliente lo habilite expresamente).
    .title = Conexión interrumpida
    .summary = La conexión con el servidor se ha interrumpido o se ha cerrado de forma inesperada.
    .summary-host = La conexión con el servidor { $host } se ha interrumpido o se ha cerrado de forma inesperada.
# 12032
error-winhttp-resend-request = Se produjo un error en la función de WinHTTP, pero se puede volver a intentar con el mismo identificador de solicitud.
    .title = La solicitud no se ha completado
    .summary = No se ha podido completar la solicitud en este intento.
    .summary-host = No se ha podido completar la solicitud a { $host } en este intento.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificado necesario no está dentro de su período de validez según el reloj del sistema o la marca de tiempo del archivo firmado, o los períodos de validez de la cadena de certificados no están anidados correctamente (equivale a CERT_E_EXPIRED o CERT_E_VALIDITYPERIODNESTING).
    .title = Certificado expirado o aún no válido
    .summary = Según el reloj de este equipo, el certificado de seguridad del servidor ha expirado o aún no es válido.
    .summary-host = Según el reloj de este equipo, el certificado de seguridad de { $host } ha expirado o aún no es válido.
# 12038
error-winhttp-secure-cert-cn-invalid = El nombre común (CN) del certificado no coincide con el valor pasado (equivale a CERT_E_CN_NO_MATCH).
    .title = El certificado es de otro sitio
    .summary = El certificado de seguridad se emitió para otro nombre de sitio, por lo que no se ha podido confirmar la identidad del servidor.
    .summary-host = El certificado de seguridad enviado por { $host } se emitió para otro nombre, por lo que no se ha podido confirmar la identidad del servidor.
# 12044 — el servidor pide al usuario (o al equipo) que demuestre su identidad con un certificado.
error-winhttp-client-auth-cert-needed = El servidor solicita la autenticación de cliente SSL (notificada por WinHttpReceiveResponse). Obtenga los emisores de certificados aceptados con WinHttpQueryOption y WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; si se solicita un certificado pero no es obligatorio, llame a WinHttpSetOption con WINHTTP_OPTION_CLIENT_CERT_CONTEXT y WINHTTP_NO_CLIENT_CERT_CONTEXT en lpBuffer.
    .title = El servidor exige un certificado
    .summary = El servidor exige un certificado que le identifique a usted o a su equipo antes de permitir la conexión.
    .summary-host = El servidor { $host } exige un certificado que le identifique a usted o a su equipo antes de permitir la conexión.
# 12045
error-winhttp-secure-invalid-ca = Se procesó una cadena de certificados, pero terminó en un certificado raíz que no es de confianza para el proveedor de confianza (equivale a CERT_E_UNTRUSTEDROOT).
    .title = Certificado que no es de confianza
    .summary = El certificado de seguridad del servidor lo ha emitido una entidad en la que este equipo no confía.
    .summary-host = El certificado de seguridad de { $host } lo ha emitido una entidad en la que este equipo no confía.
# 12057
error-winhttp-secure-cert-rev-failed = No se pudo comprobar la revocación del certificado porque el servidor de revocación estaba sin conexión (equivale a CRYPT_E_REVOCATION_OFFLINE).
    .title = No se ha podido comprobar el certificado
    .summary = Este equipo no ha podido comprobar si el certificado de seguridad del servidor se ha revocado, porque no se ha podido acceder al servidor que informa de los certificados revocados.
    .summary-host = Este equipo no ha podido comprobar si el certificado de seguridad de { $host } se ha revocado, porque no se ha podido acceder al servidor que informa de los certificados revocados.
# 12100
error-winhttp-cannot-call-before-open = El objeto WinHttpRequest no puede realizar la operación solicitada antes de que se llame al método Open.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado usar una solicitud antes de prepararla.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado usar una solicitud a { $host } antes de prepararla.
# 12101
error-winhttp-cannot-call-before-send = El objeto WinHttpRequest no puede realizar la operación solicitada antes de que se llame al método Send.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha pedido una respuesta antes de enviar la solicitud.
    .summary-host = Esta aplicación ha tenido un problema interno: ha pedido la respuesta de { $host } antes de enviar la solicitud.
# 12102
error-winhttp-cannot-call-after-send = El objeto WinHttpRequest no puede realizar la operación solicitada después de que se haya llamado al método Send.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado cambiar una solicitud que ya se había enviado.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado cambiar una solicitud a { $host } que ya se había enviado.
# 12103
error-winhttp-cannot-call-after-open = El objeto WinHttpRequest no puede solicitar la opción especificada después de que se haya llamado al método Open.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado cambiar la configuración de una solicitud cuando ya era demasiado tarde.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado cambiar la configuración de una solicitud a { $host } cuando ya era demasiado tarde.
# 12150
error-winhttp-header-not-found = No se encontró el encabezado solicitado.
    .title = Falta información en la respuesta
    .summary = La respuesta del servidor no incluía un dato que esta aplicación esperaba.
    .summary-host = La respuesta de { $host } no incluía un dato que esta aplicación esperaba.
# 12152
error-winhttp-invalid-server-response = No se pudo analizar la respuesta del servidor.
    .title = Respuesta no válida del servidor
    .summary = El servidor ha enviado una respuesta que no se ha podido interpretar.
    .summary-host = El servidor { $host } ha enviado una respuesta que no se ha podido interpretar.
# 12153 — la solicitud la ha construido la aplicación; el usuario no la ha escrito.
error-winhttp-invalid-header = El encabezado HTTP proporcionado no es válido, por ejemplo, porque tiene un formato incorrecto.
    .title = Solicitud no válida
    .summary = Esta aplicación ha intentado enviar información en un formato no válido, por lo que no se ha podido enviar la solicitud.
    .summary-host = Esta aplicación ha intentado enviar información a { $host } en un formato no válido, por lo que no se ha podido enviar la solicitud.
# 12154 — obsoleto: los sistemas actuales nunca lo notifican, así que el error es de la aplicación.
error-winhttp-invalid-query-request = Una solicitud de consulta de encabezado no era válida (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno y ha notificado un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host } y ha notificado un error que los sistemas actuales ya no usan.
# 12155 — obsoleto: los sistemas actuales nunca lo notifican, así que el error es de la aplicación.
error-winhttp-header-already-exists = No se pudo agregar el encabezado porque ya existe (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: ha intentado añadir dos veces la misma información a una solicitud.
    .summary-host = Esta aplicación ha tenido un problema interno: ha intentado añadir dos veces la misma información a una solicitud dirigida a { $host }.
# 12156
error-winhttp-redirect-failed = La redirección falló porque cambió el esquema o porque fallaron todos los intentos de redirección (cinco de forma predeterminada).
    .title = No se ha podido completar la redirección
    .summary = El servidor ha redirigido la solicitud a otra dirección, pero no se ha podido completar la redirección.
    .summary-host = El servidor { $host } ha redirigido la solicitud a otra dirección, pero no se ha podido completar la redirección.
# 12157
error-winhttp-secure-channel-error = Se produjo un error en el canal seguro (equivale a los códigos de error SEC_E_ y SEC_I_ definidos en winerror.h).
    .title = No se ha podido establecer la conexión segura
    .summary = Se ha producido un error al establecer una conexión segura con el servidor.
    .summary-host = Se ha producido un error al establecer una conexión segura con { $host }.
# 12166 — «script de configuración del proxy» es el archivo PAC, con el nombre que recibe en la configuración de proxy de Windows.
error-winhttp-bad-auto-proxy-script = Se produjo un error al ejecutar el código de script del archivo de configuración automática de proxy (PAC).
    .title = Error en el script de configuración del proxy
    .summary = El script de configuración del proxy de esta red contiene un error.
    .summary-host = El script de configuración del proxy usado para acceder a { $host } contiene un error.
# 12167
error-winhttp-unable-to-download-script = No se pudo descargar el archivo PAC, por ejemplo, porque no se pudo acceder al servidor al que hace referencia la dirección URL del archivo PAC o porque devolvió 404 Not Found.
    .title = Script de configuración del proxy no disponible
    .summary = No se ha podido descargar el script de configuración del proxy de esta red.
    .summary-host = No se ha podido descargar el script de configuración del proxy necesario para acceder a { $host }.
# 12169
error-winhttp-secure-invalid-cert = Un certificado no es válido (equivale a errores como CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED y CERT_E_CHAINING).
    .title = Certificado no válido
    .summary = El certificado de seguridad del servidor no es válido, por lo que no se ha podido establecer una conexión segura.
    .summary-host = El certificado de seguridad de { $host } no es válido, por lo que no se ha podido establecer una conexión segura.
# 12170
error-winhttp-secure-cert-revoked = Se ha revocado un certificado (equivale a CRYPT_E_REVOKED).
    .title = Certificado revocado
    .summary = La entidad que emitió el certificado de seguridad del servidor lo ha revocado, por lo que ya no se puede confiar en él.
    .summary-host = La entidad que emitió el certificado de seguridad de { $host } lo ha revocado, por lo que ya no se puede confiar en él.
# 12172 — obsoleto: los sistemas actuales nunca lo notifican, así que el error es de la aplicación.
error-winhttp-not-initialized = WinHTTP no se ha inicializado (obsoleto; ya no se usa).
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno y ha notificado un error que los sistemas actuales ya no usan.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host } y ha notificado un error que los sistemas actuales ya no usan.
# 12175 — los motivos (cert-flag-*, más abajo) pueden mostrarse en una lista bajo el resumen.
error-winhttp-secure-failure = Se encontraron uno o varios errores en el certificado SSL (Secure Sockets Layer) enviado por el servidor. Para saber cuáles, compruebe si hay una notificación WINHTTP_CALLBACK_STATUS_SECURE_FAILURE en una función de devolución de llamada de estado (vea WINHTTP_STATUS_CALLBACK).
    .title = Error de conexión segura
    .summary = El certificado de seguridad del servidor tiene uno o varios problemas, por lo que no se ha podido establecer una conexión segura.
    .summary-host = El certificado de seguridad enviado por { $host } tiene uno o varios problemas, por lo que no se ha podido establecer una conexión segura.
# 12176
error-winhttp-unhandled-script-type = No se admite el tipo de script.
    .title = Script de configuración del proxy no compatible
    .summary = El script de configuración del proxy de esta red es de un tipo no compatible.
    .summary-host = El script de configuración del proxy usado para acceder a { $host } es de un tipo no compatible.
# 12177 — en la práctica, el script de configuración del proxy.
error-winhttp-script-execution-error = Se produjo un error al ejecutar un script.
    .title = Ha fallado el script de configuración del proxy
    .summary = Se ha producido un error al ejecutar el script de configuración del proxy de esta red.
    .summary-host = Se ha producido un error al ejecutar el script de configuración del proxy usado para acceder a { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl no pudo encontrar un proxy para la dirección URL especificada.
    .title = No se ha encontrado el proxy
    .summary = No se ha podido determinar qué servidor proxy hay que usar para esta dirección.
    .summary-host = No se ha podido determinar qué servidor proxy hay que usar para { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificado no es válido para el uso solicitado (equivale a CERT_E_WRONG_USAGE).
    .title = Certificado no válido para este uso
    .summary = El certificado de seguridad del servidor no está pensado para este tipo de conexión.
    .summary-host = El certificado de seguridad de { $host } no está pensado para este tipo de conexión.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl no pudo detectar la dirección URL del archivo de configuración automática de proxy (PAC).
    .title = No se ha detectado la configuración del proxy
    .summary = No se ha podido detectar automáticamente la configuración del proxy de esta red.
    .summary-host = No se ha podido detectar automáticamente la configuración del proxy necesaria para acceder a { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse recibió una respuesta con más encabezados de los que WinHTTP puede aceptar.
    .title = Respuesta del servidor rechazada
    .summary = El servidor ha enviado una respuesta con demasiados encabezados, por lo que no se ha podido aceptar.
    .summary-host = El servidor { $host } ha enviado una respuesta con demasiados encabezados, por lo que no se ha podido aceptar.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse recibió encabezados cuyo tamaño total supera el límite establecido en el identificador de solicitud.
    .title = Respuesta del servidor demasiado grande
    .summary = El servidor ha enviado una respuesta con encabezados demasiado grandes, por lo que no se ha podido aceptar.
    .summary-host = El servidor { $host } ha enviado una respuesta con encabezados demasiado grandes, por lo que no se ha podido aceptar.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse encontró un desbordamiento al analizar la codificación de transferencia fragmentada (chunked) de la respuesta: un encabezado de fragmento superó el tamaño permitido.
    .title = No se ha podido leer la respuesta del servidor
    .summary = Una parte de la respuesta del servidor era más grande de lo permitido, por lo que no se ha podido leer la respuesta.
    .summary-host = Una parte de la respuesta de { $host } era más grande de lo permitido, por lo que no se ha podido leer la respuesta.
# 12184
error-winhttp-response-drain-overflow = Una respuesta entrante superó un límite de tamaño interno de WinHTTP.
    .title = La respuesta del servidor supera un límite de tamaño
    .summary = La respuesta del servidor era más grande de lo que permite este equipo, por lo que no se ha podido recibir.
    .summary-host = La respuesta de { $host } era más grande de lo que permite este equipo, por lo que no se ha podido recibir.
# 12185 — el certificado es el del propio usuario (certificado de cliente), no el del servidor.
error-winhttp-client-cert-no-private-key = No hay ninguna clave privada asociada al contexto del certificado de cliente SSL; es posible que el certificado se haya importado en el equipo sin su clave privada.
    .title = No se puede usar su certificado
    .summary = Al certificado que le identifica le falta la clave privada, por lo que no se puede usar. Es posible que la clave no se incluyera al instalar el certificado.
    .summary-host = Al certificado que le identifica ante { $host } le falta la clave privada, por lo que no se puede usar. Es posible que la clave no se incluyera al instalar el certificado.
# 12186 — el certificado es el del propio usuario (certificado de cliente), no el del servidor.
error-winhttp-client-cert-no-access-private-key = La aplicación no tiene los privilegios necesarios para acceder a la clave privada asociada al certificado de cliente.
    .title = Acceso denegado a su certificado
    .summary = Esta aplicación no tiene permiso para usar la clave privada del certificado que le identifica.
    .summary-host = Esta aplicación no tiene permiso para usar la clave privada del certificado que le identifica ante { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = El servidor proxy requiere la autenticación con certificado de cliente SSL/TLS; se debe proporcionar un certificado de cliente para la conexión con el proxy.
    .title = El proxy exige un certificado
    .summary = El servidor proxy exige un certificado que le identifique a usted o a su equipo antes de permitir la conexión.
    .summary-host = El servidor proxy exige un certificado que le identifique a usted o a su equipo antes de permitir una conexión con { $host }.
# 12188
error-winhttp-secure-failure-proxy = Se produjo un error de SSL/TLS en la conexión segura con el servidor proxy, por ejemplo, un problema con el certificado que envió.
    .title = Error en la conexión segura con el proxy
    .summary = No se ha podido establecer una conexión segura con el servidor proxy, por ejemplo, por un problema con su certificado.
    .summary-host = No se ha podido establecer una conexión segura con el servidor proxy usado para acceder a { $host }, por ejemplo, por un problema con su certificado.
# 12189 — reservado: nunca se notifica, así que el error es de la aplicación.
error-winhttp-reserved-189 = Código reservado; no se usa.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno y ha notificado un error que está reservado y nunca se usa.
    .summary-host = Esta aplicación ha tenido un problema interno al conectarse a { $host } y ha notificado un error que está reservado y nunca se usa.
# 12190 — «protocolo web» es HTTP; las versiones son HTTP/1.1, HTTP/2 y HTTP/3.
error-winhttp-http-protocol-mismatch = La versión del protocolo HTTP que usa el servidor no coincide con la solicitada o requerida; por ejemplo, se requería HTTP/2 o HTTP/3, pero no se pudo negociar.
    .title = Versión del protocolo web no compatible
    .summary = El servidor y esta aplicación no han podido ponerse de acuerdo sobre qué versión del protocolo web usar.
    .summary-host = El servidor { $host } y esta aplicación no han podido ponerse de acuerdo sobre qué versión del protocolo web usar.
# 12191
error-winhttp-global-callback-failed = Se produjo un error en una función de devolución de llamada global registrada en WinHTTP.
    .title = Error interno de la aplicación
    .summary = Esta aplicación ha tenido un problema interno: uno de sus componentes ha fallado mientras se procesaba la solicitud.
    .summary-host = Esta aplicación ha tenido un problema interno: uno de sus componentes ha fallado mientras se procesaba la solicitud a { $host }.
# 12192
error-winhttp-feature-disabled = La característica de WinHTTP solicitada está deshabilitada y no se puede usar.
    .title = Característica desactivada
    .summary = Una característica que necesita esta solicitud está desactivada en este equipo.
    .summary-host = Una característica necesaria para la solicitud a { $host } está desactivada en este equipo.
# 12193
error-winhttp-fast-forwarding-not-supported = No se admite el reenvío rápido (fast forwarding) para esta solicitud o conexión.
    .title = Característica no compatible
    .summary = Esta aplicación ha pedido una característica que esta conexión no admite.
    .summary-host = Esta aplicación ha pedido una característica que la conexión con { $host } no admite.

## Sugerencias: lo que el usuario puede probar, mostradas como lista bajo el resumen.
## Cada una es una frase completa en imperativo (usted) con punto final, de 100 caracteres como máximo.
## El catálogo (src/catalog.rs) decide qué sugerencias muestra cada código y en qué orden.
hint-check-connection = Compruebe la conexión de red.
hint-try-again-later = Espere un momento y vuelva a intentarlo.
hint-check-address = Compruebe que la dirección esté bien escrita.
hint-check-proxy = Compruebe la configuración del proxy o consulte al administrador de red.
hint-check-firewall = Asegúrese de que ningún firewall ni antivirus esté bloqueando esta aplicación.
hint-check-date-time = Asegúrese de que la fecha, la hora y la zona horaria de su equipo sean correctas.
hint-update-system = Instale las actualizaciones más recientes de su sistema operativo.
hint-contact-site-owner = Si el problema continúa, póngase en contacto con el propietario del sitio web o del servidor.
hint-contact-support = Póngase en contacto con el soporte técnico de esta aplicación.
hint-update-app = Compruebe si hay una versión más reciente de esta aplicación.
hint-restart-app = Cierre esta aplicación y vuelva a abrirla.
hint-restart-computer = Reinicie el equipo.
hint-free-memory = Cierre otros programas para liberar memoria y vuelva a intentarlo.
hint-check-credentials = Compruebe que el nombre de usuario y la contraseña sean correctos.
# Se muestra cuando el servidor o el proxy pide el certificado del propio usuario, o cuando este no se puede usar.
hint-check-client-certificate = Asegúrese de que el certificado solicitado esté bien instalado o consulte al administrador.

## Problemas de certificado: una línea cada uno, mostrados como lista cuando ha fallado una conexión segura.
## Como máximo 120 caracteres; una frase completa con punto final.
## «El certificado» es el que ha enviado el servidor.
cert-flag-rev-failed = Este equipo no ha podido comprobar si el certificado se ha revocado.
cert-flag-invalid-cert = El certificado no es válido.
cert-flag-cert-revoked = La entidad que emitió el certificado lo ha revocado.
cert-flag-invalid-ca = El certificado lo ha emitido una entidad en la que este equipo no confía.
cert-flag-cert-cn-invalid = El certificado se emitió para otro nombre de sitio.
cert-flag-cert-date-invalid = El certificado ha expirado o aún no es válido.
cert-flag-cert-wrong-usage = El certificado no está pensado para este tipo de conexión.
cert-flag-security-channel-error = Se ha producido un error al establecer la conexión segura.
# $flags (String): los indicadores restantes en hexadecimal, p. ej. 0x00000100; puede contener varios.
cert-flag-unknown = El certificado tiene uno o varios problemas que no se han podido identificar ({ $flags }).

## Códigos que esta biblioteca no conoce.
# $code (String): el código en decimal, p. ej. 12345. $hex (String): el mismo en hexadecimal, 0x00003039.
# $host (String): el nombre del servidor (solo en .summary-host), p. ej. example.com.
# Mismos límites que los textos de cada código: 200 caracteres como máximo cada uno.
unknown-code =
    .summary = Se ha producido un problema inesperado durante la conexión (error { $code }, { $hex }).
    .summary-host = Se ha producido un problema inesperado al conectarse a { $host } (error { $code }, { $hex }).

## Mensajes compuestos

# $description (String): la descripción del código; $name (String): su nombre simbólico; $code (String): el código en decimal.
report-line = { $description } ({ $name }, { $code })
# $code (String): el código en decimal; $hex (String): el mismo código en hexadecimal, p. ej. 0x80072EE2.
unknown-error = Error desconocido de WinHTTP: { $code } ({ $hex }).
