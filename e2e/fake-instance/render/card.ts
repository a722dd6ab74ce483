import type { mastodon } from 'masto';
import type { CardRecord } from '../store';

export function renderCard(c: CardRecord): mastodon.v1.PreviewCard {
  return {
    url: c.url,
    title: c.title,
    description: c.description,
    type: c.type,
    blurhash: c.blurhash,
    authors: c.authorName ? [{ name: c.authorName, url: '', account: null }] : [],
    authorName: c.authorName,
    authorUrl: '',
    providerName: c.providerName,
    providerUrl: '',
    html: '',
    width: c.width,
    height: c.height,
    image: c.image,
    embedUrl: '',
    language: c.language,
  };
}
