import { useEffect, type RefObject } from 'react';
import type { AccountSummary } from '../../../../electron/ipc/types/accounts';
import { draftEdited, useFocusRequest, type ComposeSlot } from './compose.store';
import { draftForAccount, type Draft } from './draft';

/** Focus lands in the text, after what is already there (the mentions of a reply), when asked. */
export function useComposeFocus(slot: ComposeSlot, textarea: RefObject<HTMLTextAreaElement | null>): void {
  const request = useFocusRequest();
  useEffect(() => {
    if (request?.slot !== slot) return;
    // After the frame: a pop-out's <dialog> moves focus to its first button when it opens.
    const frame = requestAnimationFrame(() => {
      const el = textarea.current;
      if (!el) return;
      el.focus();
      el.setSelectionRange(el.value.length, el.value.length);
    });
    return () => cancelAnimationFrame(frame);
  }, [request, slot, textarea]);
}

/** Until the user picks a language, the one the text is written in is chosen for them. */
export function useLanguageDetection(slot: ComposeSlot, draft: Draft): void {
  const { text, languageChosen, language } = draft;
  useEffect(() => {
    // Too short to guess from (the guesser wants 20 letters): no need to load it yet.
    if (languageChosen || text.trim().length < 20) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      import('./language-detect')
        .then(({ detectLanguage }) => {
          const detected = cancelled ? undefined : detectLanguage(text);
          if (detected && detected !== language) {
            draftEdited(slot, (d) => (d.languageChosen ? d : { ...d, language: detected }));
          }
        })
        .catch((error: unknown) => console.warn('[compose] the language guesser did not load', error));
    }, 600);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [slot, text, languageChosen, language]);
}

/**
 * The draft's account was signed out while it was open: the words move to another signed-in account
 * (uploads, which belonged to the old one's instance, cannot follow). An edit has nowhere to go and stays.
 */
export function useAccountStillSignedIn(
  slot: ComposeSlot,
  draft: Draft,
  accounts: readonly AccountSummary[],
): void {
  const gone = accounts.length > 0 && !accounts.some((a) => a.id === draft.accountId);
  const fallback = accounts.find((a) => a.status === 'active')?.id;
  const editing = draft.editOf !== null;
  useEffect(() => {
    if (gone && fallback && !editing) draftEdited(slot, (d) => draftForAccount(d, fallback));
  }, [gone, fallback, editing, slot]);
}
