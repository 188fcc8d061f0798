import { ApiReferencePage } from '@/features/api-reference';

export function ApiReferenceRoute() {
  return <ApiReferencePage />;
}
