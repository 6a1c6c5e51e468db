// One of Fluent's themes, a chunk of its own (see ../themes.ts).
export { webLightTheme as theme } from '@fluentui/react-components';
