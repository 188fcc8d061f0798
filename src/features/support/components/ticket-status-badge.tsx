import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketStatus } from '@/contract/support';

const statusColors: Record<TicketStatus, string> = { open: 'blue', answered: 'green', 'waiting-for-you': 'orange', closed: 'gray' };

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation('support');
  return (
    <Badge variant="light" color={statusColors[status]}>
      {t(`tickets.statuses.${status}`)}
    </Badge>
  );
}
