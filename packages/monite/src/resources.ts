/**
 * `@x/monite/resources`: one factory per resource group, each taking a
 * client's `runner`. Only the factories you import end up in your bundle.
 * @packageDocumentation
 */
export * from './generated/resources/index.js';
export { operationManifest } from './generated/manifest.js';
