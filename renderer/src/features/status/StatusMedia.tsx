import { useState, type CSSProperties } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { mediaOpened } from '../media';
import { useAnimate } from './motion';
import { StatusIcon } from './StatusIcon';

type Media = mastodon.v1.MediaAttachment;

/** `meta.focus` (-1..1, y up) → CSS object-position, so crops keep what the author marked. */
function focusPosition(media: Media): string | undefined {
  const focus = media.meta?.focus;
  if (!focus) return undefined;
  const x = ((focus.x + 1) / 2) * 100;
  const y = ((1 - focus.y) / 2) * 100;
  return `${x.toFixed(1)}% ${y.toFixed(1)}%`;
}

function aspectOf(media: Media): number {
  const size = media.meta?.small ?? media.meta?.original;
  const ratio = size && size.width > 0 && size.height > 0 ? size.width / size.height : 16 / 9;
  // Portraits are cropped (around their focus point) to a square: a deck column is narrow.
  return Math.min(Math.max(ratio, 1), 2.4);
}

const httpUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** A GIF (gifv) loops silently in the card when motion is allowed, else on hover only. */
function StatusGif({ media, hidden }: { media: Media; hidden: boolean }) {
  const animate = useAnimate();
  const source = httpUrl(media.url);
  const poster = httpUrl(media.previewUrl);
  if (!source || hidden)
    return poster ? <img src={poster} alt={media.description ?? ''} draggable={false} /> : null;
  return (
    <video
      src={source}
      poster={poster}
      autoPlay={animate}
      loop
      muted
      playsInline
      aria-label={media.description ?? undefined}
      style={{ objectPosition: focusPosition(media) }}
      onMouseEnter={(event) => void event.currentTarget.play().catch(() => undefined)}
      onMouseLeave={(event) => !animate && event.currentTarget.pause()}
    />
  );
}

interface ItemProps {
  media: Media;
  hidden: boolean;
  onOpen(): void;
}

function StatusMediaItem({ media, hidden, onOpen }: ItemProps) {
  const { t } = useTranslation();
  const kind = {
    image: 'attachment',
    gifv: 'gif',
    video: 'video',
    audio: 'audio',
    unknown: 'attachment',
  } as const;
  const label = media.description || t(`status.${kind[media.type]}`);
  const preview = httpUrl(media.previewUrl);
  const visual = media.type !== 'audio' && media.type !== 'unknown' && preview;
  return (
    <button
      type="button"
      className={`status-media-item status-media-${media.type}`}
      tabIndex={hidden ? -1 : 0}
      aria-hidden={hidden || undefined}
      title={media.description ?? undefined}
      aria-label={t('status.openMedia', { description: label })}
      onClick={onOpen}
    >
      {media.type === 'gifv' ? (
        <StatusGif media={media} hidden={hidden} />
      ) : visual ? (
        <img
          src={preview}
          alt={media.description ?? ''}
          loading="lazy"
          decoding="async"
          draggable={false}
          style={{ objectPosition: focusPosition(media) }}
        />
      ) : (
        <span className="status-media-placeholder">
          <StatusIcon name={media.type === 'audio' ? 'music' : 'file'} size={22} />
          {label}
        </span>
      )}
      <span className="status-media-badges" aria-hidden="true">
        {media.type === 'gifv' && <span className="status-badge">{t('status.gif')}</span>}
        {media.type === 'video' && <StatusIcon name="play" size={20} />}
        {media.description && <span className="status-badge">{t('status.alt')}</span>}
      </span>
    </button>
  );
}

interface Props {
  media: Media[];
  sensitive: boolean;
  /** The post's address, offered in the lightbox. */
  postUrl?: string | null | undefined;
}

/**
 * Up to four thumbnails opening the lightbox; sensitive ones (or a `blur` filter's) stay blurred until the
 * reader asks.
 */
export function StatusMedia({ media, sensitive, postUrl }: Props) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  if (media.length === 0) return null;
  const hidden = sensitive && !revealed;
  const shown = media.slice(0, 4);
  const single = shown.length === 1 ? { '--media-ratio': String(aspectOf(shown[0]!)) } : undefined;
  return (
    <div
      className={`status-media status-media-count-${shown.length}${hidden ? ' status-media-hidden' : ''}`}
      style={single as CSSProperties | undefined}
    >
      {shown.map((item, index) => (
        <StatusMediaItem
          key={item.id}
          media={item}
          hidden={hidden}
          onOpen={() => mediaOpened(media, index, postUrl)}
        />
      ))}
      {hidden && (
        <button type="button" className="status-media-reveal" onClick={() => setRevealed(true)}>
          <strong>{t('status.sensitive')}</strong>
          <span>{t('status.showMedia')}</span>
        </button>
      )}
      {sensitive && revealed && (
        <button
          type="button"
          className="status-media-conceal"
          aria-label={t('status.hideMedia')}
          title={t('status.hideMedia')}
          onClick={() => setRevealed(false)}
        >
          <StatusIcon name="eyeOff" />
        </button>
      )}
    </div>
  );
}
