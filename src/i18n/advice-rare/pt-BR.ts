// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const ptBR: Catalog = {
  'advice.auth-failed.summary':
    '{domain} recusou a mensagem porque não conseguiu confirmar que ela veio mesmo do seu domínio (SPF, DKIM ou DMARC).',
  'advice.auth-failed.user':
    'A configuração de email da sua organização precisa ser corrigida; encaminhe este relatório para o seu administrador de email. Enviar de novo não vai adiantar.',
  'advice.auth-failed.admin':
    'Verifique SPF, DKIM e DMARC do domínio From. O domínio From precisa estar alinhado: o SPF precisa passar para um Return-Path do mesmo domínio organizacional, ou o DKIM precisa passar com d= seu domínio. Inclua todos os serviços de envio no SPF e faça cada um assinar com a chave DKIM do seu domínio. Não baixe a política DMARC para p=none para esconder o problema.',
  'advice.message-noncompliant.summary':
    'O servidor de destino recusou a mensagem porque ela não segue as regras de formato de email.',
  'advice.message-noncompliant.user':
    'Tente enviar de novo por um programa de email comum; se a mensagem foi gerada por um aplicativo, avise o responsável por ele.',
  'advice.message-noncompliant.admin':
    'A mensagem viola a RFC 5322 ou o MIME (por exemplo, um cabeçalho ausente ou duplicado, um From malformado, quebras de linha soltas ou linhas longas demais). Corrija o software que monta a mensagem.',
  'advice.rate-limited.summary':
    'O servidor de destino está limitando, neste momento, quanto email aceita do seu servidor.',
  'advice.rate-limited.user':
    'Aguarde e envie de novo mais tarde. Se você estava enviando para muitas pessoas de uma vez, envie em lotes menores.',
  'advice.rate-limited.admin':
    'O destino limitou ou colocou em lista cinza o IP de envio. Tente de novo com intervalos crescentes, reduza a taxa de envio e as conexões e verifique se há volume incomum saindo da sua organização.',
  'advice.message-too-large.summary': 'A mensagem é maior do que o servidor de destino aceita.',
  'advice.message-too-large.user':
    'Envie o anexo como link compartilhado, ou compacte-o ou divida-o em várias mensagens, e envie de novo.',
  'advice.message-too-large.admin':
    'A mensagem passa de um limite de tamanho no caminho (o seu ou o do destinatário). Verifique os limites; o base64 aumenta o tamanho dos anexos em cerca de um terço.',
  'advice.sender-blocked.summary':
    'A sua própria conta ou serviço de email barrou esta mensagem (sem autenticação, acima do limite de envio ou bloqueada).',
  'advice.sender-blocked.user':
    'Talvez você precise entrar de novo na sua conta, ou ela tenha atingido um limite de envio ou esteja bloqueada. Fale com a sua equipe de TI ou o seu provedor de email.',
  'advice.sender-blocked.admin':
    'Verifique a conta do remetente: entrada e autenticação SMTP, limites de envio e se ela foi bloqueada como comprometida (por exemplo, as entidades restritas do Microsoft 365).',
  'advice.relay-denied.summary':
    'Um servidor de email no caminho se recusou a passar a mensagem adiante (retransmissão não permitida).',
  'advice.relay-denied.user':
    'Talvez o seu programa de email não esteja entrando no seu servidor de saída. Verifique as configurações da conta ou encaminhe este relatório para o seu administrador de email.',
  'advice.relay-denied.admin':
    'O servidor se recusou a retransmitir para este cliente ou domínio. Garanta que os clientes se autentiquem (SMTP AUTH), que os conectores e os domínios aceitos estejam configurados e que o MX do domínio do destinatário aponte para os servidores certos.',
  'advice.mail-loop.summary': 'A mensagem ficou em loop entre servidores de email e foi interrompida.',
  'advice.mail-loop.user':
    'Encaminhe este relatório para o seu administrador de email; confira as regras de encaminhamento que você criou.',
  'advice.mail-loop.admin':
    'Procure regras de encaminhamento, aliases ou conectores que mandam a mensagem de um lado para o outro (os cabeçalhos Received mostram o loop).',
  'advice.suppressed.summary':
    'O serviço de envio não tentou entregar para {address} porque o endereço está na lista de supressão dele.',
  'advice.suppressed.user':
    'Este endereço já teve devoluções ou reclamações antes. Confirme que ele está certo antes de pedir ao seu administrador para tirá-lo da lista.',
  'advice.suppressed.admin':
    'Só tire o endereço da lista de supressão da plataforma de envio depois de confirmar que ele é válido agora.',
};
