/**
 * The words of the offline copy in each language of the site: the saved-copy notice, the offline
 * page and the save-everything control. Browser code (the worker and the control) cannot read
 * src/i18n/dictionaries/, so the words it shows live here; the control's button, which the build
 * writes into the page, takes its words from the dictionaries.
 */

/** The words of one language. */
export interface OfflineWords {
  /** For dates, `Intl` style. */
  locale: string;
  savedCopy: string;
  /** `{when}` is the date and time the copy was saved. */
  savedOn: string;
  earlierVisit: string;
  offlineTitle: string;
  /** `{page}` is the address that was asked for. */
  offlineBody: string;
  savedPagesHeading: string;
  noSavedPages: string;
  searchSaved: string;
  searchNotSaved: string;
  /** `{pages}` pages, `{size}` to download. */
  saveOffer: string;
  saveStart: string;
  /** `{done}` of `{total}` files, `{size}` so far. */
  saveProgress: string;
  cancel: string;
  cancelled: string;
  /** `{pages}` pages saved. */
  saveDone: string;
  removeHow: string;
  remove: string;
  removed: string;
  saveFailed: string;
  unavailable: string;
}

const EN: OfflineWords = {
  locale: 'en-GB',
  savedCopy: 'You are reading a saved copy',
  savedOn:
    '(saved on {when}). The network could not be reached, so it may be out of date; it updates when the connection returns.',
  earlierVisit: 'an earlier visit',
  offlineTitle: 'You are offline',
  offlineBody:
    'The page {page} was not saved on this device, and the network cannot be reached. These pages are saved and can be read now:',
  savedPagesHeading: 'Saved pages',
  noSavedPages: 'No page of this edition is saved yet.',
  searchSaved: 'Search works offline: it finds every page, and the saved ones open.',
  searchNotSaved:
    'Search is not saved on this device: it works offline once you have searched while online.',
  saveOffer: 'This saves {pages} pages and the search index: {size} to download.',
  saveStart: 'Save now',
  saveProgress: 'Saving: {done} of {total} files ({size}).',
  cancel: 'Cancel',
  cancelled: 'Stopped. What was already downloaded stays saved.',
  saveDone: 'Saved: {pages} pages and search can be read on this device without a network.',
  removeHow:
    'To free the space, remove the copy here, or clear this site’s data in your browser’s settings.',
  remove: 'Remove the saved copy',
  removed:
    'The saved copy of this edition is removed; pages you read are saved again as you read them.',
  saveFailed: 'Saving stopped: the network could not be reached. Try again when you are online.',
  unavailable: 'Offline saving is not available in this browser or in private browsing.',
};

const UK: OfflineWords = {
  locale: 'uk',
  savedCopy: 'Ви читаєте збережену копію',
  savedOn:
    '(збережено {when}). Мережа недоступна, тож копія може бути застарілою; вона оновиться, щойно з’єднання відновиться.',
  earlierVisit: 'під час попереднього візиту',
  offlineTitle: 'Немає з’єднання з мережею',
  offlineBody:
    'Сторінку {page} не збережено на цьому пристрої, а мережа недоступна. Ці сторінки збережено, їх можна читати зараз:',
  savedPagesHeading: 'Збережені сторінки',
  noSavedPages: 'Жодної сторінки цього видання ще не збережено.',
  searchSaved: 'Пошук працює без мережі: він знаходить усі сторінки, а збережені відкриваються.',
  searchNotSaved:
    'Пошук не збережено на цьому пристрої: він запрацює без мережі, коли ви хоч раз пошукаєте онлайн.',
  saveOffer: 'Буде збережено всі сторінки ({pages}) і пошуковий індекс: {size} для завантаження.',
  saveStart: 'Зберегти',
  saveProgress: 'Збереження: {done} з {total} файлів ({size}).',
  cancel: 'Скасувати',
  cancelled: 'Зупинено. Уже завантажене залишається збереженим.',
  saveDone:
    'Збережено всі сторінки ({pages}) і пошук: їх можна читати на цьому пристрої без мережі.',
  removeHow:
    'Щоб звільнити місце, видаліть копію тут або очистьте дані цього сайту в налаштуваннях браузера.',
  remove: 'Видалити збережену копію',
  removed:
    'Збережену копію цього видання видалено; сторінки, які ви читаєте, знову зберігатимуться.',
  saveFailed: 'Збереження зупинено: мережа недоступна. Спробуйте ще раз, коли будете онлайн.',
  unavailable:
    'Збереження для читання без мережі недоступне в цьому браузері або в приватному режимі.',
};

/** The words of each language code. */
export const OFFLINE_WORDS: Readonly<Record<string, OfflineWords>> = { en: EN, uk: UK };

/** The words for a language code, English when the language has none. */
export function wordsFor(code: string): OfflineWords {
  return OFFLINE_WORDS[code] ?? EN;
}

/** Fill `{name}` slots in a phrase. */
export function fill(phrase: string, values: Record<string, string | number>): string {
  return phrase.replace(/\{(\w+)\}/g, (slot, name: string) =>
    name in values ? String(values[name]) : slot,
  );
}

/** A size for readers: "380 KB", "7.1 MB". */
export function formatSize(bytes: number, locale: string): string {
  const kb = bytes / 1024;
  const format = (n: number, digits: number) =>
    n.toLocaleString(locale, { maximumFractionDigits: digits });
  return kb < 1024 ? `${format(Math.max(1, Math.round(kb)), 0)} KB` : `${format(kb / 1024, 1)} MB`;
}
