import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { pages, shown } from './helpers/dist.ts';

/**
 * The configuration lives in .htmlvalidate.json (editors and the html-validate CLI read it).
 * JSON has no comments, so the reason for every rule it turns off or weakens is written here,
 * and the last test fails when a rule is changed without one.
 */
const REASONS: Record<string, string> = {
  'no-inline-style':
    'Each diagram SVG carries its own min-width/max-width, computed from the diagram at build ' +
    'time, so no stylesheet class can hold it. Every other inline style is still an error.',
  'valid-id':
    'Relaxed to what HTML allows: ids may start with a digit. Glossary ids are file names, ' +
    'and "28-point-plan" is the natural one.',
};

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(config);

describe('HTML of the built site (html-validate, recommended rules)', () => {
  it('every page has 0 errors', async () => {
    const problems: string[] = [];
    for (const page of pages()) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity < 2) continue;
          problems.push(`${shown(page.file)}:${m.line}:${m.column}: ${m.message} (${m.ruleId})`);
        }
      }
    }
    expect(problems, 'See https://html-validate.org/rules/<rule>.html for each rule').toEqual([]);
  });

  it('every rule the configuration changes has its reason written in this file', () => {
    const changed = Object.keys(config.rules ?? {});
    expect(changed.filter((rule) => !REASONS[rule])).toEqual([]);
    expect(config.extends).toEqual(['html-validate:recommended']);
  });
});
