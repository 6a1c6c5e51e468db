// Inside Outlook: the selected item is read when the pane opens and again on every ItemChanged of
// a pinned pane. A read problem becomes a notice with guidance; "no Office" is the standalone pane.
import { useCallback, useEffect, useMemo, type MutableRefObject } from 'react';
import type { MailHost } from '../../office';
import type { ItemContext } from '../../office/types';
import type { DiagnosisRun } from './use-diagnosis-run';
import { useSubscription } from './use-subscription';

export function useHostItem(
  host: MailHost | null,
  run: DiagnosisRun,
  lastContext: MutableRefObject<ItemContext | null>,
): void {
  const { begin, current, cancel, setView, show } = run;
  const readFromHost = useCallback(async () => {
    if (!host) return;
    const id = begin();
    const read = await host.readItem();
    if (!current(id)) return;
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
  }, [host, begin, current, setView, show, lastContext]);

  useEffect(() => {
    if (!host) return undefined;
    void readFromHost();
    return cancel;
  }, [host, readFromHost, cancel]);

  const subscribe = useMemo(
    () => (host ? () => host.onItemChanged(() => void readFromHost()) : null),
    [host, readFromHost],
  );
  useSubscription(subscribe);
}
