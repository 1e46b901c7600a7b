import { describe, expect, it } from 'vitest';
import { injectSavedNotice, SAVED_WORDS } from '../../../src/offline/client/saved-notice.ts';
import { t } from '../../../src/i18n/dictionaries/index.ts';
import { LOCALES } from '../../../src/i18n/locales.ts';

describe('the saved-copy notice', () => {
  it('has the words of every language, equal to its dictionary', () => {
    expect(Object.keys(SAVED_WORDS).sort()).toEqual(LOCALES.map((l) => l.code).sort());
    for (const { code } of LOCALES) {
      expect(SAVED_WORDS[code]).toEqual({
        savedCopy: t(code, 'offline.savedCopy'),
        savedOn: t(code, 'offline.savedOn'),
        earlierVisit: t(code, 'offline.earlierVisit'),
      });
    }
  });

  it('speaks the page’s language', () => {
    const uk = injectSavedNotice('<html lang="uk"><body><p>x</p></body></html>', 'not a date');
    expect(uk).toContain(t('uk', 'offline.savedCopy'));
    expect(uk).toContain(t('uk', 'offline.earlierVisit'));
    const en = injectSavedNotice('<html lang="en-GB"><body></body></html>', '2025-11-25T10:00:00Z');
    expect(en).toContain(t('en', 'offline.savedCopy'));
    expect(en).toContain('25 November 2025');
  });
});
