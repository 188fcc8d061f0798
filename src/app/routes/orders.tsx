// From the page's own module: the feature's index would bring the order page into this chunk.
import { OrdersListPage } from '@/features/orders/components/orders-list-page';
import { can } from '@/lib/permissions';
import { useCurrentSession } from './app-layout';

export function OrdersRoute() {
  const session = useCurrentSession();
  return (
    <OrdersListPage
      canExport={can(session.user.role, 'orders:export')}
      canChange={can(session.user.role, 'orders:change')}
    />
  );
}
