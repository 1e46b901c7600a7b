/**
 * The markup of a share button, as hast, for markup built in plugins (heading self-links); the
 * same markup as ShareButton.astro writes for components:
 *
 *   <button type="button" class="share-button" data-share="#x" aria-label="Share a link to …"
 *     data-pagefind-ignore><span class="share-icon" aria-hidden="true"></span></button>
 *
 * `data-share` holds the fragment the shared link points at ("" for the page itself). The
 * button is hidden by CSS unless scripts run (html.js, set before first paint by the theme
 * script), so without JavaScript it is absent; its code loads on the first press
 * (src/social/client/share.ts, through the page loader). Pure.
 */
import type { Element } from 'hast';

/** The attribute that marks a share button and holds its fragment. */
export const SHARE_ATTRIBUTE = 'data-share';

/** A share button for the link `#fragment` (or the page, for ""), named `label` for screen readers. */
export function shareButton(fragment: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'button',
    properties: {
      type: 'button',
      className: ['share-button'],
      dataShare: fragment,
      ariaLabel: label,
      dataPagefindIgnore: '',
    },
    children: [
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['share-icon'], ariaHidden: 'true' },
        children: [],
      },
    ],
  };
}
