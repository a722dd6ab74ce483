import { useQuery } from '@tanstack/react-query';
import type { AppInfo } from '../../../electron/ipc/types/app';
import { host, unwrap } from './host';

/** What the host says about this run: version, shell, demo state, start-up notices. */
export function useAppInfo(): AppInfo | undefined {
  return useQuery({
    queryKey: ['host', 'info'],
    queryFn: () => unwrap(host().app.info()),
    staleTime: Infinity,
  }).data;
}
