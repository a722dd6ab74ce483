import { z } from 'zod';
import { alertSettingsSchema } from './notifications';

export const themeSchema = z.enum(['system', 'light', 'dark']);
export const languageSchema = z.enum(['system', 'en', 'fr']);

export const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

/** Everything the host persists in settings.json. Unknown keys are dropped; missing ones take defaults. */
export const settingsSchema = z.object({
  theme: themeSchema.default('system'),
  language: languageSchema.default('system'),
  reduceMotion: z.boolean().default(false),
  /** Check GitHub releases at start and daily, download in the background, install on restart. */
  autoUpdate: z.boolean().default(true),
  /** Desktop alerts, do not disturb and the icon badge; absent until first changed (defaults apply). */
  notifications: alertSettingsSchema.optional(),
  window: windowStateSchema.optional(),
});

export const settingsPatchSchema = z
  .object({
    theme: themeSchema,
    language: languageSchema,
    reduceMotion: z.boolean(),
    autoUpdate: z.boolean(),
    notifications: alertSettingsSchema,
  })
  .partial()
  .strict();

export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
export type WindowState = z.output<typeof windowStateSchema>;
