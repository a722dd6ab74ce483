import { useTranslation } from '../../i18n/use-translation';
import { Avatar } from '../../ui/Avatar';
import { EmojiText } from '../status';
import { Icon } from '../../ui/Icon';
import type { DraftReference } from './draft';

interface Props {
  reference: DraftReference;
  variant: 'reply' | 'quote';
  onRemove?: () => void;
}

/** The post being answered or quoted, shown above (reply) or below (quote) the text. */
export function ComposeReference({ reference, variant, onRemove }: Props) {
  const { t } = useTranslation();
  const label =
    variant === 'reply'
      ? t('compose.replyingTo', { name: reference.authorName, acct: reference.authorAcct })
      : t('compose.quoting', { name: reference.authorName, acct: reference.authorAcct });
  return (
    <figure className={`compose-reference compose-reference-${variant}`} aria-label={label}>
      <figcaption>
        <Icon name={variant === 'reply' ? 'reply' : 'quote'} size={14} />
        <Avatar src={reference.authorAvatar} staticSrc={reference.authorAvatar} size={18} animate={false} />
        <strong>
          <EmojiText
            text={reference.authorName}
            emojis={reference.authorEmojis.map((e) => ({ ...e, visibleInPicker: false }))}
          />
        </strong>
        <span>@{reference.authorAcct}</span>
        {onRemove && (
          <button
            type="button"
            className="icon-button"
            aria-label={t('compose.removeQuote')}
            onClick={onRemove}
          >
            <Icon name="close" size={14} />
          </button>
        )}
      </figcaption>
      <blockquote>{reference.excerpt}</blockquote>
    </figure>
  );
}
