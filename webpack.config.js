// Builds the task pane. Production (`npm run build`): dist/ with taskpane.html, the JS (the
// engine and the .msg reader as chunks loaded on demand), assets/ and manifest.xml with
// https://localhost:3000/ replaced by ADDIN_URL. Development (`webpack serve`): the HTTPS dev
// server on port 3000 with office-addin-dev-certs, as Office's templates do.
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';

/** Where the pane is hosted in production; Office requires https. */
function addinUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) {
    console.warn(`ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}`);
    return DEV_URL;
  }
  if (!url.startsWith('https://')) throw new Error(`ADDIN_URL must be an https:// URL, got ${url}`);
  return url.endsWith('/') ? url : `${url}/`;
}

async function devServer() {
  // Only `webpack serve` needs certificates; requiring the package lazily keeps builds (and CI)
  // from touching the certificate store.
  const devCerts = require('office-addin-dev-certs');
  return {
    port: 3000,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
    static: false,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const url = production ? addinUrl() : DEV_URL;
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: env.outDir ? path.resolve(env.outDir) : path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Relative dynamic imports carry .js (Node16 resolution in the shared tsconfig); the
      // sources are .ts.
      extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
      // msgreader needs iconv-lite only for ANSI code pages we never configure; the stand-in avoids
      // bundling Node's Buffer.
      alias: { 'iconv-lite$': path.resolve(__dirname, 'src/office/iconv-lite-browser.ts') },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader, then Griffel's build-time transform, which turns
          // our makeStyles() calls into precomputed CSS (as Fluent ships its own components), so
          // that Griffel's runtime style compiler (rtl-css-js, stylis; about 8 KB gzipped) is not
          // bundled. jest keeps the runtime makeStyles.
          use: [
            {
              loader: '@griffel/webpack-loader',
              options: { modules: [{ moduleSource: '@fluentui/react-components', importName: 'makeStyles', resetImportName: 'makeResetStyles' }] },
            },
            { loader: 'ts-loader', options: { configFile: 'tsconfig.pane.json', transpileOnly: true } },
          ],
        },
        {
          // The engine has no side effects on import (no globals, no module state that matters:
          // .dependency-cruiser.cjs and eslint.config.mjs hold it to that), so what the pane does not
          // use of its public entry is left out: diagnose()'s defaults (the authentication analysis
          // with tldts, Microsoft's advice) stay in their own on-demand chunks.
          test: /[\\/]src[\\/]diagnosis[\\/]/,
          sideEffects: false,
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => content.toString().split(DEV_URL).join(url) },
        ],
      }),
    ],
    // One file per lazy chunk (engine, msgreader), each with its own dependencies, rather than
    // shared vendor chunks: easier to read, and the two never load each other's code.
    optimization: {
      splitChunks: { cacheGroups: { defaultVendors: false, default: false } },
      // Terser as webpack runs it, told what the pane's targets allow (ES2020 modules: Outlook's
      // webviews are Edge WebView2 and Safari), top-level names mangled, property reads taken as
      // free of side effects, function expressions that use no `this` written as arrows, and a
      // third pass: about 0.7 KB less of the 150 KB budget (the e2e suite runs this build).
      minimizeOptions: {
        javascript: { ecma: 2020, module: true, toplevel: true, compress: { passes: 3, ecma: 2020, pure_getters: true, unsafe_arrows: true }, mangle: { toplevel: true }, format: { ecma: 2020 } },
      },
    },
    // The size budget is a test (test/taskpane/bundle-budget.test.ts), not a warning.
    performance: { hints: false },
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};
