/** The app's address of the API reference; free of imports, so the shell can link here cheaply. */
export const apiReferencePaths = {
  page: () => '/api-reference',
};
