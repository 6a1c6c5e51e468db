// One load-and-show sequence for every way a bounce reaches the pane (the Outlook item, pasted
// text, files, a sample): each run gets a number so that a slower earlier run (the user moved on)
// never wins, and its end is a diagnosis, a notice or an error: never a blank pane.
import { useCallback, useRef, useState } from 'react';
import type { BounceSource, ItemContext, ReadProblem } from '../../office/types';
import { analyzeComplete, type AnalyzedMessage } from '../analyze';
import type { Diagnose } from '../engine';
import { loadRuleAdviceTextFor } from '../rule-advice-text';

/** A file that could not be read, and why. */
export interface FileError {
  readonly label: string;
  readonly message: string;
}

/** What a run read: the sources to diagnose and what came with them. */
export interface RunInput {
  readonly sources: readonly BounceSource[];
  readonly context: ItemContext | null;
  readonly notes: readonly string[];
  readonly errors?: readonly FileError[];
}

export type View =
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

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export interface DiagnosisRun {
  readonly view: View;
  readonly setView: (view: View) => void;
  /** Starts a run and returns its number; the view shows it loading. */
  readonly begin: (progress?: string) => number;
  /** Whether run id is still the latest one. */
  readonly current: (id: number) => boolean;
  /** Drops every run in flight (the pane is going away). */
  readonly cancel: () => void;
  /** Reads, diagnoses and shows run id's input, unless a later run started meanwhile. */
  readonly show: (id: number, read: () => Promise<RunInput>) => Promise<void>;
  /** Shows the last input again as run id (read again: a part that failed to load may load now). */
  readonly again: (id: number) => Promise<void>;
}

export function useDiagnosisRun(loadEngine: () => Promise<Diagnose>, initial: View): DiagnosisRun {
  const [view, setView] = useState<View>(initial);
  const request = useRef(0);
  const lastRead = useRef<(() => Promise<RunInput>) | null>(null);

  const begin = useCallback((progress?: string) => {
    const id = ++request.current;
    setView({ phase: 'loading', progress });
    return id;
  }, []);
  const current = useCallback((id: number) => id === request.current, []);
  const cancel = useCallback(() => {
    request.current++;
  }, []);

  const show = useCallback(
    async (id: number, read: () => Promise<RunInput>) => {
      lastRead.current = read;
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
        const shown = {
          phase: 'shown',
          messages,
          context: input.context,
          notes: input.notes,
          errors,
        } as const;
        setView(shown);
        // Microsoft's rule advice in the pane's language, when a shown rule has some: the same
        // answer drawn again once it is there (a new array, so that what is derived is redone).
        if (await loadRuleAdviceTextFor(messages))
          if (id === request.current) setView({ ...shown, messages: [...messages] });
      } catch (e) {
        if (id === request.current) setView({ phase: 'failed', message: errorText(e) });
      }
    },
    [loadEngine],
  );

  const again = useCallback(
    (id: number) => (lastRead.current ? show(id, lastRead.current) : Promise.resolve()),
    [show],
  );

  return { view, setView, begin, current, cancel, show, again };
}
