import type { ActivityParams } from '../lib/activity-params';

export const activityKeys = {
  all: ['activity'] as const,
  list: (params: ActivityParams) => [...activityKeys.all, 'list', params] as const,
};
