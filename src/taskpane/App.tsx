// The task pane. Inside Outlook it reads the selected item through the MailHost adapter (and
// again on every ItemChanged of a pinned pane); outside Outlook, or when the item can't be read,
// it offers paste and file input. Every path ends in a diagnosis, a calm state or advice on what
// to do: never a blank pane.
import { makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MailHost } from '../office';
import { utf8Bytes } from '../office/bytes';
import type { BounceSource, ItemContext, ReadProblem } from '../office/types';
import { analyzeComplete, type AnalyzedMessage } from './analyze';
import { copyText } from './clipboard';
import { AppHeader } from './components/AppHeader';
import { CopySummaryButton } from './components/CopySummaryButton';
import { DiagnosisView } from './components/DiagnosisView';
import { Notice } from './components/Notice';
import { ReadProblemNotice } from './components/ReadProblemNotice';
import { StandaloneInput, type SampleRef } from './components/StandaloneInput';
import { loadEngine as defaultLoadEngine, type Diagnose } from './engine';
import { sourceFromFile } from './read-file';
import { senderRelation } from './sender-relation';
import { summaryText } from './summary-text';

export interface AppProps {
  /** Outlook, through the adapter; null in standalone mode. */
  readonly host: MailHost | null;
  readonly loadEngine?: () => Promise<Diagnose>;
  readonly copy?: (text: string) => Promise<boolean>;
  /** Demo mode: sample bounces to pick from. */
  readonly samples?: readonly SampleRef[] | undefined;
  readonly loadSample?: ((name: string) => Promise<Uint8Array>) | undefined;
  readonly initialSample?: string | null | undefined;
}

type View =
  | { readonly phase: 'idle' }
  | { readonly phase: 'loading' }
  | {
      readonly phase: 'shown';
      readonly messages: readonly AnalyzedMessage[];
      readonly context: ItemContext | null;
      readonly notes: readonly string[];
    }
  | {
      readonly phase: 'problem';
      readonly problem: Exclude<ReadProblem, 'no-office'>;
      readonly detail: string;
    }
  | { readonly phase: 'failed'; readonly message: string };

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  results: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXL },
  more: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  moreSummary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function announce(view: View): string {
  if (view.phase === 'loading') return 'Reading the message…';
  if (view.phase === 'problem') return 'The message could not be read.';
  if (view.phase === 'failed') return view.message;
  if (view.phase === 'shown')
    return view.messages.length === 1 ? 'Diagnosis ready.' : `${view.messages.length} diagnoses ready.`;
  return '';
}

export function App({
  host,
  loadEngine = defaultLoadEngine,
  copy = copyText,
  samples,
  loadSample,
  initialSample,
}: AppProps) {
  const s = useStyles();
  const [view, setView] = useState<View>(host ? { phase: 'loading' } : { phase: 'idle' });
  // Each read gets a number; a slower earlier read (the user moved on) must not win.
  const request = useRef(0);

  const show = useCallback(
    async (
      id: number,
      read: () => Promise<{
        sources: readonly BounceSource[];
        context: ItemContext | null;
        notes: readonly string[];
      }>,
    ) => {
      try {
        const [input, diagnose] = await Promise.all([read(), loadEngine()]);
        if (id !== request.current) return;
        const messages = await analyzeComplete(input.sources, diagnose);
        if (id !== request.current) return;
        setView({ phase: 'shown', messages, context: input.context, notes: input.notes });
      } catch (e) {
        if (id === request.current) setView({ phase: 'failed', message: errorText(e) });
      }
    },
    [loadEngine],
  );

  const readFromHost = useCallback(async () => {
    if (!host) return;
    const id = ++request.current;
    setView({ phase: 'loading' });
    const read = await host.readItem();
    if (id !== request.current) return;
    if (!read.ok) {
      setView(
        read.problem === 'no-office'
          ? { phase: 'idle' }
          : { phase: 'problem', problem: read.problem, detail: read.detail },
      );
      return;
    }
    await show(id, async () => ({ sources: read.sources, context: read.context, notes: read.notes }));
  }, [host, show]);

  useEffect(() => {
    if (!host) return undefined;
    let stop: (() => void) | null = null;
    let active = true;
    void readFromHost();
    void host
      .onItemChanged(() => void readFromHost())
      .then((unsubscribe) => {
        if (active) stop = unsubscribe;
        else unsubscribe();
      });
    return () => {
      active = false;
      request.current++;
      stop?.();
    };
  }, [host, readFromHost]);

  const onText = (text: string) => {
    const id = ++request.current;
    setView({ phase: 'loading' });
    void show(id, async () => ({
      sources: [{ label: 'pasted text', origin: 'pasted', bytes: utf8Bytes(text) }],
      context: null,
      notes: [],
    }));
  };
  const onFile = (file: File) => {
    const id = ++request.current;
    setView({ phase: 'loading' });
    void show(id, async () => ({ sources: [await sourceFromFile(file)], context: null, notes: [] }));
  };
  const onSample = useCallback(
    (name: string) => {
      if (!loadSample) return;
      const id = ++request.current;
      setView({ phase: 'loading' });
      void show(id, async () => ({
        sources: [{ label: name, origin: 'file', bytes: await loadSample(name) }],
        context: null,
        notes: [],
      }));
    },
    [loadSample, show],
  );

  useEffect(() => {
    if (!host && initialSample) onSample(initialSample);
  }, [host, initialSample, onSample]);

  const messages = view.phase === 'shown' ? view.messages : [];
  const nothingFound = view.phase === 'shown' && messages.every((m) => m.diagnosis.kind === 'not-a-bounce');
  const inputOpen = !host || view.phase === 'problem' || view.phase === 'failed' || nothingFound;
  const input = (
    <StandaloneInput
      onText={onText}
      onFile={onFile}
      samples={samples}
      onSample={loadSample ? onSample : undefined}
      headingLevel={2}
    />
  );

  return (
    <main className={s.main} aria-busy={view.phase === 'loading'}>
      <AppHeader />
      <div role="status" aria-live="polite" className={s.hidden}>
        {announce(view)}
      </div>
      {view.phase === 'loading' ? <Spinner size="small" label="Reading the message…" /> : null}
      {view.phase === 'problem' ? <ReadProblemNotice problem={view.problem} detail={view.detail} /> : null}
      {view.phase === 'failed' ? (
        <Notice intent="error" title="Bounce Lens could not read that" testId="input-error">
          {view.message}
        </Notice>
      ) : null}
      {view.phase === 'shown' ? (
        <div className={s.results}>
          {view.notes.map((note) => (
            <Notice key={note} intent="warning" title="An attachment was skipped">
              {note}
            </Notice>
          ))}
          {messages.map((m, i) => (
            <DiagnosisView
              key={i}
              diagnosis={m.diagnosis}
              sourceLabel={
                messages.length > 1 || (m.source.origin !== 'item' && m.source.origin !== 'pasted')
                  ? m.source.label
                  : null
              }
              relation={senderRelation(
                m.diagnosis,
                view.context?.userAddress ?? null,
                m.source.origin,
                view.context?.subject ?? null,
              )}
            />
          ))}
          {messages.length > 0 ? <CopySummaryButton text={() => summaryText(messages)} copy={copy} /> : null}
        </div>
      ) : null}
      {inputOpen ? (
        input
      ) : (
        <details className={s.more}>
          <summary className={s.moreSummary}>
            <Text weight="semibold">Diagnose another bounce</Text>
          </summary>
          {input}
        </details>
      )}
    </main>
  );
}
