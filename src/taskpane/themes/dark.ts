// One of Fluent's themes, a chunk of its own (see ../themes.ts).
export { webDarkTheme as theme } from '@fluentui/react-components';
