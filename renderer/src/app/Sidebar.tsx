import { useTranslation } from '../i18n/use-translation';
import { AccountRail } from '../features/accounts';
import { ComposeRailButton } from '../features/compose';
import { accountColumnsRemoved } from '../features/deck';
import { NotificationsCenter, NotificationsUnreadBadge } from '../features/notifications';
import { useSettings } from '../features/settings';
import { Icon } from '../ui/Icon';
import { Logo } from '../ui/Logo';
import { settingsOpened, signInStarted } from '../ui/panel.store';

/** The slim left rail: the app mark, accounts (from the accounts feature), and global actions. */
export function Sidebar() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      {/* Notifications of every account: alerts, the icon badge, clicks on alerts (renders nothing). */}
      <NotificationsCenter settings={settings?.notifications} />
      <div className="sidebar-brand" title={t('app.name')}>
        <Logo size={36} />
      </div>
      <ComposeRailButton />
      <AccountRail
        onSignedOut={accountColumnsRemoved}
        badge={(accountId) => <NotificationsUnreadBadge accountId={accountId} />}
      />
      <div className="sidebar-actions">
        <button
          type="button"
          className="rail-button"
          title={t('sidebar.addAccount')}
          aria-label={t('sidebar.addAccount')}
          onClick={() => signInStarted()}
        >
          <Icon name="plus" />
        </button>
        <button
          type="button"
          className="rail-button"
          title={t('sidebar.settings')}
          aria-label={t('sidebar.settings')}
          onClick={settingsOpened}
        >
          <Icon name="settings" />
        </button>
      </div>
    </nav>
  );
}
