import { useTranslation } from '../../i18n/use-translation';
import { Icon } from '../../ui/Icon';
import { Logo } from '../../ui/Logo';

/** What a new user sees: what Pouet is, and the one thing to do next. */
export function DeckEmpty({ onSignIn, onExploreDemo }: { onSignIn: () => void; onExploreDemo?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="deck-empty">
      <div className="deck-empty-ghosts" aria-hidden="true">
        <span />
        <span />
        <span />
      </div>
      <div className="deck-empty-card">
        <Logo size={72} />
        <h1>{t('deck.emptyTitle')}</h1>
        <p className="deck-empty-tagline">{t('app.tagline')}</p>
        <p>{t('deck.emptyBody')}</p>
        <div className="deck-empty-actions">
          <button type="button" className="button button-primary button-large" onClick={onSignIn}>
            <Icon name="login" />
            {t('deck.signIn')}
          </button>
          {onExploreDemo && (
            <button type="button" className="button button-large" onClick={onExploreDemo}>
              <Icon name="columns" />
              {t('deck.exploreDemo')}
            </button>
          )}
        </div>
        <p className="hint">{t('deck.signInHint')}</p>
      </div>
    </div>
  );
}
