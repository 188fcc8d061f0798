import type { Role } from '@/contract/common';
import type { OutboxMessage } from '@/contract/demo';
import type { TeamMember } from '@/contract/team';
import { call } from './api-client';

// What the handler tests of the team, invitations and passwords share.

export function post(path: string, { token, body, headers }: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  return call(path, { token, mode: null, method: 'POST', body: body === undefined ? undefined : JSON.stringify(body), headers });
}

export async function outbox(): Promise<OutboxMessage[]> {
  return ((await (await call('/demo/outbox', { mode: null })).json()) as { items: OutboxMessage[] }).items;
}

/** The token of the newest link the outbox holds for `to`. */
export async function linkTokenFor(to: string, kind: OutboxMessage['kind']): Promise<string> {
  const message = (await outbox()).find((candidate) => candidate.to === to && candidate.kind === kind);
  if (!message) throw new Error(`no ${kind} message to ${to}`);
  return message.link.split('/').at(-1)!;
}

export async function invite(adminToken: string, email: string, role: Role = 'finance'): Promise<TeamMember> {
  const response = await post('/team/invitations', { token: adminToken, body: { email, role } });
  if (response.status !== 201) throw new Error(`inviting ${email} answered ${response.status}`);
  return (await response.json()) as TeamMember;
}

/** Invites `email`, accepts with `password` and answers the new member. */
export async function joinedMember(adminToken: string, email: string, role: Role, password: string): Promise<TeamMember> {
  const member = await invite(adminToken, email, role);
  const response = await post(`/invitations/${await linkTokenFor(email, 'invitation')}/accept`, { body: { name: 'Emma Peeters', password } });
  if (response.status !== 200) throw new Error(`accepting the invitation answered ${response.status}`);
  return member;
}

export async function signInWith(email: string, password: string): Promise<Response> {
  return post('/session', { body: { email, password } });
}

export async function teamOf(token: string): Promise<TeamMember[]> {
  return ((await (await call('/team/members', { token, mode: null })).json()) as { items: TeamMember[] }).items;
}
