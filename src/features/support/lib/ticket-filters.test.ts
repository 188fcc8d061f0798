import { readTicketFilters, writeTicketFilters } from './ticket-filters';

describe('the ticket list’s filters in the address', () => {
  it('reads the states it knows, in the list’s order, and the words typed', () => {
    expect(readTicketFilters(new URLSearchParams('status=closed,pending,answered&q=1000042'))).toEqual({ status: ['answered', 'closed'], q: '1000042' });
    expect(readTicketFilters(new URLSearchParams(''))).toEqual({ status: [], q: '' });
  });

  it('writes them beside the support form’s parameters, and drops the empty ones', () => {
    const search = new URLSearchParams('order=1000042&status=open&q=late');
    expect(writeTicketFilters(search, { status: ['waiting-for-you'], q: '' }).toString()).toBe('order=1000042&status=waiting-for-you');
    expect(writeTicketFilters(search, { status: [], q: 'refund' }).toString()).toBe('order=1000042&q=refund');
  });
});
