// Classic Outlook on Windows (.msg) and Outlook on Mac (.eml) drop messages on the pane as HTML
// drop events: the props that take them, and whether something is being dragged over.
import { useState, type DragEvent } from 'react';
import type { DroppedFile } from '../../office';

export interface DropZone {
  readonly dropping: boolean;
  readonly props: {
    readonly onDragOver: (e: DragEvent<HTMLElement>) => void;
    readonly onDragLeave: (e: DragEvent<HTMLElement>) => void;
    readonly onDrop: (e: DragEvent<HTMLElement>) => void;
  };
}

export function useDropZone(onFiles: (files: readonly DroppedFile[]) => void): DropZone {
  const [dropping, setDropping] = useState(false);
  return {
    dropping,
    props: {
      onDragOver: (e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      },
      onDragLeave: (e) => {
        if (e.currentTarget === e.target) setDropping(false);
      },
      onDrop: (e) => {
        e.preventDefault();
        setDropping(false);
        onFiles([...e.dataTransfer.files].map((f) => ({ name: f.name, blob: f })));
      },
    },
  };
}
