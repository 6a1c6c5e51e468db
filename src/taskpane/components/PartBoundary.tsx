// Keeps a part that failed (a chunk that could not be fetched, say after a new version replaced
// the files) from taking the whole pane with it: React unmounts everything up to the nearest
// error boundary, and with none the pane would go blank.
import { Component, type ReactNode } from 'react';

export interface PartBoundaryProps {
  /** Shown in the part's place; null to leave the place empty. */
  readonly fallback: ReactNode;
  readonly children: ReactNode;
}

export class PartBoundary extends Component<PartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
