export { useResetDemoData } from './api/reset-demo-data';
export { StorageBanner } from './components/storage-banner';
