// A folded section (<details>) whose content is made only once the user opens it: content that
// comes from a chunk of its own is then fetched on that first click, not with every answer
// (an ordinary bounce loads within 150 KB gzipped: test/e2e/languages.e2e.ts). The <details>
// element itself stays in place, so focus stays on its summary as it opens.
import { Suspense, useCallback, useEffect, useState, type ReactNode } from 'react';
import { PartBoundary } from './PartBoundary';

export interface FoldProps {
  readonly summary: ReactNode;
  readonly className?: string;
  readonly summaryClassName?: string;
  readonly testId?: string;
  /** Opened from the start (the content loads at once). */
  readonly initiallyOpen?: boolean;
  /** What the part says when its chunk can't load. */
  readonly unavailable: string;
  readonly children: () => ReactNode;
}

/** Tells the fold its content is on screen (after the chunk came): data-fold="shown". */
function Made({ onShown, children }: { readonly onShown: () => void; readonly children: ReactNode }) {
  useEffect(onShown, [onShown]);
  return <>{children}</>;
}

export function Fold(props: FoldProps) {
  const [opened, setOpened] = useState(props.initiallyOpen ?? false);
  const [shown, setShown] = useState(false);
  const onShown = useCallback(() => setShown(true), []);
  return (
    <details
      className={props.className}
      data-testid={props.testId}
      data-fold={shown ? 'shown' : opened ? 'made' : 'folded'}
      open={props.initiallyOpen}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className={props.summaryClassName}>{props.summary}</summary>
      {opened ? (
        <PartBoundary fallback={<p>{props.unavailable}</p>}>
          <Suspense fallback={null}>
            <Made onShown={onShown}>{props.children()}</Made>
          </Suspense>
        </PartBoundary>
      ) : null}
    </details>
  );
}
