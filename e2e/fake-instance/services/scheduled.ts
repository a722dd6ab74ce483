import type { mastodon } from 'masto';
import { iso } from '../clock';
import { renderMedia } from '../render/media';
import type { ScheduledRecord } from '../store';
import type { World } from '../world';
import { postStatus, type PostInput } from './post-status';

/** Scheduled posts keep their (already validated) PostInput and are published once due. */
export function publishDueScheduled(w: World): void {
  const now = w.clock.now();
  for (const rec of [...w.store.scheduled.values()]) {
    if (rec.scheduledAt > now) continue;
    w.store.scheduled.delete(rec.id);
    try {
      postStatus(w, rec.params as unknown as PostInput);
    } catch {
      // Like Mastodon, a scheduled post that no longer validates is dropped.
    }
  }
}

export function renderScheduled(w: World, rec: ScheduledRecord): mastodon.v1.ScheduledStatus {
  const p = rec.params as unknown as PostInput;
  return {
    id: rec.id,
    scheduledAt: iso(rec.scheduledAt),
    params: {
      id: rec.id,
      text: p.text ?? '',
      inReplyToId: p.inReplyToId ?? null,
      sensitive: p.sensitive ?? false,
      spoilerText: p.spoilerText ?? '',
      visibility: p.visibility ?? 'public',
      mediaIds: rec.mediaIds.length ? rec.mediaIds : null,
      applicationId: '1',
    },
    mediaAttachments: rec.mediaIds.flatMap((id) => {
      const m = w.store.media.get(id);
      return m ? [renderMedia(w, m)] : [];
    }),
  };
}
