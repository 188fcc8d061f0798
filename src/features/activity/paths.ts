/** The app's address of the activity log; free of imports, so that the shell can link here without loading the feature. */
export const activityPaths = {
  activity: () => '/settings/activity',
};
