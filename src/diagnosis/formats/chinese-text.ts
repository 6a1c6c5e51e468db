// Chinese providers' text bounces (NetEase 163/126, Tencent QQ Mail, Sina, Sohu, Aliyun and the
// Coremail and Winmail servers they run on), usually GB2312 or GBK: a subject such as 系统退信
// ("system returned mail") or 退信, then labelled fields: 收件人 (recipient) or a sentence
// 无法发送到 <address> ("could not send to"), and 退信原因 / 失败原因 / 错误原因 (reason), under which
// the server's words and often the remote reply follow.
// Sources: QQ Mail's notice and its 退信原因 field (lofty888.cn/post/262199.html, on QQ Mail's
// returned-mail notices); the 退信原因 labels in fobhost.com/jishuzhichi/jishuzhichi59.html and
// "[退信] 收件人不存在" in emailhost.com.cn/service.html (Chinese hosts' bounce keyword tables);
// 退信 in the subject (bentuzi.cn/question/1628307034690555904.html). The exact layout of each
// provider's notice is not documented there: the labels, not their order, are what is read.
// Charsets are decoded by the platform's TextDecoder (WHATWG Encoding: gb2312 is read as GBK).
// Brands: NetEase (163.com, 126.com), Tencent QQ Mail, Sina, Sohu, Aliyun Mail; the Coremail and Winmail servers.
import { findEnhancedStatus, findReplyCode } from '../text/reply-codes';
import { findAddresses } from '../text/addresses';
import { oneLine } from '../text/lines';
import type { BounceContext, BounceFormat, FoundRecipient } from './format';
import { excludedAddresses } from '../format-helpers/text-recipients';

// Words only a returned-mail notice uses.
const MARKERS = [
  '退信',
  '被退回',
  '无法投递',
  '投递失败',
  '发送失败',
  '未能成功',
  '没有投递成功',
  '无法送达',
  '未能送达',
];
// Labels and sentences that name the failed recipient.
const RECIPIENT_LABELS = [
  '收件人',
  '收信人',
  '接收者',
  '收件地址',
  '无法发送到',
  '无法送达',
  '发送到',
  '发给',
  '投递到',
];
// Labels of the reason; a Chinese host's notice puts "[退信]" before each ("[退信] 收件人不存在:user not
// exist", "[退信] 收件容量满:Quota exceeded", emailhost.com.cn/service.html).
const REASON_LABELS = [
  '退信原因',
  '失败原因',
  '错误原因',
  '退回原因',
  '出错原因',
  '原因：',
  '原因:',
  '[退信]',
];
// Labels of the advice that follows the reason (解决建议 "suggested fix", 解决方案 "solution"): its
// words ("请联系收件方确认是否设置相关的拒收策略,或添加了黑名单" "ask whether they set a refusal policy
// or a blacklist") are not the cause, so the reason stops there. Sources: the notices pasted in
// github.com/lisijie/webcron/issues/14 (解决建议) and dreamhunter2333/cloudflare_temp_email/issues/52
// (QQ Mail's 解决方案).
const ADVICE_LABELS = ['解决建议', '解决方案', '解决办法'];
// Labels of the remote server's own reply, which may come before the reason: 系统应答 ("system
// reply", webcron#14: "系统应答：(9)connect to the ... server failed") and 远程响应 ("remote
// response", github.com/songquanpeng/message-pusher/issues/127). Its words join the reason.
const REPLY_LABELS = ['系统应答', '远程响应'];
const MAX_REASON_LINES = 6;

const hasAny = (s: string, words: readonly string[]) => words.some((w) => s.includes(w));

/** A recipient's address, its line, and the reason that follows it when the notice gives each its own. */
interface Named {
  readonly address: string;
  readonly line: string;
  own?: string[];
}

function chineseRecipients(lines: readonly string[], exclude: ReadonlySet<string>): FoundRecipient[] {
  const addresses: Named[] = [];
  const seen = new Set<string>();
  const reason: string[] = [];
  const replies: string[] = [];
  // Recipients named since the last reason: a notice that lists several, each under its own 收件人
  // and 退信原因 (QQ Mail's, qqmailbox.com/transceivers/169.html: "该用户不存在" for one, "收件人空间
  // 不足" for another), gives each the reason that follows it; the first reason stays the one for all.
  let pending: Named[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = (lines[i] as string).trim();
    const replyLabel = REPLY_LABELS.find((l) => t.startsWith(l));
    if (replyLabel) replies.push(t.slice(replyLabel.length).replace(/^[：:|\s]+/, ''));
    else if (hasAny(t, REASON_LABELS) && (reason.length === 0 || pending.length > 0)) {
      const label = REASON_LABELS.find((l) => t.includes(l)) as string;
      const own: string[] = [];
      const rest = t.slice(t.indexOf(label) + label.length).replace(/^[：:\s]+/, '');
      if (rest) own.push(rest);
      for (let j = i + 1; j < lines.length && own.length < MAX_REASON_LINES; j++) {
        const r = (lines[j] as string).trim();
        if (r === '') {
          if (own.length) break;
          continue;
        }
        if (ADVICE_LABELS.some((l) => r.startsWith(l)) || REPLY_LABELS.some((l) => r.startsWith(l))) break;
        own.push(r);
      }
      if (reason.length === 0) reason.push(...own);
      for (const p of pending) p.own = own;
      pending = [];
    }
    if (t.indexOf('@') < 0 || !hasAny(t, RECIPIENT_LABELS)) continue;
    let found = findAddresses(t);
    // "收件人：" with the address on the next line.
    if (!found.length && i + 1 < lines.length) found = findAddresses(lines[i + 1] as string);
    for (const a of found) {
      const k = a.toLowerCase();
      if (seen.has(k) || exclude.has(k)) continue;
      seen.add(k);
      const entry: Named = { address: a, line: t };
      addresses.push(entry);
      pending.push(entry);
    }
  }
  // Addresses the reason names, when no label did (收件人邮箱 bob@example.cn 不存在).
  if (!addresses.length) {
    for (const r of reason)
      for (const a of findAddresses(r))
        if (!seen.has(a.toLowerCase()) && !exclude.has(a.toLowerCase())) {
          seen.add(a.toLowerCase());
          addresses.push({ address: a, line: r });
        }
  }
  // Per-recipient reasons only when they differ: else the notice's one reason, as before.
  const distinct = new Set(addresses.map((a) => (a.own ?? reason).join('\n')));
  return addresses.map(({ address, line, own }) => {
    const why = distinct.size > 1 && own ? own : reason;
    const diagnostic = oneLine([...why, ...replies].join(' '));
    return {
      address,
      diagnostic: diagnostic || line,
      status: findEnhancedStatus(diagnostic),
      replyCode: findReplyCode(diagnostic),
      evidence: [line, ...why, ...replies],
    };
  });
}

/** What it reads: Chinese providers' text bounces (系统退信, 收件人 / 无法发送到, 退信原因), GB2312/GBK */
export const chineseText: BounceFormat = {
  name: 'chinese-text',
  parse(ctx: BounceContext) {
    // A report with a delivery-status part of its own is the DSN reader's (index.ts, group 1): its
    // Status and Final-Recipient say more than the labels. Gromox writes its Chinese notices so
    // (grommunio/gromox data/local_bounce/gb2312/BOUNCE_NO_USER "投递失败，收件人不存在" over a
    // message/delivery-status part: mda/exmdb_local/bounce_producer.cpp).
    if (ctx.deliveryStatus.length > 0) return null;
    if (!hasAny(ctx.subject, MARKERS) && !MARKERS.some((m) => ctx.headHas(m, 3000))) return null;
    const recipients = chineseRecipients(ctx.sectionLines, excludedAddresses(ctx));
    return recipients.length ? { format: 'chinese-text', recipients } : null;
  },
};
