import { useTranslation } from '../../i18n/use-translation';
import { useComposeFailureText } from './use-compose-failure-text';
import { Icon } from '../../ui/Icon';
import type { DraftMedia } from './draft';
import { mediaNoticeDismissed, type MediaNotice, type Upload } from './compose.store';

interface Props {
  media: readonly DraftMedia[];
  uploads: readonly Upload[];
  notices: readonly MediaNotice[];
  sensitive: boolean;
  onEdit(mediaId: string): void;
  onRemove(mediaId: string): void;
  onSensitive(sensitive: boolean): void;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** Attached media with their alt text state, uploads in flight, and why a file was refused. */
export function ComposeMediaList({
  media,
  uploads,
  notices,
  sensitive,
  onEdit,
  onRemove,
  onSensitive,
}: Props) {
  const { t } = useTranslation();
  const failureText = useComposeFailureText();
  const noticeText = (notice: MediaNotice) => {
    switch (notice.reason) {
      case 'type':
        return t('compose.media.badType', { name: notice.name });
      case 'size':
        return t('compose.media.tooBig', { name: notice.name, max: megabytes(notice.max) });
      case 'count':
        return t('compose.media.tooMany', { name: notice.name, count: notice.max });
      case 'upload':
        return t('compose.media.uploadFailed', { name: notice.name, reason: failureText(notice.failure) });
    }
  };

  if (media.length === 0 && uploads.length === 0 && notices.length === 0) return null;
  return (
    <div className="compose-media">
      {(media.length > 0 || uploads.length > 0) && (
        <ul className="compose-media-grid" aria-label={t('compose.media.label')}>
          {media.map((m) => (
            <li key={m.id} className="compose-media-item">
              {m.previewUrl ? (
                <img src={m.previewUrl} alt={m.description} />
              ) : (
                <span className="compose-media-placeholder">{m.type}</span>
              )}
              <button
                type="button"
                className={m.description ? 'compose-alt-badge compose-alt-badge-set' : 'compose-alt-badge'}
                onClick={() => onEdit(m.id)}
                aria-label={t('compose.media.editAlt', { name: m.fileName })}
              >
                {m.description ? t('compose.media.alt') : t('compose.media.addAlt')}
              </button>
              <button
                type="button"
                className="compose-media-remove"
                aria-label={t('compose.media.remove', { name: m.fileName })}
                onClick={() => onRemove(m.id)}
              >
                <Icon name="close" size={14} />
              </button>
            </li>
          ))}
          {uploads.map((u) => (
            <li key={u.key} className="compose-media-item compose-media-uploading">
              {u.localUrl && <img src={u.localUrl} alt="" />}
              <div className="compose-media-progress">
                <span>
                  {u.phase === 'processing' ? t('compose.media.processing') : t('compose.media.uploading')}
                </span>
                <progress
                  max={1}
                  value={u.phase === 'processing' ? undefined : u.progress}
                  aria-label={t('compose.media.progress', { name: u.fileName })}
                />
              </div>
            </li>
          ))}
        </ul>
      )}
      {media.length > 0 && (
        <label className="compose-check">
          <input
            type="checkbox"
            checked={sensitive}
            onChange={(event) => onSensitive(event.target.checked)}
          />
          {t('compose.media.sensitive')}
        </label>
      )}
      {notices.map((notice) => (
        <p key={notice.key} className="compose-media-notice" role="alert">
          <Icon name="alert" size={16} />
          <span>{noticeText(notice)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('compose.dismiss')}
            onClick={() => mediaNoticeDismissed(notice.key)}
          >
            <Icon name="close" size={14} />
          </button>
        </p>
      ))}
    </div>
  );
}
