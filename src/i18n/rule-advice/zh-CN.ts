// Microsoft's rule-specific advice in Simplified Chinese (src/diagnosis/advice/microsoft.ts; the
// terms of catalogs/zh-CN.ts: 你, 报告, 电子邮件管理员, IT 部门; a space between Chinese and Latin).
import { byRule } from './ids';
import type { RuleAdviceText } from './types';

const EXTERNAL_USER =
  '此地址只接收来自其本组织内部人员的邮件，因此你这边无论怎么改都无法送达。请通过其他渠道请收件人让其 IT 部门允许你的邮件，或改用对方提供的其他地址。';

function external(what: string, group: boolean): RuleAdviceText {
  return {
    user: EXTERNAL_USER,
    admin: `收件人（${what}）被设置为拒收其组织外部的发件人（在 Exchange Online 中：要求所有发件人都经过身份验证的设置）。只有收件人组织的管理员${group ? '或组的所有者' : ''}才能允许外部发件人，或将此发件人加入允许的发件人。发件方没有任何问题。`,
  };
}

export const zhCN = byRule({
  dmarc: {
    user: '由于你的域未通过 DMARC，且该域的 DMARC 策略要求拒收此类邮件，收件人拒收了此邮件。请将此报告转发给你的电子邮件管理员；重新发送没有用。',
    admin:
      'From 域发布了 p=reject，而此邮件既未通过对齐的 SPF，也未通过对齐的 DKIM。请查明是哪个服务发送的：将它加入该域的 SPF 记录，让它用你的域进行 DKIM 签名（d= 你的域），并确保它的 Return-Path 域对齐。如果邮件经过转发，是转发方破坏了身份验证：请使用 ARC，或让转发方改写信封发件人。所有合法发件来源都通过后，请保持 p=reject。',
  },
  outlookAuthLevel: {
    user: '由于你的域不符合 Outlook.com 对发件人的身份验证要求，Outlook.com 拒收了此邮件。请将此报告转发给你的电子邮件管理员。',
    admin:
      'Outlook.com 要求大量发信的域通过 SPF 和 DKIM，并发布与 From 域对齐的 DMARC 记录（至少 p=none）。请发布 SPF，为 From 域进行 DKIM 签名，发布 DMARC，并在重新发送前检查对齐。',
  },
  spf: {
    user: '收件方服务器不认可你的域的 SPF 记录对发送此邮件的服务器的授权。请将此报告转发给你的电子邮件管理员。',
    admin:
      '发送 IP 未获信封发件人所在域的 SPF 记录授权。请将发送此邮件的服务或服务器加入 SPF 记录（include: 或 ip4:/ip6:），DNS 查询不超过 10 次；如使用 Microsoft 365，请包含 spf.protection.outlook.com。',
  },
  ipv6Unauthenticated: {
    user: '你的邮件通过 IPv6 送达，但未通过 SPF 或 DKIM，而 Microsoft 要求 IPv6 邮件必须通过。请将此报告转发给你的电子邮件管理员。',
    admin:
      '通过 IPv6 到达 Microsoft 365 的邮件必须通过 SPF 或 DKIM。请为 From 域对外发邮件进行 DKIM 签名，并确保 SPF 覆盖你用于发信的 IPv6 地址（ip6:），或改用 IPv4 发送。',
  },
  ipv6ReverseDns: {
    user: '你所在组织的邮件服务器使用的 IPv6 地址没有反向 DNS 名称，因此被 Microsoft 拒收。请将此报告转发给你的电子邮件管理员。',
    admin: '请为发送用的 IPv6 地址设置 PTR 记录，且其名称能正向解析回同一地址；或改用 IPv4 发送。',
  },
  externalAddress: external('一个地址', false),
  externalGroup: external('一个组（通讯组列表）', true),
  externalMailbox: external('一个邮箱', false),
  externalPublicFolder: external('一个启用邮件的公用文件夹', false),
  externalMailUser: external('一个邮件用户', false),
  externalM365Group: external('一个 Microsoft 365 组', true),
  notInAllowedSenders: {
    user: '此组只接收其允许的发件人列表中的人发来的邮件，而你不在列表中。请让组的所有者把你加进去，或直接给组里的人发邮件。',
    admin:
      '组的传递管理规定了谁可以向其发信，而此发件人不在其中（有时连所有者也必须在列表中）。由组的所有者或收件人组织的管理员将此发件人或一组发件人加入允许列表。',
  },
  deliveryNotAuthorized: {
    user: '你无权向此地址发信：它可能是只接收成员或特定人员邮件的组，或者收件人组织的某条规则拦下了此邮件。请让收件人或组的所有者允许你发信。',
    admin:
      '收件方的传递限制拒绝了此发件人：可能是仅限特定发件人或成员的组或邮箱、审核人的拒绝，或传输（邮件流）规则。收件人组织的管理员或组的所有者可以修改此限制；报告中的服务器名称可看出是哪个组织。',
  },
  transportRule: {
    user: '收件人组织的一条规则拒收了你的邮件。请通过其他渠道问收件人，他们组织的规则为什么会拦截它。',
    admin:
      '一条带有自定义拒绝代码的 Exchange 邮件流（传输）规则拒收了此邮件。拥有该规则的组织（见生成报告的服务器）可以查出哪条规则使用了此代码并进行修改。',
  },
  clientNotAuthenticated: {
    user: '收件方服务器只接收登录到它的发件人发往此地址的邮件，因此拒收了你的邮件。请告知收件人；他们的 IT 部门需要允许外部邮件，或给你另一个地址。',
    admin:
      '收件方服务器（或收件人组，RESOLVER.RST.AuthRequired）只接受经过身份验证的发件人：来自互联网的匿名邮件会被拒收。如果收件人属于你们，请在面向互联网的接收连接器上允许匿名发件人，或为该组允许外部发件人。如果你们的某个应用通过该服务器发信，请让它进行身份验证。',
  },
  unableToRelay: {
    user: '你发信所经过的服务器拒绝转发此邮件。如果你使用邮件程序，请检查它是否登录到发送服务器；否则请将此报告转发给你的电子邮件管理员。',
    admin:
      '服务器拒绝中继：它不是收件人所在域的目标服务器，客户端也没有中继权限。请检查发送的客户端或应用是否进行了身份验证（或在中继连接器上按 IP 获得允许），并检查收件人域的 MX 是否指向将其作为接受域的服务器。',
  },
  relayAccessDenied: {
    user: '收件人的邮件系统对其自身的域配置有误，因此拒收了你的邮件。只有对方能修复；请通过其他渠道告知他们。',
    admin:
      '收件人域的 MX 所指向的服务器不接收该域的邮件：在 Exchange Online 中，该域不在接受域中，或者其邮箱在别处却被设为权威域（应设为内部中继），或者 MX 记录指向了错误的租户。收件人域的管理员必须更正 MX 记录或接受域。',
  },
  recipientAccessDenied: {
    user: '收件人的组织中不存在此地址。请检查拼写，或向对方询问其当前地址。',
    admin:
      '基于目录的边缘阻止（DBEB）拒绝了此地址：Exchange Online 在该组织中没有使用此地址的收件人。如果收件人属于你们，请创建邮箱或联系人（如果部分收件人在其他系统上，请将该域设为内部中继）。',
  },
  tenantAttribution: {
    user: '你所在组织发往 Microsoft 365 的邮件路径配置有误。请将此报告转发给你的电子邮件管理员。',
    admin:
      'Exchange Online 无法将来自你们本地服务器的邮件归属到你们的租户：入站连接器的证书名称或 IP 地址与本地端提供的不再一致。请更新入站连接器（TLS 证书的使用者或发送 IP）或本地的发送连接器。',
  },
  anonymousSubmission: {
    user: '发送此邮件的设备或应用没有登录 Microsoft 365。请检查它的邮件设置，或将此报告转发给你的 IT 部门。',
    admin:
      '某个设备或应用未使用 SMTP AUTH 就通过 smtp.office365.com 发信。请将它配置为进行身份验证（端口 587、STARTTLS、已分配许可证的邮箱、为该邮箱启用 SMTP AUTH），或改为通过直接发送或 SMTP 中继的连接器发信。',
  },
  recipientNotFound: {
    user: '在收件人的组织中找不到此地址。请检查拼写；如果你是从 Outlook 的建议中选择的，请删除该建议（保存的条目可能已过时），重新完整输入地址后发送。如果仍然失败，请与对方确认地址。',
    admin:
      '收件人的 Exchange 组织中没有使用此地址的邮箱、组或联系人。如果收件人属于你们：请检查该地址是否分配给了已分配许可证的邮箱、目录同步是否已到达 Exchange Online，以及是否有转发规则指向已删除的地址。Outlook 自动完成中的过时条目（旧的 legacyExchangeDN）也会导致此错误。',
  },
  outlookComNoAccount: {
    user: '此 Outlook.com 或 Hotmail 地址不存在。请检查拼写，或向对方询问其当前地址。',
    admin: 'Outlook.com 找不到使用此地址的帐户。发件方没有任何问题。',
  },
  unresolvedRecipient: {
    user: 'Exchange 无法确定此收件人是谁。如果你回复的是旧邮件或保存的邮件，请新建一封邮件并完整输入地址，不要使用保存的条目。',
    admin:
      '无法解析收件人：常见原因是回复了另存为文件的邮件，或自动完成条目的 legacyExchangeDN 已不存在。请清除过时的条目；如果收件人换了组织，请将旧的 legacyExchangeDN 作为 X500 地址添加到新邮箱。',
  },
  mailboxFull: {
    user: '收件人的邮箱已满。你这边没有问题：请通过其他渠道告知对方，等对方腾出空间后再发送。',
    admin:
      '收件人的 Exchange 邮箱已超出存储配额。邮箱所有者需要删除或存档邮件（或由管理员提高配额、启用存档，共享邮箱则由管理员腾出空间）。发件人无需做任何更改。',
  },
  folderItemLimit: {
    user: '收件人邮箱中的某个文件夹项目过多，无法再接收。请通过其他渠道告知对方。',
    admin:
      '收件人邮箱中的某个文件夹已达到 Exchange 的每文件夹项目数上限。所有者需要移动或删除项目（或由管理员存档）。',
  },
  sendingLimit: {
    user: '你的帐户超出了 Microsoft 365 的发送限制，暂时无法发信。请等待（通常最多 24 小时）；如果你并没有发很多邮件，请立即告知你的 IT 部门，帐户可能被人盗用。',
    admin:
      '发件人超出了 Exchange Online 的收件人数量限制（每天 10,000 个收件人）或邮件数量限制。请检查帐户是否被盗（陌生登录、收件箱规则、已发送邮件）；群发邮件或应用邮件请使用专门的服务。被阻止的用户可在 Defender 门户的受限实体中解除。',
  },
  bannedAccount: {
    user: 'Microsoft 365 已禁止你的帐户发送邮件，通常是因为密码被盗后帐户发送了垃圾邮件。请联系你的 IT 部门；在他们处理之前无法发信。',
    admin:
      '发送帐户因发出垃圾邮件而被列入 Microsoft 365 的受限用户列表。请按帐户被盗处理：重置密码，强制启用 MFA，删除陌生的收件箱规则、转发和应用密码，然后在 Microsoft Defender 门户的“受限实体”中解除该用户（或联系 Microsoft 支持）。',
  },
  tenantBlocked: {
    user: 'Microsoft 365 已禁止你所在组织向外部地址发送邮件。只有你的 IT 部门能与 Microsoft 一起解决。',
    admin:
      '由于租户的大量外发邮件看起来像垃圾邮件，或租户从未添加和验证的域发信，Microsoft 限制了整个租户。请添加并验证你用于发信的每个域，关闭所有开放中继或被盗帐户，然后向 Microsoft 支持提交请求。',
  },
  bannedIp: {
    user: '由于信誉问题，Microsoft 拒收来自你所在组织邮件服务器的邮件。这与你的邮件内容无关；请将此报告转发给你的电子邮件管理员。',
    admin:
      '发送 IP 在 Microsoft 的已阻止发件人列表中。请找出并阻止从该 IP 发送垃圾邮件的来源（被盗帐户、开放中继、共享 IP），然后通过 Microsoft 的除名门户（delist portal）提交该 IP 和此报告，申请移除。',
  },
  ipNotAccepted: {
    user: 'Microsoft 目前不接收来自你所在组织邮件服务器的邮件。请将此报告转发给你的电子邮件管理员。',
    admin:
      'Exchange Online 不接受来自此发送 IP 的流量（新 IP 或信誉较低的 IP 常见）。请通过已建立信誉的 IP 发信，确认租户没有中继垃圾邮件；如果问题持续，请联系 Microsoft 支持。',
  },
  customerBlockList: {
    user: '收件人的组织阻止了你的邮件服务器。请通过其他渠道请收件人让其 IT 部门解除阻止。',
    admin:
      '收件人的域把发送 IP 加入了其在 Microsoft 365 中自己的阻止列表（不是公共黑名单，因此除名服务无济于事）。只有收件人组织的管理员能移除；请把 IP 和此报告发给他们。',
  },
  rejectedByRecipient: {
    user: '收件人的组织阻止来自你的邮件服务器的邮件。请收件人让其 IT 部门放行。',
    admin: '收件人组织阻止了发送 IP。只有该组织的管理员能解除阻止。',
  },
  tenantAllowBlockList: {
    user: '你自己的组织阻止了发往此地址或域的邮件，因此整封邮件都被拦下。请向你的 IT 部门确认这是否有意为之。',
    admin:
      '你们租户的“租户允许/阻止列表”中有一个条目阻止了其中一个收件人，此时 Exchange Online 会为所有收件人拦下整封邮件。如果该条目并非有意，请在 Microsoft Defender 门户中删除或缩小它，然后重新发送。',
  },
  externalForwarding: {
    user: '自动转发此邮件的邮箱所在组织不允许自动转发到外部地址。请直接给最终收件人发信，或询问该组织的 IT 部门。',
    admin:
      '转发邮箱所在租户的出站垃圾邮件策略阻止了自动外部转发。该租户的管理员可以在出站反垃圾邮件策略中为该邮箱允许转发，或由用户删除转发规则。',
  },
  downstreamRelay: {
    user: 'Microsoft 365 之后的一台服务器拒绝传递此邮件的转发副本。请将此报告转发给你的电子邮件管理员。',
    admin:
      '此邮件从 Exchange Online 转发或中继出去后，被下游服务器拒收。请检查出站连接器，以及下游网关对 Microsoft 365 地址的中继权限。',
  },
  expired: {
    user: 'Microsoft 365 一直在重试，但在放弃之前未能送达。请检查地址是否正确；如果正确，收件人的邮件服务器可能已停机或配置有误：请通过其他渠道告知对方，稍后再试。',
    admin:
      '此邮件在 Exchange 队列中一直停留到过期。请查看报告中的最后一个错误（常见的是目标拒绝连接、DNS 失败或 TLS 问题）。请检查收件人域的 MX 记录，以及其服务器是否在端口 25 上接受连接；混合部署请检查本地 Exchange 与 Exchange Online 之间的连接器。',
  },
  expiredConnectionRefused: {
    user: '在 Microsoft 365 放弃之前，收件人的邮件服务器拒绝了所有连接。只有对方能修复；请通过其他渠道告知他们。',
    admin:
      '在整个重试期间，Exchange Online 都无法连接到目标（连接被拒绝，套接字错误 10061）。收件人域的管理员必须检查 MX 主机是否运行、是否在端口 25 上侦听，以及防火墙是否放行 Microsoft 365 的地址。',
  },
  expiredDnsFailed: {
    user: '在 Microsoft 365 重试期间，一直无法在 DNS 中找到收件人的域。请检查 @ 后面的部分是否有拼写错误；如果没有，就是该域的 DNS 出了问题。',
    admin:
      '对收件人域的 MX（或 A）记录的 DNS 查询一直失败，直到邮件过期。请检查域名是否拼错，并用 MX 查询检查其 DNS；域的所有者需要修复其名称服务器或 MX 记录。',
  },
  routingLoop: {
    user: '此邮件在邮件服务器之间来回循环。如果你设置了转发或收件箱规则，请检查它们；否则请将此报告转发给你的电子邮件管理员。',
    admin:
      'Exchange 在 20 跳后终止了循环。请查找把邮件发回的邮箱转发或收件箱规则、既是接受域又被路由到别处的域，或相互指向的混合连接器和 targetAddress 值。',
  },
  bareLineFeeds: {
    user: '你用来发信的程序在邮件中加入了收件方服务器不接受的字符。请尝试用 Outlook 发送；如果是某个应用发送的，请告知其负责人。',
    admin:
      '邮件中含有单独的换行符（没有 CR 的 LF），而目标不支持用于传输它们的 BDAT/CHUNKING。请修改发送应用，使用 CRLF 作为行尾。',
  },
  richText: {
    user: '你的邮件以 RTF 格式发送，收件方系统无法接受。请以 HTML 或纯文本格式重新发送（Outlook：设置文本格式）。',
    admin:
      '一封 RTF（TNEF）邮件在离开组织时带有过大的 x-dg-ref 标头。请在 Exchange 中将远程域设置为从不发送 RTF（TNEF），或让用户以 HTML 格式发送。',
  },
  nestedAttachments: {
    user: '收件方系统因附件而拒收了此邮件（例如在邮件中附加了另一封邮件）。请直接发送文件，不要附加邮件。',
    admin:
      '收件方的一项策略（AS345）拒收含有嵌套邮件附件的邮件。请不附加邮件而直接发送内容，或请收件人组织检查其策略。',
  },
  throttled: {
    user: 'Microsoft 暂时放慢了来自你所在组织的邮件。只能等待；邮件会自动重试。',
    admin:
      'Exchange Online 暂时限制了发送 IP（新 IP 或发送量突然变化）。请保持发送量平稳，确认 SPF、DKIM 和反向 DNS 配置正确，并检查是否有被盗的发件人；如果流量正常，限制会自行解除。',
  },
  mtaSts: {
    user: '收件方组织的邮件配置未通过安全检查。只有对方能修复；请通过其他渠道告知收件人。',
    admin:
      '目标的 MTA-STS 策略未列出 Exchange Online 所连接的 MX 主机，或者该主机的证书无法链接到受信任的根证书、名称也不匹配。收件人域的管理员必须更新 MTA-STS 策略（mx: 行）或证书。',
  },
  dane: {
    user: '收件方组织的邮件服务器未通过安全传递检查（DANE 或 MTA-STS）。只有对方能修复；请通过其他渠道告知收件人，稍后再试。',
    admin:
      '由于目标的 TLS 配置与该域发布的内容不符，Exchange Online 拒绝将邮件交给目标：没有 STARTTLS、证书已过期、证书名称与 MX 主机不符、TLSA 记录不匹配，或 DNSSEC 记录无法验证。收件人域的管理员必须修复证书、TLSA 记录或 MTA-STS 策略。',
  },
});
