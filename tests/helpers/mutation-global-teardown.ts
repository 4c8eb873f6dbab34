// Global teardown for `npm run test:mutation`: nothing after each of the process's jest runs, so the next mutant's run
// reuses the template; mutation-global-setup.ts removes it when the process exits. (Stryker sends its options to its
// test processes as JSON, so leaving globalTeardown undefined would bring back jest.config.js's.)
export default async function mutationGlobalTeardown(): Promise<void> {}
