export { SignInPage } from './components/sign-in-page';
export { useSession, sessionQueryOptions } from './api/get-session';
export { useSignOut } from './api/delete-session';
export { sessionKeys } from './api/query-keys';
export type { Session } from './api/session-schema';
