import { useId, useState } from 'react';
import { useTranslation } from '../../i18n/use-translation';
import type { AlertCategory, AlertSettings } from '../../../../electron/ipc/types/notifications';
import { useAccounts } from '../accounts';
import { alertCategories, defaultAlertSettings } from './notification-kinds';

interface Props {
  settings: AlertSettings | undefined;
  onChange(next: AlertSettings): void;
}

const toggled = <T,>(list: readonly T[], item: T, off: boolean): T[] =>
  off ? [...new Set([...list, item])] : list.filter((held) => held !== item);

/** Desktop alerts in the settings panel: on/off, do not disturb, the badge, per account and per kind. */
export function NotificationsSettings({ settings, onChange }: Props) {
  const { t } = useTranslation();
  const accounts = useAccounts() ?? [];
  // The switch moves at once; the host's copy takes over as soon as it changes (saved, or rolled back).
  const [local, setLocal] = useState<{ base: AlertSettings | undefined; value: AlertSettings }>();
  const current = local && local.base === settings ? local.value : (settings ?? defaultAlertSettings);
  const enabledHint = useId();
  const dndHint = useId();
  const change = (patch: Partial<AlertSettings>) => {
    const next = { ...current, ...patch };
    setLocal({ base: settings, value: next });
    onChange(next);
  };
  const off = !current.enabled || current.doNotDisturb;

  return (
    <section className="settings-section notifications-settings">
      <h3>{t('notifications.settings.title')}</h3>
      <div className="notifications-settings-item">
        <label className="field field-check">
          <input
            type="checkbox"
            checked={current.enabled}
            aria-describedby={enabledHint}
            onChange={(e) => change({ enabled: e.target.checked })}
          />
          {t('notifications.settings.enabled')}
        </label>
        <p id={enabledHint} className="hint">
          {t('notifications.settings.enabledHint')}
        </p>
      </div>
      <div className="notifications-settings-item">
        <label className="field field-check">
          <input
            type="checkbox"
            role="switch"
            checked={current.doNotDisturb}
            aria-describedby={dndHint}
            onChange={(e) => change({ doNotDisturb: e.target.checked })}
          />
          {t('notifications.settings.doNotDisturb')}
        </label>
        <p id={dndHint} className="hint">
          {t('notifications.settings.doNotDisturbHint')}
        </p>
      </div>
      <label className="field field-check">
        <input
          type="checkbox"
          checked={current.badge}
          onChange={(e) => change({ badge: e.target.checked })}
        />
        {t('notifications.settings.badge')}
      </label>
      {accounts.length > 1 && (
        <fieldset className="notifications-settings-group" disabled={off}>
          <legend>{t('notifications.settings.accounts')}</legend>
          {accounts.map((account) => (
            <label key={account.id} className="field field-check">
              <input
                type="checkbox"
                checked={!current.mutedAccounts.includes(account.id)}
                onChange={(e) =>
                  change({ mutedAccounts: toggled(current.mutedAccounts, account.id, !e.target.checked) })
                }
              />
              @{account.acct}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className="notifications-settings-group notifications-settings-kinds" disabled={off}>
        <legend>{t('notifications.settings.categories')}</legend>
        {alertCategories.map((category: AlertCategory) => (
          <label key={category} className="field field-check">
            <input
              type="checkbox"
              checked={!current.mutedCategories.includes(category)}
              onChange={(e) =>
                change({ mutedCategories: toggled(current.mutedCategories, category, !e.target.checked) })
              }
            />
            {t(`notifications.settings.category.${category}`)}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
