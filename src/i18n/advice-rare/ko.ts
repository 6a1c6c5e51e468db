// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const ko: Catalog = {
  'advice.auth-failed.summary':
    '{domain}에서 메시지가 정말 우리 도메인에서 왔는지 확인할 수 없어 거부했습니다(SPF, DKIM 또는 DMARC).',
  'advice.auth-failed.user':
    '조직의 메일 설정을 고쳐야 합니다. 이 보고서를 메일 관리자에게 전달하세요. 다시 보내도 소용없습니다.',
  'advice.auth-failed.admin':
    'From 도메인의 SPF, DKIM, DMARC를 확인하세요. From 도메인은 정렬되어야 합니다. 같은 조직 도메인의 Return-Path에 대해 SPF가 통과하거나, d= 우리 도메인으로 DKIM이 통과해야 합니다. 모든 발송 서비스를 SPF에 추가하고, 각 서비스가 우리 도메인의 DKIM 키로 서명하게 하세요. 문제를 감추려고 DMARC 정책을 p=none으로 낮추지 마세요.',
  'advice.message-noncompliant.summary': '받는 서버가 메일 형식 규칙을 어긴 메시지라서 거부했습니다.',
  'advice.message-noncompliant.user':
    '일반 메일 프로그램에서 다시 보내 보세요. 애플리케이션이 만든 메시지라면 그 담당자에게 알리세요.',
  'advice.message-noncompliant.admin':
    '메시지가 RFC 5322 또는 MIME을 위반합니다(예: 헤더 누락 또는 중복, 잘못된 From, 단독 LF, 너무 긴 줄). 메시지를 만드는 소프트웨어를 고치세요.',
  'advice.rate-limited.summary': '받는 서버가 지금 우리 서버에서 받는 메일 양을 제한하고 있습니다.',
  'advice.rate-limited.user': '잠시 후 다시 보내세요. 많은 사람에게 한꺼번에 보냈다면 더 작게 나눠 보내세요.',
  'advice.rate-limited.admin':
    '목적지가 발송 IP를 제한하거나 그레이리스트에 올렸습니다. 간격을 늘려 가며 재시도하고, 발송 속도와 연결 수를 줄이고, 조직에서 비정상적인 발송량이 없는지 확인하세요.',
  'advice.message-too-large.summary': '메시지가 받는 서버에서 허용하는 크기보다 큽니다.',
  'advice.message-too-large.user':
    '첨부 파일을 공유 링크로 보내거나, 압축하거나 여러 메시지로 나눠 다시 보내세요.',
  'advice.message-too-large.admin':
    '메시지가 경로상의 크기 제한(우리 쪽 또는 받는 쪽)을 넘었습니다. 제한을 확인하세요. base64 인코딩은 첨부 파일 크기를 약 3분의 1 늘립니다.',
  'advice.sender-blocked.summary':
    '내 계정이나 메일 서비스가 이 메시지를 막았습니다(인증되지 않음, 발송 한도 초과 또는 차단됨).',
  'advice.sender-blocked.user':
    '계정에 다시 로그인해야 하거나, 발송 한도에 도달했거나, 차단되었을 수 있습니다. IT 부서나 메일 서비스 제공업체에 문의하세요.',
  'advice.sender-blocked.admin':
    '보낸 사람의 계정을 확인하세요. 로그인 및 SMTP 인증, 발송 한도, 침해된 계정으로 차단되었는지(예: Microsoft 365의 제한된 엔터티) 확인합니다.',
  'advice.relay-denied.summary': '경로상의 메일 서버가 메시지를 넘겨주기를 거부했습니다(릴레이 허용 안 됨).',
  'advice.relay-denied.user':
    '메일 프로그램이 보내는 메일 서버에 로그인하지 않고 있을 수 있습니다. 계정 설정을 확인하거나 이 보고서를 메일 관리자에게 전달하세요.',
  'advice.relay-denied.admin':
    '서버가 이 클라이언트나 도메인의 릴레이를 거부했습니다. 클라이언트가 인증(SMTP AUTH)하는지, 커넥터와 허용된 도메인이 설정되어 있는지, 받는 도메인의 MX가 올바른 서버를 가리키는지 확인하세요.',
  'advice.mail-loop.summary': '메시지가 메일 서버 사이를 순환하다가 중지되었습니다.',
  'advice.mail-loop.user': '이 보고서를 메일 관리자에게 전달하고, 직접 만든 전달 규칙이 있는지 확인하세요.',
  'advice.mail-loop.admin':
    '메시지를 서로 주고받게 만드는 전달 규칙, 별칭 또는 커넥터를 찾으세요(Received 헤더에 순환이 보입니다).',
  'advice.suppressed.summary':
    '{address} 주소가 발송 억제 목록에 있어서, 보내는 서비스가 배달을 시도하지 않았습니다.',
  'advice.suppressed.user':
    '이 주소는 이전에 반송되었거나 불만 신고가 있었습니다. 주소가 맞는지 확인한 후 관리자에게 목록에서 빼 달라고 요청하세요.',
  'advice.suppressed.admin':
    '지금 유효한 주소인지 확인한 후에만 발송 플랫폼의 발송 억제 목록에서 주소를 빼세요.',
};
