// Calls a route loader the way Remix does, with a real Request.
export function get(path: string, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${path}`, { headers: { "Accept-Language": "th-TH", ...headers } });
}
export const args = (path: string, params: Record<string, string> = {}, headers: Record<string, string> = {}) => ({
  request: get(path, headers),
  params,
  context: {},
});
