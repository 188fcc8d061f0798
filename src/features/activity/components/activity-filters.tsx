import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { activityKinds, type ActivityKind, type ActivityWorld } from '@/contract/activity';
import type { DataMode } from '@/lib/data-mode';
import type { ActivityParams } from '../lib/activity-params';
import { MultiSelect, Select } from '@/components/select';

export type Person = { name: string | null; email: string };

type Props = {
  params: ActivityParams;
  /** The header's world: the log offers its changes and those of neither world, never the other's. */
  mode: DataMode;
  people: readonly Person[];
  onChange: (change: Partial<ActivityParams>) => void;
  onClear: (() => void) | null;
  /** Why the last day cannot be asked for, shown under it. */
  toError?: string;
};

/** Who, what and when: each filter changes the URL, and the list follows. */
export function ActivityFilters({ params, mode, people, onChange, onClear, toError }: Props) {
  const { t } = useTranslation('activity');
  const known = people.some((person) => person.email === params.person);
  // A choice of the other world (an address kept from it) is none here.
  const worlds = params.worlds.filter((world) => world === mode || world === 'none');
  const personOptions = [
    ...people.map((person) => ({ value: person.email, label: person.name ? `${person.name} (${person.email})` : person.email })),
    // Someone who has left the team still has their changes in the log.
    ...(params.person && !known ? [{ value: params.person, label: params.person }] : []),
  ];
  return (
    <Group align="flex-end" gap="sm" role="search" aria-label={t('filters.label')}>
      <Select
        label={t('filters.person')}
        placeholder={t('filters.anyone')}
        data={personOptions}
        value={params.person}
        onChange={(person) => onChange({ person })}
        clearable
        searchable
        w={280}
      />
      <MultiSelect
        label={t('filters.kind')}
        placeholder={params.kinds.length === 0 ? t('filters.anyKind') : undefined}
        data={activityKinds.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        value={params.kinds}
        onChange={(kinds) => onChange({ kinds: kinds as ActivityKind[] })}
        clearable
        searchable
        w={320}
      />
      <MultiSelect
        label={t('filters.world')}
        placeholder={worlds.length === 0 ? t('filters.anyWorld') : undefined}
        data={([mode, 'none'] as const).map((world) => ({ value: world, label: t(`filters.worlds.${world}`) }))}
        value={worlds}
        onChange={(worlds) => onChange({ worlds: worlds as ActivityWorld[] })}
        clearable
        w={240}
      />
      {/* Days written the way the chosen language writes them, as on the orders' filters. A last day
          before the first is taken and said to be wrong (`toError`): a calendar bounded by the other
          day would keep it in the field without applying it. */}
      <DateField label={t('filters.from')} value={params.from} onChange={(from) => onChange({ from })} w={170} />
      <DateField label={t('filters.to')} value={params.to} error={toError} onChange={(to) => onChange({ to })} w={170} />
      {onClear && (
        <Button variant="subtle" onClick={onClear}>
          {t('filters.clear')}
        </Button>
      )}
    </Group>
  );
}
