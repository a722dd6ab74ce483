import { describe, expect, it } from 'vitest';
import {
  acceptAttribute,
  checkMediaFiles,
  defaultLimits,
  limitsFromConfiguration,
  pollDurations,
} from './limits';

const MB = 1024 * 1024;

describe('limitsFromConfiguration', () => {
  it('reads every limit a 4.5 instance configures', () => {
    const limits = limitsFromConfiguration({
      statuses: { maxCharacters: 1000, maxMediaAttachments: 6, charactersReservedPerUrl: 30 },
      mediaAttachments: {
        supportedMimeTypes: ['image/png', 'video/mp4'],
        imageSizeLimit: 8 * MB,
        videoSizeLimit: 40 * MB,
        descriptionLimit: 2000,
      },
      polls: { maxOptions: 10, maxCharactersPerOption: 100, minExpiration: 60, maxExpiration: 86_400 },
    });
    expect(limits).toEqual({
      maxCharacters: 1000,
      urlLength: 30,
      maxMedia: 6,
      mimeTypes: ['image/png', 'video/mp4'],
      imageSizeLimit: 8 * MB,
      videoSizeLimit: 40 * MB,
      descriptionLimit: 2000,
      poll: { maxOptions: 10, maxCharactersPerOption: 100, minExpiration: 60, maxExpiration: 86_400 },
    });
  });

  it('falls back to Mastodon’s defaults for what a server leaves out or gets wrong', () => {
    expect(limitsFromConfiguration(undefined)).toEqual(defaultLimits);
    expect(limitsFromConfiguration({ statuses: { maxCharacters: 0 } }).maxCharacters).toBe(500);
    expect(limitsFromConfiguration({ statuses: { maxCharacters: 5000 } })).toMatchObject({
      maxCharacters: 5000,
      urlLength: 23,
      maxMedia: 4,
      descriptionLimit: 1500,
    });
  });
});

describe('checkMediaFiles', () => {
  const limits = limitsFromConfiguration({
    statuses: { maxMediaAttachments: 4 },
    mediaAttachments: {
      supportedMimeTypes: ['image/png', 'image/jpeg', 'video/mp4', 'audio/mpeg'],
      imageSizeLimit: 16 * MB,
      videoSizeLimit: 99 * MB,
    },
  });
  const file = (name: string, type: string, size = 1000) => ({ name, type, size });

  it('accepts what the server takes', () => {
    const files = [file('a.png', 'image/png'), file('b.mp4', 'video/mp4', 50 * MB)];
    expect(checkMediaFiles(files, 0, limits)).toEqual({ accepted: files, rejected: [] });
  });

  it('refuses a type the server does not list', () => {
    expect(checkMediaFiles([file('notes.pdf', 'application/pdf')], 0, limits).rejected).toEqual([
      { reason: 'type', name: 'notes.pdf' },
    ]);
  });

  it('applies the image limit to images and the video limit to video and audio', () => {
    const result = checkMediaFiles(
      [
        file('big.png', 'image/png', 17 * MB),
        file('song.mp3', 'audio/mpeg', 20 * MB),
        file('long.mp4', 'video/mp4', 100 * MB),
      ],
      0,
      limits,
    );
    expect(result.accepted.map((f) => f.name)).toEqual(['song.mp3']);
    expect(result.rejected).toEqual([
      { reason: 'size', name: 'big.png', max: 16 * MB },
      { reason: 'size', name: 'long.mp4', max: 99 * MB },
    ]);
  });

  it('counts what is already attached against the maximum', () => {
    const result = checkMediaFiles(
      [file('1.png', 'image/png'), file('2.png', 'image/png'), file('3.png', 'image/png')],
      2,
      limits,
    );
    expect(result.accepted.map((f) => f.name)).toEqual(['1.png', '2.png']);
    expect(result.rejected).toEqual([{ reason: 'count', name: '3.png', max: 4 }]);
  });

  it('takes any image, video or audio when the server lists no types', () => {
    const open = limitsFromConfiguration({});
    expect(
      checkMediaFiles([file('x.avif', 'image/avif'), file('x.txt', 'text/plain')], 0, open).accepted,
    ).toHaveLength(1);
    expect(acceptAttribute(open)).toBe('image/*,video/*,audio/*');
    expect(acceptAttribute(limits)).toBe('image/png,image/jpeg,video/mp4,audio/mpeg');
  });
});

describe('pollDurations', () => {
  it('offers only durations within the server’s limits', () => {
    expect(pollDurations(defaultLimits)).toEqual([300, 1800, 3600, 21_600, 43_200, 86_400, 259_200, 604_800]);
    const strict = limitsFromConfiguration({ polls: { minExpiration: 3600, maxExpiration: 86_400 } });
    expect(pollDurations(strict)).toEqual([3600, 21_600, 43_200, 86_400]);
  });
});
