import { activityPageSchema, type ActivityPage } from '@/contract/activity';
import { accountCall } from './account-calls';

/** `GET /account/activity` with a query string (`?kind=…`), read with the contract's schema. */
export async function activityOf(token: string, query = ''): Promise<ActivityPage> {
  const response = await accountCall(`/activity${query}`, token);
  if (response.status !== 200) throw new Error(`The activity log answered ${response.status}: ${await response.text()}`);
  return activityPageSchema.parse(await response.json());
}
