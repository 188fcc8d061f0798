export { useResetDemoData } from './api/reset-demo-data';
