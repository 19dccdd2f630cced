// Keeps what tests cause on purpose out of the test log, so that what is printed
// means something broke: the feed problems the widgets report in the console
// (tests feed them bad feeds) and the 404s of URLs that do not exist on purpose.
// Listed first among the reporters, it removes them from each test file's results
// before the default reporter prints them.

/** URLs that tests ask for to see a failure: name such a URL so that it matches. */
const DELIBERATE_404 = /__test\/status\/|does-not-exist|no-tiles-here\//;

/** One console warning per problem, as src/feed/load.ts `reportIssues` writes them (`events[3].start: …`). */
const FEED_PROBLEM = /^(initiatives|partners|events|criteria|generated)\b\S*: /;

/** A session's log is the list of arguments of one console call. */
const expectedLog = (args) => typeof args?.[0] === 'string' && FEED_PROBLEM.test(args[0]);

export function expectedOutputFilter() {
  return {
    reportTestFileResults({sessionsForTestFile}) {
      for (const session of sessionsForTestFile) {
        session.request404s = session.request404s.filter((url) => !DELIBERATE_404.test(url));
        session.logs = session.logs.filter((log) => !expectedLog(log));
      }
    },
  };
}
