import { create } from 'zustand';
import type { mastodon } from '../../mastodon';

type Media = mastodon.v1.MediaAttachment;

/** The gallery open in the lightbox: a post's attachments and which one is shown. A UI fact only. */
export interface Gallery {
  items: readonly Media[];
  index: number;
  /** The post's address, for "open the post in the browser". */
  postUrl: string | undefined;
}

const useMediaStore = create<{ gallery: Gallery | undefined }>()(() => ({ gallery: undefined }));

export const useGallery = () => useMediaStore((s) => s.gallery);

export const mediaOpened = (items: readonly Media[], index: number, postUrl?: string | null) =>
  useMediaStore.setState({
    gallery: { items, index: Math.max(0, Math.min(index, items.length - 1)), postUrl: postUrl ?? undefined },
  });

export const mediaClosed = () => useMediaStore.setState({ gallery: undefined });

/** Next (+1) or previous (-1) attachment, wrapping around. */
export const mediaStepped = (delta: number) =>
  useMediaStore.setState((s) =>
    s.gallery
      ? {
          gallery: {
            ...s.gallery,
            index: (s.gallery.index + delta + s.gallery.items.length) % s.gallery.items.length,
          },
        }
      : s,
  );
