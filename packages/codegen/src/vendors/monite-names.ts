// Monite's committed naming decisions. The generator derives most names by rule (see naming.ts and
// schema-names.ts); these tables pin the cases the rules cannot name well, so public names stay
// stable when Monite refreshes the spec. The generator fails when a reachable spec artefact
// (`-Input`/`-Output` pair that differs, numeric-suffixed duplicate that differs, non-PascalCase
// name) has no entry here, so a spec refresh can never silently leak an artefact name.

/** Spec schema name → public type name. */
export const schemaNameOverrides: Readonly<Record<string, string>> = {
  // Role permissions (`CommonSchema`) use ActionSchema2; `ActionSchema` itself is Partner-Portal only.
  ActionSchema2: 'ActionSchema',
  // Entity settings use a strict copy of DocumentRenderingSettings (receivables use the lenient one).
  'DocumentRenderingSettings-Input': 'EntityDocumentRenderingSettings',
  'DocumentRenderingSettings-Output': 'EntityDocumentRenderingSettings',
  // Entity logo: like FileSchema, but `pages`/`previews` may be null.
  FileSchema2: 'EntityLogoFile',
  // The `LineItemProduct` copies (integer VAT value); the originals are internal-only.
  LineItemProductVatRate2: 'LineItemProductVatRate',
  TotalVatAmountItem2: 'TotalVatAmountItem',
  // Payment-intent-with-secrets accounts also list authorised bank accounts.
  PayerAccountResponse2: 'PayerAccountWithAuthorizedBankAccounts',
  RecipientAccountResponse2: 'RecipientAccountWithAuthorizedBankAccounts',
  // `POST /receivables/search` sort fields lack `discounted_subtotal`.
  ReceivableCursorFields2: 'ReceivablesSearchCursorFields',
  // FastAPI names multipart bodies after the route.
  Body_put_entities_id_logo: 'UploadEntityLogoRequest',
};

/** First tag → resource (property on the client). Default: the tag camelCased. */
export const resourceNameOverrides: Readonly<Record<string, string>> = {
  'Credit notes': 'payableCreditNotes',
  'Data export - extra data': 'dataExportExtraData',
  'E-invoicing Search': 'einvoicingSearch',
  'E-invoicing connections': 'einvoicingConnections',
  'Counterpart e-invoicing credentials': 'counterpartEinvoicingCredentials',
  'Accounting synchronized records': 'accountingSyncedRecords',
  'Data export': 'dataExports',
  'OCR': 'ocrTasks',
  'PDF templates': 'pdfTemplates',
  'VAT rates': 'vatRates',
  'Custom VAT rates': 'customVatRates',
  'Entity VAT IDs': 'entityVatIds',
  'Counterpart VAT IDs': 'counterpartVatIds',
};

/** `METHOD /path` → method name, where the shape-based rule reads badly. */
export const methodNameOverrides: Readonly<Record<string, string>> = {
  'POST /auth/token': 'create',
  // Partner-level twin of `POST /bank_accounts/{id}/complete_verification`.
  'POST /bank_accounts/complete_verification': 'completeNewAccountVerification',
  'GET /bank_accounts/{bank_account_id}/verifications': 'listVerifications',
  'POST /einvoicing_connections/{einvoicing_connection_id}/network_credentials': 'createNetworkCredentials',
  'GET /einvoice_search': 'search',
  'PUT /entities/{entity_id}/logo': 'uploadLogo',
  'GET /entity_users/my_entity': 'myEntity',
  'PATCH /entity_users/my_entity': 'updateMyEntity',
  'GET /financing_offers': 'retrieveOffers',
  'GET /financing_invoices': 'listInvoices',
  'POST /financing_invoices': 'createInvoice',
  'POST /financing_tokens': 'createToken',
  'POST /onboarding_documents': 'uploadForEntity',
  'POST /entities/{entity_id}/documents': 'uploadEntityDocuments',
  'POST /persons/{person_id}/onboarding_documents': 'uploadForPerson',
  'POST /persons/{person_id}/documents': 'uploadPersonDocuments',
  'POST /onboarding_links': 'create',
  'POST /payment_onboarding_links': 'createPaymentOnboardingLink',
  'GET /onboarding_requirements': 'retrieve',
  'GET /entities/{entity_id}/onboarding_requirements': 'retrieveForEntity',
  'GET /payable_credit_notes/{credit_note_id}/validate': 'validate',
};
