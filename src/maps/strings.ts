/**
 * The words of the maps in each language the site is written in. The maps take the language as
 * an input: places carry `name` (English) and `nameUk` (Ukrainian), and everything else a map
 * says comes from here. Each sentence says only what the sources say.
 */

/** The languages a map can be labelled in. */
export const MAP_LANGS = ['en', 'uk'] as const;
export type MapLang = (typeof MAP_LANGS)[number];

/** The maps the site draws. */
export type MapKind = 'fighting' | 'talks';

export interface MapStrings {
  /** The SVG's title and the figure's caption. */
  title: Record<MapKind, string>;
  /** The SVG's description, given the places as a list of names ("Kyiv, Pokrovsk and …"). */
  description: Record<MapKind, (places: string) => string>;
  /** The summary of the text version. */
  inWords: string;
  /** Where the map's data comes from, under the text version. */
  credits: string;
}

export const MAP_STRINGS: Record<MapLang, MapStrings> = {
  en: {
    title: {
      fighting: 'Places of the fighting and strikes named in the reports, to 25 November 2025',
      talks:
        'Where the US held or plans talks with Russia and Ukraine, as reported on 25 November 2025',
    },
    description: {
      fighting: (places) =>
        `A map of Ukraine and its neighbours marking ${places}. Borders are drawn as ` +
        'internationally recognised, with Crimea as part of Ukraine. The map shows no front ' +
        'lines and no areas of control.',
      talks: (places) =>
        `A map of the northern half of the world marking ${places}: the places where the United ` +
        'States held talks with Russia or Ukraine, or plans to.',
    },
    inWords: 'The map in words',
    credits:
      'Borders and coastlines: Natural Earth (1:50m and 1:110m), with Crimea as part of Ukraine ' +
      'as UN General Assembly resolution 68/262 recognises it. City positions: GeoNames.',
  },
  uk: {
    title: {
      fighting: 'Місця боїв і ударів, названі в повідомленнях, до 25 листопада 2025 року',
      talks:
        'Де США провели або планують переговори з Росією та Україною, станом на 25 листопада 2025 року',
    },
    description: {
      fighting: (places) =>
        `Мапа України та сусідніх країн, на якій позначено: ${places}. Кордони показано як ` +
        'визнані міжнародною спільнотою, Крим — у складі України. Лінії фронту й зони контролю ' +
        'на мапі не показано.',
      talks: (places) =>
        `Мапа північної половини світу, на якій позначено: ${places}. Це місця, де США провели ` +
        'або планують переговори з Росією чи Україною.',
    },
    inWords: 'Мапа словами',
    credits:
      'Кордони й узбережжя: Natural Earth (1:50m і 1:110m), Крим — у складі України, як його ' +
      'визнає резолюція Генеральної Асамблеї ООН 68/262. Розташування міст: GeoNames.',
  },
};

/** "A, B and C" in the map's language. */
export function listOf(names: readonly string[], lang: MapLang): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
