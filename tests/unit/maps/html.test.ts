/** A map drawn once for each distinct input, and again when anything it shows changes. */
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { drawMap, mapHtml } from '../../../src/maps/index.ts';
import { mapInput } from './content.ts';

describe('mapHtml', () => {
  it('is the drawn map, and the same HTML for the same input', () => {
    const input = mapInput('en');
    const html = mapHtml('fighting', input);
    expect(html).toBe(toHtml(drawMap('fighting', input).figure));
    expect(mapHtml('fighting', mapInput('en'))).toBe(html);
  });
  it('draws again when a link or an event changes', () => {
    const input = mapInput('en');
    const before = mapHtml('fighting', input);
    const relinked = { ...input, eventHref: (id: string) => `/elsewhere/#${id}` };
    expect(mapHtml('fighting', relinked)).not.toBe(before);
    expect(mapHtml('fighting', relinked)).toContain('/elsewhere/#');
  });
});
