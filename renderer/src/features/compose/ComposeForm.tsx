import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { useAccounts } from '../accounts';
import { insertAt } from './autocomplete';
import { ComposeAccountPicker } from './ComposeAccountPicker';
import { ComposeFooter } from './ComposeFooter';
import { ComposeMediaList } from './ComposeMediaList';
import { ComposePollEditor } from './ComposePollEditor';
import { ComposeReference } from './ComposeReference';
import { ComposeScheduleField } from './ComposeScheduleField';
import { ComposeText } from './ComposeText';
import { ComposeToolbar } from './ComposeToolbar';
import { filesAdded, publishRequested } from './compose.mutations';
import { postingDefaultsQuery, useComposeLimits, useCustomEmojis } from './compose.queries';
import {
  composeDialogOpened,
  draftEdited,
  useIsPublishing,
  useMediaNotices,
  useUploads,
  type ComposeSlot,
} from './compose.store';
import { draftForAccount, draftLength, draftProblems, type Draft } from './draft';
import { useAccountStillSignedIn, useComposeFocus, useLanguageDetection } from './use-compose-effects';

/** One composer: who posts, what it answers, the text and everything attached, and the button. */
export function ComposeForm({ slot, draft }: { slot: ComposeSlot; draft: Draft }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const accounts = useAccounts() ?? [];
  const account = accounts.find((a) => a.id === draft.accountId);
  const limits = useComposeLimits(draft.accountId);
  const emojis = useCustomEmojis(draft.accountId);
  const uploads = useUploads(draft.id);
  const notices = useMediaNotices(draft.id);
  const publishing = useIsPublishing(draft.id);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const [dropping, setDropping] = useState(false);
  useComposeFocus(slot, textarea);
  useLanguageDetection(slot, draft);
  useAccountStillSignedIn(slot, draft, accounts);

  const edit = (change: (d: Draft) => Draft) => draftEdited(slot, change);
  const length = draftLength(draft, limits);
  const problems = draftProblems(draft, limits, uploads.length);
  const submit = () => {
    if (problems.length === 0 && !publishing) void publishRequested(draft, queryClient);
  };
  const addFiles = (files: File[]) => {
    if (files.length > 0) filesAdded(draft, files, limits, uploads.length);
  };
  const insert = (text: string, custom: boolean) => {
    const el = textarea.current;
    const selection = el
      ? { start: el.selectionStart, end: el.selectionEnd }
      : { start: draft.text.length, end: draft.text.length };
    const next = insertAt(draft.text, selection, text, custom);
    edit((d) => ({ ...d, text: next.text }));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  };
  const placeholder = draft.replyTo
    ? t('compose.placeholderReply')
    : draft.quote
      ? t('compose.placeholderQuote')
      : t('compose.placeholder');

  return (
    <form
      className={dropping ? 'compose-form compose-form-dropping' : 'compose-form'}
      aria-label={t('compose.formLabel', { acct: account?.acct ?? '' })}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          submit();
        } else if (event.target instanceof HTMLInputElement) {
          // Enter in the content warning or a poll choice must not post.
          event.preventDefault();
        }
      }}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(false);
        addFiles([...event.dataTransfer.files]);
      }}
      onPaste={(event) => {
        const files = [...event.clipboardData.files];
        if (files.length === 0) return;
        event.preventDefault();
        addFiles(files);
      }}
    >
      <ComposeAccountPicker
        accounts={accounts}
        emojis={emojis}
        account={account}
        locked={draft.editOf !== null}
        onPick={(accountId) =>
          edit((d) =>
            draftForAccount(d, accountId, queryClient.getQueryData(postingDefaultsQuery(accountId).queryKey)),
          )
        }
      />
      {draft.editOf && <p className="compose-editing">{t('compose.editing')}</p>}
      {draft.replyTo && <ComposeReference reference={draft.replyTo} variant="reply" />}
      {draft.cw && (
        <input
          type="text"
          className="compose-cw"
          aria-label={t('compose.cw.label')}
          placeholder={t('compose.cw.placeholder')}
          value={draft.spoilerText}
          spellCheck
          lang={draft.language ?? undefined}
          dir="auto"
          onChange={(event) => edit((d) => ({ ...d, spoilerText: event.target.value }))}
        />
      )}
      <ComposeText
        draft={draft}
        textarea={textarea}
        placeholder={placeholder}
        onText={(text) => edit((d) => ({ ...d, text }))}
      />
      {draft.quote && (
        <ComposeReference
          reference={draft.quote}
          variant="quote"
          onRemove={() => edit((d) => ({ ...d, quote: null }))}
        />
      )}
      <ComposeMediaList
        media={draft.media}
        uploads={uploads}
        notices={notices}
        sensitive={draft.sensitive}
        onEdit={(mediaId) => composeDialogOpened({ kind: 'media', slot, mediaId })}
        onRemove={(mediaId) => edit((d) => ({ ...d, media: d.media.filter((m) => m.id !== mediaId) }))}
        onSensitive={(sensitive) => edit((d) => ({ ...d, sensitive }))}
      />
      {draft.poll && (
        <ComposePollEditor
          poll={draft.poll}
          limits={limits}
          onChange={(poll) => edit((d) => ({ ...d, poll }))}
          onRemove={() => edit((d) => ({ ...d, poll: null }))}
        />
      )}
      {draft.scheduledAt && (
        <ComposeScheduleField
          value={draft.scheduledAt}
          onChange={(scheduledAt) => edit((d) => ({ ...d, scheduledAt }))}
          onRemove={() => edit((d) => ({ ...d, scheduledAt: null }))}
        />
      )}
      <ComposeToolbar
        draft={draft}
        limits={limits}
        pendingUploads={uploads.length}
        customEmojis={emojis}
        instanceTitle={account?.instanceTitle ?? ''}
        onEdit={edit}
        onFiles={addFiles}
        onInsert={insert}
      />
      <ComposeFooter
        draft={draft}
        length={length}
        max={limits.maxCharacters}
        problems={problems}
        publishing={publishing}
      />
      {dropping && <div className="compose-drop-hint">{t('compose.media.drop')}</div>}
    </form>
  );
}
