/** Where the session endpoints live under the API's base URL (the contract's `endpoints` lists them). */
export const sessionApiPaths = {
  session: () => '/session',
  password: () => '/session/password',
  passwordResets: () => '/password-resets',
  passwordReset: (token: string) => `/password-resets/${encodeURIComponent(token)}`,
  completePasswordReset: (token: string) => `/password-resets/${encodeURIComponent(token)}/complete`,
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
  acceptInvitation: (token: string) => `/invitations/${encodeURIComponent(token)}/accept`,
};
