import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiText } from './EmojiText';
import { useAnimate } from './motion';
import { StatusIcon } from './StatusIcon';
import { StatusTime } from './StatusTime';

type Status = mastodon.v1.Status;

function VisibilityMark({ visibility }: { visibility: Status['visibility'] }) {
  const { t } = useTranslation();
  if (visibility === 'private') return <StatusIcon name="lock" label={t('status.visibilityPrivate')} />;
  if (visibility === 'direct') return <StatusIcon name="mail" label={t('status.visibilityDirect')} />;
  if (visibility === 'unlisted') return <StatusIcon name="moon" label={t('status.visibilityUnlisted')} />;
  return null;
}

/** "fr" → "French" in the interface language; a formatter costs more to build than a card to render. */
const languageNames = new Map<string, string>();
function languageName(code: string, interfaceLanguage: string): string {
  const id = `${interfaceLanguage} ${code}`;
  let name = languageNames.get(id);
  if (name === undefined) {
    try {
      name = new Intl.DisplayNames([interfaceLanguage], { type: 'language' }).of(code) ?? code;
    } catch {
      name = code; // an unknown tag: show the code alone
    }
    languageNames.set(id, name);
  }
  return name;
}

/** The post's language when it is not the interface's, as a small code ("FR"), named in full on hover. */
function LanguageMark({ language }: { language: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!language) return null;
  const code = language.split('-')[0]!.toLowerCase();
  if (code === i18n.language.split('-')[0]) return null;
  const name = languageName(code, i18n.language);
  return (
    <abbr className="status-language" title={name} lang={code}>
      {code.toUpperCase()}
    </abbr>
  );
}

interface Props {
  post: Status;
  size: 'normal' | 'small' | 'large';
  /** Opens the author's profile (avatar and name are links to it). */
  onAuthor: (() => void) | undefined;
  /** Opens the edit history (the "edited" mark is a button). */
  onHistory: (() => void) | undefined;
  /** Opens the thread (the time is a link to it). */
  onOpen: (() => void) | undefined;
  /** The full date instead of "5 min ago" (the focused post of a thread). */
  absolute?: boolean;
}

const avatarSize = { small: 20, normal: 40, large: 48 } as const;

/** Who posted and when: avatar (animated on hover only), name with custom emoji, handle, time, marks. */
export function StatusHeader({ post, size, onAuthor, onHistory, onOpen, absolute = false }: Props) {
  const { t } = useTranslation();
  const animate = useAnimate();
  const { account } = post;
  const name = account.displayName || account.username;
  const avatar = (
    <Avatar src={account.avatar} staticSrc={account.avatarStatic} size={avatarSize[size]} animate={animate} />
  );
  return (
    <header className="status-header">
      {onAuthor ? (
        <button
          type="button"
          className="status-avatar"
          aria-label={t('status.openProfile', { acct: account.acct })}
          onClick={onAuthor}
        >
          {avatar}
        </button>
      ) : (
        <span className="status-avatar">{avatar}</span>
      )}
      <p className="status-author">
        <bdi className="status-name" onClick={onAuthor} data-clickable={onAuthor ? true : undefined}>
          <EmojiText text={name} emojis={account.emojis} />
        </bdi>
        {account.bot && <span className="status-bot">{t('status.bot')}</span>}
        <span className="status-handle">@{account.acct}</span>
      </p>
      <p className="status-meta">
        <LanguageMark language={post.language} />
        <VisibilityMark visibility={post.visibility} />
        {post.editedAt && onHistory && (
          <button type="button" className="status-edited" onClick={onHistory} title={t('status.showHistory')}>
            {t('status.edited')}
          </button>
        )}
        <StatusTime
          at={post.createdAt}
          edited={post.editedAt}
          onOpen={onOpen}
          format={absolute ? 'absolute' : 'relative'}
        />
      </p>
    </header>
  );
}
