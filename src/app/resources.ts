import type { Resource } from 'i18next';
import { shellCatalogue } from '@/app/i18n';
import { commonCatalogue } from '@/components/i18n';
import { accountCatalogue } from '@/features/account/i18n';
import { activityCatalogue } from '@/features/activity/i18n';
import { apiReferenceCatalogue } from '@/features/api-reference/i18n';
import { authCatalogue } from '@/features/auth/i18n';
import { demoCatalogue } from '@/features/demo/i18n';
import { ordersCatalogue } from '@/features/orders/i18n';
import { statementsCatalogue } from '@/features/statements/i18n';
import { supportCatalogue } from '@/features/support/i18n';
import { teamCatalogue } from '@/features/team/i18n';
import { languages } from '@/lib/i18n';

/** Each feature brings its own catalogue, loaded as a namespace of its own name. */
export const namespaces = {
  common: commonCatalogue,
  shell: shellCatalogue,
  auth: authCatalogue,
  orders: ordersCatalogue,
  statements: statementsCatalogue,
  support: supportCatalogue,
  apiReference: apiReferenceCatalogue,
  demo: demoCatalogue,
  team: teamCatalogue,
  account: accountCatalogue,
  activity: activityCatalogue,
};

export const resources: Resource = Object.fromEntries(
  languages.map(({ code }) => [
    code,
    Object.fromEntries(Object.entries(namespaces).map(([namespace, catalogue]) => [namespace, catalogue[code]])),
  ]),
);
