import { afterEach, describe, expect, it } from 'vitest';
import {
  addPageSteps,
  finishPage,
  hasPageSteps,
  removePageSteps,
} from '../../../src/site/page-sink.ts';

const NAMES = ['first', 'second', 'reader'];
afterEach(() => NAMES.forEach(removePageSteps));

describe('finishPage', () => {
  it('leaves a page as it is when no feature waits for pages', async () => {
    expect(hasPageSteps()).toBe(false);
    expect(await finishPage('/a/', '<p>a</p>')).toBe('<p>a</p>');
  });

  it('runs the transforms in the order they were added, then gives every reader the result', async () => {
    const read: string[] = [];
    addPageSteps('first', { transform: ({ html }) => `${html}1` });
    addPageSteps('reader', { read: ({ file, html }) => void read.push(`${file}: ${html}`) });
    addPageSteps('second', { transform: ({ html }) => `${html}2` });
    expect(hasPageSteps()).toBe(true);
    expect(await finishPage('/a/', 'x')).toBe('x12');
    expect(read).toEqual(['a/index.html: x12']);
  });

  it('holds the page until a slow reader has caught up, and fails with the reader', async () => {
    let release = () => {};
    addPageSteps('reader', { read: () => new Promise<void>((done) => (release = done)) });
    let finished = false;
    const page = finishPage('/a/', 'x').then(() => (finished = true));
    await new Promise((done) => setTimeout(done, 10));
    expect(finished).toBe(false);
    release();
    await page;
    expect(finished).toBe(true);
    addPageSteps('reader', { read: () => Promise.reject(new Error('no index')) });
    await expect(finishPage('/a/', 'x')).rejects.toThrow('no index');
  });

  it('replaces the steps of a feature added twice, and forgets removed ones', async () => {
    addPageSteps('first', { transform: ({ html }) => `${html}1` });
    addPageSteps('first', { transform: ({ html }) => `${html}one` });
    expect(await finishPage('/', 'x')).toBe('xone');
    removePageSteps('first');
    expect(await finishPage('/', 'x')).toBe('x');
  });
});
