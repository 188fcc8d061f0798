export const teamKeys = {
  all: ['team'] as const,
  members: () => [...teamKeys.all, 'members'] as const,
  outbox: () => [...teamKeys.all, 'outbox'] as const,
};
