/**
 * Accessibility in every end-to-end test: axe-core checks each page a test reaches and each state it asks
 * for, and fails the test on serious and critical violations.
 *
 * Specs import `test` and `expect` from here instead of @playwright/test. Then, with nothing else to write:
 * - every page.goto / reload is followed by a check of the page it opened;
 * - a page reached another way (a click, a form, a redirect) is checked before the next goto, and when the
 *   test ends (its last state);
 * - pages of contexts a spec opens itself (browser.newContext) are watched the same way.
 * States a test opens on a page (a disclosure, a dialog, a finished analysis) are checked by calling
 * `expectAccessible(page, "what is open")`.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";

export { expect };

const FAILING_IMPACTS = new Set(["serious", "critical"]);
/** Errors that mean the page moved on while axe ran: check again once it has settled. */
const NAVIGATED = /Execution context was destroyed|navigat|Target (page, context or browser )?(has been )?closed|frame was detached/i;

interface Watch {
  /** URL and state last checked, so an unchanged page is not checked twice in a row. */
  lastChecked: string | null;
}

const watches = new WeakMap<Page, Watch>();
/** The test's own context: its last state is checked by the fixture, and Playwright closes it after the test. */
const fixtureContexts = new WeakSet<BrowserContext>();

function describeViolation(v: { id: string; impact?: string | null; help: string; nodes: { target: unknown; failureSummary?: string }[] }): string {
  const nodes = v.nodes
    .slice(0, 5)
    .map((n) => `    ${JSON.stringify(n.target)}${n.failureSummary ? `: ${n.failureSummary.split("\n").slice(1).join(" ").trim()}` : ""}`)
    .join("\n");
  return `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} element${v.nodes.length === 1 ? "" : "s"})\n${nodes}`;
}

/** Runs axe on the page as it is now and fails on serious or critical violations. */
export async function expectAccessible(page: Page, state = "page"): Promise<void> {
  const url = page.url();
  if (page.isClosed() || !/^https?:/.test(url)) return;
  for (let attempt = 0; ; attempt++) {
    try {
      await page.waitForLoadState("load");
      const results = await new AxeBuilder({ page }).analyze();
      const failing = results.violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ""));
      expect(failing.map(describeViolation), `axe found serious or critical problems on ${state} (${url})`).toEqual([]);
      const watch = watches.get(page);
      if (watch) watch.lastChecked = `${page.url()}#${state}`;
      return;
    } catch (error) {
      if (page.isClosed()) return;
      if (attempt < 2 && error instanceof Error && NAVIGATED.test(error.message)) continue;
      throw error;
    }
  }
}

/** Checks the page unless this URL was the last thing checked on it (a state label counts as checked too). */
async function checkIfNew(page: Page, state: string): Promise<void> {
  const watch = watches.get(page);
  if (!watch || page.isClosed() || !/^https?:/.test(page.url())) return;
  if (watch.lastChecked?.startsWith(`${page.url()}#`)) return;
  await expectAccessible(page, state);
}

/** Makes page.goto and page.reload check what they open, and check a page reached by other means first. */
export function watchPage(page: Page): void {
  if (watches.has(page)) return;
  watches.set(page, { lastChecked: null });
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = (async (url, options) => {
    await checkIfNew(page, "the page reached before this navigation");
    const response = await goto(url, options);
    await checkIfNew(page, `the page opened by goto(${url})`);
    return response;
  });
  page.reload = (async (options) => {
    const response = await reload(options);
    await expectAccessible(page, "the reloaded page");
    return response;
  });
}

const watchedContexts = new WeakSet<BrowserContext>();

function watchContext(context: BrowserContext): void {
  if (watchedContexts.has(context)) return;
  watchedContexts.add(context);
  for (const page of context.pages()) watchPage(page);
  context.on("page", watchPage);
  // Before a spec closes its own context, its pages' last states are checked.
  const close = context.close.bind(context);
  context.close = (async (options) => {
    if (!fixtureContexts.has(context)) {
      for (const page of context.pages()) await checkIfNew(page, "the last state before the context closed");
    }
    return close(options);
  });
}

export const test = base.extend<{ a11yContext: void }, { a11yBrowser: Browser }>({
  // Contexts a spec makes itself (a second user in the same test).
  a11yBrowser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      browser.newContext = (async (options) => {
        const context = await newContext(options);
        watchContext(context);
        return context;
      });
      await use(browser);
    },
    { scope: "worker", auto: true },
  ],
  // The test's own page; its last state is checked when the test ends (if the test passed so far).
  a11yContext: [
    async ({ context }, use, testInfo) => {
      fixtureContexts.add(context);
      watchContext(context);
      await use();
      if (testInfo.status !== testInfo.expectedStatus) return;
      for (const page of context.pages()) await checkIfNew(page, "the last state of the test");
    },
    { auto: true },
  ],
});
