// 日本語。です・ます調で短く。技術用語（SPF、DKIM、DMARC、MX、HELO など）はそのまま。
import type { Catalog } from './en';

export const ja: Catalog = {
  'app.starting': 'Bounce Lens を起動しています…',
  'app.reading': 'メッセージを読み込んでいます…',
  'app.readingProgress': '{total} 件中 {current} 件目を読み込んでいます…',
  'app.cannotRead': 'メッセージを読み込めませんでした。',
  'app.ready.one': '診断が完了しました。',
  'app.ready.other': '{count} 件の診断が完了しました。',
  'app.failedTitle': 'Bounce Lens で読み込めませんでした',
  'app.fileError': '{label} を読み込めませんでした',
  'app.skippedAttachment': '添付ファイルを 1 つスキップしました',
  'app.results': '結果',
  'app.sourceFile': 'ファイル: {label}',
  'app.sourceAttachment': '添付ファイル: {label}',
  'app.another': '別のエラーメールを診断する',
  'app.pastedText': '貼り付けたテキスト',
  'app.readerMissing': 'Bounce Lens の一部を読み込めませんでした',
  'app.readerMissingBody':
    'このメッセージはあまり一般的でないメール システムからのもので、その読み取り部分を読み込めませんでした。一般的な方法で読み取ったため、結果の精度が下がる可能性があります。',
  'app.phrasesMissingBody':
    'Bounce Lens が認識する一部のまれな表現を読み込めなかったため、このメッセージはそれらを使わずに読み取られました。結果の精度が下がる可能性があります。',
  'app.readAgain': 'もう一度読み取る',
  'app.partUnavailable':
    'この部分を読み込めませんでした。ウィンドウを閉じて開き直し、もう一度お試しください。',

  'headline.failedMany': '{count} 件の宛先に届きませんでした',
  'headline.outcomes': '宛先 {recipients} 件、結果は {groups} 通り',
  'relation.backscatterTitle': 'このメッセージはあなたが送ったものではないかもしれません',
  'relation.forwardedTitle': '他の人のエラーメール',
  'relation.forwarded':
    'このエラーメールは {sender} が送ったメッセージについてのもので、あなた（{user}）のものではありません。メール管理者などとしてその人を手伝っている場合、以下の対処は {sender} 向けです。',
  'relation.backscatter':
    '元のメッセージの送信者は {sender} で、あなた（{user}）ではありません。これがあなたのアドレスでなければ、おそらくバックスキャッター（他人があなたの名前で送ったメールのエラー通知）です。削除してかまいません。大量に届く場合はメール管理者に知らせてください。',
  'list.recipients': '宛先',
  'list.evidence': 'Bounce Lens が読み取った内容',

  'title.recipient-unknown': 'アドレスが存在しません',
  'title.recipient-domain-invalid': 'ドメインが存在しないか、メールを受け付けていません',
  'title.mailbox-inactive': 'メールボックスが無効か、使われていません',
  'title.mailbox-full': 'メールボックスがいっぱいです',
  'title.recipient-policy': '受信側組織のルールで拒否されました',
  'title.recipient-system': '受信側のメールサーバーに問題があります',
  'title.auth-failed': '送信者認証（SPF、DKIM、DMARC）に失敗しました',
  'title.sender-infrastructure': '送信サーバーの設定が原因で拒否されました',
  'title.message-noncompliant': 'メッセージがメールの形式に違反しています',
  'title.reputation-block': '送信サーバーがブロックリストに載っているか、信頼されていません',
  'title.rate-limited': '受信側サーバーが送信を制限しています',
  'title.content-rejected': '内容が拒否されました（スパム、マルウェア、添付ファイル）',
  'title.message-too-large': 'メッセージが大きすぎます',
  'title.sender-blocked': '送信者のアカウントまたはサービスが停止されています',
  'title.relay-denied': 'サーバーがメッセージの中継を拒否しました',
  'title.delayed': '配信が遅れています。サーバーが再試行中です',
  'title.expired': '再試行の末、配信が打ち切られました',
  'title.mail-loop': 'メッセージがループしました',
  'title.suppressed': '送信サービスが配信を試みませんでした（抑止リスト）',
  'title.unknown': '原因がはっきりしません',
  'title.failed': '配信に失敗しました',

  'why.recipient-unknown':
    '正しいアドレスを確認できるのは送信者だけです。入力ミスや古いアドレスは他の誰にも直せません。',
  'why.recipient-domain-invalid': '@ より後ろが間違っていて、直せるのは送信者だけです。',
  'why.mailbox-inactive': '相手はおそらく異動・退職しています。送信者は別の連絡手段が必要です。',
  'why.mailbox-full': '空きを作れるのはメールボックスの持ち主だけです。メッセージ自体に問題はありません。',
  'why.recipient-policy': '受信側組織のルールでブロックされました。送信者を許可できるのはその組織だけです。',
  'why.recipient-system': '受信側のメールシステムの障害です。直せるのはその管理者だけです。',
  'why.auth-failed':
    'SPF、DKIM、DMARC は送信者ドメインの DNS とメールサービスにあり、変更できるのはその管理者だけです。',
  'why.sender-infrastructure': '逆引き DNS、HELO 名、TLS は送信者側のメールサーバーの設定です。',
  'why.message-noncompliant':
    '送信ソフトウェアが不正な形式のメッセージを作りました。運用している人が直す必要があります。',
  'why.reputation-block':
    'ブロックの対象は送信者のサーバーまたはドメインです。その管理者が原因を取り除き、解除を申請する必要があります。',
  'why.rate-limited': '送信量と再試行は送信者側のサーバーで設定します。',
  'why.content-rejected': '内容がフィルターに引っかかりました。送信者が内容を変えて送り直せます。',
  'why.message-too-large': 'メッセージを小さくできるのは送信者だけです（大きなファイルはリンクで共有）。',
  'why.sender-blocked': '送信アカウントまたは組織が制限されています。解除できるのはその管理者です。',
  'why.relay-denied': '中継の許可とコネクタは送信者側で設定します。',
  'why.delayed': 'まだ何もする必要はありません。サーバーが再試行しています。',
  'why.expired': '宛先に長時間つながりませんでした。宛先の管理者がサーバーを確認する必要があります。',
  'why.mail-loop': '送信者側の転送ルールやルーティングが、メッセージを循環させています。',
  'why.suppressed':
    '過去のエラーや苦情により、送信サービスがこのアドレスへの送信を止めています。送信者が確認する必要があります。',
  'why.unknown': 'エラーメールの情報が足りません。最も可能性の高い担当者です。',

  'ownerWhy.sender': '証拠からは、送信者が変えられる点が原因と考えられます。',
  'ownerWhy.sender-admin': '原因は送信側組織のメール設定にあります。',
  'ownerWhy.recipient': 'これを変えられるのは受信者だけです。',
  'ownerWhy.recipient-admin': '原因は受信側組織のメールシステムまたはルールにあります。',
  'ownerWhy.provider': 'メールサービス自体が障害を報告しています。待つか、サポートに問い合わせてください。',
  'ownerWhy.none': '直すべきものはありません。',

  'owner.sender': '送信者',
  'owner.sender-admin': '送信者側のメール管理者',
  'owner.recipient': '受信者',
  'owner.recipient-admin': '受信者側のメール管理者',
  'owner.provider': 'メールサービス事業者',
  'owner.none': '対応不要',

  'path.heading': '誰が対処するか',
  'path.label': '送信者から受信者まで',
  'path.mustAct': '（対処が必要）',
  'path.you': 'あなた',
  'path.sender': '送信者',
  'path.yourIt': '自社の IT',
  'path.senderIt': '送信者の IT',
  'path.provider': '事業者',
  'path.recipientIt': '受信者の IT',
  'path.recipient': '受信者',
  'actor.you': 'あなたが対処する必要があります。',
  'actor.sender': '送信者が対処する必要があります。',
  'actor.senderNamed': '送信者（{address}）が対処する必要があります。',
  'actor.yourIt': '自社の IT 部門が対処する必要があります。',
  'actor.yourItDomain': '自社の IT 部門（{domain}）が対処する必要があります。',
  'actor.senderIt': '送信者の IT 部門が対処する必要があります。',
  'actor.senderItDomain': '送信者の IT 部門（{domain}）が対処する必要があります。',
  'actor.recipientIt': '受信者の IT 部門が対処する必要があります。',
  'actor.recipientItDomain': '受信者の IT 部門（{domain}）が対処する必要があります。',
  'actor.recipient': '受信者（{address}）が対処する必要があります。',
  'actor.provider': 'メールサービス事業者が対処する必要があります。',
  'actor.providerDomain': 'メールサービス事業者（{domain}）が対処する必要があります。',
  'actor.none': '今は誰も対処する必要はありません。',

  'decision.delayedUntil': 'まだ届いていません。サーバーは {date} まで再試行します。',
  'decision.delayed': 'まだ届いていません。サーバーが再試行しています。',
  'decision.delayedWhy': 'サーバーが再試行している間は、誰も対処する必要はありません。',
  'decision.delayFix':
    '今は何もする必要はありません。サーバーが配信を再試行しています。送り直すと二重に届くので、送り直さないでください。配信が打ち切られた場合は、理由を書いたエラーメールが届きます。',
  'decision.delayFixUntil':
    '今は何もする必要はありません。サーバーは {date} まで配信を再試行します。送り直すと二重に届くので、送り直さないでください。配信が打ち切られた場合は、理由を書いたエラーメールが届きます。',
  'decision.yourIt': '自社の IT 部門',
  'decision.senderIt': '送信者の IT 部門',
  'decision.sameOrgWhy': '{domain} は送信者自身の組織なので、そのメールルールは {it} が管理しています。',
  'decision.sameOrgWhyNoDomain':
    'このドメインは送信者自身の組織なので、そのメールルールは {it} が管理しています。',
  'decision.sameOrgFix':
    'このアドレスは自分の組織のものです。{address} がメッセージを拒否した理由を {it} に尋ねてください。ルールやアドレスを確認し、受信を許可してもらえます。',
  'decision.serverSaid': 'サーバーの応答:「{text}」',
  'verdict.line': '{who}: {title}（{acts}）。',
  'verdict.recipients': '宛先 {count} 件',
  'verdict.mustAct': '{owner}の対処が必要',
  'verdict.nobody': '今は対処不要',

  'group.howToFix': '対処方法',
  'group.specificAdvice': 'このエラー固有の対処（英語）:',

  'calm.delay.title': 'エラーではありません。配信が遅れています',
  'calm.delay.body':
    'サーバーがまだ配信を試みています。今は何もする必要はありません。最終的に配信できなかった場合は、エラーメールが届きます。',
  'calm.delivered.title': '配信済み',
  'calm.delivered.body': 'これは配信確認です。メッセージは受信者のメールサーバーに届きました。',
  'calm.auto-reply.title': '自動応答です（エラーではありません）',
  'calm.auto-reply.body': 'メッセージは届いています。これは不在通知または自動応答です。対処は不要です。',
  'calm.read-receipt.title': '開封確認です（エラーではありません）',
  'calm.read-receipt.body':
    '配信後にメッセージがどうなったか（開封された、削除されたなど）を知らせるものです。対処は不要です。',
  'calm.feedback.title': '迷惑メールの苦情報告',
  'calm.feedback.body':
    '受信者またはそのメール事業者が、メッセージを迷惑メールや不正利用として報告しました。配信エラーではありません。メール管理者はこのアドレスへの送信を止めたほうがよいかもしれません。',
  'calm.not-a-bounce.title': 'エラーメールではないようです',
  'calm.not-a-bounce.body':
    'Bounce Lens はこのメッセージに配信レポートを見つけられませんでした。エラーメールが別の場所に引用・添付されている場合は、そのテキストを下に貼り付けるか、ファイルをドロップしてください。',
  'noRecipients.title': 'エラーメールですが、宛先を読み取れませんでした',
  'noRecipients.body':
    '配信に失敗したことは書かれていますが、どのアドレスかがはっきりしません。技術的な詳細に、Bounce Lens が読み取った内容があります。',

  'problem.no-item.title': 'Outlook から読み込むメッセージが渡されませんでした',
  'problem.no-item.body':
    '何も選択されていないか、選択したアイテムが配信レポートです。Outlook は配信レポートをアドインに渡しません。',
  'problem.restricted.title': 'Outlook は配信レポートをアドインに渡しません',
  'problem.restricted.body':
    'これは配信レポート（Outlook 独自形式のエラーメール）で、Outlook はアドインによる読み込みを許可していません。',
  'problem.unsupported.title': 'この Outlook ではアドインにメッセージを渡せません',
  'problem.unsupported.body':
    'iOS 版や Android 版の Outlook と同様に、Bounce Lens に必要なメッセージ読み込み機能（Mailbox 1.8）がありません。',
  'problem.api-error.title': 'Outlook からメッセージを受け取れませんでした',
  'problem.api-error.body': 'メッセージの読み込みに失敗しました。もう一度試すと解決する場合があります。',
  'problem.empty.title': 'メッセージが空です',
  'problem.empty.body': 'Outlook から本文のないメッセージが渡されました。',
  'problem.outlookSaid': 'Outlook のメッセージ: {detail}',
  'problem.whatToDo': '対処方法',
  'workaround.drag':
    'このウィンドウをピン留めし（上部のピン）、メッセージ一覧からエラーメールをここへドラッグしてください。複数まとめてでもかまいません。',
  'workaround.forward':
    'または、エラーメールを添付ファイルとして自分宛てに転送し（Outlook の「その他のアクション」→「添付ファイルとして転送」）、その転送メールを開いて Bounce Lens を起動してください。',
  'workaround.paste':
    'または、エラーメールのテキストをコピーして下に貼り付けるか、ファイル（.eml または .msg）として保存して下にドロップしてください。',
  'dropTip.title': 'ウィンドウをピン留めし、エラーメールをドラッグ',
  'dropTip.body':
    'Outlook はほとんどのエラーメールをアドインに渡しません。Bounce Lens をピン留めし（このウィンドウ上部のピン）、メッセージ一覧からエラーメールをここへドラッグしてください。複数まとめてドラッグすると一覧で表示されます。',

  'action.failed': '失敗',
  'action.delayed': '再試行中',
  'action.delivered': '配信済み',
  'action.relayed': '中継済み',
  'action.expanded': '展開済み',

  'actions.didYouMean': 'もしかして {address} ですか？',
  'actions.resendTo': '{address} に送り直す',
  'actions.resend': '送り直す',
  'actions.emailYourIt': '自社の IT 部門にメールする',
  'actions.emailSenderIt': '送信者の IT 部門にメールする',
  'actions.postmaster': '{domain} のポストマスターに知らせる',

  'draft.noOriginal':
    '（Bounce Lens: エラーメールに元の本文が含まれていません。ここに貼り付けるか、送信済みアイテムから元のメッセージを転送してください。）',
  'draft.itSubject': '確認のお願い（エラーメール）: {subject}',
  'draft.aMessage': 'メッセージ',
  'draft.itBody':
    'お疲れさまです。\n\n送信したメッセージがエラーで戻ってきました。原因はこちら側にあるようです。確認していただけますか。\n\n{summary}\n',
  'draft.postmasterSubject': '{domain} への配信が拒否されました: {subject}',
  'draft.postmasterBody':
    '{domain} のポストマスター様\n\n{recipients} 宛てのメッセージが、貴社のメールシステムで拒否されました。理由をご確認のうえ、受信すべきものであれば許可していただけますでしょうか。\n\n{summary}\n',
  'draft.suggestedCheck': '確認していただきたい点: {text}',

  'fact.originalSubject': '元の件名',
  'fact.originalDate': '元の日時',
  'fact.originalSender': '元の送信者',
  'fact.originalRecipients': '元の宛先',
  'fact.originalMessageId': '元の Message-ID',
  'fact.reportedBy': '報告元',
  'fact.recipient': '宛先',
  'fact.whatHappened': '何が起きたか',
  'fact.whoMustAct': '対処する人',
  'fact.serverSaid': 'サーバーの応答',
  'fact.remoteServer': '相手サーバー',
  'fact.howToFix': '対処方法',
  'fact.forAdmin': 'メール管理者向け',
  'fact.authentication': '送信者認証',
  'fact.status': 'ステータス',
  'fact.replyCode': '応答コード',
  'fact.subject': '件名',
  'fact.date': '日時',
  'fact.from': '差出人',
  'fact.to': '宛先',

  'copy.button': '概要をコピー',
  'copy.done': '概要をコピーしました。',
  'copy.blocked': 'ここではコピーできません。テキストを選択して手動でコピーしてください。',
  'copy.noRecipients': 'エラーメールですが、宛先を読み取れませんでした。',
  'copy.partOf': '--- {total} 件中 {index} 件目: {label} ---',

  'admin.heading': 'メール管理者向け',
  'admin.technical': '{address} の技術的な詳細',
  'admin.original': '元のメッセージ',
  'admin.documentation': 'ドキュメント',

  'auth.heading': '送信者認証: {verdict}',
  'auth.results': '認証結果',
  'auth.verdict.pass': '認証に成功し、ドメインも一致しています',
  'auth.verdict.unaligned': '認証は成功しましたが、別の組織のドメインに対してのみです',
  'auth.verdict.unauthenticated': 'どの認証にも成功していません',
  'auth.verdict.forwarding': '転送またはメーリングリストで認証が壊れました',
  'auth.verdict.unknown': 'ヘッダーからは、どの検査が失敗したか分かりません',
  'auth.aligned': 'ドメイン一致',
  'auth.notAligned': 'ドメイン不一致',
  'auth.for': '{domain} について',
  'auth.policy': 'ポリシー {policy}',
  'auth.fromDomain': 'From ドメイン',
  'auth.mailFromDomain': 'MAIL FROM ドメイン',
  'auth.forwarded': '転送',
  'auth.forwardedYes': 'あり: 経路上に転送またはメーリングリストがありました',

  'overview.heading.one': '対応が必要な宛先: {count} 件',
  'overview.heading.other': '対応が必要な宛先: {count} 件',
  'overview.recipient': '宛先',
  'overview.whatHappened': '何が起きたか',
  'overview.whoActs': '対処する人',
  'overview.more.one': 'ほか {count} 件（下に一覧があります）',
  'overview.more.other': 'ほか {count} 件（下に一覧があります）',
  'overview.fixIt': '対処方法',
  'overview.fixThese.one': '対処方法',
  'overview.fixThese.other': 'この {count} 件の対処方法',
  'who.you': 'あなた',
  'who.sender': '送信者',
  'who.yourIt': '自社の IT 部門',
  'who.senderIt': '送信者の IT',
  'who.recipientIt': '受信者の IT',
  'who.recipient': '受信者',
  'who.provider': 'メール事業者',
  'who.none': '不要（待機）',

  'input.heading': 'エラーメールを診断',
  'input.sample': 'サンプルで試す',
  'input.chooseSample': 'サンプルを選択…',
  'input.paste': 'エラーメールを貼り付け（メッセージ全体、または本文のみ）',
  'input.pasteFirst': '先にエラーメールのテキストを貼り付けてください。',
  'input.diagnose': '診断',
  'input.drop': '.eml、.msg、.txt ファイルをここにドロップするか、',
  'input.choose': 'ファイルを選択…',
  'input.files': 'エラーメールのファイル（.eml、.msg、.txt）',

  'advice.noAddress': '宛先',
  'advice.noDomain': '宛先ドメイン',
  'advice.succeeded.summary': '{address} へのメッセージは{action}です。失敗はありません。',
  'advice.succeeded.user': '対処は不要です。これは配信確認で、エラーではありません。',
  'advice.succeeded.admin': '配信成功の通知です（送信者が要求したか、プラットフォームが常に送るものです）。',
  'advice.delayedAlso': '{address} への配信が遅れており、再試行中です。{summary}',
  'advice.recipient-unknown.summary': '{domain} にアドレス {address} は存在しません。',
  'advice.recipient-unknown.user':
    'アドレスの綴りを確認するか、相手に現在のアドレスを聞いてから送り直してください。古いアドレスなら、連絡先とオートコンプリートの候補から削除してください。',
  'advice.recipient-unknown.admin':
    '受信側サーバーは、メールボックスが存在しないと応答しました。宛先が自組織内なら、メールボックスまたは連絡先が存在し、アドレスが割り当てられているか確認してください。そうでなければ、こちら側に問題はありません。',
  'advice.recipient-domain-invalid.summary':
    'ドメイン {domain}（{address} 内）は存在しないか、メールを受け付けていません。',
  'advice.recipient-domain-invalid.user':
    '@ より後ろの綴りが間違っている可能性があります（例: gmial.com）。直してから送り直してください。',
  'advice.recipient-domain-invalid.admin':
    'このドメインには MX レコードも A レコードもないか、Null MX を公開しているか、名前解決できませんでした。DNS で確認し、自社で管理するドメインなら MX レコードを修正してください。',
  'advice.mailbox-inactive.summary':
    'メールボックス {address} は存在しますが、無効・停止中か、使われていません。',
  'advice.mailbox-inactive.user':
    '相手はこのアカウントを離れたか、閉じた可能性があります。別の手段で連絡し、現在のアドレスを聞いてください。',
  'advice.mailbox-inactive.admin':
    '受信側システムは、アカウントが無効・停止・移行済みだと報告しています。自組織のものなら、メールボックスを再度有効にするか、転送を設定してください。',
  'advice.mailbox-full.summary': '{address} のメールボックスがいっぱいです。',
  'advice.mailbox-full.user':
    'あなたの側に問題はありません。別の手段で相手に知らせ、後でもう一度送ってください。',
  'advice.mailbox-full.admin':
    '受信者が容量の上限を超えています。受信者（共有メールボックスならその管理者）が空きを作るか、上限を上げる必要があります。送信者は何も変える必要はありません。',
  'advice.recipient-policy.summary':
    '{domain} の組織は、独自のルールにより {address} 宛てのこのメッセージを受け付けていません。',
  'advice.recipient-policy.user':
    '受信側組織は、このアドレスに送信できる人を制限しています（社内の送信者限定のグループ、承認制のリストなど）。受信者またはその IT 部門に、許可を依頼してください。',
  'advice.recipient-policy.admin':
    '受信側のルールがメッセージを拒否しました。制限付きグループ、ブロックされた送信者、外部送信者向けルール、承認待ちキューのいずれかです。解除できるのは受信側の管理者かグループの所有者だけなので、応答テキストを伝えてください。',
  'advice.recipient-system.summary':
    '{domain} のメールサーバーに問題があり、メッセージを受け取れませんでした。',
  'advice.recipient-system.user':
    '問題は受信側にあります。後でもう一度送ってください。失敗が続く場合は、別の手段で相手に知らせてください。',
  'advice.recipient-system.admin':
    '宛先サーバーに接続できないか、設定の誤りまたは障害がありました（接続、TLS、DANE/MTA-STS、内部エラー）。直すのは受信側の管理者です。応答テキストと相手サーバー名が手がかりになります。',
  'advice.sender-infrastructure.summary':
    '受信側サーバーは、あなたのメールサーバーの設定（逆引き DNS、HELO 名、ドメインの DNS、TLS）を理由に接続を拒否しました。',
  'advice.sender-infrastructure.user':
    '組織側の設定の問題です。このレポートをメール管理者に転送してください。',
  'advice.sender-infrastructure.admin':
    '送信 IP に、その IP に正引きで戻る PTR レコードを設定し（forward-confirmed）、名前解決できる完全修飾の HELO 名を使い、送信者ドメインに有効な DNS（MX または A）を用意し、STARTTLS を提供してください。',
  'advice.reputation-block.summary':
    'あなたのメールサーバーの IP アドレスまたはドメインがブロックリストに載っているか評判が低いため、受信側サーバーがブロックしました。',
  'advice.reputation-block.user':
    'メッセージの内容の問題ではありません。このレポートをメール管理者に転送してください。解決するまで、この宛先へのメールは失敗し続ける可能性があります。',
  'advice.reputation-block.admin':
    '応答に書かれたブロックリストで送信 IP を調べ、原因（乗っ取られたアカウント、スパムの発信元、共有 IP）を突き止めて止めてから、解除を申請してください。事業者のポストマスターツールも確認してください。',
  'advice.content-rejected.summary':
    '受信側サーバーがメッセージの内容を拒否しました（迷惑メールフィルター、ウイルス検査、ブロックされた添付ファイル）。',
  'advice.content-rejected.user':
    '見慣れない添付ファイルは削除するか ZIP にまとめ、短縮 URL や迷惑メールのような言い回しを避けてから送り直してください。それでも失敗する場合は、あなたのアドレスを許可するよう相手に頼んでください。',
  'advice.content-rejected.admin':
    '受信側のフィルターが内容を拒否しました。添付ファイルとリンクにマルウェアがないか確認し、正当なメッセージなら、受信側の管理者に判定の見直しを依頼してください。',
  'advice.delayed.summary': '{address} への配信が遅れています。メールシステムが再試行しています。',
  'advice.delayed.user':
    'まだ何もする必要はありません。最終的に配信できなかった場合は、改めて通知が届きます。',
  'advice.delayed.admin':
    'メッセージはキューにあり、再試行されます。遅延が続く場合は、宛先への到達性と応答テキストを確認してください。',
  'advice.expired.summary': 'メールシステムは長時間再試行した末、{address} への配信を打ち切りました。',
  'advice.expired.user':
    '受信側サーバーに長い間つながりませんでした。アドレスを確認して後で送り直すか、別の手段で相手に連絡してください。',
  'advice.expired.admin':
    'キューの保持期間が切れるまで再試行されました。宛先の MX レコードと到達性を確認してください。レポートの最後のエラーが原因を示しています。',
  'advice.unknown.summary':
    '{address} への配信に失敗しましたが、レポートには理由がはっきり書かれていません。',
  'advice.unknown.user':
    '後でもう一度送ってください。再び失敗したら、このレポートをメール管理者に転送してください。',
  'advice.unknown.admin':
    'レポートに原因と分かる記述がありません。下のサーバーの応答とステータスコードを読んでください。相手サーバーの管理者なら、その応答の意味を説明できます。',
};
