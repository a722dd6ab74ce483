import { useEffect } from 'react';
import { i18n, resolveLanguage } from '../../i18n/i18n';
import { useSettings } from './settings.queries';

/** Mirrors theme, language and motion preferences onto the document. */
export function useApplyPreferences(): void {
  const settings = useSettings();
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = settings.theme;
    root.dataset['motion'] = settings.reduceMotion ? 'reduced' : 'full';
    const language = resolveLanguage(settings.language, navigator.languages);
    root.lang = language;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [settings]);
}
