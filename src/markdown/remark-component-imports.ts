/**
 * Each component an MDX page uses (the names of src/collections/components.ts) is imported by the
 * page itself, from src/components/<Name>.astro, when the page is compiled. Writers never import
 * anything (the MDX policy forbids it); the import this adds is what lets Astro send a
 * component's styles only with the pages that show it, instead of with every page.
 */
import { fileURLToPath } from 'node:url';
import type { Program } from 'estree';
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-mdx';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isMdxComponent, type MdxComponentName } from '../collections/components.ts';

/** The file of the component `name`: src/components/<Name>.astro. */
export const mdxComponentFile = (name: MdxComponentName): string =>
  fileURLToPath(new URL(`../components/${name}.astro`, import.meta.url));

/** `import Name from "file";`, as MDX keeps it: the source text and its syntax tree. */
function importOf(name: MdxComponentName, file: string): RootContent {
  const source = JSON.stringify(file);
  const estree: Program = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
        source: { type: 'Literal', value: file, raw: source },
        attributes: [],
      },
    ],
  };
  return { type: 'mdxjsEsm', value: `import ${name} from ${source};`, data: { estree } };
}

/** The names of the components a page uses, once each, in alphabetical order. */
export function componentsUsed(tree: Root): MdxComponentName[] {
  const used = new Set<MdxComponentName>();
  visit(tree, (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name && isMdxComponent(node.name)) used.add(node.name);
  });
  return [...used].sort();
}

const remarkComponentImports: Plugin<[], Root> = () => (tree) => {
  tree.children.unshift(
    ...componentsUsed(tree).map((name) => importOf(name, mdxComponentFile(name))),
  );
};

export default remarkComponentImports;
