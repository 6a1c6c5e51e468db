// The server's reply as plain text, with the phrase that decided the category and the status
// code marked.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RecipientDiagnosis } from '../../diagnosis/types';
import { highlightSegments, matchedPhrase } from '../highlight';

export interface ServerWordsProps {
  readonly recipient: RecipientDiagnosis;
}

const useStyles = makeStyles({
  quote: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function ServerWords({ recipient }: ServerWordsProps) {
  const s = useStyles();
  const segments = highlightSegments(recipient.diagnostic, [matchedPhrase(recipient), recipient.status]);
  return (
    <blockquote className={s.quote}>
      {segments.map((seg, i) =>
        seg.marked ? (
          <mark key={i} className={s.mark}>
            {seg.text}
          </mark>
        ) : (
          <span key={i}>{seg.text}</span>
        ),
      )}
    </blockquote>
  );
}
