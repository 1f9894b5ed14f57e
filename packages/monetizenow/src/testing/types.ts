import type { SignUpRequest } from '../signup/requests.js';

/** The quote part of a sign-up request. */
export type SignUpRequestQuote = NonNullable<Extract<SignUpRequest, { quote?: unknown }>['quote']>;
