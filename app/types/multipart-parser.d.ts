// The package ships types that its "exports" map hides from TypeScript; this is the part we use.
declare module "@web3-storage/multipart-parser" {
  export function streamMultipart(
    body: ReadableStream<Uint8Array>,
    boundary: string,
  ): AsyncGenerator<{ name: string; filename?: string; contentType?: string; data: AsyncIterable<Uint8Array>; done?: boolean }>;
}
