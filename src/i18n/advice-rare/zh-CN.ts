// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const zhCN: Catalog = {
  'advice.auth-failed.summary':
    '{domain} 拒绝了这封邮件，因为无法验证它确实来自你的域（SPF、DKIM 或 DMARC）。',
  'advice.auth-failed.user':
    '你所在组织的电子邮件配置需要修复；请将此报告转发给你的电子邮件管理员。重新发送没有用。',
  'advice.auth-failed.admin':
    '检查 From 域的 SPF、DKIM 和 DMARC。From 域必须对齐：SPF 必须对同一组织域中的 Return-Path 通过，或 DKIM 必须以 d= 你的域通过。把每个发送服务都加入 SPF，并让每个服务都用你的域的 DKIM 密钥签名。不要把 DMARC 策略降到 p=none 来掩盖问题。',
  'advice.message-noncompliant.summary': '接收服务器拒绝了这封邮件，因为它不符合电子邮件格式规则。',
  'advice.message-noncompliant.user':
    '请用标准邮件程序重新发送；如果邮件是由某个应用程序生成的，请告知其负责人。',
  'advice.message-noncompliant.admin':
    '邮件违反了 RFC 5322 或 MIME（例如缺少或重复的邮件头、格式错误的 From、孤立的换行符或过长的行）。请修复生成邮件的软件。',
  'advice.rate-limited.summary': '接收服务器目前正在限制它从你的服务器接收的邮件量。',
  'advice.rate-limited.user': '请稍后再发送。如果你一次发给了很多人，请分成小批发送。',
  'advice.rate-limited.admin':
    '目标服务器对发送 IP 进行了限流或灰名单处理。请以递增间隔重试，降低发送速率和连接数，并检查你的组织是否有异常发送量。',
  'advice.message-too-large.summary': '邮件超过了接收服务器允许的大小。',
  'advice.message-too-large.user': '将附件改为共享链接发送，或将其压缩、拆分到多封邮件中，然后重新发送。',
  'advice.message-too-large.admin':
    '邮件超出了传递路径上的某个大小限制（你方的或收件方的）。请检查这些限制；base64 编码会让附件增大约三分之一。',
  'advice.sender-blocked.summary':
    '你自己的帐户或邮件服务拦下了这封邮件（未通过身份验证、超出发送限制或已被阻止）。',
  'advice.sender-blocked.user':
    '你可能需要重新登录帐户，也可能是帐户已达到发送限制或已被阻止。请联系你的 IT 部门或电子邮件服务提供商。',
  'advice.sender-blocked.admin':
    '检查发件人的帐户：登录和 SMTP 身份验证、发送限制，以及是否因被盗而遭阻止（例如 Microsoft 365 的受限实体）。',
  'advice.relay-denied.summary': '路径上的某台邮件服务器拒绝转交这封邮件（不允许中继）。',
  'advice.relay-denied.user':
    '你的邮件程序可能没有登录到你的发送服务器。请检查帐户设置，或将此报告转发给你的电子邮件管理员。',
  'advice.relay-denied.admin':
    '服务器拒绝为此客户端或域进行中继。请确保客户端进行身份验证（SMTP AUTH）、连接器和接受的域已正确配置，并且收件人域的 MX 指向正确的服务器。',
  'advice.mail-loop.summary': '邮件在邮件服务器之间陷入循环，已被终止。',
  'advice.mail-loop.user': '请将此报告转发给你的电子邮件管理员；并检查你自己设置的转发规则。',
  'advice.mail-loop.admin': '查找让邮件来回传递的转发规则、别名或连接器（Received 邮件头会显示循环）。',
  'advice.suppressed.summary': '发送服务没有尝试向 {address} 传递，因为该地址在它的抑制列表中。',
  'advice.suppressed.user': '此地址之前发生过退信或投诉。请先确认地址正确，再请管理员将它移出列表。',
  'advice.suppressed.admin': '只有在确认该地址现在有效之后，才将它从发送平台的抑制列表中移除。',
};
