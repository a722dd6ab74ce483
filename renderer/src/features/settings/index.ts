export { SettingsPanel } from './SettingsPanel';
export { useApplyPreferences } from './use-apply-preferences';
export { useSettings, useUpdateSettings } from './settings.queries';
