// npm run conformance -- --base-url http://host/api [--email … --password …]
// Drives a live Comptoir API through the contract's flows and holds every answer to the OpenAPI
// document. Prints a line per check, then "N passed, N failed"; exits non-zero on any failure.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { accountChecks } from './account';
import { activityChecks } from './activity';
import { actionChecks } from './actions';
import { Api } from './api';
import { expiryChecks } from './expiry';
import { exportChecks } from './exports';
import { filterChecks } from './filters';
import { guardChecks } from './guards';
import { orderChecks } from './orders';
import { roleChecks } from './roles';
import { sessionChecks } from './session';
import { statementChecks } from './statements';
import { Suite, type SuiteOptions } from './suite';
import { supportChecks } from './support';
import { teamChecks } from './team';

const usage = `Usage: npm run conformance -- --base-url <url> [options]

  --base-url <url>        the API's base URL, e.g. http://localhost:8787/api
  --email <e-mail>        an admin account (default admin@atelier-lumiere.example)
  --password <password>   the password of every account (default demo-password)
  --finance-email <e-mail>  a finance account of the same merchant (default finance@atelier-lumiere.example)
  --support-email <e-mail>  a support account of the same merchant (default support@atelier-lumiere.example)
  --timeout <seconds>     the longest wait for one answer (default 10)

It changes data of the test world (activates, cancels, reduces and extends the expiry of a few
created orders, files a support ticket), invites a user to the admin's team, puts the billing
details back as they are and makes a test API key, which it revokes: run it against a server whose
test data and team may change.`;

function optionsOrExit(): SuiteOptions {
  try {
    const { values } = parseArgs({
      options: {
        'base-url': { type: 'string' },
        email: { type: 'string', default: 'admin@atelier-lumiere.example' },
        password: { type: 'string', default: 'demo-password' },
        'finance-email': { type: 'string', default: 'finance@atelier-lumiere.example' },
        'support-email': { type: 'string', default: 'support@atelier-lumiere.example' },
        timeout: { type: 'string', default: '10' },
      },
      strict: true,
      allowPositionals: false,
    });
    const baseUrl = values['base-url']?.replace(/\/+$/, '');
    if (!baseUrl || !URL.canParse(baseUrl)) throw new Error('--base-url must be the URL of the API, e.g. http://localhost:8787/api');
    const timeoutSeconds = Number(values.timeout);
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 600)) throw new Error('--timeout must be a number of seconds from 1 to 600');
    return {
      baseUrl,
      email: values.email,
      password: values.password,
      financeEmail: values['finance-email'],
      supportEmail: values['support-email'],
      timeoutSeconds,
    };
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

const options = optionsOrExit();
const api = new Api(options.baseUrl, options.timeoutSeconds);
const suite = new Suite();
const started = performance.now();
// Standard output holds only the check lines and the tally; the rest goes to standard error.
console.error(`Comptoir API conformance: ${options.baseUrl}`);

const admin = await sessionChecks(suite, api, options.email, options.password);
if (admin) {
  const context = { api, suite, options, admin, runId: randomUUID() };
  for (const area of [guardChecks, orderChecks, filterChecks, actionChecks, expiryChecks, exportChecks, statementChecks, supportChecks, accountChecks, activityChecks, roleChecks, teamChecks]) {
    await area(context);
  }
} else {
  console.log('✗ the other checks need a signed-in admin: not run');
  suite.failed += 1;
}

console.error(`Took ${((performance.now() - started) / 1000).toFixed(1)} s.`);
console.log(`${suite.passed} passed, ${suite.failed} failed`);
process.exitCode = suite.failed > 0 ? 1 : 0;
