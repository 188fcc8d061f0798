/** Where the team's endpoints live under the API's base URL (the contract's `endpoints` lists them). */
export const teamApiPaths = {
  members: () => '/team/members',
  invitations: () => '/team/invitations',
  member: (userId: string, action: 'role' | 'deactivate' | 'reactivate' | 'invitation') => `/team/members/${encodeURIComponent(userId)}/${action}`,
  outbox: () => '/demo/outbox',
};
