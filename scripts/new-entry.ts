/**
 * `npm run new -- <collection> <id> [--lang uk]`: write a new entry (or its Ukrainian
 * translation) with every field it needs and a comment for each, then run the content check on
 * it. Refuses an id that is taken or invalid. See src/contributor/new-entry.ts.
 */
import { newEntry } from '../src/contributor/index.ts';

const result = newEntry(
  process.cwd(),
  process.argv.slice(2),
  new Date().toISOString().slice(0, 10),
);
const print = result.ok ? console.log : console.error;
print(result.output.join('\n'));
if (!result.ok) process.exitCode = 1;
