// Standalone mode (outside Outlook, or when the item can't be read): paste a bounce, pick or
// drop a .eml, .msg or .txt file, or (in the demo) choose a sample.
import { Field, makeStyles, mergeClasses, Textarea, tokens } from '@fluentui/react-components';
import { useId, useRef, useState, type DragEvent } from 'react';
import { t } from '../../i18n';
import { useButtonStyles } from './button-styles';
import { Words } from './Words';

export interface SampleRef {
  readonly name: string;
  readonly title: string;
}

export interface StandaloneInputProps {
  readonly onText: (text: string) => void;
  /** One or several files (several bounces give an overview). */
  readonly onFiles: (files: readonly File[]) => void;
  readonly samples?: readonly SampleRef[] | undefined;
  readonly onSample?: ((name: string) => void) | undefined;
  readonly headingLevel?: 2 | 3;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  paste: { minHeight: '120px' },
  // The demo's sample picker is the browser's own select in Fluent's outline look: Fluent's Select
  // (about 4 KB gzipped) would weigh on every pane for a demo-only control.
  // Long sample titles must not widen the pane: the grid item may shrink, the text is cut.
  select: {
    width: '100%',
    minWidth: 0,
    maxWidth: '100%',
    height: '32px',
    textOverflow: 'ellipsis',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':hover': {
      borderTopColor: tokens.colorNeutralStroke1Hover,
      borderInlineEndColor: tokens.colorNeutralStroke1Hover,
      borderInlineStartColor: tokens.colorNeutralStroke1Hover,
      borderBottomColor: tokens.colorNeutralStrokeAccessibleHover,
    },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  // Hidden but still reachable by automation; people use the "Choose a file" button.
  fileInput: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden' },
});

const ACCEPT = '.eml,.msg,.txt,message/rfc822,application/vnd.ms-outlook,text/plain';

export function StandaloneInput({
  onText,
  onFiles,
  samples,
  onSample,
  headingLevel = 2,
}: StandaloneInputProps) {
  const s = useStyles();
  const b = useButtonStyles();
  const [text, setText] = useState('');
  const [hint, setHint] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const headingId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const submit = () => {
    if (text.trim().length === 0) {
      setHint(t('input.pasteFirst'));
      return;
    }
    setHint(null);
    onText(text);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    e.stopPropagation(); // the pane's own drop handler would read the files a second time
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <section className={s.root} aria-labelledby={headingId} data-testid="standalone-input">
      <Heading id={headingId} className={s.heading}>
        {t('input.heading')}
      </Heading>
      {samples && samples.length > 0 && onSample ? (
        <Field label={t('input.sample')}>
          {(field) => (
            <select
              {...field}
              className={s.select}
              data-testid="sample-select"
              defaultValue=""
              onChange={(e) => e.target.value && onSample(e.target.value)}
            >
              <option value="" disabled>
                {t('input.chooseSample')}
              </option>
              {samples.map((sample) => (
                <option key={sample.name} value={sample.name}>
                  {sample.title}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
      <Field label={t('input.paste')} validationMessage={hint} validationState={hint ? 'warning' : 'none'}>
        <Textarea
          className={s.paste}
          data-testid="paste-input"
          value={text}
          onChange={(_, data) => setText(data.value)}
          resize="vertical"
        />
      </Field>
      <div>
        <button
          type="button"
          className={mergeClasses(b.button, b.primary)}
          data-testid="diagnose-button"
          onClick={submit}
        >
          {t('input.diagnose')}
        </button>
      </div>
      <div
        className={mergeClasses(s.drop, dragging && s.dragging)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <Words>{t('input.drop')}</Words>
        <button type="button" className={b.button} onClick={() => fileRef.current?.click()}>
          {t('input.choose')}
        </button>
        <input
          ref={fileRef}
          className={s.fileInput}
          type="file"
          multiple
          accept={ACCEPT}
          tabIndex={-1}
          aria-label={t('input.files')}
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length > 0) onFiles(files);
            e.target.value = ''; // picking the same file again still fires
          }}
        />
      </div>
    </section>
  );
}
