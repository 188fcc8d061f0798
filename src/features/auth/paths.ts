/** What the sign-in page says above the form, after a step that leads there. */
export type SignInNotice = 'account-ready' | 'password-set';

/**
 * The app's addresses of the pages a signed-out user sees; the router keeps the route patterns.
 * Free of imports, so that the app's shell can link here without loading the feature.
 */
export const authPaths = {
  /**
   * `next` is where the user goes once signed in; `expired` says the session ended on its own;
   * `email` fills the form in, `notice` says what just happened.
   */
  signIn: ({ next, expired = false, email, notice }: { next?: string; expired?: boolean; email?: string; notice?: SignInNotice } = {}) => {
    const query = new URLSearchParams();
    if (next) query.set('next', next);
    if (expired) query.set('expired', '1');
    if (email) query.set('email', email);
    if (notice) query.set('notice', notice);
    return query.size ? `/sign-in?${query}` : '/sign-in';
  },
  /** `email`, the address typed on the sign-in page, fills the form in; it stays editable. */
  forgotPassword: ({ email }: { email?: string } = {}) => (email ? `/forgot-password?${new URLSearchParams({ email })}` : '/forgot-password'),
  /** The links the backend sends by e-mail lead here. */
  resetPassword: (token: string) => `/reset-password/${encodeURIComponent(token)}`,
  invitation: (token: string) => `/invitations/${encodeURIComponent(token)}`,
};
