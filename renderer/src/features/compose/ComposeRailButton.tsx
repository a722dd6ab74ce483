import { useTranslation } from '../../i18n/use-translation';
import { railButtonId } from './ComposeDock';
import { Icon } from '../../ui/Icon';
import { composeToggled, useDockOpen } from './compose.store';

/** "New post" in the sidebar rail: opens (or hides) the docked composer. Shortcut: N. */
export function ComposeRailButton() {
  const { t } = useTranslation();
  const open = useDockOpen();
  return (
    <button
      id={railButtonId}
      type="button"
      className="rail-button compose-rail-button"
      aria-label={t('compose.newPost')}
      aria-pressed={open}
      title={t('compose.newPostShortcut')}
      onClick={composeToggled}
    >
      <Icon name="pen" size={20} />
    </button>
  );
}
