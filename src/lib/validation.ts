/**
 * Lets a form's cross-field checks run even while single fields are still invalid, so that every
 * message shows at once rather than one round at a time. For zod's `when` parameter.
 */
export const alwaysCheck = {
  when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
};
