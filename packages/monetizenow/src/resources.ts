/**
 * `@x/monetizenow/resources`: the billing API as one factory per resource group (`accounts(monetizeNow)`) and one
 * standalone function per operation (`accountsCreate(monetizeNow, body)`), each taking a `MonetizeNowCore` (or
 * `MonetizeNowClient`). Only what you import ends up in your bundle.
 * @packageDocumentation
 */
export * from './generated/resources/index.js';
export { usageAPI, type UsageAPI } from './usage/usage-api.js';
