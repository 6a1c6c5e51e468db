// Português do Brasil. Simples e curto, com "você"; os termos do Outlook (relatório de falha na
// entrega, caixa de correio, anexo, Itens Enviados); SPF, DKIM, DMARC, MX e HELO não se traduzem.
import type { Catalog } from './en';

export const ptBR: Catalog = {
  'app.starting': 'Iniciando o Bounce Lens…',
  'app.reading': 'Lendo a mensagem…',
  'app.readingProgress': 'Lendo {current} de {total}…',
  'app.cannotRead': 'Não foi possível ler a mensagem.',
  'app.ready.one': 'Diagnóstico pronto.',
  'app.ready.other': '{count} diagnósticos prontos.',
  'app.failedTitle': 'O Bounce Lens não conseguiu ler isso',
  'app.fileError': 'Não foi possível ler {label}',
  'app.skippedAttachment': 'Um anexo foi ignorado',
  'app.results': 'Resultados',
  'app.sourceFile': 'Arquivo: {label}',
  'app.sourceAttachment': 'Anexo: {label}',
  'app.another': 'Analisar outro relatório de falha na entrega',
  'app.pastedText': 'texto colado',
  'app.readerMissing': 'Não foi possível carregar uma parte do Bounce Lens',
  'app.readerMissingBody':
    'Esta mensagem vem de um sistema de e-mail menos comum cujo leitor não foi carregado; ela foi lida de forma geral e a resposta pode ser menos precisa.',
  'app.phrasesMissingBody':
    'Algumas das expressões menos comuns que o Bounce Lens reconhece não foram carregadas, então esta mensagem foi lida sem elas e a resposta pode ser menos exata.',
  'app.readAgain': 'Ler novamente',
  'app.partUnavailable':
    'Não foi possível carregar esta parte. Feche e abra o painel de novo para tentar outra vez.',

  'headline.failedMany': 'Não foi possível entregar para {count} destinatários',
  'headline.outcomes': '{recipients} destinatários, {groups} resultados diferentes',
  'relation.backscatterTitle': 'Talvez você não tenha enviado esta mensagem',
  'relation.forwardedTitle': 'O relatório de falha na entrega de outra pessoa',
  'relation.forwarded':
    'Este relatório é sobre uma mensagem enviada por {sender}, não por você ({user}). Se você está ajudando essa pessoa, por exemplo como administrador de email dela, as orientações abaixo são para {sender}.',
  'relation.backscatter':
    'A mensagem original veio de {sender}, não de você ({user}). Se esse não é um dos seus endereços, isto provavelmente é backscatter: um relatório de falha na entrega de um email que outra pessoa enviou em seu nome. Você pode excluí-lo; se chegarem muitos, avise o seu administrador de email.',
  'list.recipients': 'Destinatários',
  'list.evidence': 'O que o Bounce Lens leu',

  'title.recipient-unknown': 'O endereço não existe',
  'title.recipient-domain-invalid': 'O domínio não existe ou não recebe emails',
  'title.mailbox-inactive': 'A caixa de correio está desativada ou não é mais usada',
  'title.mailbox-full': 'A caixa de correio está cheia',
  'title.recipient-policy': 'Recusada pelas regras da organização do destinatário',
  'title.recipient-system': 'O servidor de email do destinatário está com problema',
  'title.auth-failed': 'A mensagem não passou na autenticação do remetente (SPF, DKIM, DMARC)',
  'title.sender-infrastructure': 'A configuração do servidor de envio foi recusada',
  'title.message-noncompliant': 'A mensagem não segue as regras de formato de email',
  'title.reputation-block': 'O servidor de envio está em uma lista de bloqueio ou não é confiável',
  'title.rate-limited': 'O servidor do destinatário está limitando o remetente',
  'title.content-rejected': 'O conteúdo foi recusado (spam, malware ou anexo)',
  'title.message-too-large': 'A mensagem é grande demais',
  'title.sender-blocked': 'A conta ou o serviço do próprio remetente está bloqueado',
  'title.relay-denied': 'Um servidor se recusou a retransmitir a mensagem',
  'title.delayed': 'A entrega está atrasada; os servidores continuam tentando',
  'title.expired': 'A entrega foi abandonada depois de várias tentativas',
  'title.mail-loop': 'A mensagem entrou em loop',
  'title.suppressed': 'O serviço de envio não tentou (lista de supressão)',
  'title.unknown': 'O motivo não está claro',
  'title.failed': 'Falha na entrega',

  'why.recipient-unknown':
    'Só o remetente pode descobrir o endereço certo; ninguém mais pode corrigir um erro de digitação ou um endereço antigo.',
  'why.recipient-domain-invalid': 'A parte depois do @ está errada, e só o remetente pode corrigi-la.',
  'why.mailbox-inactive': 'A pessoa provavelmente saiu; o remetente precisa de outra forma de falar com ela.',
  'why.mailbox-full': 'Só o dono da caixa de correio pode liberar espaço; a mensagem em si estava certa.',
  'why.recipient-policy':
    'Uma regra da organização do destinatário bloqueou a mensagem; só essa organização pode liberar o remetente.',
  'why.recipient-system':
    'A falha está no sistema de email do destinatário; só os administradores dele podem corrigi-la.',
  'why.auth-failed':
    'SPF, DKIM e DMARC ficam no DNS e nos serviços de email do domínio do remetente; só o administrador dele pode alterá-los.',
  'why.sender-infrastructure': 'O DNS reverso, o nome HELO e o TLS são dos servidores de email do remetente.',
  'why.message-noncompliant':
    'O software de envio gerou uma mensagem malformada; quem cuida dele precisa corrigir.',
  'why.reputation-block':
    'O bloqueio é contra os servidores ou o domínio do remetente; o administrador deles precisa resolver a causa e pedir a remoção da lista.',
  'why.rate-limited': 'O volume de envio e as novas tentativas são configurados nos servidores do remetente.',
  'why.content-rejected': 'O conteúdo acionou um filtro; o remetente pode alterá-lo e enviar de novo.',
  'why.message-too-large':
    'Só o remetente pode diminuir a mensagem (compartilhando arquivos grandes por link).',
  'why.sender-blocked':
    'A conta ou a organização de envio está restrita; o administrador dela precisa remover a restrição.',
  'why.relay-denied': 'As permissões de retransmissão e os conectores são configurados do lado do remetente.',
  'why.delayed': 'Nada a fazer por enquanto: os servidores continuam tentando.',
  'why.expired':
    'O destino ficou inacessível por muito tempo; os administradores dele precisam verificar os servidores.',
  'why.mail-loop':
    'Regras de encaminhamento ou de roteamento do lado do remetente fazem a mensagem andar em círculos.',
  'why.suppressed':
    'O serviço de envio parou de mandar emails para este endereço depois de devoluções ou reclamações anteriores; o remetente precisa verificá-lo.',
  'why.unknown': 'O relatório não diz o suficiente; esta é a parte mais provável.',

  'ownerWhy.sender': 'Os indícios apontam para algo que o remetente pode mudar.',
  'ownerWhy.sender-admin': 'A causa está na configuração de email da organização que envia.',
  'ownerWhy.recipient': 'Só o destinatário pode mudar isso.',
  'ownerWhy.recipient-admin': 'A causa está no sistema de email ou nas regras da organização que recebe.',
  'ownerWhy.provider':
    'O próprio serviço de email informa uma falha: aguarde ou entre em contato com o suporte dele.',
  'ownerWhy.none': 'Não há nada a corrigir.',

  'owner.sender': 'o remetente',
  'owner.sender-admin': 'o administrador de email do remetente',
  'owner.recipient': 'o destinatário',
  'owner.recipient-admin': 'o administrador de email do destinatário',
  'owner.provider': 'o provedor do serviço de email',
  'owner.none': 'ninguém',

  'path.heading': 'Quem precisa corrigir',
  'path.label': 'Do remetente ao destinatário',
  'path.mustAct': ' (precisa agir)',
  'path.you': 'Você',
  'path.sender': 'Remetente',
  'path.yourIt': 'Sua equipe de TI',
  'path.senderIt': 'TI do remetente',
  'path.provider': 'Provedor',
  'path.recipientIt': 'TI do destinatário',
  'path.recipient': 'Destinatário',
  'actor.you': 'Você precisa agir.',
  'actor.sender': 'O remetente precisa agir.',
  'actor.senderNamed': 'O remetente ({address}) precisa agir.',
  'actor.yourIt': 'Sua equipe de TI precisa agir.',
  'actor.yourItDomain': 'Sua equipe de TI ({domain}) precisa agir.',
  'actor.senderIt': 'A equipe de TI do remetente precisa agir.',
  'actor.senderItDomain': 'A equipe de TI do remetente ({domain}) precisa agir.',
  'actor.recipientIt': 'A equipe de TI do destinatário precisa agir.',
  'actor.recipientItDomain': 'A equipe de TI do destinatário ({domain}) precisa agir.',
  'actor.recipient': 'O destinatário ({address}) precisa agir.',
  'actor.provider': 'O provedor do serviço de email precisa agir.',
  'actor.providerDomain': 'O provedor do serviço de email ({domain}) precisa agir.',
  'actor.none': 'Ninguém precisa agir agora.',

  'decision.delayedUntil': 'Ainda não entregue: os servidores vão continuar tentando até {date}.',
  'decision.delayed': 'Ainda não entregue: os servidores continuam tentando.',
  'decision.delayedWhy': 'Ninguém precisa agir enquanto os servidores tentam de novo.',
  'decision.delayFix':
    'Nada a fazer agora: os servidores continuam tentando entregar a mensagem. Não envie de novo, senão ela chegará duas vezes. Se eles desistirem, você receberá um relatório de falha na entrega explicando o motivo.',
  'decision.delayFixUntil':
    'Nada a fazer agora: os servidores vão continuar tentando entregar a mensagem até {date}. Não envie de novo, senão ela chegará duas vezes. Se eles desistirem, você receberá um relatório de falha na entrega explicando o motivo.',
  'decision.yourIt': 'sua equipe de TI',
  'decision.senderIt': 'a equipe de TI do remetente',
  'decision.sameOrgWhy':
    '{domain} é a própria organização do remetente, então as regras de email dela são gerenciadas por {it}.',
  'decision.sameOrgWhyNoDomain':
    'Este domínio é a própria organização do remetente, então as regras de email dela são gerenciadas por {it}.',
  'decision.sameOrgFix':
    'O endereço é da sua própria organização. Pergunte a {it} por que {address} recusou a mensagem; eles podem verificar a regra ou o endereço e liberá-la.',
  'decision.serverSaid': 'O servidor respondeu: “{text}”',
  'verdict.line': '{who}: {title}; {acts}.',
  'verdict.recipients': '{count} destinatários',
  'verdict.mustAct': '{owner} precisa agir',
  'verdict.nobody': 'ninguém precisa agir agora',

  'group.howToFix': 'Como corrigir',
  'group.specificAdvice': 'Para este erro específico (em inglês):',

  'calm.delay.title': 'Não é uma falha: a entrega está atrasada',
  'calm.delay.body':
    'Os servidores ainda estão tentando entregar a mensagem. Nada a fazer agora; se eles acabarem desistindo, você receberá um relatório de falha na entrega.',
  'calm.delivered.title': 'Entregue',
  'calm.delivered.body':
    'Esta é uma confirmação de entrega: a mensagem chegou ao servidor de email do destinatário.',
  'calm.auto-reply.title': 'Uma resposta automática, não uma falha na entrega',
  'calm.auto-reply.body':
    'A mensagem foi entregue; esta é uma resposta automática ou de ausência temporária. Nada a corrigir.',
  'calm.read-receipt.title': 'Uma confirmação de leitura, não uma falha na entrega',
  'calm.read-receipt.body':
    'Isto informa o que aconteceu com a mensagem depois da entrega (por exemplo, que foi lida ou excluída). Nada a corrigir.',
  'calm.feedback.title': 'Uma denúncia de spam',
  'calm.feedback.body':
    'Um destinatário ou o provedor de email dele marcou uma mensagem como spam ou abuso. Não é uma falha na entrega; talvez o seu administrador de email queira parar de enviar para este endereço.',
  'calm.not-a-bounce.title': 'Isto não parece um relatório de falha na entrega',
  'calm.not-a-bounce.body':
    'O Bounce Lens não encontrou nenhum relatório de entrega nesta mensagem. Se houver um relatório citado ou anexado em outro lugar, cole o texto dele ou solte o arquivo abaixo.',
  'noRecipients.title': 'Um relatório de falha na entrega, mas nenhum destinatário pôde ser lido',
  'noRecipients.body':
    'A mensagem diz que a entrega falhou, mas não deixa claro para qual endereço. Os detalhes técnicos mostram o que o Bounce Lens leu.',

  'problem.no-item.title': 'O Outlook não passou nenhuma mensagem para o Bounce Lens',
  'problem.no-item.body':
    'Ou nada está selecionado, ou o item selecionado é um relatório de entrega: o Outlook não deixa os suplementos acessarem esses relatórios.',
  'problem.restricted.title': 'O Outlook não deixa os suplementos lerem relatórios de entrega',
  'problem.restricted.body':
    'Este é um relatório de entrega (um relatório de falha na entrega no formato próprio do Outlook), e o Outlook não permite que suplementos o leiam.',
  'problem.unsupported.title': 'Este Outlook não consegue passar a mensagem para suplementos',
  'problem.unsupported.body':
    'Faltam nele os recursos de leitura de mensagens de que o Bounce Lens precisa (Mailbox 1.8), como no Outlook para iOS e Android.',
  'problem.api-error.title': 'O Outlook não conseguiu passar a mensagem',
  'problem.api-error.body': 'Falha ao ler a mensagem. Tentar de novo pode resolver.',
  'problem.empty.title': 'A mensagem está vazia',
  'problem.empty.body': 'O Outlook passou uma mensagem sem texto.',
  'problem.outlookSaid': 'O Outlook respondeu: {detail}',
  'problem.whatToDo': 'O que fazer',
  'workaround.drag':
    'Fixe este painel (o alfinete no topo) e arraste o relatório de falha na entrega da lista de mensagens até ele. Também dá para arrastar vários de uma vez.',
  'workaround.forward':
    'Ou encaminhe o relatório para você mesmo como anexo (no Outlook: Mais ações e depois Encaminhar como anexo), abra esse encaminhamento e abra o Bounce Lens nele.',
  'workaround.paste':
    'Ou copie o texto do relatório e cole abaixo, ou salve-o como arquivo (.eml ou .msg) e solte-o abaixo.',
  'dropTip.title': 'Fixe este painel e arraste os relatórios até ele',
  'dropTip.body':
    'O Outlook não deixa os suplementos lerem a maioria dos relatórios de falha na entrega. Fixe o Bounce Lens (o alfinete no topo deste painel) e arraste um relatório da lista de mensagens até o painel; vários de uma vez mostram um resumo geral.',

  'action.failed': 'falhou',
  'action.delayed': 'ainda em nova tentativa',
  'action.delivered': 'entregue',
  'action.relayed': 'retransmitida',
  'action.expanded': 'distribuída aos membros da lista',

  'actions.didYouMean': 'Você quis dizer {address}?',
  'actions.resendTo': 'Enviar de novo para {address}',
  'actions.resend': 'Enviar de novo',
  'actions.emailYourIt': 'Enviar email para sua equipe de TI',
  'actions.emailSenderIt': 'Enviar email para a TI do remetente',
  'actions.postmaster': 'Avisar o postmaster de {domain}',

  'draft.noOriginal':
    '(Bounce Lens: o relatório de falha na entrega não traz o texto original; cole-o aqui ou encaminhe o original de Itens Enviados.)',
  'draft.itSubject': 'Falha na entrega para verificar: {subject}',
  'draft.aMessage': 'uma mensagem',
  'draft.itBody':
    'Olá,\n\nUma mensagem que enviei voltou com falha na entrega, e parece que a causa está do nosso lado. Vocês podem dar uma olhada?\n\n{summary}\n',
  'draft.postmasterSubject': 'Entrega para {domain} recusada: {subject}',
  'draft.postmasterBody':
    'Olá, postmaster de {domain},\n\nSeu sistema de email recusou uma mensagem para {recipients}. Você pode verificar o motivo e liberá-la, se ela deveria ser aceita?\n\n{summary}\n',
  'draft.suggestedCheck': 'Verificação sugerida: {text}',

  'fact.originalSubject': 'Assunto original',
  'fact.originalDate': 'Data original',
  'fact.originalSender': 'Remetente original',
  'fact.originalRecipients': 'Destinatários originais',
  'fact.originalMessageId': 'Message-ID original',
  'fact.reportedBy': 'Relatado por',
  'fact.recipient': 'Destinatário',
  'fact.whatHappened': 'O que aconteceu',
  'fact.whoMustAct': 'Quem precisa agir',
  'fact.serverSaid': 'Resposta do servidor',
  'fact.remoteServer': 'Servidor remoto',
  'fact.howToFix': 'Como corrigir',
  'fact.forAdmin': 'Para o administrador de email',
  'fact.authentication': 'Autenticação',
  'fact.status': 'Status',
  'fact.replyCode': 'Código de resposta',
  'fact.subject': 'Assunto',
  'fact.date': 'Data',
  'fact.from': 'De',
  'fact.to': 'Para',

  'copy.button': 'Copiar resumo',
  'copy.done': 'Resumo copiado.',
  'copy.blocked': 'Não é possível copiar aqui; selecione o texto e copie manualmente.',
  'copy.noRecipients': 'Um relatório de falha na entrega, mas nenhum destinatário pôde ser lido.',
  'copy.partOf': '--- {index} de {total}: {label} ---',

  'admin.heading': 'Para o seu administrador de email',
  'admin.technical': 'Detalhes técnicos de {address}',
  'admin.original': 'A mensagem original',
  'admin.documentation': 'Documentação',

  'auth.heading': 'Autenticação do remetente: {verdict}',
  'auth.results': 'Resultados da autenticação',
  'auth.verdict.pass': 'Autenticação aprovada e alinhada',
  'auth.verdict.unaligned': 'Autenticação aprovada, mas só para o domínio de outra organização',
  'auth.verdict.unauthenticated': 'Nada passou na autenticação',
  'auth.verdict.forwarding': 'Um encaminhamento ou lista de distribuição quebrou a autenticação',
  'auth.verdict.unknown': 'Os cabeçalhos não mostram qual verificação falhou',
  'auth.aligned': 'alinhado',
  'auth.notAligned': 'não alinhado',
  'auth.for': 'para {domain}',
  'auth.policy': 'política {policy}',
  'auth.fromDomain': 'Domínio From',
  'auth.mailFromDomain': 'Domínio MAIL FROM',
  'auth.forwarded': 'Encaminhada',
  'auth.forwardedYes': 'sim: havia um encaminhamento ou lista no caminho',

  'overview.heading.one': '{count} destinatário precisa de atenção',
  'overview.heading.other': '{count} destinatários precisam de atenção',
  'overview.recipient': 'Destinatário',
  'overview.whatHappened': 'O que aconteceu',
  'overview.whoActs': 'Quem age',
  'overview.more.one': 'e mais {count}, listado abaixo',
  'overview.more.other': 'e mais {count}, listados abaixo',
  'overview.fixIt': 'Como corrigir',
  'overview.fixThese.one': 'Como corrigir',
  'overview.fixThese.other': 'Como corrigir estes {count}',
  'who.you': 'Você',
  'who.sender': 'Remetente',
  'who.yourIt': 'Sua equipe de TI',
  'who.senderIt': 'TI do remetente',
  'who.recipientIt': 'TI do destinatário',
  'who.recipient': 'Destinatário',
  'who.provider': 'Provedor de email',
  'who.none': 'Ninguém (aguarde)',

  'input.heading': 'Analisar um relatório de falha na entrega',
  'input.sample': 'Testar com um exemplo',
  'input.chooseSample': 'Escolha um exemplo…',
  'input.paste': 'Cole o relatório de falha na entrega (a mensagem inteira ou só o texto)',
  'input.pasteFirst': 'Cole primeiro o texto de um relatório de falha na entrega.',
  'input.diagnose': 'Analisar',
  'input.drop': 'Solte arquivos .eml, .msg ou .txt aqui, ou',
  'input.choose': 'Escolha um arquivo…',
  'input.files': 'Arquivos de falha na entrega (.eml, .msg ou .txt)',

  'advice.noAddress': 'o destinatário',
  'advice.noDomain': 'o domínio do destinatário',
  'advice.succeeded.summary': 'A mensagem para {address} foi {action}; nada falhou.',
  'advice.succeeded.user': 'Nada a fazer: esta é uma confirmação de entrega, não uma falha.',
  'advice.succeeded.admin':
    'Uma notificação de status de entrega positiva (o remetente pediu uma, ou a plataforma as envia).',
  'advice.delayedAlso': 'A entrega para {address} está atrasada e ainda em nova tentativa. {summary}',
  'advice.recipient-unknown.summary': 'O endereço {address} não existe em {domain}.',
  'advice.recipient-unknown.user':
    'Confira a grafia do endereço ou peça à pessoa o endereço atual dela e envie de novo. Se o endereço estiver desatualizado, remova-o dos seus contatos ou da lista de preenchimento automático.',
  'advice.recipient-unknown.admin':
    'O servidor de destino disse que a caixa de correio não existe. Se o destinatário for da sua organização, verifique se a caixa de correio ou o contato existe e se o endereço está atribuído a ele; caso contrário, não há nada errado do seu lado.',
  'advice.recipient-domain-invalid.summary':
    'O domínio {domain} (em {address}) não existe ou não aceita emails.',
  'advice.recipient-domain-invalid.user':
    'A parte depois do @ provavelmente está escrita errado (por exemplo, gmial.com). Corrija e envie de novo.',
  'advice.recipient-domain-invalid.admin':
    'O domínio não tem registro MX nem A, publica um MX nulo ou não foi resolvido. Verifique com uma consulta DNS; se for um domínio hospedado por você, corrija os registros MX dele.',
  'advice.mailbox-inactive.summary':
    'A caixa de correio {address} existe, mas está desativada, suspensa ou não é mais usada.',
  'advice.mailbox-inactive.user':
    'A pessoa provavelmente saiu ou encerrou esta conta. Fale com ela por outro meio e peça um endereço atual.',
  'advice.mailbox-inactive.admin':
    'O sistema do destinatário informa a conta como desativada, suspensa ou movida. Se ela for da sua organização, reative a caixa de correio ou configure um encaminhamento.',
  'advice.mailbox-full.summary': 'A caixa de correio de {address} está cheia.',
  'advice.mailbox-full.user':
    'Não há nada errado do seu lado. Avise o destinatário por outro meio e tente de novo mais tarde.',
  'advice.mailbox-full.admin':
    'O destinatário passou da cota. O destinatário (ou o administrador dele, no caso de uma caixa de correio compartilhada) precisa liberar espaço ou aumentar a cota. O remetente não precisa mudar nada.',
  'advice.recipient-policy.summary':
    'A organização de {domain} não aceita esta mensagem para {address} pelas próprias regras.',
  'advice.recipient-policy.user':
    'A organização do destinatário restringe quem pode escrever para este endereço (por exemplo, um grupo só para remetentes internos ou uma lista moderada). Peça ao destinatário ou à equipe de TI dele para liberar você.',
  'advice.recipient-policy.admin':
    'Uma regra do lado do destinatário recusou a mensagem: um grupo restrito, um remetente bloqueado, uma regra para remetentes externos ou uma fila de moderação. Só o administrador do destinatário ou o proprietário do grupo pode removê-la; envie a eles o texto da resposta.',
  'advice.recipient-system.summary':
    'O servidor de email de {domain} está com problema e não conseguiu receber a mensagem.',
  'advice.recipient-system.user':
    'O problema está do lado de quem recebe. Tente de novo mais tarde; se continuar falhando, avise o destinatário por outro meio.',
  'advice.recipient-system.admin':
    'O servidor de destino estava inacessível, mal configurado ou falhou (conexão, TLS, DANE/MTA-STS ou erro interno). O administrador do destinatário precisa corrigir; o texto da resposta e o nome do servidor remoto ajudam.',
  'advice.sender-infrastructure.summary':
    'O servidor de destino recusou a conexão do seu servidor de email por causa da configuração dele (DNS reverso, nome HELO, DNS do seu domínio ou TLS).',
  'advice.sender-infrastructure.user':
    'É um problema de configuração na sua organização; encaminhe este relatório para o seu administrador de email.',
  'advice.sender-infrastructure.admin':
    'Dê ao IP de envio um registro PTR que resolva de volta para ele (confirmado nos dois sentidos), use um nome HELO totalmente qualificado que resolva, garanta que o domínio do remetente tenha DNS válido (MX ou A) e ofereça STARTTLS.',
  'advice.reputation-block.summary':
    'O servidor de destino bloqueou o seu servidor de email porque o endereço IP ou o domínio dele está em uma lista de bloqueio ou tem má reputação.',
  'advice.reputation-block.user':
    'O problema não é a sua mensagem. Encaminhe este relatório para o seu administrador de email; até que seja resolvido, os emails para este destino podem continuar falhando.',
  'advice.reputation-block.admin':
    'Procure o IP de envio na lista de bloqueio citada na resposta, encontre e elimine a causa (uma conta comprometida, uma fonte de spam, um IP compartilhado) e depois peça a remoção da lista. Consulte as ferramentas de postmaster do provedor.',
  'advice.content-rejected.summary':
    'O servidor de destino recusou o conteúdo da mensagem (filtro de spam, verificação de vírus ou anexo bloqueado).',
  'advice.content-rejected.user':
    'Remova ou compacte anexos incomuns, evite encurtadores de links e palavras com cara de spam e envie de novo. Se continuar falhando, peça ao destinatário para liberar o seu endereço.',
  'advice.content-rejected.admin':
    'O filtro do destinatário recusou o conteúdo. Verifique se os anexos e os links têm malware; se a mensagem for legítima, peça ao administrador do destinatário para revisar a decisão.',
  'advice.delayed.summary': 'A entrega para {address} está atrasada; o sistema de email ainda está tentando.',
  'advice.delayed.user': 'Nada a fazer por enquanto. Você receberá outro aviso se a entrega falhar de vez.',
  'advice.delayed.admin':
    'A mensagem está na fila e será tentada de novo. Se os atrasos continuarem, verifique se o destino está acessível e leia o texto da resposta.',
  'advice.expired.summary':
    'O sistema de email desistiu de entregar para {address} depois de tentar por tempo demais.',
  'advice.expired.user':
    'O servidor de destino ficou inacessível por muito tempo. Confira o endereço, tente de novo mais tarde ou fale com a pessoa por outro meio.',
  'advice.expired.admin':
    'A entrega foi tentada até acabar o tempo de vida na fila. Verifique os registros MX do destino e se ele está acessível; o último erro do relatório indica a causa.',
  'advice.unknown.summary': 'A entrega para {address} falhou, e o relatório não diz claramente por quê.',
  'advice.unknown.user':
    'Envie de novo mais tarde. Se falhar outra vez, encaminhe este relatório para o seu administrador de email.',
  'advice.unknown.admin':
    'O relatório não traz nenhuma causa reconhecível. Leia a resposta do servidor e o código de status abaixo; o administrador do servidor remoto pode explicar a própria mensagem.',
};
