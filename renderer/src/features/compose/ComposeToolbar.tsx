import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { ComposeEmojiPicker } from './ComposeEmojiPicker';
import { Icon } from '../../ui/Icon';
import { defaultScheduleTime } from './ComposeScheduleField';
import { ComposeQuotePolicyMenu, ComposeVisibilityMenu } from './ComposeVisibilityMenu';
import { defaultPoll, type Draft } from './draft';
import { languageChoices } from './language';
import { acceptAttribute, type ComposeLimits } from './limits';

interface Props {
  draft: Draft;
  limits: ComposeLimits;
  pendingUploads: number;
  customEmojis: readonly mastodon.v1.CustomEmoji[];
  instanceTitle: string;
  onEdit(change: (draft: Draft) => Draft): void;
  onFiles(files: File[]): void;
  onInsert(text: string, custom: boolean): void;
}

/** Media, poll, content warning, emoji, audience, language and schedule: one row of tools. */
export function ComposeToolbar({
  draft,
  limits,
  pendingUploads,
  customEmojis,
  instanceTitle,
  onEdit,
  onFiles,
  onInsert,
}: Props) {
  const { t, i18n } = useTranslation();
  const files = useRef<HTMLInputElement>(null);
  const [emojiOpen, setEmojiOpen] = useState(false);
  const languages = useMemo(() => languageChoices(i18n.language), [i18n.language]);
  const editing = draft.editOf !== null;
  const attached = draft.media.length + pendingUploads;
  const mediaBlocked = draft.quote !== null || draft.poll !== null || attached >= limits.maxMedia;
  const pollBlocked = draft.quote !== null || attached > 0;
  const closed = draft.visibility === 'private' || draft.visibility === 'direct';

  return (
    <div className="compose-toolbar" role="toolbar" aria-label={t('compose.tools')}>
      <div className="compose-tools-group">
        <input
          ref={files}
          type="file"
          multiple
          hidden
          accept={acceptAttribute(limits)}
          aria-label={t('compose.media.pick')}
          onChange={(event) => {
            onFiles([...(event.target.files ?? [])]);
            event.target.value = '';
          }}
        />
        <button
          type="button"
          className="compose-tool"
          aria-label={t('compose.media.pick')}
          title={draft.quote ? t('compose.media.notWithQuote') : t('compose.media.pick')}
          disabled={mediaBlocked}
          onClick={() => files.current?.click()}
        >
          <Icon name="image" size={18} />
        </button>
        <button
          type="button"
          className="compose-tool"
          aria-label={t('compose.poll.toggle')}
          aria-pressed={draft.poll !== null}
          title={t('compose.poll.toggle')}
          disabled={pollBlocked && draft.poll === null}
          onClick={() => onEdit((d) => ({ ...d, poll: d.poll ? null : defaultPoll() }))}
        >
          <Icon name="poll" size={18} />
        </button>
        <button
          type="button"
          className="compose-tool compose-tool-text"
          aria-label={t('compose.cw.toggle')}
          aria-pressed={draft.cw}
          title={t('compose.cw.toggle')}
          onClick={() => onEdit((d) => ({ ...d, cw: !d.cw }))}
        >
          CW
        </button>
        <div className="compose-tool-anchor">
          <button
            type="button"
            className="compose-tool"
            aria-label={t('compose.emoji.button')}
            aria-expanded={emojiOpen}
            title={t('compose.emoji.button')}
            onClick={() => setEmojiOpen((open) => !open)}
          >
            <Icon name="smile" size={18} />
          </button>
          {emojiOpen && (
            <ComposeEmojiPicker
              customEmojis={customEmojis}
              instanceTitle={instanceTitle}
              onPick={(text, custom) => onInsert(text, custom)}
              onClose={() => setEmojiOpen(false)}
            />
          )}
        </div>
        {!editing && (
          <button
            type="button"
            className="compose-tool"
            aria-label={t('compose.schedule.toggle')}
            aria-pressed={draft.scheduledAt !== null}
            title={t('compose.schedule.toggle')}
            onClick={() =>
              onEdit((d) => ({ ...d, scheduledAt: d.scheduledAt ? null : defaultScheduleTime() }))
            }
          >
            <Icon name="clock" size={18} />
          </button>
        )}
      </div>
      <div className="compose-tools-group compose-tools-settings">
        <ComposeVisibilityMenu
          value={draft.visibility}
          locked={editing}
          onChange={(visibility) => onEdit((d) => ({ ...d, visibility }))}
        />
        {!editing && !closed && (
          <ComposeQuotePolicyMenu
            value={draft.quotePolicy}
            onChange={(quotePolicy) => onEdit((d) => ({ ...d, quotePolicy }))}
          />
        )}
        <select
          className="compose-language"
          aria-label={t('compose.language')}
          title={t('compose.language')}
          value={draft.language ?? ''}
          onChange={(event) =>
            onEdit((d) => ({ ...d, language: event.target.value || null, languageChosen: true }))
          }
        >
          <option value="">{t('compose.languageUnset')}</option>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name === l.nativeName ? l.name : `${l.name} (${l.nativeName})`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
