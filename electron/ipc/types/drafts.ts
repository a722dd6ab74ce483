import { z } from 'zod';

/**
 * A post being written, as the host keeps it in drafts.json so that no word is lost to a crash, a restart or
 * a failed request. Everything the composer needs to come back exactly as it was: text, content warning,
 * media already uploaded (by their server ids), poll, settings, and the idempotency key of the post.
 */

const id = z.string().min(1).max(100);
const accountId = z.string().min(1).max(400);
const url = z.string().max(4096);

export const draftVisibilitySchema = z.enum(['public', 'unlisted', 'private', 'direct']);
export type DraftVisibility = z.output<typeof draftVisibilitySchema>;

/** Who may quote the post once published (Mastodon 4.5 `quote_approval_policy`). */
export const quotePolicySchema = z.enum(['public', 'followers', 'nobody']);
export type QuotePolicy = z.output<typeof quotePolicySchema>;

/** A post the draft answers or quotes, as one signed-in account saw it. */
export const draftReferenceSchema = z.object({
  /** The post's id on the instance of `accountId` (ids are per instance). */
  id,
  accountId,
  /** The post's ActivityPub id, to find it from another account's instance. */
  uri: url,
  authorAcct: z.string().max(400),
  authorName: z.string().max(400),
  /** Custom emoji in the author's name, to draw it as the columns do. */
  authorEmojis: z.array(z.object({ shortcode: z.string().max(100), url, staticUrl: url })).max(50),
  authorAvatar: url,
  /** Plain-text beginning of the post, shown above the composer. */
  excerpt: z.string().max(1000),
});
export type DraftReference = z.output<typeof draftReferenceSchema>;

export const draftMediaSchema = z.object({
  /** The attachment's id on the draft account's instance. */
  id,
  type: z.enum(['image', 'gifv', 'video', 'audio', 'unknown']),
  previewUrl: url.nullable(),
  url: url.nullable(),
  fileName: z.string().max(500),
  description: z.string().max(10_000),
  /** Focal point, -1..1 on both axes, y pointing up (Mastodon's convention). */
  focus: z.object({ x: z.number().min(-1).max(1), y: z.number().min(-1).max(1) }).nullable(),
  /** The description or focus changed here and was not sent to the server yet. */
  dirty: z.boolean(),
});
export type DraftMedia = z.output<typeof draftMediaSchema>;

export const draftPollSchema = z.object({
  options: z.array(z.string().max(1000)).max(20),
  /** Seconds. */
  expiresIn: z.number().int().min(1).max(31_622_400),
  multiple: z.boolean(),
  hideTotals: z.boolean(),
});
export type DraftPoll = z.output<typeof draftPollSchema>;

/** Why the last attempt to publish failed, so the reason survives a restart. */
export const draftFailureSchema = z.object({
  kind: z.string().min(1).max(50),
  /** The server's own words (a 422's reason), when it gave some. */
  message: z.string().max(2000).optional(),
  /** Epoch ms: when a rate-limited account may post again. */
  retryAt: z.number().int().optional(),
  at: z.number().int(),
});
export type DraftFailure = z.output<typeof draftFailureSchema>;

/** Where the draft was when last saved: open in the docked composer, the pop-out, or only in the list. */
export const draftPlacementSchema = z.enum(['dock', 'popout', 'saved']);
export type DraftPlacement = z.output<typeof draftPlacementSchema>;

/** The most a draft may weigh as JSON: a few pages of text and every field at its limit fit easily. */
export const maxDraftBytes = 256 * 1024;
/** The most drafts the host keeps. */
export const maxDrafts = 500;

export const draftSchema = z
  .object({
    id,
    accountId,
    text: z.string().max(100_000),
    spoilerText: z.string().max(10_000),
    /** The content-warning field is shown (it may still be empty). */
    cw: z.boolean(),
    sensitive: z.boolean(),
    visibility: draftVisibilitySchema,
    /** ISO 639 code; null lets the server decide. */
    language: z.string().max(20).nullable(),
    /** The user picked the language, so detection no longer changes it. */
    languageChosen: z.boolean(),
    media: z.array(draftMediaSchema).max(20),
    poll: draftPollSchema.nullable(),
    replyTo: draftReferenceSchema.nullable(),
    quote: draftReferenceSchema.nullable(),
    /** null: the account's default. */
    quotePolicy: quotePolicySchema.nullable(),
    /** Editing this already published post (on the draft account's instance). */
    editOf: z.object({ statusId: id }).nullable(),
    /** ISO 8601; publish later instead of now. */
    scheduledAt: z.string().max(40).nullable(),
    /** Sent with every attempt to publish this draft, so a retry never posts twice. */
    idempotencyKey: z.string().min(8).max(100),
    placement: draftPlacementSchema,
    failure: draftFailureSchema.nullable(),
    createdAt: z.number().int(),
    updatedAt: z.number().int(),
  })
  .strict()
  .refine((draft) => JSON.stringify(draft).length <= maxDraftBytes, {
    message: `the draft is larger than ${maxDraftBytes / 1024} KB`,
  });
export type Draft = z.output<typeof draftSchema>;

export const draftIdSchema = z.object({ id });

export const draftsFileSchema = z.object({
  version: z.literal(1),
  drafts: z.array(draftSchema).max(maxDrafts),
});
export type DraftsFile = z.output<typeof draftsFileSchema>;
