import { billingDetailsSchema, createdApiKeySchema, payoutAccountsSchema, securityCheckSchema, type ApiKeyBody, type CreatedApiKey } from '@/contract/account';
import { call } from './api-client';

// What the handler tests of the account share. Answers are read with the contract's schemas.

/** A call outside the data worlds, with a JSON body when one is given. */
export function accountCall(path: string, token: string | undefined, method = 'GET', body?: unknown): Promise<Response> {
  return call(`/account${path}`, { token, method, mode: null, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function read<T>(response: Response, status: number, schema: { parse(value: unknown): T }): Promise<T> {
  if (response.status !== status) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return schema.parse(await response.json());
}

export const billingDetailsOf = async (token: string) => read(await accountCall('/billing-details', token), 200, billingDetailsSchema);
export const payoutAccountsOf = async (token: string) => read(await accountCall('/payout-account', token), 200, payoutAccountsSchema);
export const securityCheckOf = async (token: string) => read(await accountCall('/security-check', token), 200, securityCheckSchema);

export async function createKey(token: string, body: ApiKeyBody): Promise<CreatedApiKey> {
  return read(await accountCall('/api-keys', token, 'POST', body), 201, createdApiKeySchema);
}

/** `GET /account/api-keys/verify`, signed with the key itself. */
export function verifyKey(secret: string): Promise<Response> {
  return call('/account/api-keys/verify', { mode: null, headers: { Authorization: `Bearer ${secret}` } });
}
