import { Notifications } from '@mantine/notifications';

/** Bottom right: the header's controls stay usable while a notification shows. */
export default function NotificationsRegion() {
  return <Notifications position="bottom-right" />;
}
