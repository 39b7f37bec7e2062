### Descrições dos códigos de erro do WinHTTP (pt-PT, português europeu).
### Uma mensagem por código de erro, por ordem numérica. O identificador de cada
### mensagem é o nome simbólico da constante em minúsculas, com «_» substituído
### por «-». Não altere os identificadores nem a ordem.
### O valor de cada mensagem é a descrição técnica, para programadores: uma única
### linha, sem marcadores de posição, porque é mostrada tal como está em caixas
### de diálogo e registos. Os nomes de funções, métodos, opções, macros e
### constantes da API (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) são
### identificadores e nunca são traduzidos nem alterados.
###
### Texto para o utilizador final. Além do valor (a descrição técnica), cada
### código tem três atributos escritos para quem não é programador:
###   .title         Título da caixa de diálogo (instrução principal): o que
###                  falhou, no máximo 60 caracteres, só a primeira letra em
###                  maiúscula, sem ponto final.
###   .summary       Texto por baixo do título: uma ou duas frases simples que
###                  dizem o que aconteceu, no máximo 200 caracteres, com ponto
###                  final. Tem de se perceber sem o nome de nenhum servidor.
###   .summary-host  O mesmo resumo com o nome do servidor: { $host } aparece
###                  exatamente uma vez; no máximo 200 caracteres quando $host é
###                  «example.com».
### $host contém o nome do servidor tal como a aplicação o conhece, por exemplo
### «example.com», «intranet.corp.local» ou um endereço IP como 192.0.2.10.
### Nunca está vazio: sem nome, é mostrado .summary. Escreve-se «o servidor
### { $host }» ou «a { $host }», sem artigo contraído com o nome («ao», «do»).
### As sugestões (hint-*) são mostradas em lista por baixo do resumo: uma frase
### no imperativo com ponto final, no máximo 100 caracteres. As linhas de
### certificado (cert-flag-*), no máximo 120. O catálogo (src/catalog.rs) decide
### que sugestões recebe cada código, igual em todos os idiomas; por isso o
### resumo diz o que aconteceu e não repete as sugestões.
### Nestes textos não pode aparecer nenhum identificador da API (constante,
### função, método ou opção), nem «_», nem «WinHTTP»/«WinHttp», nem «handle», nem
### «callback», nem «PAC», nem «{» além das variáveis documentadas. Preferem-se
### palavras do dia a dia («ligação segura» e não TLS/SSL; «script de
### configuração do proxy» e não ficheiro PAC, como nas definições de proxy do
### Windows).
### Quando a própria aplicação usou mal a biblioteca (códigos obsoletos,
### reservados e de utilização incorreta), diz-se claramente que esta aplicação
### teve um problema interno; nunca se culpa o utilizador. Os erros de segurança
### nunca sugerem contornar, ignorar ou continuar mesmo assim.
###
### VARIANTE: português europeu, como o escreve o Windows pt-PT, segundo o Acordo
### Ortográfico de 1990 (atual, ativo, detetar, receção; mas «contactar»,
### «facto»). Tratamento formal na terceira pessoa, sem «você» («o seu
### computador», «verifique»). Construções com infinitivo («ao ligar», «a
### processar»), nunca o gerúndio brasileiro («conectando», «processando»).
### Colocação pronominal europeia (enclítica: «ligar-se», «cancelou-se»).
### Pretérito perfeito simples nos textos para o utilizador («ocorreu»,
### «não foi possível»).
###
### GLOSSÁRIO (terminologia da Microsoft para o Windows em português europeu):
###   computer = «computador»; file = «ficheiro»; screen = «ecrã»;
###     application = «aplicação»; settings = «definições»; user = «utilizador».
###   connection = «ligação»; connect = «ligar» / «estabelecer ligação» (não
###     «conexão», «conectar», que são do pt-BR).
###   request = «pedido» (não «solicitação»); response = «resposta»; header =
###     «cabeçalho»; server = «servidor»; network = «rede».
###   proxy = «servidor proxy» / «proxy» (masculino), como nas definições do
###     Windows; proxy setup script (PAC) = «script de configuração do proxy»
###     para o utilizador; «ficheiro PAC» só nas descrições.
###   certificate = «certificado»; o do servidor, «certificado de segurança»; o
###     próprio, «o certificado que o identifica». revoke = «revogar»; issuing
###     authority = «entidade que o emitiu»; private key = «chave privada».
###   secure connection = «ligação segura»; secure channel = «canal seguro».
###   firewall = «firewall» (feminino); antivirus program = «programa
###     antivírus».
###   redirect = «redirecionar»; redirection = «redirecionamento».
###   sign in = «iniciar sessão»; user name = «nome de utilizador»; password =
###     «palavra-passe».
###   timeout = «tempo limite» («excedeu o tempo limite»; título: «Tempo limite
###     da ligação excedido»).
###   reach = «contactar» («não foi possível contactar o servidor»); used to
###     reach = «utilizado para aceder a { $host }».
###   download = «transferir» (não «baixar»); web address = «endereço Web»;
###     feature = «funcionalidade»; turned off = «desativado»; support team =
###     «equipa de suporte»; contact = «contactar».
###   handle = «identificador» (só nas descrições); callback = «função de
###     chamada de retorno» (só nas descrições).
###   Winsock (só nas descrições): socket = «socket»; host = «anfitrião»; name
###     server = «servidor de nomes»; route = «rota»; keep-alive = «manutenção
###     da ligação (keep-alive)». Para o utilizador: «rede inacessível»,
###     «ligação recusada», «servidor inacessível», «procurar o nome».
### TIPOGRAFIA: aspas angulares « » (e “ ” dentro delas); sem espaço antes de
### «:», minúscula depois. Reticências «…». Apóstrofo tipográfico ’ se for
### necessário.

## Erros genéricos do Windows (winerror.h) também devolvidos pelo WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = O sistema não consegue encontrar o ficheiro especificado: não existe uma definição, um ficheiro ou um valor do Registo que a função procurava.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: não foi possível encontrar uma definição ou um ficheiro de que precisava.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host }: não foi possível encontrar uma definição ou um ficheiro de que precisava.
# 6
error-invalid-handle = O identificador passado à API foi invalidado ou fechado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou utilizar uma ligação que já tinha sido fechada.
    .summary-host = Esta aplicação teve um problema interno: tentou utilizar uma ligação a { $host } que já tinha sido fechada.
# 8
error-not-enough-memory = Não existe memória suficiente disponível para concluir a operação pedida.
    .title = Memória insuficiente
    .summary = O seu computador ficou sem memória disponível antes de ser possível concluir o pedido.
    .summary-host = O seu computador ficou sem memória disponível antes de ser possível concluir o pedido a { $host }.
# 18
error-no-more-files = Não foram encontrados mais ficheiros.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno ao ler os resultados de um pedido.
    .summary-host = Esta aplicação teve um problema interno ao ler os resultados de um pedido a { $host }.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = A pilha de protocolos necessária não está carregada e a aplicação não consegue iniciar o Winsock.
    .title = A rede não está disponível
    .summary = Não foi possível iniciar neste computador os componentes de rede de que esta aplicação precisa.
    .summary-host = Não foi possível iniciar neste computador os componentes de rede necessários para ligar a { $host }.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = O parâmetro está incorreto: um dos argumentos passados à função não é válido (por exemplo, um ponteiro NULL, um tamanho de estrutura errado ou sinalizadores incompatíveis).
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: passou ao componente de rede informações que não são válidas.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host }: passou ao componente de rede informações que não são válidas.
# 122
error-insufficient-buffer = A memória intermédia fornecida à função é demasiado pequena para conter os dados devolvidos. Consulte a documentação da função em causa para obter mais detalhes.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: não reservou espaço suficiente para os dados que recebeu.
    .summary-host = Esta aplicação teve um problema interno: não reservou espaço suficiente para os dados recebidos de { $host }.
# 259
error-no-more-items = Não existem mais itens.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno ao ler uma lista de resultados.
    .summary-host = Esta aplicação teve um problema interno ao ler uma lista de resultados de { $host }.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Está em curso uma operação de E/S sobreposta: a função continua de forma assíncrona e comunica o resultado através da função de chamada de retorno de estado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tratou como falha um pedido que ainda estava em curso.
    .summary-host = Esta aplicação teve um problema interno: tratou como falha um pedido a { $host } que ainda estava em curso.
# 1168
error-not-found = Elemento não encontrado: o item pedido à função (por exemplo, um resultado de proxy, uma entrada ou uma definição guardada) não existe.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: pediu um item que não existe.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host }: pediu um item que não existe.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = A operação não é válida no estado atual do objeto, por exemplo, enviar dados num WebSocket que está a ser fechado ou receber enquanto outra receção está pendente.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou utilizar uma ligação de uma forma que não é permitida no estado em que esta se encontra.
    .summary-host = Esta aplicação teve um problema interno: tentou utilizar a ligação a { $host } de uma forma que não é permitida no estado em que esta se encontra.

## Erros do Winsock (winsock2.h) que uma implementação do WinHTTP deixa passar
## (a winhttp.dll do Wine fá-lo; a do Windows converte a maioria num código 12xxx).
## Para o utilizador significam o mesmo que o seu equivalente do WinHTTP; a
## descrição indica qual é o código.

# 10050
wsaenetdown = O subsistema de rede falhou (WSAENETDOWN): a pilha de rede ou o adaptador deste computador não está a funcionar.
    .title = A rede não está a funcionar
    .summary = A rede deste computador não está a funcionar, pelo que não foi possível contactar o servidor.
    .summary-host = A rede deste computador não está a funcionar, pelo que não foi possível contactar { $host }.
# 10051
wsaenetunreach = A rede está inacessível (WSAENETUNREACH): este computador não tem nenhuma rota para a rede do servidor.
    .title = Rede inacessível
    .summary = Este computador não tem nenhum caminho para a rede do servidor, pelo que não foi possível contactá-lo.
    .summary-host = Este computador não tem nenhum caminho para a rede de { $host }, pelo que não foi possível contactar o servidor.
# 10052
wsaenetreset = A ligação foi interrompida porque a atividade de manutenção da ligação (keep-alive) detetou uma falha durante a operação (WSAENETRESET).
    .title = Ligação interrompida
    .summary = A ligação ao servidor perdeu-se porque a rede deixou de responder.
    .summary-host = A ligação a { $host } perdeu-se porque a rede deixou de responder.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Uma ligação estabelecida foi terminada por software deste computador (WSAECONNABORTED), por exemplo, depois de se esgotar o tempo limite de uma transmissão de dados ou por uma firewall.
    .title = Ligação interrompida
    .summary = A ligação ao servidor foi terminada por este computador, possivelmente por uma firewall ou um programa de segurança.
    .summary-host = A ligação a { $host } foi terminada por este computador, possivelmente por uma firewall ou um programa de segurança.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Uma ligação existente foi fechada à força pelo anfitrião remoto (WSAECONNRESET).
    .title = Ligação interrompida
    .summary = O servidor fechou a ligação inesperadamente.
    .summary-host = O servidor { $host } fechou a ligação inesperadamente.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = A tentativa de ligação ou a transferência excedeu o tempo limite porque o outro lado não respondeu a tempo (WSAETIMEDOUT).
    .title = Tempo limite da ligação excedido
    .summary = O servidor demorou demasiado tempo a responder.
    .summary-host = O servidor { $host } demorou demasiado tempo a responder.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Não foi possível estabelecer ligação porque o computador de destino a recusou ativamente (WSAECONNREFUSED): não há nada à escuta nessa porta.
    .title = Ligação recusada
    .summary = O servidor recusou a ligação. Pode não estar a funcionar ou não estar a aceitar ligações.
    .summary-host = O servidor { $host } recusou a ligação. Pode não estar a funcionar ou não estar a aceitar ligações.
# 10064
wsaehostdown = Uma operação de socket falhou porque o anfitrião de destino está inativo (WSAEHOSTDOWN).
    .title = O servidor não responde
    .summary = O servidor parece estar desligado ou sem ligação à rede.
    .summary-host = O servidor { $host } parece estar desligado ou sem ligação à rede.
# 10065
wsaehostunreach = Foi tentada uma operação de socket para um anfitrião inacessível (WSAEHOSTUNREACH): não foi encontrada nenhuma rota para o servidor.
    .title = Servidor inacessível
    .summary = Não foi possível encontrar nenhum caminho deste computador até ao servidor.
    .summary-host = Não foi possível encontrar nenhum caminho deste computador até { $host }.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Anfitrião desconhecido (WSAHOST_NOT_FOUND): o servidor de nomes não tem nenhum endereço para este nome.
    .title = Servidor não encontrado
    .summary = Não foi possível encontrar o servidor na rede.
    .summary-host = Não foi possível encontrar na rede nenhum servidor com o nome { $host }.
# 11002
wsatry-again = O servidor de nomes não deu uma resposta autoritativa e a pesquisa poderá ter êxito mais tarde (WSATRY_AGAIN): normalmente, trata-se de uma falha temporária do servidor de nomes.
    .title = Não foi possível procurar o nome do servidor
    .summary = Neste momento, não foi possível procurar o nome do servidor. Normalmente, trata-se de um problema temporário.
    .summary-host = Neste momento, não foi possível procurar o nome { $host }. Normalmente, trata-se de um problema temporário.

## Erros próprios do WinHTTP (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Não foi possível gerar mais identificadores (obsoleto; já não é utilizado).
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno e comunicou um erro que os sistemas atuais já não utilizam.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host } e comunicou um erro que os sistemas atuais já não utilizam.
# 12002
error-winhttp-timeout = O pedido excedeu o tempo limite. Isto também pode resultar do comportamento de tempo limite do TCP/IP, independentemente dos valores de tempo limite definidos no WinHTTP.
    .title = Tempo limite da ligação excedido
    .summary = O servidor demorou demasiado tempo a responder.
    .summary-host = O servidor { $host } demorou demasiado tempo a responder.
# 12004
error-winhttp-internal-error = Ocorreu um erro interno no WinHTTP.
    .title = Erro interno inesperado
    .summary = Um problema interno inesperado interrompeu o pedido.
    .summary-host = Um problema interno inesperado interrompeu o pedido a { $host }.
# 12005
error-winhttp-invalid-url = O URL não é válido.
    .title = Endereço Web inválido
    .summary = O endereço Web não é válido, pelo que não foi possível enviar o pedido.
    .summary-host = O endereço Web utilizado para aceder a { $host } não é válido, pelo que não foi possível enviar o pedido.
# 12006
error-winhttp-unrecognized-scheme = O URL especifica um esquema diferente de http: ou https:.
    .title = Endereço Web não suportado
    .summary = Este tipo de endereço não é suportado. Só é possível abrir endereços que comecem por http:// ou https://.
    .summary-host = O endereço utilizado para aceder a { $host } é de um tipo não suportado. Só é possível abrir endereços que comecem por http:// ou https://.
# 12007
error-winhttp-name-not-resolved = Não foi possível resolver o nome do servidor.
    .title = Servidor não encontrado
    .summary = Não foi possível encontrar o servidor na rede.
    .summary-host = Não foi possível encontrar na rede nenhum servidor com o nome { $host }.
# 12009
error-winhttp-invalid-option = Uma chamada a WinHttpQueryOption ou WinHttpSetOption especificou um valor de opção inválido.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: utilizou uma definição de ligação que não é válida.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host }: utilizou uma definição de ligação que não é válida.
# 12011
error-winhttp-option-not-settable = Não é possível definir a opção pedida; só pode ser consultada.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou alterar uma definição de ligação que só pode ser lida.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host }: tentou alterar uma definição de ligação que só pode ser lida.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = O suporte das funções do WinHTTP está a ser encerrado ou descarregado.
    .title = O acesso à rede está a ser encerrado
    .summary = O pedido foi interrompido porque o acesso à rede está a ser encerrado, por exemplo, porque esta aplicação está a fechar.
    .summary-host = O pedido a { $host } foi interrompido porque o acesso à rede está a ser encerrado, por exemplo, porque esta aplicação está a fechar.
# 12015
error-winhttp-login-failure = A tentativa de início de sessão falhou. Feche o identificador do pedido com WinHttpCloseHandle e crie um novo antes de voltar a tentar a função que falhou.
    .title = Falha ao iniciar sessão
    .summary = O servidor não aceitou os dados de início de sessão.
    .summary-host = O servidor { $host } não aceitou os dados de início de sessão.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = A operação foi cancelada, normalmente porque o identificador em que o pedido estava a ser executado foi fechado antes de a operação terminar.
    .title = Pedido cancelado
    .summary = O pedido foi cancelado antes de poder terminar.
    .summary-host = O pedido a { $host } foi cancelado antes de poder terminar.
# 12018
error-winhttp-incorrect-handle-type = O tipo de identificador fornecido não é o correto para esta operação.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno e não conseguiu concluir o pedido.
    .summary-host = Esta aplicação teve um problema interno e não conseguiu concluir o pedido a { $host }.
# 12019
error-winhttp-incorrect-handle-state = Não é possível efetuar a operação pedida porque o identificador fornecido não está no estado correto.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: executou os passos do pedido pela ordem errada.
    .summary-host = Esta aplicação teve um problema interno: executou os passos do pedido a { $host } pela ordem errada.
# 12029
error-winhttp-cannot-connect = Não foi possível estabelecer a ligação ao servidor.
    .title = Não é possível estabelecer ligação
    .summary = Esta aplicação não conseguiu ligar-se ao servidor.
    .summary-host = Esta aplicação não conseguiu ligar-se ao servidor { $host }.
# 12030
error-winhttp-connection-error = A ligação ao servidor foi reposta ou terminada, ou foi encontrado um protocolo SSL incompatível (por exemplo, o WinHTTP 5.1 não suporta o SSL 2.0, a não ser que o cliente o ative especificamente).
    .title = Ligação interrompida
    .summary = A ligação ao servidor foi interrompida ou fechada inesperadamente.
    .summary-host = A ligação ao servidor { $host } foi interrompida ou fechada inesperadamente.
# 12032
error-winhttp-resend-request = A função do WinHTTP falhou, mas pode voltar a ser tentada no mesmo identificador de pedido.
    .title = O pedido não foi concluído
    .summary = Não foi possível concluir o pedido nesta tentativa.
    .summary-host = Não foi possível concluir o pedido a { $host } nesta tentativa.
# 12037
error-winhttp-secure-cert-date-invalid = Um certificado necessário não está dentro do período de validade, segundo o relógio do sistema ou o carimbo de data/hora do ficheiro assinado, ou os períodos de validade da cadeia de certificados não estão corretamente aninhados (equivalente a CERT_E_EXPIRED ou CERT_E_VALIDITYPERIODNESTING).
    .title = Certificado expirado ou ainda não válido
    .summary = Segundo o relógio deste computador, o certificado de segurança do servidor expirou ou ainda não é válido.
    .summary-host = Segundo o relógio deste computador, o certificado de segurança de { $host } expirou ou ainda não é válido.
# 12038
error-winhttp-secure-cert-cn-invalid = O nome comum (CN) do certificado não corresponde ao valor fornecido (equivalente a CERT_E_CN_NO_MATCH).
    .title = O certificado pertence a outro site
    .summary = O certificado de segurança foi emitido para outro nome de site, pelo que não foi possível confirmar a identidade do servidor.
    .summary-host = O certificado de segurança enviado por { $host } foi emitido para outro nome, pelo que não foi possível confirmar a identidade do servidor.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = O servidor pede autenticação de cliente SSL (comunicada por WinHttpReceiveResponse). Obtenha os emissores de certificados aceites com WinHttpQueryOption e WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; se for pedido um certificado mas este não for obrigatório, chame WinHttpSetOption com WINHTTP_OPTION_CLIENT_CERT_CONTEXT e WINHTTP_NO_CLIENT_CERT_CONTEXT em lpBuffer.
    .title = O servidor exige um certificado
    .summary = O servidor exige um certificado que o identifique a si ou ao seu computador antes de permitir a ligação.
    .summary-host = O servidor { $host } exige um certificado que o identifique a si ou ao seu computador antes de permitir a ligação.
# 12045
error-winhttp-secure-invalid-ca = Foi processada uma cadeia de certificados, mas esta terminou num certificado de raiz que não é considerado fidedigno pelo fornecedor de confiança (equivalente a CERT_E_UNTRUSTEDROOT).
    .title = Certificado não fidedigno
    .summary = O certificado de segurança do servidor foi emitido por uma entidade em que este computador não confia.
    .summary-host = O certificado de segurança de { $host } foi emitido por uma entidade em que este computador não confia.
# 12057
error-winhttp-secure-cert-rev-failed = Não foi possível verificar a revogação do certificado porque o servidor de revogação estava offline (equivalente a CRYPT_E_REVOCATION_OFFLINE).
    .title = Não foi possível verificar o certificado
    .summary = Este computador não conseguiu verificar se o certificado de segurança do servidor foi revogado, porque não foi possível contactar o servidor que indica os certificados revogados.
    .summary-host = Este computador não conseguiu verificar se o certificado de segurança de { $host } foi revogado, porque não foi possível contactar o servidor que indica os certificados revogados.
# 12100
error-winhttp-cannot-call-before-open = O objeto WinHttpRequest não pode efetuar a operação pedida antes de o método Open ser chamado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou utilizar um pedido antes de o preparar.
    .summary-host = Esta aplicação teve um problema interno: tentou utilizar um pedido a { $host } antes de o preparar.
# 12101
error-winhttp-cannot-call-before-send = O objeto WinHttpRequest não pode efetuar a operação pedida antes de o método Send ser chamado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: pediu uma resposta antes de enviar o pedido.
    .summary-host = Esta aplicação teve um problema interno: pediu a resposta de { $host } antes de enviar o pedido.
# 12102
error-winhttp-cannot-call-after-send = O objeto WinHttpRequest não pode efetuar a operação pedida depois de o método Send ter sido chamado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou alterar um pedido que já tinha sido enviado.
    .summary-host = Esta aplicação teve um problema interno: tentou alterar um pedido a { $host } que já tinha sido enviado.
# 12103
error-winhttp-cannot-call-after-open = O objeto WinHttpRequest não pode pedir a opção especificada depois de o método Open ter sido chamado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou alterar uma definição de um pedido quando já era demasiado tarde para o fazer.
    .summary-host = Esta aplicação teve um problema interno: tentou alterar uma definição de um pedido a { $host } quando já era demasiado tarde para o fazer.
# 12150
error-winhttp-header-not-found = Não foi possível encontrar o cabeçalho pedido.
    .title = Faltam informações na resposta
    .summary = A resposta do servidor não incluía uma informação que esta aplicação esperava.
    .summary-host = A resposta de { $host } não incluía uma informação que esta aplicação esperava.
# 12152
error-winhttp-invalid-server-response = Não foi possível analisar a resposta do servidor.
    .title = Resposta inválida do servidor
    .summary = O servidor enviou uma resposta que não foi possível compreender.
    .summary-host = O servidor { $host } enviou uma resposta que não foi possível compreender.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = O cabeçalho HTTP fornecido não é válido, por exemplo, porque está mal formado.
    .title = Pedido inválido
    .summary = Esta aplicação tentou enviar informações num formato que não é válido, pelo que não foi possível enviar o pedido.
    .summary-host = Esta aplicação tentou enviar informações a { $host } num formato que não é válido, pelo que não foi possível enviar o pedido.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Um pedido de consulta de cabeçalho não era válido (obsoleto; já não é utilizado).
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno e comunicou um erro que os sistemas atuais já não utilizam.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host } e comunicou um erro que os sistemas atuais já não utilizam.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Não foi possível adicionar o cabeçalho porque este já existe (obsoleto; já não é utilizado).
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: tentou adicionar duas vezes a mesma informação a um pedido.
    .summary-host = Esta aplicação teve um problema interno: tentou adicionar duas vezes a mesma informação a um pedido a { $host }.
# 12156
error-winhttp-redirect-failed = O redirecionamento falhou porque o esquema mudou ou porque todas as tentativas de redirecionamento falharam (cinco tentativas, por predefinição).
    .title = O redirecionamento falhou
    .summary = O servidor redirecionou o pedido para outro endereço, mas não foi possível concluir o redirecionamento.
    .summary-host = O servidor { $host } redirecionou o pedido para outro endereço, mas não foi possível concluir o redirecionamento.
# 12157
error-winhttp-secure-channel-error = Ocorreu um erro no canal seguro (equivalente aos códigos de erro SEC_E_ e SEC_I_ definidos em winerror.h).
    .title = Não foi possível estabelecer uma ligação segura
    .summary = Ocorreu um erro ao estabelecer uma ligação segura com o servidor.
    .summary-host = Ocorreu um erro ao estabelecer uma ligação segura com { $host }.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Ocorreu um erro ao executar o código de script do ficheiro de configuração automática de proxy (PAC).
    .title = Erro no script de configuração do proxy
    .summary = O script de configuração do proxy desta rede contém um erro.
    .summary-host = O script de configuração do proxy utilizado para aceder a { $host } contém um erro.
# 12167
error-winhttp-unable-to-download-script = Não foi possível transferir o ficheiro PAC, por exemplo, porque o servidor indicado no URL do PAC estava inacessível ou devolveu 404 Not Found.
    .title = Script de configuração do proxy indisponível
    .summary = Não foi possível transferir o script de configuração do proxy desta rede.
    .summary-host = Não foi possível transferir o script de configuração do proxy necessário para aceder a { $host }.
# 12169
error-winhttp-secure-invalid-cert = Um certificado não é válido (equivalente a erros como CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED e CERT_E_CHAINING).
    .title = Certificado inválido
    .summary = O certificado de segurança do servidor não é válido, pelo que não foi possível estabelecer uma ligação segura.
    .summary-host = O certificado de segurança de { $host } não é válido, pelo que não foi possível estabelecer uma ligação segura.
# 12170
error-winhttp-secure-cert-revoked = Um certificado foi revogado (equivalente a CRYPT_E_REVOKED).
    .title = Certificado revogado
    .summary = O certificado de segurança do servidor foi revogado pela entidade que o emitiu, pelo que já não é fidedigno.
    .summary-host = O certificado de segurança de { $host } foi revogado pela entidade que o emitiu, pelo que já não é fidedigno.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = O WinHTTP não foi inicializado (obsoleto; já não é utilizado).
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno e comunicou um erro que os sistemas atuais já não utilizam.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host } e comunicou um erro que os sistemas atuais já não utilizam.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Foram encontrados um ou mais erros no certificado SSL (Secure Sockets Layer) enviado pelo servidor. Para saber quais, procure uma notificação WINHTTP_CALLBACK_STATUS_SECURE_FAILURE numa função de chamada de retorno de estado (consulte WINHTTP_STATUS_CALLBACK).
    .title = A ligação segura falhou
    .summary = O certificado de segurança do servidor tem um ou mais problemas, pelo que não foi possível estabelecer uma ligação segura.
    .summary-host = O certificado de segurança enviado por { $host } tem um ou mais problemas, pelo que não foi possível estabelecer uma ligação segura.
# 12176
error-winhttp-unhandled-script-type = O tipo de script não é suportado.
    .title = Script de configuração do proxy não suportado
    .summary = O script de configuração do proxy desta rede é de um tipo que não é suportado.
    .summary-host = O script de configuração do proxy utilizado para aceder a { $host } é de um tipo que não é suportado.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Ocorreu um erro ao executar um script.
    .title = O script de configuração do proxy falhou
    .summary = Ocorreu um erro ao executar o script de configuração do proxy desta rede.
    .summary-host = Ocorreu um erro ao executar o script de configuração do proxy utilizado para aceder a { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl não conseguiu encontrar um proxy para o URL especificado.
    .title = Proxy não encontrado
    .summary = Não foi possível determinar o servidor proxy a utilizar para este endereço.
    .summary-host = Não foi possível determinar o servidor proxy a utilizar para { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Um certificado não é válido para a utilização pedida (equivalente a CERT_E_WRONG_USAGE).
    .title = Certificado não válido para esta utilização
    .summary = O certificado de segurança do servidor não se destina a ser utilizado neste tipo de ligação.
    .summary-host = O certificado de segurança de { $host } não se destina a ser utilizado neste tipo de ligação.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl não conseguiu descobrir o URL do ficheiro de configuração automática de proxy (PAC).
    .title = Definições de proxy não detetadas
    .summary = Não foi possível detetar automaticamente as definições de proxy desta rede.
    .summary-host = Não foi possível detetar automaticamente as definições de proxy necessárias para aceder a { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse recebeu uma resposta com mais cabeçalhos do que o WinHTTP consegue aceitar.
    .title = Resposta do servidor rejeitada
    .summary = O servidor enviou uma resposta com demasiados cabeçalhos, pelo que não foi possível aceitá-la.
    .summary-host = O servidor { $host } enviou uma resposta com demasiados cabeçalhos, pelo que não foi possível aceitá-la.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse recebeu cabeçalhos cujo tamanho total excede o limite definido no identificador do pedido.
    .title = Resposta do servidor demasiado grande
    .summary = O servidor enviou uma resposta com cabeçalhos demasiado grandes, pelo que não foi possível aceitá-la.
    .summary-host = O servidor { $host } enviou uma resposta com cabeçalhos demasiado grandes, pelo que não foi possível aceitá-la.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse detetou uma capacidade excedida ao analisar a codificação de transferência fragmentada (chunked) da resposta: um cabeçalho de fragmento excedeu o tamanho permitido.
    .title = Não foi possível ler a resposta do servidor
    .summary = Uma parte da resposta do servidor era maior do que o permitido, pelo que não foi possível ler a resposta.
    .summary-host = Uma parte da resposta de { $host } era maior do que o permitido, pelo que não foi possível ler a resposta.
# 12184
error-winhttp-response-drain-overflow = Uma resposta recebida excedeu um limite de tamanho interno do WinHTTP.
    .title = A resposta do servidor excedeu um limite de tamanho
    .summary = A resposta do servidor era maior do que este computador permite, pelo que não foi possível recebê-la.
    .summary-host = A resposta de { $host } era maior do que este computador permite, pelo que não foi possível recebê-la.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = Não existe nenhuma chave privada associada ao contexto do certificado de cliente SSL; o certificado pode ter sido importado para o computador sem a chave privada.
    .title = Não é possível utilizar o seu certificado
    .summary = Falta a chave privada ao certificado que o identifica, pelo que não pode ser utilizado. A chave pode ter ficado de fora quando o certificado foi instalado.
    .summary-host = Falta a chave privada ao certificado que o identifica perante { $host }, pelo que não pode ser utilizado. A chave pode ter ficado de fora quando o certificado foi instalado.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = A aplicação não tem os privilégios necessários para aceder à chave privada associada ao certificado de cliente.
    .title = Acesso ao seu certificado negado
    .summary = Esta aplicação não tem permissão para utilizar a chave privada do certificado que o identifica.
    .summary-host = Esta aplicação não tem permissão para utilizar a chave privada do certificado que o identifica perante { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = O servidor proxy exige autenticação por certificado de cliente SSL/TLS; é necessário fornecer um certificado de cliente para a ligação ao proxy.
    .title = O proxy exige um certificado
    .summary = O servidor proxy exige um certificado que o identifique a si ou ao seu computador antes de permitir a ligação.
    .summary-host = O servidor proxy exige um certificado que o identifique a si ou ao seu computador antes de permitir uma ligação a { $host }.
# 12188
error-winhttp-secure-failure-proxy = Ocorreu um erro de SSL/TLS na ligação segura ao servidor proxy, por exemplo, um problema com o certificado que este enviou.
    .title = A ligação segura ao proxy falhou
    .summary = Não foi possível estabelecer uma ligação segura ao servidor proxy, por exemplo, devido a um problema com o certificado deste.
    .summary-host = Não foi possível estabelecer uma ligação segura ao servidor proxy utilizado para aceder a { $host }, por exemplo, devido a um problema com o certificado deste.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Código reservado; não é utilizado.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno e comunicou um erro que está reservado e nunca é utilizado.
    .summary-host = Esta aplicação teve um problema interno ao ligar a { $host } e comunicou um erro que está reservado e nunca é utilizado.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = A versão do protocolo HTTP utilizada pelo servidor não corresponde à pedida ou exigida, por exemplo, era exigido HTTP/2 ou HTTP/3, mas não foi possível negociá-lo.
    .title = Versão do protocolo Web incompatível
    .summary = O servidor e esta aplicação não conseguiram chegar a acordo sobre a versão do protocolo Web a utilizar.
    .summary-host = O servidor { $host } e esta aplicação não conseguiram chegar a acordo sobre a versão do protocolo Web a utilizar.
# 12191
error-winhttp-global-callback-failed = Uma função de chamada de retorno global registada no WinHTTP falhou.
    .title = Erro interno da aplicação
    .summary = Esta aplicação teve um problema interno: um dos seus componentes falhou durante o processamento do pedido.
    .summary-host = Esta aplicação teve um problema interno: um dos seus componentes falhou durante o processamento do pedido a { $host }.
# 12192
error-winhttp-feature-disabled = A funcionalidade do WinHTTP pedida está desativada e não pode ser utilizada.
    .title = Funcionalidade desativada
    .summary = Uma funcionalidade de que este pedido precisa está desativada neste computador.
    .summary-host = Uma funcionalidade necessária para o pedido a { $host } está desativada neste computador.
# 12193
error-winhttp-fast-forwarding-not-supported = O reencaminhamento rápido não é suportado para este pedido ou ligação.
    .title = Funcionalidade não suportada
    .summary = Esta aplicação pediu uma funcionalidade que esta ligação não suporta.
    .summary-host = Esta aplicação pediu uma funcionalidade que a ligação a { $host } não suporta.

## Sugestões: o que o utilizador pode tentar, em lista por baixo do resumo.
## Cada uma é uma frase completa no imperativo com ponto final, no máximo 100 caracteres.
## O catálogo (src/catalog.rs) decide que sugestões mostra cada código e por que ordem.
hint-check-connection = Verifique a ligação de rede.
hint-try-again-later = Aguarde um momento e tente novamente.
hint-check-address = Verifique se o endereço está escrito corretamente.
hint-check-proxy = Verifique as definições de proxy ou contacte o administrador da rede.
hint-check-firewall = Certifique-se de que nenhuma firewall ou programa antivírus está a bloquear esta aplicação.
hint-check-date-time = Certifique-se de que a data, a hora e o fuso horário do computador estão corretos.
hint-update-system = Instale as atualizações mais recentes do sistema operativo.
hint-contact-site-owner = Se o problema persistir, contacte o proprietário do site ou do servidor.
hint-contact-support = Contacte a equipa de suporte desta aplicação.
hint-update-app = Procure uma versão mais recente desta aplicação.
hint-restart-app = Feche esta aplicação e volte a abri-la.
hint-restart-computer = Reinicie o computador.
hint-free-memory = Feche outros programas para libertar memória e tente novamente.
hint-check-credentials = Verifique se o nome de utilizador e a palavra-passe estão corretos.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = Certifique-se de que o certificado pedido está instalado corretamente ou contacte o administrador.

## Problemas de certificado: uma linha cada, em lista quando uma ligação segura falhou.
## No máximo 120 caracteres; uma frase completa com ponto final.
## «O certificado» é o que o servidor enviou.
cert-flag-rev-failed = Este computador não conseguiu verificar se o certificado foi revogado.
cert-flag-invalid-cert = O certificado não é válido.
cert-flag-cert-revoked = O certificado foi revogado pela entidade que o emitiu.
cert-flag-invalid-ca = O certificado foi emitido por uma entidade em que este computador não confia.
cert-flag-cert-cn-invalid = O certificado foi emitido para outro nome de site.
cert-flag-cert-date-invalid = O certificado expirou ou ainda não é válido.
cert-flag-cert-wrong-usage = O certificado não se destina a este tipo de ligação.
cert-flag-security-channel-error = Ocorreu um erro ao estabelecer a ligação segura.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = O certificado tem um ou mais problemas que não foi possível identificar ({ $flags }).

## Códigos que esta biblioteca não conhece.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Ocorreu um problema inesperado ao estabelecer a ligação (erro { $code }, { $hex }).
    .summary-host = Ocorreu um problema inesperado ao ligar a { $host } (erro { $code }, { $hex }).

## Mensagens compostas

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Erro desconhecido do WinHTTP: { $code } ({ $hex }).
