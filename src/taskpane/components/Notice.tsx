// A calm or warning message with a title and body (Fluent MessageBar, announced politely).
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ReactNode } from 'react';

export interface NoticeProps {
  readonly intent: 'info' | 'success' | 'warning' | 'error';
  readonly title: string;
  readonly children?: ReactNode;
  readonly testId?: string;
}

export function Notice({ intent, title, children, testId }: NoticeProps) {
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}
