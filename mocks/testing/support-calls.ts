import { idempotencyKeyHeader, type Mode } from '@/contract/common';
import { ticketBodyExample, ticketDetailSchema, ticketListSchema, ticketSchema, type Ticket, type TicketDetail } from '@/contract/support';
import { call } from './api-client';

// What the handler tests of support tickets share. Answers are read with the
// contract's schemas, so the backend cannot drift from what the app accepts.

/** The request the OpenAPI document shows as its example: filing it proves the example valid. */
export const ticketRequest: Record<string, unknown> = ticketBodyExample;

interface TicketOptions {
  token?: string;
  mode?: Mode | null;
  key?: string;
}

export function postTicket(body: unknown, { token, mode = 'live', key }: TicketOptions): Promise<Response> {
  return call('/support/tickets', {
    token,
    mode,
    method: 'POST',
    body: JSON.stringify(body),
    headers: key === undefined ? {} : { [idempotencyKeyHeader]: key },
  });
}

export async function fileTicket(body: unknown, options: TicketOptions): Promise<Ticket> {
  const response = await postTicket(body, options);
  if (response.status !== 201) throw new Error(`POST ticket answered ${response.status}: ${await response.text()}`);
  return ticketSchema.parse(await response.json());
}

export async function listTickets(token: string, mode: Mode = 'live', query = ''): Promise<Ticket[]> {
  const response = await call(`/support/tickets${query}`, { token, mode });
  if (response.status !== 200) throw new Error(`GET tickets answered ${response.status}`);
  return ticketListSchema.parse(await response.json()).items;
}

/** One ticket with its conversation; fails the test on any other answer than 200. */
export async function getTicket(ticketNumber: string, token: string, mode: Mode = 'live'): Promise<TicketDetail> {
  const response = await call(`/support/tickets/${ticketNumber}`, { token, mode });
  if (response.status !== 200) throw new Error(`GET ticket ${ticketNumber} answered ${response.status}`);
  return ticketDetailSchema.parse(await response.json());
}

export function postMessage(ticketNumber: string, body: unknown, { token, mode = 'live', key }: TicketOptions): Promise<Response> {
  return call(`/support/tickets/${ticketNumber}/messages`, {
    token,
    mode,
    method: 'POST',
    body: JSON.stringify(body),
    headers: key === undefined ? {} : { [idempotencyKeyHeader]: key },
  });
}

export function markRead(ticketNumber: string, { token, mode = 'live' }: TicketOptions): Promise<Response> {
  return call(`/support/tickets/${ticketNumber}/read`, { token, mode, method: 'POST' });
}

/** The demo's way to have the provider answer at once. */
export function answerNow(ticketNumber: string, { token, mode = 'live' }: TicketOptions): Promise<Response> {
  return call(`/demo/support/tickets/${ticketNumber}/answer`, { token, mode, method: 'POST' });
}
