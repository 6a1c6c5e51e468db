// When Outlook can't hand over the item: what happened, Outlook's own words, and what to do
// instead. Never a blank pane.
import { Text } from '@fluentui/react-components';
import type { ReadProblem } from '../../office/types';
import { PROBLEM_TEXT, WORKAROUND_STEPS } from '../strings';
import { Notice } from './Notice';

export interface ReadProblemNoticeProps {
  readonly problem: Exclude<ReadProblem, 'no-office'>;
  readonly detail: string;
}

export function ReadProblemNotice({ problem, detail }: ReadProblemNoticeProps) {
  const text = PROBLEM_TEXT[problem];
  return (
    <Notice intent="warning" title={text.title} testId="read-problem">
      <Text block>{text.body}</Text>
      {problem === 'api-error' ? <Text block>Outlook said: {detail}</Text> : null}
      <Text block weight="semibold">
        What to do
      </Text>
      <ol>
        {WORKAROUND_STEPS.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </Notice>
  );
}
