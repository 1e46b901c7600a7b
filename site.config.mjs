/**
 * The site's identity, in one place. Canonical URLs, the sitemap, the feed, Open Graph tags and the
 * "Edit this page" links are all built from these values. A fork changes them here and nowhere else.
 */
const url = (process.env.SITE_URL ?? 'https://peace-plan-explainer.github.io').replace(/\/+$/, '');

export const SITE = {
  /**
   * The public address the site is served from, without a trailing slash. It may have a path
   * (`https://owner.github.io/repo`, a GitHub Pages project site): the whole site is then built to
   * be served under that path, its base.
   */
  url,
  /**
   * The path the site is served under, from `url`: `''` at the root of a domain, `/repo` under a
   * sub-path. Astro's `base`; links are written root-relative (`/the-plan/`) and the build adds it.
   */
  base: new URL(`${url}/`).pathname.replace(/\/+$/, ''),
  /** The site's name, shown in the header and in every page title. */
  title: 'Peace Plan Explainer',
  /** The day the explainer describes. Every page says so. */
  asOf: '2025-11-25',
  /** The repository contributors edit. "Edit this page" links point into it. */
  repository: 'https://github.com/peace-plan-explainer/peace-plan-explainer',
  /** The branch pull requests target. */
  branch: 'main',
};
