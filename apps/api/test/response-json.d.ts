// Tests read many GraphQL bodies over HTTP and assert on their shape; undici types `json()` as
// `unknown`, which would put a cast on every line. Test code only (not in src).
declare global {
  interface Response {
    json(): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }
}
export {};
