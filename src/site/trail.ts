/** Breadcrumb trails. Every trail starts at home; the last crumb is the current page, unlinked. */
import { t } from '../i18n/dictionaries/index.ts';

export interface Crumb {
  label: string;
  href?: string | undefined;
}

const home = (code: string): Crumb => ({ label: t(code, 'breadcrumbs.home'), href: '/' });

/** The trail of an explainer page in the language `code`. The home page's trail is just itself. */
export function pageTrail(id: string, title: string, code: string): Crumb[] {
  return id === 'index' ? [{ label: t(code, 'breadcrumbs.home') }] : [home(code), { label: title }];
}

/** The trail of an actor's page in the language `code`: Home › The actors › Name. */
export function actorTrail(name: string, code: string): Crumb[] {
  return [home(code), { label: t(code, 'breadcrumbs.actors'), href: '/actors/' }, { label: name }];
}
