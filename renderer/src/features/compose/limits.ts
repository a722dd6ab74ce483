import type { mastodon } from '../../mastodon';
import { defaultUrlLength } from './counter';

/**
 * What an instance lets a post hold, from its configuration (v2 instance, else v1), with Mastodon's own
 * defaults for anything a server does not say.
 * @see https://docs.joinmastodon.org/entities/Instance/#configuration
 */
export interface ComposeLimits {
  maxCharacters: number;
  urlLength: number;
  maxMedia: number;
  /** MIME types the server takes; empty when it did not say (then the server decides). */
  mimeTypes: readonly string[];
  imageSizeLimit: number;
  /** Video and audio share this limit in Mastodon. */
  videoSizeLimit: number;
  /** Alt text length (4.4+ `description_limit`; 1500 before). */
  descriptionLimit: number;
  poll: { maxOptions: number; maxCharactersPerOption: number; minExpiration: number; maxExpiration: number };
}

export const defaultLimits: ComposeLimits = {
  maxCharacters: 500,
  urlLength: defaultUrlLength,
  maxMedia: 4,
  mimeTypes: [],
  imageSizeLimit: 16 * 1024 * 1024,
  videoSizeLimit: 99 * 1024 * 1024,
  descriptionLimit: 1500,
  poll: { maxOptions: 4, maxCharactersPerOption: 50, minExpiration: 300, maxExpiration: 2_629_746 },
};

type ConfigurationShape = {
  statuses?: Partial<mastodon.v1.InstanceStatusesConfiguration>;
  mediaAttachments?: Partial<mastodon.v1.InstanceMediaAttachmentsConfiguration> & {
    descriptionLimit?: number;
  };
  polls?: Partial<mastodon.v1.InstancePollsConfiguration>;
};

const positive = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;

/** Limits from an instance's `configuration` (the same shape in v1 and v2); missing values take defaults. */
export function limitsFromConfiguration(configuration: ConfigurationShape | undefined | null): ComposeLimits {
  const statuses = configuration?.statuses ?? {};
  const media = configuration?.mediaAttachments ?? {};
  const polls = configuration?.polls ?? {};
  const d = defaultLimits;
  return {
    maxCharacters: positive(statuses.maxCharacters, d.maxCharacters),
    urlLength: positive(statuses.charactersReservedPerUrl, d.urlLength),
    maxMedia: positive(statuses.maxMediaAttachments, d.maxMedia),
    mimeTypes: Array.isArray(media.supportedMimeTypes) ? media.supportedMimeTypes : [],
    imageSizeLimit: positive(media.imageSizeLimit, d.imageSizeLimit),
    videoSizeLimit: positive(media.videoSizeLimit, d.videoSizeLimit),
    descriptionLimit: positive(media.descriptionLimit, d.descriptionLimit),
    poll: {
      maxOptions: positive(polls.maxOptions, d.poll.maxOptions),
      maxCharactersPerOption: positive(polls.maxCharactersPerOption, d.poll.maxCharactersPerOption),
      minExpiration: positive(polls.minExpiration, d.poll.minExpiration),
      maxExpiration: positive(polls.maxExpiration, d.poll.maxExpiration),
    },
  };
}

export interface FileFacts {
  name: string;
  type: string;
  size: number;
}

export type MediaRejection =
  | { reason: 'count'; name: string; max: number }
  | { reason: 'type'; name: string }
  | { reason: 'size'; name: string; max: number };

/** Splits picked, dropped or pasted files into those worth uploading and those the server would refuse. */
export function checkMediaFiles<F extends FileFacts>(
  files: readonly F[],
  alreadyAttached: number,
  limits: ComposeLimits,
): { accepted: F[]; rejected: MediaRejection[] } {
  const accepted: F[] = [];
  const rejected: MediaRejection[] = [];
  for (const file of files) {
    const type = file.type.toLowerCase();
    if (
      limits.mimeTypes.length > 0 ? !limits.mimeTypes.includes(type) : !/^(image|video|audio)\//.test(type)
    ) {
      rejected.push({ reason: 'type', name: file.name });
    } else if (file.size > (type.startsWith('image/') ? limits.imageSizeLimit : limits.videoSizeLimit)) {
      rejected.push({
        reason: 'size',
        name: file.name,
        max: type.startsWith('image/') ? limits.imageSizeLimit : limits.videoSizeLimit,
      });
    } else if (alreadyAttached + accepted.length >= limits.maxMedia) {
      rejected.push({ reason: 'count', name: file.name, max: limits.maxMedia });
    } else {
      accepted.push(file);
    }
  }
  return { accepted, rejected };
}

/** Poll durations offered, in seconds, kept to what the server allows. */
export function pollDurations(limits: ComposeLimits): number[] {
  const choices = [300, 1800, 3600, 6 * 3600, 12 * 3600, 86_400, 3 * 86_400, 7 * 86_400];
  const allowed = choices.filter((s) => s >= limits.poll.minExpiration && s <= limits.poll.maxExpiration);
  return allowed.length > 0 ? allowed : [limits.poll.minExpiration];
}

/** The `accept` attribute of the file picker. */
export function acceptAttribute(limits: ComposeLimits): string {
  return limits.mimeTypes.length > 0 ? limits.mimeTypes.join(',') : 'image/*,video/*,audio/*';
}
