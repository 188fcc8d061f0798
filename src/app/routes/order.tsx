import { Navigate, useLocation, useParams } from 'react-router';
// From the page's own modules, so that the list and the order page load apart.
import { orderActionIds, type ActionId } from '@/contract/order-action-statuses';
import { OrderPage } from '@/features/orders/components/order-page';
import { orderPaths } from '@/features/orders/paths';
import { statementPaths } from '@/features/statements/paths';
import { OrderTickets, useOrderTicketEntries } from '@/features/support';
import { supportPaths } from '@/features/support/paths';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';

export function OrderRoute() {
  const { orderNumber: asked = '' } = useParams();
  // A link pasted with a space around the number still names the order.
  const orderNumber = asked.trim();
  const location = useLocation();
  const session = useCurrentSession();
  // The requests about the order are on its timeline too, among its own events.
  const ticketEntries = useOrderTicketEntries(orderNumber);
  // The command palette may arrive asking for an action's dialog.
  const action: unknown = (location.state as { openAction?: unknown } | null)?.openAction;
  const initialAction = orderActionIds.find((id): id is ActionId => id === action);
  if (orderNumber !== asked && orderNumber) {
    return <Navigate replace to={{ pathname: orderPaths.detail(orderNumber), search: location.search }} state={location.state} />;
  }
  return (
    <OrderPage
      key={orderNumber}
      orderNumber={orderNumber}
      canChange={can(session.user.role, 'orders:change')}
      contactSupportPath={supportPaths.page({ order: orderNumber })}
      supportRequests={(order) => <OrderTickets order={order} />}
      statementPath={can(session.user.role, 'statements:read') ? (week) => statementPaths.detail(week, { order: orderNumber }) : undefined}
      ticketPath={can(session.user.role, 'support:write') ? supportPaths.ticket : undefined}
      timelineEntries={ticketEntries}
      initialAction={initialAction}
    />
  );
}
