// A folded section (<details>) whose content is made only once the user opens it: content that
// comes from a chunk of its own is then fetched on that first click, not with every answer
// (an ordinary bounce loads within 150 KB gzipped: test/e2e/languages.e2e.ts). The <details>
// element itself stays in place, so focus stays on its summary as it opens.
import { Suspense, useState, type ReactNode } from 'react';
import { PartBoundary } from './PartBoundary';
import { Pending } from './Pending';

export interface FoldProps {
  readonly summary: ReactNode;
  readonly className?: string;
  readonly summaryClassName?: string;
  readonly testId?: string;
  /** What the part says when its chunk can't load. */
  readonly unavailable: string;
  readonly children: () => ReactNode;
}

export function Fold(props: FoldProps) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={props.className}
      data-testid={props.testId}
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary className={props.summaryClassName}>{props.summary}</summary>
      {opened ? (
        <PartBoundary fallback={<p>{props.unavailable}</p>}>
          <Suspense fallback={<Pending />}>{props.children()}</Suspense>
        </PartBoundary>
      ) : null}
    </details>
  );
}
