/** Breadcrumb trails. Every trail starts at home; the last crumb is the current page, unlinked. */

export interface Crumb {
  label: string;
  href?: string | undefined;
}

const HOME: Crumb = { label: 'Home', href: '/' };

/** The trail of an explainer page. The home page's trail is just itself. */
export function pageTrail(id: string, title: string): Crumb[] {
  return id === 'index' ? [{ label: 'Home' }] : [HOME, { label: title }];
}

/** The trail of an actor's page: Home › The actors › Name. */
export function actorTrail(name: string): Crumb[] {
  return [HOME, { label: 'The actors', href: '/actors/' }, { label: name }];
}
