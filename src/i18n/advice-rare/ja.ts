// The advice of the categories few bounces have (../advice-rare.ts), in this language: a chunk of
// its own, fetched when a diagnosis has one of them.
import type { Catalog } from '../catalogs/en';

export const ja: Catalog = {
  'advice.auth-failed.summary':
    '{domain} は、メッセージが本当にあなたのドメインから送られたことを確認できなかったため、拒否しました（SPF、DKIM、DMARC）。',
  'advice.auth-failed.user':
    '組織のメール設定を直す必要があります。このレポートをメール管理者に転送してください。送り直しても解決しません。',
  'advice.auth-failed.admin':
    'From ドメインの SPF、DKIM、DMARC を確認してください。From ドメインは一致（アライメント）している必要があります。同じ組織ドメインの Return-Path で SPF が成功するか、d= が自社ドメインの DKIM が成功しなければなりません。すべての送信サービスを SPF に追加し、それぞれ自社ドメインの DKIM 鍵で署名させてください。問題を隠すために DMARC ポリシーを p=none に下げないでください。',
  'advice.message-noncompliant.summary':
    'メッセージがメールの形式に違反しているため、受信側サーバーが拒否しました。',
  'advice.message-noncompliant.user':
    '一般的なメールソフトから送り直してください。アプリケーションが作ったメッセージなら、その担当者に知らせてください。',
  'advice.message-noncompliant.admin':
    'メッセージが RFC 5322 または MIME に違反しています（ヘッダーの欠落や重複、不正な From、単独の LF、長すぎる行など）。メッセージを作るソフトウェアを修正してください。',
  'advice.rate-limited.summary': '受信側サーバーが、あなたのサーバーからの受信量を一時的に制限しています。',
  'advice.rate-limited.user':
    'しばらく待ってから送り直してください。多くの人に一度に送った場合は、小分けにして送ってください。',
  'advice.rate-limited.admin':
    '宛先が送信 IP を制限したか、グレーリストに入れました。間隔を空けて再試行し、送信レートと接続数を下げ、組織から異常な量が送られていないか確認してください。',
  'advice.message-too-large.summary': 'メッセージが、受信側サーバーが受け付けるサイズを超えています。',
  'advice.message-too-large.user':
    '添付ファイルを共有リンクにするか、圧縮するか、複数のメッセージに分けてから送り直してください。',
  'advice.message-too-large.admin':
    'メッセージが経路上（自社側または受信側）のサイズ上限を超えています。上限を確認してください。Base64 により添付ファイルは約 3 分の 1 大きくなります。',
  'advice.sender-blocked.summary':
    'あなた自身のアカウントまたはメールサービスがこのメッセージを止めました（未認証、送信上限の超過、ブロック）。',
  'advice.sender-blocked.user':
    'アカウントの再サインインが必要か、送信上限に達したか、ブロックされている可能性があります。IT 部門またはメール事業者に連絡してください。',
  'advice.sender-blocked.admin':
    '送信者のアカウントを確認してください。サインインと SMTP 認証、送信上限、乗っ取りとしてブロックされていないか（Microsoft 365 の制限付きエンティティなど）。',
  'advice.relay-denied.summary': '経路上のメールサーバーが、メッセージの中継を拒否しました（リレー不可）。',
  'advice.relay-denied.user':
    'メールソフトが送信サーバーにサインインしていない可能性があります。アカウント設定を確認するか、このレポートをメール管理者に転送してください。',
  'advice.relay-denied.admin':
    'サーバーがこのクライアントまたはドメインの中継を拒否しました。クライアントが認証すること（SMTP AUTH）、コネクタと承認済みドメインが設定されていること、宛先ドメインの MX が正しいサーバーを指していることを確認してください。',
  'advice.mail-loop.summary': 'メッセージがメールサーバー間でループしたため、止められました。',
  'advice.mail-loop.user':
    'このレポートをメール管理者に転送してください。自分で設定した転送ルールも確認してください。',
  'advice.mail-loop.admin':
    'メッセージを行き来させている転送ルール、エイリアス、コネクタを探してください（Received ヘッダーにループが表れています）。',
  'advice.suppressed.summary':
    'アドレスが抑止リストに載っているため、送信サービスは {address} への配信を試みませんでした。',
  'advice.suppressed.user':
    'このアドレスは以前にエラーまたは苦情がありました。正しいアドレスか確認してから、リストからの削除を管理者に依頼してください。',
  'advice.suppressed.admin':
    '送信プラットフォームの抑止リストからアドレスを削除するのは、現在有効であると確認してからにしてください。',
};
