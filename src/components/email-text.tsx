import { Fragment } from 'react';

/**
 * An e-mail address that wraps, where its box is narrower than it, after its "@" or a dot, the way
 * a reader splits it, rather than mid-word ("skynet.exampl" / "e"). For a box of fixed width: in a
 * table, each of those places would let the column shrink to its longest piece.
 */
export function EmailText({ email }: { email: string }) {
  return email.split(/(?<=[@.])/).map((part, index) => (
    <Fragment key={index}>
      {index > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}
