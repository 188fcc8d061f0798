import { Navigate, useParams } from 'react-router';
import { orderPaths } from '@/features/orders/paths';
import { SupportPage, TicketPage } from '@/features/support';
import { supportPaths } from '@/features/support/paths';
import { useCurrentSession } from './app-layout';

export function SupportRoute() {
  const session = useCurrentSession();
  return <SupportPage user={session.user} merchant={session.merchant} />;
}

export function SupportTicketRoute() {
  const { ticketNumber = '' } = useParams();
  const session = useCurrentSession();
  // A number typed in small letters names the same ticket: the address takes its printed form.
  const printed = ticketNumber.toUpperCase();
  if (printed !== ticketNumber) return <Navigate replace to={supportPaths.ticket(printed)} />;
  return <TicketPage key={ticketNumber} ticketNumber={ticketNumber} userEmail={session.user.email} orderPath={orderPaths.detail} />;
}
