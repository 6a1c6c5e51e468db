/// <reference types="office-js" />
// Office's callback APIs as promises that never reject: a failure is a value (and a throw inside
// an Office callback would be lost, see STYLE.md on the React template's outlook.ts).

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Runs one Office async call; `start` receives the callback to pass to the API. */
export function officeCall<T>(
  start: (callback: (result: Office.AsyncResult<T>) => void) => void,
): Promise<Outcome<T>> {
  return new Promise((resolve) => {
    try {
      start((result) => {
        if (result && succeeded(result.status)) {
          resolve({ ok: true, value: result.value });
        } else {
          resolve({ ok: false, error: describeError(result?.error) });
        }
      });
    } catch (e) {
      // Some hosts throw synchronously (e.g. an API missing on a restricted item).
      resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
  });
}

// office.js sets AsyncResultStatus.Succeeded to "succeeded" at run time, while @types/office-js
// declares a numeric enum: accept either.
function succeeded(status: Office.AsyncResultStatus): boolean {
  const office = (globalThis as { Office?: typeof Office }).Office;
  return (
    String(status) === 'succeeded' ||
    (office?.AsyncResultStatus !== undefined && status === office.AsyncResultStatus.Succeeded)
  );
}

function describeError(error: Office.Error | undefined): string {
  if (!error) return 'Outlook reported a failure without details';
  const parts = [error.name, error.message].filter((p) => typeof p === 'string' && p.length > 0);
  return parts.length > 0 ? parts.join(': ') : `error code ${String(error.code)}`;
}
