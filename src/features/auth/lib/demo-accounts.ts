/** The embedded backend's accounts, listed on the sign-in page of the demo build only. */
export const demoPassword = 'demo-password';

export const demoAccounts = [
  { email: 'admin@atelier-lumiere.example', role: 'admin', merchant: '3333 Atelier Lumière' },
  { email: 'finance@atelier-lumiere.example', role: 'finance', merchant: '3333 Atelier Lumière' },
  { email: 'support@atelier-lumiere.example', role: 'support', merchant: '3333 Atelier Lumière' },
  { email: 'admin@bergblick.example', role: 'admin', merchant: '4711 Bergblick AG' },
] as const;
