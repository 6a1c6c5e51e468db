// Puts a plain-text summary on the clipboard and says whether it worked (politely announced).
import { makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { t } from '../../i18n';
import { useButtonStyles } from './button-styles';
import { Words } from './Words';

export interface CopySummaryButtonProps {
  /** The summary; its module loads on first use (App.tsx). */
  readonly text: () => string | Promise<string>;
  readonly copy: (text: string) => Promise<boolean>;
}

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

export function CopySummaryButton({ text, copy }: CopySummaryButtonProps) {
  const s = useStyles();
  const b = useButtonStyles();
  const [status, setStatus] = useState('');
  return (
    <div className={s.root}>
      <button
        type="button"
        className={b.button}
        data-testid="copy-summary"
        onClick={() => {
          void Promise.resolve(text())
            .then(copy)
            .catch(() => false)
            .then((ok) => setStatus(ok ? t('copy.done') : t('copy.blocked')));
        }}
      >
        {t('copy.button')}
      </button>
      <Words role="status" aria-live="polite">
        {status}
      </Words>
    </div>
  );
}
