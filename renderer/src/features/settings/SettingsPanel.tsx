import { useId } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { Settings } from '../../../../electron/ipc/types/settings';
import { Dialog } from '../../ui/Dialog';
import { NotificationsSettings } from '../notifications';
import { useSettings, useUpdateSettings } from './settings.queries';

export function SettingsPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const update = useUpdateSettings();
  const themeId = useId();
  const languageId = useId();
  const updateHintId = useId();
  if (!settings) return null;

  return (
    <Dialog title={t('settings.title')} closeLabel={t('settings.close')} onClose={onClose}>
      <section className="settings-section">
        <h3>{t('settings.appearance')}</h3>
        <div className="field">
          <label htmlFor={themeId}>{t('settings.theme')}</label>
          <select
            id={themeId}
            value={settings.theme}
            onChange={(e) => update.mutate({ theme: e.target.value as Settings['theme'] })}
          >
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <select
            id={languageId}
            value={settings.language}
            onChange={(e) => update.mutate({ language: e.target.value as Settings['language'] })}
          >
            <option value="system">{t('settings.languageSystem')}</option>
            <option value="en" lang="en">
              English
            </option>
            <option value="fr" lang="fr">
              Français
            </option>
          </select>
        </div>
        <label className="field field-check">
          <input
            type="checkbox"
            checked={settings.reduceMotion}
            onChange={(e) => update.mutate({ reduceMotion: e.target.checked })}
          />
          {t('settings.reduceMotion')}
        </label>
      </section>
      <section className="settings-section">
        <h3>{t('update.sectionTitle')}</h3>
        <label className="field field-check">
          <input
            type="checkbox"
            checked={settings.autoUpdate}
            aria-describedby={updateHintId}
            onChange={(e) => update.mutate({ autoUpdate: e.target.checked })}
          />
          {t('settings.autoUpdate')}
        </label>
        <p id={updateHintId} className="hint">
          {t('update.settingHint')}
        </p>
      </section>
      <NotificationsSettings
        settings={settings.notifications}
        onChange={(notifications) => update.mutate({ notifications })}
      />
      {update.error && (
        <p role="alert" className="field-error">
          {t('settings.saveFailed', { message: update.error.message })}
        </p>
      )}
    </Dialog>
  );
}
