// When Outlook can't hand over the item: what happened, Outlook's own words, and what to do
// instead. Never a blank pane.
import { Text } from '@fluentui/react-components';
import type { ReadProblem } from '../../office/types';
import { t } from '../../i18n';
import { problemText, workaroundSteps } from '../strings';
import { Notice } from './Notice';

export interface ReadProblemNoticeProps {
  readonly problem: Exclude<ReadProblem, 'no-office'>;
  readonly detail: string;
}

export function ReadProblemNotice({ problem, detail }: ReadProblemNoticeProps) {
  const text = problemText(problem);
  return (
    <Notice intent="warning" title={text.title} testId="read-problem">
      <Text block>{text.body}</Text>
      {problem === 'api-error' ? <Text block>{t('problem.outlookSaid', { detail })}</Text> : null}
      <Text block weight="semibold">
        {t('problem.whatToDo')}
      </Text>
      <ol>
        {workaroundSteps().map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </Notice>
  );
}
