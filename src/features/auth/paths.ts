/**
 * The app's address of the sign-in page; the router keeps the route pattern. Free of imports, so
 * that the app's shell can link here without loading the feature.
 */
export const authPaths = {
  /** `next` is where the user goes once signed in; `expired` says the session ended on its own. */
  signIn: ({ next, expired = false }: { next?: string; expired?: boolean } = {}) => {
    const query = new URLSearchParams();
    if (next) query.set('next', next);
    if (expired) query.set('expired', '1');
    return query.size ? `/sign-in?${query}` : '/sign-in';
  },
};
