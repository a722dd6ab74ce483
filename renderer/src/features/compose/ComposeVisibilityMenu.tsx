import { useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import { Menu } from '../../ui/Menu';
import { Icon, type IconName } from '../../ui/Icon';
import type { DraftVisibility, QuotePolicy } from './draft';

const visibilityIcons: Record<DraftVisibility, IconName> = {
  public: 'globe',
  unlisted: 'moon',
  private: 'lock',
  direct: 'at',
};

interface VisibilityProps {
  value: DraftVisibility;
  /** Mastodon does not let an edit change who can see a post. */
  locked: boolean;
  onChange(value: DraftVisibility): void;
}

const placeBelow = (button: HTMLElement) => {
  const box = button.getBoundingClientRect();
  return {
    top: Math.min(box.bottom + 4, window.innerHeight - 220),
    left: Math.max(8, Math.min(box.left, window.innerWidth - 250)),
  };
};

/** Who can see the post: public, quiet public, followers, or only the people mentioned. */
export function ComposeVisibilityMenu({ value, locked, onChange }: VisibilityProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState<{ top: number; left: number }>();
  const label = t(`compose.visibility.${value}`);
  return (
    <>
      <button
        type="button"
        className="compose-tool compose-tool-labelled"
        aria-haspopup="menu"
        aria-label={t('compose.visibility.button', { current: label })}
        title={t('compose.visibility.button', { current: label })}
        disabled={locked}
        onClick={(event) => setAt(placeBelow(event.currentTarget))}
      >
        <Icon name={visibilityIcons[value]} size={18} />
        <span>{label}</span>
      </button>
      {at && (
        <Menu
          label={t('compose.visibility.menu')}
          at={at}
          onClose={() => setAt(undefined)}
          items={(['public', 'unlisted', 'private', 'direct'] as const).map((v) => ({
            label: `${t(`compose.visibility.${v}`)} — ${t(`compose.visibility.${v}Hint`)}`,
            checked: v === value,
            onSelect: () => onChange(v),
          }))}
        />
      )}
    </>
  );
}

interface QuoteProps {
  value: QuotePolicy | null;
  onChange(value: QuotePolicy): void;
}

/** Who may quote the post once published (Mastodon 4.5); private and direct posts cannot be quoted. */
export function ComposeQuotePolicyMenu({ value, onChange }: QuoteProps) {
  const { t } = useTranslation();
  const [at, setAt] = useState<{ top: number; left: number }>();
  const current = value ?? 'public';
  const label = t(`compose.quotePolicy.${current}`);
  return (
    <>
      <button
        type="button"
        className="compose-tool compose-tool-labelled"
        aria-haspopup="menu"
        aria-label={t('compose.quotePolicy.button', { current: label })}
        title={t('compose.quotePolicy.button', { current: label })}
        onClick={(event) => setAt(placeBelow(event.currentTarget))}
      >
        <Icon name="quote" size={18} />
        <span>{t(`compose.quotePolicy.short.${current}`)}</span>
      </button>
      {at && (
        <Menu
          label={t('compose.quotePolicy.menu')}
          at={at}
          onClose={() => setAt(undefined)}
          items={(['public', 'followers', 'nobody'] as const).map((policy) => ({
            label: t(`compose.quotePolicy.${policy}`),
            checked: policy === current,
            onSelect: () => onChange(policy),
          }))}
        />
      )}
    </>
  );
}
