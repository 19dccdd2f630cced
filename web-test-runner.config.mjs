import {defaultReporter} from '@web/test-runner';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROME_ARGS, requireChrome} from './scripts/chrome-path.mjs';
import {testRoutes} from './test/server-routes.mjs';
import {countReporter} from './test/count-reporter.mjs';
import {expectedOutputFilter} from './test/expected-output.mjs';
import {forcedColorsCommand} from './test/forced-colors-command.mjs';

const executablePath = requireChrome();

/** A Chromium whose pages run in the given time zone (the event list is tested under two). */
const chrome = (timezone) =>
  chromeLauncher({
    launchOptions: {executablePath, headless: true, args: CHROME_ARGS},
    createPage: async ({context}) => {
      // A window of its own per page: tabs side by side would be hidden, and hidden pages get no animation frames.
      const page = await context.newPage({type: 'window'});
      if (timezone) await page.emulateTimezone(timezone);
      return page;
    },
  });

// TEST_FILES='test/etalage/**/*.test.ts' npx wtr runs just those files (in Amsterdam time).
const only = process.env.TEST_FILES;

export default {
  nodeResolve: {exportConditions: ['browser', 'production']},
  // In a log (CI, not a terminal) the progress bar would be printed again and again, and its final
  // summary twice: the count reporter prints one summary line instead.
  reporters: [expectedOutputFilter(), defaultReporter({reportTestProgress: Boolean(process.stdout.isTTY)}), countReporter()],
  middleware: [testRoutes],
  plugins: [esbuildPlugin({ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2022'}), forcedColorsCommand()],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 300_000,
  testFramework: {config: {timeout: 10_000}},
  browsers: [chrome('Europe/Amsterdam')],
  ...(only ? {files: only.split(',')} : {}),
  groups: only ? [] : [
    {name: 'unit', files: 'test/**/*.test.ts'},
    // Date and time code runs again in time zones far from Amsterdam.
    {name: 'tz-new-york', files: 'test/**/*.tz.test.ts', browsers: [chrome('America/New_York')]},
    {name: 'tz-tokyo', files: 'test/**/*.tz.test.ts', browsers: [chrome('Asia/Tokyo')]},
  ],
};
