/**
 * The peers the bench compares the site with, and the exact releases it installs from the npm
 * registry at bench time. Nothing of theirs is committed: each is installed into a temporary
 * folder, with a lockfile kept in the bench's own npm cache folder (outside the project) so a
 * second run on the same machine installs the very same tree.
 *
 * Both peers draw Mermaid in the reader's browser (astro-mermaid and vitepress-plugin-mermaid
 * ship mermaid and render on page load), so neither needs a browser at build time.
 */

/** Which peer. */
export type PeerName = 'starlight' | 'vitepress';

/**
 * Exact versions, one place to raise them. Starlight 0.42 is the current release for Astro 7
 * (it runs on Node 24); both Mermaid plugins accept mermaid 10 or 11, so the newest 11.x.
 */
export const PEER_VERSIONS = {
  starlight: {
    '@astrojs/starlight': '0.42.4',
    '@astrojs/markdown-remark': '7.3.1',
    astro: '7.3.5',
    'astro-mermaid': '2.1.0',
    mermaid: '11.17.2',
  },
  vitepress: {
    vitepress: '1.6.4',
    'vitepress-plugin-mermaid': '2.0.17',
    mermaid: '11.17.2',
  },
} as const satisfies Record<PeerName, Record<string, string>>;

/** What a peer's project looks like: where pages go and how its URLs are formed. */
export interface PeerLayout {
  name: PeerName;
  /** The peer's name in reports. */
  label: string;
  /** Folder of the Markdown pages, relative to the project. */
  pagesDir: string;
  /** Folder of the built site, relative to the project. */
  distDir: string;
  /** Folders to delete before a build so that it is cold (caches and output). */
  caches: string[];
  /** The URL path of a page id: `what-next` → `/what-next/` or `/what-next.html`. */
  urlOf(id: string): string;
  /** Whether the page's title must be written as a `# ` heading (Starlight draws it itself). */
  titleHeading: boolean;
}

export const PEER_LAYOUTS: Record<PeerName, PeerLayout> = {
  starlight: {
    name: 'starlight',
    label: `Starlight ${PEER_VERSIONS.starlight['@astrojs/starlight']}`,
    pagesDir: 'src/content/docs',
    distDir: 'dist',
    caches: ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'],
    urlOf: (id) => (id === 'index' ? '/' : `/${id}/`),
    titleHeading: false,
  },
  vitepress: {
    name: 'vitepress',
    label: `VitePress ${PEER_VERSIONS.vitepress.vitepress}`,
    pagesDir: 'docs',
    distDir: 'docs/.vitepress/dist',
    caches: ['docs/.vitepress/dist', 'docs/.vitepress/cache', 'node_modules/.vite'],
    urlOf: (id) => (id === 'index' ? '/' : `/${id}.html`),
    titleHeading: true,
  },
};

/** The peer's package.json: its pinned dependencies and a `build` script for the bench. */
export function peerPackageJson(name: PeerName): string {
  const build = name === 'starlight' ? 'astro build' : 'vitepress build docs';
  return `${JSON.stringify(
    {
      name: `bench-peer-${name}`,
      private: true,
      type: 'module',
      scripts: { build },
      dependencies: PEER_VERSIONS[name],
    },
    null,
    2,
  )}\n`;
}

/** A file of a peer's project: path relative to the project, and text. */
export interface PeerFile {
  path: string;
  text: string;
}

/**
 * The peer's configuration files. The sidebar lists the real pages only, as this
 * site's menu does; the generated copies are reachable by search, like extra pages of a real site.
 */
export function peerConfig(
  name: PeerName,
  title: string,
  nav: { id: string; label: string }[],
): PeerFile[] {
  if (name === 'starlight') {
    const sidebar = nav.map((n) => ({ label: n.label, link: PEER_LAYOUTS.starlight.urlOf(n.id) }));
    const content = [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = {',
      '  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),',
      '};',
      '',
    ].join('\n');
    const config = [
      "import { defineConfig } from 'astro/config';",
      "import starlight from '@astrojs/starlight';",
      "import mermaid from 'astro-mermaid';",
      '',
      '// astro-mermaid comes before Starlight, as its documentation requires.',
      'export default defineConfig({',
      "  site: 'http://127.0.0.1',",
      `  integrations: [mermaid(), starlight({ title: ${JSON.stringify(title)}, sidebar: ${JSON.stringify(sidebar)} })],`,
      '});',
      '',
    ].join('\n');
    return [
      { path: 'astro.config.mjs', text: config },
      { path: 'src/content.config.ts', text: content },
    ];
  }
  const sidebar = nav.map((n) => ({ text: n.label, link: PEER_LAYOUTS.vitepress.urlOf(n.id) }));
  return [
    {
      path: 'docs/.vitepress/config.mjs',
      text: [
        "import { withMermaid } from 'vitepress-plugin-mermaid';",
        '',
        '// Pages link to actor and source pages this generated site does not have.',
        'export default withMermaid({',
        `  title: ${JSON.stringify(title)},`,
        '  ignoreDeadLinks: true,',
        `  themeConfig: { search: { provider: 'local' }, sidebar: ${JSON.stringify(sidebar)} },`,
        '});',
        '',
      ].join('\n'),
    },
  ];
}
