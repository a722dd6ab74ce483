import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Settings, SettingsPatch } from '../../../../electron/ipc/types/settings';
import { host, unwrap } from '../../lib/host';

const settingsKey = ['host', 'settings'] as const;

export const settingsQuery = queryOptions({
  queryKey: settingsKey,
  queryFn: () => unwrap(host().settings.get()),
  staleTime: Infinity,
});

export function useSettings(): Settings | undefined {
  const client = useQueryClient();
  useEffect(
    () => host().events.on('settings.changed', (next) => client.setQueryData(settingsKey, next)),
    [client],
  );
  return useQuery(settingsQuery).data;
}

/** Applies the change at once and rolls back if the host refuses it. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: SettingsPatch) => unwrap(host().settings.update(patch)),
    onMutate: async (patch) => {
      await client.cancelQueries({ queryKey: settingsKey });
      const previous = client.getQueryData<Settings>(settingsKey);
      if (previous) client.setQueryData(settingsKey, { ...previous, ...patch });
      return { previous };
    },
    onError: (_error, _patch, context) => {
      if (context?.previous) client.setQueryData(settingsKey, context.previous);
    },
    onSuccess: (next) => client.setQueryData(settingsKey, next),
  });
}
