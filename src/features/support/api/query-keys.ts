import type { DataMode } from '@/lib/data-mode';

export const supportKeys = {
  all: ['support'] as const,
  tickets: (mode: DataMode) => [...supportKeys.all, mode, 'tickets'] as const,
  orderPrefill: (mode: DataMode, orderNumber: string) => [...supportKeys.all, mode, 'order', orderNumber] as const,
};
