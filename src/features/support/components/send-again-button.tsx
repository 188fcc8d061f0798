import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = {
  pending: boolean;
  /** Focuses the field whose text is sent again. */
  focusField: () => void;
  onSend: () => void;
};

/**
 * "Send again", in the alert of a failed send. The alert and this button go as the send starts:
 * the focus moves first to the field being sent, rather than dropping to <body>.
 */
export function SendAgainButton({ pending, focusField, onSend }: Props) {
  const { t } = useTranslation('support');
  return (
    <Button
      variant="white"
      color="red"
      loading={pending}
      onClick={() => {
        focusField();
        onSend();
      }}
    >
      {t('form.retry')}
    </Button>
  );
}
