// A test runner command: `executeServerCommand('emulate-forced-colors', {active: true})`
// turns Chromium's forced-colors emulation (Windows high contrast) on for the test's
// page; `{active: false}` turns it off. @web/test-runner-commands' emulateMedia passes
// forcedColors to Playwright only, and Puppeteer's emulateMediaFeatures refuses the
// feature, so this asks the DevTools protocol directly. The protocol session stays
// open per page: emulation set through a session ends when the session detaches.
export function forcedColorsCommand() {
  const sessions = new WeakMap();
  return {
    name: 'ncte-emulate-forced-colors',
    async executeCommand({command, payload, session}) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value: payload?.active ? 'active' : 'none'}]});
      return true;
    },
  };
}
