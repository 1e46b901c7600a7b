/**
 * The content check's pure core: given the files of the content folder, every problem with them.
 * Each file is parsed (YAML, or frontmatter plus body), validated against its collection's schema,
 * and then checked against the others (references, citations, status badges).
 */
import { IdSchema } from '../schemas.ts';
import { checkBody } from './body.ts';
import { checkLinks, siteRoutes, type PageBody } from './links.ts';
import { COLLECTIONS, type CollectionName, type CollectionSpec } from '../registry.ts';
import { describeIssues } from './issues.ts';
import { checkReferences, type ParsedEntry } from './refs.ts';
import { sortProblems, type ContentFile, type Problem } from '../problems.ts';
import { parseYaml, splitFrontmatter } from '../yaml-source.ts';

interface Placed {
  file: ContentFile;
  spec: CollectionSpec;
  id: string;
}

/**
 * Check every file. Paths are relative to the project root and start with `contentDir`
 * ("content" for the site, another folder for fixtures). Returns problems sorted by file and line.
 */
export function checkContent(files: readonly ContentFile[], contentDir = 'content'): Problem[] {
  const problems: Problem[] = [];
  const placed = placeFiles(files, contentDir, problems);
  const ids = new Map<CollectionName, Set<string>>(COLLECTIONS.map((c) => [c.name, new Set()]));
  for (const { spec, id } of placed) ids.get(spec.name)?.add(id);

  const parsed: ParsedEntry[] = [];
  const bodies: (PageBody & { collection: CollectionName })[] = [];
  for (const { file, spec, id } of placed) {
    const split = spec.markdown ? splitFrontmatter(file.text) : undefined;
    if (split && split.frontmatter === undefined) {
      problems.push({
        file: file.path,
        line: 1,
        message:
          `no frontmatter. Start the file with a "---" line, the fields of ${spec.noun} ` +
          '("name: value" lines), and another "---" line.',
      });
    } else {
      const yaml = parseYaml(split?.frontmatter ?? file.text, split?.frontmatterLine ?? 1);
      const at = (p: { line: number; message: string; column?: number }): Problem => ({
        file: file.path,
        ...p,
      });
      problems.push(...yaml.errors.map(at));
      if (yaml.errors.length === 0) {
        parsed.push({ collection: spec.name, id, file: file.path, data: yaml.data, yaml });
        const result = spec.schema.safeParse(yaml.data);
        if (!result.success) {
          problems.push(
            ...describeIssues(result.error.issues, yaml.data, yaml, spec.schema, spec.noun).map(at),
          );
        }
      }
    }
    if (split) {
      const mdx = file.path.endsWith('.mdx');
      const sources = ids.get('sources') ?? new Set<string>();
      const body = checkBody(file.path, split.body, mdx, sources, `${contentDir}/sources/`);
      problems.push(...body.problems);
      if (body.tree) bodies.push({ collection: spec.name, id, file: file.path, tree: body.tree });
    }
  }
  problems.push(...checkReferences(parsed, ids, contentDir));
  const routes = siteRoutes(
    bodies.filter((b) => b.collection === 'pages'),
    ids,
  );
  for (const body of bodies) {
    const self =
      body.collection === 'pages' ? (body.id === 'index' ? '/' : `/${body.id}/`) : '/updates/';
    problems.push(...checkLinks(body.file, body.tree, self, routes));
  }
  return sortProblems(problems);
}

/** Which collection each file belongs to and its id; problems for files in the wrong place. */
function placeFiles(
  files: readonly ContentFile[],
  contentDir: string,
  problems: Problem[],
): Placed[] {
  const placed: Placed[] = [];
  const folders = COLLECTIONS.map((c) => c.name).join(', ');
  for (const file of files) {
    const parts = file.path.slice(contentDir.length + 1).split('/');
    const name = parts.at(-1) ?? '';
    if (name.startsWith('.') || parts.length === 1) continue; // .gitkeep, content/README.md
    const spec = COLLECTIONS.find((c) => c.name === parts[0]);
    const problem = (message: string) => problems.push({ file: file.path, line: 1, message });
    if (!spec) {
      problem(
        `"${parts[0]}" is not a content folder, so this file is not read. Use one of: ${folders}.`,
      );
      continue;
    }
    if (parts.length > 2) {
      problem(`files in subfolders are not read. Move it to ${contentDir}/${spec.name}/.`);
      continue;
    }
    const extension = spec.extensions.find((ext) => name.endsWith(ext));
    if (!extension) {
      problem(
        `this file is not read: ${contentDir}/${spec.name}/ holds ${spec.extensions.join(' or ')} files.`,
      );
      continue;
    }
    const id = name.slice(0, -extension.length);
    if (!IdSchema.safeParse(id).success) {
      problem(
        `the file name "${id}" is not a valid id (ids are file names, used in links and references). ` +
          'Use lower-case letters, digits and hyphens, like "steve-witkoff".',
      );
      continue;
    }
    const twin = placed.find((p) => p.spec === spec && p.id === id);
    if (twin) {
      problem(`${twin.file.path} has the same id "${id}". Rename or remove one of the two files.`);
      continue;
    }
    placed.push({ file, spec, id });
  }
  return placed;
}
