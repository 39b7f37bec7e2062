### Descrições dos códigos de erro do WinHTTP (pt-BR).
### Uma mensagem por código de erro, em ordem numérica. O identificador da
### mensagem é o nome da constante simbólica em minúsculas, com “_” trocado por “-”.
### O valor de cada mensagem é a descrição técnica, para desenvolvedores: uma
### única linha, sem variáveis, porque é exibida como está em caixas de diálogo
### e em logs. Nomes de funções, métodos, opções, macros e constantes da API
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) são identificadores e nunca
### são traduzidos nem alterados.
###
### Textos para o usuário final. Além da descrição, cada código tem três
### atributos escritos para quem não é programador:
###   .title         Título da caixa de diálogo (a instrução principal de uma
###                  caixa de diálogo de tarefa do Windows): o que deu errado,
###                  no máximo 60 caracteres, só a primeira letra maiúscula,
###                  sem ponto final.
###   .summary       O texto abaixo do título: uma ou duas frases simples que
###                  dizem o que aconteceu, no máximo 200 caracteres, com ponto
###                  final. Deve fazer sentido sozinho, sem nome de servidor.
###   .summary-host  O mesmo resumo, citando o servidor: { $host } aparece
###                  exatamente uma vez; no máximo 200 caracteres quando $host é
###                  “example.com”.
### $host contém o nome do servidor como o aplicativo o conhece, por exemplo
### “example.com”, “intranet.corp.local” ou um endereço IP como 192.0.2.10.
### Nunca fica vazio: sem nome, é exibido o .summary. Por isso o texto diz
### “o servidor { $host }”, que funciona com nomes e com endereços IP.
### As dicas (hint-*, no máximo 100 caracteres) aparecem em lista abaixo do
### resumo; quais dicas cada código recebe é decidido no catálogo
### (src/catalog.rs), igual em todos os idiomas, então o resumo diz o que
### aconteceu e não repete as dicas. As linhas de certificado (cert-flag-*)
### têm no máximo 120 caracteres; os textos de código desconhecido
### (unknown-code), no máximo 200.
### Nessas partes não pode aparecer nenhum identificador da API: nenhum nome de
### constante, função, método ou opção, nenhum “_”, nem “WinHTTP”/“WinHttp”,
### “handle”, “callback”, “PAC” ou “{” além das variáveis documentadas. Para
### isso existe a descrição. Prefira palavras do dia a dia (“conexão segura” em
### vez de TLS/SSL, “script de configuração do proxy” em vez de arquivo PAC).
### Quando o próprio aplicativo usou a biblioteca de forma errada (códigos
### obsoletos, reservados e de “uso”), diga simplesmente que o aplicativo
### encontrou um problema interno; nunca culpe o usuário. Falhas de segurança
### nunca sugerem contornar, ignorar ou prosseguir mesmo assim.
### Tratamento: “você”, tom neutro e cordial; imperativo como no Windows
### (“Verifique…”, “Reinicie…”). Aspas tipográficas “ ” quando necessárias.
###
### GLOSSÁRIO (terminologia da Microsoft em português do Brasil, documentação
### do WinHTTP e mensagens do Windows):
###   request     = “solicitação” (“solicitação HTTP”, “identificador de
###                 solicitação” na documentação da Microsoft; não “requisição”).
###   header      = “cabeçalho” (“cabeçalho HTTP”).
###   handle      = “identificador” (o Windows diz “O identificador é
###                 inválido.”; a documentação diz “identificador HINTERNET”).
###                 Só nas descrições; nunca nos textos do usuário.
###   proxy       = “proxy” / “servidor proxy” (masculino), como em
###                 “configurações de proxy” do Windows.
###   certificate = “certificado”; para o usuário, “certificado de segurança”
###                 (o do servidor) ou “certificado que identifica você”
###                 (certificado de cliente).
###   callback    = “função de retorno de chamada” (termo da documentação da
###                 Microsoft); só nas descrições.
###   PAC file    = “arquivo PAC” (Configuração Automática de Proxy), como na
###                 documentação; para o usuário, “script de configuração do
###                 proxy”, a configuração automática de proxy do Windows.
###   timeout     = “tempo limite” (“o tempo limite expirou”, “valor de tempo
###                 limite” na documentação da Microsoft).
### Outros: application = “aplicativo” (não “aplicação”); sign-in = “entrar”
### (descrições: “logon”); revocation = “revogação”; web address = “endereço da
### Web”; feature = “recurso”.
### Winsock (só nas descrições): Winsock = “Winsock”; socket = “soquete” (termo
### da Microsoft); host = “host”; name server = “servidor de nomes”; route =
### “rota”; keep-alive = “keep-alive”.
### Para o usuário: network unreachable = “rede inacessível”; connection refused
### = “conexão recusada”; host unreachable = “servidor inacessível”; route =
### “caminho”; look up a name = “consultar o nome”.
### Certificados: revocation server = “o servidor que informa os certificados
### revogados”; títulos 12044/12187: “O servidor/O proxy exige um certificado”.
### Preposição com o usuário: “perante o servidor { $host }” (não “junto a”).

## Erros genéricos do Windows (winerror.h) também retornados pelo WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser e outras funções que leem configurações
# o retornam quando não existe uma configuração ou um arquivo que procuram.
error-file-not-found = O sistema não pode encontrar o arquivo especificado: uma configuração, um arquivo ou um valor do Registro que a função procurava não existe.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: uma configuração ou um arquivo de que ele precisava não foi encontrado.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host }: uma configuração ou um arquivo de que ele precisava não foi encontrado.
# 6
error-invalid-handle = O identificador passado para a API foi invalidado ou fechado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou usar uma conexão que já havia sido fechada.
    .summary-host = Este aplicativo encontrou um problema interno: tentou usar uma conexão com o servidor { $host } que já havia sido fechada.
# 8
error-not-enough-memory = Não há memória suficiente disponível para concluir a operação solicitada.
    .title = Memória insuficiente
    .summary = Seu computador ficou sem memória disponível antes que a solicitação pudesse ser concluída.
    .summary-host = Seu computador ficou sem memória disponível antes que a solicitação ao servidor { $host } pudesse ser concluída.
# 18
error-no-more-files = Não foram encontrados mais arquivos.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno ao ler os resultados de uma solicitação.
    .summary-host = Este aplicativo encontrou um problema interno ao ler os resultados de uma solicitação ao servidor { $host }.
# 50 — não foi possível iniciar os componentes de rede do Windows (Winsock).
error-not-supported = A pilha de protocolos necessária não está carregada e o aplicativo não pode iniciar o Winsock.
    .title = Rede indisponível
    .summary = Os componentes de rede de que este aplicativo precisa não puderam ser iniciados neste computador.
    .summary-host = Os componentes de rede necessários para a conexão com o servidor { $host } não puderam ser iniciados neste computador.
# 87 — por exemplo, WinHttpCrackUrl com uma estrutura URL_COMPONENTS cujo dwStructSize está errado.
error-invalid-parameter = O parâmetro está incorreto: um dos argumentos passados para a função não é válido (por exemplo, um ponteiro NULL, um tamanho de estrutura errado ou sinalizadores conflitantes).
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: passou informações inválidas para o componente de rede.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host }: passou informações inválidas para o componente de rede.
# 122
error-insufficient-buffer = O buffer fornecido à função é pequeno demais para conter os dados retornados. Consulte a documentação da função específica para obter detalhes.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: não reservou espaço suficiente para os dados que recebeu.
    .summary-host = Este aplicativo encontrou um problema interno: não reservou espaço suficiente para os dados recebidos do servidor { $host }.
# 259
error-no-more-items = Não foram encontrados mais itens.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno ao ler uma lista de resultados.
    .summary-host = Este aplicativo encontrou um problema interno ao ler uma lista de resultados do servidor { $host }.

# 997 — WinHttpGetProxyForUrlEx e as funções de WebSocket o retornam quando o
# trabalho continua de forma assíncrona; só é uma falha quando tratado como tal.
error-io-pending = Operação de E/S sobreposta em andamento: a função continua de forma assíncrona e informa o resultado pela função de retorno de chamada de status.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tratou como falha uma solicitação que ainda estava em andamento.
    .summary-host = Este aplicativo encontrou um problema interno: tratou como falha uma solicitação ao servidor { $host } que ainda estava em andamento.
# 1168
error-not-found = Elemento não encontrado: o item solicitado à função (por exemplo, um resultado de proxy, uma entrada ou uma configuração armazenada) não existe.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: solicitou um item que não existe.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host }: solicitou um item que não existe.
# 4317 — por exemplo, um envio por um WebSocket depois de iniciado o handshake de fechamento.
error-invalid-operation = A operação não é válida no estado atual do objeto; por exemplo, um envio por um WebSocket que está sendo fechado ou um recebimento enquanto outro recebimento está pendente.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou usar uma conexão de um modo que o estado atual dela não permite.
    .summary-host = Este aplicativo encontrou um problema interno: tentou usar a conexão com o servidor { $host } de um modo que o estado atual dela não permite.

## Erros do Winsock (winsock2.h) que uma implementação do WinHTTP repassa sem
## alteração (o winhttp.dll do Wine faz isso; o do Windows converte a maioria em
## um código 12xxx). Para o usuário, significam o mesmo que o código equivalente
## do WinHTTP; a descrição diz de qual código se trata.

# 10050
wsaenetdown = O subsistema de rede falhou (WSAENETDOWN): a pilha de rede ou o adaptador de rede deste computador não está funcionando.
    .title = A rede não está funcionando
    .summary = A rede deste computador não está funcionando, por isso não foi possível acessar o servidor.
    .summary-host = A rede deste computador não está funcionando, por isso não foi possível acessar o servidor { $host }.
# 10051
wsaenetunreach = A rede está inacessível (WSAENETUNREACH): este computador não tem rota para a rede do servidor.
    .title = Rede inacessível
    .summary = Este computador não tem caminho para a rede do servidor, por isso não foi possível acessar o servidor.
    .summary-host = Este computador não tem caminho para a rede do servidor { $host }, por isso não foi possível acessá-lo.
# 10052
wsaenetreset = A conexão foi interrompida porque a atividade de keep-alive detectou uma falha enquanto a operação estava em andamento (WSAENETRESET).
    .title = Conexão interrompida
    .summary = A conexão com o servidor caiu porque a rede parou de responder.
    .summary-host = A conexão com o servidor { $host } caiu porque a rede parou de responder.
# 10053 — “anulação de conexão causada pelo software”: muitas vezes um firewall ou programa de segurança.
wsaeconnaborted = Uma conexão estabelecida foi anulada pelo software deste computador (WSAECONNABORTED), por exemplo depois de um tempo limite de transmissão de dados ou por um firewall.
    .title = Conexão interrompida
    .summary = A conexão com o servidor foi encerrada por este computador, possivelmente por um firewall ou programa de segurança.
    .summary-host = A conexão com o servidor { $host } foi encerrada por este computador, possivelmente por um firewall ou programa de segurança.
# 10054 — o Windows informa ERROR_WINHTTP_CONNECTION_ERROR no lugar dele (mesmo título que 12030).
wsaeconnreset = Uma conexão existente foi fechada à força pelo host remoto (WSAECONNRESET).
    .title = Conexão interrompida
    .summary = O servidor fechou a conexão inesperadamente.
    .summary-host = O servidor { $host } fechou a conexão inesperadamente.
# 10060 — o Windows informa ERROR_WINHTTP_TIMEOUT no lugar dele: mesmos textos que 12002.
wsaetimedout = A tentativa de conexão ou a transferência atingiu o tempo limite porque o outro lado não respondeu a tempo (WSAETIMEDOUT).
    .title = Tempo limite da conexão esgotado
    .summary = O servidor demorou demais para responder.
    .summary-host = O servidor { $host } demorou demais para responder.
# 10061 — o Windows informa ERROR_WINHTTP_CANNOT_CONNECT no lugar dele.
wsaeconnrefused = Nenhuma conexão pôde ser feita porque a máquina de destino a recusou ativamente (WSAECONNREFUSED): nada está escutando nessa porta.
    .title = Conexão recusada
    .summary = O servidor recusou a conexão. Ele pode estar fora do ar ou não estar aceitando conexões.
    .summary-host = O servidor { $host } recusou a conexão. Ele pode estar fora do ar ou não estar aceitando conexões.
# 10064
wsaehostdown = Uma operação de soquete falhou porque o host de destino está inativo (WSAEHOSTDOWN).
    .title = O servidor não está respondendo
    .summary = O servidor parece estar desligado ou desconectado da rede.
    .summary-host = O servidor { $host } parece estar desligado ou desconectado da rede.
# 10065
wsaehostunreach = Uma operação de soquete foi tentada para um host inacessível (WSAEHOSTUNREACH): nenhuma rota para o servidor foi encontrada.
    .title = Servidor inacessível
    .summary = Não foi encontrado nenhum caminho deste computador até o servidor.
    .summary-host = Não foi encontrado nenhum caminho deste computador até o servidor { $host }.
# 11001 — o Windows informa ERROR_WINHTTP_NAME_NOT_RESOLVED no lugar dele: mesmos textos que 12007.
wsahost-not-found = Host desconhecido (WSAHOST_NOT_FOUND): o servidor de nomes não tem endereço para este nome.
    .title = Servidor não encontrado
    .summary = O servidor não foi encontrado na rede.
    .summary-host = Nenhum servidor com o nome { $host } foi encontrado na rede.
# 11002
wsatry-again = O servidor de nomes não deu uma resposta autoritativa e a consulta pode dar certo mais tarde (WSATRY_AGAIN): em geral, é uma falha temporária do servidor de nomes.
    .title = Falha ao consultar o nome do servidor
    .summary = Não foi possível consultar o nome do servidor agora. Em geral, esse problema é temporário.
    .summary-host = Não foi possível consultar o nome { $host } agora. Em geral, esse problema é temporário.

## Erros específicos do WinHTTP (winhttp.h)

# 12001 — obsoleto: os sistemas atuais nunca o informam, portanto o erro é do aplicativo.
error-winhttp-out-of-handles = Não foi possível gerar mais identificadores (obsoleto; não é mais usado).
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno e informou um erro que os sistemas atuais não usam mais.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host } e informou um erro que os sistemas atuais não usam mais.
# 12002
error-winhttp-timeout = O tempo limite da solicitação expirou. Isso também pode resultar do comportamento de tempo limite do TCP/IP, independentemente dos valores de tempo limite definidos no WinHTTP.
    .title = Tempo limite da conexão esgotado
    .summary = O servidor demorou demais para responder.
    .summary-host = O servidor { $host } demorou demais para responder.
# 12004
error-winhttp-internal-error = Ocorreu um erro interno no WinHTTP.
    .title = Erro interno inesperado
    .summary = Um problema interno inesperado interrompeu a solicitação.
    .summary-host = Um problema interno inesperado interrompeu a solicitação ao servidor { $host }.
# 12005
error-winhttp-invalid-url = A URL não é válida.
    .title = Endereço da Web inválido
    .summary = O endereço da Web não é válido, por isso a solicitação não pôde ser enviada.
    .summary-host = O endereço da Web usado para acessar o servidor { $host } não é válido, por isso a solicitação não pôde ser enviada.
# 12006
error-winhttp-unrecognized-scheme = A URL especifica um esquema diferente de http: ou https:.
    .title = Tipo de endereço sem suporte
    .summary = Não há suporte para este tipo de endereço. Só é possível abrir endereços que começam com http:// ou https://.
    .summary-host = Não há suporte para o tipo de endereço usado para acessar o servidor { $host }. Só é possível abrir endereços que começam com http:// ou https://.
# 12007
error-winhttp-name-not-resolved = Não foi possível resolver o nome do servidor.
    .title = Servidor não encontrado
    .summary = O servidor não foi encontrado na rede.
    .summary-host = Nenhum servidor com o nome { $host } foi encontrado na rede.
# 12009
error-winhttp-invalid-option = Uma chamada a WinHttpQueryOption ou WinHttpSetOption especificou um valor de opção inválido.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: usou uma configuração de conexão que não é válida.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host }: usou uma configuração de conexão que não é válida.
# 12011
error-winhttp-option-not-settable = A opção solicitada não pode ser definida; ela só pode ser consultada.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou alterar uma configuração de conexão que só pode ser lida.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host }: tentou alterar uma configuração de conexão que só pode ser lida.
# 12012 — geralmente ocorre enquanto o aplicativo está sendo fechado.
error-winhttp-shutdown = O suporte às funções do WinHTTP está sendo desligado ou descarregado.
    .title = O acesso à rede está sendo encerrado
    .summary = A solicitação foi interrompida porque o acesso à rede está sendo encerrado, por exemplo, porque este aplicativo está sendo fechado.
    .summary-host = A solicitação ao servidor { $host } foi interrompida porque o acesso à rede está sendo encerrado, por exemplo, porque este aplicativo está sendo fechado.
# 12015 — “logon” nas descrições, como na documentação da Microsoft; “entrar” para o usuário.
error-winhttp-login-failure = A tentativa de logon falhou. Feche o identificador de solicitação com WinHttpCloseHandle e crie um novo antes de repetir a função que falhou.
    .title = Falha ao entrar
    .summary = O servidor não aceitou os dados de acesso fornecidos.
    .summary-host = O servidor { $host } não aceitou os dados de acesso fornecidos.
# 12017 — “cancelada”: a operação foi interrompida antes de terminar.
error-winhttp-operation-cancelled = A operação foi cancelada, geralmente porque o identificador no qual a solicitação estava operando foi fechado antes da conclusão da operação.
    .title = Solicitação cancelada
    .summary = A solicitação foi cancelada antes de ser concluída.
    .summary-host = A solicitação ao servidor { $host } foi cancelada antes de ser concluída.
# 12018
error-winhttp-incorrect-handle-type = O tipo de identificador fornecido está incorreto para esta operação.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno e não conseguiu concluir a solicitação.
    .summary-host = Este aplicativo encontrou um problema interno e não conseguiu concluir a solicitação ao servidor { $host }.
# 12019
error-winhttp-incorrect-handle-state = A operação solicitada não pode ser executada porque o identificador fornecido não está no estado correto.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: executou as etapas da solicitação na ordem errada.
    .summary-host = Este aplicativo encontrou um problema interno: executou as etapas da solicitação ao servidor { $host } na ordem errada.
# 12029
error-winhttp-cannot-connect = Não foi possível estabelecer a conexão com o servidor.
    .title = Não foi possível conectar
    .summary = Este aplicativo não conseguiu se conectar ao servidor.
    .summary-host = Este aplicativo não conseguiu se conectar ao servidor { $host }.
# 12030
error-winhttp-connection-error = A conexão com o servidor foi redefinida ou encerrada, ou foi encontrado um protocolo SSL incompatível (por exemplo, o WinHTTP 5.1 não oferece suporte ao SSL 2.0, a menos que o cliente o habilite especificamente).
    .title = Conexão interrompida
    .summary = A conexão com o servidor foi interrompida ou fechada inesperadamente.
    .summary-host = A conexão com o servidor { $host } foi interrompida ou fechada inesperadamente.
# 12032
error-winhttp-resend-request = A função do WinHTTP falhou, mas pode ser repetida no mesmo identificador de solicitação.
    .title = A solicitação não foi concluída
    .summary = Não foi possível concluir a solicitação nesta tentativa.
    .summary-host = Não foi possível concluir a solicitação ao servidor { $host } nesta tentativa.
# 12037
error-winhttp-secure-cert-date-invalid = Um certificado necessário não está dentro do período de validade, de acordo com o relógio do sistema ou o carimbo de data/hora do arquivo assinado, ou os períodos de validade da cadeia de certificados não estão aninhados corretamente (equivale a CERT_E_EXPIRED ou CERT_E_VALIDITYPERIODNESTING).
    .title = Certificado expirado ou ainda não válido
    .summary = O certificado de segurança do servidor expirou ou ainda não é válido, de acordo com o relógio deste computador.
    .summary-host = O certificado de segurança do servidor { $host } expirou ou ainda não é válido, de acordo com o relógio deste computador.
# 12038
error-winhttp-secure-cert-cn-invalid = O nome comum (CN) do certificado não corresponde ao valor passado (equivale a CERT_E_CN_NO_MATCH).
    .title = Certificado emitido para outro site
    .summary = O certificado de segurança foi emitido para um site com outro nome, por isso não foi possível confirmar a identidade do servidor.
    .summary-host = O certificado de segurança enviado pelo servidor { $host } foi emitido para outro nome, por isso não foi possível confirmar a identidade do servidor.
# 12044 — o servidor pede que o usuário (ou o computador) comprove quem é com um certificado.
error-winhttp-client-auth-cert-needed = O servidor solicita autenticação de cliente SSL (informada por WinHttpReceiveResponse). Obtenha os emissores de certificado aceitos com WinHttpQueryOption e WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; se um certificado for solicitado, mas não exigido, chame WinHttpSetOption com WINHTTP_OPTION_CLIENT_CERT_CONTEXT e WINHTTP_NO_CLIENT_CERT_CONTEXT em lpBuffer.
    .title = O servidor exige um certificado
    .summary = O servidor exige um certificado que identifique você ou seu computador antes de permitir a conexão.
    .summary-host = O servidor { $host } exige um certificado que identifique você ou seu computador antes de permitir a conexão.
# 12045
error-winhttp-secure-invalid-ca = Uma cadeia de certificados foi processada, mas terminou em um certificado raiz que não é confiável para o provedor de confiança (equivale a CERT_E_UNTRUSTEDROOT).
    .title = Certificado não confiável
    .summary = O certificado de segurança do servidor foi emitido por uma autoridade em que este computador não confia.
    .summary-host = O certificado de segurança do servidor { $host } foi emitido por uma autoridade em que este computador não confia.
# 12057
error-winhttp-secure-cert-rev-failed = Não foi possível verificar a revogação do certificado porque o servidor de revogação estava offline (equivale a CRYPT_E_REVOCATION_OFFLINE).
    .title = Não foi possível verificar o certificado
    .summary = Este computador não conseguiu verificar se o certificado de segurança do servidor foi revogado, porque o servidor que informa os certificados revogados não pôde ser acessado.
    .summary-host = Este computador não conseguiu verificar se o certificado de segurança do servidor { $host } foi revogado, porque o servidor que informa os certificados revogados não pôde ser acessado.
# 12100 — WinHttpRequest, Open e Send são nomes de um objeto e de métodos COM.
error-winhttp-cannot-call-before-open = O objeto WinHttpRequest não pode executar a operação solicitada antes que o método Open seja chamado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou usar uma solicitação antes de prepará-la.
    .summary-host = Este aplicativo encontrou um problema interno: tentou usar uma solicitação ao servidor { $host } antes de prepará-la.
# 12101
error-winhttp-cannot-call-before-send = O objeto WinHttpRequest não pode executar a operação solicitada antes que o método Send seja chamado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: pediu uma resposta antes de enviar a solicitação.
    .summary-host = Este aplicativo encontrou um problema interno: pediu a resposta do servidor { $host } antes de enviar a solicitação.
# 12102
error-winhttp-cannot-call-after-send = O objeto WinHttpRequest não pode executar a operação solicitada depois que o método Send tiver sido chamado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou alterar uma solicitação que já havia sido enviada.
    .summary-host = Este aplicativo encontrou um problema interno: tentou alterar uma solicitação ao servidor { $host } que já havia sido enviada.
# 12103
error-winhttp-cannot-call-after-open = O objeto WinHttpRequest não pode solicitar a opção especificada depois que o método Open tiver sido chamado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou alterar uma configuração da solicitação quando já era tarde demais.
    .summary-host = Este aplicativo encontrou um problema interno: tentou alterar uma configuração de uma solicitação ao servidor { $host } quando já era tarde demais.
# 12150 — “informação”: um cabeçalho da resposta.
error-winhttp-header-not-found = Não foi possível encontrar o cabeçalho solicitado.
    .title = Informação ausente na resposta
    .summary = A resposta do servidor não incluiu uma informação que este aplicativo esperava.
    .summary-host = A resposta do servidor { $host } não incluiu uma informação que este aplicativo esperava.
# 12152
error-winhttp-invalid-server-response = Não foi possível analisar a resposta do servidor.
    .title = Resposta inválida do servidor
    .summary = O servidor enviou uma resposta que não pôde ser entendida.
    .summary-host = O servidor { $host } enviou uma resposta que não pôde ser entendida.
# 12153 — foi o aplicativo que montou a solicitação; o usuário não a digitou.
error-winhttp-invalid-header = O cabeçalho HTTP fornecido não é válido, por exemplo, porque está malformado.
    .title = Solicitação inválida
    .summary = Este aplicativo tentou enviar informações em um formato que não é válido, por isso a solicitação não pôde ser enviada.
    .summary-host = Este aplicativo tentou enviar informações ao servidor { $host } em um formato que não é válido, por isso a solicitação não pôde ser enviada.
# 12154 — obsoleto: os sistemas atuais nunca o informam, portanto o erro é do aplicativo.
error-winhttp-invalid-query-request = Uma solicitação de consulta de cabeçalho não era válida (obsoleto; não é mais usado).
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno e informou um erro que os sistemas atuais não usam mais.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host } e informou um erro que os sistemas atuais não usam mais.
# 12155 — obsoleto: os sistemas atuais nunca o informam, portanto o erro é do aplicativo.
error-winhttp-header-already-exists = Não foi possível adicionar o cabeçalho porque ele já existe (obsoleto; não é mais usado).
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: tentou adicionar a mesma informação duas vezes a uma solicitação.
    .summary-host = Este aplicativo encontrou um problema interno: tentou adicionar a mesma informação duas vezes a uma solicitação ao servidor { $host }.
# 12156
error-winhttp-redirect-failed = O redirecionamento falhou porque o esquema mudou ou porque todas as tentativas de redirecionamento falharam (cinco tentativas, por padrão).
    .title = Falha no redirecionamento
    .summary = O servidor redirecionou a solicitação para outro endereço, mas não foi possível concluir o redirecionamento.
    .summary-host = O servidor { $host } redirecionou a solicitação para outro endereço, mas não foi possível concluir o redirecionamento.
# 12157
error-winhttp-secure-channel-error = Ocorreu um erro no canal seguro (equivale aos códigos de erro SEC_E_ e SEC_I_ definidos em winerror.h).
    .title = Não foi possível estabelecer uma conexão segura
    .summary = Ocorreu um erro ao estabelecer uma conexão segura com o servidor.
    .summary-host = Ocorreu um erro ao estabelecer uma conexão segura com o servidor { $host }.
# 12166 — “script de configuração do proxy” é o arquivo PAC, a configuração automática de proxy do Windows.
error-winhttp-bad-auto-proxy-script = Ocorreu um erro ao executar o código de script do arquivo PAC (Configuração Automática de Proxy).
    .title = Erro no script de configuração do proxy
    .summary = O script de configuração do proxy desta rede contém um erro.
    .summary-host = O script de configuração do proxy usado para acessar o servidor { $host } contém um erro.
# 12167 — “404 Not Found” é o status HTTP e fica em inglês.
error-winhttp-unable-to-download-script = Não foi possível baixar o arquivo PAC, por exemplo, porque o servidor indicado pela URL do PAC estava inacessível ou retornou 404 Not Found.
    .title = Script de configuração do proxy indisponível
    .summary = Não foi possível baixar o script de configuração do proxy desta rede.
    .summary-host = Não foi possível baixar o script de configuração do proxy necessário para acessar o servidor { $host }.
# 12169
error-winhttp-secure-invalid-cert = Um certificado não é válido (equivale a erros como CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED e CERT_E_CHAINING).
    .title = Certificado inválido
    .summary = O certificado de segurança do servidor não é válido, por isso não foi possível estabelecer uma conexão segura.
    .summary-host = O certificado de segurança do servidor { $host } não é válido, por isso não foi possível estabelecer uma conexão segura.
# 12170
error-winhttp-secure-cert-revoked = Um certificado foi revogado (equivale a CRYPT_E_REVOKED).
    .title = Certificado revogado
    .summary = O certificado de segurança do servidor foi revogado pela autoridade que o emitiu e, por isso, não é mais confiável.
    .summary-host = O certificado de segurança do servidor { $host } foi revogado pela autoridade que o emitiu e, por isso, não é mais confiável.
# 12172 — obsoleto: os sistemas atuais nunca o informam, portanto o erro é do aplicativo.
error-winhttp-not-initialized = O WinHTTP não foi inicializado (obsoleto; não é mais usado).
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno e informou um erro que os sistemas atuais não usam mais.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host } e informou um erro que os sistemas atuais não usam mais.
# 12175 — os motivos (cert-flag-* abaixo) podem ser listados sob o resumo.
error-winhttp-secure-failure = Um ou mais erros foram encontrados no certificado SSL (Secure Sockets Layer) enviado pelo servidor. Para descobrir quais, verifique se há uma notificação WINHTTP_CALLBACK_STATUS_SECURE_FAILURE em uma função de retorno de chamada de status (consulte WINHTTP_STATUS_CALLBACK).
    .title = Falha na conexão segura
    .summary = O certificado de segurança do servidor tem um ou mais problemas, por isso não foi possível estabelecer uma conexão segura.
    .summary-host = O certificado de segurança enviado pelo servidor { $host } tem um ou mais problemas, por isso não foi possível estabelecer uma conexão segura.
# 12176
error-winhttp-unhandled-script-type = Não há suporte para o tipo de script.
    .title = Script de configuração do proxy sem suporte
    .summary = O script de configuração do proxy desta rede é de um tipo sem suporte.
    .summary-host = O script de configuração do proxy usado para acessar o servidor { $host } é de um tipo sem suporte.
# 12177 — na prática, o script de configuração do proxy.
error-winhttp-script-execution-error = Ocorreu um erro ao executar um script.
    .title = Falha no script de configuração do proxy
    .summary = Ocorreu um erro ao executar o script de configuração do proxy desta rede.
    .summary-host = Ocorreu um erro ao executar o script de configuração do proxy usado para acessar o servidor { $host }.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl não conseguiu encontrar um proxy para a URL especificada.
    .title = Proxy não encontrado
    .summary = Não foi possível determinar qual servidor proxy usar para este endereço.
    .summary-host = Não foi possível determinar qual servidor proxy usar para acessar o servidor { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Um certificado não é válido para o uso solicitado (equivale a CERT_E_WRONG_USAGE).
    .title = Certificado não válido para este uso
    .summary = O certificado de segurança do servidor não se destina a este tipo de conexão.
    .summary-host = O certificado de segurança do servidor { $host } não se destina a este tipo de conexão.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl não conseguiu descobrir a URL do arquivo PAC (Configuração Automática de Proxy).
    .title = Configurações de proxy não detectadas
    .summary = Não foi possível detectar automaticamente as configurações de proxy desta rede.
    .summary-host = Não foi possível detectar automaticamente as configurações de proxy necessárias para acessar o servidor { $host }.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse recebeu uma resposta com mais cabeçalhos do que o WinHTTP pode aceitar.
    .title = Resposta do servidor rejeitada
    .summary = O servidor enviou uma resposta com cabeçalhos demais, por isso ela não pôde ser aceita.
    .summary-host = O servidor { $host } enviou uma resposta com cabeçalhos demais, por isso ela não pôde ser aceita.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse recebeu cabeçalhos cujo tamanho total excede o limite definido no identificador de solicitação.
    .title = Resposta do servidor grande demais
    .summary = O servidor enviou uma resposta com cabeçalhos grandes demais, por isso ela não pôde ser aceita.
    .summary-host = O servidor { $host } enviou uma resposta com cabeçalhos grandes demais, por isso ela não pôde ser aceita.
# 12183 — chunked transfer encoding = “codificação de transferência em partes (chunked)”.
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse encontrou um estouro ao analisar a codificação de transferência em partes (chunked) da resposta: um cabeçalho de parte excedeu o tamanho permitido.
    .title = Não foi possível ler a resposta do servidor
    .summary = Uma parte da resposta do servidor era maior do que o permitido, por isso a resposta não pôde ser lida.
    .summary-host = Uma parte da resposta do servidor { $host } era maior do que o permitido, por isso a resposta não pôde ser lida.
# 12184
error-winhttp-response-drain-overflow = Uma resposta recebida excedeu um limite de tamanho interno do WinHTTP.
    .title = A resposta do servidor excedeu um limite de tamanho
    .summary = A resposta do servidor era maior do que este computador permite, por isso não pôde ser recebida.
    .summary-host = A resposta do servidor { $host } era maior do que este computador permite, por isso não pôde ser recebida.
# 12185 — o certificado é do próprio usuário (certificado de cliente), não do servidor.
error-winhttp-client-cert-no-private-key = Nenhuma chave privada está associada ao contexto do certificado de cliente SSL; o certificado pode ter sido importado para o computador sem a chave privada.
    .title = Não é possível usar seu certificado
    .summary = O certificado que identifica você está sem a chave privada, por isso não pode ser usado. A chave pode ter ficado de fora quando o certificado foi instalado.
    .summary-host = O certificado que identifica você perante o servidor { $host } está sem a chave privada, por isso não pode ser usado. A chave pode ter ficado de fora quando o certificado foi instalado.
# 12186 — o certificado é do próprio usuário (certificado de cliente), não do servidor.
error-winhttp-client-cert-no-access-private-key = O aplicativo não tem os privilégios necessários para acessar a chave privada associada ao certificado de cliente.
    .title = Acesso ao seu certificado negado
    .summary = Este aplicativo não tem permissão para usar a chave privada do certificado que identifica você.
    .summary-host = Este aplicativo não tem permissão para usar a chave privada do certificado que identifica você perante o servidor { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = O servidor proxy exige autenticação por certificado de cliente SSL/TLS; é preciso fornecer um certificado de cliente para a conexão com o proxy.
    .title = O proxy exige um certificado
    .summary = O servidor proxy exige um certificado que identifique você ou seu computador antes de permitir a conexão.
    .summary-host = O servidor proxy exige um certificado que identifique você ou seu computador antes de permitir uma conexão com o servidor { $host }.
# 12188
error-winhttp-secure-failure-proxy = Ocorreu um erro de SSL/TLS na conexão segura com o servidor proxy, por exemplo, um problema com o certificado que ele enviou.
    .title = Falha na conexão segura com o proxy
    .summary = Não foi possível estabelecer uma conexão segura com o servidor proxy, por exemplo, devido a um problema no certificado do proxy.
    .summary-host = Não foi possível estabelecer uma conexão segura com o servidor proxy usado para acessar o servidor { $host }, por exemplo, devido a um problema no certificado do proxy.
# 12189 — reservado: nunca é informado, portanto o erro é do aplicativo.
error-winhttp-reserved-189 = Código reservado; não é usado.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno e informou um erro que é reservado e nunca é usado.
    .summary-host = Este aplicativo encontrou um problema interno ao se conectar ao servidor { $host } e informou um erro que é reservado e nunca é usado.
# 12190 — “protocolo da Web” é o HTTP; as versões são HTTP/1.1, HTTP/2 e HTTP/3.
error-winhttp-http-protocol-mismatch = A versão do protocolo HTTP usada pelo servidor não corresponde à solicitada ou exigida; por exemplo, HTTP/2 ou HTTP/3 era exigido, mas não pôde ser negociado.
    .title = Versão de protocolo incompatível
    .summary = O servidor e este aplicativo não conseguiram chegar a um acordo sobre qual versão do protocolo da Web usar.
    .summary-host = O servidor { $host } e este aplicativo não conseguiram chegar a um acordo sobre qual versão do protocolo da Web usar.
# 12191
error-winhttp-global-callback-failed = Uma função de retorno de chamada global registrada no WinHTTP falhou.
    .title = Erro interno do aplicativo
    .summary = Este aplicativo encontrou um problema interno: um de seus componentes falhou enquanto a solicitação era processada.
    .summary-host = Este aplicativo encontrou um problema interno: um de seus componentes falhou enquanto a solicitação ao servidor { $host } era processada.
# 12192
error-winhttp-feature-disabled = O recurso do WinHTTP solicitado está desabilitado e não pode ser usado.
    .title = Recurso desativado
    .summary = Um recurso de que esta solicitação precisa está desativado neste computador.
    .summary-host = Um recurso necessário para a solicitação ao servidor { $host } está desativado neste computador.
# 12193
error-winhttp-fast-forwarding-not-supported = Não há suporte para encaminhamento rápido (fast forwarding) nesta solicitação ou conexão.
    .title = Recurso sem suporte
    .summary = Este aplicativo pediu um recurso sem suporte nesta conexão.
    .summary-host = Este aplicativo pediu um recurso sem suporte na conexão com o servidor { $host }.

## Dicas: o que o usuário pode tentar, exibidas em lista abaixo do resumo.
## Cada uma é uma frase completa no imperativo, com ponto final, de no máximo 100 caracteres.
## O catálogo (src/catalog.rs) decide quais dicas cada código mostra e em que ordem.
hint-check-connection = Verifique sua conexão de rede.
hint-try-again-later = Aguarde um momento e tente novamente.
hint-check-address = Verifique se o endereço foi digitado corretamente.
hint-check-proxy = Verifique suas configurações de proxy ou consulte o administrador da rede.
hint-check-firewall = Verifique se nenhum firewall ou antivírus está bloqueando este aplicativo.
hint-check-date-time = Verifique se a data, a hora e o fuso horário do seu computador estão corretos.
hint-update-system = Instale as atualizações mais recentes do seu sistema operacional.
hint-contact-site-owner = Se o problema persistir, entre em contato com o responsável pelo site ou servidor.
hint-contact-support = Entre em contato com a equipe de suporte deste aplicativo.
hint-update-app = Verifique se há uma versão mais recente deste aplicativo.
hint-restart-app = Feche este aplicativo e abra-o novamente.
hint-restart-computer = Reinicie o computador.
hint-free-memory = Feche outros programas para liberar memória e tente novamente.
hint-check-credentials = Verifique se o nome de usuário e a senha estão corretos.
# Exibida quando o servidor ou o proxy pede o certificado do próprio usuário, ou quando ele não pode ser usado.
hint-check-client-certificate = Verifique se o certificado solicitado está instalado corretamente ou consulte o administrador.

## Problemas de certificado: uma linha cada, exibidas em lista quando uma conexão segura falhou.
## No máximo 120 caracteres; uma frase completa com ponto final.
## “O certificado” é o que o servidor enviou.
cert-flag-rev-failed = Este computador não conseguiu verificar se o certificado foi revogado.
cert-flag-invalid-cert = O certificado não é válido.
cert-flag-cert-revoked = O certificado foi revogado pela autoridade que o emitiu.
cert-flag-invalid-ca = O certificado foi emitido por uma autoridade em que este computador não confia.
cert-flag-cert-cn-invalid = O certificado foi emitido para um site com outro nome.
cert-flag-cert-date-invalid = O certificado expirou ou ainda não é válido.
cert-flag-cert-wrong-usage = O certificado não se destina a este tipo de conexão.
cert-flag-security-channel-error = Ocorreu um erro ao estabelecer a conexão segura.
# $flags (String): os sinalizadores restantes em hexadecimal, por exemplo, 0x00000100; pode conter vários.
cert-flag-unknown = O certificado tem um ou mais problemas que não puderam ser identificados ({ $flags }).

## Códigos que esta biblioteca não conhece.
# $code (String): o código decimal, por exemplo, 12345. $hex (String): o mesmo em hexadecimal, 0x00003039.
# $host (String): o nome do servidor (só em .summary-host), por exemplo, example.com.
# Mesmos limites das partes por código: no máximo 200 caracteres cada.
unknown-code =
    .summary = Ocorreu um problema inesperado durante a conexão (erro { $code }, { $hex }).
    .summary-host = Ocorreu um problema inesperado durante a conexão com o servidor { $host } (erro { $code }, { $hex }).

## Mensagens compostas

# $description (String): a descrição do código; $name (String): o nome simbólico; $code (String): o código decimal.
report-line = { $description } ({ $name }, { $code })
# $code (String): o código decimal; $hex (String): o mesmo código em hexadecimal, por exemplo, 0x80072EE2.
unknown-error = Erro desconhecido do WinHTTP: { $code } ({ $hex }).
