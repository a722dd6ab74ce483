import type { MouseEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { openExternal } from './open-link';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

/** The preview of the first link in a post, opening in the system browser. */
export function StatusLinkCard({ card }: { card: mastodon.v1.PreviewCard }) {
  const { t } = useTranslation();
  if (!/^https?:\/\//i.test(card.url)) return null;
  const onClick = (event: MouseEvent) => {
    event.preventDefault();
    openExternal(card.url);
  };
  const image = card.image && /^https?:\/\//i.test(card.image) ? card.image : undefined;
  return (
    <a
      className="status-card"
      href={card.url}
      onClick={onClick}
      onAuxClick={onClick}
      title={t('status.openLink', { url: card.url })}
    >
      {image && <img src={image} alt="" loading="lazy" decoding="async" draggable={false} />}
      <span className="status-card-text">
        <span className="status-card-provider">{card.providerName || hostOf(card.url)}</span>
        <span className="status-card-title">{card.title || card.url}</span>
        {card.description && <span className="status-card-description">{card.description}</span>}
      </span>
    </a>
  );
}
