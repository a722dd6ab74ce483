import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { host, unwrap } from '../../lib/host';
import { Icon } from '../../ui/Icon';
import { mediaClosed, mediaStepped, type Gallery } from './media.store';
import { httpUrl, MediaStage, maxZoom } from './MediaStage';
import '../../styles/media.css';

/** The original file in the system browser (the host allows http/https only). */
function openOriginal(url: string | undefined): void {
  if (!url) return;
  void unwrap(host().shell.openExternal({ url })).catch((error: unknown) =>
    console.warn('[media] could not open the original', error),
  );
}

/**
 * A post's media at full size, over everything: arrows (or ←/→) move through the gallery, + and − zoom,
 * Escape closes; the description is always shown, and the original opens in the browser.
 */
export default function MediaLightbox({ gallery }: { gallery: Gallery }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  // The zoom belongs to one attachment: moving to another starts it over at 100%.
  const [zoomOf, setZoomOf] = useState({ index: gallery.index, zoom: 1 });
  const zoom = zoomOf.index === gallery.index ? zoomOf.zoom : 1;
  const setZoom = (next: number | ((current: number) => number)) =>
    setZoomOf({ index: gallery.index, zoom: typeof next === 'function' ? next(zoom) : next });
  const media = gallery.items[gallery.index]!;
  const several = gallery.items.length > 1;

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' && several) mediaStepped(1);
    else if (event.key === 'ArrowLeft' && several) mediaStepped(-1);
    else if (event.key === '+' || event.key === '=') setZoom((z) => Math.min(maxZoom, z * 1.5));
    else if (event.key === '-') setZoom((z) => Math.max(1, z / 1.5));
    else if (event.key === '0') setZoom(1);
    else return;
    event.preventDefault();
  };

  const original = httpUrl(media.remoteUrl) ?? httpUrl(media.url);
  return (
    <dialog
      ref={ref}
      className="lightbox"
      aria-label={t('media.label')}
      onCancel={(event) => {
        event.preventDefault();
        mediaClosed();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="lightbox-toolbar">
        {several && (
          <span className="lightbox-position">
            {t('media.position', { index: gallery.index + 1, count: gallery.items.length })}
          </span>
        )}
        <span className="lightbox-spacer" />
        {media.type === 'image' && (
          <>
            <button
              type="button"
              className="lightbox-button"
              aria-label={t('media.zoomOut')}
              disabled={zoom <= 1}
              onClick={() => setZoom((z) => Math.max(1, z / 1.5))}
            >
              −
            </button>
            <span className="lightbox-zoom" aria-live="polite">
              {Math.round(zoom * 100)}%
            </span>
            <button
              type="button"
              className="lightbox-button"
              aria-label={t('media.zoomIn')}
              disabled={zoom >= maxZoom}
              onClick={() => setZoom((z) => Math.min(maxZoom, z * 1.5))}
            >
              +
            </button>
          </>
        )}
        {original && (
          <button
            type="button"
            className="lightbox-button lightbox-text-button"
            onClick={() => openOriginal(original)}
            title={original}
          >
            {t('media.openOriginal')}
          </button>
        )}
        <button type="button" className="lightbox-button" aria-label={t('media.close')} onClick={mediaClosed}>
          <Icon name="close" />
        </button>
      </div>
      <div
        className="lightbox-stage"
        onClick={(event) => event.target === event.currentTarget && mediaClosed()}
      >
        <MediaStage key={gallery.index} media={media} zoom={zoom} onZoom={setZoom} />
        {several && (
          <>
            <button
              type="button"
              className="lightbox-nav lightbox-prev"
              aria-label={t('media.previous')}
              onClick={() => mediaStepped(-1)}
            >
              <Icon name="chevronLeft" size={28} />
            </button>
            <button
              type="button"
              className="lightbox-nav lightbox-next"
              aria-label={t('media.next')}
              onClick={() => mediaStepped(1)}
            >
              <Icon name="chevronRight" size={28} />
            </button>
          </>
        )}
      </div>
      <div className="lightbox-caption">
        {media.description ? (
          <p>
            <span className="lightbox-alt-badge">{t('media.alt')}</span>
            {media.description}
          </p>
        ) : (
          <p className="lightbox-no-alt">{t('media.noDescription')}</p>
        )}
      </div>
    </dialog>
  );
}
