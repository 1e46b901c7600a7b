import { describe, expect, it } from 'vitest';
import { absoluteUrl, actorUrl, editUrl, pageUrl } from '../../../src/shared/urls.ts';

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
});
