// What the user can do in one click, with ReadItem only: a corrected address ("Did you mean
// ...?") with "Send again to" it, "Send again" where resending can work, and drafts to the
// sender's IT team and the receiving domain's postmaster. In Outlook each opens a prefilled new
// message (displayNewMessageForm); standalone, each is a mailto: link for the user's own mail app.
// Loaded as a chunk of its own: the answer paints first.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useButtonStyles } from './button-styles';
import type { Draft } from '../../office';
import { suggestAddress } from '../../diagnosis/extras/domain-suggestion';
import type { Category, Diagnosis, RecipientDiagnosis } from '../../diagnosis/types';
import { domainOf } from '../addresses';
import { senderOf, type Decision } from '../decision';
import { t } from '../../i18n';
import { emailItDraft, mailtoUrl, postmasterDraft, resendDraft } from '../drafts';

/** Opens a draft in Outlook; null in standalone mode (mailto: links instead). */
export type OpenDraft = ((draft: Draft) => boolean) | null;

export interface ActionsProps {
  readonly diagnosis: Diagnosis;
  readonly recipients: readonly RecipientDiagnosis[];
  readonly decision: Decision;
  readonly openDraft: OpenDraft;
  readonly isSender: boolean;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  suggestion: { margin: 0, overflowWrap: 'anywhere' },
});

/** Causes a mistyped domain produces. */
const SUGGEST_FOR: ReadonlySet<Category> = new Set<Category>([
  'recipient-unknown',
  'recipient-domain-invalid',
  'unknown',
]);
// Split, not matched: a token regex would rescan long runs without separators.
const SEPARATORS = /[\s<>,;:"()[\]]+/;

/** The message's own domains, the address's own excepted: other recipients' and the sender's. */
export function knownDomains(d: Diagnosis, address: string): string[] {
  const own = domainOf(address);
  const found = (d.original?.to ?? '')
    .slice(0, 10_000)
    .split(SEPARATORS)
    .filter((t) => t.includes('@'))
    .map((t) => domainOf(t));
  found.push(...d.recipients.map((r) => domainOf(r.address)), domainOf(senderOf(d)));
  return [...new Set(found.filter((x): x is string => x !== null && x !== own))];
}

/** The failed address with its domain corrected, when a slip is likely. */
export function suggestionFor(d: Diagnosis, recipients: readonly RecipientDiagnosis[]): string | null {
  const r = recipients[0];
  if (!r || recipients.length !== 1 || r.action !== 'failed' || !SUGGEST_FOR.has(r.category)) return null;
  return suggestAddress(r.address, knownDomains(d, r.address));
}

function ActionButton({
  draft,
  openDraft,
  testId,
  primary,
  children,
}: {
  draft: Draft;
  openDraft: OpenDraft;
  testId: string;
  primary?: boolean;
  children: string;
}) {
  const s = useButtonStyles();
  const className = mergeClasses(s.button, primary && s.primary);
  if (openDraft) {
    return (
      <button
        type="button"
        className={className}
        data-testid={testId}
        onClick={() => {
          if (!openDraft(draft)) window.open(mailtoUrl(draft), '_self');
        }}
      >
        {children}
      </button>
    );
  }
  return (
    <a className={className} data-testid={testId} href={mailtoUrl(draft)}>
      {children}
    </a>
  );
}

/** "Did you mean <strong>address</strong>?", the address bold wherever the language puts it. */
function didYouMean(address: string) {
  const [before, after = ''] = t('actions.didYouMean').split('{address}');
  return (
    <>
      {before}
      <strong>{address}</strong>
      {after}
    </>
  );
}

export function Actions({ diagnosis: d, recipients, decision, openDraft, isSender }: ActionsProps) {
  const s = useStyles();
  const suggestion = suggestionFor(d, recipients);
  const buttons = [];
  if (suggestion) {
    buttons.push(
      <ActionButton
        key="resend"
        draft={resendDraft(d, [suggestion])}
        openDraft={openDraft}
        testId="action-resend"
        primary
      >
        {t('actions.resendTo', { address: suggestion })}
      </ActionButton>,
    );
  } else if (decision.resend && !decision.delayed) {
    buttons.push(
      <ActionButton
        key="resend"
        draft={resendDraft(
          d,
          recipients.map((r) => r.address),
        )}
        openDraft={openDraft}
        testId="action-resend"
      >
        {t('actions.resend')}
      </ActionButton>,
    );
  }
  if (decision.emailIt) {
    buttons.push(
      <ActionButton
        key="it"
        draft={emailItDraft(d, recipients, decision)}
        openDraft={openDraft}
        testId="action-email-it"
      >
        {isSender ? t('actions.emailYourIt') : t('actions.emailSenderIt')}
      </ActionButton>,
    );
  }
  if (decision.postmaster) {
    buttons.push(
      <ActionButton
        key="postmaster"
        draft={postmasterDraft(d, recipients, decision, decision.postmaster)}
        openDraft={openDraft}
        testId="action-postmaster"
      >
        {t('actions.postmaster', { domain: decision.postmaster })}
      </ActionButton>,
    );
  }
  if (buttons.length === 0) return null;
  return (
    <div className={s.root}>
      {suggestion ? (
        <p className={s.suggestion} data-testid="suggestion" data-address={suggestion}>
          {didYouMean(suggestion)}
        </p>
      ) : null}
      <div className={s.buttons}>{buttons}</div>
    </div>
  );
}
