import { restoreStackTraces } from './declaration-stacks';

it('takes no stack trace while the worker starts, and gives them back once it has', () => {
  // As imported: the worker's modules are still being evaluated, msw's handlers among them.
  expect(new Error('while starting').stack).not.toMatch(/\n\s+at /);

  restoreStackTraces();
  expect(new Error('while serving').stack).toMatch(/\n\s+at /);
});
