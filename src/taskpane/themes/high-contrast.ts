// One of Fluent's themes, a chunk of its own (see ../themes.ts).
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
