// The task pane. Inside Outlook it reads the selected item through the MailHost adapter (and
// again on every ItemChanged of a pinned pane), and takes messages dragged onto it (Outlook's
// DragAndDropEvent, or the HTML drop event in classic Outlook and on Mac); outside Outlook, or
// when the item can't be read, it offers paste and file input. Every path ends in a diagnosis, a
// calm state or advice on what to do: never a blank pane. Several recipients or messages get an
// overview at the top.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef } from 'react';
import type { DroppedFile, MailHost } from '../office';
import { utf8Bytes } from '../office/bytes';
import type { BounceSource, ItemContext } from '../office/types';
import { plural, t } from '../i18n';
import { copyText } from './clipboard';
import { Busy } from './components/Busy';
import { Fold } from './components/Fold';
import { Notice } from './components/Notice';
import { PartBoundary } from './components/PartBoundary';
import { Pending } from './components/Pending';
import { ReadProblemNotice } from './components/ReadProblemNotice';
import { Results } from './components/Results';
import { Words } from './components/Words';
import type { SampleRef } from './components/StandaloneInput';
import { loadEngine as defaultLoadEngine, type Diagnose } from './engine';
import { errorText, useDiagnosisRun, type FileError, type View } from './hooks/use-diagnosis-run';
import { useDropZone } from './hooks/use-drop-zone';
import { useHostItem } from './hooks/use-host-item';
import { useSubscription } from './hooks/use-subscription';
import { overviewGroups, overviewRows } from './overview';
import { dropTip } from './strings';
import { useVisuallyHidden } from './components/visually-hidden';

// The paste box and picker (folded away under "Diagnose another bounce" in Outlook, fetched when
// that fold is first opened) and the Copy summary text load on demand: an ordinary bounce in
// Outlook shows neither at first.
const StandaloneInput = lazy(() =>
  import(/* webpackChunkName: "input" */ './components/StandaloneInput.js').then((m) => ({
    default: m.StandaloneInput,
  })),
);
let summaryModule: Promise<typeof import('./summary-text.js')> | null = null;
const loadSummary = () => (summaryModule ??= import(/* webpackChunkName: "summary" */ './summary-text.js'));

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

const useStyles = makeStyles({
  main: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '720px',
    boxSizing: 'border-box',
  },
  dropping: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '-4px',
  },
  more: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalM,
  },
  moreSummary: { cursor: 'pointer', fontWeight: tokens.fontWeightSemibold },
});

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
  const { hidden } = useVisuallyHidden();
  const run = useDiagnosisRun(loadEngine, host ? { phase: 'loading' } : { phase: 'idle' });
  const { view, begin, current, show } = run;
  // After the user asked (Diagnose, a file, a drop), focus moves to the result.
  const wantFocus = useRef(false);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  // The signed-in user, from the last item read: dropped messages are theirs too.
  const lastContext = useRef<ItemContext | null>(null);

  useHostItem(host, run, lastContext);

  useEffect(() => {
    if (view.phase !== 'shown' || !wantFocus.current) return;
    wantFocus.current = false;
    (resultRef.current ?? resultsRef.current)?.focus();
  }, [view]);

  /** A run the user asked for: its result takes the focus. */
  const ask = useCallback(
    (progress?: string) => {
      wantFocus.current = true;
      return begin(progress);
    },
    [begin],
  );

  const onText = (text: string) => {
    const id = ask();
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
      const progress = (i: number) => t('app.readingProgress', { current: i, total: files.length });
      const id = ask(files.length > 1 ? progress(1) : undefined);
      void show(id, async () => {
        const sources: BounceSource[] = [];
        const errors: FileError[] = [];
        // Only dropped and picked files need the file reader: a chunk of its own.
        const { sourceFromFile } = await import(/* webpackChunkName: "read-file" */ './read-file.js');
        for (const [i, f] of files.entries()) {
          if (files.length > 1 && current(id)) run.setView({ phase: 'loading', progress: progress(i + 1) });
          try {
            sources.push(await sourceFromFile(f.blob, f.name));
          } catch (e) {
            errors.push({ label: f.name, message: errorText(e) });
          }
        }
        return { sources, context: lastContext.current, notes: [], errors };
      });
    },
    [ask, show, current, run.setView],
  );
  // Outlook on the web and new Outlook: messages dragged onto the pinned pane (Mailbox 1.5).
  const subscribeDrops = useMemo(
    () => (host ? () => host.onDropFiles((files) => onFiles(files)) : null),
    [host, onFiles],
  );
  useSubscription(subscribeDrops);
  const drop = useDropZone(onFiles);

  const onSample = useCallback(
    (name: string) => {
      if (!loadSample) return;
      const id = ask();
      void show(id, async () => ({
        sources: [{ label: name, origin: 'file', bytes: await loadSample(name) }],
        context: null,
        notes: [],
      }));
    },
    [loadSample, ask, show],
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
  const input = () => (
    <Suspense fallback={<Pending />}>
      <StandaloneInput
        onText={onText}
        onFiles={(files) => onFiles(files.map((f) => ({ name: f.name, blob: f })))}
        samples={samples}
        onSample={loadSample ? onSample : undefined}
        headingLevel={2}
      />
    </Suspense>
  );

  return (
    <main
      className={mergeClasses(s.main, drop.dropping && s.dropping)}
      aria-busy={view.phase === 'loading'}
      {...drop.props}
    >
      <h1 className={hidden}>Bounce Lens</h1>
      <div role="status" aria-live="polite" className={hidden}>
        {announce(view)}
      </div>
      {view.phase === 'loading' ? <Busy label={view.progress ?? t('app.reading')} /> : null}
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
        <Results
          ref={resultsRef}
          firstRef={resultRef}
          messages={messages}
          context={view.context}
          notes={view.notes}
          errors={view.errors}
          groups={groups}
          showOverview={groups.reduce((n, g) => n + g.rows.length, 0) >= 2}
          userAddress={userAddress}
          openDraft={host ? (draft) => host.openDraft(draft) : null}
          summary={() => loadSummary().then((m) => m.summaryText(messages))}
          copy={copy}
          again={() => void run.again(ask())}
        />
      ) : null}
      {inputOpen ? (
        <PartBoundary fallback={<Words>{t('app.partUnavailable')}</Words>}>{input()}</PartBoundary>
      ) : (
        <Fold
          className={s.more}
          summaryClassName={s.moreSummary}
          summary={<Words weight="semibold">{t('app.another')}</Words>}
          unavailable={t('app.partUnavailable')}
        >
          {input}
        </Fold>
      )}
    </main>
  );
}
