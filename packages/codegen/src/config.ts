// What differs between vendors. The generator is one pipeline (spec → catalog → models, schemas,
// operations, resources); each vendor (src/vendors/*.ts) says which operations are internal, how
// things are named, which headers the runtime owns, how lists paginate and what the emitted docs say.
import type { ApiOperation, HttpMethod, JsonSchema } from './spec.ts';

/** How a list operation pages, and where its items are. */
export interface PaginationInfo {
  /** The runtime's name for the style, emitted as `pagination: '<style>'` on the operation. */
  style: string;
  /** The response property holding the page's items (`data`, `content`). */
  items: string;
}

export interface VendorNames {
  /** Spec schema name → public type name. */
  schemaNameOverrides: Readonly<Record<string, string>>;
  /** A spec schema name → its public base name before overrides (default: the spec name itself). */
  schemaBaseName?: (specName: string) => string;
  /** First tag → resource (property on the client). Default: the tag camelCased. */
  resourceNameOverrides: Readonly<Record<string, string>>;
  /** `METHOD /path` → method name, where the shape-based rule reads badly. */
  methodNameOverrides: Readonly<Record<string, string>>;
  /**
   * `METHOD /path` → `resource.method`, for every operation. When set, the table is the only source of
   * names: an operation missing from it (a spec refresh) fails the generator.
   */
  operations?: Readonly<Record<string, string>>;
  /** Name of an operation's const in operations.ts: from its operationId (default) or its method. */
  constNames?: 'operationId' | 'method';
}

/** Words the emitted code and documentation use for this vendor. */
export interface VendorEmit {
  /** The client variable in docs: `monite` → "`monite.entities.create`". */
  clientVariable: string;
  /** The vendor as named in `@deprecated Deprecated by <vendor>.` */
  vendorName: string;
  /** Per-request options type, exported by `<runtime>/operation.js`. */
  requestOptionsType: string;
  /** The interface collecting every resource (`MoniteResources`). */
  resourcesInterface: string;
  /** What runs a standalone function, for its `@param runner` line. */
  runnerDescription: string;
  /** How `options` is described on every method. */
  optionsDescription: string;
  /** The suffix of a resource factory's doc: "The `monite.x` methods for one client<suffix>". */
  factoryNote: string;
  /**
   * Where hand-written types used by the generated code come from, relative to the generated folder
   * (`../values/ids.js`), keyed by type name; used for `x-brand` types.
   */
  brandModule?: string;
  /** How an example reaches an operation that requires an entity, after the client variable: `forEntity('ENTITY_ID')`. */
  entityScope?: string;
}

export interface VendorConfig {
  /** Short name: `--vendor <name>`, log lines. */
  name: string;
  /** The vendored spec, relative to the repository root. */
  specFile: string;
  /** Where the generated files go, relative to the repository root. */
  outputDir: string;
  /** Operations the SDK does not expose. */
  isInternal(method: HttpMethod, path: string): boolean;
  /**
   * A header parameter that is the operation's credentials (MonetizeNow's `x-api-key`, declared on every
   * operation instead of a security scheme): an operation declaring it is authenticated.
   */
  authHeader?: string;
  /** Header parameters the runtime sets itself (auth, version, Accept); lower case. Any other header fails the generator. */
  runtimeHeaders: readonly string[];
  /**
   * A scoping header operations may declare (Monite's `x-monite-entity-id`); emitted as the operation's
   * `entityHeader: 'required' | 'optional' | 'none'`. Without one, operations carry no such field.
   */
  scopeHeader?: string;
  names: VendorNames;
  /** The pagination style of a GET, given its response object's property names and its query parameter names. */
  pagination(op: ApiOperation, responseProperties: string[]): PaginationInfo | undefined;
  /** The response property that makes a GET a list, for method naming (`data`). */
  listItemsProperty: string;
  /** zod expressions checking string formats in requests, replacing the defaults (`'date-time': 'z.iso.datetime(…)'`). */
  requestFormats?: Readonly<Record<string, string>>;
  /** Fixes applied to the parsed document before anything else (documented spec defects, private schemas). */
  patch?: (doc: OpenApiDocument) => void;
  emit: VendorEmit;
}

/** The parts of an OpenAPI document the generator reads. */
export interface OpenApiDocument {
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, JsonSchema> };
}
