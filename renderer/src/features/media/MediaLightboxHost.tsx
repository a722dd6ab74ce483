import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { host, unwrap } from '../../lib/host';
import { mediaClosed, useGallery, type Gallery } from './media.store';

/** If the viewer's code cannot be loaded (an update replaced the files), the media opens in the browser. */
function MediaViewerUnavailable({ gallery }: { gallery: Gallery }) {
  useEffect(() => {
    const media = gallery.items[gallery.index];
    const url = media?.remoteUrl ?? media?.url;
    if (url && /^https?:\/\//i.test(url))
      void unwrap(host().shell.openExternal({ url })).catch(() => undefined);
    mediaClosed();
  }, [gallery]);
  return null;
}

// The lightbox is not needed to read a timeline: its code loads the first time media is opened.
const MediaLightbox = lazy((): Promise<{ default: ComponentType<{ gallery: Gallery }> }> =>
  import('./MediaLightbox').catch((error: unknown) => {
    console.warn('[media] the viewer could not be loaded', error);
    return { default: MediaViewerUnavailable };
  }),
);

/** Mounted once by the app; draws the lightbox while a gallery is open. */
export function MediaLightboxHost() {
  const gallery = useGallery();
  if (!gallery) return null;
  return (
    <Suspense fallback={null}>
      <MediaLightbox gallery={gallery} />
    </Suspense>
  );
}
