/**
 * Status badges in .md and .mdx: `[!unconfirmed]` becomes
 * `<span class="status status-unconfirmed" data-status="unconfirmed"><a href="/sources-and-method/#status-unconfirmed"
 * aria-label="Status: unconfirmed — see what this means">unconfirmed</a></span>`: a visible,
 * labelled word linking to its meaning on the "Sources and method" page. An unknown word stops the
 * build at its file and line.
 */
import type { PhrasingContent, Root } from 'mdast';
import type {} from 'mdast-util-to-hast';
import type { Plugin } from 'unified';
import {
  findBadges,
  isStatusWord,
  statusLabel,
  statusWord,
  unknownBadgeMessage,
} from './citations.ts';
import { languageOfFile } from '../i18n/locales.ts';
import { markerError, replaceMarkers } from './remark-markers.ts';
import { statusUrl } from '../shared/urls.ts';

const remarkStatus: Plugin<[], Root> = () => (tree, file) => {
  // A translation (content/<collection>/<language>/…) shows the words of its language.
  const code = languageOfFile(file.path);
  replaceMarkers(tree, '!', findBadges, (found, at): PhrasingContent[] => {
    const word = found.value;
    if (!isStatusWord(word)) throw markerError(file, at, unknownBadgeMessage(word, found.raw));
    return [
      {
        // An mdast parent renamed to <span>, so the link inside stays an ordinary mdast link.
        type: 'emphasis',
        data: {
          hName: 'span',
          hProperties: { className: ['status', `status-${word}`], dataStatus: word },
        },
        children: [
          {
            type: 'link',
            url: statusUrl(word),
            data: { hProperties: { ariaLabel: statusLabel(word, code) } },
            children: [{ type: 'text', value: statusWord(word, code) }],
          },
        ],
      },
    ];
  });
};

export default remarkStatus;
