import { bundleOf } from './bundle';

// Every namespace's catalogue in this language: one chunk, loaded when the language is needed.
export default bundleOf(import.meta.glob<Record<string, unknown>>(['/src/app/i18n/de.json', '/src/components/i18n/de.json', '/src/features/*/i18n/de.json'], { eager: true, import: 'default' }));
