// When Outlook can't hand over the item: what happened, Outlook's own words, and what to do
// instead. Never a blank pane.
import type { ReadProblem } from '../../office/types';
import { t } from '../../i18n';
import { problemText, workaroundSteps } from '../strings';
import { Notice } from './Notice';
import { Words } from './Words';

export interface ReadProblemNoticeProps {
  readonly problem: Exclude<ReadProblem, 'no-office'>;
  readonly detail: string;
}

export function ReadProblemNotice({ problem, detail }: ReadProblemNoticeProps) {
  const text = problemText(problem);
  return (
    <Notice intent="warning" title={text.title} testId="read-problem">
      <Words block>{text.body}</Words>
      {problem === 'api-error' ? <Words block>{t('problem.outlookSaid', { detail })}</Words> : null}
      <Words block weight="semibold">
        {t('problem.whatToDo')}
      </Words>
      <ol>
        {workaroundSteps().map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </Notice>
  );
}
