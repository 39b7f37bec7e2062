### Descricións dos códigos de erro de WinHTTP (gl-ES, galego).
### Unha mensaxe por código de erro, en orde numérica. O identificador de cada
### mensaxe é o nome simbólico da constante en minúsculas, con «_» substituído
### por «-». Non cambie os identificadores nin a orde.
### O valor de cada mensaxe é a descrición técnica, para programadores: unha soa
### liña, sen variables, porque se mostra tal cal en caixas de diálogo e
### rexistros. Os nomes de funcións, métodos, opcións, macros e constantes da API
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) son identificadores e nunca
### se traducen nin se modifican.
###
### Texto para o usuario final. Ademais do valor (a descrición técnica), cada
### código ten tres atributos escritos para unha persoa que non é programadora:
###   .title         Título da caixa de diálogo (instrución principal): que
###                  fallou, 60 caracteres como máximo, só a primeira letra en
###                  maiúscula, sen punto final.
###   .summary       Texto baixo o título: unha ou dúas frases sinxelas que
###                  din que pasou, 200 caracteres como máximo, con punto final.
###                  Ten que entenderse sen ningún nome de servidor.
###   .summary-host  O mesmo resumo co nome do servidor: { $host } aparece
###                  exactamente unha vez; 200 caracteres como máximo cando
###                  $host é «example.com».
### $host contén o nome do servidor tal como o coñece a aplicación, por exemplo
### «example.com», «intranet.corp.local» ou un enderezo IP como 192.0.2.10.
### Nunca está baleiro: se non hai nome, móstrase .summary. Escríbese «o
### servidor { $host }», «a { $host }» ou «con { $host }», sen artigo nin
### contracción («ao», «do», «co») pegados ao nome.
### As suxestións (hint-*) móstranse nunha lista baixo o resumo: unha frase en
### imperativo con punto final, 100 caracteres como máximo. As liñas de
### certificado (cert-flag-*), 120 como máximo. O catálogo (src/catalog.rs)
### decide que suxestións recibe cada código, igual en todas as linguas; por iso
### o resumo di que pasou e non repite as suxestións.
### Nestes textos non pode aparecer ningún identificador da API (constante,
### función, método ou opción), nin «_», nin «WinHTTP»/«WinHttp», nin «handle»,
### nin «callback», nin «PAC», nin «{» fóra das variables documentadas.
### Prefírense palabras de todos os días («conexión segura» e non TLS/SSL;
### «script de configuración do proxy» e non ficheiro PAC, como na configuración
### de proxy de Windows).
### Cando a propia aplicación usou mal a biblioteca (códigos obsoletos,
### reservados e de uso incorrecto), dise claramente que esta aplicación tivo un
### problema interno; nunca se culpa o usuario. Os erros de seguridade nunca
### suxiren saltar a comprobación, ignorala nin continuar de todos os xeitos.
### Normativa da RAG (2003, revisión de 2012). Tratamento de vostede
### («Comprobe», «o seu computador», «que o identifique»). Galego sen tempos
### compostos: pretérito simple («produciuse», «tivo», «non se atopou») e
### pluscuamperfecto simple («xa se pechara»). Perífrase «estar a + infinitivo»
### («estase a pechar»), non «estar + xerundio». Colocación do pronome segundo a
### norma: enclítico en oracións principais («produciuse»), proclítico tras
### negación e en subordinadas («non se puido», «que se usa»).
###
### GLOSARIO (terminoloxía de Microsoft e de Galipedia/Proxecto Trasno):
###   computer = «computador»; file = «ficheiro»; application = «aplicación»;
###     settings = «configuración»; user = «usuario».
###   request = «solicitude»; response = «resposta»; header = «cabeceira»;
###     server = «servidor»; network = «rede»; connection = «conexión».
###   proxy = «servidor proxy» / «proxy» (masculino), como en Windows; proxy
###     setup script (PAC) = «script de configuración do proxy» para o
###     usuario; «ficheiro PAC» só nas descricións.
###   certificate = «certificado»; o do servidor, «certificado de seguridade»;
###     o propio, «o certificado que o identifica». revoke = «revogar»; issuing
###     authority = «entidade que o emitiu»; private key = «clave privada».
###   secure connection = «conexión segura»; secure channel = «canle segura»
###     (canle, feminino).
###   firewall = «devasa»; antivirus program = «programa antivirus».
###   redirect = «redirixir»; redirection = «redirección».
###   sign in = «iniciar sesión»; user name = «nome de usuario»; password =
###     «contrasinal» (masculino).
###   timeout = «tempo de espera» («esgotouse o tempo de espera»).
###   download = «descargar»; web address = «enderezo web»; feature =
###     «funcionalidade»; turned off = «desactivado»; support team = «equipo de
###     asistencia técnica»; try again = «ténteo de novo».
###   handle = «identificador» (só nas descricións); callback = «función de
###     devolución de chamada» (só nas descricións).
###   Winsock (só nas descricións): socket = «socket»; host = «host»;
###     name server = «servidor de nomes»; route = «ruta»;
###     keep-alive = «mantemento da conexión (keep-alive)». Para o usuario:
###     «rede inaccesible», «conexión rexeitada», «servidor inaccesible»,
###     «buscar o nome».
### TIPOGRAFÍA: comiñas angulares « » (e “ ” dentro delas); sen espazo antes de
### «:», minúscula despois; puntos suspensivos «…»; apóstrofo tipográfico ’ se
### fai falta.

## Erros xenéricos de Windows (winerror.h) que tamén devolve WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = O sistema non pode atopar o ficheiro especificado: non existe unha opción de configuración, un ficheiro ou un valor do rexistro que buscaba a función.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: non se atopou unha opción de configuración ou un ficheiro que necesitaba.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host }: non se atopou unha opción de configuración ou un ficheiro que necesitaba.
# 6
error-invalid-handle = O identificador pasado á API invalidouse ou pechouse.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou usar unha conexión que xa se pechara.
    .summary-host = Esta aplicación tivo un problema interno: intentou usar unha conexión con { $host } que xa se pechara.
# 8
error-not-enough-memory = Non hai memoria suficiente dispoñible para completar a operación solicitada.
    .title = Non hai memoria suficiente
    .summary = O seu computador quedou sen memoria dispoñible antes de que se puidese completar a solicitude.
    .summary-host = O seu computador quedou sen memoria dispoñible antes de que se puidese completar a solicitude a { $host }.
# 18
error-no-more-files = Non se atoparon máis ficheiros.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno ao ler os resultados dunha solicitude.
    .summary-host = Esta aplicación tivo un problema interno ao ler os resultados dunha solicitude a { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = A pila de protocolos necesaria non está cargada e a aplicación non pode iniciar Winsock.
    .title = A rede non está dispoñible
    .summary = Non se puideron iniciar neste computador os compoñentes de rede que necesita esta aplicación.
    .summary-host = Non se puideron iniciar neste computador os compoñentes de rede necesarios para conectarse a { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = O parámetro non é correcto: un dos argumentos pasados á función non é válido (por exemplo, un punteiro NULL, un tamaño de estrutura incorrecto ou marcas incompatibles).
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: pasoulle ao compoñente de rede información que non é válida.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host }: pasoulle ao compoñente de rede información que non é válida.
# 122
error-insufficient-buffer = O búfer proporcionado á función é demasiado pequeno para conter os datos devoltos. Consulte a documentación da función correspondente para obter os detalles.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: non reservou espazo suficiente para os datos que recibiu.
    .summary-host = Esta aplicación tivo un problema interno: non reservou espazo suficiente para os datos recibidos de { $host }.
# 259
error-no-more-items = Non hai máis elementos.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno ao ler unha lista de resultados.
    .summary-host = Esta aplicación tivo un problema interno ao ler unha lista de resultados de { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Hai unha operación de E/S superposta en curso: a función continúa de forma asíncrona e comunica o resultado mediante a función de devolución de chamada de estado.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: tratou como un erro unha solicitude que aínda estaba en curso.
    .summary-host = Esta aplicación tivo un problema interno: tratou como un erro unha solicitude a { $host } que aínda estaba en curso.
# 1168
error-not-found = Non se atopou o elemento: o que se lle pediu á función (por exemplo, un resultado de proxy, unha entrada ou unha opción gardada) non existe.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: pediu un elemento que non existe.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host }: pediu un elemento que non existe.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = A operación non é válida no estado actual do obxecto, por exemplo, enviar datos por un WebSocket que se está a pechar ou recibir mentres hai outra recepción pendente.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou usar unha conexión dun xeito que o seu estado actual non permite.
    .summary-host = Esta aplicación tivo un problema interno: intentou usar a súa conexión con { $host } dun xeito que o seu estado actual non permite.

## Erros de Winsock (winsock2.h) que unha implementación de WinHTTP deixa pasar
## (a winhttp.dll de Wine faino; a de Windows converte a maioría nun código 12xxx).
## Para o usuario significan o mesmo que o seu equivalente de WinHTTP; a
## descrición indica que código é.

# 10050
wsaenetdown = Fallou o subsistema de rede (WSAENETDOWN): a pila de rede ou o adaptador deste computador non funciona.
    .title = A rede non funciona
    .summary = A rede deste computador non funciona, polo que non se puido chegar ao servidor.
    .summary-host = A rede deste computador non funciona, polo que non se puido chegar a { $host }.
# 10051
wsaenetunreach = Non se pode acceder á rede (WSAENETUNREACH): este computador non ten ningunha ruta cara á rede do servidor.
    .title = Rede inaccesible
    .summary = Este computador non ten ningún camiño cara á rede do servidor, polo que non se puido chegar a el.
    .summary-host = Este computador non ten ningún camiño cara á rede de { $host }, polo que non se puido chegar ao servidor.
# 10052
wsaenetreset = A conexión interrompeuse porque a actividade de mantemento da conexión (keep-alive) detectou un fallo mentres a operación estaba en curso (WSAENETRESET).
    .title = Conexión interrompida
    .summary = Perdeuse a conexión co servidor porque a rede deixou de responder.
    .summary-host = Perdeuse a conexión con { $host } porque a rede deixou de responder.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Un programa deste computador interrompeu unha conexión establecida (WSAECONNABORTED), por exemplo, despois de esgotarse o tempo de espera dunha transmisión de datos ou por causa dunha devasa.
    .title = Conexión interrompida
    .summary = Este computador puxo fin á conexión co servidor, quizais por causa dunha devasa ou dun programa de seguridade.
    .summary-host = Este computador puxo fin á conexión con { $host }, quizais por causa dunha devasa ou dun programa de seguridade.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = O host remoto forzou o peche dunha conexión existente (WSAECONNRESET).
    .title = Conexión interrompida
    .summary = O servidor pechou a conexión de forma inesperada.
    .summary-host = O servidor { $host } pechou a conexión de forma inesperada.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Esgotouse o tempo de espera do intento de conexión ou da transferencia porque o outro extremo non respondeu a tempo (WSAETIMEDOUT).
    .title = Esgotouse o tempo de espera da conexión
    .summary = O servidor tardou demasiado en responder.
    .summary-host = O servidor { $host } tardou demasiado en responder.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Non se puido establecer a conexión porque o computador de destino a rexeitou activamente (WSAECONNREFUSED): non hai nada á escoita nese porto.
    .title = Conexión rexeitada
    .summary = O servidor rexeitou a conexión. É posible que estea apagado ou que non acepte conexións.
    .summary-host = O servidor { $host } rexeitou a conexión. É posible que estea apagado ou que non acepte conexións.
# 10064
wsaehostdown = Unha operación de socket fallou porque o host de destino non está activo (WSAEHOSTDOWN).
    .title = O servidor non responde
    .summary = Parece que o servidor está apagado ou desconectado da rede.
    .summary-host = Parece que o servidor { $host } está apagado ou desconectado da rede.
# 10065
wsaehostunreach = Intentouse unha operación de socket cun host inaccesible (WSAEHOSTUNREACH): non se atopou ningunha ruta cara ao servidor.
    .title = Servidor inaccesible
    .summary = Non se atopou ningún camiño desde este computador ata o servidor.
    .summary-host = Non se atopou ningún camiño desde este computador ata { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Host descoñecido (WSAHOST_NOT_FOUND): o servidor de nomes non ten ningún enderezo para este nome.
    .title = Non se atopou o servidor
    .summary = Non se atopou o servidor na rede.
    .summary-host = Non se atopou na rede ningún servidor chamado { $host }.
# 11002
wsatry-again = O servidor de nomes non deu unha resposta autorizada e a busca podería funcionar máis tarde (WSATRY_AGAIN): adoita ser un fallo temporal do servidor de nomes.
    .title = Non se puido buscar o nome do servidor
    .summary = Neste momento non se puido buscar o nome do servidor. Adoita ser un problema temporal.
    .summary-host = Neste momento non se puido buscar o nome { $host }. Adoita ser un problema temporal.

## Erros propios de WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Non se puideron xerar máis identificadores (obsoleto; xa non se usa).
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno e comunicou un erro que os sistemas actuais xa non usan.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host } e comunicou un erro que os sistemas actuais xa non usan.
# 12002
error-winhttp-timeout = Esgotouse o tempo de espera da solicitude. Isto tamén pode deberse ao comportamento do tempo de espera de TCP/IP, independentemente dos valores de tempo de espera definidos en WinHTTP.
    .title = Esgotouse o tempo de espera da conexión
    .summary = O servidor tardou demasiado en responder.
    .summary-host = O servidor { $host } tardou demasiado en responder.
# 12004
error-winhttp-internal-error = Produciuse un erro interno en WinHTTP.
    .title = Erro interno inesperado
    .summary = Un problema interno inesperado detivo a solicitude.
    .summary-host = Un problema interno inesperado detivo a solicitude a { $host }.
# 12005
error-winhttp-invalid-url = O URL non é válido.
    .title = Enderezo web non válido
    .summary = O enderezo web non é válido, polo que non se puido enviar a solicitude.
    .summary-host = O enderezo web usado para chegar a { $host } non é válido, polo que non se puido enviar a solicitude.
# 12006
error-winhttp-unrecognized-scheme = O URL especifica un esquema distinto de http: ou https:.
    .title = Enderezo web non admitido
    .summary = Este tipo de enderezo non se admite. Só se poden abrir enderezos que comecen por http:// ou https://.
    .summary-host = O enderezo usado para chegar a { $host } é dun tipo que non se admite. Só se poden abrir enderezos que comecen por http:// ou https://.
# 12007
error-winhttp-name-not-resolved = Non se puido resolver o nome do servidor.
    .title = Non se atopou o servidor
    .summary = Non se atopou o servidor na rede.
    .summary-host = Non se atopou na rede ningún servidor chamado { $host }.
# 12009
error-winhttp-invalid-option = Unha chamada a WinHttpQueryOption ou WinHttpSetOption especificou un valor de opción non válido.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: usou unha opción de conexión que non é válida.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host }: usou unha opción de conexión que non é válida.
# 12011
error-winhttp-option-not-settable = Non se pode definir a opción solicitada; só se pode consultar.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou cambiar unha opción de conexión que só se pode ler.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host }: intentou cambiar unha opción de conexión que só se pode ler.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = O soporte das funcións de WinHTTP estase a pechar ou a descargar.
    .title = O acceso á rede estase a pechar
    .summary = A solicitude detívose porque o acceso á rede se está a pechar, por exemplo, porque esta aplicación se está a pechar.
    .summary-host = A solicitude a { $host } detívose porque o acceso á rede se está a pechar, por exemplo, porque esta aplicación se está a pechar.
# 12015
error-winhttp-login-failure = Fallou o intento de inicio de sesión. Peche o identificador da solicitude con WinHttpCloseHandle e cree un novo antes de tentar de novo a función que fallou.
    .title = Non se puido iniciar sesión
    .summary = O servidor non aceptou os datos de inicio de sesión.
    .summary-host = O servidor { $host } non aceptou os datos de inicio de sesión.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = Cancelouse a operación, normalmente porque o identificador co que traballaba a solicitude se pechou antes de que a operación rematase.
    .title = Solicitude cancelada
    .summary = A solicitude cancelouse antes de que puidese rematar.
    .summary-host = A solicitude a { $host } cancelouse antes de que puidese rematar.
# 12018
error-winhttp-incorrect-handle-type = O tipo de identificador proporcionado non é correcto para esta operación.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno e non puido completar a solicitude.
    .summary-host = Esta aplicación tivo un problema interno e non puido completar a solicitude a { $host }.
# 12019
error-winhttp-incorrect-handle-state = Non se pode realizar a operación solicitada porque o identificador proporcionado non está no estado correcto.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: seguiu os pasos da solicitude nunha orde equivocada.
    .summary-host = Esta aplicación tivo un problema interno: seguiu os pasos da solicitude a { $host } nunha orde equivocada.
# 12029
error-winhttp-cannot-connect = Non se puido establecer a conexión co servidor.
    .title = Non se pode conectar
    .summary = Esta aplicación non puido conectarse co servidor.
    .summary-host = Esta aplicación non puido conectarse co servidor { $host }.
# 12030
error-winhttp-connection-error = A conexión co servidor restableceuse ou terminou, ou atopouse un protocolo SSL incompatible (por exemplo, WinHTTP 5.1 non admite SSL 2.0 a menos que o cliente o active expresamente).
    .title = Conexión interrompida
    .summary = A conexión co servidor interrompeuse ou pechouse de forma inesperada.
    .summary-host = A conexión co servidor { $host } interrompeuse ou pechouse de forma inesperada.
# 12032
error-winhttp-resend-request = A función de WinHTTP fallou, pero pódese tentar de novo co mesmo identificador de solicitude.
    .title = A solicitude non se completou
    .summary = Non se puido completar a solicitude neste intento.
    .summary-host = Non se puido completar a solicitude a { $host } neste intento.
# 12037
error-winhttp-secure-cert-date-invalid = Un certificado necesario non está dentro do seu período de validez segundo o reloxo do sistema ou a marca de tempo do ficheiro asinado, ou os períodos de validez da cadea de certificados non están aniñados correctamente (equivale a CERT_E_EXPIRED ou CERT_E_VALIDITYPERIODNESTING).
    .title = O certificado caducou ou aínda non é válido
    .summary = Segundo o reloxo deste computador, o certificado de seguridade do servidor caducou ou aínda non é válido.
    .summary-host = Segundo o reloxo deste computador, o certificado de seguridade de { $host } caducou ou aínda non é válido.
# 12038
error-winhttp-secure-cert-cn-invalid = O nome común (CN) do certificado non coincide co valor proporcionado (equivale a CERT_E_CN_NO_MATCH).
    .title = O certificado é doutro sitio
    .summary = O certificado de seguridade emitiuse para outro nome de sitio, polo que non se puido confirmar a identidade do servidor.
    .summary-host = O certificado de seguridade que enviou { $host } emitiuse para outro nome, polo que non se puido confirmar a identidade do servidor.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = O servidor solicita autenticación de cliente SSL (comunícaa WinHttpReceiveResponse). Obteña os emisores de certificados aceptados con WinHttpQueryOption e WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; se se pide un certificado pero non é obrigatorio, chame a WinHttpSetOption con WINHTTP_OPTION_CLIENT_CERT_CONTEXT e WINHTTP_NO_CLIENT_CERT_CONTEXT en lpBuffer.
    .title = O servidor require un certificado
    .summary = O servidor require un certificado que o identifique a vostede ou ao seu computador antes de permitir a conexión.
    .summary-host = O servidor { $host } require un certificado que o identifique a vostede ou ao seu computador antes de permitir a conexión.
# 12045
error-winhttp-secure-invalid-ca = Procesouse unha cadea de certificados, pero terminou nun certificado raíz no que non confía o provedor de confianza (equivale a CERT_E_UNTRUSTEDROOT).
    .title = Certificado que non é de confianza
    .summary = O certificado de seguridade do servidor emitiuno unha entidade na que este computador non confía.
    .summary-host = O certificado de seguridade de { $host } emitiuno unha entidade na que este computador non confía.
# 12057
error-winhttp-secure-cert-rev-failed = Non se puido comprobar a revogación do certificado porque o servidor de revogación estaba sen conexión (equivale a CRYPT_E_REVOCATION_OFFLINE).
    .title = Non se puido comprobar o certificado
    .summary = Este computador non puido comprobar se o certificado de seguridade do servidor foi revogado, porque non se puido chegar ao servidor que informa dos certificados revogados.
    .summary-host = Este computador non puido comprobar se o certificado de seguridade de { $host } foi revogado, porque non se puido chegar ao servidor que informa dos certificados revogados.
# 12100
error-winhttp-cannot-call-before-open = O obxecto WinHttpRequest non pode realizar a operación solicitada antes de que se chame ao método Open.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou usar unha solicitude antes de preparala.
    .summary-host = Esta aplicación tivo un problema interno: intentou usar unha solicitude a { $host } antes de preparala.
# 12101
error-winhttp-cannot-call-before-send = O obxecto WinHttpRequest non pode realizar a operación solicitada antes de que se chame ao método Send.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: pediu unha resposta antes de enviar a solicitude.
    .summary-host = Esta aplicación tivo un problema interno: pediu a resposta de { $host } antes de enviar a solicitude.
# 12102
error-winhttp-cannot-call-after-send = O obxecto WinHttpRequest non pode realizar a operación solicitada despois de que se chamase ao método Send.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou modificar unha solicitude que xa se enviara.
    .summary-host = Esta aplicación tivo un problema interno: intentou modificar unha solicitude a { $host } que xa se enviara.
# 12103
error-winhttp-cannot-call-after-open = O obxecto WinHttpRequest non pode solicitar a opción especificada despois de que se chamase ao método Open.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou cambiar unha opción dunha solicitude cando xa era demasiado tarde para facelo.
    .summary-host = Esta aplicación tivo un problema interno: intentou cambiar unha opción dunha solicitude a { $host } cando xa era demasiado tarde para facelo.
# 12150
error-winhttp-header-not-found = Non se atopou a cabeceira solicitada.
    .title = Falta información na resposta
    .summary = A resposta do servidor non incluía un dato que esta aplicación esperaba.
    .summary-host = A resposta de { $host } non incluía un dato que esta aplicación esperaba.
# 12152
error-winhttp-invalid-server-response = Non se puido analizar a resposta do servidor.
    .title = Resposta do servidor non válida
    .summary = O servidor enviou unha resposta que non se puido entender.
    .summary-host = O servidor { $host } enviou unha resposta que non se puido entender.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = A cabeceira HTTP proporcionada non é válida, por exemplo, porque ten un formato incorrecto.
    .title = Solicitude non válida
    .summary = Esta aplicación intentou enviar información nun formato que non é válido, polo que non se puido enviar a solicitude.
    .summary-host = Esta aplicación intentou enviar información a { $host } nun formato que non é válido, polo que non se puido enviar a solicitude.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Unha solicitude de consulta de cabeceira non era válida (obsoleto; xa non se usa).
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno e comunicou un erro que os sistemas actuais xa non usan.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host } e comunicou un erro que os sistemas actuais xa non usan.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Non se puido engadir a cabeceira porque xa existe (obsoleto; xa non se usa).
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: intentou engadir dúas veces a mesma información a unha solicitude.
    .summary-host = Esta aplicación tivo un problema interno: intentou engadir dúas veces a mesma información a unha solicitude a { $host }.
# 12156
error-winhttp-redirect-failed = A redirección fallou porque cambiou o esquema ou porque fallaron todos os intentos de redirección (cinco intentos de forma predeterminada).
    .title = A redirección fallou
    .summary = O servidor redirixiu a solicitude a outro enderezo, pero non se puido completar a redirección.
    .summary-host = O servidor { $host } redirixiu a solicitude a outro enderezo, pero non se puido completar a redirección.
# 12157
error-winhttp-secure-channel-error = Produciuse un erro na canle segura (equivale aos códigos de erro SEC_E_ e SEC_I_ definidos en winerror.h).
    .title = Non se puido establecer unha conexión segura
    .summary = Produciuse un erro ao establecer unha conexión segura co servidor.
    .summary-host = Produciuse un erro ao establecer unha conexión segura con { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Produciuse un erro ao executar o código do script do ficheiro de configuración automática do proxy (PAC).
    .title = Erro no script de configuración do proxy
    .summary = O script de configuración do proxy desta rede contén un erro.
    .summary-host = O script de configuración do proxy que se usa para chegar a { $host } contén un erro.
# 12167
error-winhttp-unable-to-download-script = Non se puido descargar o ficheiro PAC, por exemplo, porque non se puido chegar ao servidor indicado no URL do PAC ou porque devolveu 404 Not Found.
    .title = O script de configuración do proxy non está dispoñible
    .summary = Non se puido descargar o script de configuración do proxy desta rede.
    .summary-host = Non se puido descargar o script de configuración do proxy necesario para chegar a { $host }.
# 12169
error-winhttp-secure-invalid-cert = Un certificado non é válido (equivale a erros como CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED e CERT_E_CHAINING).
    .title = Certificado non válido
    .summary = O certificado de seguridade do servidor non é válido, polo que non se puido establecer unha conexión segura.
    .summary-host = O certificado de seguridade de { $host } non é válido, polo que non se puido establecer unha conexión segura.
# 12170
error-winhttp-secure-cert-revoked = Revogouse un certificado (equivale a CRYPT_E_REVOKED).
    .title = Certificado revogado
    .summary = A entidade que emitiu o certificado de seguridade do servidor revogouno, polo que xa non se pode confiar nel.
    .summary-host = A entidade que emitiu o certificado de seguridade de { $host } revogouno, polo que xa non se pode confiar nel.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP non se inicializou (obsoleto; xa non se usa).
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno e comunicou un erro que os sistemas actuais xa non usan.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host } e comunicou un erro que os sistemas actuais xa non usan.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Atopáronse un ou máis erros no certificado SSL (Secure Sockets Layer) que enviou o servidor. Para saber cales, busque unha notificación WINHTTP_CALLBACK_STATUS_SECURE_FAILURE nunha función de devolución de chamada de estado (consulte WINHTTP_STATUS_CALLBACK).
    .title = A conexión segura fallou
    .summary = O certificado de seguridade do servidor ten un ou máis problemas, polo que non se puido establecer unha conexión segura.
    .summary-host = O certificado de seguridade que enviou { $host } ten un ou máis problemas, polo que non se puido establecer unha conexión segura.
# 12176
error-winhttp-unhandled-script-type = O tipo de script non se admite.
    .title = Script de configuración do proxy non admitido
    .summary = O script de configuración do proxy desta rede é dun tipo que non se admite.
    .summary-host = O script de configuración do proxy que se usa para chegar a { $host } é dun tipo que non se admite.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Produciuse un erro ao executar un script.
    .title = Fallou o script de configuración do proxy
    .summary = Produciuse un erro ao executar o script de configuración do proxy desta rede.
    .summary-host = Produciuse un erro ao executar o script de configuración do proxy que se usa para chegar a { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl non puido atopar un proxy para o URL especificado.
    .title = Non se atopou o proxy
    .summary = Non se puido determinar que servidor proxy se debe usar para este enderezo.
    .summary-host = Non se puido determinar que servidor proxy se debe usar para { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Un certificado non é válido para o uso solicitado (equivale a CERT_E_WRONG_USAGE).
    .title = Certificado non válido para este uso
    .summary = O certificado de seguridade do servidor non está pensado para este tipo de conexión.
    .summary-host = O certificado de seguridade de { $host } non está pensado para este tipo de conexión.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl non puido descubrir o URL do ficheiro de configuración automática do proxy (PAC).
    .title = Non se detectou a configuración do proxy
    .summary = Non se puido detectar automaticamente a configuración do proxy desta rede.
    .summary-host = Non se puido detectar automaticamente a configuración do proxy necesaria para chegar a { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse recibiu unha resposta con máis cabeceiras das que WinHTTP pode aceptar.
    .title = Rexeitouse a resposta do servidor
    .summary = O servidor enviou unha resposta con demasiadas cabeceiras, polo que non se puido aceptar.
    .summary-host = O servidor { $host } enviou unha resposta con demasiadas cabeceiras, polo que non se puido aceptar.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse recibiu cabeceiras cun tamaño total que supera o límite definido no identificador da solicitude.
    .title = Resposta do servidor demasiado grande
    .summary = O servidor enviou unha resposta cunhas cabeceiras demasiado grandes, polo que non se puido aceptar.
    .summary-host = O servidor { $host } enviou unha resposta cunhas cabeceiras demasiado grandes, polo que non se puido aceptar.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse detectou un desbordamento ao analizar a codificación de transferencia fragmentada (chunked) da resposta: unha cabeceira de fragmento superou o tamaño permitido.
    .title = Non se puido ler a resposta do servidor
    .summary = Unha parte da resposta do servidor superaba o tamaño permitido, polo que non se puido ler a resposta.
    .summary-host = Unha parte da resposta de { $host } superaba o tamaño permitido, polo que non se puido ler a resposta.
# 12184
error-winhttp-response-drain-overflow = Unha resposta entrante superou un límite de tamaño interno de WinHTTP.
    .title = A resposta do servidor superou un límite de tamaño
    .summary = A resposta do servidor superaba o tamaño que permite este computador, polo que non se puido recibir.
    .summary-host = A resposta de { $host } superaba o tamaño que permite este computador, polo que non se puido recibir.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = Non hai ningunha clave privada asociada ao contexto do certificado de cliente SSL; é posible que o certificado se importase no computador sen a súa clave privada.
    .title = Non se pode usar o seu certificado
    .summary = Ao certificado que o identifica fáltalle a clave privada, polo que non se pode usar. Quizais a clave non se incluíu ao instalar o certificado.
    .summary-host = Ao certificado que o identifica ante { $host } fáltalle a clave privada, polo que non se pode usar. Quizais a clave non se incluíu ao instalar o certificado.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = A aplicación non ten os privilexios necesarios para acceder á clave privada asociada ao certificado de cliente.
    .title = Denegouse o acceso ao seu certificado
    .summary = Esta aplicación non ten permiso para usar a clave privada do certificado que o identifica.
    .summary-host = Esta aplicación non ten permiso para usar a clave privada do certificado que o identifica ante { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = O servidor proxy require autenticación con certificado de cliente SSL/TLS; hai que proporcionar un certificado de cliente para a conexión co proxy.
    .title = O proxy require un certificado
    .summary = O servidor proxy require un certificado que o identifique a vostede ou ao seu computador antes de permitir a conexión.
    .summary-host = O servidor proxy require un certificado que o identifique a vostede ou ao seu computador antes de permitir unha conexión con { $host }.
# 12188
error-winhttp-secure-failure-proxy = Produciuse un erro de SSL/TLS na conexión segura co servidor proxy, por exemplo, un problema co certificado que enviou.
    .title = Fallou a conexión segura co proxy
    .summary = Non se puido establecer unha conexión segura co servidor proxy, por exemplo, por un problema co seu certificado.
    .summary-host = Non se puido establecer unha conexión segura co servidor proxy que se usa para chegar a { $host }, por exemplo, por un problema co seu certificado.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Código reservado; non se usa.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno e comunicou un erro que está reservado e que nunca se usa.
    .summary-host = Esta aplicación tivo un problema interno ao conectarse a { $host } e comunicou un erro que está reservado e que nunca se usa.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = A versión do protocolo HTTP que usa o servidor non coincide coa solicitada ou requirida, por exemplo, requiríase HTTP/2 ou HTTP/3 pero non se puido negociar.
    .title = Versión do protocolo web incompatible
    .summary = O servidor e esta aplicación non se puideron poñer de acordo sobre que versión do protocolo web usar.
    .summary-host = O servidor { $host } e esta aplicación non se puideron poñer de acordo sobre que versión do protocolo web usar.
# 12191
error-winhttp-global-callback-failed = Fallou unha función de devolución de chamada global rexistrada en WinHTTP.
    .title = Erro interno da aplicación
    .summary = Esta aplicación tivo un problema interno: un dos seus compoñentes fallou mentres se procesaba a solicitude.
    .summary-host = Esta aplicación tivo un problema interno: un dos seus compoñentes fallou mentres se procesaba a solicitude a { $host }.
# 12192
error-winhttp-feature-disabled = A funcionalidade de WinHTTP solicitada está desactivada e non se pode usar.
    .title = Funcionalidade desactivada
    .summary = Unha funcionalidade que necesita esta solicitude está desactivada neste computador.
    .summary-host = Unha funcionalidade necesaria para a solicitude a { $host } está desactivada neste computador.
# 12193
error-winhttp-fast-forwarding-not-supported = O avance rápido (fast forwarding) non se admite para esta solicitude ou conexión.
    .title = Funcionalidade non admitida
    .summary = Esta aplicación pediu unha funcionalidade que esta conexión non admite.
    .summary-host = Esta aplicación pediu unha funcionalidade que a conexión con { $host } non admite.

## Suxestións: o que o usuario pode probar, nunha lista baixo o resumo.
## Cada unha é unha frase completa en imperativo con punto final, 100 caracteres como máximo.
## O catálogo (src/catalog.rs) decide que suxestións mostra cada código e en que orde.
hint-check-connection = Comprobe a súa conexión de rede.
hint-try-again-later = Agarde un momento e ténteo de novo.
hint-check-address = Comprobe que o enderezo estea ben escrito.
hint-check-proxy = Comprobe a configuración do proxy ou consulte o administrador da rede.
hint-check-firewall = Asegúrese de que ningunha devasa nin ningún programa antivirus bloquee esta aplicación.
hint-check-date-time = Asegúrese de que a data, a hora e o fuso horario do computador sexan correctos.
hint-update-system = Instale as actualizacións máis recentes do sistema operativo.
hint-contact-site-owner = Se o problema continúa, póñase en contacto co propietario do sitio web ou do servidor.
hint-contact-support = Póñase en contacto co equipo de asistencia técnica desta aplicación.
hint-update-app = Comprobe se hai unha versión máis recente desta aplicación.
hint-restart-app = Peche esta aplicación e volva abrila.
hint-restart-computer = Reinicie o computador.
hint-free-memory = Peche outros programas para liberar memoria e ténteo de novo.
hint-check-credentials = Comprobe que o nome de usuario e o contrasinal sexan correctos.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Asegúrese de que o certificado solicitado estea ben instalado ou consulte o administrador.

## Problemas de certificado: unha liña cada un, nunha lista cando fallou unha conexión segura.
## 120 caracteres como máximo; unha frase completa con punto final.
## «O certificado» é o que enviou o servidor.
cert-flag-rev-failed = Este computador non puido comprobar se o certificado foi revogado.
cert-flag-invalid-cert = O certificado non é válido.
cert-flag-cert-revoked = A entidade que emitiu o certificado revogouno.
cert-flag-invalid-ca = O certificado emitiuno unha entidade na que este computador non confía.
cert-flag-cert-cn-invalid = O certificado emitiuse para outro nome de sitio.
cert-flag-cert-date-invalid = O certificado caducou ou aínda non é válido.
cert-flag-cert-wrong-usage = O certificado non está pensado para este tipo de conexión.
cert-flag-security-channel-error = Produciuse un erro ao establecer a conexión segura.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = O certificado ten un ou máis problemas que non se puideron identificar ({ $flags }).

## Códigos que esta biblioteca non coñece.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Produciuse un problema inesperado durante a conexión (erro { $code }, { $hex }).
    .summary-host = Produciuse un problema inesperado ao conectarse a { $host } (erro { $code }, { $hex }).

## Mensaxes compostas

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Erro descoñecido de WinHTTP: { $code } ({ $hex }).
