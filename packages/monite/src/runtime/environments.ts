/** Monite's API hosts, from the `servers` of its OpenAPI spec. */
export const MONITE_ENVIRONMENTS = {
  sandbox: 'https://api.sandbox.monite.com/v1',
  /** EU production. */
  production: 'https://api.monite.com/v1',
  /** North-America production. */
  'na-production': 'https://us.api.monite.com/v1',
  dev: 'https://api.dev.monite.com/v1',
} as const;

export type MoniteEnvironment = keyof typeof MONITE_ENVIRONMENTS;
