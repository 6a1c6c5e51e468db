// 한국어. 짧고 쉽게, 합니다/하세요체로. Outlook 용어(배달 못 함 보고서, 사서함, 첨부 파일,
// 보낸 편지함, 추가 기능)를 따르고 SPF, DKIM, DMARC, MX, HELO는 그대로 둡니다. 자리 표시자 뒤의
// 조사는 (으)로, 이(가)처럼 쓰거나 문장을 바꿔 피합니다.
import type { Catalog } from './en';

export const ko: Catalog = {
  'app.starting': 'Bounce Lens를 시작하는 중…',
  'app.reading': '메시지를 읽는 중…',
  'app.readingProgress': '{total}개 중 {current}번째를 읽는 중…',
  'app.cannotRead': '메시지를 읽을 수 없습니다.',
  'app.ready.one': '진단이 끝났습니다.',
  'app.ready.other': '진단 {count}건이 끝났습니다.',
  'app.failedTitle': 'Bounce Lens가 읽지 못했습니다',
  'app.fileError': '{label} 파일을 읽을 수 없습니다',
  'app.skippedAttachment': '첨부 파일 하나를 건너뛰었습니다',
  'app.results': '결과',
  'app.sourceFile': '파일: {label}',
  'app.sourceAttachment': '첨부 파일: {label}',
  'app.another': '다른 배달 못 함 보고서 진단',
  'app.pastedText': '붙여 넣은 텍스트',
  'app.readerMissing': 'Bounce Lens의 일부를 불러올 수 없습니다',
  'app.readerMissingBody':
    '이 메시지는 흔하지 않은 메일 시스템에서 온 것으로, 이를 읽는 부분을 불러오지 못했습니다. 일반적인 방법으로 읽었으므로 결과가 덜 정확할 수 있습니다.',
  'app.phrasesMissingBody':
    'Bounce Lens가 인식하는 일부 드문 표현을 불러오지 못해 이 메시지를 그 표현 없이 읽었습니다. 결과가 덜 정확할 수 있습니다.',
  'app.readAgain': '다시 읽기',
  'app.partUnavailable': '이 부분을 불러올 수 없습니다. 창을 닫았다가 다시 열어 다시 시도하세요.',

  'headline.failedMany': '받는 사람 {count}명에게 배달하지 못했습니다',
  'headline.outcomes': '받는 사람 {recipients}명, 결과 {groups}가지',
  'relation.backscatterTitle': '직접 보낸 메시지가 아닐 수 있습니다',
  'relation.forwardedTitle': '다른 사람의 배달 못 함 보고서',
  'relation.forwarded':
    '이 보고서는 본인({user})이 아니라 {sender} 주소에서 보낸 메시지에 관한 것입니다. 메일 관리자 등으로서 이 사람을 돕는 중이라면, 아래 안내는 {sender} 사용자를 위한 것입니다.',
  'relation.backscatter':
    '원래 메시지는 본인({user})이 아니라 {sender} 주소에서 보냈습니다. 본인의 주소가 아니라면 백스캐터(backscatter)일 가능성이 높습니다. 다른 사람이 본인 이름으로 보낸 메일에 대한 배달 못 함 보고서입니다. 삭제해도 됩니다. 많이 받는다면 메일 관리자에게 알리세요.',
  'list.recipients': '받는 사람',
  'list.evidence': 'Bounce Lens가 읽은 내용',

  'title.recipient-unknown': '주소가 존재하지 않습니다',
  'title.recipient-domain-invalid': '도메인이 없거나 메일을 받지 않습니다',
  'title.mailbox-inactive': '사서함이 비활성화되었거나 더 이상 사용되지 않습니다',
  'title.mailbox-full': '사서함이 가득 찼습니다',
  'title.recipient-policy': '받는 사람 조직의 규칙에 의해 거부되었습니다',
  'title.recipient-system': '받는 쪽 메일 서버에 문제가 있습니다',
  'title.auth-failed': '메시지가 보낸 사람 인증(SPF, DKIM, DMARC)을 통과하지 못했습니다',
  'title.sender-infrastructure': '보내는 서버의 설정이 거부되었습니다',
  'title.message-noncompliant': '메시지가 메일 형식 규칙을 어겼습니다',
  'title.reputation-block': '보내는 서버가 차단 목록에 있거나 신뢰받지 못합니다',
  'title.rate-limited': '받는 서버가 보낸 사람의 전송량을 제한하고 있습니다',
  'title.content-rejected': '내용이 거부되었습니다(스팸, 악성 코드 또는 첨부 파일)',
  'title.message-too-large': '메시지가 너무 큽니다',
  'title.sender-blocked': '보낸 사람 자신의 계정이나 서비스가 중지되었습니다',
  'title.relay-denied': '서버가 메시지 릴레이를 거부했습니다',
  'title.delayed': '배달이 지연되고 있으며 서버가 계속 시도 중입니다',
  'title.expired': '재시도 끝에 배달을 포기했습니다',
  'title.mail-loop': '메시지가 순환 경로에 빠졌습니다',
  'title.suppressed': '보내는 서비스가 시도하지 않았습니다(발송 억제 목록)',
  'title.unknown': '원인이 분명하지 않습니다',
  'title.failed': '배달 실패',

  'why.recipient-unknown':
    '올바른 주소는 보낸 사람만 찾을 수 있습니다. 오타나 옛 주소는 다른 누구도 고칠 수 없습니다.',
  'why.recipient-domain-invalid': '@ 뒷부분이 잘못되었으며, 보낸 사람만 고칠 수 있습니다.',
  'why.mailbox-inactive': '상대방이 떠났을 가능성이 높습니다. 보낸 사람이 다른 연락 방법을 찾아야 합니다.',
  'why.mailbox-full': '사서함 소유자만 공간을 비울 수 있습니다. 메시지 자체에는 문제가 없었습니다.',
  'why.recipient-policy':
    '받는 사람 조직의 규칙이 막았습니다. 보낸 사람을 허용할 수 있는 곳은 그 조직뿐입니다.',
  'why.recipient-system': '받는 사람의 메일 시스템에 문제가 있습니다. 그 관리자만 고칠 수 있습니다.',
  'why.auth-failed':
    'SPF, DKIM, DMARC는 보낸 사람 도메인의 DNS와 메일 서비스에 있습니다. 그 관리자만 바꿀 수 있습니다.',
  'why.sender-infrastructure': '역방향 DNS, HELO 이름, TLS는 보낸 사람의 메일 서버에 속합니다.',
  'why.message-noncompliant':
    '보내는 소프트웨어가 잘못된 형식의 메시지를 만들었습니다. 그 소프트웨어를 운영하는 쪽에서 고쳐야 합니다.',
  'why.reputation-block':
    '차단 대상은 보낸 사람의 서버나 도메인입니다. 그 관리자가 원인을 정리하고 목록 제외를 요청해야 합니다.',
  'why.rate-limited': '전송량과 재시도는 보낸 사람의 서버에서 설정합니다.',
  'why.content-rejected': '내용이 필터에 걸렸습니다. 보낸 사람이 내용을 바꿔 다시 보낼 수 있습니다.',
  'why.message-too-large': '메시지를 줄일 수 있는 것은 보낸 사람뿐입니다(큰 파일은 링크로 공유).',
  'why.sender-blocked': '보내는 계정이나 조직이 제한된 상태입니다. 그 관리자가 제한을 풀어야 합니다.',
  'why.relay-denied': '릴레이 권한과 커넥터는 보낸 사람 쪽에서 설정합니다.',
  'why.delayed': '아직 할 일이 없습니다. 서버가 계속 재시도하고 있습니다.',
  'why.expired': '목적지에 오랫동안 연결할 수 없었습니다. 그쪽 관리자가 서버를 확인해야 합니다.',
  'why.mail-loop': '보낸 사람 쪽의 전달 또는 라우팅 규칙이 메시지를 계속 돌게 만듭니다.',
  'why.suppressed':
    '이전의 반송이나 불만 신고 때문에 보내는 서비스가 이 주소로 더 이상 보내지 않습니다. 보낸 사람이 주소를 확인해야 합니다.',
  'why.unknown': '보고서의 정보가 부족합니다. 가장 가능성이 높은 쪽입니다.',

  'ownerWhy.sender': '근거를 보면 보낸 사람이 바꿀 수 있는 문제입니다.',
  'ownerWhy.sender-admin': '원인은 보내는 조직의 메일 설정에 있습니다.',
  'ownerWhy.recipient': '받는 사람만 바꿀 수 있습니다.',
  'ownerWhy.recipient-admin': '원인은 받는 조직의 메일 시스템이나 규칙에 있습니다.',
  'ownerWhy.provider':
    '메일 서비스 자체가 오류를 알리고 있습니다. 기다리거나 해당 서비스 지원팀에 문의하세요.',
  'ownerWhy.none': '고칠 것이 없습니다.',

  'owner.sender': '보낸 사람',
  'owner.sender-admin': '보낸 사람의 메일 관리자',
  'owner.recipient': '받는 사람',
  'owner.recipient-admin': '받는 사람의 메일 관리자',
  'owner.provider': '메일 서비스 제공업체',
  'owner.none': '없음',

  'path.heading': '누가 해결해야 하나요',
  'path.label': '보낸 사람부터 받는 사람까지',
  'path.mustAct': ' (조치 필요)',
  'path.you': '본인',
  'path.sender': '보낸 사람',
  'path.yourIt': '우리 IT 부서',
  'path.senderIt': '보낸 사람의 IT',
  'path.provider': '제공업체',
  'path.recipientIt': '받는 사람의 IT',
  'path.recipient': '받는 사람',
  'actor.you': '직접 조치해야 합니다.',
  'actor.sender': '보낸 사람이 조치해야 합니다.',
  'actor.senderNamed': '보낸 사람({address})이 조치해야 합니다.',
  'actor.yourIt': '우리 IT 부서가 조치해야 합니다.',
  'actor.yourItDomain': '우리 IT 부서({domain})가 조치해야 합니다.',
  'actor.senderIt': '보낸 사람의 IT 부서가 조치해야 합니다.',
  'actor.senderItDomain': '보낸 사람의 IT 부서({domain})가 조치해야 합니다.',
  'actor.recipientIt': '받는 사람의 IT 부서가 조치해야 합니다.',
  'actor.recipientItDomain': '받는 사람의 IT 부서({domain})가 조치해야 합니다.',
  'actor.recipient': '받는 사람({address})이 조치해야 합니다.',
  'actor.provider': '메일 서비스 제공업체가 조치해야 합니다.',
  'actor.providerDomain': '메일 서비스 제공업체({domain})가 조치해야 합니다.',
  'actor.none': '지금은 아무도 조치할 필요가 없습니다.',

  'decision.delayedUntil': '아직 배달되지 않았습니다. 서버가 {date}까지 계속 시도합니다.',
  'decision.delayed': '아직 배달되지 않았습니다. 서버가 계속 시도하고 있습니다.',
  'decision.delayedWhy': '서버가 재시도하는 동안에는 아무도 조치할 필요가 없습니다.',
  'decision.delayFix':
    '지금은 할 일이 없습니다. 서버가 계속 배달을 시도하고 있습니다. 다시 보내지 마세요. 두 번 배달됩니다. 서버가 포기하면 이유를 알려 주는 배달 못 함 보고서를 받게 됩니다.',
  'decision.delayFixUntil':
    '지금은 할 일이 없습니다. 서버가 {date}까지 계속 배달을 시도합니다. 다시 보내지 마세요. 두 번 배달됩니다. 서버가 포기하면 이유를 알려 주는 배달 못 함 보고서를 받게 됩니다.',
  'decision.yourIt': '우리 IT 부서',
  'decision.senderIt': '보낸 사람의 IT 부서',
  'decision.sameOrgWhy': '{domain}은(는) 보낸 사람 자신의 조직이므로, 메일 규칙은 {it}에서 관리합니다.',
  'decision.sameOrgWhyNoDomain': '이 도메인은 보낸 사람 자신의 조직이므로, 메일 규칙은 {it}에서 관리합니다.',
  'decision.sameOrgFix':
    '이 주소는 같은 조직 안에 있습니다. {address}에서 메시지를 거부한 이유를 {it}에 문의하세요. 규칙이나 주소를 확인하고 메시지를 허용할 수 있습니다.',
  'decision.serverSaid': '서버 응답: “{text}”',
  'verdict.line': '{who}: {title}. {acts}.',
  'verdict.recipients': '받는 사람 {count}명',
  'verdict.mustAct': '{owner} 조치 필요',
  'verdict.nobody': '지금은 조치할 필요 없음',

  'group.howToFix': '해결 방법',
  'group.specificAdvice': '이 오류에 대한 구체적 안내(영어):',

  'calm.delay.title': '반송 아님: 배달이 지연되고 있습니다',
  'calm.delay.body':
    '서버가 아직 메시지 배달을 시도하고 있습니다. 지금은 할 일이 없습니다. 끝내 포기하면 배달 못 함 보고서가 옵니다.',
  'calm.delivered.title': '배달됨',
  'calm.delivered.body': '배달 확인 메시지입니다. 메시지가 받는 사람의 메일 서버에 도착했습니다.',
  'calm.auto-reply.title': '반송이 아니라 자동 회신입니다',
  'calm.auto-reply.body': '메시지는 배달되었습니다. 부재 중 회신이나 자동 응답입니다. 고칠 것이 없습니다.',
  'calm.read-receipt.title': '반송이 아니라 읽음 확인입니다',
  'calm.read-receipt.body':
    '배달 후 메시지가 어떻게 되었는지(예: 읽음, 삭제됨)를 알려 줍니다. 고칠 것이 없습니다.',
  'calm.feedback.title': '스팸 신고 보고서',
  'calm.feedback.body':
    '받는 사람이나 그 메일 제공업체가 메시지를 스팸 또는 악용으로 신고했습니다. 배달 실패는 아닙니다. 메일 관리자가 이 주소로 보내는 것을 중단하려 할 수 있습니다.',
  'calm.not-a-bounce.title': '반송 메시지가 아닌 것 같습니다',
  'calm.not-a-bounce.body':
    'Bounce Lens가 이 메시지에서 배달 보고서를 찾지 못했습니다. 반송 메시지가 다른 곳에 인용되거나 첨부되어 있다면, 그 텍스트를 붙여 넣거나 파일을 아래에 끌어다 놓으세요.',
  'noRecipients.title': '반송 메시지이지만 받는 사람을 읽을 수 없습니다',
  'noRecipients.body':
    '배달에 실패했다고 하지만 어느 주소인지 분명하지 않습니다. 기술 세부 정보에서 Bounce Lens가 읽은 내용을 볼 수 있습니다.',

  'problem.no-item.title': 'Outlook이 Bounce Lens에 읽을 메시지를 넘겨주지 않았습니다',
  'problem.no-item.body':
    '선택한 항목이 없거나, 선택한 항목이 배달 보고서입니다. Outlook은 추가 기능이 배달 보고서에 접근하지 못하게 합니다.',
  'problem.restricted.title': 'Outlook은 추가 기능이 배달 보고서에 접근하지 못하게 합니다',
  'problem.restricted.body':
    '이 항목은 배달 보고서(Outlook 고유 형식의 배달 못 함 보고서)이며, Outlook은 추가 기능이 이를 읽지 못하게 합니다.',
  'problem.unsupported.title': '이 Outlook은 추가 기능에 메시지를 넘겨줄 수 없습니다',
  'problem.unsupported.body':
    'iOS 및 Android용 Outlook처럼, Bounce Lens에 필요한 메시지 읽기 기능(Mailbox 1.8)이 없습니다.',
  'problem.api-error.title': 'Outlook이 메시지를 넘겨주지 못했습니다',
  'problem.api-error.body': '메시지를 읽지 못했습니다. 다시 시도하면 될 수도 있습니다.',
  'problem.empty.title': '메시지가 비어 있습니다',
  'problem.empty.body': 'Outlook이 텍스트가 없는 메시지를 넘겨주었습니다.',
  'problem.outlookSaid': 'Outlook 응답: {detail}',
  'problem.whatToDo': '해결 방법',
  'workaround.drag':
    '이 창을 고정(위쪽의 핀)한 다음, 메시지 목록에서 반송 메시지를 창으로 끌어다 놓으세요. 여러 개를 한 번에 놓아도 됩니다.',
  'workaround.forward':
    '또는 반송 메시지를 첨부 파일로 자신에게 전달하고(Outlook에서 기타 작업 > 첨부 파일로 전달), 전달된 메시지를 열어 Bounce Lens를 실행하세요.',
  'workaround.paste':
    '또는 반송 메시지의 텍스트를 복사해 아래에 붙여 넣거나, 파일(.eml 또는 .msg)로 저장해 아래에 끌어다 놓으세요.',
  'dropTip.title': '이 창을 고정하고 반송 메시지를 끌어다 놓으세요',
  'dropTip.body':
    'Outlook은 추가 기능이 대부분의 반송 메시지에 접근하지 못하게 합니다. Bounce Lens를 고정(이 창 위쪽의 핀)한 다음, 메시지 목록에서 반송 메시지를 창으로 끌어다 놓으세요. 여러 개를 한 번에 놓으면 개요를 볼 수 있습니다.',

  'action.failed': '실패',
  'action.delayed': '재시도 중',
  'action.delivered': '배달됨',
  'action.relayed': '릴레이됨',
  'action.expanded': '목록 구성원에게 전달됨',

  'actions.didYouMean': '{address} 주소로 보내려고 하셨나요?',
  'actions.resendTo': '{address}(으)로 다시 보내기',
  'actions.resend': '다시 보내기',
  'actions.emailYourIt': '우리 IT 부서에 메일 보내기',
  'actions.emailSenderIt': '보낸 사람의 IT 부서에 메일 보내기',
  'actions.postmaster': '{domain} 메일 관리자(postmaster)에게 알리기',

  'draft.noOriginal':
    '(Bounce Lens: 배달 못 함 보고서에 원래 본문이 없습니다. 여기에 붙여 넣거나 보낸 편지함에서 원본을 전달하세요.)',
  'draft.itSubject': '확인이 필요한 반송 메일: {subject}',
  'draft.aMessage': '메시지',
  'draft.itBody':
    '안녕하세요.\n\n제가 보낸 메시지가 반송되었는데, 원인이 우리 쪽에 있는 것 같습니다. 확인해 주실 수 있을까요?\n\n{summary}\n',
  'draft.postmasterSubject': '{domain}(으)로의 배달 거부: {subject}',
  'draft.postmasterBody':
    '{domain} 메일 관리자(postmaster)님, 안녕하세요.\n\n귀사의 메일 시스템이 {recipients} 앞으로 보낸 메시지를 거부했습니다. 이유를 확인해 주시고, 받아야 하는 메시지라면 허용해 주실 수 있을까요?\n\n{summary}\n',
  'draft.suggestedCheck': '확인 제안: {text}',

  'fact.originalSubject': '원래 제목',
  'fact.originalDate': '원래 날짜',
  'fact.originalSender': '원래 보낸 사람',
  'fact.originalRecipients': '원래 받는 사람',
  'fact.originalMessageId': '원래 Message-ID',
  'fact.reportedBy': '보고한 서버',
  'fact.recipient': '받는 사람',
  'fact.whatHappened': '무슨 일이 있었나요',
  'fact.whoMustAct': '조치할 사람',
  'fact.serverSaid': '서버 응답',
  'fact.remoteServer': '원격 서버',
  'fact.howToFix': '해결 방법',
  'fact.forAdmin': '메일 관리자용',
  'fact.authentication': '인증',
  'fact.status': '상태',
  'fact.replyCode': '응답 코드',
  'fact.subject': '제목',
  'fact.date': '날짜',
  'fact.from': '보낸 사람',
  'fact.to': '받는 사람',

  'copy.button': '요약 복사',
  'copy.done': '요약을 복사했습니다.',
  'copy.blocked': '여기서는 복사할 수 없습니다. 텍스트를 선택해 직접 복사하세요.',
  'copy.noRecipients': '반송 메시지이지만 받는 사람을 읽을 수 없습니다.',
  'copy.partOf': '--- {total}개 중 {index}번째: {label} ---',

  'admin.heading': '메일 관리자용',
  'admin.technical': '{address}의 기술 세부 정보',
  'admin.original': '원래 메시지',
  'admin.documentation': '문서',

  'auth.heading': '보낸 사람 인증: {verdict}',
  'auth.results': '인증 결과',
  'auth.verdict.pass': '인증을 통과했고 정렬되었습니다',
  'auth.verdict.unaligned': '인증은 통과했지만 다른 조직의 도메인에 대해서만 통과했습니다',
  'auth.verdict.unauthenticated': '통과한 인증이 없습니다',
  'auth.verdict.forwarding': '전달 서버나 메일링 리스트가 인증을 깨뜨렸습니다',
  'auth.verdict.unknown': '헤더로는 어떤 검사가 실패했는지 알 수 없습니다',
  'auth.aligned': '정렬됨',
  'auth.notAligned': '정렬 안 됨',
  'auth.for': '{domain} 대상',
  'auth.policy': '정책 {policy}',
  'auth.fromDomain': 'From 도메인',
  'auth.mailFromDomain': 'MAIL FROM 도메인',
  'auth.forwarded': '전달됨',
  'auth.forwardedYes': '예: 경로에 전달 서버나 메일링 리스트가 있었습니다',

  'overview.heading.one': '확인이 필요한 받는 사람 {count}명',
  'overview.heading.other': '확인이 필요한 받는 사람 {count}명',
  'overview.recipient': '받는 사람',
  'overview.whatHappened': '무슨 일이 있었나요',
  'overview.whoActs': '조치할 사람',
  'overview.more.one': '외 {count}명(아래 목록 참조)',
  'overview.more.other': '외 {count}명(아래 목록 참조)',
  'overview.fixIt': '해결 방법',
  'overview.fixThese.one': '해결 방법',
  'overview.fixThese.other': '{count}명 해결 방법',
  'who.you': '본인',
  'who.sender': '보낸 사람',
  'who.yourIt': '우리 IT 부서',
  'who.senderIt': '보낸 사람의 IT',
  'who.recipientIt': '받는 사람의 IT',
  'who.recipient': '받는 사람',
  'who.provider': '메일 제공업체',
  'who.none': '없음(기다리기)',

  'input.heading': '반송 메시지 진단',
  'input.sample': '예제 반송 메시지 사용해 보기',
  'input.chooseSample': '예제 선택…',
  'input.paste': '반송 메시지 붙여 넣기(메시지 전체 또는 텍스트만)',
  'input.pasteFirst': '먼저 반송 메시지의 텍스트를 붙여 넣으세요.',
  'input.diagnose': '진단',
  'input.drop': '.eml, .msg 또는 .txt 파일을 여기에 끌어다 놓거나',
  'input.choose': '파일 선택…',
  'input.files': '반송 메시지 파일(.eml, .msg 또는 .txt)',

  'advice.noAddress': '받는 사람',
  'advice.noDomain': '받는 사람 도메인',
  'advice.succeeded.summary': '{address} 앞 메시지: {action}. 실패한 것은 없습니다.',
  'advice.succeeded.user': '할 일이 없습니다. 실패가 아니라 배달 확인입니다.',
  'advice.succeeded.admin': '성공 배달 상태 알림입니다(보낸 사람이 요청했거나 플랫폼이 보내는 것).',
  'advice.delayedAlso': '{address} 앞 배달이 지연되어 계속 재시도 중입니다. {summary}',
  'advice.recipient-unknown.summary': '{domain}에 {address} 주소가 없습니다.',
  'advice.recipient-unknown.user':
    '주소 철자를 확인하거나 상대방에게 현재 주소를 물어본 후 다시 보내세요. 오래된 주소라면 연락처나 자동 완성 목록에서 삭제하세요.',
  'advice.recipient-unknown.admin':
    '받는 서버가 사서함이 없다고 응답했습니다. 받는 사람이 조직 내부에 있다면 사서함이나 연락처가 있고 주소가 할당되어 있는지 확인하세요. 그렇지 않다면 이쪽에는 문제가 없습니다.',
  'advice.recipient-domain-invalid.summary': '도메인 {domain}({address})이(가) 없거나 메일을 받지 않습니다.',
  'advice.recipient-domain-invalid.user':
    '@ 뒷부분의 철자가 틀렸을 가능성이 높습니다(예: gmial.com). 고친 후 다시 보내세요.',
  'advice.recipient-domain-invalid.admin':
    '도메인에 MX 또는 A 레코드가 없거나, null MX를 게시하거나, 확인되지 않았습니다. DNS 조회로 확인하세요. 직접 호스팅하는 도메인이라면 MX 레코드를 고치세요.',
  'advice.mailbox-inactive.summary':
    '사서함 {address}은(는) 있지만 비활성화, 일시 중지되었거나 더 이상 사용되지 않습니다.',
  'advice.mailbox-inactive.user':
    '상대방이 떠났거나 이 계정을 닫았을 가능성이 높습니다. 다른 방법으로 연락해 현재 주소를 물어보세요.',
  'advice.mailbox-inactive.admin':
    '받는 쪽 시스템이 계정을 비활성화, 일시 중지 또는 이동됨으로 보고합니다. 조직 내부 계정이라면 사서함을 다시 활성화하거나 전달을 설정하세요.',
  'advice.mailbox-full.summary': '{address}의 사서함이 가득 찼습니다.',
  'advice.mailbox-full.user':
    '이쪽에는 문제가 없습니다. 다른 방법으로 받는 사람에게 알리고 나중에 다시 시도하세요.',
  'advice.mailbox-full.admin':
    '받는 사람이 할당량을 초과했습니다. 받는 사람(공유 사서함이면 그 관리자)이 공간을 비우거나 할당량을 늘려야 합니다. 보낸 사람은 바꿀 것이 없습니다.',
  'advice.recipient-policy.summary':
    '{domain} 조직이 자체 규칙에 따라 {address} 앞으로 온 이 메시지를 받지 않습니다.',
  'advice.recipient-policy.user':
    '받는 사람의 조직이 이 주소로 메일을 보낼 수 있는 사람을 제한합니다(예: 내부 보낸 사람 전용 그룹, 중재되는 목록). 받는 사람이나 그 IT 부서에 허용을 요청하세요.',
  'advice.recipient-policy.admin':
    '받는 쪽 규칙이 메시지를 거부했습니다. 제한된 그룹, 차단된 보낸 사람, 외부 보낸 사람 규칙 또는 중재 대기열 때문입니다. 받는 쪽 관리자나 그룹 소유자만 풀 수 있으니 응답 텍스트를 공유하세요.',
  'advice.recipient-system.summary': '{domain}의 메일 서버에 문제가 있어 메시지를 받지 못했습니다.',
  'advice.recipient-system.user':
    '문제는 받는 쪽에 있습니다. 나중에 다시 시도하세요. 계속 실패하면 다른 방법으로 받는 사람에게 알리세요.',
  'advice.recipient-system.admin':
    '목적지 서버에 연결할 수 없거나, 설정이 잘못되었거나, 오류가 발생했습니다(연결, TLS, DANE/MTA-STS 또는 내부 오류). 받는 쪽 관리자가 고쳐야 하며, 응답 텍스트와 원격 서버 이름이 도움이 됩니다.',
  'advice.sender-infrastructure.summary':
    '받는 서버가 우리 메일 서버의 설정(역방향 DNS, HELO 이름, 도메인 DNS 또는 TLS) 때문에 연결을 거부했습니다.',
  'advice.sender-infrastructure.user': '조직의 설정 문제입니다. 이 보고서를 메일 관리자에게 전달하세요.',
  'advice.sender-infrastructure.admin':
    '발송 IP에 다시 그 IP로 확인되는 PTR 레코드를 지정하고(정방향 확인), 확인 가능한 FQDN HELO 이름을 쓰고, 보낸 사람 도메인에 유효한 DNS(MX 또는 A)가 있는지 확인하고, STARTTLS를 제공하세요.',
  'advice.reputation-block.summary':
    '우리 메일 서버의 IP 주소나 도메인이 차단 목록에 있거나 평판이 나빠 받는 서버가 차단했습니다.',
  'advice.reputation-block.user':
    '메시지 내용 문제가 아닙니다. 이 보고서를 메일 관리자에게 전달하세요. 해결될 때까지 이 목적지로 보내는 메일은 계속 실패할 수 있습니다.',
  'advice.reputation-block.admin':
    '응답에 나온 차단 목록에서 발송 IP를 조회하고, 원인(해킹된 계정, 스팸 발송원, 공유 IP)을 찾아 막은 다음 목록 제외를 요청하세요. 제공업체의 postmaster 도구도 확인하세요.',
  'advice.content-rejected.summary':
    '받는 서버가 메시지 내용을 거부했습니다(스팸 필터, 바이러스 검사 또는 차단된 첨부 파일).',
  'advice.content-rejected.user':
    '흔치 않은 첨부 파일은 빼거나 압축하고, 단축 URL과 스팸처럼 보이는 표현을 피한 다음 다시 보내세요. 계속 실패하면 받는 사람에게 내 주소를 허용해 달라고 요청하세요.',
  'advice.content-rejected.admin':
    '받는 사람의 필터가 내용을 거부했습니다. 첨부 파일과 링크에 악성 코드가 없는지 확인하세요. 정상적인 메시지라면 받는 쪽 관리자에게 판정을 다시 검토해 달라고 요청하세요.',
  'advice.delayed.summary': '{address} 앞 배달이 지연되고 있습니다. 메일 시스템이 아직 시도 중입니다.',
  'advice.delayed.user': '아직 할 일이 없습니다. 끝내 배달에 실패하면 다시 알림을 받게 됩니다.',
  'advice.delayed.admin':
    '메시지가 큐에 있으며 다시 시도됩니다. 지연이 계속되면 목적지에 연결할 수 있는지 확인하고 응답 텍스트를 읽어 보세요.',
  'advice.expired.summary': '메일 시스템이 너무 오래 재시도한 끝에 {address} 앞 배달을 포기했습니다.',
  'advice.expired.user':
    '받는 서버에 오랫동안 연결할 수 없었습니다. 주소를 확인하고, 나중에 다시 시도하거나 다른 방법으로 연락하세요.',
  'advice.expired.admin':
    '큐 보존 기간이 끝날 때까지 배달을 재시도했습니다. 목적지의 MX 레코드와 연결 가능 여부를 확인하세요. 보고서의 마지막 오류가 원인을 알려 줍니다.',
  'advice.unknown.summary': '{address} 앞 배달에 실패했으며, 보고서에 이유가 분명히 나와 있지 않습니다.',
  'advice.unknown.user': '나중에 다시 보내세요. 또 실패하면 이 보고서를 메일 관리자에게 전달하세요.',
  'advice.unknown.admin':
    '보고서에 알아볼 수 있는 원인이 없습니다. 아래의 서버 응답과 상태 코드를 읽어 보세요. 원격 서버 관리자가 자기 메시지를 설명할 수 있습니다.',
};
