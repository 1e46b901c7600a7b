/**
 * What content and pages may run: the Content-Security-Policy added to every built page
 * (csp.ts, integration.ts), the sanitiser for raw HTML in `.md` files (sanitize.ts), and the rules
 * of the MDX policy (mdx-rules.ts), which the content check applies to every page.
 */
export { cspIntegration } from './integration.ts';
export { rehypeSanitizeMarkdown, sanitizeSchema, strippedFromRawHtml } from './sanitize.ts';
export * from './mdx-rules.ts';
