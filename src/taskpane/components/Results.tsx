// The answer on screen: the overview when there are several recipients or messages, the files
// that could not be read, attachments skipped, a rare format's reader that did not load, one diagnosis per message, and Copy summary.
import { makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, lazy, Suspense, type Ref } from 'react';
import type { ItemContext } from '../../office/types';
import { t } from '../../i18n';
import type { AnalyzedMessage } from '../analyze';
import { viewerOf } from '../decision';
import type { FileError } from '../hooks/use-diagnosis-run';
import type { OverviewGroup } from '../overview';
import { senderRelation } from '../sender-relation';
import type { OpenDraft } from './Actions';
import { useButtonStyles } from './button-styles';
import { CopySummaryButton } from './CopySummaryButton';
import { DiagnosisView } from './DiagnosisView';
import { Notice } from './Notice';
import { PartBoundary } from './PartBoundary';
import { Pending } from './Pending';
import { Words } from './Words';

const Overview = lazy(() =>
  import(/* webpackChunkName: "overview" */ './Overview.js').then((m) => ({
    default: m.Overview,
  })),
);

const useStyles = makeStyles({
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  retry: { display: 'flex', flexDirection: 'column', alignItems: 'start', gap: tokens.spacingVerticalS },
});

export interface ResultsProps {
  readonly messages: readonly AnalyzedMessage[];
  readonly context: ItemContext | null;
  readonly notes: readonly string[];
  readonly errors: readonly FileError[];
  readonly groups: readonly OverviewGroup[];
  readonly showOverview: boolean;
  readonly userAddress: string | null;
  readonly openDraft: OpenDraft;
  /** The Copy summary text, made on demand. */
  readonly summary: () => Promise<string>;
  readonly copy: (text: string) => Promise<boolean>;
  /** Reads the same input again (offered when a rare format's reader failed to load). */
  readonly again: () => void;
  /** The first diagnosis's heading, focused after the user asked for it (no overview shown). */
  readonly firstRef: Ref<HTMLHeadingElement>;
}

export const Results = forwardRef<HTMLDivElement, ResultsProps>(function Results(props, ref) {
  const s = useStyles();
  const b = useButtonStyles();
  const { messages, context, userAddress } = props;
  return (
    <div className={s.results} ref={ref} tabIndex={-1} aria-label={t('app.results')}>
      {props.showOverview ? (
        <PartBoundary fallback={null}>
          <Suspense fallback={<Pending />}>
            <Overview
              groups={props.groups}
              isSender={messages.some((m) => viewerOf(m.diagnosis, userAddress).isSender)}
            />
          </Suspense>
        </PartBoundary>
      ) : null}
      {props.errors.map((e) => (
        <Notice
          key={e.label}
          intent="error"
          title={t('app.fileError', { label: e.label })}
          testId="file-error"
        >
          {e.message}
        </Notice>
      ))}
      {messages.some((m) => m.readerMissing || m.phrasesMissing) ? (
        <Notice intent="warning" title={t('app.readerMissing')} testId="reader-missing">
          <div className={s.retry}>
            <Words>
              {t(messages.some((m) => m.readerMissing) ? 'app.readerMissingBody' : 'app.phrasesMissingBody')}
            </Words>
            <button type="button" className={b.button} onClick={props.again} data-testid="read-again">
              {t('app.readAgain')}
            </button>
          </div>
        </Notice>
      ) : null}
      {props.notes.map((note) => (
        <Notice key={note} intent="warning" title={t('app.skippedAttachment')}>
          {note}
        </Notice>
      ))}
      {messages.map((m, i) => (
        <DiagnosisView
          key={i}
          ref={i === 0 && !props.showOverview ? props.firstRef : undefined}
          diagnosis={m.diagnosis}
          sourceLabel={
            messages.length > 1 || (m.source.origin !== 'item' && m.source.origin !== 'pasted')
              ? t(m.source.origin === 'file' ? 'app.sourceFile' : 'app.sourceAttachment', {
                  label: m.source.label,
                })
              : null
          }
          relation={senderRelation(m.diagnosis, userAddress, m.source.origin, context?.subject ?? null)}
          viewer={viewerOf(m.diagnosis, userAddress)}
          openDraft={props.openDraft}
        />
      ))}
      {messages.length > 0 ? <CopySummaryButton text={props.summary} copy={props.copy} /> : null}
    </div>
  );
});
