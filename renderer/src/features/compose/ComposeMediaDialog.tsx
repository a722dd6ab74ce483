import { useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Dialog } from '../../ui/Dialog';
import { graphemeLength } from './counter';
import { composeDialogClosed, draftEdited, useSlotDraft, type ComposeSlot } from './compose.store';
import { useComposeLimits } from './compose.queries';

type Focus = { x: number; y: number };

/** Mastodon's focal point: -1..1 from left to right and from bottom to top. */
export function focusFromClick(x: number, y: number, width: number, height: number): Focus {
  const clamp = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 100) / 100));
  return { x: clamp((x / width) * 2 - 1), y: clamp(1 - (y / height) * 2) };
}

/** Alt text (the instance's limit) and, for pictures, the point that stays visible when cropped. */
export function ComposeMediaDialog({ slot, mediaId }: { slot: ComposeSlot; mediaId: string }) {
  const { t } = useTranslation();
  const draft = useSlotDraft(slot);
  const limits = useComposeLimits(draft?.accountId);
  const media = draft?.media.find((m) => m.id === mediaId);
  const [description, setDescription] = useState(media?.description ?? '');
  const [focus, setFocus] = useState<Focus | null>(media?.focus ?? null);
  if (!media) return null;
  const left = limits.descriptionLimit - graphemeLength(description);
  const canFocus = media.previewUrl !== null && (media.type === 'image' || media.type === 'gifv');

  const pointAt = (event: MouseEvent<HTMLButtonElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setFocus(focusFromClick(event.clientX - box.left, event.clientY - box.top, box.width, box.height));
  };
  const nudge = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = 0.1;
    const f = focus ?? { x: 0, y: 0 };
    const moves: Record<string, Focus> = {
      ArrowLeft: { x: f.x - step, y: f.y },
      ArrowRight: { x: f.x + step, y: f.y },
      ArrowUp: { x: f.x, y: f.y + step },
      ArrowDown: { x: f.x, y: f.y - step },
    };
    const next = moves[event.key];
    if (!next) return;
    event.preventDefault();
    setFocus({
      x: Math.max(-1, Math.min(1, +next.x.toFixed(2))),
      y: Math.max(-1, Math.min(1, +next.y.toFixed(2))),
    });
  };
  const save = () => {
    draftEdited(slot, (d) => ({
      ...d,
      media: d.media.map((m) =>
        m.id === mediaId ? { ...m, description: description.trim(), focus, dirty: true } : m,
      ),
    }));
    composeDialogClosed();
  };

  return (
    <Dialog
      title={t('compose.media.dialogTitle')}
      closeLabel={t('compose.cancel')}
      onClose={composeDialogClosed}
      wide
    >
      <div className="compose-media-editor">
        {canFocus ? (
          <button
            type="button"
            className="compose-focus-picker"
            aria-label={t('compose.media.focusLabel', {
              x: Math.round(((focus?.x ?? 0) + 1) * 50),
              y: Math.round((1 - (focus?.y ?? 0)) * 50),
            })}
            onClick={pointAt}
            onKeyDown={nudge}
          >
            <img src={media.previewUrl!} alt="" draggable={false} />
            <span
              className="compose-focus-mark"
              style={{ left: `${((focus?.x ?? 0) + 1) * 50}%`, top: `${(1 - (focus?.y ?? 0)) * 50}%` }}
              aria-hidden
            />
          </button>
        ) : (
          media.previewUrl && <img className="compose-media-preview" src={media.previewUrl} alt="" />
        )}
        <div className="field">
          <label htmlFor="compose-alt-text">{t('compose.media.altLabel')}</label>
          <textarea
            id="compose-alt-text"
            rows={5}
            value={description}
            spellCheck
            lang={draft?.language ?? undefined}
            placeholder={t('compose.media.altPlaceholder')}
            onChange={(event) => setDescription(event.target.value)}
          />
          <p className={left < 0 ? 'hint compose-over' : 'hint'}>
            {canFocus ? `${t('compose.media.focusHint')} ` : ''}
            {t('compose.media.altLeft', { count: left })}
          </p>
        </div>
      </div>
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={composeDialogClosed}>
          {t('compose.cancel')}
        </button>
        <button type="button" className="button button-primary" disabled={left < 0} onClick={save}>
          {t('compose.media.save')}
        </button>
      </div>
    </Dialog>
  );
}
