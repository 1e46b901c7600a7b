/**
 * The site's identity, in one place. Canonical URLs, the sitemap, the feed, Open Graph tags and the
 * "Edit this page" links are all built from these values. A fork changes them here and nowhere else.
 */
export const SITE = {
  /** The public address the site is served from, without a trailing slash. */
  url: process.env.SITE_URL ?? 'https://peace-plan-explainer.github.io',
  /** The site's name, shown in the header and in every page title. */
  title: 'Peace Plan Explainer',
  /** The day the explainer describes. Every page says so. */
  asOf: '2025-11-25',
  /** The repository contributors edit. "Edit this page" links point into it. */
  repository: 'https://github.com/peace-plan-explainer/peace-plan-explainer',
  /** The branch pull requests target. */
  branch: 'main',
};
