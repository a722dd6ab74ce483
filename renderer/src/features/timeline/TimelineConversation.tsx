import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { Avatar } from '../../ui/Avatar';
import { StatusCard } from '../status';

/** The names in a private conversation, for its label. */
export const conversationNames = (conversation: mastodon.v1.Conversation): string =>
  conversation.accounts.map((account) => `@${account.acct}`).join(', ');

/** A private conversation: who is in it, whether it is unread, and its last message. */
export function TimelineConversation({ conversation }: { conversation: mastodon.v1.Conversation }) {
  const { t } = useTranslation();
  return (
    <div className="conversation">
      <p className="conversation-line">
        <span className="conversation-avatars" aria-hidden="true">
          {conversation.accounts.slice(0, 3).map((account) => (
            <Avatar
              key={account.id}
              src={account.avatar}
              staticSrc={account.avatarStatic}
              size={20}
              animate={false}
            />
          ))}
        </span>
        <span className="conversation-names">
          {t('timeline.conversationWith', { names: conversationNames(conversation) })}
        </span>
        {conversation.unread && (
          <span className="conversation-unread">{t('timeline.conversationUnread')}</span>
        )}
      </p>
      {conversation.lastStatus ? (
        <StatusCard status={conversation.lastStatus} />
      ) : (
        <p className="conversation-deleted">{t('timeline.conversationDeleted')}</p>
      )}
    </div>
  );
}
