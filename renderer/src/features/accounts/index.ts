export { accountsKey, accountsQuery, useAccount, useAccountLifecycle, useAccounts } from './accounts.queries';
export { AccountRail } from './AccountRail';
export { SignInDialog } from './SignInDialog';
export { useHostErrorText } from './use-host-error';
