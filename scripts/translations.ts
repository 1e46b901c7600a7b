/**
 * `npm run translations`: the status of every translatable entry in every language: up to date,
 * stale (the English changed since the translation was made), not yet stamped, or missing.
 *
 *   npm run translations                      the table, then what to do
 *   npm run translations -- --stamp FILE…     record that these translations match their English now
 *   npm run translations -- --stamp-new       stamp every translation that has no record yet
 *
 * Stamping says "this translation says what the English says today". Stamp a stale translation
 * only after bringing it up to date; the check compares the record with the English on every run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { readContentDir } from '../src/collections/reader.ts';
import { TRANSLATION_CODES } from '../src/i18n/locales.ts';
import { stampTranslation } from '../src/i18n/stamp.ts';
import { readTranslations, statusTable } from '../src/i18n/translations.ts';

const args = process.argv.slice(2);
const content = readContentDir('content');
const set = readTranslations(content);

const stampFiles = args.includes('--stamp')
  ? args.filter((a) => !a.startsWith('--')).map((a) => a.replace(/^\.\//, ''))
  : args.includes('--stamp-new')
    ? set.translations.filter((t) => t.status === 'unstamped').map((t) => t.file)
    : [];

if (stampFiles.length > 0) {
  for (const file of stampFiles) {
    const translation = set.translations.find((t) => t.file === file);
    if (!translation) {
      console.error(
        `${file}: not a translation the check could read; run \`npm run check\` to see why.`,
      );
      process.exitCode = 1;
      continue;
    }
    const text = readFileSync(file, 'utf8');
    const markdown = translation.body !== undefined;
    const stamped = stampTranslation(text, translation.current, markdown);
    // YAML files are kept in the project's Prettier style, so the formatting check stays clean.
    writeFileSync(file, markdown ? stamped : await format(stamped, { filepath: file }));
    console.log(
      `${file}: stamped as made from ${translation.english.file} (${translation.current.hash}).`,
    );
  }
} else {
  const rows = statusTable(content, set, TRANSLATION_CODES);
  const labels = {
    'up-to-date': 'up to date',
    stale: 'STALE',
    unstamped: 'not stamped',
    missing: 'missing',
  };
  const width = Math.max(...rows.map((r) => `${r.collection}/${r.id}`.length));
  for (const row of rows) {
    console.log(
      `${`${row.collection}/${row.id}`.padEnd(width)}  ${row.code}  ${labels[row.status]}`,
    );
  }
  for (const code of TRANSLATION_CODES) {
    const mine = rows.filter((r) => r.code === code);
    const count = (status: string) => mine.filter((r) => r.status === status).length;
    console.log(
      `\n${code}: ${count('up-to-date')} up to date, ${count('stale')} stale, ${count('unstamped')} not stamped, ${count('missing')} missing, of ${mine.length}.`,
    );
  }
  for (const t of set.translations.filter((t) => t.status === 'stale')) {
    console.log(`\n${t.file} is stale; the English (${t.english.file}) changed:`);
    for (const change of t.changes) {
      console.log(`  - ${change.what}${change.line ? ` (${t.english.file}:${change.line})` : ''}`);
    }
  }
}
