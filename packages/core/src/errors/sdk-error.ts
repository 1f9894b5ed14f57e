import { brandClass } from '../internal/brand.js';

/**
 * Base class of every error thrown by an `@x` SDK. Catch this to catch
 * everything the SDK itself raises.
 */
export class SDKError extends Error {
  override name = 'SDKError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** Serialises without secrets: every field stored on an SDK error is already redacted. */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { name: this.name, message: this.message };
    for (const [key, value] of Object.entries(this)) {
      if (key !== 'name' && key !== 'cause') out[key] = value;
    }
    return out;
  }
}
brandClass(SDKError, 'SDKError');
