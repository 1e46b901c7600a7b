import { describe, expect, it } from 'vitest';
import { localeOf, localisePath, splitLocale } from '../../../src/i18n/locales.ts';

describe('language paths', () => {
  it('splits a Ukrainian path from its language', () => {
    expect(splitLocale('/uk/the-plan/')).toEqual({ code: 'uk', rest: '/the-plan/' });
    expect(splitLocale('/uk/')).toEqual({ code: 'uk', rest: '/' });
    expect(splitLocale('/ukraine-facts/')).toEqual({ code: 'en', rest: '/ukraine-facts/' });
  });

  it('moves a path, with its section, into another language', () => {
    expect(localisePath('/reactions/#european-allies', 'uk')).toBe(
      '/uk/reactions/#european-allies',
    );
    expect(localisePath('/uk/reactions/', 'en')).toBe('/reactions/');
    expect(localisePath('https://example.org/', 'uk')).toBe('https://example.org/');
  });

  it('names the known languages when asked for an unknown one', () => {
    expect(() => localeOf('fr')).toThrow(
      'Unknown language "fr". The site\'s languages are: en, uk',
    );
  });
});
