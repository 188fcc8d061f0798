import type commonEn from '@/components/i18n/en.json';
import type shellEn from '@/app/i18n/en.json';
import type authEn from '@/features/auth/i18n/en.json';
import type ordersEn from '@/features/orders/i18n/en.json';
import type statementsEn from '@/features/statements/i18n/en.json';
import type supportEn from '@/features/support/i18n/en.json';
import type apiReferenceEn from '@/features/api-reference/i18n/en.json';
import type demoEn from '@/features/demo/i18n/en.json';
import type teamEn from '@/features/team/i18n/en.json';
import type accountEn from '@/features/account/i18n/en.json';
import type activityEn from '@/features/activity/i18n/en.json';

// The English catalogues are the reference: a key missing from them, or misspelt, fails the type
// check wherever t() is called. The other languages are held to the same keys by a test.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof commonEn;
      shell: typeof shellEn;
      auth: typeof authEn;
      orders: typeof ordersEn;
      statements: typeof statementsEn;
      support: typeof supportEn;
      apiReference: typeof apiReferenceEn;
      demo: typeof demoEn;
      team: typeof teamEn;
      account: typeof accountEn;
      activity: typeof activityEn;
    };
  }
}
