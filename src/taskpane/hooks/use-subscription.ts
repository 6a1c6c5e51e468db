// Outlook's event handlers are added asynchronously: an effect that is cleaned up before the
// handler is in place must still remove it once it is.
import { useEffect } from 'react';

export function useSubscription(subscribe: (() => Promise<() => void>) | null): void {
  useEffect(() => {
    if (!subscribe) return undefined;
    let stop: (() => void) | null = null;
    let active = true;
    void subscribe().then((unsubscribe) => {
      if (active) stop = unsubscribe;
      else unsubscribe();
    });
    return () => {
      active = false;
      stop?.();
    };
  }, [subscribe]);
}
