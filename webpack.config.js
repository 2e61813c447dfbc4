// One entry and HTML page per surface, as in Microsoft's Office add-in React template:
//   taskpane.html  – the task pane (compose and read), Office.js from Microsoft's CDN
//   commands.html  – the on-send handler for browser runtimes (commands-web.js, the full engine);
//                    commands.js is the single classic script that classic Outlook on Windows
//                    loads on its own (ES2016, the send core)
//   playground.html – the real task pane against a simulated mailbox (Office.js from npm)
// plus the library (dist/lib/index.mjs) and the CLI (dist/cli.js).
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { EsbuildPlugin } = require('esbuild-loader');
const pkg = require('./package.json');

const DEV_ORIGIN = 'https://localhost:3000';
const dist = path.resolve(__dirname, 'dist');

/** The origin the production manifest points at: REPLY_COACH_ORIGIN, else package.json config. */
function productionOrigin() {
  const origin = (process.env.REPLY_COACH_ORIGIN || pkg.config.productionOrigin).replace(/\/+$/, '');
  if (!/^https:\/\/[^/]+$/.test(origin)) {
    throw new Error(`REPLY_COACH_ORIGIN must be an https origin such as https://addin.example.com, got "${origin}"`);
  }
  return origin;
}

async function devCertificates() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

function tsRule(target) {
  return {
    // Dependencies are lowered too: the classic runtime understands only ES2016.
    test: /\.[cm]?[jt]sx?$/,
    loader: 'esbuild-loader',
    options: { target, jsx: 'automatic' },
  };
}

const resolve = { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] };

module.exports = async (env, argv) => {
  const dev = argv.mode !== 'production';
  const origin = dev ? DEV_ORIGIN : productionOrigin();
  const minimizer = (target) => [new EsbuildPlugin({ target, legalComments: 'none', treeShaking: true })];

  const taskpane = {
    name: 'taskpane',
    mode: dev ? 'development' : 'production',
    devtool: dev ? 'source-map' : false,
    target: ['web', 'es2019'],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      'playground-host': './src/playground/host.ts',
      'playground-office': './src/playground/office-stand-in.ts',
    },
    output: { path: dist, filename: '[name].js', clean: false },
    resolve,
    module: { rules: [tsRule('es2019')] },
    // Terser (webpack's default minimizer) drops the unused icons Fluent's barrels pull in;
    // esbuild's minifier keeps them.
    optimization: { splitChunks: false, runtimeChunk: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { officeJs: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' },
      }),
      new HtmlWebpackPlugin({
        filename: 'playground-pane.html',
        template: './src/taskpane/taskpane.html',
        // Office.js from the npm package, then the simulated mailbox, then the real pane.
        chunks: ['playground-office', 'taskpane'],
        chunksSortMode: 'manual',
        templateParameters: { officeJs: 'office-js/office.js' },
      }),
      new HtmlWebpackPlugin({
        filename: 'playground.html',
        template: './src/playground/playground.html',
        chunks: ['playground-host'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'src/taskpane/support.html', to: 'support.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) => content.toString().split(DEV_ORIGIN).join(origin),
          },
          {
            from: 'node_modules/@microsoft/office-js/dist/office.js',
            to: 'office-js/office.js',
            info: { minimized: true },
          },
          { from: 'node_modules/@microsoft/office-js/dist/en-us', to: 'office-js/en-us', info: { minimized: true } },
        ],
      }),
    ],
    devServer: {
      static: { directory: dist },
      // Outlook loads add-ins only over https: `npm run dev-server` uses the trusted
      // localhost certificate that office-addin-dev-certs installs.
      ...(env && env.https ? { server: { type: 'https', options: await devCertificates() } } : {}),
      port: Number(process.env.PORT || 3000),
      // No hot-reload client: it would be injected into the classic send script too.
      hot: false,
      liveReload: false,
      client: false,
      headers: { 'Access-Control-Allow-Origin': '*' },
    },
  };

  const commands = {
    name: 'commands',
    mode: dev ? 'development' : 'production',
    devtool: false, // an eval or inline source map would break the classic runtime
    target: ['web', 'es2016'],
    // commands.js: classic Outlook's one self-contained script (send core, 60 KB budget);
    // commands-web.js: the browser runtimes' full engine, loaded by commands.html.
    entry: { commands: './src/commands/classic.ts', 'commands-web': './src/commands/web.ts' },
    output: { path: dist, filename: '[name].js', iife: true, chunkFormat: false, chunkLoading: false },
    resolve,
    module: { rules: [tsRule('es2016')] },
    optimization: {
      minimize: !dev,
      minimizer: minimizer('es2016'),
      // One scope even in development builds: no module wrapper left in the classic script.
      concatenateModules: true,
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands-web'],
        inject: false,
      }),
    ],
  };

  const library = {
    name: 'library',
    mode: 'production',
    devtool: false,
    target: ['web', 'es2019'],
    entry: { index: './src/index.ts' },
    experiments: { outputModule: true },
    output: { path: path.join(dist, 'lib'), filename: '[name].mjs', library: { type: 'module' } },
    externalsType: 'module',
    externals: Object.keys(pkg.dependencies),
    resolve,
    module: { rules: [tsRule('es2019')] },
    optimization: { minimize: false },
    performance: { hints: false },
  };

  const cli = {
    name: 'cli',
    mode: 'production',
    devtool: false,
    target: 'node20',
    entry: { cli: './src/cli/main.ts' },
    output: { path: dist, filename: '[name].js', library: { type: 'commonjs2' } },
    // Self-contained (ESM-only dependencies such as postal-mime are bundled in).
    externalsPresets: { node: true },
    resolve,
    module: { rules: [tsRule('node20')] },
    optimization: { minimize: false },
    performance: { hints: false },
  };

  return [taskpane, commands, library, cli];
};
