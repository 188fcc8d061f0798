/**
 * The fields a 422 names, among the form's own: each gets a message in the user's language rather
 * than the server's English sentence. The form's checks are the API's, so this is seldom seen.
 */
export function refusedFields<Field extends string>(errors: Record<string, string[]>, fields: readonly Field[]): Field[] {
  return fields.filter((field) => errors[field]?.length);
}

export const refusedByServer = 'account:validation.server';
