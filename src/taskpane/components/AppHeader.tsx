// The pane's title and one line on what it does.
import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightBold,
    color: tokens.colorBrandForeground1,
  },
  tagline: { color: tokens.colorNeutralForeground3 },
});

export function AppHeader() {
  const s = useStyles();
  return (
    <header className={s.root}>
      <h1 className={s.title}>Bounce Lens</h1>
      <Text size={200} className={s.tagline}>
        Why an email bounced, and who must fix it.
      </Text>
    </header>
  );
}
