import { unreadListValues } from './unread-link';

const unread = (query: string) => unreadListValues(new URLSearchParams(query));

describe('the values of a link the orders list cannot read', () => {
  it('are none for a link the list wrote itself, nor for parameters that are not the list’s', () => {
    expect(unread('status=created,activated&from=2026-11-01&expiresWithinDays=7&sort=total&order=asc&page=3&pageSize=50&utm_source=mail')).toEqual([]);
  });

  it('are the unknown values of a list, the known ones being kept', () => {
    expect(unread('status=created,shiped,activated,lost')).toEqual([{ name: 'status', value: 'shiped,lost' }]);
  });

  it('are a date that is none, a sort the list does not offer, a page size it does not offer, a page before the first', () => {
    expect(unread('from=2026-02-31&sort=colour&order=sideways&pageSize=33&page=0')).toEqual([
      { name: 'from', value: '2026-02-31' },
      { name: 'sort', value: 'colour' },
      { name: 'order', value: 'sideways' },
      { name: 'page', value: '0' },
      { name: 'pageSize', value: '33' },
    ]);
  });

  it('leave out a number however written, and a number out of range, which the filter itself reports', () => {
    expect(unread('page=02&expiresWithinDays=7.5&overdueByMoreThanDays=abc')).toEqual([{ name: 'overdueByMoreThanDays', value: 'abc' }]);
  });

  it('are a search longer than the list takes', () => {
    expect(unread(`q=${'a'.repeat(201)}`)).toEqual([{ name: 'q', value: 'a'.repeat(201) }]);
  });
});
