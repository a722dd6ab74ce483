import { useRef, useState, type PointerEvent, type WheelEvent } from 'react';
import type { mastodon } from '../../mastodon';

type Media = mastodon.v1.MediaAttachment;

/** Only http(s) media are loaded; anything else (data:, javascript:, file:) is not. */
export const httpUrl = (url: string | null | undefined): string | undefined =>
  url && /^https?:\/\//i.test(url) ? url : undefined;

export const maxZoom = 4;

interface Props {
  media: Media;
  zoom: number;
  onZoom(zoom: number): void;
}

/**
 * One attachment at full size: an image that zooms (wheel, buttons, double click) and pans when zoomed;
 * a GIF (gifv) looping silently; a video or audio with the browser's controls.
 */
export function MediaStage({ media, zoom, onZoom }: Props) {
  const [offset, setOffset] = useState({ x: 0, y: 0 });
  const drag = useRef<{ x: number; y: number; from: { x: number; y: number } } | undefined>(undefined);
  const source = httpUrl(media.url) ?? httpUrl(media.remoteUrl);
  const preview = httpUrl(media.previewUrl);
  const label = media.description ?? '';

  if (media.type === 'gifv' && source)
    return (
      <video
        className="lightbox-media"
        src={source}
        poster={preview}
        autoPlay
        loop
        muted
        playsInline
        aria-label={label}
      />
    );
  if (media.type === 'video' && source)
    return (
      <video
        className="lightbox-media"
        src={source}
        poster={preview}
        controls
        autoPlay
        playsInline
        aria-label={label}
      />
    );
  if (media.type === 'audio' && source)
    return (
      <div className="lightbox-audio">
        {preview && <img src={preview} alt="" />}
        <audio src={source} controls autoPlay aria-label={label} />
      </div>
    );
  const image = media.type === 'image' ? (source ?? preview) : preview;
  if (!image) return <p className="lightbox-missing">{label}</p>;

  const onWheel = (event: WheelEvent) => {
    const next = Math.min(maxZoom, Math.max(1, zoom * (event.deltaY < 0 ? 1.2 : 1 / 1.2)));
    onZoom(next);
    if (next === 1) setOffset({ x: 0, y: 0 });
  };
  const onPointerDown = (event: PointerEvent) => {
    if (zoom === 1) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, from: offset };
  };
  const onPointerMove = (event: PointerEvent) => {
    const start = drag.current;
    if (!start) return;
    setOffset({ x: start.from.x + event.clientX - start.x, y: start.from.y + event.clientY - start.y });
  };
  return (
    <img
      className={`lightbox-media lightbox-image${zoom > 1 ? ' lightbox-zoomed' : ''}`}
      src={image}
      alt={label}
      draggable={false}
      style={{ transform: `translate(${offset.x}px, ${offset.y}px) scale(${zoom})` }}
      onWheel={onWheel}
      onDoubleClick={() => {
        onZoom(zoom > 1 ? 1 : 2);
        setOffset({ x: 0, y: 0 });
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = undefined)}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
