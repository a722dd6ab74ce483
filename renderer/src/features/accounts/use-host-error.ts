import { useTranslation } from '../../i18n/use-translation';
import { HostCallError } from '../../lib/host';

/** Translates a host error by its code (with its params), falling back to the host's own message. */
export function useHostErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    if (error instanceof HostCallError) {
      // A `reason` param picks a more precise variant (i18next context): hostErrors.invalid_instance_not_a_domain.
      return t(`hostErrors.${error.code}` as 'hostErrors.internal', {
        defaultValue: error.message,
        ...error.params,
        ...(error.params?.['reason'] ? { context: error.params['reason'] } : {}),
      });
    }
    return error instanceof Error ? error.message : String(error);
  };
}
