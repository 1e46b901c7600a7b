import type { Browser } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import {
  clientModeWarning,
  detectMode,
  sharedBrowserType,
} from '../../../src/diagrams/chromium.ts';

describe('detectMode', () => {
  const only = (path: string) => (p: string) => p === path;

  it('uses CHROME_PATH when it exists', () => {
    expect(detectMode({ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome'))).toEqual({
      kind: 'svg',
      executablePath: '/opt/chrome',
    });
  });

  it('falls back to the browser when CHROME_PATH points nowhere, and says so', () => {
    const mode = detectMode({ CHROME_PATH: '/nope' }, only('/usr/bin/chromium'));
    expect(mode).toEqual({
      kind: 'client',
      reason: 'CHROME_PATH is set to /nope, but no file is there.',
    });
  });

  it('otherwise takes the first well-known path that exists', () => {
    expect(detectMode({}, only('/usr/bin/google-chrome'))).toEqual({
      kind: 'svg',
      executablePath: '/usr/bin/google-chrome',
    });
  });

  it('draws in the browser when nothing is found, or when PEACE_DIAGRAMS=client forces it', () => {
    expect(detectMode({}, () => false)).toMatchObject({
      kind: 'client',
      reason: expect.stringMatching(/^No Chrome or Chromium found/),
    });
    expect(
      detectMode({ PEACE_DIAGRAMS: 'client', CHROME_PATH: '/opt/chrome' }, () => true),
    ).toEqual({
      kind: 'client',
      reason: 'PEACE_DIAGRAMS=client is set.',
    });
  });

  it('the warning says what happens and how to install Chromium or set CHROME_PATH', () => {
    const text = clientModeWarning('No Chrome or Chromium found.');
    expect(text).toMatch(/^\[diagrams\] No Chrome or Chromium found\./);
    expect(text).toContain("drawn in the reader's browser");
    expect(text).toContain('apt-get install chromium');
    expect(text).toContain('CHROME_PATH');
  });
});

describe('sharedBrowserType', () => {
  function fakeBrowser() {
    const context = { newPage: vi.fn(async () => 'page'), close: vi.fn(async () => undefined) };
    const browser = { newContext: vi.fn(async () => context), close: vi.fn(async () => undefined) };
    return { browser, context };
  }

  it('hands out the one running browser, and "closing" it only closes the contexts it opened', async () => {
    const { browser, context } = fakeBrowser();
    const getBrowser = vi.fn(async () => browser as unknown as Browser);
    const type = sharedBrowserType(getBrowser);
    const launched = await type.launch();
    const ctx = await launched.newContext({ bypassCSP: true });
    expect(await ctx.newPage()).toBe('page');
    await ctx.close();
    await launched.close();
    expect(context.close).toHaveBeenCalledTimes(1);
    expect(browser.close).not.toHaveBeenCalled();
    await type.launch();
    expect(getBrowser).toHaveBeenCalledTimes(2);
  });

  it('swallows a context close that fails because the build already closed the browser', async () => {
    const { browser, context } = fakeBrowser();
    context.close.mockRejectedValueOnce(
      new Error('Target page, context or browser has been closed'),
    );
    const launched = await sharedBrowserType(async () => browser as unknown as Browser).launch();
    const ctx = await launched.newContext();
    await expect(ctx.close()).resolves.toBeUndefined();
  });
});
