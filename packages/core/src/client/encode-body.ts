/** Encodes a call's body for fetch, setting `content-type` where fetch would not. */
export function encodeBody(body: unknown, type: 'json' | 'form' | 'multipart' | undefined, headers: Headers): BodyInit | undefined {
  if (body === undefined) return undefined;
  switch (type ?? 'json') {
    case 'multipart':
      // fetch sets the multipart boundary itself.
      return toFormData(body as Record<string, unknown>);
    case 'form': {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
        if (value !== undefined && value !== null) params.append(key, String(value));
      }
      return params;
    }
    default:
      headers.set('content-type', 'application/json');
      return JSON.stringify(body);
  }
}

function toFormData(body: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(body)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item === undefined || item === null) continue;
      if (item instanceof Blob) form.append(key, item, (item as File).name ?? key);
      else form.append(key, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
  }
  return form;
}
