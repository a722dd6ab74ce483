import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../../i18n/use-translation';
import { toMastoFailure, useMastoFailureText, type mastodon } from '../../mastodon';
import { StatusContent } from './StatusContent';
import { StatusIcon } from './StatusIcon';
import { translationQuery } from './translation';

interface Props {
  accountId: string;
  post: mastodon.v1.Status;
  onOriginal(): void;
}

const languageName = (code: string | undefined, language: string): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** The post's text in the interface language, as the account's server translated it, with the way back. */
export function StatusTranslated({ accountId, post, onOriginal }: Props) {
  const { t, i18n } = useTranslation();
  const failureText = useMastoFailureText();
  const language = i18n.language.split('-')[0]!;
  const query = useQuery(translationQuery(accountId, post, language));
  const from = languageName(query.data?.detectedSourceLanguage ?? post.language ?? undefined, i18n.language);
  return (
    <>
      <p className="status-translation" aria-live="polite">
        <StatusIcon name="translate" />
        <span>
          {query.isPending
            ? t('status.translating')
            : query.isError
              ? t('status.translationFailed', { reason: failureText(toMastoFailure(query.error)) })
              : t('status.translatedFrom', { language: from, provider: query.data.provider })}
        </span>
        <button type="button" className="link-button" onClick={onOriginal}>
          {t('status.showOriginal')}
        </button>
      </p>
      <StatusContent post={post} translation={query.data?.content} />
    </>
  );
}
