/** Where the session endpoints live under the API's base URL (the contract's `endpoints` lists them). */
export const sessionApiPaths = {
  session: () => '/session',
};
