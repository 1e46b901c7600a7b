/**
 * `npm run readability [folder]`: the reading grade (Flesch-Kincaid, US school grade) of every
 * English page in the content folder (default: content), with the site's limits. Exits with 1
 * when a page or the median is over.
 */
import { gradePages, readContentDir, readabilityReport } from '../src/collections/index.ts';

const content = readContentDir(process.argv[2] ?? 'content', ['pages']);
const report = readabilityReport(gradePages(content.valid('pages')));
console.log(report.text);
if (!report.ok) process.exitCode = 1;
