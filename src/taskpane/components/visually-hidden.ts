// Text for screen readers only (the pane's hidden heading, its live region, "must act" on the
// owner path): out of sight but not display:none, which would hide it from assistive technology too.
// A hook rather than a shared style object: the Griffel loader evaluates imported style objects
// from their TypeScript source, which it cannot parse, while a makeStyles call here goes through
// ts-loader first like every other component.
import { makeStyles } from '@fluentui/react-components';

export const useVisuallyHidden = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});
