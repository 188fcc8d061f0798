/** Where the demo endpoints live under the API's base URL (the contract's `endpoints` lists them). */
export const demoApiPaths = {
  reset: () => '/demo/reset',
  storage: () => '/demo/storage',
  setAside: () => '/demo/storage/set-aside',
};
