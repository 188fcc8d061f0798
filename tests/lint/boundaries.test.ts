import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The import boundaries of the brief, proven on the lint configuration itself: each import below
// is written into a file that does not exist, at the place named, and must be refused.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared UI importing a feature, relatively', 'src/components/probe.ts', "import { ordersCatalogue } from '../features/orders/i18n';"],
    ['plumbing importing a feature through the alias', 'src/lib/probe.ts', "import { ordersCatalogue } from '@/features/orders/i18n';"],
    ['plumbing importing the app', 'src/lib/probe.ts', "import { routes } from '@/app/router';"],
    ['a feature importing another feature', 'src/features/support/probe.ts', "import { ordersCatalogue } from '../orders/i18n';"],
    ['a feature importing the app', 'src/features/orders/probe.ts', "import { routes } from '@/app/router';"],
    ['a feature importing the embedded backend', 'src/features/orders/probe.ts', "import { handlers } from '@mocks/handlers';"],
    ['the backend importing a feature', 'mocks/probe.ts', "import { ordersCatalogue } from '@/features/orders/i18n';"],
    ['the backend importing plumbing of the app', 'mocks/probe.ts', "import { env } from '../src/lib/env';"],
    ['the contract importing plumbing of the app', 'src/contract/probe.ts', "import { env } from '@/lib/env';"],
  ])('refuses %s', async (_case, filePath, code) => {
    expect(await ruleBroken(filePath, `${code}\nexport const probe = 1;\n`)).toContain('import-x/no-restricted-paths');
  });

  it('lets the backend and a feature share the contract', async () => {
    const code = "import { topics } from '@/contract/support';\nexport const probe = topics;\n";
    expect(await ruleBroken('mocks/probe.ts', code)).toEqual([]);
    expect(await ruleBroken('src/features/support/probe.ts', code)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // The API client imports api-error.ts; were api-error.ts to import the client back, a cycle.
    const code = "import { apiRequest } from './api-client';\nexport const probe = apiRequest;\n";
    expect(await ruleBroken('src/lib/api-error.ts', code)).toContain('import-x/no-cycle');
  });

  it('refuses a direct write to a browser storage in the app, which a full storage would turn into a crash', async () => {
    expect(await ruleBroken('src/features/orders/probe.ts', "export const probe = () => sessionStorage.setItem('k', 'v');\n")).toContain('no-restricted-properties');
    expect(await ruleBroken('src/lib/probe.ts', "export const probe = () => localStorage.setItem('k', 'v');\n")).toContain('no-restricted-properties');
  });
});
