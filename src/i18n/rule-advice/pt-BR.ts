// Microsoft's rule-specific advice in Brazilian Portuguese (src/diagnosis/advice/microsoft.ts; the
// terms of catalogs/pt-BR.ts: "você", relatório, administrador de email, equipe de TI).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  'Este endereço só aceita emails de pessoas da própria organização, então nada que você mude do seu lado vai fazer a mensagem chegar. Peça ao destinatário, por outro meio, que a equipe de TI dele libere os seus emails, ou use outro endereço que ele passar.';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `O destinatário (${what}) está configurado para recusar remetentes de fora da organização dele (no Exchange Online: a opção que exige que todos os remetentes sejam autenticados). Só o administrador da organização do destinatário${group ? ' ou o proprietário do grupo' : ''} pode permitir remetentes externos ou incluir este remetente nos remetentes aceitos. Não há nada errado do lado do remetente.`,
  };
}

export const ptBR = byRule({
  dmarc: {
    user: 'O destinatário recusou a mensagem porque o seu domínio não passou no DMARC e a política DMARC dele manda rejeitar esse email. Encaminhe este relatório para o seu administrador de email; enviar de novo não vai adiantar.',
    admin:
      'O domínio From publica p=reject e esta mensagem não passou nem no SPF alinhado nem no DKIM alinhado. Descubra qual serviço a enviou: inclua esse serviço no registro SPF do domínio, faça-o assinar com DKIM usando o seu domínio (d= seu domínio) e confirme que o domínio do Return-Path dele está alinhado. Se a mensagem foi encaminhada, quem encaminhou quebrou a autenticação: use ARC ou peça que ele reescreva o remetente do envelope. Mantenha p=reject quando todos os remetentes legítimos passarem.',
  },
  outlookAuthLevel: {
    user: 'O Outlook.com recusou a mensagem porque o seu domínio não cumpre os requisitos de autenticação de remetentes dele. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'O Outlook.com exige que domínios que enviam em volume passem no SPF e no DKIM e publiquem um registro DMARC (pelo menos p=none) alinhado ao domínio From. Publique o SPF, assine com DKIM para o domínio From, publique o DMARC e confira o alinhamento antes de enviar de novo.',
  },
  spf: {
    user: 'O servidor do destinatário não aceitou o registro SPF do seu domínio para o servidor que enviou a sua mensagem. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'O IP de envio não está autorizado pelo registro SPF do domínio do remetente do envelope. Inclua no registro SPF o serviço ou servidor que enviou esta mensagem (include: ou ip4:/ip6:), fique abaixo de 10 consultas DNS e, para o Microsoft 365, inclua spf.protection.outlook.com.',
  },
  ipv6Unauthenticated: {
    user: 'A sua mensagem chegou por IPv6 sem passar no SPF nem no DKIM, o que a Microsoft exige para emails por IPv6. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'Emails que chegam ao Microsoft 365 por IPv6 precisam passar no SPF ou no DKIM. Assine os emails de saída com DKIM para o domínio From e confira se o SPF cobre os endereços IPv6 de onde você envia (ip6:), ou envie por IPv4.',
  },
  ipv6ReverseDns: {
    user: 'O servidor de email da sua organização tem um endereço IPv6 sem nome de DNS reverso, por isso a Microsoft o recusou. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'Dê ao endereço IPv6 de envio um registro PTR cujo nome resolva de volta para o mesmo endereço, ou envie por IPv4.',
  },
  externalAddress: external('um endereço', false),
  externalGroup: external('um grupo ou lista de distribuição', true),
  externalMailbox: external('uma caixa de correio', false),
  externalPublicFolder: external('uma pasta pública habilitada para email', false),
  externalMailUser: external('um usuário de email', false),
  externalM365Group: external('um grupo do Microsoft 365', true),
  notInAllowedSenders: {
    user: 'Este grupo só aceita mensagens das pessoas na lista de remetentes permitidos, e você não está nela. Peça ao proprietário do grupo para incluir você, ou escreva diretamente para as pessoas.',
    admin:
      'O gerenciamento de entrega do grupo define quem pode enviar para ele, e o remetente não está lá (às vezes até o proprietário precisa estar na lista). O proprietário do grupo ou o administrador da organização do destinatário inclui o remetente, ou um grupo de remetentes, na lista de permitidos.',
  },
  deliveryNotAuthorized: {
    user: 'Você não tem permissão para enviar a este endereço: provavelmente é um grupo que só aceita emails de membros ou de certas pessoas, ou uma regra da organização do destinatário barrou a mensagem. Peça ao destinatário ou ao proprietário do grupo para liberar você.',
    admin:
      'Uma restrição de entrega no destinatário recusou o remetente: um grupo ou caixa de correio limitado a certos remetentes ou a membros, a recusa de um moderador ou uma regra de transporte (fluxo de emails). O administrador da organização do destinatário ou o proprietário do grupo pode mudar a restrição; o nome do servidor no relatório mostra qual organização.',
  },
  transportRule: {
    user: 'Uma regra da organização do destinatário recusou a sua mensagem. Pergunte ao destinatário, por outro meio, por que a regra da organização dele a bloqueia.',
    admin:
      'Uma regra de fluxo de emails (regra de transporte) do Exchange com um código de recusa próprio recusou a mensagem. A organização dona da regra (veja o servidor que gerou o relatório) pode procurar qual regra usa este código e alterá-la.',
  },
  clientNotAuthenticated: {
    user: 'O servidor de destino só aceita emails para este endereço de remetentes que entram com uma conta nele, por isso recusou a sua mensagem. Avise o destinatário; a equipe de TI dele precisa aceitar emails de fora ou passar outro endereço para você.',
    admin:
      'O servidor de destino (ou o grupo destinatário, RESOLVER.RST.AuthRequired) só aceita remetentes autenticados: emails anônimos da internet são recusados. Se o destinatário é seu, permita remetentes anônimos no conector de recebimento voltado para a internet, ou permita remetentes externos para o grupo. Se um aplicativo seu envia por esse servidor, faça-o se autenticar.',
  },
  unableToRelay: {
    user: 'O servidor pelo qual você enviou não quis passar a mensagem adiante. Se você usa um programa de email, confira se ele entra com a conta no servidor de saída; se não, encaminhe este relatório para o seu administrador de email.',
    admin:
      'O servidor recusou a retransmissão: ele não é o destino do domínio do destinatário e o cliente não tinha permissão para retransmitir. Confira se o cliente ou aplicativo de envio se autentica (ou é permitido pelo IP em um conector de retransmissão) e se o MX do domínio do destinatário aponta para servidores que o têm como domínio aceito.',
  },
  relayAccessDenied: {
    user: 'O sistema de email do destinatário está configurado errado para o próprio domínio e por isso recusou a sua mensagem. Só eles podem corrigir; avise-os por outro meio.',
    admin:
      'O servidor para o qual aponta o MX do domínio do destinatário não aceita emails desse domínio: no Exchange Online, o domínio não está nos domínios aceitos, ou está configurado como autoritativo embora as caixas de correio fiquem em outro lugar (deveria ser retransmissão interna), ou o registro MX aponta para o locatário errado. O administrador do domínio do destinatário precisa corrigir o registro MX ou o domínio aceito.',
  },
  recipientAccessDenied: {
    user: 'O endereço não existe na organização do destinatário. Confira a grafia, ou pergunte à pessoa o endereço atual dela.',
    admin:
      'O bloqueio de borda baseado em diretório (DBEB) recusou o endereço: o Exchange Online não tem nenhum destinatário com ele nessa organização. Se o destinatário é seu, crie a caixa de correio ou o contato (ou mude o domínio para retransmissão interna se alguns destinatários ficam em outro sistema).',
  },
  tenantAttribution: {
    user: 'O caminho dos emails da sua organização até o Microsoft 365 está mal configurado. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'O Exchange Online não conseguiu associar ao seu locatário os emails dos seus servidores locais: o nome do certificado ou os endereços IP do conector de entrada não batem mais com o que o lado local apresenta. Atualize o conector de entrada (assunto do certificado TLS ou IPs de envio) ou o conector de envio local.',
  },
  anonymousSubmission: {
    user: 'O dispositivo ou aplicativo que enviou esta mensagem não entrou com uma conta no Microsoft 365. Confira as configurações de email dele ou encaminhe este relatório para a sua equipe de TI.',
    admin:
      'Um dispositivo ou aplicativo enviou por smtp.office365.com sem SMTP AUTH. Configure-o para se autenticar (porta 587, STARTTLS, uma caixa de correio licenciada, SMTP AUTH habilitado para ela), ou envie por um conector com envio direto ou retransmissão SMTP.',
  },
  recipientNotFound: {
    user: 'O endereço não foi encontrado na organização do destinatário. Confira a grafia; se você o escolheu nas sugestões do Outlook, apague a sugestão (a entrada salva pode estar desatualizada), digite o endereço completo de novo e envie. Se ainda falhar, confirme o endereço com a pessoa.',
    admin:
      'A organização do Exchange do destinatário não tem caixa de correio, grupo nem contato com este endereço. Se o destinatário é seu: confira se o endereço está atribuído a uma caixa de correio licenciada, se a sincronização de diretório chegou ao Exchange Online e se nenhuma regra de encaminhamento aponta para um endereço removido. Entradas antigas do preenchimento automático do Outlook (legacyExchangeDN antigo) também causam este erro.',
  },
  outlookComNoAccount: {
    user: 'Este endereço do Outlook.com ou Hotmail não existe. Confira a grafia, ou pergunte à pessoa o endereço atual dela.',
    admin:
      'O Outlook.com não encontrou nenhuma conta com este endereço. Não há nada errado do lado do remetente.',
  },
  unresolvedRecipient: {
    user: 'O Exchange não conseguiu identificar quem é este destinatário. Se você respondeu a uma mensagem antiga ou salva, comece uma mensagem nova e digite o endereço completo em vez de usar a entrada salva.',
    admin:
      'Não foi possível resolver o destinatário: muitas vezes é uma resposta a uma mensagem salva como arquivo, ou uma entrada do preenchimento automático cujo legacyExchangeDN não existe mais. Apague a entrada antiga; se o destinatário mudou de organização, adicione o legacyExchangeDN antigo como endereço X500 da nova caixa de correio.',
  },
  mailboxFull: {
    user: 'A caixa de correio do destinatário está cheia. Não há nada errado do seu lado: avise-o por outro meio e envie de novo quando ele tiver liberado espaço.',
    admin:
      'A caixa de correio do Exchange do destinatário passou da cota de armazenamento. O dono precisa apagar ou arquivar emails (ou o administrador aumenta a cota, ativa o arquivo morto ou, numa caixa compartilhada, libera espaço). O remetente não precisa mudar nada.',
  },
  folderItemLimit: {
    user: 'Uma pasta da caixa de correio do destinatário tem itens demais para receber mais. Avise-o por outro meio.',
    admin:
      'Uma pasta da caixa de correio do destinatário atingiu o limite de itens por pasta do Exchange. O dono precisa mover ou apagar itens (ou o administrador os arquiva).',
  },
  sendingLimit: {
    user: 'A sua conta passou dos limites de envio do Microsoft 365 e está impedida de enviar por enquanto. Espere (em geral até 24 horas); se você não enviou muitos emails, avise já a sua equipe de TI, porque a conta pode estar sendo usada por outra pessoa.',
    admin:
      'O remetente passou do limite de destinatários do Exchange Online (10.000 por dia) ou do limite de mensagens. Verifique se a conta foi comprometida (entradas desconhecidas, regras da caixa de entrada, itens enviados); para envio em massa ou de aplicativos, use um serviço feito para isso. Usuários bloqueados são liberados nas entidades restritas do portal do Defender.',
  },
  bannedAccount: {
    user: 'O Microsoft 365 impediu a sua conta de enviar emails, geralmente porque ela enviou spam depois que a senha foi roubada. Fale com a sua equipe de TI; o envio só volta a funcionar depois que eles agirem.',
    admin:
      'A conta de envio está na lista de usuários restritos do Microsoft 365 por spam de saída. Trate-a como comprometida: redefina a senha, exija MFA, remova regras da caixa de entrada, encaminhamentos e senhas de aplicativo desconhecidos e depois libere o usuário em "Entidades restritas" no portal do Microsoft Defender (ou peça ao suporte da Microsoft).',
  },
  tenantBlocked: {
    user: 'O Microsoft 365 impediu a sua organização de enviar emails para endereços externos. Só a sua equipe de TI pode resolver isso com a Microsoft.',
    admin:
      'A Microsoft restringiu o locatário inteiro porque boa parte dos emails de saída parecia spam, ou porque ele enviou de domínios não adicionados e verificados no locatário. Adicione e verifique cada domínio de onde você envia, feche qualquer retransmissão aberta ou conta comprometida e depois abra uma solicitação no suporte da Microsoft.',
  },
  bannedIp: {
    user: 'A Microsoft está recusando emails do servidor da sua organização por causa da reputação dele. Não é por causa da sua mensagem; encaminhe este relatório para o seu administrador de email.',
    admin:
      'O IP de envio está na lista de remetentes bloqueados da Microsoft. Encontre e pare o que enviou emails indesejados a partir dele (uma conta comprometida, uma retransmissão aberta, um IP compartilhado) e depois peça a remoção no portal de remoção da lista (delist) da Microsoft, com o IP e este relatório.',
  },
  ipNotAccepted: {
    user: 'A Microsoft não está aceitando emails do servidor da sua organização no momento. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'O Exchange Online não aceita tráfego deste IP de envio (comum em IPs novos ou de baixa reputação). Envie por um IP com reputação estabelecida, garanta que o locatário não está retransmitindo emails indesejados e fale com o suporte da Microsoft se continuar.',
  },
  customerBlockList: {
    user: 'A organização do destinatário bloqueou o seu servidor de email. Peça ao destinatário, por outro meio, que a equipe de TI dele remova o bloqueio.',
    admin:
      'O domínio do destinatário colocou o IP de envio na própria lista de bloqueio no Microsoft 365 (não é uma lista pública, então serviços de remoção não ajudam). Só o administrador da organização do destinatário pode removê-lo; envie a ele o IP e este relatório.',
  },
  rejectedByRecipient: {
    user: 'A organização do destinatário bloqueia emails do seu servidor. Peça ao destinatário que a equipe de TI dele os libere.',
    admin:
      'A organização do destinatário bloqueou o IP de envio. Só o administrador dela pode remover o bloqueio.',
  },
  tenantAllowBlockList: {
    user: 'A sua própria organização bloqueia emails para este endereço ou domínio, por isso a mensagem inteira foi barrada. Pergunte à sua equipe de TI se o bloqueio é intencional.',
    admin:
      'Uma entrada na lista de permissões/bloqueios do locatário bloqueia um dos destinatários, e nesse caso o Exchange Online barra a mensagem inteira para todos. Remova ou restrinja a entrada no portal do Microsoft Defender se ela não for intencional e envie de novo.',
  },
  externalForwarding: {
    user: 'A organização da caixa de correio que encaminha esta mensagem automaticamente não permite encaminhar para endereços externos. Escreva diretamente para o destinatário final, ou fale com a equipe de TI dessa organização.',
    admin:
      'A política de spam de saída do locatário da caixa que encaminha bloqueia o encaminhamento externo automático. O administrador dele pode permitir o encaminhamento para essa caixa na política antispam de saída, ou o usuário pode remover a regra de encaminhamento.',
  },
  downstreamRelay: {
    user: 'Um servidor depois do Microsoft 365 se recusou a passar adiante uma cópia encaminhada desta mensagem. Encaminhe este relatório para o seu administrador de email.',
    admin:
      'A mensagem foi encaminhada ou retransmitida para fora do Exchange Online e o servidor seguinte a recusou. Confira o conector de saída e as permissões de retransmissão do gateway seguinte para os endereços do Microsoft 365.',
  },
  expired: {
    user: 'O Microsoft 365 tentou várias vezes, mas não conseguiu entregar antes de desistir. Confira se o endereço está certo; se estiver, o servidor do destinatário provavelmente está fora do ar ou mal configurado: avise-o por outro meio e tente de novo mais tarde.',
    admin:
      'A mensagem ficou na fila do Exchange até expirar. Veja o último erro do relatório (muitas vezes uma conexão recusada, uma falha de DNS ou um problema de TLS no destino). Confira os registros MX do domínio do destinatário e se o servidor dele aceita conexões na porta 25; em ambientes híbridos, confira os conectores entre o Exchange local e o Exchange Online.',
  },
  expiredConnectionRefused: {
    user: 'O servidor de email do destinatário recusou todas as conexões até o Microsoft 365 desistir. Só eles podem corrigir; avise-os por outro meio.',
    admin:
      'O Exchange Online não conseguiu se conectar ao destino (conexão recusada, erro de soquete 10061) durante todo o período de novas tentativas. O administrador do domínio do destinatário precisa conferir se o host MX está no ar, escuta na porta 25 e deixa os endereços do Microsoft 365 passarem pelo firewall.',
  },
  expiredDnsFailed: {
    user: 'O domínio do destinatário não foi encontrado no DNS enquanto o Microsoft 365 tentava. Confira se há erro de digitação na parte depois do @; se estiver certa, o DNS do domínio está com problema.',
    admin:
      'As consultas DNS aos registros MX (ou A) do domínio do destinatário falharam até a mensagem expirar. Confira se o domínio tem erro de digitação e o DNS dele com uma consulta MX; o dono do domínio precisa consertar os servidores de nomes ou os registros MX.',
  },
  routingLoop: {
    user: 'A mensagem ficou andando em círculo entre servidores de email. Se você configurou encaminhamentos ou regras da caixa de entrada, confira-os; se não, encaminhe este relatório para o seu administrador de email.',
    admin:
      'O Exchange parou um loop depois de 20 saltos. Procure encaminhamentos de caixa de correio ou regras da caixa de entrada que mandam a mensagem de volta, um domínio ao mesmo tempo aceito e roteado para outro lugar, ou conectores híbridos e valores de targetAddress que apontam uns para os outros.',
  },
  bareLineFeeds: {
    user: 'O programa de onde você enviou colocou na mensagem caracteres que o servidor de destino não aceita. Tente enviar pelo Outlook; se um aplicativo enviou, avise o responsável por ele.',
    admin:
      'A mensagem tem quebras de linha soltas (LF sem CR) e o destino não suporta BDAT/CHUNKING para transportá-las. Corrija o aplicativo de envio para usar finais de linha CRLF.',
  },
  richText: {
    user: 'A sua mensagem foi enviada em formato Rich Text, que o sistema de destino não conseguiu aceitar. Envie de novo em HTML ou texto sem formatação (Outlook: Formatar Texto).',
    admin:
      'Uma mensagem em Rich Text (TNEF) saiu da organização com um cabeçalho x-dg-ref grande demais. Configure o domínio remoto no Exchange para nunca enviar Rich Text (TNEF), ou faça os usuários enviarem em HTML.',
  },
  nestedAttachments: {
    user: 'O sistema de destino recusou a mensagem por causa dos anexos (por exemplo, uma mensagem anexada dentro de outra). Envie os arquivos diretamente em vez de anexar mensagens.',
    admin:
      'Uma política no destinatário (AS345) recusa mensagens com mensagens anexadas aninhadas. Envie o conteúdo sem mensagens anexadas, ou peça à organização do destinatário para rever a política.',
  },
  throttled: {
    user: 'A Microsoft está segurando os emails da sua organização por enquanto. É só esperar; a mensagem será tentada de novo.',
    admin:
      'O Exchange Online limitou temporariamente o IP de envio (um IP novo ou uma mudança brusca de volume). Mantenha volumes estáveis, confira se SPF, DKIM e DNS reverso estão em ordem e procure algum remetente comprometido; a restrição cai sozinha quando o tráfego é legítimo.',
  },
  mtaSts: {
    user: 'A configuração de email da organização do destinatário falhou em uma verificação de segurança. Só eles podem corrigir; avise o destinatário por outro meio.',
    admin:
      'A política MTA-STS do destino não lista o host MX ao qual o Exchange Online se conectou, ou o certificado do host não leva a uma raiz confiável com um nome que confere. O administrador do domínio do destinatário precisa atualizar a política MTA-STS (linhas mx:) ou o certificado.',
  },
  dane: {
    user: 'O servidor de email da organização do destinatário falhou em uma verificação de entrega segura (DANE ou MTA-STS). Só eles podem corrigir; avise o destinatário por outro meio e tente de novo mais tarde.',
    admin:
      'O Exchange Online se recusou a entregar a mensagem ao destino porque a configuração TLS dele não confere com o que o domínio publica: sem STARTTLS, um certificado vencido, um certificado cujo nome não confere com o host MX, um registro TLSA que não confere ou registros DNSSEC que não se validam. O administrador do domínio do destinatário precisa corrigir o certificado, os registros TLSA ou a política MTA-STS.',
  },
});
