export { StatementsPage } from './components/statements-page';
export { StatementPage } from './components/statement-page';
