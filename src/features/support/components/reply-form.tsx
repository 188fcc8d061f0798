import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { limits } from '@/contract/common';
import { isApiError, type ApiError } from '@/lib/api-error';
import { useDataMode } from '@/lib/data-mode';
import { useFormat } from '@/lib/format';
import { useReplyToTicket } from '../api/reply-to-ticket';
import { replyFormSchema, type ReplyForm as ReplyValues } from '../api/reply-form';
import { replyDraftStorage } from '../lib/reply-draft-storage';
import { SendAgainButton } from './send-again-button';

type Props = { ticketNumber: string; userEmail: string };

/** What went wrong with a send, in the user's words; null when nothing did or a field says it. */
function failureText(error: ApiError | null, t: ReturnType<typeof useTranslation<'support'>>['t']): string | null {
  switch (error?.kind) {
    case undefined:
      return null;
    case 'network':
      return t('form.notSentNetwork');
    case 'storage-full':
      return t('form.notSentStorageFull');
    case 'conflict':
      return t('reply.closedMeanwhile');
    case 'validation':
      return error.problem?.type.endsWith('/idempotency-key-reused') ? t('reply.sentBefore') : null;
    default:
      return t('form.notSentServer');
  }
}

/**
 * Writing back on a ticket. What is typed is kept on this device as it is typed, with the key of its
 * send: a reload or a failed send loses nothing, and a retry adds the message once.
 */
export function ReplyForm({ ticketNumber, userEmail }: Props) {
  const { t } = useTranslation('support');
  // Limits written in the merchant's region, as its other figures are: a Swiss 5’000.
  const { locale } = useFormat();
  const mode = useDataMode();
  const [draft] = useState(() => replyDraftStorage.load({ userEmail, mode, ticketNumber }));
  const [idempotencyKey, setIdempotencyKey] = useState(() => draft?.idempotencyKey ?? crypto.randomUUID());
  const [sent, setSent] = useState(false);
  const form = useForm<ReplyValues>({ resolver: zodResolver(replyFormSchema), defaultValues: { body: draft?.body ?? '' } });
  const { errors } = form.formState;

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        const owner = { userEmail, mode, ticketNumber };
        // An empty box (after a send, or emptied by hand) is no draft.
        if (values.body.trim() === '') return replyDraftStorage.clear(owner);
        setSent(false);
        replyDraftStorage.save(owner, { body: values.body, idempotencyKey });
      },
    });
  }, [form, userEmail, mode, ticketNumber, idempotencyKey]);

  const send = useReplyToTicket({
    onSuccess: () => {
      replyDraftStorage.clear({ userEmail, mode, ticketNumber });
      form.reset({ body: '' });
      setIdempotencyKey(crypto.randomUUID());
      setSent(true);
    },
    onError: (error) => {
      // The earlier send under this key reached support; what is on screen now is another message.
      if (error.problem?.type.endsWith('/idempotency-key-reused')) setIdempotencyKey(crypto.randomUUID());
    },
  });
  const submit = form.handleSubmit(({ body }) => send.mutate({ ticketNumber, body: body.trim(), idempotencyKey }));
  const failure = failureText(send.error, t);
  const retryable = send.error && !isApiError(send.error, 'conflict') && !isApiError(send.error, 'validation');

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-labelledby="reply-title">
      <Stack gap="sm">
        {failure && (
          <Alert color="red" role="alert" title={t('reply.notSentTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{failure}</Text>
              {retryable && (
<SendAgainButton pending={send.isPending} focusField={() => form.setFocus('body')} onSend={() => void submit()} />
              )}
            </Stack>
          </Alert>
        )}
        <Textarea
          label={t('reply.label')}
          required
          autosize
          minRows={4}
          maxRows={12}
          error={errors.body?.message ? t(errors.body.message, { defaultValue: errors.body.message, ...limits, locale }) : undefined}
          {...form.register('body')}
        />
        <Group justify="space-between">
          <Text size="xs" c="dimmed" role="status">
            {sent ? t('reply.sent') : t('form.draftNote')}
          </Text>
          <Button type="submit" loading={send.isPending} leftSection={<IconSend size={16} aria-hidden />}>
            {t('reply.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
