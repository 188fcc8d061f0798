export { TeamPage } from './components/team-page';
export { OutboxPage } from './components/outbox-page';
export { useTeam } from './api/get-team';
