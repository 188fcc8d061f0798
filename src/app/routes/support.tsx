import { SupportPage } from '@/features/support';
import { useCurrentSession } from './app-layout';

export function SupportRoute() {
  const session = useCurrentSession();
  return <SupportPage user={session.user} merchantId={session.merchant.id} />;
}
