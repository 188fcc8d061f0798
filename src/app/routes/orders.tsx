import { OrdersListPage } from '@/features/orders';
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
