import { useMemo } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { mastodon } from '../../mastodon';
import { EmojiHtml, EmojiText, StatusIcon } from '../status';

type Account = mastodon.v1.Account;

/**
 * The profile's fields: names are plain text with custom emoji, values sanitised HTML. A value the server
 * verified (a rel="me" link back) is marked, with the time it was checked.
 */
export function ProfileFields({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const fields = useMemo(() => account.fields.slice(0, 8), [account.fields]);
  if (fields.length === 0) return null;
  return (
    <dl className="profile-fields">
      {fields.map((field, index) => {
        const verified = field.verifiedAt ? Date.parse(field.verifiedAt) : NaN;
        return (
          <div
            key={index}
            className={Number.isNaN(verified) ? 'profile-field' : 'profile-field profile-field-verified'}
          >
            <dt>
              <EmojiText text={field.name} emojis={account.emojis} />
            </dt>
            <dd>
              {!Number.isNaN(verified) && (
                <span
                  className="profile-verified"
                  title={t('profile.verifiedAt', {
                    date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(verified),
                  })}
                >
                  <StatusIcon name="verified" size={15} label={t('profile.verified')} />
                </span>
              )}
              <EmojiHtml html={field.value} emojis={account.emojis} inline />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
