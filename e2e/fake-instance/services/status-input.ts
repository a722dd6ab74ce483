import type { mastodon } from 'masto';
import { HttpError, unprocessable, validationFailed } from '../http/reply';
import type { PollRecord } from '../store';
import type { World } from '../world';

export const MAX_CHARS = 500;
export const MAX_MEDIA = 4;
export const URL_LENGTH = 23;
export const POLL_LIMITS = {
  maxOptions: 4,
  maxCharactersPerOption: 50,
  minExpiration: 300,
  maxExpiration: 2_629_746,
};

/** Mastodon's count: every URL weighs 23 characters, remote mentions count only `@user`. */
export function countCharacters(text: string): number {
  const normalised = text
    .replace(/https?:\/\/[^\s<>"]+/g, 'x'.repeat(URL_LENGTH))
    .replace(/(^|[^\w/@])@([a-zA-Z0-9_]+)@[a-zA-Z0-9.-]+(:\d+)?/g, '$1@$2');
  return [...normalised].length;
}

export interface PollInput {
  options: string[];
  expiresIn: number;
  multiple?: boolean;
  hideTotals?: boolean;
}

export function validateText(text: string, spoilerText: string, hasMediaOrPoll: boolean): void {
  if (text.trim() === '' && !hasMediaOrPoll) throw validationFailed('text', 'ERR_BLANK', "can't be blank");
  if (countCharacters(text) + [...spoilerText].length > MAX_CHARS) {
    throw validationFailed('text', 'ERR_TOO_LONG', `character limit of ${MAX_CHARS} exceeded`);
  }
}

export function validatePoll(p: PollInput): void {
  if (p.options.length < 2) throw unprocessable('Validation failed: Poll must have at least 2 options');
  if (p.options.length > POLL_LIMITS.maxOptions) {
    throw unprocessable(`Validation failed: Poll can't contain more than ${POLL_LIMITS.maxOptions} items`);
  }
  if (p.options.some((o) => [...o].length > POLL_LIMITS.maxCharactersPerOption || o.trim() === '')) {
    throw unprocessable(
      `Validation failed: Poll options must be between 1 and ${POLL_LIMITS.maxCharactersPerOption} characters`,
    );
  }
  if (new Set(p.options).size !== p.options.length)
    throw unprocessable('Validation failed: Poll contains duplicate items');
  if (!Number.isFinite(p.expiresIn) || p.expiresIn < POLL_LIMITS.minExpiration) {
    throw unprocessable('Validation failed: Poll duration is too short');
  }
  if (p.expiresIn > POLL_LIMITS.maxExpiration)
    throw unprocessable('Validation failed: Poll duration is too long');
}

export function makePoll(w: World, statusId: string, p: PollInput, now: number): PollRecord {
  return {
    id: w.ids.next('poll', 100),
    statusId,
    options: [...p.options],
    multiple: p.multiple ?? false,
    hideTotals: p.hideTotals ?? false,
    expiresAt: now + p.expiresIn * 1000,
    votes: new Map(),
    extraVotes: p.options.map(() => 0),
    extraVoters: 0,
  };
}

/** Checks uploads before attaching: the poster's own, not attached elsewhere, finished processing. */
export function checkAttachable(
  w: World,
  accountId: string,
  mediaIds: string[],
  statusId: string | null,
): void {
  if (mediaIds.length > MAX_MEDIA)
    throw unprocessable(`Validation failed: You cannot attach more than ${MAX_MEDIA} files`);
  for (const id of mediaIds) {
    const m = w.store.media.get(id);
    if (!m || m.accountId !== accountId || (m.statusId !== null && m.statusId !== statusId)) {
      throw new HttpError(422, 'Validation failed: Media ids are invalid');
    }
    if (w.clock.now() < m.readyAt) {
      throw unprocessable('Cannot attach files that have not finished processing. Try again in a moment!');
    }
  }
}

export function isVisibility(v: string | undefined): v is mastodon.v1.StatusVisibility {
  return v === 'public' || v === 'unlisted' || v === 'private' || v === 'direct';
}
