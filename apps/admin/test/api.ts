/**
 * Setup through the product's own API, from a signed-in page (same origin, the page's token
 * unless another is given), for steps a browser test is not about.
 */
import type { Page } from 'playwright-core';

export async function gql<T = Record<string, unknown>>(page: Page, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await page.evaluate(
    async ({ query, variables, token }) => {
      const bearer = token ?? localStorage.getItem('wuye.token');
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN', ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
    },
    { query, variables, token },
  );
  if (result.errors?.length) throw new Error(`GraphQL: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.data as T;
}

/** Another person's token and identity, without touching the page's own session. */
export async function loginAs(page: Page, login: string, password: string): Promise<{ token: string; id: string; name: string }> {
  const { login: result } = await gql<{ login: { __typename: string; token: string; viewer: { user: { id: string; name: string } } } }>(
    page,
    `mutation ($input: LoginInput!) { login(input: $input) { __typename ... on LoginSuccess { token viewer { user { id name } } } } }`,
    { input: { login, password } },
  );
  if (result.__typename !== 'LoginSuccess') throw new Error(`login failed for ${login}`);
  return { token: result.token, id: result.viewer.user.id, name: result.viewer.user.name };
}

/** "¥1,234.50" or "-¥5.00" → fen, by string arithmetic like the console. */
export function fenOf(text: string): number {
  const match = /(-?)¥([\d,]+)\.(\d{2})/.exec(text);
  if (!match) throw new Error(`No amount in ${JSON.stringify(text)}`);
  return (match[1] ? -1 : 1) * (Number(match[2]!.replace(/,/g, '')) * 100 + Number(match[3]));
}
