/** A non-JSON response body (for example a PDF), readable once in the form you need. */
export class BinaryBody {
  readonly #response: Response;

  constructor(response: Response) {
    this.#response = response;
  }

  /** The `content-type` the server sent, e.g. `application/pdf`. */
  get contentType(): string | undefined {
    return this.#response.headers.get('content-type') ?? undefined;
  }

  blob(): Promise<Blob> {
    return this.#response.blob();
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    return this.#response.arrayBuffer();
  }

  /** The body as a web `ReadableStream`, for piping large files without buffering. */
  stream(): ReadableStream<Uint8Array> {
    if (!this.#response.body) return new Blob([]).stream();
    return this.#response.body;
  }
}
