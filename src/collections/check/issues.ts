/**
 * Turns zod's validation issues into messages a contributor can act on: the field path, what is
 * wrong, what was written, and the field's description from the schema.
 */
import type { z } from 'astro/zod';
import { describe, fieldsAt, requiredFields, schemaAt } from '../schema-info.ts';
import { didYouMean } from '../../shared/suggest.ts';
import type { ParsedYaml } from '../yaml-source.ts';

/** A message and its line, before the file name is attached. */
export interface Located {
  line: number;
  message: string;
}

/** "positions[0].actor" for ['positions', 0, 'actor']. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** The value at `path` inside plain data, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list (one "- item" per line)',
  object: 'a set of fields ("name: value" lines)',
};

/** How a value written in YAML looks to its writer: "text "abc"", "a list", "nothing". */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `text "${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  return Array.isArray(value) ? 'a list' : 'a set of fields';
}

/** ` You wrote "x".` (with a suggestion among `options` when one is close). */
function youWrote(value: unknown, options: readonly string[] = []): string {
  if (typeof value !== 'string') return ` You wrote ${describeValue(value)}.`;
  return ` You wrote "${value}"${didYouMean(value, options)}.`;
}

/**
 * Messages for every issue of a failed validation of `data` (parsed from YAML) against `schema`.
 * `noun` names what the file holds, e.g. "an event", for messages about the whole file.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  yaml: ParsedYaml,
  schema: z.ZodType,
  noun: string,
): Located[] {
  return issues.flatMap((issue) => describeIssue(issue, data, yaml, schema, noun));
}

function describeIssue(
  issue: z.core.$ZodIssue,
  data: unknown,
  yaml: ParsedYaml,
  schema: z.ZodType,
  noun: string,
): Located[] {
  const path = issue.path as PropertyKey[];
  const where = path.length > 0 ? `${formatPath(path)}: ` : '';
  const value = valueAt(data, path);
  const line = yaml.lineOf(path);
  const description = describe(schemaAt(schema, path));
  const about = description ? ` (${description})` : '';

  if (path.length === 0 && issue.code === 'invalid_type') {
    const message =
      data === null || data === undefined
        ? `The file is empty. ${capitalise(noun)} needs the fields: ${requiredFields(schema).join(', ')}.`
        : `The file must be a set of fields ("name: value" lines), but it is ${describeValue(data)}.`;
    return [{ line, message }];
  }
  const parent = valueAt(data, path.slice(0, -1));
  const key = path.at(-1);
  if (
    issue.code !== 'unrecognized_keys' &&
    typeof key === 'string' &&
    parent !== null &&
    typeof parent === 'object' &&
    !(key in parent)
  ) {
    const parentPath = path.slice(0, -1);
    const prefix = parentPath.length > 0 ? `${formatPath(parentPath)}: ` : '';
    return [{ line, message: `${prefix}missing required field "${key}"${about}` }];
  }
  switch (issue.code) {
    case 'unrecognized_keys': {
      const fields = fieldsAt(schema, path);
      return issue.keys.map((field) => ({
        line: yaml.keyLineOf(path, field),
        message:
          `${where}unknown field "${field}"${didYouMean(field, fields)}. ` +
          `The fields are: ${fields.join(', ')}.`,
      }));
    }
    case 'invalid_type': {
      const message = issue.message.startsWith('Invalid input')
        ? `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${describeValue(value)}.`
        : `${issue.message}${youWrote(value)}`;
      return [{ line, message: `${where}${message}` }];
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const rule = issue.message.startsWith('Invalid option')
        ? `Use one of: ${options.join(', ')}.`
        : issue.message;
      return [{ line, message: `${where}${rule}${youWrote(value, options)}` }];
    }
    case 'invalid_format':
      return [{ line, message: `${where}${issue.message}${youWrote(value)}` }];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) {
        return [{ line, message: `${where}must not be empty${about}` }];
      }
      return [{ line, message: `${where}${issue.message}` }];
    case 'too_big': {
      const size = typeof value === 'string' ? ` It has ${value.length} characters.` : '';
      return [{ line, message: `${where}${issue.message}${size}` }];
    }
    default:
      return [{ line, message: `${where}${issue.message}` }];
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
