// The contract: zod schemas shared by the server, the client and the OpenAPI document.
export * from './vocabulary';
export * from './common';
export * from './safe-text';
export * from './meetings';
export * from './feeds';
export * from './details';
export * from './listing';
export * from './search';
export * from './error';
export * from './submission';
export * from './moderation';
