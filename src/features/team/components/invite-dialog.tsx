import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { limits } from '@/contract/common';
import type { TeamMember } from '@/contract/team';
import { useReturnFocus } from '@/components/use-return-focus';
import { isApiError } from '@/lib/api-error';
import { useMessage } from '@/lib/i18n';
import { useFocusFirstInvalid } from '@/lib/use-focus-first-invalid';
import { useTeam } from '../api/get-team';
import { inviteFormSchema, useInviteMember, type InviteForm } from '../api/invite-member';
import { memberWithAddress } from '../lib/member';
import { alreadyInTeamMessage, conflictOf, teamErrorMessage } from '../lib/team-errors';
import { RoleChoice } from './role-choice';

type Props = { opened: boolean; onClose: () => void; onInvited: (member: TeamMember) => void };

export function InviteDialog({ opened, onClose, onInvited }: Props) {
  const { t } = useTranslation('team');
  const message = useMessage();
  useReturnFocus(opened);
  const formRef = useRef<HTMLFormElement>(null);
  const form = useForm<InviteForm>({ resolver: zodResolver(inviteFormSchema), defaultValues: { email: '' }, shouldFocusError: false });
  useFocusFirstInvalid(form.formState.submitCount, formRef);
  const team = useTeam();
  const inviting = useInviteMember({
    onSuccess: (member) => {
      onInvited(member);
      onClose();
    },
    onError: (error, { email }) => {
      // Said next to the address, which is what to change.
      if (conflictOf(error) === 'already-in-team') {
        const member = memberWithAddress(team.data?.items ?? [], email);
        form.setError('email', { message: alreadyInTeamMessage(member, t) }, { shouldFocus: true });
      } else if (conflictOf(error) === 'address-taken') {
        form.setError('email', { message: teamErrorMessage(error, t) }, { shouldFocus: true });
      } else if (isApiError(error, 'validation')) {
        if (error.fieldErrors.email) form.setError('email', { message: 'team:validation.email' }, { shouldFocus: true });
        if (error.fieldErrors.role) form.setError('role', { message: 'team:validation.role' });
      }
    },
  });
  const fieldRefusal = conflictOf(inviting.error) !== null || isApiError(inviting.error, 'validation');
  const { errors } = form.formState;

  return (
    <Modal opened={opened} onClose={onClose} title={t('invite.title')} returnFocus={false} closeButtonProps={{ 'aria-label': t('invite.close') }}>
      <form ref={formRef} noValidate onSubmit={form.handleSubmit((values) => inviting.mutate(values))}>
        <Stack gap="md">
          {inviting.isError && !fieldRefusal && (
            <Alert color="red" role="alert">
              {teamErrorMessage(inviting.error, t)}
            </Alert>
          )}
          <Text size="sm">{t('invite.explain')}</Text>
          <TextInput
            label={t('invite.email')}
            type="email"
            autoComplete="off"
            required
            data-autofocus
            maxLength={limits.emailLength}
            error={message(errors.email?.message)}
            {...form.register('email')}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => <RoleChoice value={field.value} onChange={field.onChange} error={message(errors.role?.message)} />}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('invite.cancel')}
            </Button>
            <Button type="submit" loading={inviting.isPending}>
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
