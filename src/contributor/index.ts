/**
 * Contributor tools: `npm run new` (new-entry.ts, with the file text from scaffold.ts) and the
 * pure parts of `npm run pr-summary` (pr-summary.ts). Build and Node code only.
 */
export { newEntry, type NewEntryResult } from './new-entry.ts';
export {
  entryTemplate,
  enumValues,
  idProblem,
  newExtension,
  translationFields,
  translationTemplate,
  TRANSLATION_NOTES,
} from './scaffold.ts';
export * from './pr-summary.ts';
