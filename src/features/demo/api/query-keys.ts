/** The demo backend's own state, apart from any data world. */
export const demoKeys = {
  all: ['demo'] as const,
  storage: () => [...demoKeys.all, 'storage'] as const,
};
