// Text for screen readers only (the pane's hidden heading, its live region, "must act" on the
// owner path): out of sight but not display:none, which would hide it from assistive technology too.
import type { GriffelStyle } from '@fluentui/react-components';

export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
};
