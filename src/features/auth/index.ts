export { SignInPage } from './components/sign-in-page';
export { ForgotPasswordPage } from './components/forgot-password-page';
export { ResetPasswordPage } from './components/reset-password-page';
export { InvitationPage } from './components/invitation-page';
export { ChangePasswordDialog } from './components/change-password-dialog';
export { useRefreshSession, useSession } from './api/get-session';
export { useSignOut } from './api/delete-session';
export type { Session } from '@/contract/session';
export { afterSignInPath } from './lib/after-sign-in-path';
