// The task pane. Inside Outlook it reads the selected item through the MailHost adapter (and
// again on every ItemChanged of a pinned pane), and takes messages dragged onto it (Outlook's
// DragAndDropEvent, or the HTML drop event in classic Outlook and on Mac); outside Outlook, or
// when the item can't be read, it offers paste and file input. Every path ends in a diagnosis, a
// calm state or advice on what to do: never a blank pane. Several recipients or messages get an
// overview at the top.
import { makeStyles, mergeClasses, Spinner, Text, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { Draft, DroppedFile, MailHost } from '../office';
import { utf8Bytes } from '../office/bytes';
import type { BounceSource, ItemContext, ReadProblem } from '../office/types';
import { analyzeComplete, type AnalyzedMessage } from './analyze';
import { copyText } from './clipboard';
import { CopySummaryButton } from './components/CopySummaryButton';
import { DiagnosisView } from './components/DiagnosisView';
import { Notice } from './components/Notice';
import { ReadProblemNotice } from './components/ReadProblemNotice';
import type { SampleRef } from './components/StandaloneInput';
import { viewerOf } from './decision';
import { loadEngine as defaultLoadEngine, type Diagnose } from './engine';
import { overviewGroups, overviewRows } from './overview';
import { senderRelation } from './sender-relation';
import { plural, t } from '../i18n';
import { dropTip } from './strings';

// The paste box and picker (folded away under "Diagnose another bounce" in Outlook) and the Copy
// summary text load on demand: an ordinary bounce in Outlook shows neither at first.
const StandaloneInput = lazy(() =>
  import(/* webpackChunkName: "input" */ './components/StandaloneInput.js').then((m) => ({
    default: m.StandaloneInput,
  })),
);
let summaryModule: Promise<typeof import('./summary-text.js')> | null = null;
const loadSummary = () => (summaryModule ??= import(/* webpackChunkName: "summary" */ './summary-text.js'));

const Overview = lazy(() =>
  import(/* webpackChunkName: "overview" */ './components/Overview.js').then((m) => ({
    default: m.Overview,
  })),
);

/** A file that could not be read, and why. */
interface FileError {
  readonly label: string;
  readonly message: string;
}

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
  | { readonly phase: 'loading'; readonly progress?: string | undefined }
  | {
      readonly phase: 'shown';
      readonly messages: readonly AnalyzedMessage[];
      readonly context: ItemContext | null;
      readonly notes: readonly string[];
      readonly errors: readonly FileError[];
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
  dropping: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-4px',
  },
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
  if (view.phase === 'loading') return view.progress ?? t('app.reading');
  if (view.phase === 'problem') return t('app.cannotRead');
  if (view.phase === 'failed') return view.message;
  if (view.phase === 'shown') return plural('app.ready', view.messages.length);
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
  const [dropping, setDropping] = useState(false);
  // Each read gets a number; a slower earlier read (the user moved on) must not win.
  const request = useRef(0);
  // After the user asked (Diagnose, a file, a drop), focus moves to the result.
  const wantFocus = useRef(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  // The signed-in user, from the last item read: dropped messages are theirs too.
  const lastContext = useRef<ItemContext | null>(null);

  const show = useCallback(
    async (
      id: number,
      read: () => Promise<{
        sources: readonly BounceSource[];
        context: ItemContext | null;
        notes: readonly string[];
        errors?: readonly FileError[];
      }>,
    ) => {
      try {
        const [input, diagnose] = await Promise.all([read(), loadEngine()]);
        if (id !== request.current) return;
        const errors = input.errors ?? [];
        // Several files: each is its own message (none is an attachment of another).
        const messages =
          input.sources.length > 1 && input.sources.every((src) => src.origin === 'file')
            ? (await Promise.all(input.sources.map((src) => analyzeComplete([src], diagnose)))).flat()
            : await analyzeComplete(input.sources, diagnose);
        if (id !== request.current) return;
        if (messages.length === 0 && errors.length > 0) {
          setView({ phase: 'failed', message: errors.map((e) => `${e.label}: ${e.message}`).join(' ') });
          return;
        }
        setView({ phase: 'shown', messages, context: input.context, notes: input.notes, errors });
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
    if (read.context) lastContext.current = read.context;
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
    if (view.phase !== 'shown' || !wantFocus.current) return;
    wantFocus.current = false;
    (resultRef.current ?? resultsRef.current)?.focus();
  }, [view]);

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
    wantFocus.current = true;
    setView({ phase: 'loading' });
    void show(id, async () => ({
      sources: [{ label: t('app.pastedText'), origin: 'pasted', bytes: utf8Bytes(text) }],
      context: null,
      notes: [],
    }));
  };
  /** Files picked, dropped on the pane or dragged from Outlook: read one by one, with progress. */
  const onFiles = useCallback(
    (files: readonly DroppedFile[]) => {
      if (files.length === 0) return;
      const id = ++request.current;
      wantFocus.current = true;
      setView({
        phase: 'loading',
        progress:
          files.length > 1 ? t('app.readingProgress', { current: 1, total: files.length }) : undefined,
      });
      void show(id, async () => {
        const sources: BounceSource[] = [];
        const errors: FileError[] = [];
        // Only dropped and picked files need the file reader: a chunk of its own.
        const { sourceFromFile } = await import(/* webpackChunkName: "read-file" */ './read-file.js');
        for (const [i, f] of files.entries()) {
          if (files.length > 1 && id === request.current)
            setView({
              phase: 'loading',
              progress: t('app.readingProgress', { current: i + 1, total: files.length }),
            });
          try {
            sources.push(await sourceFromFile(f.blob, f.name));
          } catch (e) {
            errors.push({ label: f.name, message: errorText(e) });
          }
        }
        return { sources, context: lastContext.current, notes: [], errors };
      });
    },
    [show],
  );
  // Outlook on the web and new Outlook: messages dragged onto the pinned pane (Mailbox 1.5).
  useEffect(() => {
    if (!host) return undefined;
    let stop: (() => void) | null = null;
    let active = true;
    void host
      .onDropFiles((files) => onFiles(files))
      .then((unsubscribe) => {
        if (active) stop = unsubscribe;
        else unsubscribe();
      });
    return () => {
      active = false;
      stop?.();
    };
  }, [host, onFiles]);

  const onSample = useCallback(
    (name: string) => {
      if (!loadSample) return;
      const id = ++request.current;
      wantFocus.current = true;
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

  const messages = useMemo(() => (view.phase === 'shown' ? view.messages : []), [view]);
  // Loaded once an answer is on screen, so that a click on Copy summary finds it there (the
  // clipboard wants the click's own moment).
  useEffect(() => {
    if (messages.length > 0) void loadSummary().catch(() => undefined);
  }, [messages.length]);
  const userAddress = view.phase === 'shown' ? (view.context?.userAddress ?? null) : null;
  const nothingFound = view.phase === 'shown' && messages.every((m) => m.diagnosis.kind === 'not-a-bounce');
  const inputOpen = !host || view.phase === 'problem' || view.phase === 'failed' || nothingFound;
  // Memoized: a report can list thousands of recipients, and the pane re-renders on every toggle.
  const groups = useMemo(() => overviewGroups(overviewRows(messages, userAddress)), [messages, userAddress]);
  const rowCount = groups.reduce((n, g) => n + g.rows.length, 0);
  const showOverview = rowCount >= 2;
  const openDraft = host ? (draft: Draft) => host.openDraft(draft) : null;
  const input = (
    <Suspense fallback={null}>
      <StandaloneInput
        onText={onText}
        onFiles={(files) => onFiles(files.map((f) => ({ name: f.name, blob: f })))}
        samples={samples}
        onSample={loadSample ? onSample : undefined}
        headingLevel={2}
      />
    </Suspense>
  );
  // Classic Outlook on Windows (.msg) and Outlook on Mac (.eml) drop messages as HTML drop events.
  const dropProps = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDropping(true);
    },
    onDragLeave: (e: DragEvent<HTMLElement>) => {
      if (e.currentTarget === e.target) setDropping(false);
    },
    onDrop: (e: DragEvent<HTMLElement>) => {
      e.preventDefault();
      setDropping(false);
      onFiles([...e.dataTransfer.files].map((f) => ({ name: f.name, blob: f })));
    },
  };

  return (
    <main
      className={mergeClasses(s.main, dropping && s.dropping)}
      aria-busy={view.phase === 'loading'}
      {...dropProps}
    >
      <h1 className={s.hidden}>Bounce Lens</h1>
      <div role="status" aria-live="polite" className={s.hidden}>
        {announce(view)}
      </div>
      {view.phase === 'loading' ? <Spinner size="small" label={view.progress ?? t('app.reading')} /> : null}
      {view.phase === 'problem' ? <ReadProblemNotice problem={view.problem} detail={view.detail} /> : null}
      {view.phase === 'failed' ? (
        <Notice intent="error" title={t('app.failedTitle')} testId="input-error">
          {view.message}
        </Notice>
      ) : null}
      {host && nothingFound ? (
        <Notice intent="info" title={dropTip().title} testId="drop-tip">
          {dropTip().body}
        </Notice>
      ) : null}
      {view.phase === 'shown' ? (
        <div className={s.results} ref={resultsRef} tabIndex={-1} aria-label={t('app.results')}>
          {showOverview ? (
            <Suspense fallback={null}>
              <Overview
                groups={groups}
                isSender={messages.some((m) => viewerOf(m.diagnosis, userAddress).isSender)}
              />
            </Suspense>
          ) : null}
          {view.errors.map((e) => (
            <Notice
              key={e.label}
              intent="error"
              title={t('app.fileError', { label: e.label })}
              testId="file-error"
            >
              {e.message}
            </Notice>
          ))}
          {view.notes.map((note) => (
            <Notice key={note} intent="warning" title={t('app.skippedAttachment')}>
              {note}
            </Notice>
          ))}
          {messages.map((m, i) => (
            <DiagnosisView
              key={i}
              ref={i === 0 && !showOverview ? resultRef : undefined}
              diagnosis={m.diagnosis}
              sourceLabel={
                messages.length > 1 || (m.source.origin !== 'item' && m.source.origin !== 'pasted')
                  ? t(m.source.origin === 'file' ? 'app.sourceFile' : 'app.sourceAttachment', {
                      label: m.source.label,
                    })
                  : null
              }
              relation={senderRelation(
                m.diagnosis,
                userAddress,
                m.source.origin,
                view.context?.subject ?? null,
              )}
              viewer={viewerOf(m.diagnosis, userAddress)}
              openDraft={openDraft}
            />
          ))}
          {messages.length > 0 ? (
            <CopySummaryButton text={() => loadSummary().then((m) => m.summaryText(messages))} copy={copy} />
          ) : null}
        </div>
      ) : null}
      {inputOpen ? (
        input
      ) : (
        <details className={s.more}>
          <summary className={s.moreSummary}>
            <Text weight="semibold">{t('app.another')}</Text>
          </summary>
          {input}
        </details>
      )}
    </main>
  );
}
