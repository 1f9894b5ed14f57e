/** This package's version, sent in `User-Agent`. A test keeps it equal to package.json. */
export const VERSION = '0.1.0';

/** The Monite API version this SDK was generated from and sends by default (`X-Monite-Version`). */
export const DEFAULT_MONITE_VERSION = '2024-05-25';
