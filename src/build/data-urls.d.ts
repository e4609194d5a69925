/** The part of data-urls (WHATWG's data: URL processor, jsdom project; ships no types) that outputScan.ts uses. */
declare module 'data-urls' {
  interface DataUrl {
    mimeType: { essence: string };
    body: Uint8Array;
  }
  export default function parseDataURL(url: string): DataUrl | null;
}
