// Every vendor the generator writes an SDK for.
import type { VendorConfig } from '../config.ts';
import { monetizeNow } from './monetizenow.ts';
import { monite } from './monite.ts';

export const vendors: readonly VendorConfig[] = [monite, monetizeNow];
