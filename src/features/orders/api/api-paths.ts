/** Where each orders endpoint lives under the API's base URL (the contract's `endpoints` lists them). */
const order = (orderNumber: string) => `/orders/${encodeURIComponent(orderNumber)}`;

export const orderApiPaths = {
  list: () => '/orders',
  views: () => '/orders/views',
  export: () => '/exports/orders',
  detail: order,
  activate: (orderNumber: string) => `${order(orderNumber)}/activate`,
  cancel: (orderNumber: string) => `${order(orderNumber)}/cancel`,
  extendExpiry: (orderNumber: string) => `${order(orderNumber)}/extend-expiry`,
  reductions: (orderNumber: string) => `${order(orderNumber)}/reductions`,
  document: (orderNumber: string, documentId: string) => `${order(orderNumber)}/documents/${encodeURIComponent(documentId)}`,
};

/** The actions on one order; each answers the order as it is after the change. */
export type OrderAction = 'activate' | 'cancel' | 'extendExpiry' | 'reductions';
