import { describe, expect, it } from 'vitest';
import { injectSavedNotice } from '../../../src/offline/client/saved-notice.ts';
import { wordsFor } from '../../../src/offline/client/strings.ts';
import { t } from '../../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

describe('the saved-copy notice', () => {
  it('has the words of every language, equal to its dictionary', () => {
    for (const { code } of LOCALES) {
      const words = wordsFor(code);
      expect([words.savedCopy, words.savedOn, words.earlierVisit]).toEqual([
        t(code, 'offline.savedCopy'),
        t(code, 'offline.savedOn'),
        t(code, 'offline.earlierVisit'),
      ]);
    }
  });

  it('speaks the page’s language', () => {
    const uk = injectSavedNotice(
      '<html lang="uk"><body><p>x</p></body></html>',
      'not a date',
      'uk',
    );
    expect(uk).toContain(t('uk', 'offline.savedCopy'));
    expect(uk).toContain(t('uk', 'offline.earlierVisit'));
    const en = injectSavedNotice('<html lang="en-GB"><body></body></html>', '2025-11-25T10:00:00Z');
    expect(en).toContain(t('en', 'offline.savedCopy'));
    expect(en).toContain('25 November 2025');
  });
});
