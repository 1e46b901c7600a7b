import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  actorUrl,
  builtFileUrl,
  editUrl,
  fileOfPage,
  isUnderBase,
  normaliseBase,
  pageUrl,
  withBase,
  withoutBase,
} from '../../../src/shared/urls.ts';

describe('urls', () => {
  it('maps the index page to the home page', () => {
    expect(pageUrl('index')).toBe('/');
    expect(pageUrl('the-plan')).toBe('/the-plan/');
    expect(actorUrl('steve-witkoff')).toBe('/actors/steve-witkoff/');
  });

  it('builds an edit link from the repository, branch and file', () => {
    expect(editUrl('https://github.com/o/r/', 'main', './content/pages/the-plan.mdx')).toBe(
      'https://github.com/o/r/edit/main/content/pages/the-plan.mdx',
    );
  });

  it('makes absolute URLs whether or not the site ends with a slash', () => {
    expect(absoluteUrl('https://example.org', '/the-plan/')).toBe('https://example.org/the-plan/');
    expect(absoluteUrl('https://example.org/', '/')).toBe('https://example.org/');
  });

  it('keeps the path of a site served under a sub-path in absolute URLs', () => {
    expect(absoluteUrl('https://o.github.io/repo', '/the-plan/')).toBe(
      'https://o.github.io/repo/the-plan/',
    );
    expect(absoluteUrl('https://o.github.io/repo/', '/')).toBe('https://o.github.io/repo/');
    expect(absoluteUrl('https://o.github.io/repo', '/uk/updates.xml')).toBe(
      'https://o.github.io/repo/uk/updates.xml',
    );
  });

  it('writes a base in one form', () => {
    expect(normaliseBase('/')).toBe('');
    expect(normaliseBase('')).toBe('');
    expect(normaliseBase('/repo/')).toBe('/repo');
    expect(normaliseBase('repo')).toBe('/repo');
  });

  it('adds the base to site paths once, and takes it away again', () => {
    expect(withBase('/repo/', '/the-plan/')).toBe('/repo/the-plan/');
    expect(withBase('/repo', '/')).toBe('/repo/');
    // A site path that starts like the base is a site path all the same.
    expect(withBase('/actors', '/actors/steve-witkoff/')).toBe('/actors/actors/steve-witkoff/');
    expect(withBase('/uk', '/uk/the-plan/')).toBe('/uk/uk/the-plan/');
    expect(withBase('/repo', '/repository/')).toBe('/repo/repository/');
    expect(withBase('/repo', '#x')).toBe('#x');
    expect(withBase('/repo', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(withBase('/', '/the-plan/')).toBe('/the-plan/');
    expect(withoutBase('/repo/', '/repo/uk/the-plan/')).toBe('/uk/the-plan/');
    expect(withoutBase('/repo', '/repo')).toBe('/');
    expect(withoutBase('/repo', '/elsewhere/')).toBe('/elsewhere/');
    expect(withoutBase('', '/x/')).toBe('/x/');
    expect(isUnderBase('/repo', '/repo?q=1')).toBe(true);
    expect(isUnderBase('/repo', '/repo-x/')).toBe(false);
  });
});

describe('fileOfPage', () => {
  it('names the file Astro writes a page to', () => {
    expect(fileOfPage('/')).toBe('index.html');
    expect(fileOfPage('/uk/the-plan/')).toBe('uk/the-plan/index.html');
    expect(fileOfPage('/404/')).toBe('404.html');
    expect(fileOfPage('/404')).toBe('404.html');
    expect(fileOfPage('/actors/%D0%BA/')).toBe('actors/к/index.html');
  });

  it('gives back the address builtFileUrl reads off the file', () => {
    for (const url of ['/', '/the-plan/', '/uk/actors/donald-trump/']) {
      expect(builtFileUrl(fileOfPage(url))).toBe(url);
    }
  });
});
