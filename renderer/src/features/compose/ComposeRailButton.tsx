import { useTranslation } from '../../i18n/use-translation';
import { railButtonId } from './ComposeDock';
import { ComposeIcon } from './ComposeIcon';
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
      <ComposeIcon name="pen" size={20} />
    </button>
  );
}
