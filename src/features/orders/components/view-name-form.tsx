import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useMessage } from '@/lib/i18n';
import { viewNameSchema } from '../lib/saved-views';

/** One name field, checked by the schema: for saving a view, or renaming one. */
export function ViewNameForm({ names, initial, submitLabel, onSubmit }: { names: string[]; initial: string; submitLabel: string; onSubmit: (name: string) => void }) {
  const { t } = useTranslation('orders');
  const message = useMessage();
  const form = useForm({ resolver: zodResolver(viewNameSchema(names)), defaultValues: { name: initial } });
  // A rename shows it in a dialog that placed its focus long before: it takes the focus itself.
  const { setFocus } = form;
  useEffect(() => setFocus('name'), [setFocus]);
  return (
    <form noValidate onSubmit={form.handleSubmit(({ name }) => onSubmit(name))}>
      <Group align="flex-start" wrap="nowrap">
        <TextInput {...form.register('name')} label={t('savedViews.name')} error={message(form.formState.errors.name?.message)} style={{ flex: 1 }} data-autofocus />
        <Button type="submit" mt={25}>
          {submitLabel}
        </Button>
      </Group>
    </form>
  );
}
