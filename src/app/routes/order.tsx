import { useParams } from 'react-router';
import { OrderPage } from '@/features/orders';
import { OrderTickets } from '@/features/support';
import { supportPaths } from '@/features/support/paths';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';

export function OrderRoute() {
  const { orderNumber = '' } = useParams();
  const session = useCurrentSession();
  return (
    <OrderPage
      key={orderNumber}
      orderNumber={orderNumber}
      canChange={can(session.user.role, 'orders:change')}
      contactSupportPath={supportPaths.page({ order: orderNumber })}
      supportRequests={(order) => <OrderTickets order={order} />}
    />
  );
}
