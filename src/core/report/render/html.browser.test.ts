// The HTML report in a real browser: Debian's headless Chromium, driven by playwright-core (no browser
// download). The page must load from file:// with no console error, no failed request and no request
// anywhere else, show its verdict and numbers, fit the window, and give a screenshot (also kept for
// humans in .modelops/screenshots/). Skipped, saying why, where /usr/bin/chromium is not installed;
// .ci/run installs it in CI.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goldenReport } from '../../../testing/golden-reports.js';
import type { Report } from '../model.js';
import { summaryText } from './common.js';
import { renderHtml } from './html.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const SCREENSHOTS = join(import.meta.dirname, '..', '..', '..', '..', '.modelops', 'screenshots');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

if (!available) console.warn(`skipping the HTML report's browser test: ${CHROMIUM} not found (Debian: apt-get install -y chromium; CI installs it)`);

interface PageRun {
  url: string;
  consoleErrors: string[];
  failedRequests: string[];
  requests: string[];
  screenshot: string;
}

describe.skipIf(!available)(`the HTML report in headless Chromium${available ? '' : ` (skipped: ${CHROMIUM} not found; apt-get install -y chromium)`}`, () => {
  let dir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'modelops-html-'));
    // A fresh profile each run: nothing cached, nothing synced, no first-run page.
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Writes the page, loads it from file://, records what it logged and asked for, and takes a full-page screenshot. */
  async function load(report: Report, name: string): Promise<PageRun & { page: Awaited<ReturnType<BrowserContext['newPage']>> }> {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, renderHtml(report));
    const page = await context.newPage();
    const run: PageRun = { url: pathToFileURL(file).href, consoleErrors: [], failedRequests: [], requests: [], screenshot: join(dir, `${name}.png`) };
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') run.consoleErrors.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => run.consoleErrors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => run.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
    page.on('request', (request) => run.requests.push(request.url()));
    // Anything but the file itself is refused, so a stray URL fails the test instead of reaching the network.
    await page.route(/^(?!file:)/, (route) => route.abort('blockedbyclient'));
    await page.goto(run.url, { waitUntil: 'load' });
    await page.screenshot({ path: run.screenshot, fullPage: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    writeFileSync(join(SCREENSHOTS, `${name}.png`), readFileSync(run.screenshot));
    return { ...run, page };
  }

  function expectCleanLoad(run: PageRun): void {
    expect(run.consoleErrors).toEqual([]);
    expect(run.failedRequests).toEqual([]);
    // The page itself is the only request: no stylesheet, font, image or script, on file:// or elsewhere.
    expect(run.requests).toEqual([run.url]);
    const png = readFileSync(run.screenshot);
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(png.length).toBeGreaterThan(50_000);
  }

  it(
    "renders the example repository's gate report: verdict, gates, metrics, fairness and drift charts",
    async () => {
      const report = goldenReport('gate-warn');
      const run = await load(report, 'gate-report');
      expectCleanLoad(run);
      const { page } = run;
      const verdict = page.getByRole('status');
      expect(await verdict.isVisible()).toBe(true);
      expect(await verdict.textContent()).toBe(`Verdict: ${report.verdict.toUpperCase()}${summaryText(report)} · exit ${report.exitCode}`);
      expect(await page.getByRole('heading', { level: 2, name: /credit-risk 1\.0\.0 \(production\)/ }).isVisible()).toBe(true);
      // A metric, its value and its bound, as a reader sees them.
      const rocAuc = page.getByRole('row', { name: /^roc_auc 0\.7794 ≥ 0\.72/ });
      expect(await rocAuc.isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: /^Selection rate by sex: female 21\.6%; male 26\.2%; overall 25\.0%\.$/ }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: /^Histogram of installment_commitment/ }).isVisible()).toBe(true);
      expect(await page.getByRole('img', { name: /^Permutation importance/ }).isVisible()).toBe(true);
      // Charts and tables fit the window: nothing scrolls sideways.
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.close();
    },
    60_000,
  );

  it(
    'renders a pull request against the production version: the champion forest plot and both models in the charts',
    async () => {
      const run = await load(goldenReport('gate-pull-request-fail'), 'gate-report-champion');
      expectCleanLoad(run);
      const { page } = run;
      expect(await page.getByRole('heading', { level: 3, name: 'Champion vs challenger' }).isVisible()).toBe(true);
      const forest = page.getByRole('img', { name: /^Forest plot of model minus champion 1\.0\.0/ });
      expect(await forest.isVisible()).toBe(true);
      const box = (await forest.boundingBox())!;
      expect(box.width).toBeGreaterThan(500);
      expect(box.height).toBeGreaterThan(60);
      expect(await page.getByRole('img', { name: /^Selection rate by sex: .*\(champion 21\.6%\)/ }).isVisible()).toBe(true);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      await page.close();
    },
    60_000,
  );
});
