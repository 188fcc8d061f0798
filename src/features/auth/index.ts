export { SignInPage } from './components/sign-in-page';
export { useSession } from './api/get-session';
export { useSignOut } from './api/delete-session';
export type { Session } from '@/contract/session';
