import type { mastodon } from 'masto';
import { notFound, ok } from '../http/reply';
import { renderAccount } from '../render/account';
import { renderEmojis } from '../render/emoji';
import { SUPPORTED_MIME_TYPES, IMAGE_SIZE_LIMIT, VIDEO_SIZE_LIMIT } from '../media/kinds';
import { PUBLIC, type Router } from '../router';
import { MAX_CHARS, MAX_MEDIA, POLL_LIMITS, URL_LENGTH } from '../services/status-input';
import { cardImageUrl, streamingUrl } from '../urls';
import type { World } from '../world';
import { photoPicture } from '../media/pictures';

/** Mastodon 4.5 speaks API version 7; "legacy" mode imitates 4.2 (no api_versions, no PKCE). */
export const VERSION = '4.5.0';
export const LEGACY_VERSION = '4.2.13';
export const API_VERSION = '7';

const RULES: mastodon.v1.Rule[] = [
  { id: '1', text: 'Be kind. No harassment or hate speech.', hint: '', translations: {} },
  {
    id: '2',
    text: 'Use content warnings for spoilers and sensitive topics.',
    hint: 'Especially for media.',
    translations: {},
  },
  { id: '3', text: 'No spam or unsolicited advertising.', hint: '', translations: {} },
];

const LANGUAGES = ['en', 'fr', 'de', 'es', 'ja'];

function admin(w: World): mastodon.v1.Account | null {
  const a = w.store.localAccounts().find((x) => x.admin);
  return a ? renderAccount(w, a) : null;
}

export function instanceV2(w: World): mastodon.v2.Instance | Omit<mastodon.v2.Instance, 'apiVersions'> {
  const contact = admin(w);
  const thumbLook = 4242;
  const thumb = photoPicture(thumbLook, 400, 210);
  const base: Omit<mastodon.v2.Instance, 'apiVersions'> = {
    domain: w.domain,
    title: w.title,
    version: w.legacy ? LEGACY_VERSION : VERSION,
    sourceUrl: 'https://github.com/mastodon/mastodon',
    description: `${w.title} is a fake Mastodon server for Pouet's tests, benchmarks and demos.`,
    usage: { users: { activeMonth: w.store.localAccounts().length } },
    thumbnail: {
      url: cardImageUrl(w, thumbLook),
      blurhash: thumb.blurhash,
      versions: { '@1x': cardImageUrl(w, thumbLook), '@2x': cardImageUrl(w, thumbLook) },
      description: 'A generated landscape',
    },
    icon: [{ src: cardImageUrl(w, thumbLook), size: '36x36' }],
    languages: LANGUAGES,
    configuration: {
      urls: { streaming: streamingUrl(w) },
      accounts: {
        maxFeaturedTags: 10,
        maxPinnedStatuses: 5,
        maxDisplayNameLength: 30,
        maxNoteLength: 500,
        maxAvatarDescriptionLength: 150,
        maxHeaderDescriptionLength: 150,
        maxProfileFields: 4,
        profileFieldNameLimit: 255,
        profileFieldValueLimit: 255,
      },
      statuses: {
        maxCharacters: MAX_CHARS,
        maxMediaAttachments: MAX_MEDIA,
        charactersReservedPerUrl: URL_LENGTH,
      },
      mediaAttachments: {
        supportedMimeTypes: SUPPORTED_MIME_TYPES,
        imageSizeLimit: IMAGE_SIZE_LIMIT,
        imageMatrixLimit: 33_177_600,
        videoSizeLimit: VIDEO_SIZE_LIMIT,
        videoFrameRateLimit: 120,
        videoMatrixLimit: 8_294_400,
      },
      polls: POLL_LIMITS,
      translation: { enabled: true },
      vapid: {
        publicKey:
          'BDrmFA5mD4lJ3cGq7Q1JsLp0eXampleVapidKeyForTheFakeInstanceOnlyAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      },
    },
    registrations: { enabled: false, approvalRequired: false, message: null },
    contact: {
      email: `admin@${w.domain.split(':')[0]}`,
      account: contact ?? (null as unknown as mastodon.v1.Account),
    },
    rules: RULES,
  };
  return w.legacy ? base : { ...base, apiVersions: { mastodon: API_VERSION } };
}

function instanceV1(w: World): mastodon.v1.Instance {
  return {
    uri: w.domain,
    title: w.title,
    shortDescription: `${w.title}: a fake Mastodon server`,
    description: `${w.title} is a fake Mastodon server for Pouet's tests, benchmarks and demos.`,
    email: `admin@${w.domain.split(':')[0]}`,
    version: w.legacy ? LEGACY_VERSION : VERSION,
    languages: LANGUAGES,
    registrations: false,
    approvalRequired: false,
    invitesEnabled: false,
    urls: { streamingApi: streamingUrl(w) },
    stats: {
      userCount: w.store.localAccounts().length,
      statusCount: w.store.statuses.size,
      domainCount: new Set([...w.store.accounts.values()].map((a) => a.domain).filter(Boolean)).size,
    },
    thumbnail: cardImageUrl(w, 4242),
    configuration: {
      statuses: {
        maxCharacters: MAX_CHARS,
        maxMediaAttachments: MAX_MEDIA,
        charactersReservedPerUrl: URL_LENGTH,
      },
      mediaAttachments: {
        supportedMimeTypes: SUPPORTED_MIME_TYPES,
        imageSizeLimit: IMAGE_SIZE_LIMIT,
        imageMatrixLimit: 33_177_600,
        videoSizeLimit: VIDEO_SIZE_LIMIT,
        videoFrameRateLimit: 120,
        videoMatrixLimit: 8_294_400,
      },
      polls: POLL_LIMITS,
      accounts: { maxFeaturedTags: 10 },
    },
    contactAccount: admin(w),
    rules: RULES,
  };
}

export function registerInstanceRoutes(r: Router): void {
  r.get('/api/v1/instance', PUBLIC, (ctx) => ok(instanceV1(ctx.world)));
  r.get('/api/v2/instance', PUBLIC, (ctx) => ok(instanceV2(ctx.world)));
  r.get('/api/v1/instance/rules', PUBLIC, () => ok(RULES));
  r.get('/api/v1/instance/peers', PUBLIC, (ctx) =>
    ok([...new Set([...ctx.world.store.accounts.values()].flatMap((a) => (a.domain ? [a.domain] : [])))]),
  );
  r.get('/api/v1/instance/activity', PUBLIC, (ctx) => {
    const week = 7 * 86_400_000;
    const now = ctx.world.clock.now();
    return ok(
      Array.from({ length: 4 }, (_, i) => {
        const start = now - (i + 1) * week;
        const statuses = [...ctx.world.store.statuses.values()].filter(
          (s) => s.createdAt >= start && s.createdAt < start + week,
        ).length;
        return {
          week: String(Math.floor(start / 1000)),
          statuses: String(statuses),
          logins: '8',
          registrations: '0',
        };
      }),
    );
  });
  r.get('/api/v1/instance/extended_description', PUBLIC, (ctx) =>
    ok({
      updatedAt: '2025-01-01T00:00:00.000Z',
      content: `<p>${ctx.world.title} exists for automated tests and demos.</p>`,
    }),
  );
  r.get('/api/v1/instance/translation_languages', PUBLIC, () =>
    ok(Object.fromEntries(LANGUAGES.map((l) => [l, LANGUAGES.filter((x) => x !== l)]))),
  );
  r.get('/api/v1/instance/domain_blocks', PUBLIC, () => ok([]));
  r.get('/api/v1/custom_emojis', PUBLIC, (ctx) =>
    ok(
      renderEmojis(
        ctx.world,
        ctx.world.store.customEmojis.map((e) => e.shortcode),
      ),
    ),
  );
  r.get('/api/v1/streaming/health', PUBLIC, (ctx) => {
    if (!ctx.world.streamingEnabled) throw notFound();
    return { kind: 'text', status: 200, text: 'OK', headers: { 'Access-Control-Allow-Origin': '*' } };
  });
}
