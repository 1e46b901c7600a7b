import { leftoverColours } from '../../helpers/colours.ts';
import { describe, expect, it } from 'vitest';
import {
  ROLE_CSS,
  applyThemeTokens,
  sentinel,
  sentinelThemeVariables,
  type ColourRole,
} from '../../../src/diagrams/theme.ts';

const roles = Object.keys(ROLE_CSS) as ColourRole[];

describe('sentinel colours', () => {
  it('give every role its own valid hex colour', () => {
    const all = roles.map(sentinel);
    expect(new Set(all).size).toBe(roles.length);
    for (const colour of all) expect(colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('are what mermaid gets for its main theme variables', () => {
    const vars = sentinelThemeVariables();
    expect(vars['primaryColor']).toBe(sentinel('surface'));
    expect(vars['primaryTextColor']).toBe(sentinel('text'));
    expect(vars['lineColor']).toBe(sentinel('muted'));
    expect(vars['background']).toBe(sentinel('bg'));
    expect(vars['cScale0']).toBe(sentinel('tintAccent'));
    expect(vars['useGradient']).toBe(false);
    // Every colour variable is a sentinel, so none leaves a hard-coded colour behind.
    for (const [name, value] of Object.entries(vars)) {
      if (typeof value === 'string' && value.startsWith('#'))
        expect(roles.map(sentinel), name).toContain(value);
    }
  });

  it('use only the site tokens from tokens.css', () => {
    for (const css of Object.values(ROLE_CSS)) {
      for (const [, token] of css.matchAll(/var\((--[\w-]+)\)/g)) {
        expect(
          ['--bg', '--surface', '--text', '--muted', '--accent', '--border'].concat(
            ['confirmed', 'reported', 'unconfirmed', 'disputed', 'unknown'].map(
              (s) => `--status-${s}`,
            ),
          ),
        ).toContain(token);
      }
    }
  });
});

describe('applyThemeTokens', () => {
  it('replaces sentinels in any case, in CSS and attributes', () => {
    const svg = `<svg><style>.node rect{fill:${sentinel('surface')};stroke:${sentinel('accent').toUpperCase()}}</style><path fill="${sentinel('muted')}"/></svg>`;
    expect(applyThemeTokens(svg)).toBe(
      '<svg><style>.node rect{fill:var(--surface);stroke:var(--accent)}</style><path fill="var(--muted)"/></svg>',
    );
  });

  it('turns rgb and rgba forms of a sentinel into the token, with transparency as color-mix', () => {
    const index = roles.indexOf('bg');
    expect(applyThemeTokens(`rgb(94, 16, ${index})`)).toBe('var(--bg)');
    expect(applyThemeTokens(`rgba(94,16,${index},0.5)`)).toBe(
      'color-mix(in srgb, var(--bg) 50%, transparent)',
    );
  });

  it('leaves other colours alone, and leftoverColours lists them', () => {
    const svg = '<style>.a{fill:#333;stroke:rgb(1, 2, 3)}</style><rect fill="white"/>';
    expect(applyThemeTokens(svg)).toBe(svg);
    expect(leftoverColours(svg)).toEqual(['#333', 'rgb(1, 2, 3)', 'white']);
    expect(leftoverColours('<style>#dg-a-1 .x{fill:var(--text)}</style>')).toEqual([]);
  });
});
