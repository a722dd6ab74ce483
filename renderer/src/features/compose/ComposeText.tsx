import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { EmojiText } from '../status';
import { applySuggestion, tokenAt } from './autocomplete';
import type { Draft } from './draft';
import { useSuggestions } from './use-suggestions';

interface Props {
  draft: Draft;
  textarea: RefObject<HTMLTextAreaElement | null>;
  placeholder: string;
  onText(text: string): void;
}

/** The post's text, with suggestions for @accounts, #hashtags and :emoji: as the user types them. */
export function ComposeText({ draft, textarea, placeholder, onText }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [caret, setCaret] = useState<number | undefined>(undefined);
  const [dismissedAt, setDismissedAt] = useState<number | undefined>(undefined);
  const token = caret === undefined || dismissedAt === caret ? undefined : tokenAt(draft.text, caret);
  const tokenKey = token ? `${token.start}:${token.kind}:${token.query}` : '';
  // The highlighted suggestion belongs to one token; a new word starts from the top again.
  const [highlight, setHighlight] = useState({ token: '', index: 0 });
  const suggestions = useSuggestions(draft.accountId, token);
  const open = token !== undefined && suggestions.length > 0;
  const current = Math.min(highlight.token === tokenKey ? highlight.index : 0, suggestions.length - 1);
  const setActive = (index: number) => setHighlight({ token: tokenKey, index });
  // Where the caret goes once the chosen suggestion is in the text: placed as soon as React has written the
  // new value, before the next key is handled. (In the next animation frame it came too late on a busy
  // machine: keys typed meanwhile landed after it, and the caret jumped back before them.)
  const placeCaret = useRef<number | undefined>(undefined);
  useLayoutEffect(() => {
    if (placeCaret.current === undefined) return;
    textarea.current?.setSelectionRange(placeCaret.current, placeCaret.current);
    placeCaret.current = undefined;
  });

  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (!token || !suggestion) return;
    const next = applySuggestion(draft.text, token, suggestion.replacement);
    onText(next.text);
    setCaret(next.caret);
    placeCaret.current = next.caret;
  };

  const track = () => setCaret(textarea.current?.selectionStart ?? undefined);

  return (
    <div className="compose-text">
      <textarea
        ref={textarea}
        className="compose-textarea"
        aria-label={t('compose.textLabel')}
        placeholder={placeholder}
        value={draft.text}
        spellCheck
        lang={draft.language ?? undefined}
        dir="auto"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          onText(event.target.value);
          setCaret(event.target.selectionStart);
          setDismissedAt(undefined);
        }}
        onSelect={track}
        onBlur={() => setCaret(undefined)}
        onKeyDown={(event) => {
          if (!open || event.ctrlKey || event.metaKey) return;
          if (event.key === 'ArrowDown') setActive((current + 1) % suggestions.length);
          else if (event.key === 'ArrowUp')
            setActive((current - 1 + suggestions.length) % suggestions.length);
          else if (event.key === 'Enter' || event.key === 'Tab') choose(current);
          else if (event.key === 'Escape') setDismissedAt(caret);
          else return;
          event.preventDefault();
          event.stopPropagation();
        }}
      />
      {open && (
        <ul className="compose-suggestions" role="listbox" id={listId} aria-label={t('compose.suggestions')}>
          {suggestions.map((s, index) => (
            <li
              key={s.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className="compose-suggestion"
              onMouseDown={(event) => {
                event.preventDefault();
                choose(index);
              }}
              onMouseEnter={() => setActive(index)}
            >
              {s.image && <img src={s.image} alt="" width={24} height={24} />}
              <span className="compose-suggestion-label">
                <EmojiText text={s.label} emojis={s.emojis ?? []} />
              </span>
              {s.detail && <span className="compose-suggestion-detail">{s.detail}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
