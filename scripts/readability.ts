/**
 * `npm run readability`: the reading grade (Flesch-Kincaid, US school grade) of every English page
 * in content/pages/, with the site's limits. Exits with 1 when a page or the median is over.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  MAX_MEDIAN_GRADE,
  MAX_PAGE_GRADE,
  median,
  readingGrade,
} from '../src/collections/readability.ts';

const folder = process.argv[2] ?? 'content/pages';
const files = readdirSync(folder).filter((name) => /\.mdx?$/.test(name));
const grades = files.map((name) => {
  const text = readFileSync(join(folder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  return { name, grade: readingGrade(text) };
});
for (const { name, grade } of grades.sort((a, b) => b.grade - a.grade)) {
  const flag = grade > MAX_PAGE_GRADE ? `  over ${MAX_PAGE_GRADE}` : '';
  console.log(`${grade.toFixed(1).padStart(5)}  ${name}${flag}`);
}
const middle = median(grades.map((g) => g.grade));
console.log(
  `median ${middle.toFixed(1)} (limit ${MAX_MEDIAN_GRADE}); page limit ${MAX_PAGE_GRADE}`,
);
if (middle > MAX_MEDIAN_GRADE || grades.some((g) => g.grade > MAX_PAGE_GRADE)) process.exitCode = 1;
