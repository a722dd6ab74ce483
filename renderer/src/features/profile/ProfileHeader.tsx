import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { EmojiHtml, EmojiText, useAnimate } from '../status';
import { ProfileFields } from './ProfileFields';

type Account = mastodon.v1.Account;
type Relationship = mastodon.v1.Relationship;

const compact = (value: number, language: string) =>
  new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 }).format(value);

const httpUrl = (url: string | null | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** What the relationship says, as small badges: follows you, requested, muted, blocked… */
function RelationshipBadges({ relationship }: { relationship: Relationship | null | undefined }) {
  const { t } = useTranslation();
  if (!relationship) return null;
  const badges = [
    relationship.followedBy && t('profile.followsYou'),
    relationship.requested && t('profile.requested'),
    relationship.muting && t('profile.muted'),
    relationship.blocking && t('profile.blocked'),
    relationship.blockedBy && t('profile.blocksYou'),
    relationship.domainBlocking && t('profile.domainBlocked'),
  ].filter((badge): badge is string => Boolean(badge));
  if (badges.length === 0) return null;
  return (
    <p className="profile-badges">
      {badges.map((badge) => (
        <span key={badge} className="profile-badge">
          {badge}
        </span>
      ))}
    </p>
  );
}

interface Props {
  account: Account;
  relationship: Relationship | null | undefined;
  /** The follow button and menu, drawn by the panel. */
  actions: React.ReactNode;
}

/** Banner, avatar, names, bio, fields and counts of a profile. */
export function ProfileHeader({ account, relationship, actions }: Props) {
  const { t, i18n } = useTranslation();
  const animate = useAnimate();
  const banner = httpUrl(animate ? account.header : account.headerStatic);
  const joined = Date.parse(account.createdAt);
  return (
    <div className="profile-header">
      <div className="profile-banner">
        {banner && !banner.endsWith('/missing.png') && <img src={banner} alt="" />}
      </div>
      <div className="profile-identity">
        <Avatar src={account.avatar} staticSrc={account.avatarStatic} size={72} animate={animate} />
        <div className="profile-actions">{actions}</div>
      </div>
      <h3 className="profile-name">
        <bdi>
          <EmojiText text={account.displayName || account.username} emojis={account.emojis} />
        </bdi>
        {account.bot && <span className="status-bot">{t('status.bot')}</span>}
        {account.locked && <span className="profile-locked">{t('profile.locked')}</span>}
      </h3>
      <p className="profile-acct">@{account.acct}</p>
      <RelationshipBadges relationship={relationship} />
      {account.note && (
        <EmojiHtml className="profile-note status-content" html={account.note} emojis={account.emojis} />
      )}
      <ProfileFields account={account} />
      <p className="profile-counts">
        <span>
          <strong>{compact(account.statusesCount, i18n.language)}</strong>{' '}
          {t('profile.posts', { count: account.statusesCount })}
        </span>
        <span>
          <strong>{compact(account.followingCount, i18n.language)}</strong> {t('profile.following')}
        </span>
        <span>
          <strong>{compact(account.followersCount, i18n.language)}</strong>{' '}
          {t('profile.followers', { count: account.followersCount })}
        </span>
        {!Number.isNaN(joined) && (
          <span className="profile-joined">
            {t('profile.joined', {
              date: new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric' }).format(joined),
            })}
          </span>
        )}
      </p>
    </div>
  );
}
