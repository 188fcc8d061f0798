import { useParams } from 'react-router';
import { orderPaths } from '@/features/orders/paths';
import { SupportPage, TicketPage } from '@/features/support';
import { useCurrentSession } from './app-layout';

export function SupportRoute() {
  const session = useCurrentSession();
  return <SupportPage user={session.user} merchant={session.merchant} />;
}

export function SupportTicketRoute() {
  const { ticketNumber = '' } = useParams();
  const session = useCurrentSession();
  return <TicketPage key={ticketNumber} ticketNumber={ticketNumber} userEmail={session.user.email} orderPath={orderPaths.detail} />;
}
