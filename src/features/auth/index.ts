export { SignInPage } from './components/sign-in-page';
export { useRefreshSession, useSession } from './api/get-session';
export { useSignOut } from './api/delete-session';
export type { Session } from '@/contract/session';
export { afterSignInPath } from './lib/after-sign-in-path';
