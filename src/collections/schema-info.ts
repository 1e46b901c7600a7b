/**
 * What a zod schema says about its fields: their descriptions (from `.describe()`, mirroring the
 * JSDoc in schemas.ts), the names of an object's fields, and which ones are required.
 */
import type { z } from 'astro/zod';

type Schema = z.ZodType;

/** The wrapped schema inside optional/default/preprocess wrappers, or undefined. */
function inner(schema: Schema): Schema | undefined {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  if (def['type'] === 'optional' || def['type'] === 'default' || def['type'] === 'nullable') {
    return def['innerType'] as Schema;
  }
  if (def['type'] === 'pipe') return def['out'] as Schema;
  return undefined;
}

/** The schema without its optional/default/preprocess wrappers. */
function unwrap(schema: Schema): Schema {
  let current = schema;
  for (let next = inner(current); next; next = inner(current)) current = next;
  return current;
}

/** The schema of the value at `path` inside `schema`, or undefined when there is none. */
export function schemaAt(schema: Schema, path: readonly PropertyKey[]): Schema | undefined {
  let current: Schema | undefined = schema;
  for (const key of path) {
    if (!current) return undefined;
    const def = unwrap(current)._zod.def as unknown as Record<string, unknown>;
    if (def['type'] === 'object' && typeof key === 'string') {
      current = (def['shape'] as Record<string, Schema>)[key];
    } else if (def['type'] === 'array' && typeof key === 'number') {
      current = def['element'] as Schema;
    } else {
      return undefined;
    }
  }
  return current;
}

/** The description of a field (its own, or that of the schema it wraps). */
export function describe(schema: Schema | undefined): string | undefined {
  for (let current = schema; current; current = inner(current)) {
    if (current.description) return current.description;
  }
  return undefined;
}

/** The field names of the object schema at `path`, in schema order. */
export function fieldsAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const def = at && (unwrap(at)._zod.def as unknown as Record<string, unknown>);
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** The fields an object schema cannot do without (those that fail when absent). */
export function requiredFields(schema: Schema): string[] {
  const result = schema.safeParse({});
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path.length === 1)
    .map((issue) => String(issue.path[0]));
}
