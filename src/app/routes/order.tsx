import { useParams } from 'react-router';
import { OrderPage } from '@/features/orders';

export function OrderRoute() {
  const { orderNumber = '' } = useParams();
  return <OrderPage key={orderNumber} orderNumber={orderNumber} />;
}
