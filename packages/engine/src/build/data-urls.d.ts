/** The part of data-urls (WHATWG's data: URL processor, jsdom project; ships no types) that outputScan.ts uses. */
declare module 'data-urls' {
  interface DataUrl {
    // whatwg-mimetype MIMEType: parameters is a Map of lower-cased names.
    mimeType: { essence: string; parameters: Map<string, string> };
    body: Uint8Array;
  }
  export default function parseDataURL(url: string): DataUrl | null;
}
