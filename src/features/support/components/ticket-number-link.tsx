import { Anchor, Group } from '@mantine/core';
import { Link } from 'react-router';
import type { Ticket } from '@/contract/support';
import { supportPaths } from '../paths';
import { UnreadDot } from './unread-dot';

/**
 * A ticket's number, leading to its conversation, with a dot when a reply has not been read. The
 * number never breaks at its hyphens: "CPT-3333-" over "000105" reads as two numbers.
 */
export function TicketNumberLink({ ticket }: { ticket: Pick<Ticket, 'ticketNumber' | 'unread'> }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={supportPaths.ticket(ticket.ticketNumber)} size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
        {ticket.ticketNumber}
      </Anchor>
      {ticket.unread && <UnreadDot />}
    </Group>
  );
}
