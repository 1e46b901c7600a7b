/**
 * `npm run readme:fields`: rewrite the field tables in README.md from the schemas
 * (src/collections/field-tables.ts). Run it after changing a field or its `.describe()`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { missingFieldTables, withFieldTables } from '../src/collections/index.ts';

const readme = readFileSync('README.md', 'utf8');
const missing = missingFieldTables(readme);
if (missing.length > 0) {
  console.error(
    `README.md has no table markers for: ${missing.join(', ')}. Add a line ` +
      '"<!-- fields:<collection> -->" and a line "<!-- /fields:<collection> -->" in its section.',
  );
  process.exitCode = 1;
} else {
  writeFileSync('README.md', withFieldTables(readme));
  console.log('README.md: field tables written from the schemas.');
}
