import { create } from 'zustand';
import type { mastodon } from '../../mastodon';
import { host, unwrap } from '../../lib/host';
import type { ComposeFailure } from './compose-failure';
import { draftPlaced, isBlank, type Draft, type DraftMedia } from './draft';
import { createDraftSaver, type DraftSaver } from './draft-saver';
import type { MediaRejection } from './limits';

/**
 * The composer's UI facts: which composers are open and the drafts they hold, uploads in flight, what is
 * being published, and the dialog on top. Every change to a draft also goes to the draft saver, so the host
 * keeps it as the user types. Server entities never live here.
 */
export type ComposeSlot = 'dock' | 'popout';

export interface Upload {
  key: string;
  draftId: string;
  fileName: string;
  /** An object URL of the picked file, to show it before the server has a preview. */
  localUrl: string | undefined;
  /** 0..1 while the bytes are sent. */
  progress: number;
  phase: 'uploading' | 'processing';
}

export type MediaNotice = { key: string; draftId: string } & (
  MediaRejection | { reason: 'upload'; name: string; failure: ComposeFailure }
);

/** What another feature asked the composer to start; the mounted composer builds the draft. */
export type ComposeRequest =
  | { kind: 'new'; accountId?: string }
  | { kind: 'reply'; accountId: string; status: mastodon.v1.Status }
  | { kind: 'quote'; accountId: string; status: mastodon.v1.Status }
  | { kind: 'edit'; accountId: string; status: mastodon.v1.Status }
  | { kind: 'redraft'; accountId: string; status: mastodon.v1.Status };

export type ComposeDialog =
  | { kind: 'drafts' }
  | { kind: 'scheduled' }
  | { kind: 'close'; slot: ComposeSlot }
  | { kind: 'discard'; slot: ComposeSlot }
  | { kind: 'media'; slot: ComposeSlot; mediaId: string }
  | { kind: 'redraft'; accountId: string; status: mastodon.v1.Status };

export type Announcement =
  | { key: number; kind: 'posted' | 'scheduled' | 'edited' | 'kept' }
  /** A reply, edit or redraft could not start (the post could not be loaded or deleted). */
  | { key: number; kind: 'startFailed'; failure: ComposeFailure };

interface ComposeState {
  dockOpen: boolean;
  drafts: Partial<Record<ComposeSlot, Draft>>;
  uploads: Upload[];
  notices: MediaNotice[];
  publishing: string[];
  request: ComposeRequest | undefined;
  dialog: ComposeDialog | undefined;
  /** A short confirmation after publishing ("Posted", "Scheduled"). */
  announcement: Announcement | undefined;
  saveError: string | undefined;
  /** Bumped to ask the composer in a slot to focus its text. */
  focus: { slot: ComposeSlot; key: number } | undefined;
  /** The drafts open at the last stop are back (or there were none). */
  restored: boolean;
  /** The account that last posted or started a draft, for the next fresh one. */
  lastAccountId: string | undefined;
}

const useComposeStore = create<ComposeState>()(() => ({
  dockOpen: false,
  drafts: {},
  uploads: [],
  notices: [],
  publishing: [],
  request: undefined,
  dialog: undefined,
  announcement: undefined,
  saveError: undefined,
  focus: undefined,
  restored: false,
  lastAccountId: undefined,
}));

const set = useComposeStore.setState;
const get = useComposeStore.getState;
let counter = 0;
const nextKey = () => ++counter;

let saverInstance: DraftSaver | undefined;
/** The saver writes through the host; created on first use (the bridge exists only in the app). */
export function draftSaver(): DraftSaver {
  saverInstance ??= createDraftSaver({
    save: (draft) => unwrap(host().drafts.save(draft)),
    remove: (id) => unwrap(host().drafts.remove({ id })),
    onError: (error) => set({ saveError: error instanceof Error ? error.message : String(error) }),
    onSaved: () => {
      if (get().saveError) set({ saveError: undefined });
    },
  });
  return saverInstance;
}

// --- selectors ---
export const useDockOpen = () => useComposeStore((s) => s.dockOpen);
export const useSlotDraft = (slot: ComposeSlot) => useComposeStore((s) => s.drafts[slot]);
export const useUploads = (draftId: string | undefined) =>
  useComposeStore((s) => s.uploads).filter((u) => u.draftId === draftId);
export const useMediaNotices = (draftId: string | undefined) =>
  useComposeStore((s) => s.notices).filter((n) => n.draftId === draftId);
export const useIsPublishing = (draftId: string | undefined) =>
  useComposeStore((s) => draftId !== undefined && s.publishing.includes(draftId));
export const useComposeRequest = () => useComposeStore((s) => s.request);
export const useComposeDialog = () => useComposeStore((s) => s.dialog);
export const useAnnouncement = () => useComposeStore((s) => s.announcement);
export const useSaveError = () => useComposeStore((s) => s.saveError);
export const useFocusRequest = () => useComposeStore((s) => s.focus);
export const useRestored = () => useComposeStore((s) => s.restored);
export const useLastAccountId = () => useComposeStore((s) => s.lastAccountId);
export const slotDraft = (slot: ComposeSlot) => get().drafts[slot];
export const slotOf = (draftId: string): ComposeSlot | undefined =>
  (['dock', 'popout'] as const).find((slot) => get().drafts[slot]?.id === draftId);

// --- events ---
export function composeOpened(accountId?: string): void {
  const wanted = accountId ?? get().lastAccountId;
  set({ dockOpen: true, request: { kind: 'new', ...(wanted ? { accountId: wanted } : {}) } });
}
export const composeToggled = () => (get().dockOpen ? dockHidden() : composeOpened());
/** Hides the dock; its draft stays (and stays saved) for next time. */
export const dockHidden = () => set({ dockOpen: false });
export const replyStarted = (accountId: string, status: mastodon.v1.Status) =>
  set({ request: { kind: 'reply', accountId, status } });
export const quoteStarted = (accountId: string, status: mastodon.v1.Status) =>
  set({ request: { kind: 'quote', accountId, status } });
export const editStarted = (accountId: string, status: mastodon.v1.Status) =>
  set({ request: { kind: 'edit', accountId, status } });
/** Asks first: the post is deleted (its media kept) and comes back as a draft. */
export const redraftStarted = (accountId: string, status: mastodon.v1.Status) =>
  set({ dialog: { kind: 'redraft', accountId, status } });
export const redraftConfirmed = (accountId: string, status: mastodon.v1.Status) =>
  set({ dialog: undefined, request: { kind: 'redraft', accountId, status } });
export const requestHandled = () => set({ request: undefined });

export const focusRequested = (slot: ComposeSlot) => set({ focus: { slot, key: nextKey() } });

/**
 * A draft takes a composer. Whatever that composer held is kept in the drafts list if it holds anything, so
 * starting a reply never loses the post being written.
 */
export function draftStarted(slot: ComposeSlot, draft: Draft): void {
  const previous = get().drafts[slot];
  if (previous && previous.id !== draft.id) {
    if (isBlank(previous)) void draftSaver().discard(previous.id);
    else {
      void draftSaver().keep(draftPlaced(previous, 'saved'));
      set({ announcement: { key: nextKey(), kind: 'kept' } });
    }
  }
  const placed = draftPlaced(draft, slot);
  set((s) => ({
    drafts: { ...s.drafts, [slot]: placed },
    lastAccountId: draft.accountId,
    ...(slot === 'dock' ? { dockOpen: true } : {}),
  }));
  draftSaver().changed(placed);
  focusRequested(slot);
}

/** The user changed something in a draft (text, CW, media, settings…). */
export function draftEdited(slot: ComposeSlot, change: (draft: Draft) => Draft): void {
  const current = get().drafts[slot];
  if (!current) return;
  const next = change(current);
  if (next === current) return;
  const stamped = { ...next, updatedAt: Date.now() };
  set((s) => ({ drafts: { ...s.drafts, [slot]: stamped } }));
  draftSaver().changed(stamped);
}

/** Same as draftEdited, for whichever composer holds the draft (uploads finish after the user moved on). */
export function draftWithIdEdited(draftId: string, change: (draft: Draft) => Draft): void {
  const slot = slotOf(draftId);
  if (slot) draftEdited(slot, change);
}

/** Closes a composer, keeping what it held in the drafts list. */
export async function draftPutAway(slot: ComposeSlot): Promise<void> {
  const draft = get().drafts[slot];
  set((s) => ({
    drafts: { ...s.drafts, [slot]: undefined },
    dialog: undefined,
    ...(slot === 'dock' ? { dockOpen: false } : {}),
  }));
  if (draft && !isBlank(draft)) {
    await draftSaver().keep(draftPlaced(draft, 'saved'));
    set({ announcement: { key: nextKey(), kind: 'kept' } });
  } else if (draft) await draftSaver().discard(draft.id);
}

/** Throws a draft away for good. */
export async function draftDiscarded(slot: ComposeSlot): Promise<void> {
  const draft = get().drafts[slot];
  set((s) => ({
    drafts: { ...s.drafts, [slot]: undefined },
    dialog: undefined,
    uploads: s.uploads.filter((u) => u.draftId !== draft?.id),
    notices: s.notices.filter((n) => n.draftId !== draft?.id),
  }));
  if (draft) await draftSaver().discard(draft.id);
}

/** A kept draft deleted from the list. */
export const savedDraftDeleted = (id: string) => draftSaver().discard(id);

export const publishStarted = (draftId: string) => set((s) => ({ publishing: [...s.publishing, draftId] }));
export const publishEnded = (draftId: string) =>
  set((s) => ({ publishing: s.publishing.filter((id) => id !== draftId) }));

/** Published: the draft is gone from its composer and from the host. */
export async function publishSucceeded(
  draftId: string,
  kind: 'posted' | 'scheduled' | 'edited',
): Promise<void> {
  const slot = slotOf(draftId);
  const accountId = slot ? get().drafts[slot]?.accountId : undefined;
  set((s) => ({
    lastAccountId: accountId ?? s.lastAccountId,
    drafts: slot ? { ...s.drafts, [slot]: undefined } : s.drafts,
    notices: s.notices.filter((n) => n.draftId !== draftId),
    announcement: { key: nextKey(), kind },
  }));
  await draftSaver().discard(draftId);
}

export function uploadStarted(upload: Omit<Upload, 'key' | 'progress' | 'phase'>): string {
  const key = `u${nextKey()}`;
  set((s) => ({ uploads: [...s.uploads, { ...upload, key, progress: 0, phase: 'uploading' }] }));
  return key;
}
export const uploadProgressed = (key: string, progress: number, phase: Upload['phase']) =>
  set((s) => ({ uploads: s.uploads.map((u) => (u.key === key ? { ...u, progress, phase } : u)) }));

function uploadEnded(key: string): Upload | undefined {
  const upload = get().uploads.find((u) => u.key === key);
  if (upload?.localUrl) URL.revokeObjectURL(upload.localUrl);
  set((s) => ({ uploads: s.uploads.filter((u) => u.key !== key) }));
  return upload;
}

export function uploadFinished(key: string, media: DraftMedia): void {
  const upload = uploadEnded(key);
  if (upload) draftWithIdEdited(upload.draftId, (d) => ({ ...d, media: [...d.media, media], poll: null }));
}

export function uploadFailed(key: string, failure: ComposeFailure): void {
  const upload = uploadEnded(key);
  if (upload) mediaRejected(upload.draftId, [{ reason: 'upload', name: upload.fileName, failure }]);
}

export function mediaRejected(
  draftId: string,
  rejections: (MediaRejection | { reason: 'upload'; name: string; failure: ComposeFailure })[],
) {
  set((s) => ({
    notices: [...s.notices, ...rejections.map((r) => ({ ...r, key: `n${nextKey()}`, draftId }))],
  }));
}
export const mediaNoticeDismissed = (key: string) =>
  set((s) => ({ notices: s.notices.filter((n) => n.key !== key) }));

export const composeDialogOpened = (dialog: ComposeDialog) => set({ dialog });
export const composeDialogClosed = () => set({ dialog: undefined });
export const announcementShown = () => set({ announcement: undefined });
export const composeStartFailed = (failure: ComposeFailure) =>
  set({ announcement: { key: nextKey(), kind: 'startFailed', failure } });

/**
 * Start-up: the drafts that were open in a composer when Pouet last stopped (closed, crashed or restarted)
 * come back where they were; the others stay in the list.
 */
let restoring: Promise<void> | undefined;
export function draftsRestored(): Promise<void> {
  restoring ??= (async () => {
    try {
      const drafts = await unwrap(host().drafts.list());
      draftSaver().known(drafts.map((d) => d.id));
      const dock = drafts.find((d) => d.placement === 'dock');
      const popout = drafts.find((d) => d.placement === 'popout');
      set((s) => ({
        drafts: { dock: s.drafts.dock ?? dock, popout: s.drafts.popout ?? popout },
        dockOpen: s.dockOpen || dock !== undefined,
        lastAccountId: dock?.accountId ?? s.lastAccountId,
      }));
      if (popout) focusRequested('popout');
      else if (dock) focusRequested('dock');
    } finally {
      set({ restored: true });
    }
  })();
  return restoring;
}

/** Writes pending drafts now (the window is closing). */
export const draftsFlushed = () => draftSaver().flush();

// Keystrokes wait ~400 ms before being written; write them now whenever the window may be going away.
if (typeof window !== 'undefined') {
  const flush = () => void saverInstance?.flush();
  window.addEventListener('beforeunload', flush);
  window.addEventListener('pagehide', flush);
  window.addEventListener('blur', flush);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flush();
  });
}
