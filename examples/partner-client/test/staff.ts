/** The company's side of the journeys (the front desk, a supervisor, a worker), through the same API. */
export const DEMO_PASSWORD = 'Demo@2026';

export async function gql<T = Record<string, any>>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (json.errors?.length) throw new Error(`GraphQL: ${json.errors.map((e) => e.message).join('; ')}`);
  return json.data!;
}

export async function login(baseUrl: string, login: string): Promise<{ token: string; id: string }> {
  const { login: r } = await gql<{ login: { __typename: string; token?: string; viewer?: { user: { id: string } } } }>(
    baseUrl,
    null,
    `mutation($i: LoginInput!) { login(input: $i) { __typename ... on LoginSuccess { token viewer { user { id } } } } }`,
    { i: { login, password: DEMO_PASSWORD } },
  );
  if (r.__typename !== 'LoginSuccess') throw new Error(`login failed for ${login}`);
  return { token: r.token!, id: r.viewer!.user.id };
}

/** One order step as staff: `mutation(input)`, returning the order's id, state and version. */
export async function orderStep(baseUrl: string, token: string, mutation: string, type: string, input: Record<string, unknown>) {
  const data = await gql<Record<string, { id: string; state: string; version: number }>>(baseUrl, token, `mutation($i: ${type}!) { ${mutation}(input: $i) { id state version } }`, { i: input });
  return data[mutation]!;
}
