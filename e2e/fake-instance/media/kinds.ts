import type { mastodon } from 'masto';

/** Upload MIME types Mastodon accepts, what attachment type each becomes, and the served extension. */
const KINDS: Record<string, { type: mastodon.v1.MediaAttachmentType; ext: string }> = {
  'image/jpeg': { type: 'image', ext: 'jpg' },
  'image/png': { type: 'image', ext: 'png' },
  'image/webp': { type: 'image', ext: 'webp' },
  'image/heic': { type: 'image', ext: 'heic' },
  'image/heif': { type: 'image', ext: 'heif' },
  'image/avif': { type: 'image', ext: 'avif' },
  // Mastodon turns GIFs into looping, silent MP4s ("gifv").
  'image/gif': { type: 'gifv', ext: 'gif' },
  'video/mp4': { type: 'video', ext: 'mp4' },
  'video/webm': { type: 'video', ext: 'webm' },
  'video/quicktime': { type: 'video', ext: 'mov' },
  'audio/mpeg': { type: 'audio', ext: 'mp3' },
  'audio/mp3': { type: 'audio', ext: 'mp3' },
  'audio/ogg': { type: 'audio', ext: 'ogg' },
  'audio/wav': { type: 'audio', ext: 'wav' },
  'audio/x-wav': { type: 'audio', ext: 'wav' },
  'audio/flac': { type: 'audio', ext: 'flac' },
  'audio/aac': { type: 'audio', ext: 'aac' },
};

export const SUPPORTED_MIME_TYPES = Object.keys(KINDS);
export const IMAGE_SIZE_LIMIT = 16 * 1024 * 1024;
export const VIDEO_SIZE_LIMIT = 99 * 1024 * 1024;

export function mediaKind(mime: string): { type: mastodon.v1.MediaAttachmentType; ext: string } | undefined {
  return KINDS[mime.toLowerCase()];
}
