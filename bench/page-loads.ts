/**
 * Cold page loads in headless Chromium: requests, bytes by kind (decoded and as sent, gzip), and
 * the paint and layout-shift figures readers feel. Each load gets a new browser context with the
 * HTTP cache disabled, so every run is a first visit.
 *
 * Service workers are blocked here: a first visit's page needs are measured, and what the offline
 * worker downloads in the background afterwards is measured on its own (offlineBytes).
 */
import type { Browser, CDPSession } from 'playwright-core';
import { medianOfRuns, RESOURCE_KINDS, resourceKind, type ResourceKind } from './stats.ts';

/** One load's figures, flat so that runs can be reduced to medians field by field. */
export type LoadFigures = Record<string, number>;

/** The desktop viewport every load uses, so runs and sites compare. */
const VIEWPORT = { width: 1280, height: 800 };

export interface Transfer {
  url: string;
  mime: string;
  headerBytes: number;
  wireBytes: number;
  rawBytes: number;
}

/** Record every request of a page through the DevTools protocol. */
export function recordTransfers(cdp: CDPSession): Map<string, Transfer> {
  const transfers = new Map<string, Transfer>();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (/^(data|blob):/.test(e.request.url)) return;
    transfers.set(e.requestId, {
      url: e.request.url,
      mime: '',
      headerBytes: 0,
      wireBytes: 0,
      rawBytes: 0,
    });
  });
  cdp.on('Network.responseReceived', (e) => {
    const t = transfers.get(e.requestId);
    if (!t) return;
    t.mime = e.response.mimeType;
    // At this point the bytes received are the status line and headers only.
    t.headerBytes = e.response.encodedDataLength;
  });
  cdp.on('Network.dataReceived', (e) => {
    const t = transfers.get(e.requestId);
    if (t) t.rawBytes += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const t = transfers.get(e.requestId);
    if (t) t.wireBytes = Math.max(0, e.encodedDataLength - t.headerBytes);
  });
  return transfers;
}

/** Paint and layout-shift observers, installed before any of the page's own code runs. */
function observePaints(): void {
  const w = window as unknown as { __bench: { lcp: number; cls: number } };
  w.__bench = { lcp: Number.NaN, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__bench.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
    })[]) {
      if (!entry.hadRecentInput) w.__bench.cls += entry.value;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** One cold load of `url`. */
export async function loadOnce(browser: Browser, url: string): Promise<LoadFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const transfers = recordTransfers(cdp);
    await page.addInitScript(observePaints);
    await page.goto(url, { waitUntil: 'networkidle' });
    // A moment for late layout shifts (fonts, images) to be reported.
    await page.waitForTimeout(300);
    const paints = await page.evaluate(() => {
      const w = window as unknown as { __bench: { lcp: number; cls: number } };
      const fcp =
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
      return { fcp, lcp: w.__bench.lcp, cls: w.__bench.cls };
    });
    const figures: LoadFigures = { requests: transfers.size, ...paints };
    for (const kind of [...RESOURCE_KINDS, 'total'] as const) {
      figures[`raw_${kind}`] = 0;
      figures[`gzip_${kind}`] = 0;
    }
    for (const t of transfers.values()) {
      const kind: ResourceKind = resourceKind(t.mime, t.url);
      for (const k of [kind, 'total']) {
        figures[`raw_${k}`]! += t.rawBytes;
        figures[`gzip_${k}`]! += t.wireBytes;
      }
    }
    return figures;
  } finally {
    await context.close();
  }
}

/** The median of `runs` cold loads of `url`. */
export async function measurePage(browser: Browser, url: string, runs = 5): Promise<LoadFigures> {
  const all: LoadFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await loadOnce(browser, url));
  return medianOfRuns(all);
}

/**
 * What the offline service worker downloads after a first visit to `url` (bytes as sent, and
 * files), or undefined when the site registers no worker within a few seconds.
 */
export async function offlineBytes(
  browser: Browser,
  url: string,
): Promise<{ bytes: number; files: number } | undefined> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    let bytes = 0;
    let files = 0;
    context.on('requestfinished', async (request) => {
      if (!request.serviceWorker()) return;
      const sizes = await request.sizes().catch(() => undefined);
      files += 1;
      bytes += sizes?.responseBodySize ?? 0;
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const registered = await page
      .evaluate(() =>
        Promise.race([
          navigator.serviceWorker?.ready.then(() => true),
          new Promise((done) => setTimeout(() => done(false), 5000)),
        ]),
      )
      .catch(() => false);
    if (!registered) return undefined;
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    return { bytes, files };
  } finally {
    await context.close();
  }
}
