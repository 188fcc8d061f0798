/** Where the activity log lives under the API's base URL (the contract's `endpoints` lists it). */
export const activityApiPaths = {
  list: () => '/account/activity',
  csv: () => '/account/activity/csv',
};
