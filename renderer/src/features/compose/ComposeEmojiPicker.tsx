import { useEffect, useRef } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';

interface Props {
  customEmojis: readonly mastodon.v1.CustomEmoji[];
  instanceTitle: string;
  onPick(text: string, custom: boolean): void;
  onClose(): void;
}

interface PickedEmoji {
  id: string;
  native?: string;
  src?: string;
}

function currentTheme(): 'light' | 'dark' {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Emoji Mart's picker (a web component; its data and the French strings load on first use), with the
 * instance's own custom emoji as the first category.
 * @see https://github.com/missive/emoji-mart#-picker
 */
export function ComposeEmojiPicker({ customEmojis, instanceTitle, onPick, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const host = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  const close = useRef(onClose);
  useEffect(() => {
    pick.current = onPick;
    close.current = onClose;
  });

  useEffect(() => {
    let picker: HTMLElement | undefined;
    let cancelled = false;
    const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
    void (async () => {
      const [{ Picker }, data, strings] = await Promise.all([
        import('emoji-mart'),
        import('@emoji-mart/data'),
        language === 'fr' ? import('@emoji-mart/data/i18n/fr.json') : import('@emoji-mart/data/i18n/en.json'),
      ]);
      if (cancelled) return;
      const emojis = customEmojis
        .filter((e) => e.visibleInPicker)
        .map((e) => ({
          id: e.shortcode,
          name: e.shortcode,
          keywords: [e.shortcode, e.category ?? ''],
          skins: [{ src: e.staticUrl }],
        }));
      picker = new Picker({
        data: data.default,
        i18n: strings.default,
        locale: language,
        theme: currentTheme(),
        custom: emojis.length > 0 ? [{ id: 'instance', name: instanceTitle, emojis }] : [],
        categories: [
          ...(emojis.length > 0 ? ['instance'] : []),
          'frequent',
          'people',
          'nature',
          'foods',
          'activity',
          'places',
          'objects',
          'symbols',
          'flags',
        ],
        previewPosition: 'none',
        perLine: 8,
        skinTonePosition: 'search',
        autoFocus: true,
        onEmojiSelect: (emoji: PickedEmoji) => pick.current(emoji.native ?? `:${emoji.id}:`, !emoji.native),
        onClickOutside: () => close.current(),
      }) as unknown as HTMLElement;
      host.current?.append(picker);
    })();
    return () => {
      cancelled = true;
      picker?.remove();
    };
  }, [customEmojis, instanceTitle, i18n.language]);

  return (
    <div
      ref={host}
      className="compose-emoji-picker"
      role="dialog"
      aria-label={t('compose.emoji.label')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        close.current();
      }}
    />
  );
}
