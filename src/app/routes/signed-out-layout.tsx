import { Outlet } from 'react-router';
import { useFocusOnNewPage, usePageTitle } from '../shell/page-title';

/**
 * What the pages without a session share: their name in the browser's tab and the focus on arrival.
 * It stays mounted from one of them to the next, so that going back from one to another is told
 * from the browser loading the page, as the signed-in pages' frame does.
 */
export function SignedOutLayout() {
  usePageTitle();
  useFocusOnNewPage();
  return <Outlet />;
}
