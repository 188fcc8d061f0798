export { BillingDetailsPage } from './components/billing-details-page';
export { CredentialsPage } from './components/credentials-page';
export { PayoutAccountPage } from './components/payout-account-page';
