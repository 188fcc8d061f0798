export const sessionKeys = {
  all: ['session'] as const,
  current: () => [...sessionKeys.all, 'current'] as const,
  passwordReset: (token: string) => [...sessionKeys.all, 'password-reset', token] as const,
  invitation: (token: string) => [...sessionKeys.all, 'invitation', token] as const,
};
