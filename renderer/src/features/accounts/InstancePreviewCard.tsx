import { useTranslation } from '../../i18n/use-translation';
import type { InstancePreview } from '../../../../electron/ipc/types/accounts';

/** Who the user is about to sign in with: name, address, picture and description of the server. */
export function InstancePreviewCard({ preview }: { preview: InstancePreview }) {
  const { t } = useTranslation();
  const picture = preview.iconUrl ?? preview.thumbnailUrl;
  return (
    <article className="instance-preview" aria-label={t('signIn.previewLabel', { title: preview.title })}>
      {picture ? (
        <img src={picture} alt="" className="instance-preview-icon" />
      ) : (
        <span className="instance-preview-icon" />
      )}
      <div className="instance-preview-text">
        <h3>{preview.title}</h3>
        <p className="instance-preview-domain">
          {preview.domain} · Mastodon {preview.version}
        </p>
        {preview.description && <p className="instance-preview-description">{preview.description}</p>}
      </div>
    </article>
  );
}
