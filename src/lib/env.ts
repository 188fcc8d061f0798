/** Build-time settings. A real backend only needs VITE_API_URL and VITE_MOCKS=false. */
export const env = {
  apiUrl: (import.meta.env.VITE_API_URL as string | undefined)?.replace(/\/$/, '') || '/api',
  mocksEnabled: import.meta.env.VITE_MOCKS !== 'false',
};
